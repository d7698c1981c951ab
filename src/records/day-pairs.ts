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
