import { DistinctDays } from '../../records/day-pairs.js';
import { growExpansion, roundExpansion } from '../../records/index.js';

/** Fields of the per-customer state, {@link STRIDE} integers per customer. @internal */
export const LAST_PURCHASE = 0;
/** @internal */
export const LAST_ANY = 1;
/** @internal */
export const PURCHASES = 2;
/** @internal */
export const STRIDE = 4;
/** The "no day" sentinel of the state. @internal */
export const NO_DAY = -2147483648;

/** A copy of a typed array in a larger one of the same type. @internal */
export function grown<A extends Int32Array | Float64Array | Uint8Array>(a: A, size: number): A {
  const next = new (a.constructor as new (n: number) => A)(size);
  next.set(a);
  return next;
}

/** A fresh state array for `n` customers. @internal */
export function newState(n: number): Int32Array {
  const state = new Int32Array(n * STRIDE);
  for (let o = 0; o < state.length; o += STRIDE) {
    state[o + LAST_PURCHASE] = NO_DAY;
    state[o + LAST_ANY] = NO_DAY;
  }
  return state;
}

/**
 * Exact sums in a `Float64Array`: slot k holds the plain double sum while every addition was exact
 * (always so for integer amounts below 2^53), and `NaN` once an addition rounded: from then on
 * `exact` holds the slot's sum as Shewchuk's partials. Either way the sum is the exact one, so it
 * does not depend on the order of the amounts. The hot loops inline the common case, an exact
 * `t = s + a`: then `t − s` and `t − a` give back `a` and `s` exactly, and when the addition rounds
 * the one of them Dekker's Fast2Sum computes exactly (the larger operand's) does not (a `NaN`
 * slot never passes) — anything else comes here.
 * @internal
 */
export function addRounded(sum: Float64Array, exact: Map<number, number[]>, k: number, a: number): void {
  const s = sum[k]!;
  if (s !== s) {
    growExpansion(exact.get(k)!, a);
    return;
  }
  const partials = [s];
  growExpansion(partials, a);
  exact.set(k, partials);
  sum[k] = NaN;
}

/** Adds `a` to slot k of an exact sum ({@link addRounded}). @internal */
export function addExactly(sum: Float64Array, exact: Map<number, number[]>, k: number, a: number): void {
  const s = sum[k]!;
  const t = s + a;
  if (t - s === a && t - a === s) sum[k] = t;
  else addRounded(sum, exact, k, a);
}

/** The exact sum in slot k ({@link addRounded}), rounded to a double (never −0). @internal */
export function exactValue(sum: Float64Array, exact: Map<number, number[]>, k: number): number {
  const s = sum[k]!;
  const v = s === s ? s : roundExpansion(exact.get(k)!);
  return v === 0 ? 0 : v;
}

/**
 * What one pass over transactions keeps per customer, in typed arrays indexed by dense customer
 * index: last purchase day, last day, purchases and the exact-sum flag interleaved in `state`
 * ({@link STRIDE} integers per customer, one cache line for several customers), net amounts in
 * `sum` (exact, see {@link addExactly}), profits when asked, and with `sameDay: 'once'` one
 * (customer, day) pair per purchase. Memory is proportional to customers (and to purchases for
 * the pairs).
 * @internal
 */
export class CustomerState {
  /** Customers with a state. */
  count = 0;
  private capacity: number;
  state: Int32Array;
  sum: Float64Array;
  /** Partials of the sums that rounded once, by customer. */
  readonly exact = new Map<number, number[]>();
  profit: Float64Array | undefined;
  readonly profitExact = new Map<number, number[]>();
  /** The (customer, day) pairs of purchases, for `sameDay: 'once'`. */
  readonly days: DistinctDays | undefined;

  constructor(capacity: number, options: { readonly profit: boolean; readonly pairs: boolean }) {
    this.capacity = Math.max(capacity, 1);
    this.state = newState(this.capacity);
    this.sum = new Float64Array(this.capacity);
    if (options.profit) this.profit = new Float64Array(this.capacity);
    this.days = options.pairs ? new DistinctDays() : undefined;
  }

  /** Makes room for customers 0..n − 1. */
  reserve(n: number): void {
    if (n > this.count) this.count = n;
    if (n <= this.capacity) return;
    let cap = this.capacity;
    while (cap < n) cap *= 2;
    const state = newState(cap);
    state.set(this.state);
    this.state = state;
    this.sum = grown(this.sum, cap);
    if (this.profit !== undefined) this.profit = grown(this.profit, cap);
    this.capacity = cap;
  }

  /** The exact net amount of customer k, rounded to a double (never −0). */
  net(k: number): number {
    return exactValue(this.sum, this.exact, k);
  }

  /** The exact profit of customer k, rounded (never −0). */
  profitOf(k: number): number {
    return exactValue(this.profit!, this.profitExact, k);
  }
}

/**
 * Applies `n` read transactions to the state in order: last days, purchase counts, the (customer,
 * day) pairs of `sameDay: 'once'`, exact sums. Customers must have room ({@link CustomerState.reserve}).
 * @internal
 */
export function applyTransactions(
  st: CustomerState,
  n: number,
  customer: Int32Array,
  day: Int32Array,
  amount: Float64Array,
  profit: Float64Array | undefined,
  once: boolean,
): void {
  const state = st.state;
  const sum = st.sum;
  const exact = st.exact;
  for (let j = 0; j < n; j++) {
    const k = customer[j]!;
    const d = day[j]!;
    const a = amount[j]!;
    const o = k * STRIDE;
    if (d > state[o + LAST_ANY]!) state[o + LAST_ANY] = d;
    if (a >= 0) {
      if (d > state[o + LAST_PURCHASE]!) state[o + LAST_PURCHASE] = d;
      state[o + PURCHASES]!++;
      if (once) st.days!.push(k, d);
    }
    // The common case inline: the addition is exact (integer amounts always are).
    const s = sum[k]!;
    const t = s + a;
    if (t - s === a && t - a === s) sum[k] = t;
    else addRounded(sum, exact, k, a);
    if (profit !== undefined) addExactly(st.profit!, st.profitExact, k, profit[j]!);
  }
}

