import { CrmTaxonomyError, inputError, isRecord, recordError } from '../errors/index.js';
import { dayToIso } from '../records/index.js';
import { roundExpansion } from '../records/index.js';
import { addRounded, distinctDayCounts, LAST_ANY, LAST_PURCHASE, NO_DAY, PURCHASES, STRIDE, CustomerState } from './ingest/customer-state.js';
import { fitColumns, type MetricColumns } from './model.js';
import { resolveScoring, type ResolvedScoring } from './options.js';
import { MAX_AMOUNT, MAX_DAY } from './shapes.js';
import type { RfmModel, RfmOptions } from './types.js';

/**
 * Columns a host already has: dense integer customer ids (`0..customers − 1`), calendar days since
 * 1970-01-01 and amounts, one entry per transaction.
 */
interface RfmColumnsInput {
  readonly customer: Int32Array | Uint32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  /** Number of customers (ids are `0..customers − 1`); the largest id + 1 when omitted. */
  readonly customers?: number;
}

/** The result of `fitRfmColumns`, indexed by dense customer id; customers without a transaction have `present[id] === 0` and scores 0. */
interface RfmColumnsResult {
  readonly model: RfmModel;
  readonly present: Uint8Array;
  readonly recencyDays: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
}

/** Transactions whose customers' state is touched together. */
const BLOCK = 256;
/** Customers from which the state (24 bytes each) is touched ahead: about 6 MB. */
const TOUCH_FROM = 262_144;

/** Refuses transaction `i`: its customer, amount, day, or its date after asOf. */
function refuse(i: number, k: number, C: number, d: number, a: number, asOf: number): never {
  if (!(k >= 0 && k < C)) throw recordError(['input', 'customer', i], i, 'integer', k, { min: 0, max: C - 1 });
  if (!(a <= MAX_AMOUNT && a >= -MAX_AMOUNT)) throw recordError(['input', 'amount', i], i, 'number', a, { min: -MAX_AMOUNT, max: MAX_AMOUNT });
  if (!(d <= MAX_DAY && d >= -MAX_DAY)) throw recordError(['input', 'day', i], i, 'integer', d, { min: -MAX_DAY, max: MAX_DAY });
  throw new CrmTaxonomyError('future_transaction', { index: i, day: dayToIso(d), asOf: dayToIso(asOf) }, { path: ['input', 'day', i] });
}

/** Policy bits of the columnar loop. */
const FUTURE_OK = 1;
const KEEP_FUTURE = 2;
const IGNORE_ZERO = 4;
const IGNORE_REFUNDS = 8;

/** The one pass over the columns: the policy as bits, the state and sums to update. */
function accumulate(input: RfmColumnsInput, C: number, s: ResolvedScoring, st: CustomerState): void {
  const p = s.policy;
  const flags =
    (p.futureTransactions !== 'error' ? FUTURE_OK : 0) |
    (p.futureTransactions === 'include' ? KEEP_FUTURE : 0) |
    (p.zeroAmounts === 'ignore' ? IGNORE_ZERO : 0) |
    (p.refunds === 'ignore' ? IGNORE_REFUNDS : 0);
  accumulateLoop(input.customer, input.day, input.amount, C, s.asOfDay, flags, st.state, st.sum, st.exact, new Float64Array(1));
}

/**
 * The loop of {@link accumulate}, in a function of its own that takes only numbers and typed
 * arrays (its optimized code then depends on no object of one call and survives to the next) and
 * whose loop is its last statement (code compiled on-stack while it runs never meets a statement
 * it has no type feedback for).
 */
function accumulateLoop(
  customer: Int32Array | Uint32Array,
  day: Int32Array,
  amount: Float64Array,
  C: number,
  asOf: number,
  flags: number,
  state: Int32Array,
  sum: Float64Array,
  exact: Map<number, number[]>,
  sinkCell: Float64Array,
): void {
  const len = customer.length;
  // Touching ahead pays when the state outgrows the caches (misses to memory overlap); below
  // that it only adds loads.
  const touch = C > TOUCH_FROM;
  let sink = 0;
  for (let i = 0; i < len; i++) {
    if (touch && (i & (BLOCK - 1)) === 0) {
      // Touch the state of the next block of customers in a loop of loads alone: their cache
      // misses overlap instead of waiting one behind another in the update loop.
      const end = Math.min(len, i + BLOCK);
      for (let j = i; j < end; j++) {
        const k = customer[j]!;
        if (k < C) sink += state[k * STRIDE]! + sum[k]!;
      }
      sinkCell[0] = sink;
    }
    const k = customer[i]!;
    const d = day[i]!;
    const a = amount[i]!;
    if (!(k >= 0 && k < C && Math.abs(a) <= MAX_AMOUNT && d <= asOf && d >= -MAX_DAY)) {
      if ((flags & FUTURE_OK) === 0 || !(k >= 0 && k < C && Math.abs(a) <= MAX_AMOUNT && d <= MAX_DAY && d >= -MAX_DAY)) refuse(i, k, C, d, a, asOf);
      if ((flags & KEEP_FUTURE) === 0) continue;
    }
    if (a === 0 ? (flags & IGNORE_ZERO) !== 0 : a < 0 && (flags & IGNORE_REFUNDS) !== 0) continue;
    const o = k * STRIDE;
    if (d > state[o + LAST_ANY]!) state[o + LAST_ANY] = d;
    if (a >= 0) {
      if (d > state[o + LAST_PURCHASE]!) state[o + LAST_PURCHASE] = d;
      state[o + PURCHASES]!++;
    }
    const sk = sum[k]!;
    const t = sk + a;
    if (t - sk === a && t - a === sk) sum[k] = t;
    else addRounded(sum, exact, k, a);
  }
}

/**
 * The (customer, day) pairs of the purchases `sameDay: 'once'` counts distinct days of: a second
 * pass over the (already checked) columns, with the policy's filters, so the main loop stays lean.
 */
function collectPairs(input: RfmColumnsInput, s: ResolvedScoring, st: CustomerState): void {
  const { customer, day, amount } = input;
  const p = s.policy;
  const asOf = p.futureTransactions === 'include' ? Number.POSITIVE_INFINITY : s.asOfDay;
  const ignoreZero = p.zeroAmounts === 'ignore';
  const pairDay = new Int32Array(customer.length);
  const pairCustomer = new Int32Array(customer.length);
  let n = 0;
  for (let i = 0; i < customer.length; i++) {
    const d = day[i]!;
    const a = amount[i]!;
    if (d > asOf || a < 0 || (a === 0 && ignoreZero)) continue;
    pairDay[n] = d;
    pairCustomer[n++] = customer[i]!;
  }
  st.pairDay = pairDay;
  st.pairCustomer = pairCustomer;
  st.pairs = n;
}

/** The metrics of the customers present (in id order), and which ids they are: one pass. */
function presentMetrics(st: CustomerState, C: number, s: ResolvedScoring): { ids: Int32Array; metrics: MetricColumns; present: Uint8Array } {
  const state = st.state;
  const sum = st.sum;
  const present = new Uint8Array(C);
  const ids = new Int32Array(C);
  const recency = new Float64Array(C);
  const frequency = new Float64Array(C);
  const monetary = new Float64Array(C);
  const distinct = s.policy.sameDay === 'once' ? distinctDayCounts(st, C) : undefined;
  const asOf = s.asOfDay;
  const mean = s.policy.monetary === 'mean';
  let j = 0;
  for (let k = 0, o = 0; k < C; k++, o += STRIDE) {
    const any = state[o + LAST_ANY]!;
    if (any === NO_DAY) continue;
    present[k] = 1;
    ids[j] = k;
    const lp = state[o + LAST_PURCHASE]!;
    const r = asOf - (lp === NO_DAY ? any : lp);
    recency[j] = r > 0 ? r : 0;
    const f = distinct === undefined ? state[o + PURCHASES]! : distinct[k]!;
    frequency[j] = f;
    const sk = sum[k]!;
    let m = sk === sk ? sk : roundExpansion(st.exact.get(k)!);
    if (mean) m /= f > 1 ? f : 1;
    monetary[j++] = m === 0 ? 0 : m;
  }
  const cut = <A extends Float64Array | Int32Array>(a: A): A => (j === C ? a : (a.subarray(0, j) as A));
  return { ids: cut(ids), metrics: { recency: cut(recency), frequency: cut(frequency), monetary: cut(monetary) }, present };
}

function scatter<A extends Float64Array | Uint8Array>(values: A, ids: Int32Array, C: number): A {
  if (ids.length === C) return values;
  const out = new (values.constructor as new (n: number) => A)(C);
  for (let j = 0; j < ids.length; j++) out[ids[j]!] = values[j]!;
  return out;
}

function checkInput(input: unknown): RfmColumnsInput & { readonly customers: number } {
  if (!isRecord(input)) throw inputError('invalid_argument', ['input'], 'object', input);
  const { customer, day, amount } = input as Partial<RfmColumnsInput>;
  if (!(customer instanceof Int32Array || customer instanceof Uint32Array)) throw inputError('invalid_argument', ['input', 'customer'], 'array', customer);
  if (!(day instanceof Int32Array)) throw inputError('invalid_argument', ['input', 'day'], 'array', day);
  if (!(amount instanceof Float64Array)) throw inputError('invalid_argument', ['input', 'amount'], 'array', amount);
  const len = customer.length;
  if (day.length !== len) throw inputError('invalid_argument', ['input', 'day'], 'same_length', day, { min: len, max: len });
  if (amount.length !== len) throw inputError('invalid_argument', ['input', 'amount'], 'same_length', amount, { min: len, max: len });
  let C = (input as unknown as RfmColumnsInput).customers;
  if (C === undefined) {
    C = 0;
    for (let i = 0; i < len; i++) if (customer[i]! + 1 > C) C = customer[i]! + 1;
  } else if (!(typeof C === 'number' && Number.isInteger(C) && C >= 0 && C <= 2 ** 31 - 1)) {
    throw inputError('invalid_argument', ['input', 'customers'], 'integer', C, { min: 0, max: 2 ** 31 - 1 });
  }
  return { customer, day, amount, customers: C };
}

/**
 * The fast path for hosts whose ids are already dense integers and whose data are columnar: no
 * id mapping, no date parsing, one tight loop over typed arrays. The same scores as `fitRfm` with
 * ids compared as numbers (and as SQL `NTILE` ordered by value, then id); `timeZone` does not
 * apply (days are given). Each transaction is checked: its customer within `0..customers − 1`,
 * its day within the `Date` range, its amount finite and at most 1e30 in magnitude
 * (`invalid_record`, with the index), its day not after `asOf` under the default policy
 * (`future_transaction`).
 *
 * @example
 * ```ts
 * import { fitRfmColumns } from 'crm-taxonomy';
 *
 * const day = (iso: string) => Date.parse(iso) / 86_400_000;
 * const result = fitRfmColumns(
 *   { customer: new Int32Array([0, 0, 1]), day: new Int32Array([day('2024-06-01'), day('2024-06-20'), day('2024-01-15')]), amount: new Float64Array([50, 20, 9]) },
 *   { asOf: '2024-06-30', scores: 2 },
 * );
 * [...result.r]; //=> [2, 1]
 * [...result.frequency]; //=> [2, 1]
 * ```
 */
export function fitRfmColumns(input: RfmColumnsInput, options: RfmOptions): RfmColumnsResult {
  const s = resolveScoring(options);
  const checked = checkInput(input);
  const C = checked.customers;
  const st = new CustomerState(C, { profit: false, pairs: false });
  st.reserve(C);
  accumulate(checked, C, s, st);
  if (s.policy.sameDay === 'once') collectPairs(checked, s, st);
  const { ids, metrics, present } = presentMetrics(st, C, s);
  const { model, r, f, m } = fitColumns(metrics, s);
  return {
    model,
    present,
    recencyDays: scatter(metrics.recency, ids, C),
    frequency: scatter(metrics.frequency, ids, C),
    monetary: scatter(metrics.monetary, ids, C),
    r: scatter(r, ids, C),
    f: scatter(f, ids, C),
    m: scatter(m, ids, C),
  };
}
