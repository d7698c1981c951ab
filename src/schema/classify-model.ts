import { z } from 'zod';
import type { ValueModel } from '../classify/value.js';

const threshold = z.number().nullable();

/** @internal The un-annotated schema behind {@link ValueModelSchema} (its inferred type is tested). */
export const valueModelObject = z
  .object({
    kind: z.literal('value_model'),
    version: z.literal(1),
    basis: z.enum(['revenue', 'profit']),
    aMin: threshold,
    bMin: threshold,
    population: z.number().int().min(0),
  })
  .refine((m) => m.aMin === null || m.bMin === null || m.bMin <= m.aMin, { message: 'bMin must not exceed aMin', path: ['bMin'] });

/**
 * The zod schema of a stored value model ({@link ValueModel}, from `fitValueModel` or
 * `classifyAll`): the tag, the basis, `aMin` and `bMin` finite or `null` with `bMin ≤ aMin`, and a
 * whole `population`. It accepts every model `classify` accepts as `options.valueModel`, and also
 * checks `population`, which `classify` does not read. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * import { fitValueModel } from 'crm-taxonomy';
 * import { ValueModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitValueModel([{ customerId: 'a', value: 700 }, { customerId: 'b', value: 200 }, { customerId: 'c', value: 60 }]);
 * ValueModelSchema.parse(JSON.parse(JSON.stringify(model))); //=> { kind: 'value_model', basis: 'revenue', population: 3 }
 * ValueModelSchema.safeParse({ ...model, aMin: 10, bMin: 20 }).error?.issues[0]?.path; //=> ['bMin']
 * ```
 */
export const ValueModelSchema: z.ZodType<ValueModel> = valueModelObject;
