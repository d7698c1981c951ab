import { CrmTaxonomyError, describeValue, inputError, isRecord, optionsRecord, recordError } from '../errors/index.js';
import type { CustomerId, DateInput } from '../records/index.js';
import { deepFreeze, resolveShape } from '../shape/index.js';
import { nullable, int, object, oneOf, number, tuple } from '../shape/index.js';
import type { AbcClass, ValueTier } from '../taxonomy/aliases.js';
import { DEFAULT_CUTS, abcWalk, positiveTotal, type Cuts } from './abc-cut.js';
import { CustomerIndex, idOrder } from './ingest/customer-index.js';
import { ingest, type Ingested } from './ingest/ingest.js';
import { checkIterable, settled } from './ingest/row.js';
import { dayCounter, readAsOf, readSettings, resolveRfmPolicy } from './options.js';
import { AMOUNT_BOUNDS, isAmount } from './shapes.js';
import type { AccessorsFor, BatchProgress, RfmPolicy, ScoringAccessors, ScoringTransaction } from './types.js';

/**
 * ABC class to value tier: `a → vip`, `b → key`, `c → ordinary`. Typed by the `abc_class` and
 * `value_tier` dimension data: a class or tier missing here is a compile error. Frozen.
 *
 * @example
 * ```ts
 * import { ABC_TO_VALUE_TIER } from 'crm-taxonomy';
 *
 * ABC_TO_VALUE_TIER.a; //=> 'vip'
 * ABC_TO_VALUE_TIER.c; //=> 'ordinary'
 * ```
 */
export const ABC_TO_VALUE_TIER = /* @__PURE__ */ deepFreeze({ a: 'vip', b: 'key', c: 'ordinary' } as const satisfies Readonly<Record<AbcClass, ValueTier>>);

/** How classes are cut (docs/scoring.md): by the share of value (default) or of customers, at two cut points, A capped at `maxA`. */
export interface AbcCutOptions {
  /** Cumulative share of `'value'` (default; cuts `[0.8, 0.95]`) or of `'customers'` (cuts such as `[0.05, 0.2]`). */
  readonly by?: 'value' | 'customers';
  /** Two shares 0 < a ≤ b ≤ 1: A below a, B below b. */
  readonly cuts?: readonly [number, number];
  /** At most this many A customers ("ten or fewer"); a tie group that would pass it goes to B. */
  readonly maxA?: number;
}

/** One customer's ABC result. */
export interface AbcCustomer {
  readonly customerId: CustomerId;
  /** 1-based rank by value; tied customers share the rank of the first of them. */
  readonly rank: number;
  /** Net revenue (or profit). */
  readonly value: number;
  /** Share of the total positive value (0 for a value ≤ 0). */
  readonly share: number;
  /** Cumulative share up to and including this customer. */
  readonly cumulativeShare: number;
  readonly abcClass: AbcClass;
  readonly valueTier: ValueTier;
  /** The value is below zero (a customer who costs money). */
  readonly negative: boolean;
}

/** The result of an ABC fit: customers by value (highest first, ties by id), counts per class, and the total positive value the shares are of. */
export interface AbcResult {
  readonly customers: readonly AbcCustomer[];
  readonly counts: Readonly<Record<AbcClass, number>>;
  readonly totalPositiveValue: number;
}

/** The options of `fitAbc`. @internal */
export type FitAbcOptions<T> = AbcCutOptions & {
  /** `'revenue'` (default): net revenue; `'profit'`: net profit (rows need a profit). */
  readonly value?: 'revenue' | 'profit';
  /** Refunds, zero amounts, future transactions and the time zone, as in `fitRfm`. */
  readonly policy?: Partial<Pick<RfmPolicy, 'zeroAmounts' | 'refunds' | 'futureTransactions' | 'timeZone'>>;
  /** Transactions after this day follow `policy.futureTransactions`; all are read when omitted. */
  readonly asOf?: DateInput;
  readonly onMissingCustomerId?: 'error' | 'skip';
  readonly onProgress?: (progress: BatchProgress) => void;
} & AccessorsFor<T, ScoringAccessors<T>>;

/** The options of the ABC cut, in every function that takes them (`abcSql` too). @internal */
export const CUT_KEYS = ['by', 'cuts', 'maxA'] as const;

/** The cut options, one definition (the default cuts follow `by`). @internal */
const CUTS_SHAPE = /* @__PURE__ */ object(
  {
    by: /* @__PURE__ */ oneOf(['value', 'customers'], { default: 'value' }),
    cuts: /* @__PURE__ */ tuple([/* @__PURE__ */ number({ min: 0, exclusiveMin: true, max: 1 }), /* @__PURE__ */ number({ min: 0, exclusiveMin: true, max: 1 })], { order: 'ascending' }),
    maxA: /* @__PURE__ */ nullable(/* @__PURE__ */ int({ min: 0 }), { default: null }),
  },
  { optional: ['cuts'] },
);

export function readCuts(options: Readonly<Record<string, unknown>>): Cuts {
  const picked: Record<string, unknown> = {};
  for (const key of CUT_KEYS) if (options[key] !== undefined) picked[key] = options[key];
  const c = resolveShape(CUTS_SHAPE, picked, 'invalid_policy', ['options']);
  return { by: c.by, cuts: c.cuts ?? DEFAULT_CUTS[c.by], maxA: c.maxA ?? Infinity };
}


/**
 * Customer positions (into `values`, which come in id order) by value, highest first, ties in id
 * order: one numeric sort of keys packing (rank of value)·N + position.
 */
function byValue(values: Float64Array): Uint32Array {
  const N = values.length;
  const keys = new Float64Array(N);
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < N; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integral && Math.floor(v) !== v) integral = false;
  }
  if (integral && (max - min + 1) * N <= 2 ** 53) {
    for (let i = 0; i < N; i++) keys[i] = (max - values[i]!) * N + i;
  } else if ((N + 1) * N > 2 ** 53) {
    // Beyond 94 million customers the packed keys do not fit: a comparator sort.
    const order = Uint32Array.from({ length: N }, (_, i) => i);
    return order.sort((a, b) => values[b]! - values[a]! || a - b);
  } else {
    // Rank of each value among the distinct values, highest first.
    const sorted = Float64Array.from(values).sort();
    for (let i = 0; i < N; i++) {
      const v = values[i]!;
      let lo = 0;
      let hi = N;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! <= v) lo = mid + 1;
        else hi = mid;
      }
      keys[i] = (N - lo) * N + i;
    }
  }
  keys.sort();
  const order = new Uint32Array(N);
  for (let p = 0; p < N; p++) order[p] = keys[p]! % N;
  return order;
}

/** Classes customers given in id order with their values. */
function classify(ids: readonly CustomerId[], values: Float64Array, cut: Cuts): AbcResult {
  const N = values.length;
  const order = byValue(values);
  const total = positiveTotal(values);
  const walk = abcWalk(cut, total, N);
  const out: AbcCustomer[] = new Array(N);
  const counts = { a: 0, b: 0, c: 0 };
  for (let start = 0; start < N; ) {
    const v = values[order[start]!]!;
    let end = start + 1;
    while (end < N && values[order[end]!] === v) end++;
    const cls = walk.classOf(v, end - start);
    for (let p = start; p < end; p++) {
      const i = order[p]!;
      walk.pass(v);
      counts[cls]++;
      out[p] = {
        customerId: ids[i]!,
        rank: start + 1,
        value: v,
        share: total > 0 && v > 0 ? v / total : 0,
        cumulativeShare: Math.min(1, walk.shareBefore()),
        abcClass: cls,
        valueTier: ABC_TO_VALUE_TIER[cls],
        negative: v < 0,
      };
    }
    start = end;
  }
  return { customers: out, counts, totalPositiveValue: total > 0 ? total : 0 };
}

/**
 * Classes customers A, B and C from one value each (net revenue, profit, a host's own measure;
 * docs/scoring.md): tie groups share a class, a customer with zero or negative value is C (and
 * `negative` flags a loss), `maxA` caps A. The order of the input does not matter. Each customer
 * appears once (`invalid_argument` at the second); a value must be a finite number of at most
 * 1e30 in magnitude (`invalid_record`).
 *
 * @example
 * ```ts
 * import { fitAbcFromValues } from 'crm-taxonomy';
 *
 * const result = fitAbcFromValues([
 *   { customerId: 'a', value: 700 }, { customerId: 'b', value: 200 },
 *   { customerId: 'c', value: 60 }, { customerId: 'd', value: 40 }, { customerId: 'e', value: -15 },
 * ]);
 * result.customers.map((c) => c.abcClass); //=> ['a', 'a', 'b', 'c', 'c']
 * result.customers[4]; //=> { customerId: 'e', abcClass: 'c', valueTier: 'ordinary', negative: true }
 * fitAbcFromValues([{ customerId: 'x', value: 1 }], { by: 'customers', cuts: [0.05, 0.2] }).counts; //=> { a: 1, b: 0, c: 0 }
 * ```
 */
export function fitAbcFromValues(values: Iterable<{ readonly customerId: CustomerId; readonly value: number }>, options?: AbcCutOptions): AbcResult {
  const o = optionsRecord(options, CUT_KEYS) as Readonly<Record<string, unknown>>;
  const cut = readCuts(o);
  checkIterable(values, ['values'], false);
  const ids: CustomerId[] = [];
  const list: number[] = [];
  const seen = new CustomerIndex();
  let i = 0;
  for (const item of values) {
    if (!isRecord(item)) throw recordError(['values', i], i, 'object', item);
    const id = item.customerId;
    if (id === null || id === undefined || id === '') throw new CrmTaxonomyError('missing_customer_id', { index: i, received: describeValue(id) }, { path: ['values', i, 'customerId'] });
    if (!(typeof id === 'string' || (typeof id === 'number' && id - id === 0))) throw recordError(['values', i, 'customerId'], i, 'customer_id', id);
    const value = item.value;
    if (!isAmount(value)) throw recordError(['values', i, 'value'], i, 'number', value, AMOUNT_BOUNDS);
    const key = id === 0 ? 0 : id;
    if (!seen.add(key)) throw inputError('invalid_argument', ['values', i, 'customerId'], 'unique', id);
    ids.push(key);
    list.push(value === 0 ? 0 : value);
    i++;
  }
  const { order } = idOrder(ids);
  return classify(
    Array.from(order, (k) => ids[k]!),
    Float64Array.from(order, (k) => list[k]!),
    cut,
  );
}

function finishAbc(ingested: Ingested, profit: boolean, cut: Cuts): AbcResult {
  const { index, state } = ingested;
  const { order } = index.order();
  const values = new Float64Array(order.length);
  for (let p = 0; p < order.length; p++) values[p] = profit ? state.profitOf(order[p]!) : state.net(order[p]!);
  return classify(Array.from(order, (k) => index.ids[k]!), values, cut);
}

/**
 * ABC classes and value tiers straight from the host's transactions, in one pass: net revenue per
 * customer (refunds subtracted unless `policy.refunds: 'ignore'`), or net profit with
 * `value: 'profit'` (rows read as `{ customerId, at, amount, profit }`, or through `accessors`
 * with a `profit` reader). With `asOf`, later transactions follow `policy.futureTransactions`. An
 * async iterable is answered with a Promise.
 *
 * @example
 * ```ts
 * import { fitAbc } from 'crm-taxonomy';
 *
 * const rows = [
 *   { who: 'big', total: 900, margin: 300 }, { who: 'mid', total: 80, margin: 20 },
 *   { who: 'small', total: 20, margin: -5 },
 * ];
 * const result = fitAbc(rows, {
 *   value: 'profit',
 *   accessors: { customerId: (r) => r.who, at: () => '2024-01-01', amount: (r) => r.total, profit: (r) => r.margin },
 * });
 * result.customers.map((c) => [c.customerId, c.valueTier, c.negative]);
 * //=> [['big', 'vip', false], ['mid', 'key', false], ['small', 'ordinary', true]]
 * fitAbc([{ customerId: 'a', at: 0, amount: 5 }, { customerId: 'b', at: 0, amount: 1 }]).counts; //=> { a: 1, b: 1, c: 0 }
 * ```
 */
export function fitAbc<T = ScoringTransaction>(transactions: Iterable<T>, options?: FitAbcOptions<T>): AbcResult;
export function fitAbc<T = ScoringTransaction>(transactions: AsyncIterable<T>, options?: FitAbcOptions<T>): Promise<AbcResult>;
export function fitAbc<T>(transactions: Iterable<T> | AsyncIterable<T>, options?: FitAbcOptions<T>): AbcResult | Promise<AbcResult> {
  return settled(transactions, () => fitAbcNow(transactions, options));
}

/** {@link fitAbc}, for an input it may answer or refuse directly. */
function fitAbcNow<T>(transactions: Iterable<T> | AsyncIterable<T>, options?: FitAbcOptions<T>): AbcResult | Promise<AbcResult> {
  const o = optionsRecord(options, [...CUT_KEYS, 'value', 'policy', 'asOf', 'accessors', 'onMissingCustomerId', 'onProgress']) as Readonly<Record<string, unknown>>;
  const cut = readCuts(o);
  const value = o.value ?? 'revenue';
  if (value !== 'revenue' && value !== 'profit') throw inputError('invalid_policy', ['options', 'value'], 'one_of', value, { allowed: ['revenue', 'profit'] });
  const profit = value === 'profit';
  const policy = resolveRfmPolicy(o.policy);
  const days = dayCounter(policy.timeZone);
  const asOfDay = o.asOf === undefined ? undefined : readAsOf(days, o.asOf);
  const read = readSettings<T>(o, profit);
  const result = ingest(transactions, { ...read, defaults: o.accessors === undefined, profit, days, path: ['transactions'], policy, asOfDay });
  return result instanceof Promise ? result.then((r) => finishAbc(r, profit, cut)) : finishAbc(result, profit, cut);
}
