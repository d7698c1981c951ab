import type { z } from 'zod';
import { VALUE_MODEL_SHAPE, type ValueModel } from '../classify/value.js';
import { zodOf } from './from-shape.js';

/**
 * The zod schema of a stored value model (`ValueModel`, from `fitValueModel` or `classifyAll`),
 * built from the same shape as the check `classify` makes of `options.valueModel`: the tag, the
 * basis, `aMin` and `bMin` finite or `null` with `bMin ≤ aMin`, a whole `population`; unknown
 * keys refused.
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
export const ValueModelSchema: z.ZodType<ValueModel> = /* @__PURE__ */ zodOf(VALUE_MODEL_SHAPE);
