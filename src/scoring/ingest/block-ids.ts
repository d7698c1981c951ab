import type { CustomerId } from '../../records/index.js';
import type { CustomerIndex } from './customer-index.js';
import { firstCandidate, isKey, KEY_CHUNK, KEY_SHIFT, KEY_WORDS, packKey, touchSlot } from './string-table.js';

/** Records resolved and applied together. @internal */
export const BLOCK = 256;

/** How a buffered record's customer is found: as the previous record's, in the id table, otherwise. */
const SAME = 0;
const TABLE = 1;
const OTHER = 2;

/**
 * The customer ids of a block of buffered records, resolved to dense indexes in passes (hash every
 * id, touch every slot, then resolve) so that the cache misses of different records overlap
 * instead of queueing one behind the other. Shared by the scoring ingest and the lifetime-value
 * summary, which apply their own fields in record order afterwards.
 * @internal
 */
export class BlockIds {
  /** The dense index of each resolved record's customer. */
  readonly customer = new Int32Array(BLOCK);
  private readonly ids = new Array<CustomerId | undefined>(BLOCK);
  private readonly kind = new Uint8Array(BLOCK);
  private readonly hash = new Int32Array(BLOCK);
  /** The index in each table record's first slot when its hash bits agree, or -1. */
  private readonly candidate = new Int32Array(BLOCK);
  /** The key rows of the table records. */
  private readonly rows = new Int32Array(BLOCK * KEY_WORDS);
  private lastId: CustomerId | undefined = undefined;
  private lastK = 0;
  /** Keeps the touching loads alive. */
  sink = 0;

  constructor(private readonly index: CustomerIndex) {}

  /** Buffers the id of record `j` of the block. */
  set(j: number, id: CustomerId): void {
    this.ids[j] = id;
  }

  /** Resolves the first `n` buffered ids into `customer` (new customers join the index), then lets go of them. */
  resolve(n: number): void {
    this.classify(n);
    const index = this.index;
    const known = index.ids;
    const kind = this.kind;
    const candidate = this.candidate;
    const customer = this.customer;
    let k = this.lastK;
    for (let j = 0; j < n; j++) {
      const how = kind[j]!;
      if (how === TABLE) {
        const id = this.ids[j] as string;
        const c = candidate[j]!;
        // The candidate is the id (its index is for good) or the table is probed.
        k = c >= 0 && isKey(index.table, known, c, id, this.rows, j * KEY_WORDS) ? c : index.tableIndex(id, this.hash[j]!, this.rows, j * KEY_WORDS);
      } else if (how === OTHER) k = index.otherIndex(this.ids[j]!);
      customer[j] = k;
    }
    this.lastK = k;
    this.ids.fill(undefined, 0, n);
  }

  /**
   * Sorts the ids into same-as-previous, table and other; packs and hashes the table ones and
   * touches, a pass per level, their slots and the key rows of the customers found there.
   */
  private classify(n: number): void {
    const ids = this.ids;
    const kind = this.kind;
    let prev = this.lastId;
    const seed = this.index.table.seed;
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      if (id === prev) kind[j] = SAME;
      else if (typeof id === 'string') {
        this.hash[j] = packKey(id, this.rows, j * KEY_WORDS, seed);
        kind[j] = TABLE;
      } else kind[j] = OTHER;
      prev = id;
    }
    // Loops of loads alone: the misses of many records are in flight at once.
    const table = this.index.table;
    const hash = this.hash;
    const candidate = this.candidate;
    let sink = 0;
    for (let j = 0; j < n; j++) if (kind[j] === TABLE) sink += touchSlot(table, hash[j]!);
    const keys = table.keys;
    for (let j = 0; j < n; j++) {
      const c = kind[j] === TABLE ? firstCandidate(table, hash[j]!) : -1;
      candidate[j] = c;
      if (c >= 0) sink += keys[c >>> KEY_SHIFT]![(c & (KEY_CHUNK - 1)) * KEY_WORDS]!;
    }
    this.sink = sink;
    this.lastId = prev;
  }
}
