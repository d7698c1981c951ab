import { z } from 'zod';
import type { BgNbdModel } from '../clv/bg-nbd.js';
import type { GammaGammaModel } from '../clv/gamma-gamma.js';
import type { ParetoNbdModel } from '../clv/pareto-nbd.js';

const count = z.number().int().min(0);
const positive = z.number().positive();
const timeUnit = z.enum(['days', 'weeks']);

const fit = z.object({
  iterations: count,
  runs: count,
  converged: z.boolean(),
  atBound: z.array(z.string()).min(1).exactOptional(),
});

const data = z
  .object({
    customers: z.number().int().min(1),
    repeatCustomers: count,
    totalRepeatPurchases: count,
    meanT: z.number().min(0),
    maxT: z.number().min(0),
  })
  .superRefine((d, ctx) => {
    if (d.repeatCustomers > d.customers) ctx.addIssue({ code: 'custom', message: 'repeatCustomers cannot exceed customers', path: ['repeatCustomers'] });
    if (d.totalRepeatPurchases < d.repeatCustomers) {
      ctx.addIssue({ code: 'custom', message: 'totalRepeatPurchases cannot be below repeatCustomers', path: ['totalRepeatPurchases'] });
    }
  });

/** A fitted model's object schema: `params` each a finite number > 0, `atBound` naming only params. */
function fitted<const Tag extends string, const Keys extends readonly [string, ...string[]], Shape extends z.core.$ZodLooseShape>(
  tag: Tag,
  keys: Keys,
  shape: Shape,
) {
  const params = Object.fromEntries(keys.map((k) => [k, positive])) as { [K in Keys[number]]: typeof positive };
  return z
    .object({ model: z.literal(tag), ...shape, params: z.object(params), logLikelihood: z.number(), fit })
    .superRefine((m, ctx) => {
      const atBound = (m as unknown as { fit: { atBound?: readonly string[] } }).fit.atBound ?? [];
      atBound.forEach((name, i) => {
        if (!(keys as readonly string[]).includes(name)) ctx.addIssue({ code: 'custom', message: `atBound must name parameters (${keys.join(', ')})`, path: ['fit', 'atBound', i] });
      });
    });
}

/** @internal The un-annotated schema behind {@link BgNbdModelSchema} (its inferred type is tested). */
export const bgNbdModelObject = fitted('bg-nbd', ['r', 'alpha', 'a', 'b'], { timeUnit, data });
/** @internal The un-annotated schema behind {@link ParetoNbdModelSchema}. */
export const paretoNbdModelObject = fitted('pareto-nbd', ['r', 'alpha', 's', 'beta'], { timeUnit, data });
/** @internal The un-annotated schema behind {@link GammaGammaModelSchema}. */
export const gammaGammaModelObject = fitted('gamma-gamma', ['p', 'q', 'gamma'], {
  data: z.object({ customers: z.number().int().min(1), meanSpend: positive }),
});

/**
 * The zod schema of a stored BG/NBD model ({@link BgNbdModel}, from `fitBgNbd`): the tag, the time
 * unit, every parameter a finite number > 0 (what `probabilityAlive` and the other predictions
 * check), and the rest of the record: a finite log-likelihood, the data summary (whole counts,
 * `repeatCustomers ≤ customers`) and the optimiser's diagnostics. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * import { fitBgNbd } from 'crm-taxonomy';
 * import { BgNbdModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitBgNbd([{ x: 0, tx: 0, T: 30 }, { x: 1, tx: 5, T: 30 }, { x: 3, tx: 25, T: 30 }, { x: 2, tx: 18, T: 20 }], { timeUnit: 'weeks' });
 * const stored = JSON.parse(JSON.stringify(model));
 * BgNbdModelSchema.parse(stored).timeUnit; //=> 'weeks'
 * BgNbdModelSchema.safeParse({ ...stored, params: { ...stored.params, r: -1 } }).error?.issues[0]?.path; //=> ['params', 'r']
 * ```
 */
export const BgNbdModelSchema: z.ZodType<BgNbdModel> = bgNbdModelObject;

/**
 * The zod schema of a stored Pareto/NBD model ({@link ParetoNbdModel}, from `fitParetoNbd`), with
 * the same checks as {@link BgNbdModelSchema} over the parameters `r`, `alpha`, `s`, `beta`.
 *
 * @example
 * ```ts
 * import { fitParetoNbd } from 'crm-taxonomy';
 * import { ParetoNbdModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitParetoNbd([{ x: 0, tx: 0, T: 30 }, { x: 1, tx: 5, T: 30 }, { x: 3, tx: 25, T: 30 }, { x: 2, tx: 18, T: 20 }], { timeUnit: 'days' });
 * const stored = JSON.parse(JSON.stringify(model));
 * ParetoNbdModelSchema.parse(stored).model; //=> 'pareto-nbd'
 * ParetoNbdModelSchema.safeParse({ ...stored, timeUnit: 'months' }).success; //=> false
 * ```
 */
export const ParetoNbdModelSchema: z.ZodType<ParetoNbdModel> = paretoNbdModelObject;

/**
 * The zod schema of a stored Gamma-Gamma spend model ({@link GammaGammaModel}, from
 * `fitGammaGamma`): no time unit, parameters `p`, `q`, `gamma` each a finite number > 0, a finite
 * log-likelihood, at least one customer and a positive mean spend.
 *
 * @example
 * ```ts
 * import { fitGammaGamma } from 'crm-taxonomy';
 * import { GammaGammaModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitGammaGamma([{ x: 1, meanRepeatSpend: 20 }, { x: 3, meanRepeatSpend: 35 }, { x: 2, meanRepeatSpend: 15 }, { x: 5, meanRepeatSpend: 42 }]);
 * const stored = JSON.parse(JSON.stringify(model));
 * GammaGammaModelSchema.parse(stored).data.customers; //=> 4
 * GammaGammaModelSchema.safeParse({ ...stored, model: 'bg-nbd' }).success; //=> false
 * ```
 */
export const GammaGammaModelSchema: z.ZodType<GammaGammaModel> = gammaGammaModelObject;
