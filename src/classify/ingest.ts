import { CrmTaxonomyError } from '../errors/index.js';
import type { ErrorPath } from '../errors/index.js';
import { DAY_MS, growExpansion, MAX_INSTANT, roundExpansion, type DayCounter } from '../records/index.js';

/** No day yet. */
const NONE = -2147483648;
const INITIAL = 16;

/**
 * What the classifiers read of one customer's transactions (none after asOf), computed once: the
 * purchase days (distinct days with `amount >= 0`), net revenue and profit as exact sums (the
 * order of the input cannot change them), and the marks of the loyal behaviours.
 * @internal
 */
export interface TxEvidence {
  /** Transactions up to asOf, refunds included. */
  readonly transactions: number;
  /** Distinct days with a purchase (`amount >= 0`). */
  readonly purchaseDays: number;
  /** First and last purchase day (`NaN` without a purchase). */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Distinct purchase days after `asOfDay - patronage.regular.windowDays`. */
  readonly recentDays: number;
  /** Net revenue: the exact sum of every amount (refunds subtract). */
  readonly revenue: number;
  /** The exact sum of the profits, `null` when some transaction has none. */
  readonly profit: number | null;
  readonly categories: number;
  readonly uncategorized: number;
  /** Purchase days with a transaction marked directed. */
  readonly directed: number;
  /** Purchase days with no marked transaction (directed or not: unknown). */
  readonly directedUnknown: number;
}

/** Fields of the per-customer integer state, {@link STRIDE} integers per customer (one cache line holds two customers). */
const TX = 0; // transactions up to asOf
const PURCHASES = 1; // of them with amount >= 0
const LAST_DAY = 2; // the last purchase day pushed as a pair (NONE: none)
const DAY_PAIRS = 3; // (customer, day) pairs pushed
const WITH_PROFIT = 4; // transactions with a profit
const CATEGORIZED = 5; // purchases with a category
const DIRECTED_DAY = 6; // the last purchase day marked directed pushed as a pair (NONE: none)
const MARKED_DAY = 7; // the last purchase day marked directed or not pushed as a pair (NONE: none)
const STRIDE = 8;

/** The most customers one batch serves (its counts live in typed arrays of 8 per customer). @internal */
export const MAX_CUSTOMERS = 2 ** 26;
/** The most rows one batch serves (counts are 32-bit integers). @internal */
export const MAX_ROWS = 2 ** 31 - 1;

/**
 * Per-customer state while reading transactions, indexed by a dense customer number: counts in
 * one Int32Array (8 per customer, so one row touches one cache line of it), net revenue and profit
 * side by side in one Float64Array as exact sums, and the (customer, day) pairs of purchases —
 * one pair per run of equal days of a customer, grouped and sorted once at the end. Every record
 * costs O(1); memory is O(customers) plus one pair per purchase day.
 *
 * A sum stays a plain double while every addend is an integer and the total a safe integer (then
 * the double is the exact sum), and becomes a Shewchuk expansion otherwise: exact, so the order
 * of the input cannot change it.
 * @internal
 */
export class Ingest {
  /** The day classified as of: every transaction folded is on it or before. */
  readonly #asOfDay: number;
  customers = 0;
  #capacity = INITIAL;
  #state: Int32Array = Ingest.#newState(INITIAL);
  /** Revenue at `2c`, profit at `2c + 1`. */
  #sums: Float64Array = new Float64Array(2 * INITIAL);
  /** Sums that left the fast path: expansions by `2c` (revenue) or `2c + 1` (profit). */
  #slow: Map<number, number[]> | undefined;
  readonly #dayPairs = new Pairs();
  #categoryPairs: Pairs | undefined;
  #categoryIds: Map<string, number> | undefined;
  /** Days marked directed, and days marked at all (directed or not), as pairs; made when the first mark comes. */
  #directedPairs: Pairs | undefined;
  #markedPairs: Pairs | undefined;
  /** Per customer, the pairs pushed to each: directed at `2c`, marked at `2c + 1`. */
  #markCounts: Int32Array | undefined;
  #overflow = false;
  /** After {@link prepare}: per customer, distinct purchase days, first, last, recent ones. */
  #dayStats: Int32Array | undefined;
  #categoryCount: Int32Array | undefined;
  #directedDays: Int32Array | undefined;
  #markedDays: Int32Array | undefined;

  constructor(asOfDay: number) {
    this.#asOfDay = asOfDay;
  }

  static #newState(capacity: number): Int32Array {
    const state = new Int32Array(capacity * STRIDE);
    for (let o = 0; o < state.length; o += STRIDE) state[o + LAST_DAY] = state[o + DIRECTED_DAY] = state[o + MARKED_DAY] = NONE;
    return state;
  }

  /** A new customer; returns its number. Throws `input_too_large` past {@link MAX_CUSTOMERS}. */
  addCustomer(): number {
    if (this.customers === this.#capacity) {
      if (this.#capacity >= MAX_CUSTOMERS) throw new CrmTaxonomyError('input_too_large', { what: 'customers', limit: MAX_CUSTOMERS, received: this.customers + 1 }, { path: ['transactions'] });
      const capacity = this.#capacity * 2;
      const state = Ingest.#newState(capacity);
      state.set(this.#state);
      this.#state = state;
      const sums = new Float64Array(2 * capacity);
      sums.set(this.#sums);
      this.#sums = sums;
      this.#capacity = capacity;
    }
    return this.customers++;
  }

  /** Adds `x` to sum `j` (`2c` or `2c + 1`); false on overflow. */
  #addSum(j: number, x: number): boolean {
    const expansion = this.#slow?.get(j);
    if (expansion !== undefined) return Number.isFinite(growExpansion(expansion, x));
    const t = this.#sums[j]! + x;
    if (Number.isInteger(x) && t <= Number.MAX_SAFE_INTEGER && t >= -Number.MAX_SAFE_INTEGER) {
      this.#sums[j] = t;
      return true;
    }
    const partials = [this.#sums[j]!];
    (this.#slow ??= new Map()).set(j, partials);
    return Number.isFinite(growExpansion(partials, x));
  }

  #sum(j: number): number {
    const expansion = this.#slow?.get(j);
    const v = expansion === undefined ? this.#sums[j]! : roundExpansion(expansion);
    return v === 0 ? 0 : v;
  }

  /**
   * Folds one transaction, already read and checked (a calendar day not after asOf, finite
   * amount and profit), into customer `c`. No check here: this is the hot loop.
   */
  add(c: number, day: number, amount: number, profit: number | undefined, category: string | null | undefined, directed: boolean | null | undefined): void {
    const state = this.#state;
    const o = c * STRIDE;
    state[o + TX]!++;
    if (!this.#addSum(2 * c, amount)) this.#overflow = true;
    if (profit !== undefined) {
      state[o + WITH_PROFIT]!++;
      if (!this.#addSum(2 * c + 1, profit)) this.#overflow = true;
    }
    if (amount < 0) return;
    state[o + PURCHASES]!++;
    if (state[o + LAST_DAY] !== day) {
      state[o + LAST_DAY] = day;
      state[o + DAY_PAIRS]!++;
      this.#dayPairs.push(c, this.#asOfDay - day);
    }
    if (category !== undefined && category !== null && category !== '') {
      state[o + CATEGORIZED]!++;
      this.#addCategory(c, category);
    }
    if (directed === true || directed === false) this.#addMark(c, day, directed);
  }

  /**
   * A purchase marked directed or not: directed purchases are counted by day, as purchases are
   * (a visit split into two rows is one directed purchase), and a day with a marked row reads as
   * marked (its unmarked rows are of the same visit).
   */
  #addMark(c: number, day: number, directed: boolean): void {
    let counts = this.#markCounts;
    if (counts === undefined || counts.length < 2 * this.#capacity) {
      const next = new Int32Array(2 * this.#capacity);
      if (counts !== undefined) next.set(counts);
      this.#markCounts = counts = next;
    }
    const state = this.#state;
    const o = c * STRIDE;
    if (directed && state[o + DIRECTED_DAY] !== day) {
      state[o + DIRECTED_DAY] = day;
      counts[2 * c]!++;
      (this.#directedPairs ??= new Pairs()).push(c, this.#asOfDay - day);
    }
    if (state[o + MARKED_DAY] !== day) {
      state[o + MARKED_DAY] = day;
      counts[2 * c + 1]!++;
      (this.#markedPairs ??= new Pairs()).push(c, this.#asOfDay - day);
    }
  }

  /** Categories are rarer: their own columns, made when the first one comes (last category pushed, pairs pushed). */
  #categoryState: Int32Array | undefined;

  #addCategory(c: number, category: string): void {
    const ids = (this.#categoryIds ??= new Map());
    let k = ids.get(category);
    if (k === undefined) ids.set(category, (k = ids.size));
    let cs = this.#categoryState;
    if (cs === undefined || cs.length < 2 * this.#capacity) {
      const next = new Int32Array(2 * this.#capacity);
      for (let i = 0; i < next.length; i += 2) next[i] = NONE;
      if (cs !== undefined) next.set(cs);
      this.#categoryState = cs = next;
    }
    if (cs[2 * c] === k) return;
    cs[2 * c] = k;
    cs[2 * c + 1]!++;
    (this.#categoryPairs ??= new Pairs()).push(c, k);
  }

  /** Whether customer `c` has any transaction. */
  has(c: number): boolean {
    return this.#state[c * STRIDE + TX]! > 0;
  }

  /** Net revenue of customer `c`. */
  revenueOf(c: number): number {
    return this.#sum(2 * c);
  }

  /** Profit of customer `c`: the exact sum of the profits, or `null` when a transaction has none. */
  profitOf(c: number): number | null {
    const o = c * STRIDE;
    return this.#state[o + WITH_PROFIT] === this.#state[o + TX] ? this.#sum(2 * c + 1) : null;
  }

  /**
   * Reads every customer's purchase days (and categories) once, after the last record: groups
   * the pairs by customer (a counting sort), then counts each customer's distinct days — by
   * marking them in a table the size of the span of days (or, for a span too wide, by sorting) —
   * with the first and last day and how many fall within the last `windowDays` days. The pairs
   * are freed. Throws `not_computable` when a sum overflowed a double.
   */
  prepare(path: ErrorPath, windowDays: number): void {
    const asOfDay = this.#asOfDay;
    if (this.#overflow) {
      throw new CrmTaxonomyError('not_computable', { what: 'net revenue or profit', cause: 'overflow' }, { path });
    }
    const n = this.customers;
    const byDay = this.#dayPairs.groupBy(n, (c) => this.#state[c * STRIDE + DAY_PAIRS]!);
    const stats = new Int32Array(4 * n);
    // The values are days counted back from asOf: the first purchase day is the largest offset.
    distinctEach(byDay.values, byDay.start, n, (c, count, min, max, values, a) => {
      let recent = 0;
      for (let i = a; i < a + count; i++) if (values[i]! < windowDays) recent++;
      stats[4 * c] = count;
      stats[4 * c + 1] = asOfDay - max;
      stats[4 * c + 2] = asOfDay - min;
      stats[4 * c + 3] = recent;
    });
    this.#dayStats = stats;
    if (this.#categoryPairs !== undefined) {
      const cs = this.#categoryState!;
      this.#categoryCount = distinctCounts(this.#categoryPairs, n, (c) => (2 * c < cs.length ? cs[2 * c + 1]! : 0));
      this.#categoryPairs = undefined;
    }
    const marks = this.#markCounts;
    if (marks !== undefined) {
      const countOf = (k: number) => (c: number) => (2 * c < marks.length ? marks[2 * c + k]! : 0);
      this.#directedDays = this.#directedPairs === undefined ? undefined : distinctCounts(this.#directedPairs, n, countOf(0));
      this.#markedDays = distinctCounts(this.#markedPairs!, n, countOf(1));
      this.#directedPairs = this.#markedPairs = this.#markCounts = undefined;
    }
  }

  /** The evidence of customer `c` (after {@link prepare}). */
  evidence(c: number, marginRate: number | null): TxEvidence {
    const stats = this.#dayStats!;
    const purchaseDays = stats[4 * c]!;
    const o = c * STRIDE;
    const state = this.#state;
    const purchases = state[o + PURCHASES]!;
    const revenue = this.revenueOf(c);
    const profit = this.profitOf(c);
    return {
      transactions: state[o + TX]!,
      purchaseDays,
      firstDay: purchaseDays > 0 ? stats[4 * c + 1]! : NaN,
      lastDay: purchaseDays > 0 ? stats[4 * c + 2]! : NaN,
      recentDays: stats[4 * c + 3]!,
      revenue,
      profit: profit ?? (marginRate === null ? null : revenue * marginRate),
      categories: this.#categoryCount?.[c] ?? 0,
      uncategorized: purchases - state[o + CATEGORIZED]!,
      directed: this.#directedDays?.[c] ?? 0,
      directedUnknown: purchaseDays - (this.#markedDays?.[c] ?? 0),
    };
  }

  /** Frees the per-customer day statistics once every customer's evidence is read. */
  release(): void {
    this.#dayStats = undefined;
    this.#categoryCount = undefined;
    this.#directedDays = this.#markedDays = undefined;
  }
}

/** Widest span of values counted by marking (a table of this many bytes); wider spans are sorted. */
const MAX_MARKED_SPAN = 1 << 22;

/**
 * For each customer's group of values (`start[c] .. start[c + 1]`): moves its distinct values to
 * the front of the group and reports how many, the smallest and the largest. Marks each value in
 * a byte table over the span of all values and clears it again (linear, no sort); when the span is
 * too wide, sorts each group in place instead.
 */
function distinctEach(
  values: Values,
  start: Int32Array,
  customers: number,
  each: (c: number, distinct: number, min: number, max: number, values: Values, a: number) => void,
): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = values.length === 0 ? 0 : max - min + 1;
  const marks = span <= MAX_MARKED_SPAN ? new Uint8Array(span) : undefined;
  for (let c = 0; c < customers; c++) {
    const a = start[c]!;
    const b = start[c + 1]!;
    if (a === b) {
      each(c, 0, 0, 0, values, a);
      continue;
    }
    let first = values[a]!;
    let last = first;
    let distinct = 0;
    if (marks !== undefined) {
      // Keep each value's first occurrence at the front of the group: the group then holds its distinct values first.
      for (let i = a; i < b; i++) {
        const v = values[i]!;
        if (marks[v - min] === 1) continue;
        marks[v - min] = 1;
        values[a + distinct++] = v;
        if (v < first) first = v;
        if (v > last) last = v;
      }
      for (let i = a; i < a + distinct; i++) marks[values[i]! - min] = 0;
    } else {
      sortRun(values, a, b);
      for (let i = a; i < b; i++) if (i === a || values[i] !== values[i - 1]) values[a + distinct++] = values[i]!;
      first = values[a]!;
      last = values[a + distinct - 1]!;
    }
    each(c, distinct, first, last, values, a);
  }
}

/** Each customer's count of distinct values among its pairs (`count(c)`: the pairs pushed for it). */
function distinctCounts(pairs: Pairs, customers: number, count: (c: number) => number): Int32Array {
  const grouped = pairs.groupBy(customers, count);
  const out = new Int32Array(customers);
  distinctEach(grouped.values, grouped.start, customers, (c, distinct) => {
    out[c] = distinct;
  });
  return out;
}

/** Pairs per chunk: chunks are filled and never copied (no large reallocation while reading). */
const CHUNK = 65_536;

/** Values of pairs: two bytes each while every value fits (a day counted back from asOf: 179 years), four otherwise. */
type Values = Uint16Array | Int32Array;

/**
 * (customer, value) pairs of non-negative values, in fixed-size chunks: customers in Int32Arrays,
 * values in Uint16Arrays until one does not fit (then every chunk is widened to Int32Array once).
 * Six bytes a pair, for the purchase days of millions of rows.
 */
class Pairs {
  readonly #customers: Int32Array[] = [];
  readonly #values: Values[] = [];
  #current: Int32Array = new Int32Array(0);
  #currentValues: Values = new Uint16Array(0);
  #wide = false;
  #at = 0;
  #length = 0;

  push(c: number, v: number): void {
    if (this.#at === this.#current.length) {
      const size = this.#customers.length === 0 ? INITIAL : CHUNK;
      this.#current = new Int32Array(size);
      this.#currentValues = this.#wide ? new Int32Array(size) : new Uint16Array(size);
      this.#customers.push(this.#current);
      this.#values.push(this.#currentValues);
      this.#at = 0;
    }
    if (v > 0xffff && !this.#wide) this.#widen();
    this.#current[this.#at] = c;
    this.#currentValues[this.#at++] = v;
    this.#length++;
  }

  #widen(): void {
    this.#wide = true;
    for (let k = 0; k < this.#values.length; k++) this.#values[k] = Int32Array.from(this.#values[k]!);
    this.#currentValues = this.#values[this.#values.length - 1]!;
  }

  /**
   * The values grouped by customer (a counting sort, stable; `count(c)` is how many pairs
   * customer `c` has): customer `c`'s at `start[c] .. start[c + 1]`. Frees the pairs.
   */
  groupBy(customers: number, count: (c: number) => number): { values: Values; start: Int32Array } {
    const start = new Int32Array(customers + 1);
    for (let c = 0; c < customers; c++) start[c + 1] = start[c]! + count(c);
    const next = start.slice(0, customers);
    const values: Values = this.#wide ? new Int32Array(this.#length) : new Uint16Array(this.#length);
    const last = this.#customers.length - 1;
    for (let k = 0; k <= last; k++) {
      const chunk = this.#customers[k]!;
      const vs = this.#values[k]!;
      for (let i = 0, n = k === last ? this.#at : chunk.length; i < n; i++) values[next[chunk[i]!]!++] = vs[i]!;
      // freed as soon as read
      this.#customers[k] = EMPTY;
      this.#values[k] = EMPTY;
    }
    this.#customers.length = 0;
    this.#values.length = 0;
    this.#current = EMPTY;
    this.#at = 0;
    this.#length = 0;
    return { values, start };
  }
}

const EMPTY = /* @__PURE__ */ new Int32Array(0);

/** Sorts `a[from..to)` ascending: insertion sort for a short run (no view object), the built-in sort otherwise. */
function sortRun(a: Values, from: number, to: number): void {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * Reads dates as calendar days with the one parser (`createDayCounter`), taking the shortcuts
 * that give the same day without it: epoch milliseconds in UTC by arithmetic, the
 * most common date strings by `fastText` when given (a batch passes the scoring module's fast
 * reader, tested to give createDayCounter's day; `NaN` for a text it does not read), and any other
 * string already seen from a small table (the same text always reads as the same day). The path
 * of an error is built only when there is one.
 * @internal
 */
export function dayReader(days: DayCounter, fastText?: (text: string, utc: boolean) => number): (value: unknown, path: () => ErrorPath) => number {
  const utc = days.zone === 'UTC';
  let seen = new Map<string, number>();
  return (value, path) => {
    // Numbers in UTC by arithmetic; Dates (of any realm) through the counter.
    if (utc && typeof value === 'number' && Math.abs(value) <= MAX_INSTANT) return Math.floor(value / DAY_MS);
    if (typeof value !== 'string') return days.day(value, path());
    if (fastText !== undefined) {
      const fast = fastText(value, utc);
      if (fast === fast) return fast;
    }
    let day = seen.get(value);
    if (day === undefined) {
      day = days.day(value, path());
      // Timestamps rarely repeat: a table grown large starts over.
      if (seen.size >= 4096) seen = new Map();
      seen.set(value, day);
    }
    return day;
  };
}
