import { CustomerIndex } from '../scoring/ingest/customer-index.js';
import { CrmTaxonomyError, describeValue, inputError, isRecord, optionsRecord, recordError, type ErrorPath } from '../errors/index.js';
import { isCustomerId, type CustomerId } from '../records/index.js';
import { abcWalk, positiveTotal } from '../scoring/abc-cut.js';
import { AMOUNT_BOUNDS, isAmount } from '../scoring/shapes.js';
import { checkShape, int, literal, nullable, number, object, oneOf, type Assert, type Equals, type Known, type Out } from '../shape/index.js';
import { resolveClassificationPolicy, type ClassificationPolicy, type ClassificationPolicyInput } from './policy.js';

/**
 * The one definition of a stored value model: the core's check (`checkShape`) and the zod schema
 * of `crm-taxonomy/schema` (`zodOf`) come from it.
 * @internal
 */
export const VALUE_MODEL_SHAPE = /* @__PURE__ */ object(
  {
    kind: literal('value_model'),
    version: literal(1),
    basis: oneOf(['revenue', 'profit']),
    aMin: nullable(number()),
    bMin: nullable(number()),
    population: int({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  },
  { rules: [{ path: 'bMin', rule: 'at_most', other: 'aMin' }] },
);

/**
 * What `value_tier` and `abc_class` are read from: the ABC cut of a population (docs/scoring.md)
 * reduced to two thresholds, as plain JSON a host stores. A customer is `a` when its value is
 * positive and at least `aMin`, `b` when at least `bMin`, else `c`; `null` means no customer of
 * the population reached the class. On the population it was fitted on, this gives exactly the
 * classes of the scoring module's ABC cut.
 */
export interface ValueModel {
  readonly kind: 'value_model';
  readonly version: 1;
  /** What a customer's value is: net `'revenue'` or `'profit'`. */
  readonly basis: 'revenue' | 'profit';
  /** The smallest value of class A, `null` when no customer is in A. */
  readonly aMin: number | null;
  /** The smallest value of class B (at most `aMin`), `null` when no customer is in B. */
  readonly bMin: number | null;
  /** How many customers it was fitted on. */
  readonly population: number;
}

/** The declared model and its shape are the same type (a compile-time proof). */
type _ValueModelMatchesShape = Assert<Equals<Known<ValueModel>, Known<Out<typeof VALUE_MODEL_SHAPE>>>>;

/** Checks a stored value model at the boundary (`invalid_model` at its path). @internal */
export function checkValueModel(model: unknown, path: ErrorPath): ValueModel {
  return checkShape(VALUE_MODEL_SHAPE, model, 'invalid_model', path);
}

/**
 * The two thresholds of the ABC cut of a population's values (docs/scoring.md): values sorted
 * from the highest, tie groups share a class, only positive values count towards the shares;
 * a group is A while the share before it is below `cuts[0]` (and A stays within `maxA`
 * customers), then B while below `cuts[1]`. `values` is sorted in place.
 * @internal
 */
export function cutThresholds(values: Float64Array, cut: ClassificationPolicy['value']): { aMin: number | null; bMin: number | null } {
  values.sort();
  const n = values.length;
  const walk = abcWalk({ by: cut.by, cuts: cut.cuts, maxA: cut.maxA ?? Infinity }, positiveTotal(values), n);
  let aMin: number | null = null;
  let bMin: number | null = null;
  for (let end = n; end > 0; ) {
    const v = values[end - 1]!;
    let start = end - 1;
    while (start > 0 && values[start - 1] === v) start--;
    const cls = walk.classOf(v, end - start);
    if (cls === 'a') aMin = v;
    else if (cls === 'b') bMin = v;
    else break;
    for (let k = start; k < end; k++) walk.pass(v);
    end = start;
  }
  return { aMin, bMin };
}

/**
 * Fits a {@link ValueModel} from the values of a population (net revenue or profit per customer,
 * one entry per customer) with the ABC cut of the policy's `value` part (cut at 80 % and 95 % of
 * the value by default; at 5 % and 20 % of the customers with `by: 'customers'` and no `cuts`).
 * `basis` records what the values are (`policy.value.basis`).
 *
 * @throws CrmTaxonomyError `invalid_argument` when `values` is not an iterable (path `['values']`);
 * `invalid_record` for an entry that is not an object (`['values', i]`), a bad customer id or a
 * value that is not a finite number of at most 1e30 in magnitude (`['values', i, 'customerId' |
 * 'value']`), and for a customer named twice (`expected: 'unique'`, at the second:
 * `['values', i, 'customerId']`; `fitAbcFromValues` says `invalid_argument` there);
 * `invalid_policy` for a bad policy.
 * @example
 * ```ts
 * import { fitValueModel } from 'crm-taxonomy';
 *
 * const model = fitValueModel([
 *   { customerId: 'a', value: 700 }, { customerId: 'b', value: 200 },
 *   { customerId: 'c', value: 60 }, { customerId: 'd', value: 40 },
 * ]);
 * model; //=> { kind: 'value_model', basis: 'revenue', aMin: 200, bMin: 60, population: 4 }
 * fitValueModel([{ customerId: 'a', value: 5 }, { customerId: 'b', value: 1 }]); //=> { aMin: 5, bMin: 1 }
 * ```
 */
export function fitValueModel(values: Iterable<{ readonly customerId: CustomerId; readonly value: number }>, options?: { readonly policy?: ClassificationPolicyInput }): ValueModel {
  const o = optionsRecord(options, ['policy']);
  const policy = resolveClassificationPolicy(o.policy, ['options', 'policy']);
  if (typeof values === 'string' || (!isRecord(values) && !Array.isArray(values)) || typeof (values as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw inputError('invalid_argument', ['values'], 'iterable', values);
  }
  const seen = new CustomerIndex();
  const read: number[] = [];
  let i = 0;
  for (const entry of values) {
    if (!isRecord(entry)) throw recordError(['values', i], i, 'object', entry);
    const id = entry.customerId;
    if (!isCustomerId(id)) throw recordError(['values', i, 'customerId'], i, 'customer_id', id);
    const value = entry.value;
    // At most 1e30 in magnitude, as every amount: no total of them overflows (1e308 twice made every share NaN).
    if (!isAmount(value)) throw recordError(['values', i, 'value'], i, 'number', value, AMOUNT_BOUNDS);
    if (!seen.add(id)) throw new CrmTaxonomyError('invalid_record', { expected: 'unique', received: describeValue(id), index: i }, { path: ['values', i, 'customerId'] });
    read.push(value);
    i++;
  }
  return fromValues(Float64Array.from(read), policy);
}

/** A value model from a population's values (sorted in place). @internal */
export function fromValues(values: Float64Array, policy: ClassificationPolicy): ValueModel {
  const { aMin, bMin } = cutThresholds(values, policy.value);
  return { kind: 'value_model', version: 1, basis: policy.value.basis, aMin, bMin, population: values.length };
}
