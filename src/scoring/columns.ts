import { CrmTaxonomyError, inputError, isRecord, knownKeys, recordError } from '../errors/index.js';
import { dayToIso, MAX_DAY } from '../records/index.js';
import { DistinctDays } from '../records/day-pairs.js';
import { addRounded, LAST_ANY, LAST_PURCHASE, NO_DAY, PURCHASES, STRIDE, CustomerState } from './ingest/customer-state.js';
import { fitColumns, type MetricColumns } from './model.js';
import { FIT_KEYS, resolveScoring, type ResolvedScoring } from './options.js';
import { AMOUNT_BOUNDS, MAX_AMOUNT } from './shapes.js';
import type { RfmModel, RfmOptions } from './types.js';

/**
 * Columns a host already has: dense integer customer ids (`0..customers − 1`), calendar days since
 * 1970-01-01 and amounts, one entry per transaction.
 */
export interface RfmColumnsInput {
  readonly customer: Int32Array | Uint32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  /** Number of customers (ids are `0..customers − 1`), at most 2^28; the largest id + 1 when omitted. */
  readonly customers?: number;
}

/** The result of `fitRfmColumns`, indexed by dense customer id; customers without a transaction have `present[id] === 0` and scores 0. */
export interface RfmColumnsResult {
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
/** Customers from which their state (16 to 24 bytes each) is touched ahead: 4 to 6 MB. */
const TOUCH_FROM = 262_144;
/** Below this total of absolute amounts, integer amounts add exactly in any order (2^53). */
const EXACT_TOTAL = 2 ** 53;

/** Refuses transaction `i`: its customer, amount, day, or its date after asOf. */
function refuse(i: number, k: number, C: number, d: number, a: number, asOf: number): never {
  if (!(k >= 0 && k < C)) {
    // With no customers no index is in range: a negative one is below 0, any other needs a count above it.
    if (C === 0 && k >= 0) throw inputError('invalid_argument', ['input', 'customers'], 'integer', C, { min: k + 1 });
    throw recordError(['input', 'customer', i], i, 'integer', k, C > 0 ? { min: 0, max: C - 1 } : { min: 0 });
  }
  if (!(a <= MAX_AMOUNT && a >= -MAX_AMOUNT)) throw recordError(['input', 'amount', i], i, 'number', a, AMOUNT_BOUNDS);
  if (!(d <= MAX_DAY && d >= -MAX_DAY)) throw recordError(['input', 'day', i], i, 'integer', d, { min: -MAX_DAY, max: MAX_DAY });
  throw new CrmTaxonomyError('future_transaction', { index: i, day: dayToIso(d), asOf: dayToIso(asOf) }, { path: ['input', 'day', i] });
}

/** What {@link checkRows} saw besides valid rows, as bits. */
const SAW_FUTURE = 1;
const SAW_REFUND = 2;
const SAW_ZERO = 4;
/** An amount that is not an integer, or amounts whose total might not add exactly. */
const SAW_INEXACT = 8;

/**
 * Checks every transaction once, before any loop that updates customers: its customer within
 * `0..C − 1`, its amount finite and at most 1e30 in magnitude, its day within the `Date` range and
 * (unless `futureOk`) not after `asOf`; the first one that is not is refused (`invalid_record`,
 * `future_transaction`). Returns what it saw ({@link SAW_FUTURE} …), from which the caller picks
 * its loop. A function of numbers and typed arrays alone, so its optimized code serves every call.
 */
function checkRows(customer: Int32Array | Uint32Array, day: Int32Array, amount: Float64Array, C: number, asOf: number, futureOk: boolean): number {
  const len = customer.length;
  const maxAmount = MAX_AMOUNT;
  const firstDay = -MAX_DAY;
  const lastDay = futureOk ? Math.max(MAX_DAY, asOf) : asOf;
  let seen = 0;
  // A double from the start: a small-integer start would overflow and deoptimize the loop once.
  let total = -0;
  for (let i = 0; i < len; i++) {
    const k = customer[i]!;
    const d = day[i]!;
    const a = amount[i]!;
    if (!(k >= 0 && k < C && a <= maxAmount && a >= -maxAmount && d <= lastDay && d >= firstDay)) refuse(i, k, C, d, a, asOf);
    if (d > asOf) seen |= SAW_FUTURE;
    if (a <= 0) seen |= a === 0 ? SAW_ZERO : SAW_REFUND;
    if (a !== Math.floor(a)) seen |= SAW_INEXACT;
    total += Math.abs(a);
  }
  return total < EXACT_TOTAL ? seen : seen | SAW_INEXACT;
}

/**
 * Per customer (by dense id): the last day that counts for recency (the last purchase, or the
 * last transaction of a customer with none), the frequency, and the exact net amount rounded to a
 * double; `last` is {@link NO_DAY} for a customer without a transaction.
 */
interface Totals {
  readonly last: Int32Array;
  readonly count: Int32Array;
  readonly net: Float64Array;
}

/**
 * The common case in one pass, the floor's loop: every row checked and kept, no refund, integer
 * amounts whose sums are exact. Then the last day is the last purchase and every row a purchase.
 */
function plainTotals(input: RfmColumnsInput, C: number): Totals {
  const last = new Int32Array(C).fill(NO_DAY);
  const count = new Int32Array(C);
  const net = new Float64Array(C);
  plainLoop(input.customer, input.day, input.amount, last, count, net, new Float64Array(1));
  return { last, count, net };
}

/**
 * The loop of {@link plainTotals}, in a function of its own that takes only typed arrays (its
 * optimized code then depends on no object of one call and survives to the next) and whose loop
 * is its last statement (code compiled on-stack while it runs never meets a statement it has no
 * type feedback for). Rows are checked already.
 */
function plainLoop(customer: Int32Array | Uint32Array, day: Int32Array, amount: Float64Array, last: Int32Array, count: Int32Array, net: Float64Array, sinkCell: Float64Array): void {
  const len = customer.length;
  // Touching ahead pays when the state outgrows the caches (misses to memory overlap); below
  // that it only adds loads.
  const touch = last.length > TOUCH_FROM;
  let sink = 0;
  for (let i = 0; i < len; i++) {
    if (touch && (i & (BLOCK - 1)) === 0) {
      // Touch the state of the next block of customers in a loop of loads alone: their cache
      // misses overlap instead of waiting one behind another in the update loop.
      const end = Math.min(len, i + BLOCK);
      for (let j = i; j < end; j++) {
        const k = customer[j]!;
        sink += last[k]! + count[k]! + net[k]!;
      }
      sinkCell[0] = sink;
    }
    const k = customer[i]!;
    const d = day[i]!;
    if (d > last[k]!) last[k] = d;
    count[k]!++;
    net[k]! += amount[i]!;
  }
}

/** Policy bits of the general loop. */
const KEEP_FUTURE = 1;
const IGNORE_ZERO = 2;
const IGNORE_REFUNDS = 4;

/**
 * Any policy and any amounts: future rows dropped or kept, zero amounts and refunds ignored or
 * counted, sums kept exact when an addition rounds, distinct days under `sameDay: 'once'`.
 */
function generalTotals(input: RfmColumnsInput, C: number, s: ResolvedScoring): Totals {
  const p = s.policy;
  const flags = (p.futureTransactions === 'include' ? KEEP_FUTURE : 0) | (p.zeroAmounts === 'ignore' ? IGNORE_ZERO : 0) | (p.refunds === 'ignore' ? IGNORE_REFUNDS : 0);
  const st = new CustomerState(C, { profit: false, pairs: false });
  st.reserve(C);
  generalLoop(input.customer, input.day, input.amount, s.asOfDay, flags, st.state, st.sum, st.exact, new Float64Array(1));
  const distinct = p.sameDay === 'once' ? purchaseDays(input, s).counts(C) : undefined;
  const state = st.state;
  const last = new Int32Array(C);
  const count = new Int32Array(C);
  const net = new Float64Array(C);
  for (let k = 0, o = 0; k < C; k++, o += STRIDE) {
    const lp = state[o + LAST_PURCHASE]!;
    last[k] = lp === NO_DAY ? state[o + LAST_ANY]! : lp;
    count[k] = distinct === undefined ? state[o + PURCHASES]! : distinct[k]!;
    net[k] = st.net(k);
  }
  return { last, count, net };
}

/** The loop of {@link generalTotals} (see {@link plainLoop}); rows are checked already. */
function generalLoop(
  customer: Int32Array | Uint32Array,
  day: Int32Array,
  amount: Float64Array,
  asOf: number,
  flags: number,
  state: Int32Array,
  sum: Float64Array,
  exact: Map<number, number[]>,
  sinkCell: Float64Array,
): void {
  const len = customer.length;
  const touch = sum.length > TOUCH_FROM;
  let sink = 0;
  for (let i = 0; i < len; i++) {
    if (touch && (i & (BLOCK - 1)) === 0) {
      const end = Math.min(len, i + BLOCK);
      for (let j = i; j < end; j++) {
        const k = customer[j]!;
        sink += state[k * STRIDE]! + sum[k]!;
      }
      sinkCell[0] = sink;
    }
    const k = customer[i]!;
    const d = day[i]!;
    const a = amount[i]!;
    if (d > asOf && (flags & KEEP_FUTURE) === 0) continue;
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
function purchaseDays(input: RfmColumnsInput, s: ResolvedScoring): DistinctDays {
  const { customer, day, amount } = input;
  const p = s.policy;
  const asOf = p.futureTransactions === 'include' ? Infinity : s.asOfDay;
  const ignoreZero = p.zeroAmounts === 'ignore';
  const days = new DistinctDays();
  for (let i = 0; i < customer.length; i++) {
    const d = day[i]!;
    const a = amount[i]!;
    if (d > asOf || a < 0 || (a === 0 && ignoreZero)) continue;
    days.push(customer[i]!, d);
  }
  return days;
}

/** The totals of every customer under the policy: the plain loop when the rows allow it, else the general one. */
function totals(input: RfmColumnsInput, C: number, s: ResolvedScoring): Totals {
  const p = s.policy;
  const seen = checkRows(input.customer, input.day, input.amount, C, s.asOfDay, p.futureTransactions !== 'error');
  const plain = (seen & (SAW_FUTURE | SAW_REFUND | SAW_INEXACT)) === 0 && !((seen & SAW_ZERO) !== 0 && p.zeroAmounts === 'ignore') && p.sameDay === 'separate';
  return plain ? plainTotals(input, C) : generalTotals(input, C, s);
}

/** The metrics of the customers present (in id order), and which ids they are: one pass. */
function presentMetrics(t: Totals, s: ResolvedScoring): { ids: Int32Array; metrics: MetricColumns; present: Uint8Array } {
  const C = t.last.length;
  const present = new Uint8Array(C);
  const ids = new Int32Array(C);
  const recency = new Float64Array(C);
  const frequency = new Float64Array(C);
  const monetary = new Float64Array(C);
  const n = presentLoop(t.last, t.count, t.net, s.asOfDay, s.policy.monetary === 'mean', present, ids, recency, frequency, monetary);
  if (n === C) return { ids, metrics: { recency, frequency, monetary }, present };
  return { ids: ids.subarray(0, n), metrics: { recency: recency.subarray(0, n), frequency: frequency.subarray(0, n), monetary: monetary.subarray(0, n) }, present };
}

/** The loop of {@link presentMetrics} (see {@link plainLoop}): how many customers are present. */
function presentLoop(
  last: Int32Array,
  count: Int32Array,
  net: Float64Array,
  asOf: number,
  mean: boolean,
  present: Uint8Array,
  ids: Int32Array,
  recency: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
): number {
  const C = last.length;
  let j = 0;
  for (let k = 0; k < C; k++) {
    const d = last[k]!;
    if (d === NO_DAY) continue;
    present[k] = 1;
    ids[j] = k;
    const r = asOf - d;
    recency[j] = r > 0 ? r : 0;
    const f = count[k]!;
    frequency[j] = f;
    const m = mean ? net[k]! / (f > 1 ? f : 1) : net[k]!;
    monetary[j++] = m === 0 ? 0 : m;
  }
  return j;
}

function scatter<A extends Float64Array | Uint8Array>(values: A, ids: Int32Array, C: number): A {
  if (ids.length === C) return values;
  const out = new (values.constructor as new (n: number) => A)(C);
  for (let j = 0; j < ids.length; j++) out[ids[j]!] = values[j]!;
  return out;
}

/**
 * The most customers one call serves: its columns take about 60 bytes per customer (16 GB at the
 * limit), and a count past what memory holds would fail deep inside as a `RangeError`.
 */
const MAX_COLUMN_CUSTOMERS = 2 ** 28;

/** The keys of `fitRfmColumns`' input. */
const COLUMN_KEYS = ['customer', 'day', 'amount', 'customers'];

function checkInput(input: unknown): RfmColumnsInput & { readonly customers: number } {
  if (!isRecord(input)) throw inputError('invalid_argument', ['input'], 'object', input);
  // A misspelt `customers` (`customerCount`) would be inferred, silently.
  knownKeys(input, COLUMN_KEYS, ['input']);
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
    // Inferred from the largest id: as bounded as a given count (a Uint32Array can name 2^32 − 1).
    if (C > MAX_COLUMN_CUSTOMERS) {
      let i = 0;
      while (customer[i]! < MAX_COLUMN_CUSTOMERS) i++;
      throw recordError(['input', 'customer', i], i, 'integer', customer[i], { min: 0, max: MAX_COLUMN_CUSTOMERS - 1 });
    }
  } else if (!(typeof C === 'number' && Number.isInteger(C) && C >= 0)) {
    throw inputError('invalid_argument', ['input', 'customers'], 'integer', C, { min: 0, max: MAX_COLUMN_CUSTOMERS });
  } else if (C > MAX_COLUMN_CUSTOMERS) {
    throw new CrmTaxonomyError('input_too_large', { what: 'input.customers', limit: MAX_COLUMN_CUSTOMERS, received: C }, { path: ['input', 'customers'] });
  }
  return { customer, day, amount, customers: C };
}

/**
 * The fast path for hosts whose ids are already dense integers and whose data are columnar: no
 * id mapping, no date parsing; one pass that checks every transaction, then one tight loop over
 * typed arrays (without refunds, future rows or fractional amounts, the loop of a plain SQL
 * `GROUP BY`; otherwise the policy's). The same scores as `fitRfm` with
 * ids compared as numbers (and as SQL `NTILE` ordered by value, then id); `timeZone` does not
 * apply (days are given). At most 2^28 customers (`input_too_large` beyond; the columns take
 * about 60 bytes each). Each transaction is checked: its customer within `0..customers − 1`,
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
  const s = resolveScoring(options, FIT_KEYS);
  const checked = checkInput(input);
  const C = checked.customers;
  const { ids, metrics, present } = presentMetrics(totals(checked, C, s), s);
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
