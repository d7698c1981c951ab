/**
 * (customer, day) pairs gathered in one pass over transactions, and grouped once at the end: how
 * the batch functions learn each customer's distinct purchase days in linear time, with no list per
 * customer while reading (a growing array per customer cost more in garbage collection than the
 * rest of the pass).
 * @internal
 */
export class DayPairs {
  data = new Int32Array(2048);
  length = 0;

  /** Adds the pair (customer k, day). */
  push(k: number, day: number): void {
    if (this.length + 2 > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = k;
    this.data[this.length++] = day;
  }

  /** The pairs grouped by customer (a counting sort): customer k's days are `days[start[k]] … days[start[k + 1] - 1]`, in the order they came. */
  group(customers: number): { readonly start: Int32Array; readonly days: Int32Array } {
    const data = this.data;
    const pairs = this.length >> 1;
    const start = new Int32Array(customers + 1);
    for (let i = 0; i < pairs; i++) start[data[2 * i]! + 1]!++;
    for (let k = 0; k < customers; k++) start[k + 1]! += start[k]!;
    const fill = start.slice(0, customers);
    const days = new Int32Array(pairs);
    for (let i = 0; i < pairs; i++) days[fill[data[2 * i]!]!++] = data[2 * i + 1]!;
    return { start, days };
  }
}

/**
 * Each customer's days sorted and without repeats, in place: returns how many distinct days each
 * customer has (they are the first ones of its segment of `days`). A segment already in order is
 * not sorted again.
 * @internal
 */
export function sortDistinctPerCustomer(start: Int32Array, days: Int32Array): Int32Array {
  const customers = start.length - 1;
  const distinct = new Int32Array(customers);
  for (let k = 0; k < customers; k++) {
    const from = start[k]!;
    const to = start[k + 1]!;
    let ordered = true;
    for (let i = from + 1; i < to; i++) {
      if (days[i]! < days[i - 1]!) {
        ordered = false;
        break;
      }
    }
    if (!ordered) days.subarray(from, to).sort();
    let n = from;
    for (let i = from; i < to; i++) if (i === from || days[i] !== days[n - 1]) days[n++] = days[i]!;
    distinct[k] = n - from;
  }
  return distinct;
}

/**
 * Distinct days per customer from (customer, day) pairs, in linear time: a counting sort by
 * customer, then one pass per customer with a day-stamp table (or a sort of that customer's days
 * when the calendar span is too wide for a table).
 */
function distinctPerCustomer(pairs: DayPairs, n: number): Int32Array {
  const out = new Int32Array(n);
  if (pairs.length === 0) return out;
  const { start, days: grouped } = pairs.group(n);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < grouped.length; i++) {
    const d = grouped[i]!;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const span = maxDay - minDay + 1;
  if (span <= 1 << 24) {
    const stamp = new Int32Array(span);
    for (let k = 0; k < n; k++) {
      let distinct = 0;
      for (let i = start[k]!; i < start[k + 1]!; i++) {
        const at = grouped[i]! - minDay;
        if (stamp[at] !== k + 1) {
          stamp[at] = k + 1;
          distinct++;
        }
      }
      out[k] = distinct;
    }
    return out;
  }
  return sortDistinctPerCustomer(start, grouped);
}

/** Days of a packed pair's window: a pair is `customer · 2^11 + (day − base)`. */
const WINDOW_BITS = 11;
const WINDOW = 1 << WINDOW_BITS;
/** Customers a packed pair can name (so that a pair fits 32 bits). */
const PACKED_CUSTOMERS = 1 << 21;
/** Customers of a bucket: their pairs span 2^20 bits (a 128 KB bitmap, in cache while counting). */
const BUCKET_BITS = 9;
const BUCKET_KEYS = 1 << (BUCKET_BITS + WINDOW_BITS);
/** First and largest chunk of a bucket (pairs). */
const FIRST_CHUNK = 64;
const MAX_CHUNK = 4096;

/**
 * (customer, day) pairs of purchase days, for the distinct days of each customer (the lifetime-value
 * summary, and RFM frequency under `sameDay: 'once'`), in linear time
 * and little memory. A pair whose day lies in a window of 2,048 days around the first day seen
 * (and whose customer index is below 2^21) is packed into one 32-bit word, in the bucket of its
 * customer's block of 512, in chunks that are never copied: half the memory of plain pairs and no
 * garbage while reading (a large pass then allocates little that a garbage collection would have
 * to account for). Counting takes one pass per bucket over a bitmap of its (customer, day) pairs
 * that stays in cache. Any other pair is kept apart as a {@link DayPairs}; which store a pair goes
 * to depends on the pair alone, so {@link counts} adds the distinct days of both.
 * @internal
 */
export class DistinctDays {
  /** The chunk being filled, by bucket. */
  private readonly current: Uint32Array[] = [];
  private fills = new Int32Array(64);
  /** Full chunks, by bucket. */
  private readonly full: Uint32Array[][] = [];
  private base = NaN;
  private readonly wide = new DayPairs();

  /** Adds the pair (customer k, day). */
  push(k: number, day: number): void {
    let off = day - this.base;
    if (!(off >= 0 && off < WINDOW)) {
      if (this.base === this.base) {
        this.wide.push(k, day);
        return;
      }
      this.base = day - WINDOW / 2;
      off = WINDOW / 2;
    }
    if (k >= PACKED_CUSTOMERS) {
      this.wide.push(k, day);
      return;
    }
    const b = k >>> BUCKET_BITS;
    if (b >= this.current.length) this.addBuckets(b);
    let chunk = this.current[b]!;
    let fill = this.fills[b]!;
    if (fill === chunk.length) {
      this.full[b]!.push(chunk);
      chunk = new Uint32Array(Math.min(chunk.length * 2, MAX_CHUNK));
      this.current[b] = chunk;
      fill = 0;
    }
    chunk[fill] = k * WINDOW + off;
    this.fills[b] = fill + 1;
  }

  private addBuckets(b: number): void {
    while (this.current.length <= b) {
      this.current.push(new Uint32Array(FIRST_CHUNK));
      this.full.push([]);
    }
    if (this.fills.length < this.current.length) {
      const next = new Int32Array(Math.max(this.current.length, this.fills.length * 2));
      next.set(this.fills);
      this.fills = next;
    }
  }

  /** The number of distinct days of each of customers 0..n − 1. */
  counts(n: number): Int32Array {
    const out = this.wide.length === 0 ? new Int32Array(n) : distinctPerCustomer(this.wide, n);
    if (this.current.length === 0) return out;
    // A bucket's pairs span at most (its customers) · 2,048 bits: small inputs take a small bitmap.
    const words = new Int32Array(Math.min(BUCKET_KEYS, n * WINDOW) >>> 5);
    for (let b = 0; b < this.current.length; b++) {
      const chunks = [...this.full[b]!, this.current[b]!.subarray(0, this.fills[b]!)];
      for (const c of chunks) countNew(c, words, out);
      if (b + 1 < this.current.length) words.fill(0);
    }
    return out;
  }
}

/** Sets the bit of every pair of a chunk in its bucket's bitmap; counts the new ones per customer. */
function countNew(chunk: Uint32Array, words: Int32Array, out: Int32Array): void {
  for (let i = 0; i < chunk.length; i++) {
    const key = chunk[i]!;
    const bit = key & (BUCKET_KEYS - 1);
    const w = bit >>> 5;
    const m = 1 << (bit & 31);
    const v = words[w]!;
    if ((v & m) === 0) {
      words[w] = v | m;
      out[key >>> WINDOW_BITS]!++;
    }
  }
}
