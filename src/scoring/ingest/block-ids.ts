import type { CustomerId } from '../../records/index.js';
import { MAX_INLINE, MAX_WORDS, packId, touch } from '../../records/id-table.js';
import type { CustomerIndex } from './customer-index.js';

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
  private readonly words = new Int32Array(BLOCK * MAX_WORDS);
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
    const kind = this.kind;
    const customer = this.customer;
    let k = this.lastK;
    for (let j = 0; j < n; j++) {
      const how = kind[j]!;
      if (how === TABLE) k = index.tableIndex(this.ids[j] as string, this.hash[j]!, this.words, j * MAX_WORDS);
      else if (how === OTHER) k = index.otherIndex(this.ids[j]!);
      customer[j] = k;
    }
    this.lastK = k;
    this.ids.fill(undefined, 0, n);
  }

  /** Sorts the ids into same-as-previous, table and other; hashes the table ones and touches their slots. */
  private classify(n: number): void {
    const ids = this.ids;
    const kind = this.kind;
    let prev = this.lastId;
    for (let j = 0; j < n; j++) {
      const id = ids[j]!;
      if (id === prev) kind[j] = SAME;
      else if (typeof id === 'string' && id.length <= MAX_INLINE) {
        this.hash[j] = packId(id, this.words, j * MAX_WORDS);
        kind[j] = TABLE;
      } else kind[j] = OTHER;
      prev = id;
    }
    // A loop of loads alone: the misses of many records are in flight at once.
    const table = this.index.table;
    let sink = 0;
    for (let j = 0; j < n; j++) if (kind[j] === TABLE) sink += touch(table, this.hash[j]!);
    this.sink = sink;
    this.lastId = prev;
  }
}
