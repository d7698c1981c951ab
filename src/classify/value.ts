import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import type { CustomerId } from '../records/index.js';
import { abcClasses } from '../scoring/abc.js';
import { ABC } from './ids.js';
import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from './policy.js';

/**
 * What `value_tier` and `abc_class` are read from for one customer: the ABC cut of a population
 * (docs/scoring.md) reduced to two thresholds, as plain JSON a host stores. A customer is `a` when
 * its value is at least `aMin`, `b` when at least `bMin`, else `c` (a zero or negative value is
 * always `c`); `null` means no customer of the population reached the class. On the population it
 * was fitted on this gives exactly the classes of `abcClasses`.
 *
 * @example
 * ```ts
 * import type { ValueModel } from 'crm-taxonomy';
 *
 * const model: ValueModel = { kind: 'value_model', version: 1, basis: 'revenue', aMin: 90000, bMin: 20000, population: 1200 };
 * model.aMin; //=> 90000
 * ```
 */
export interface ValueModel {
  readonly kind: 'value_model';
  readonly version: 1;
  readonly basis: 'revenue' | 'profit';
  readonly aMin: number | null;
  readonly bMin: number | null;
  readonly population: number;
}

/**
 * Fits a {@link ValueModel} from the values of a population (net revenue or profit per customer)
 * with the ABC cuts of the policy's `value` part (`abcClasses` of the scoring module does the cut).
 *
 * @example
 * ```ts
 * import { fitValueModel } from 'crm-taxonomy';
 *
 * const model = fitValueModel([
 *   { customerId: 'a', value: 700 }, { customerId: 'b', value: 200 },
 *   { customerId: 'c', value: 60 }, { customerId: 'd', value: 40 },
 * ]);
 * model; //=> { kind: 'value_model', basis: 'revenue', aMin: 200, bMin: 60, population: 4 }
 * ```
 */
export function fitValueModel(
  values: Iterable<{ readonly customerId: CustomerId; readonly value: number }>,
  value: ClassificationPolicy['value'] = DEFAULT_CLASSIFICATION_POLICY.value,
): ValueModel {
  const result = abcClasses(values, { by: value.by, cuts: value.cuts, ...(value.maxA === null ? {} : { maxA: value.maxA }) });
  let aMin: number | null = null;
  let bMin: number | null = null;
  for (const c of result.customers) {
    if (c.abcClass === ABC.a) aMin = aMin === null ? c.value : Math.min(aMin, c.value);
    else if (c.abcClass === ABC.b) bMin = bMin === null ? c.value : Math.min(bMin, c.value);
  }
  return { kind: 'value_model', version: 1, basis: value.basis, aMin, bMin, population: result.customers.length };
}

/** Checks a stored value model at the boundary. @internal */
export function checkValueModel(model: unknown): ValueModel {
  const m = model as Partial<ValueModel> | null;
  const num = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v));
  if (
    typeof m !== 'object' ||
    m === null ||
    m.kind !== 'value_model' ||
    m.version !== 1 ||
    (m.basis !== 'revenue' && m.basis !== 'profit') ||
    !num(m.aMin) ||
    !num(m.bMin) ||
    (m.aMin != null && m.bMin != null && m.bMin > m.aMin)
  ) {
    throw legacyError('invalid_model', `Expected a value model ({ kind: 'value_model', version: 1, basis, aMin, bMin }), received ${describeValue(model)}`, {
      path: ['valueModel'],
    });
  }
  return m as ValueModel;
}
