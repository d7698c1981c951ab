import { CrmTaxonomyError } from '../errors/index.js';
import type { ErrorPath } from '../errors/index.js';
import { addExact, DAY_MS, exactSum, MAX_INSTANT, type DayCounter } from '../records/index.js';

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
  readonly directed: number;
  readonly directedUnknown: number;
}

/** The evidence of a customer with no transaction. @internal */
export const NO_TRANSACTIONS: TxEvidence = /* @__PURE__ */ Object.freeze({
  transactions: 0,
  purchaseDays: 0,
  firstDay: Number.NaN,
  lastDay: Number.NaN,
  recentDays: 0,
  revenue: 0,
  profit: 0,
  categories: 0,
  uncategorized: 0,
  directed: 0,
  directedUnknown: 0,
});

/**
 * Exact running sums per customer: a plain double while every addend is an integer and the total
 * stays a safe integer (then the double IS the exact sum), a Shewchuk expansion otherwise.
 */
class ExactSums {
  sum: Float64Array = new Float64Array(INITIAL);
  slow: Map<number, number[]> | undefined;

  grow(capacity: number): void {
    const next = new Float64Array(capacity);
    next.set(this.sum);
    this.sum = next;
  }

  /** Adds `x` to customer `c`'s sum; false on overflow. */
  add(c: number, x: number): boolean {
    const slow = this.slow?.get(c);
    if (slow === undefined) {
      const t = this.sum[c]! + x;
      if (Number.isInteger(x) && t <= Number.MAX_SAFE_INTEGER && t >= -Number.MAX_SAFE_INTEGER) {
        this.sum[c] = t;
        return true;
      }
      const partials = [this.sum[c]!];
      (this.slow ??= new Map()).set(c, partials);
      return addExact(partials, x);
    }
    return addExact(slow, x);
  }

  value(c: number): number {
    const slow = this.slow?.get(c);
    const v = slow === undefined ? this.sum[c]! : exactSum(slow);
    return v === 0 ? 0 : v;
  }
}

/**
 * Per-customer state while reading transactions, in columns indexed by a dense customer number:
 * counts and exact sums, and the (customer, day) pairs of purchases — one pair per run of equal
 * days of a customer, sorted once at the end. Every record costs O(1); memory is O(customers)
 * plus one pair per purchase day.
 * @internal
 */
export class Ingest {
  customers = 0;
  private capacity = INITIAL;
  private tx: Int32Array = new Int32Array(INITIAL);
  private profitMissing: Int32Array = new Int32Array(INITIAL);
  private uncategorized: Int32Array = new Int32Array(INITIAL);
  private directed: Int32Array = new Int32Array(INITIAL);
  private directedUnknown: Int32Array = new Int32Array(INITIAL);
  private lastPushed: Int32Array = new Int32Array(INITIAL).fill(NONE);
  private readonly revenue = new ExactSums();
  private readonly profit = new ExactSums();
  private readonly dayPairs = new Pairs();
  private categoryPairs: Pairs | undefined;
  private categoryIds: Map<string, number> | undefined;
  private lastCategory: Int32Array | undefined;
  private overflow = false;
  /** After {@link prepare}: each customer's purchase days, sorted, at `dayStart[c] .. dayStart[c + 1]`. */
  private days: Int32Array | undefined;
  private dayStart: Int32Array | undefined;
  private categoryCount: Int32Array | undefined;

  /** A new customer; returns its number. */
  addCustomer(): number {
    if (this.customers === this.capacity) this.grow();
    return this.customers++;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const int = (a: Int32Array): Int32Array => {
      const next = new Int32Array(capacity);
      next.set(a);
      return next;
    };
    this.tx = int(this.tx);
    this.profitMissing = int(this.profitMissing);
    this.uncategorized = int(this.uncategorized);
    this.directed = int(this.directed);
    this.directedUnknown = int(this.directedUnknown);
    const last = new Int32Array(capacity).fill(NONE);
    last.set(this.lastPushed);
    this.lastPushed = last;
    if (this.lastCategory !== undefined) {
      const next = new Int32Array(capacity).fill(NONE);
      next.set(this.lastCategory);
      this.lastCategory = next;
    }
    this.revenue.grow(capacity);
    this.profit.grow(capacity);
    this.capacity = capacity;
  }

  /**
   * Folds one transaction, already read and checked (a calendar day not after asOf, finite
   * amount and profit), into customer `c`. No check here: this is the hot loop.
   */
  add(c: number, day: number, amount: number, profit: number | undefined, category: string | null | undefined, directed: boolean | null | undefined): void {
    this.tx[c]!++;
    if (!this.revenue.add(c, amount)) this.overflow = true;
    if (profit === undefined) this.profitMissing[c]!++;
    else if (!this.profit.add(c, profit)) this.overflow = true;
    if (amount < 0) return;
    if (this.lastPushed[c] !== day) {
      this.lastPushed[c] = day;
      this.dayPairs.push(c, day);
    }
    if (category === undefined || category === null || category === '') this.uncategorized[c]!++;
    else this.addCategory(c, category);
    if (directed === true) this.directed[c]!++;
    else if (directed !== false) this.directedUnknown[c]!++;
  }

  private addCategory(c: number, category: string): void {
    const ids = (this.categoryIds ??= new Map());
    let k = ids.get(category);
    if (k === undefined) ids.set(category, (k = ids.size));
    if (this.lastCategory === undefined) this.lastCategory = new Int32Array(this.capacity).fill(NONE);
    if (this.lastCategory[c] === k) return;
    this.lastCategory[c] = k;
    (this.categoryPairs ??= new Pairs()).push(c, k);
  }

  /** Whether customer `c` has any transaction. */
  has(c: number): boolean {
    return this.tx[c]! > 0;
  }

  /** Net revenue of customer `c`. */
  revenueOf(c: number): number {
    return this.revenue.value(c);
  }

  /** Profit of customer `c`: the exact sum of the profits, or `null` when a transaction has none. */
  profitOf(c: number): number | null {
    return this.profitMissing[c] === 0 ? this.profit.value(c) : null;
  }

  /**
   * Sorts the purchase days (and categories) by customer, once, after the last record: a counting
   * sort by customer, then each customer's own days sorted. Throws `not_computable` when a sum
   * overflowed a double.
   */
  prepare(path: ErrorPath): void {
    if (this.overflow) {
      throw new CrmTaxonomyError('not_computable', { what: 'net revenue or profit', cause: 'the sum of the amounts exceeds the largest number (about 1.8e308)' }, { path });
    }
    const byDay = this.dayPairs.groupBy(this.customers);
    this.days = byDay.values;
    this.dayStart = byDay.start;
    for (let c = 0; c < this.customers; c++) {
      const a = byDay.start[c]!;
      const b = byDay.start[c + 1]!;
      if (b - a > 1) byDay.values.subarray(a, b).sort();
    }
    if (this.categoryPairs !== undefined) {
      const byCategory = this.categoryPairs.groupBy(this.customers);
      const count = new Int32Array(this.customers);
      for (let c = 0; c < this.customers; c++) {
        const a = byCategory.start[c]!;
        const b = byCategory.start[c + 1]!;
        if (b - a > 1) byCategory.values.subarray(a, b).sort();
        count[c] = distinct(byCategory.values, a, b);
      }
      this.categoryCount = count;
      this.categoryPairs = undefined;
    }
  }

  /** The evidence of customer `c` (after {@link prepare}). */
  evidence(c: number, asOfDay: number, windowDays: number, marginRate: number | null): TxEvidence {
    const days = this.days!;
    const a = this.dayStart![c]!;
    const b = this.dayStart![c + 1]!;
    const from = asOfDay - windowDays;
    let purchaseDays = 0;
    let recentDays = 0;
    let previous = NONE;
    for (let i = a; i < b; i++) {
      const d = days[i]!;
      if (d === previous) continue;
      previous = d;
      purchaseDays++;
      if (d > from) recentDays++;
    }
    const revenue = this.revenueOf(c);
    const profit = this.profitOf(c);
    return {
      transactions: this.tx[c]!,
      purchaseDays,
      firstDay: b > a ? days[a]! : Number.NaN,
      lastDay: b > a ? days[b - 1]! : Number.NaN,
      recentDays,
      revenue,
      profit: profit ?? (marginRate === null ? null : revenue * marginRate),
      categories: this.categoryCount?.[c] ?? 0,
      uncategorized: this.uncategorized[c]!,
      directed: this.directed[c]!,
      directedUnknown: this.directedUnknown[c]!,
    };
  }

  /** Frees the per-record storage (the pairs) once every customer's evidence is read. */
  release(): void {
    this.days = undefined;
    this.dayStart = undefined;
  }
}

function distinct(values: Int32Array, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (i === a || values[i] !== values[i - 1]) n++;
  return n;
}

/** (customer, value) pairs in two growable Int32Arrays. */
class Pairs {
  private customer: Int32Array = new Int32Array(INITIAL);
  private value: Int32Array = new Int32Array(INITIAL);
  length = 0;

  push(c: number, v: number): void {
    if (this.length === this.customer.length) {
      const capacity = this.length + (this.length >> 1) + INITIAL;
      const customer = new Int32Array(capacity);
      customer.set(this.customer);
      const value = new Int32Array(capacity);
      value.set(this.value);
      this.customer = customer;
      this.value = value;
    }
    this.customer[this.length] = c;
    this.value[this.length++] = v;
  }

  /** The values grouped by customer (a counting sort, stable): customer `c`'s at `start[c] .. start[c + 1]`. Frees the pairs. */
  groupBy(customers: number): { values: Int32Array; start: Int32Array } {
    const start = new Int32Array(customers + 1);
    for (let i = 0; i < this.length; i++) start[this.customer[i]! + 1]!++;
    for (let c = 0; c < customers; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, customers);
    const values = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) values[next[this.customer[i]!]!++] = this.value[i]!;
    this.customer = new Int32Array(0);
    this.value = new Int32Array(0);
    this.length = 0;
    return { values, start };
  }
}

/**
 * Reads dates as calendar days with the one parser (`createDayCounter`), taking the shortcuts
 * that give the same day without it: epoch milliseconds and `Date`s in UTC by arithmetic, and a
 * string already seen from a small cache (the same text always reads as the same day).
 * @internal
 */
export function dayReader(days: DayCounter): (value: unknown, path: () => ErrorPath) => number {
  const utc = days.timeZone.toUpperCase() === 'UTC' || days.timeZone === 'Etc/UTC';
  const cache = new Map<string, number>();
  return (value, path) => {
    if (utc) {
      if (typeof value === 'number') {
        if (Math.abs(value) <= MAX_INSTANT) return Math.floor(value / DAY_MS);
      } else if (value instanceof Date) {
        const t = value.getTime();
        if (Math.abs(t) <= MAX_INSTANT) return Math.floor(t / DAY_MS);
      }
    }
    if (typeof value === 'string') {
      let day = cache.get(value);
      if (day === undefined) {
        day = days.day(value, path());
        if (cache.size >= 4096) cache.clear();
        cache.set(value, day);
      }
      return day;
    }
    return days.day(value, path());
  };
}
