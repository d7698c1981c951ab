import type { z } from 'zod';
import { BG_BB_SHAPE, type BgBbModel } from '../clv/bg-bb.js';
import { BG_NBD_SHAPE, type BgNbdModel } from '../clv/bg-nbd.js';
import { GAMMA_GAMMA_SHAPE, type GammaGammaModel } from '../clv/gamma-gamma.js';
import { PARETO_NBD_SHAPE, type ParetoNbdModel } from '../clv/pareto-nbd.js';
import { SBG_SHAPE, type SbgModel } from '../clv/sbg.js';
import { zodOf } from './from-shape.js';

/** @internal The schema behind {@link BgNbdModelSchema}, typed from the shape (its inferred type is tested). */
export const bgNbdModelObject = /* @__PURE__ */ zodOf(BG_NBD_SHAPE);
/** @internal The schema behind {@link ParetoNbdModelSchema}. */
export const paretoNbdModelObject = /* @__PURE__ */ zodOf(PARETO_NBD_SHAPE);
/** @internal The schema behind {@link GammaGammaModelSchema}. */
export const gammaGammaModelObject = /* @__PURE__ */ zodOf(GAMMA_GAMMA_SHAPE);

/**
 * The zod schema of a stored BG/NBD model ({@link BgNbdModel}, from `fitBgNbd`), from the same
 * shape the library's own checks read: the tag, the time unit, every parameter a finite number
 * > 0, covariates, the log-likelihood, the data summary (whole counts, `repeatCustomers <=
 * customers`) and the fit diagnostics. Unknown keys are refused.
 *
 * @example
 * ```ts
 * import { fitBgNbd } from 'crm-taxonomy/clv';
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
 * import { fitParetoNbd } from 'crm-taxonomy/clv';
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
 * `fitGammaGamma`): parameters `p`, `q`, `gamma` each a finite number > 0, covariates, a finite
 * log-likelihood, at least one customer and a positive mean spend.
 *
 * @example
 * ```ts
 * import { fitGammaGamma } from 'crm-taxonomy/clv';
 * import { GammaGammaModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitGammaGamma([{ x: 1, meanRepeatSpend: 20 }, { x: 3, meanRepeatSpend: 35 }, { x: 2, meanRepeatSpend: 15 }, { x: 5, meanRepeatSpend: 42 }]);
 * const stored = JSON.parse(JSON.stringify(model));
 * GammaGammaModelSchema.parse(stored).data.customers; //=> 4
 * GammaGammaModelSchema.safeParse({ ...stored, model: 'bg-nbd' }).success; //=> false
 * ```
 */
export const GammaGammaModelSchema: z.ZodType<GammaGammaModel> = gammaGammaModelObject;

/**
 * The zod schema of a stored BG/BB model ({@link BgBbModel}, from `fitBgBb`): parameters `alpha`,
 * `beta`, `gamma`, `delta` each a finite number > 0, a log-likelihood <= 0, the data and the fit
 * diagnostics.
 *
 * @example
 * ```ts
 * import { fitBgBb } from 'crm-taxonomy/clv';
 * import { BgBbModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitBgBb([{ x: 0, tx: 0, n: 6, count: 30 }, { x: 2, tx: 5, n: 6, count: 12 }, { x: 6, tx: 6, n: 6, count: 9 }, { x: 1, tx: 1, n: 6, count: 10 }]);
 * BgBbModelSchema.parse(JSON.parse(JSON.stringify(model))).model; //=> 'bg-bb'
 * BgBbModelSchema.safeParse({ ...model, logLikelihood: 1 }).success; //=> false
 * ```
 */
export const BgBbModelSchema: z.ZodType<BgBbModel> = /* @__PURE__ */ zodOf(BG_BB_SHAPE);

/**
 * The zod schema of a stored sBG retention model ({@link SbgModel}, from `fitSbg`).
 *
 * @example
 * ```ts
 * import { fitSbg } from 'crm-taxonomy/clv';
 * import { SbgModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitSbg([1000, 631, 468, 382, 326, 289, 262, 241]);
 * SbgModelSchema.parse(JSON.parse(JSON.stringify(model))).data; //=> { customers: 1000, periods: 7 }
 * ```
 */
export const SbgModelSchema: z.ZodType<SbgModel> = /* @__PURE__ */ zodOf(SBG_SHAPE);
