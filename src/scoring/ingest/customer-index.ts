import { compareCustomerIds, type CustomerId } from '../../records/index.js';
import { findOrInsert, lookup, MAX_INLINE, newIdTable, packId, sortedIndexes, type IdTable } from '../../records/id-table.js';

/** Integer ids in 0..DIRECT_LIMIT − 1 are indexed through a direct table (at most 16 MB). */
const DIRECT_LIMIT = 4_194_304; // 2^22, a literal so bundlers can drop it

/**
 * Customer ids → dense indexes 0, 1, 2, … in order of first appearance. Which structure holds an
 * id depends on the id alone, so they never overlap: small non-negative integers in a direct
 * table (no hashing), strings of up to {@link MAX_INLINE} code units in an inline-key hash table
 * (one cache line per lookup of a fresh string), anything else in a `Map`.
 * @internal
 */
export class CustomerIndex {
  /** The ids, by dense index. */
  readonly ids: CustomerId[] = [];
  /** The short string ids. */
  readonly table: IdTable = newIdTable();
  private readonly map = new Map<CustomerId, number>();
  private direct = new Int32Array(1024);

  /** The number of customers indexed. */
  get count(): number {
    return this.ids.length;
  }

  /** The dense index of an id, or -1. */
  get(id: CustomerId): number {
    if (typeof id === 'number' && id >= 0 && id < DIRECT_LIMIT && (id | 0) === id) return id < this.direct.length ? this.direct[id]! - 1 : -1;
    if (typeof id === 'string' && id.length <= MAX_INLINE) return lookup(this.table, id);
    return this.map.get(id) ?? -1;
  }

  /**
   * The dense index of a short string id packed in `words` from `off` (hash `h`), added when new
   * (then the result is the previous {@link count}).
   */
  tableIndex(id: string, h: number, words: Int32Array, off: number): number {
    const k = findOrInsert(this.table, h, id.length, words, off, this.ids.length);
    if (k === this.ids.length) this.ids.push(id);
    return k;
  }

  /** The dense index of an id the table does not hold (numbers, long strings), added when new. */
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
    const v = this.map.get(id);
    if (v !== undefined) return v;
    const k = this.ids.length;
    this.map.set(id, k);
    this.ids.push(id);
    return k;
  }

  /** The dense index of any id, added when new. */
  indexOf(id: CustomerId): number {
    if (typeof id === 'string' && id.length <= MAX_INLINE) {
      // One probe finds the id or inserts it.
      const words = this.table.scratch;
      return this.tableIndex(id, packId(id, words, 0), words, 0);
    }
    return this.otherIndex(id);
  }

  /** The customers in id order ({@link compareCustomerIds}). */
  order(): IdOrder {
    return idOrder(this.ids, this);
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
 * take one numeric sort of their packed code units; all-string and all-number ids take the
 * engine's native sort (the default string sort compares UTF-16 code units, as
 * `compareCustomerIds` does) and map back through the index; mixed ids a comparator sort.
 * @internal
 */
export function idOrder(ids: readonly CustomerId[], index?: CustomerIndex): IdOrder {
  const n = ids.length;
  const order = new Uint32Array(n);
  const strings = countStrings(ids);
  if (index !== undefined && index.table.size === n && n > 0) sortedIndexes(index.table, ids, order, n);
  else if (strings === n || strings === 0) {
    const map = index ?? new Map(ids.map((id, i) => [id, i]));
    const at = (id: CustomerId): number => (map instanceof Map ? map.get(id)! : map.get(id));
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
