import { compareCustomerIds, type CustomerId } from '../../records/index.js';
import { sortStringIds } from '../../records/string-order.js';
import { findOrInsertString, findString, newStringTable, packKey, type StringTable } from './string-table.js';

/** Integer ids in 0..DIRECT_LIMIT − 1 are indexed through a direct table (at most 16 MB). */
const DIRECT_LIMIT = 4_194_304; // 2^22, a literal so bundlers can drop it

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** A number's hash under `seed`: murmur3's finalizer over its 64 bits. */
function numberHash(id: number, seed: number): number {
  F64[0] = id;
  let h = Math.imul(seed ^ U32[0]!, 0xcc9e2d51);
  h = Math.imul(h ^ (h >>> 15) ^ U32[1]!, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Customer ids → dense indexes 0, 1, 2, … in order of first appearance. Which structure holds an
 * id depends on the id alone, so they never overlap: small non-negative integers in a direct
 * table (no hashing), strings in a hash table of small dense arrays ({@link StringTable}), other
 * numbers in a table of slots hashed with the same seed (a `Map` hashes numbers without one, so
 * ids built to share a hash made every insert walk one chain: 60,000 took 20 s).
 * @internal
 */
export class CustomerIndex {
  /** The ids, by dense index. */
  readonly ids: CustomerId[] = [];
  /** The string ids (replaced, empty, once {@link takeOrder} has used its memory). */
  table: StringTable = newStringTable();
  /** Other numbers: slots holding `k + 1`, at most half full (none until the first). */
  private numbers = new Int32Array(0);
  private numberCount = 0;
  private readonly seed = this.table.seed;
  private direct = new Int32Array(1024);

  /** The number of customers indexed. */
  get count(): number {
    return this.ids.length;
  }

  /** The dense index of an id, or -1. */
  get(id: CustomerId): number {
    if (typeof id === 'number' && id >= 0 && id < DIRECT_LIMIT && (id | 0) === id) return id < this.direct.length ? this.direct[id]! - 1 : -1;
    if (typeof id === 'string') {
      const row = this.table.scratch;
      return findString(this.table, this.ids, id, packKey(id, row, 0, this.table.seed), row, 0);
    }
    return this.numbers.length === 0 ? -1 : this.numberIndex(id as number, false);
  }

  /** The dense index of a number in the slots, or -1; added when new and `add`. */
  private numberIndex(id: number, add: boolean): number {
    const mask = this.numbers.length - 1;
    for (let p = numberHash(id, this.seed) & mask; ; p = (p + 1) & mask) {
      const v = this.numbers[p]!;
      if (v === 0) {
        if (!add) return -1;
        const k = this.ids.length;
        this.numbers[p] = k + 1;
        this.numberCount++;
        this.ids.push(id);
        return k;
      }
      if (this.ids[v - 1] === id) return v - 1;
    }
  }

  /** The dense index of a string id of hash `h` and key row in `row` from `off`, added when new (then the result is the previous {@link count}). */
  tableIndex(id: string, h: number, row: Int32Array, off: number): number {
    const k = findOrInsertString(this.table, this.ids, id, h, row, off, this.ids.length);
    if (k === this.ids.length) this.ids.push(id);
    return k;
  }

  /** The dense index of an id the table does not hold (numbers), added when new. */
  otherIndex(id: CustomerId): number {
    if (typeof id === 'number' && id >= 0 && id < DIRECT_LIMIT && (id | 0) === id) {
      let k = id < this.direct.length ? this.direct[id]! - 1 : -1;
      if (k < 0) {
        k = this.ids.length;
        if (id >= this.direct.length) {
          const next = new Int32Array(Math.max(id + 1, this.direct.length * 2));
          next.set(this.direct);
          this.direct = next;
        }
        this.direct[id] = k + 1;
        this.ids.push(id);
      }
      return k;
    }
    if (this.numberCount * 2 >= this.numbers.length) {
      // Double the slots (1,024 at first) and place the numbers again.
      const next = new Int32Array(Math.max(1024, this.numbers.length * 2));
      const mask = next.length - 1;
      for (const v of this.numbers) {
        if (v === 0) continue;
        let p = numberHash(this.ids[v - 1] as number, this.seed) & mask;
        while (next[p] !== 0) p = (p + 1) & mask;
        next[p] = v;
      }
      this.numbers = next;
    }
    return this.numberIndex(id as number, true);
  }

  /** The dense index of any id, added when new. */
  indexOf(id: CustomerId): number {
    if (typeof id === 'string') {
      // One probe finds the id or inserts it.
      const row = this.table.scratch;
      return this.tableIndex(id, packKey(id, row, 0, this.table.seed), row, 0);
    }
    return this.otherIndex(id);
  }

  /** Adds an id; whether it was new (a set of ids, linear whatever the ids). */
  add(id: CustomerId): boolean {
    const n = this.ids.length;
    return this.indexOf(id) === n;
  }

  /** The customers in id order ({@link compareCustomerIds}). */
  order(): IdOrder {
    return idOrder(this.ids, this);
  }

  /**
   * {@link order}, built in the string table's own memory when it holds every id (its slots, at
   * most half full, have room for n doubles): the index answers no lookup afterwards.
   */
  takeOrder(): Uint32Array {
    const n = this.ids.length;
    if (this.table.size !== n || n === 0) return this.order().order;
    const slots = this.table.slots;
    this.table = newStringTable();
    return sortStringIds(this.ids as string[], n, new Float64Array(slots.buffer, 0, n));
  }
}

/** Customers in id order: `order[p]` is the customer at position p. @internal */
export interface IdOrder {
  readonly order: Uint32Array;
}

function countStrings(ids: readonly CustomerId[]): number {
  let strings = 0;
  for (let i = 0; i < ids.length; i++) if (typeof ids[i] === 'string') strings++;
  return strings;
}

/**
 * Sorts customer indexes by id ({@link compareCustomerIds}). Ids all held in the string table
 * take one numeric sort of their leading code units; all-string and all-number ids take the
 * engine's native sort (the default string sort compares UTF-16 code units, as
 * `compareCustomerIds` does) and map back through the index; mixed ids a comparator sort.
 * @internal
 */
export function idOrder(ids: readonly CustomerId[], index?: CustomerIndex): IdOrder {
  const n = ids.length;
  if (index !== undefined && index.table.size === n && n > 0) return { order: sortStringIds(ids as readonly string[], n, new Float64Array(n)) };
  const order = new Uint32Array(n);
  const strings = countStrings(ids);
  if (strings === n || strings === 0) {
    // Distinct ids: each one's dense index in a fresh index is its position.
    let map = index;
    if (map === undefined) {
      map = new CustomerIndex();
      for (const id of ids) map.indexOf(id);
    }
    const at = (id: CustomerId): number => map.get(id);
    if (strings === n) {
      const sorted = (ids as readonly string[]).slice().sort();
      for (let p = 0; p < n; p++) order[p] = at(sorted[p]!);
    } else {
      const sorted = Float64Array.from(ids as readonly number[]).sort();
      for (let p = 0; p < n; p++) order[p] = at(sorted[p]!);
    }
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => compareCustomerIds(ids[a]!, ids[b]!));
  }
  return { order };
}
