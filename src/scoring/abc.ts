import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, type DateInput } from '../records/index.js';
import { compareCustomerIds, type CustomerId, type MissingCustomerIdPolicy } from '../records/index.js';
import { createIngest, ingestAsync, ingestSync, type Columns } from './ingest.js';
import { asOfDay, resolvePolicy } from './policy.js';
import type { AbcClass, ValueTier } from '../taxonomy/aliases.js';
import type { RfmPolicy, ScoringAccessors } from './types.js';

/**
 * ABC class to value tier: `a → vip`, `b → key`, `c → ordinary`.
 * Typed by the `abc_class` and `value_tier` dimension data: a class or tier missing here is a compile error.
 *
 * @example
 * ```ts
 * import { ABC_TO_VALUE_TIER } from 'crm-taxonomy';
 *
 * ABC_TO_VALUE_TIER.a; //=> 'vip'
 * ABC_TO_VALUE_TIER.c; //=> 'ordinary'
 * ```
 */
export const ABC_TO_VALUE_TIER = { a: 'vip', b: 'key', c: 'ordinary' } as const satisfies Readonly<Record<AbcClass, ValueTier>>;

/**
 * How to cut classes (docs/scoring.md): `by` the cumulative share of `'value'` (default, cut points
 * `[0.8, 0.95]`) or of `'customers'` (e.g. `[0.05, 0.2]`, the top 5 % and 20 %), and `maxA`, a cap
 * on the number of A customers ("ten or fewer").
 *
 * @example
 * ```ts
 * import type { AbcCutOptions } from 'crm-taxonomy';
 *
 * const options: AbcCutOptions = { by: 'customers', cuts: [0.05, 0.2], maxA: 10 };
 * options.maxA; //=> 10
 * ```
 */
export interface AbcCutOptions {
  readonly by?: 'value' | 'customers';
  readonly cuts?: readonly [number, number];
  readonly maxA?: number;
}

/**
 * Options of {@link classifyAbc}: the cut options, `value: 'revenue'` (default) or `'profit'` (needs
 * a `profit` accessor), the policy for refunds, zero amounts and dates, and an optional `asOf`
 * (transactions after it follow `future`).
 *
 * @example
 * ```ts
 * import type { AbcOptions } from 'crm-taxonomy';
 *
 * const options: AbcOptions = { value: 'profit', cuts: [0.7, 0.9] };
 * options.value; //=> 'profit'
 * ```
 */
export interface AbcOptions extends AbcCutOptions, Omit<RfmPolicy, 'sameDay' | 'monetary'> {
  readonly value?: 'revenue' | 'profit';
  readonly asOf?: DateInput;
  readonly onMissingCustomerId?: MissingCustomerIdPolicy;
}

/**
 * One customer's ABC result: value, share of the total positive value, cumulative share up to and
 * including it, class, value tier, and `negative` when its value is below zero.
 *
 * @example
 * ```ts
 * import type { AbcCustomer } from 'crm-taxonomy';
 *
 * const c: AbcCustomer = { customerId: 'c1', rank: 1, value: 800, share: 0.8, cumulativeShare: 0.8, abcClass: 'a', valueTier: 'vip', negative: false };
 * c.valueTier; //=> 'vip'
 * ```
 */
export interface AbcCustomer {
  readonly customerId: CustomerId;
  /** 1-based rank; tied customers share the rank of the first of them. */
  readonly rank: number;
  readonly value: number;
  readonly share: number;
  readonly cumulativeShare: number;
  readonly abcClass: AbcClass;
  readonly valueTier: ValueTier;
  readonly negative: boolean;
}

/**
 * The result of {@link abcClasses}: customers by value (highest first, ties by id), counts per
 * class, and the total positive value the shares are of.
 *
 * @example
 * ```ts
 * import { abcClasses } from 'crm-taxonomy';
 *
 * abcClasses([{ customerId: 'x', value: 1 }]).counts; //=> { a: 1, b: 0, c: 0 }
 * ```
 */
export interface AbcResult {
  readonly customers: readonly AbcCustomer[];
  readonly counts: Readonly<Record<AbcClass, number>>;
  readonly totalPositiveValue: number;
}

function checkCuts(options: AbcCutOptions): { by: 'value' | 'customers'; cuts: readonly [number, number]; maxA: number } {
  const by = options.by ?? 'value';
  if (by !== 'value' && by !== 'customers') {
    throw legacyError('invalid_policy', `by must be 'value' or 'customers', received ${describeValue(by)}`, { path: ['by'], details: { allowed: ['value', 'customers'] } });
  }
  const cuts = options.cuts ?? (by === 'value' ? [0.8, 0.95] : [0.05, 0.2]);
  if (!Array.isArray(cuts) || cuts.length !== 2 || !cuts.every((c) => typeof c === 'number' && c > 0 && c <= 1) || cuts[0] > cuts[1]) {
    throw legacyError('invalid_policy', `cuts must be two shares 0 < a ≤ b ≤ 1, received ${describeValue(cuts)}`, { path: ['cuts'] });
  }
  const maxA = options.maxA ?? Number.POSITIVE_INFINITY;
  if (typeof maxA !== 'number' || !(maxA >= 0) || (Number.isFinite(maxA) && !Number.isInteger(maxA))) {
    throw legacyError('invalid_policy', `maxA must be a non-negative integer, received ${describeValue(maxA)}`, { path: ['maxA'] });
  }
  return { by, cuts, maxA };
}

/**
 * Classes customers A, B and C by their value (docs/scoring.md): tie groups share a class, a
 * customer with zero or negative value is C (and `negative` flags a loss), `maxA` caps A. Each
 * customer appears once: sum a customer's values before calling.
 *
 * @throws CrmTaxonomyError `invalid_argument` when `values` is not iterable (path `['values']`), an
 * item is not an object (`['values', i]`) or a customer id appears twice (`['values', i, 'customerId']`);
 * `missing_customer_id` / `invalid_record` for a missing or mistyped customer id; `non_finite_amount`
 * for a value that is not a finite number; `invalid_policy` for bad cut options.
 *
 * @example
 * ```ts
 * import { abcClasses } from 'crm-taxonomy';
 *
 * const result = abcClasses([
 *   { customerId: 'a', value: 700 }, { customerId: 'b', value: 200 },
 *   { customerId: 'c', value: 60 }, { customerId: 'd', value: 40 }, { customerId: 'e', value: -15 },
 * ]);
 * result.customers.map((c) => c.abcClass); //=> ['a', 'a', 'b', 'c', 'c']
 * result.customers[4]; //=> { customerId: 'e', abcClass: 'c', valueTier: 'ordinary', negative: true }
 * ```
 */
export function abcClasses(values: Iterable<{ readonly customerId: CustomerId; readonly value: number }>, options: AbcCutOptions = {}): AbcResult {
  const { by, cuts, maxA } = checkCuts(options);
  if (typeof (values as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' || typeof values === 'string') {
    throw legacyError('invalid_argument', `values must be an iterable of { customerId, value } (an array, a generator), received ${describeValue(values)}`, {
      path: ['values'],
    });
  }
  const list: { customerId: CustomerId; value: number }[] = [];
  // Where each customer id was first seen, to reject a customer listed twice.
  const seen = new Map<CustomerId, number>();
  let i = 0;
  for (const v of values) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw legacyError('invalid_argument', `values[${i}] must be an object { customerId, value }, received ${describeValue(v)}`, { path: ['values', i], details: { index: i } });
    }
    const id: unknown = v.customerId;
    if (id === null || id === undefined || id === '' || (typeof id === 'number' && !Number.isFinite(id))) {
      throw legacyError('missing_customer_id', `values[${i}] has no customer id (received ${describeValue(id)}): expected a non-empty string or a finite number`, {
        path: ['values', i, 'customerId'],
        details: { index: i },
      });
    }
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw legacyError('invalid_record', `values[${i}].customerId must be a non-empty string or a finite number, received ${describeValue(id)}`, {
        path: ['values', i, 'customerId'],
        details: { index: i },
      });
    }
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) {
      throw legacyError('non_finite_amount', `values[${i}].value must be a finite number, received ${describeValue(v.value)}`, { path: ['values', i, 'value'], details: { index: i } });
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw legacyError('invalid_argument', `Two values for customer ${describeValue(id)} (values[${first}] and values[${i}]): sum them into one value per customer first`, {
        path: ['values', i, 'customerId'],
        details: { customerId: id, first, index: i },
      });
    }
    seen.set(id, i);
    list.push({ customerId: id, value: v.value === 0 ? 0 : v.value });
    i++;
  }
  list.sort((x, y) => (x.value !== y.value ? y.value - x.value : compareCustomerIds(x.customerId, y.customerId)));
  let total = 0;
  let totalComp = 0;
  for (const x of list) {
    if (x.value <= 0) break;
    const t = total + x.value;
    totalComp += Math.abs(total) >= Math.abs(x.value) ? total - t + x.value : x.value - t + total;
    total = t;
  }
  total += totalComp;
  const N = list.length;
  const out: AbcCustomer[] = [];
  const counts = { a: 0, b: 0, c: 0 };
  let before = 0;
  let beforeComp = 0;
  let aOpen = true;
  for (let start = 0; start < N; ) {
    const v = list[start]!.value;
    let end = start + 1;
    while (end < N && list[end]!.value === v) end++;
    const size = end - start;
    let cls: AbcClass = 'c';
    if (v > 0) {
      const measure = by === 'value' ? (before + beforeComp) / total : start / N;
      if (aOpen && measure < cuts[0] && counts.a + size <= maxA) cls = 'a';
      else {
        aOpen = false;
        if (measure < cuts[1]) cls = 'b';
      }
    }
    for (let k = start; k < end; k++) {
      const x = list[k]!;
      if (x.value > 0) {
        const t = before + x.value;
        beforeComp += Math.abs(before) >= Math.abs(x.value) ? before - t + x.value : x.value - t + before;
        before = t;
      }
      counts[cls]++;
      out.push({
        customerId: x.customerId,
        rank: start + 1,
        value: x.value,
        share: total > 0 && x.value > 0 ? x.value / total : 0,
        cumulativeShare: total > 0 ? Math.min(1, (before + beforeComp) / total) : 0,
        abcClass: cls,
        valueTier: ABC_TO_VALUE_TIER[cls],
        negative: x.value < 0,
      });
    }
    start = end;
  }
  return { customers: out, counts, totalPositiveValue: total > 0 ? total : 0 };
}

function setup<T>(accessors: ScoringAccessors<T>, options: AbcOptions) {
  if (typeof options !== 'object' || options === null) throw legacyError('invalid_argument', 'options must be an object', { path: [] });
  checkCuts(options);
  const value = options.value ?? 'revenue';
  if (value !== 'revenue' && value !== 'profit') {
    throw legacyError('invalid_policy', `value must be 'revenue' or 'profit', received ${describeValue(value)}`, { path: ['value'] });
  }
  const policy = resolvePolicy(options);
  const days = createDayCounter(policy.timeZone);
  const day = options.asOf === undefined ? undefined : asOfDay(days, options.asOf);
  return createIngest(accessors, { policy, days, asOfDay: day, onMissingCustomerId: options.onMissingCustomerId ?? 'error', withProfit: value === 'profit' });
}

function values(c: Columns, profit: boolean): { customerId: CustomerId; value: number }[] {
  return c.ids.map((customerId, k) => ({ customerId, value: profit ? c.profit![k]! + c.profitComp![k]! : c.sum[k]! + c.comp[k]! }));
}

/**
 * ABC classes and value tiers straight from the host's transactions: net revenue per customer
 * (refunds subtracted unless `refunds: 'ignore'`), or net profit with `value: 'profit'`.
 *
 * @example
 * ```ts
 * import { classifyAbc } from 'crm-taxonomy';
 *
 * const rows = [
 *   { who: 'big', total: 900, margin: 300 }, { who: 'mid', total: 80, margin: 20 },
 *   { who: 'small', total: 20, margin: -5 },
 * ];
 * const result = classifyAbc(rows, { customerId: (r) => r.who, at: () => '2024-01-01', amount: (r) => r.total, profit: (r) => r.margin }, { value: 'profit' });
 * result.customers.map((c) => [c.customerId, c.valueTier, c.negative]);
 * //=> [['big', 'vip', false], ['mid', 'key', false], ['small', 'ordinary', true]]
 * ```
 */
export function classifyAbc<T>(transactions: Iterable<T>, accessors: ScoringAccessors<T>, options: AbcOptions = {}): AbcResult {
  const ingest = setup(accessors, options);
  return abcClasses(values(ingestSync(transactions, ingest), options.value === 'profit'), options);
}

/**
 * {@link classifyAbc} over an async iterable.
 *
 * @example
 * ```ts
 * import { classifyAbcAsync } from 'crm-taxonomy';
 *
 * async function* rows() { yield { id: 'a', amount: 5 }; yield { id: 'b', amount: 1 }; }
 * (await classifyAbcAsync(rows(), { customerId: (r) => r.id, at: () => 0, amount: (r) => r.amount })).counts;
 * //=> { a: 1, b: 1, c: 0 }
 * ```
 */
export async function classifyAbcAsync<T>(transactions: AsyncIterable<T> | Iterable<T>, accessors: ScoringAccessors<T>, options: AbcOptions = {}): Promise<AbcResult> {
  const ingest = setup(accessors, options);
  return abcClasses(values(await ingestAsync(transactions, ingest), options.value === 'profit'), options);
}
