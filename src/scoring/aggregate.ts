import { CrmTaxonomyError, inputError, isRecord, optionsRecord, type ErrorPath } from '../errors/index.js';
import { DAY_MS, dayToIso, growExpansion, isCustomerId, MAX_DAY, MAX_INSTANT, roundExpansion, type CustomerId, type DayCounter } from '../records/index.js';
import { checkShape, isTimeZone } from '../shape/index.js';
import { shapeValid } from './checked.js';
import { CustomerIndex } from './ingest/customer-index.js';
import { addExactly, grown } from './ingest/customer-state.js';
import { fastWallDay } from '../records/fast-date.js';
import { DayPairs, sortDistinctPerCustomer } from '../records/day-pairs.js';
import { checkIterable, forEachRecord, forEachRecordAsync, isAsyncInput, RowReader, settled } from './ingest/row.js';
import { dayCounter, readSettings } from './options.js';
import { aggregateIssue, AMOUNT_BOUNDS, CUSTOMER_AGGREGATE_SHAPE, isAmount, MAX_COUNT } from './shapes.js';
import type { BatchProgress, CustomerAggregate, RfmMetrics, RfmPolicy, ScoringAccessors, ScoringTransaction } from './types.js';

// ── Checking aggregates ─────────────────────────────────────────────────────────────────────

/**
 * An aggregate at a public entry, checked against the aggregate's shape and invariants —
 * `invalid_argument` at `path` with the field. Every aggregate is checked where it enters, the
 * library's own included: they are plain objects a host may have changed. Each field is read
 * once, into a copy (the day lists copied too) that is checked and then used: a getter cannot pass
 * the check with one value and be folded with another.
 * @internal
 */
export function readAggregate(value: unknown, path: ErrorPath): CustomerAggregate {
  if (ordinary(value)) {
    const copy = copyOf(value);
    if (validFields(copy)) return copy;
  }
  // The error, at its field, as the shape reads the host's object (own fields only).
  checkShape(CUSTOMER_AGGREGATE_SHAPE, value, 'invalid_argument', path);
  // The shape passed it: an object of another prototype, or a getter that answers differently.
  const copy = copyOf(value as Readonly<Record<string, unknown>>);
  checkShape(CUSTOMER_AGGREGATE_SHAPE, copy, 'invalid_argument', path);
  return copy;
}

/** A list copied (a value that is not one is left for the check to refuse). */
function listCopy(x: unknown): unknown {
  return Array.isArray(x) ? x.slice() : x;
}

/** Each field read once into an aggregate's own shape, the day lists copied. */
function copyOf(a: Readonly<Record<string, unknown>>): CustomerAggregate {
  const copy = {
    customerId: a.customerId,
    firstDay: a.firstDay,
    lastDay: a.lastDay,
    lastPositiveDay: a.lastPositiveDay,
    lastZeroDay: a.lastZeroDay,
    lastRefundDay: a.lastRefundDay,
    purchases: a.purchases,
    zeroPurchases: a.zeroPurchases,
    refunds: a.refunds,
    purchaseDays: listCopy(a.purchaseDays),
    zeroDays: listCopy(a.zeroDays),
    spend: a.spend,
    spendCompensation: a.spendCompensation,
    refunded: a.refunded,
    refundedCompensation: a.refundedCompensation,
    profit: a.profit,
    profitCompensation: a.profitCompensation,
    transactions: a.transactions,
  } as CustomerAggregate;
  if (a.timeZone !== undefined) (copy as { timeZone?: unknown }).timeZone = a.timeZone;
  return copy;
}

const day = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= -MAX_DAY && x <= MAX_DAY;
const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_COUNT;
const finite = (x: unknown): x is number => typeof x === 'number' && x - x === 0;
const dayOrNull = (x: unknown): boolean => x === null || day(x);
function days(x: unknown): boolean {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (!day(x[i])) return false;
  return true;
}

/**
 * Whether a value is a valid aggregate: exactly what `checkShape(CUSTOMER_AGGREGATE_SHAPE, …)`
 * accepts (a property test holds the two to the same answer), written with the fields by name so
 * that checking an aggregate costs a few dozen comparisons — the hot path of folding orders into
 * stored aggregates.
 * @internal
 */
export function isAggregate(v: unknown): v is CustomerAggregate {
  if (!ordinary(v)) return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Object]' && shapeValid(CUSTOMER_AGGREGATE_SHAPE, v);
  return validFields(v);
}

/**
 * A plain record whose fields are all its own: `isPlainRecord`'s test and an ordinary prototype,
 * written out because importing `isPlainRecord` here regrouped the build's shared chunks and took
 * `classify` past its 12 KB (scripts/size-check.ts). Objects of another prototype are left to the
 * shape (a field inherited from a prototype is not the object's own).
 */
function ordinary(v: unknown): v is Readonly<Record<string, unknown>> {
  if (typeof v !== 'object' || v === null || Object.prototype.toString.call(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The fields of an ordinary object, by name, against the shape and the invariants. */
function validFields(v: object): v is CustomerAggregate {
  const a = v as Record<keyof CustomerAggregate, unknown>;
  if (
    !(
      isCustomerId(a.customerId) &&
      day(a.firstDay) &&
      day(a.lastDay) &&
      dayOrNull(a.lastPositiveDay) &&
      dayOrNull(a.lastZeroDay) &&
      dayOrNull(a.lastRefundDay) &&
      count(a.purchases) &&
      count(a.zeroPurchases) &&
      count(a.refunds) &&
      days(a.purchaseDays) &&
      days(a.zeroDays) &&
      finite(a.spend) &&
      (a.spend as number) >= 0 &&
      finite(a.spendCompensation) &&
      finite(a.refunded) &&
      (a.refunded as number) <= 0 &&
      finite(a.refundedCompensation) &&
      finite(a.profit) &&
      finite(a.profitCompensation) &&
      count(a.transactions) &&
      (a.transactions as number) >= 1 &&
      (a.timeZone === undefined || (typeof a.timeZone === 'string' && isTimeZone(a.timeZone)))
    )
  ) {
    return false;
  }
  return aggregateIssue(a as unknown as CustomerAggregate) === undefined;
}

/** An aggregate from its fields, always built in the same property order (one hidden class, and one more for a zone's). */
function aggregateOf(
  customerId: CustomerId,
  firstDay: number,
  lastDay: number,
  lastPositiveDay: number | null,
  lastZeroDay: number | null,
  lastRefundDay: number | null,
  purchases: number,
  zeroPurchases: number,
  refunds: number,
  purchaseDays: readonly number[],
  zeroDays: readonly number[],
  spend: number,
  spendCompensation: number,
  refunded: number,
  refundedCompensation: number,
  profit: number,
  profitCompensation: number,
  zone: string,
): CustomerAggregate {
  const aggregate: CustomerAggregate = {
    customerId,
    firstDay,
    lastDay,
    lastPositiveDay,
    lastZeroDay,
    lastRefundDay,
    purchases,
    zeroPurchases,
    refunds,
    purchaseDays,
    zeroDays,
    spend,
    spendCompensation,
    refunded,
    refundedCompensation,
    profit,
    profitCompensation,
    transactions: purchases + zeroPurchases + refunds,
  };
  // A zone's aggregate says so (UTC, the default, goes unsaid): the same fields, one more.
  if (zone !== 'UTC') (aggregate as { timeZone?: string }).timeZone = zone;
  return aggregate;
}

// ── Time zones ──────────────────────────────────────────────────────────────────────────────

/** The canonical name of the zone an aggregate's days are counted in (`UTC` when it names none). */
const zoneOf = (a: CustomerAggregate, path: ErrorPath): string => (a.timeZone === undefined ? 'UTC' : dayCounter(a.timeZone, [...path, 'timeZone']).zone);

/**
 * Refuses an aggregate whose days are counted in another zone than `zone`, the one `asOf` is read
 * in (a day of Shanghai is not a day of UTC: recency would be off by one): `invalid_argument` at
 * the aggregate's `timeZone`, naming the `other` setting.
 * @internal
 */
export function checkZone(a: CustomerAggregate, zone: string, path: ErrorPath, other: string): void {
  if (zoneOf(a, path) !== zone) throw inputError('invalid_argument', [...path, 'timeZone'], 'same_as_other', a.timeZone ?? 'UTC', { other });
}

// ── Sums: a double-double holding the exact sum ─────────────────────────────────────────────

/**
 * The exact sum of `parts` as a rounded value and the rounded rest (a canonical double-double:
 * `hi + lo === hi`). The rest, rounded, can land exactly half way to `hi`'s neighbour when the
 * true rest lies just inside; it then steps one ulp towards zero, to the side the true rest is
 * on, so the pair still reads as `hi`, the correctly rounded sum. That happens only when the rest
 * is inexact already: when the exact sum needs more than 106 bits (integer sums below 2^106 never do).
 */
function pairOf(partials: number[]): [number, number] {
  const hi = roundExpansion(partials);
  growExpansion(partials, 0 - hi);
  let lo = roundExpansion(partials);
  if (hi + lo !== hi) lo *= 1 - 2 ** -53;
  return [hi === 0 ? 0 : hi, lo === 0 ? 0 : lo];
}

/** `value + compensation + x` (+ `xc`), exactly, as a canonical pair. */
function addPair(value: number, compensation: number, x: number, xc = 0): readonly [number, number] {
  if (compensation === 0 && xc === 0) {
    const t = value + x;
    if (t - value === x && t - x === value) return [t === 0 ? 0 : t, 0];
  }
  const partials = [value];
  growExpansion(partials, compensation);
  growExpansion(partials, x);
  growExpansion(partials, xc);
  return pairOf(partials);
}

/** The exact sum of double-doubles, rounded. */
function sumPairs(...parts: number[]): number {
  const partials: number[] = [];
  for (const p of parts) growExpansion(partials, p);
  const v = roundExpansion(partials);
  return v === 0 ? 0 : v;
}

// ── Days ────────────────────────────────────────────────────────────────────────────────────

/** A sorted list of distinct days with `day` in it (the same list when it holds it already). */
function withDay(days: readonly number[], day: number): readonly number[] {
  const n = days.length;
  if (n === 0) return [day];
  if (day > days[n - 1]!) {
    const out = days.slice();
    out.push(day);
    return out;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  if (days[lo] === day) return days;
  return [...days.slice(0, lo), day, ...days.slice(lo)];
}

/** The union of two sorted lists of distinct days, sorted: one linear merge. @internal */
export function unionDays(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** How many distinct days two sorted lists of distinct days hold together. */
function unionSize(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return a.length + b.length - shared;
}

const later = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

// ── foldTransaction ─────────────────────────────────────────────────────────────────────────

/** The calendar day of a transaction's date: common ISO strings and epoch numbers fast, the rest by the one parser. */
function dayOf(at: unknown, days: DayCounter): number {
  const utc = days.zone === 'UTC';
  if (typeof at === 'string') {
    const day = fastWallDay(at, utc);
    if (day === day) return day;
  } else if (utc && typeof at === 'number' && at <= MAX_INSTANT && at >= -MAX_INSTANT) return Math.floor(at / DAY_MS) + 0; // + 0: day 0, not -0
  return days.day(at, ['transaction', 'at']) + 0; // + 0: day 0 for the instant -0, not -0
}

function checkAmount(value: unknown, path: ErrorPath): number {
  if (!isAmount(value)) {
    throw inputError('invalid_argument', path, 'number', value, AMOUNT_BOUNDS);
  }
  return value;
}

/** The aggregate of one transaction. */
function first(customerId: CustomerId, day: number, amount: number, profit: number, zone: string): CustomerAggregate {
  const positive = amount > 0;
  const zero = amount === 0;
  const refund = amount < 0;
  return aggregateOf(
    customerId,
    day,
    day,
    positive ? day : null,
    zero ? day : null,
    refund ? day : null,
    positive ? 1 : 0,
    zero ? 1 : 0,
    refund ? 1 : 0,
    // Lists of the aggregate's own, as every fold returns them (never one shared, frozen list).
    positive ? [day] : [],
    zero ? [day] : [],
    positive ? amount : 0,
    0,
    refund ? amount : 0,
    0,
    profit === 0 ? 0 : profit,
    0,
    zone,
  );
}

/** An aggregate with one more transaction (the input is not changed; unchanged lists are shared with the checked copy). */
function folded(a: CustomerAggregate, day: number, amount: number, profit: number, zone: string): CustomerAggregate {
  const positive = amount > 0;
  const zero = amount === 0;
  let spend = a.spend;
  let spendCompensation = a.spendCompensation;
  let refunded = a.refunded;
  let refundedCompensation = a.refundedCompensation;
  if (positive) {
    // The common case inline, without a pair: an exact addition to an exact sum.
    const t = spend + amount;
    if (spendCompensation === 0 && t - spend === amount && t - amount === spend) spend = t;
    else [spend, spendCompensation] = addPair(spend, spendCompensation, amount);
  } else if (amount < 0) {
    const t = refunded + amount;
    if (refundedCompensation === 0 && t - refunded === amount && t - amount === refunded) refunded = t;
    else [refunded, refundedCompensation] = addPair(refunded, refundedCompensation, amount);
  }
  let sum = a.profit;
  let sumCompensation = a.profitCompensation;
  if (profit !== 0) [sum, sumCompensation] = addPair(sum, sumCompensation, profit);
  return aggregateOf(
    a.customerId,
    Math.min(a.firstDay, day),
    Math.max(a.lastDay, day),
    positive ? later(a.lastPositiveDay, day) : a.lastPositiveDay,
    zero ? later(a.lastZeroDay, day) : a.lastZeroDay,
    amount < 0 ? later(a.lastRefundDay, day) : a.lastRefundDay,
    a.purchases + (positive ? 1 : 0),
    a.zeroPurchases + (zero ? 1 : 0),
    a.refunds + (amount < 0 ? 1 : 0),
    positive ? withDay(a.purchaseDays, day) : a.purchaseDays,
    zero ? withDay(a.zeroDays, day) : a.zeroDays,
    spend,
    spendCompensation,
    refunded,
    refundedCompensation,
    sum,
    sumCompensation,
    zone,
  );
}

/**
 * Adds one transaction to a customer's aggregate and returns the new aggregate (the input is
 * neither changed nor shared: its lists are copied when it is read); `undefined` starts one. Calendar days are counted
 * in `timeZone`: by default the aggregate's own (UTC for a new one), and another than the
 * aggregate's is `invalid_argument` at `options.timeZone`. The aggregate is checked (`invalid_argument` at `aggregate`, with
 * the field); the transaction's date must be a date (`invalid_date`), its amount and profit finite
 * numbers of at most 1e30 in magnitude, and its customer the aggregate's. An aggregate already at
 * 2^53 − 1 transactions takes no more (`input_too_large`: its counts would stop being exact).
 *
 * @example
 * ```ts
 * import { foldTransaction } from 'crm-taxonomy';
 *
 * let agg = foldTransaction(undefined, { customerId: 7, at: '2024-01-05', amount: 1200 });
 * agg = foldTransaction(agg, { customerId: 7, at: '2024-01-09', amount: -200 });
 * agg.purchases; //=> 1
 * agg.spend + agg.refunded; //=> 1000
 * agg.purchaseDays; //=> [19727]
 * ```
 */
export function foldTransaction(aggregate: CustomerAggregate | undefined, transaction: ScoringTransaction, options?: { readonly timeZone?: string }): CustomerAggregate {
  const a = aggregate === undefined ? undefined : readAggregate(aggregate, ['aggregate']);
  if (!isRecord(transaction)) throw inputError('invalid_argument', ['transaction'], 'object', transaction);
  const o = optionsRecord(options, ['timeZone']);
  // Days are counted in the aggregate's own zone unless told otherwise (and then it must be that one).
  const timeZone = o.timeZone ?? a?.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string' || timeZone === '') throw inputError('invalid_argument', ['options', 'timeZone'], 'time_zone', timeZone);
  const customerId = transaction.customerId;
  if (!isCustomerId(customerId)) throw inputError('invalid_argument', ['transaction', 'customerId'], 'customer_id', customerId);
  const days = dayCounter(timeZone, ['options', 'timeZone']);
  // The days of one aggregate are all counted in one zone.
  if (a !== undefined && zoneOf(a, ['aggregate']) !== days.zone) throw inputError('invalid_argument', ['options', 'timeZone'], 'same_as_other', timeZone, { other: 'aggregate.timeZone' });
  const day = dayOf(transaction.at, days);
  const amount = checkAmount(transaction.amount, ['transaction', 'amount']);
  const profit = transaction.profit === undefined ? 0 : checkAmount(transaction.profit, ['transaction', 'profit']);
  const id = customerId === 0 ? 0 : customerId;
  if (a === undefined) return first(id, day, amount, profit, days.zone);
  if (a.customerId !== id) throw inputError('invalid_argument', ['transaction', 'customerId'], 'same_customer', customerId);
  countsFit(a.transactions + 1, ['aggregate', 'transactions']);
  return folded(a, day, amount, profit, days.zone);
}

// ── mergeAggregates ─────────────────────────────────────────────────────────────────────────

/** An aggregate's counts stay exact: `input_too_large` at `path` past 2^53 − 1 transactions. */
function countsFit(transactions: number, path: ErrorPath): void {
  if (transactions > MAX_COUNT) throw new CrmTaxonomyError('input_too_large', { what: 'transactions', limit: MAX_COUNT, received: transactions }, { path });
}

/**
 * Combines two aggregates of the same customer (two shards, or a stored aggregate and a new
 * batch), in time linear in their days. Exact: the sums are the exact sums (so merging is
 * associative and commutative whenever they fit a double-double, always for integer amounts).
 * Throws `invalid_argument` for an aggregate that is not one (path `a` or `b`, with the field)
 * or aggregates of two customers, and `input_too_large` when the two hold more than 2^53 − 1
 * transactions together.
 *
 * @example
 * ```ts
 * import { foldTransaction, mergeAggregates } from 'crm-taxonomy';
 *
 * const a = foldTransaction(undefined, { customerId: 'c1', at: '2024-01-01', amount: 10 });
 * const b = foldTransaction(undefined, { customerId: 'c1', at: '2024-02-01', amount: 5 });
 * mergeAggregates(a, b); //=> { purchases: 2, spend: 15, purchaseDays: [19723, 19754] }
 * ```
 */
export function mergeAggregates(a: CustomerAggregate, b: CustomerAggregate): CustomerAggregate {
  const x = readAggregate(a, ['a']);
  const y = readAggregate(b, ['b']);
  if (x.customerId !== y.customerId) throw inputError('invalid_argument', ['b', 'customerId'], 'same_customer', y.customerId);
  const zone = zoneOf(x, ['a']);
  checkZone(y, zone, ['b'], 'a.timeZone');
  countsFit(x.transactions + y.transactions, ['b', 'transactions']);
  return aggregateOf(
    x.customerId,
    Math.min(x.firstDay, y.firstDay),
    Math.max(x.lastDay, y.lastDay),
    later(x.lastPositiveDay, y.lastPositiveDay),
    later(x.lastZeroDay, y.lastZeroDay),
    later(x.lastRefundDay, y.lastRefundDay),
    x.purchases + y.purchases,
    x.zeroPurchases + y.zeroPurchases,
    x.refunds + y.refunds,
    unionDays(x.purchaseDays, y.purchaseDays),
    unionDays(x.zeroDays, y.zeroDays),
    ...addPair(x.spend, x.spendCompensation, y.spend, y.spendCompensation),
    ...addPair(x.refunded, x.refundedCompensation, y.refunded, y.refundedCompensation),
    ...addPair(x.profit, x.profitCompensation, y.profit, y.profitCompensation),
    zone,
  );
}

// ── aggregateTransactions ───────────────────────────────────────────────────────────────────

/** Per-customer running aggregates of one pass: typed arrays by dense index, exact sums, day lists. */
class AggregateColumns {
  private cap = 1024;
  private first = new Int32Array(this.cap);
  private last = new Int32Array(this.cap);
  /** Last day of a positive, a zero and a negative amount, three per customer. */
  private lastOf = new Int32Array(this.cap * 3);
  /** Transactions of each kind, three per customer. */
  private counts = new Float64Array(this.cap * 3);
  /** Σ positive amounts, Σ refunds, Σ profit, three per customer, exact (see `addExactly`). */
  private sums = new Float64Array(this.cap * 3);
  private readonly exact = new Map<number, number[]>();
  /** (customer, day) of purchase days and of zero-amount days, grouped per customer once, at the end. */
  private readonly purchasePairs = new DayPairs();
  private readonly zeroPairs = new DayPairs();
  /** The day last paired for each customer, per kind (purchase, zero): a repeat in a row is not paired again. */
  private lastPaired = new Int32Array(this.cap * 2);
  private grouped: { readonly purchase: GroupedDays; readonly zero: GroupedDays } | undefined;

  private grow(): void {
    const cap = this.cap * 2;
    this.first = grown(this.first, cap);
    this.last = grown(this.last, cap);
    this.lastOf = grown(this.lastOf, cap * 3);
    this.counts = grown(this.counts, cap * 3);
    this.sums = grown(this.sums, cap * 3);
    this.lastPaired = grown(this.lastPaired, cap * 2);
    this.cap = cap;
  }

  private pairDay(pairs: DayPairs, slot: number, k: number, day: number): void {
    if (this.lastPaired[slot] === day) return;
    this.lastPaired[slot] = day;
    pairs.push(k, day);
  }

  private addSum(slot: number, value: number): void {
    addExactly(this.sums, this.exact, slot, value);
  }

  /** Adds a transaction of customer k (`isNew` when k was just indexed). */
  add(k: number, isNew: boolean, day: number, amount: number, profit: number): void {
    if (isNew) {
      if (k === this.cap) this.grow();
      this.first[k] = day;
      this.last[k] = day;
      this.lastOf[k * 3] = NONE;
      this.lastOf[k * 3 + 1] = NONE;
      this.lastOf[k * 3 + 2] = NONE;
      this.lastPaired[k * 2] = NONE;
      this.lastPaired[k * 2 + 1] = NONE;
    } else {
      if (day < this.first[k]!) this.first[k] = day;
      if (day > this.last[k]!) this.last[k] = day;
    }
    const kind = amount > 0 ? 0 : amount === 0 ? 1 : 2;
    const slot = k * 3 + kind;
    this.counts[slot]!++;
    if (day > this.lastOf[slot]!) this.lastOf[slot] = day;
    if (kind === 0) {
      this.pairDay(this.purchasePairs, k * 2, k, day);
      this.addSum(k * 3, amount);
    } else if (kind === 1) this.pairDay(this.zeroPairs, k * 2 + 1, k, day);
    else this.addSum(k * 3 + 1, amount);
    if (profit !== 0) this.addSum(k * 3 + 2, profit);
  }

  private pair(slot: number): [number, number] {
    const v = this.sums[slot]!;
    if (v === v) return [v === 0 ? 0 : v, 0];
    return pairOf(this.exact.get(slot)!);
  }

  /** Customer k's distinct days of one kind, ascending (the pairs are grouped on the first call). */
  private days(kind: 'purchase' | 'zero', k: number, customers: number): number[] {
    this.grouped ??= { purchase: groupDays(this.purchasePairs, customers), zero: groupDays(this.zeroPairs, customers) };
    const g = this.grouped[kind];
    const from = g.start[k]!;
    return Array.from(g.days.subarray(from, from + g.distinct[k]!));
  }

  /** The aggregate of customer k. */
  aggregate(k: number, customerId: CustomerId, customers: number, zone: string): CustomerAggregate {
    const o = k * 3;
    const day = (d: number): number | null => (d === NONE ? null : d);
    const c = this.counts;
    return aggregateOf(
      customerId,
      this.first[k]!,
      this.last[k]!,
      day(this.lastOf[o]!),
      day(this.lastOf[o + 1]!),
      day(this.lastOf[o + 2]!),
      c[o]!,
      c[o + 1]!,
      c[o + 2]!,
      this.days('purchase', k, customers),
      this.days('zero', k, customers),
      ...this.pair(o),
      ...this.pair(o + 1),
      ...this.pair(o + 2),
      zone,
    );
  }
}

const NONE = -2147483648;

/** One kind of day of every customer, grouped, sorted and without repeats. */
interface GroupedDays {
  readonly start: Int32Array;
  readonly days: Int32Array;
  readonly distinct: Int32Array;
}

function groupDays(pairs: DayPairs, customers: number): GroupedDays {
  const { start, days } = pairs.group(customers);
  return { start, days, distinct: sortDistinctPerCustomer(start, days) };
}

/** Options of `aggregateTransactions`. @internal */
export interface AggregateOptions<T> {
  /** How to read a row; rows are read as `{ customerId, at, amount, profit? }` when omitted. */
  readonly accessors?: ScoringAccessors<T>;
  /** The IANA time zone calendar days are counted in (UTC by default). */
  readonly timeZone?: string;
  /** Rows without a customer id: refused (`'error'`, default) or left out (`'skip'`). */
  readonly onMissingCustomerId?: 'error' | 'skip';
  /** Called every 65,536 records and at the end with the total (each count once). */
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** A row's profit under the default accessors: absent is 0; anything else must be an amount (null is refused, as foldTransaction and fitAbc refuse it). */
function defaultProfit(row: unknown): unknown {
  const profit = (row as { profit?: unknown }).profit;
  return profit === undefined ? 0 : profit;
}

/**
 * Folds many transactions into one aggregate per customer, ordered by customer id: one pass, time
 * linear in the transactions (the days are grouped per customer once at the end, and a customer's
 * days sorted only when they came out of order), memory in the customers plus one (customer, day)
 * pair of 8 bytes per purchase row (a customer's repeat of the same day in a row adds none). Sync input
 * answers directly, an async iterable (a cursor, a stream) with a Promise. Rows are checked as in
 * `fitRfm` (`invalid_record`, `invalid_date`, `missing_customer_id`, with the row's index).
 *
 * @example
 * ```ts
 * import { aggregateTransactions } from 'crm-taxonomy';
 *
 * const aggs = aggregateTransactions([
 *   { customerId: 'b', at: '2024-01-01', amount: 3 },
 *   { customerId: 'a', at: '2024-01-02', amount: 4 },
 *   { customerId: 'b', at: '2023-12-30', amount: 5 },
 * ]);
 * aggs.map((a) => a.customerId); //=> ['a', 'b']
 * aggs[1]; //=> { purchases: 2, spend: 8, purchaseDays: [19721, 19723] }
 * ```
 */
export function aggregateTransactions<T = ScoringTransaction>(transactions: Iterable<T>, options?: AggregateOptions<T>): CustomerAggregate[];
export function aggregateTransactions<T = ScoringTransaction>(transactions: AsyncIterable<T>, options?: AggregateOptions<T>): Promise<CustomerAggregate[]>;
export function aggregateTransactions<T>(transactions: Iterable<T> | AsyncIterable<T>, options?: AggregateOptions<T>): CustomerAggregate[] | Promise<CustomerAggregate[]> {
  return settled(transactions, () => aggregateTransactionsNow(transactions, options));
}

/** {@link aggregateTransactions}, for an input it may answer or refuse directly. */
function aggregateTransactionsNow<T>(transactions: Iterable<T> | AsyncIterable<T>, options?: AggregateOptions<T>): CustomerAggregate[] | Promise<CustomerAggregate[]> {
  const o = optionsRecord(options, ['accessors', 'timeZone', 'onMissingCustomerId', 'onProgress']) as Readonly<Record<string, unknown>>;
  checkIterable(transactions, ['transactions'], true);
  const settings = readSettings<T>(o, false);
  const timeZone = o.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string' || timeZone === '') throw inputError('invalid_argument', ['options', 'timeZone'], 'time_zone', timeZone);
  const defaults = o.accessors === undefined;
  const days = dayCounter(timeZone, ['options', 'timeZone']);
  const profitReader = defaults ? defaultProfit : settings.accessors.profit;
  const reader = new RowReader<T>({
    accessors: profitReader === undefined ? settings.accessors : { ...settings.accessors, profit: profitReader as (row: T) => number },
    defaults,
    skipMissingIds: settings.skipMissingIds,
    profit: profitReader !== undefined,
    days,
    path: ['transactions'],
  });
  const index = new CustomerIndex();
  const columns = new AggregateColumns();
  // Rows grouped by customer (an export ordered by id) skip the lookup.
  let lastId: CustomerId | undefined;
  let lastK = 0;
  const take = (record: T, i: number): void => {
    if (!reader.read(record, i)) return;
    const row = reader.row;
    const before = index.count;
    const k = row.id === lastId ? lastK : index.indexOf(row.id);
    lastId = row.id;
    lastK = k;
    columns.add(k, k === before, row.day, row.amount, row.profit);
  };
  const finish = (): CustomerAggregate[] => {
    const { order } = index.order();
    return Array.from(order, (k) => columns.aggregate(k, index.ids[k]!, index.count, days.zone));
  };
  if (isAsyncInput(transactions)) return forEachRecordAsync(transactions as AsyncIterable<T>, take, settings.onProgress).then(finish);
  forEachRecord(transactions as Iterable<T>, take, settings.onProgress);
  return finish();
}

// ── Reading an aggregate under a policy ─────────────────────────────────────────────────────

/**
 * The raw R, F and M of a (checked) aggregate as of a calendar day under a policy, or `undefined`
 * when the policy leaves the customer no transaction. Throws `future_transaction` when the
 * aggregate holds a transaction after `asOfDay` and the policy is not `futureTransactions:
 * 'include'` (an aggregate cannot leave one out). The caller has checked the aggregate's zone is the
 * policy's ({@link checkZone}).
 * @internal
 */
export function metricsOfAggregate(a: CustomerAggregate, asOfDay: number, policy: RfmPolicy, path: ErrorPath, index = 0): RfmMetrics | undefined {
  if (a.lastDay > asOfDay && policy.futureTransactions !== 'include') {
    throw new CrmTaxonomyError('future_transaction', { index, day: dayToIso(a.lastDay), asOf: dayToIso(asOfDay) }, { path: [...path, 'lastDay'] });
  }
  const zero = policy.zeroAmounts === 'purchase';
  const refunds = policy.refunds === 'subtract';
  const purchaseDay = later(a.lastPositiveDay, zero ? a.lastZeroDay : null);
  const anyDay = later(purchaseDay, refunds ? a.lastRefundDay : null);
  if (anyDay === null) return undefined;
  const last = purchaseDay ?? anyDay;
  const frequency = policy.sameDay === 'once' ? (zero ? unionSize(a.purchaseDays, a.zeroDays) : a.purchaseDays.length) : a.purchases + (zero ? a.zeroPurchases : 0);
  const net = refunds ? sumPairs(a.spend, a.spendCompensation, a.refunded, a.refundedCompensation) : sumPairs(a.spend, a.spendCompensation);
  const monetary = policy.monetary === 'mean' ? net / Math.max(frequency, 1) : net;
  return { recencyDays: Math.max(0, asOfDay - last), frequency, monetary: monetary === 0 ? 0 : monetary };
}

