import type { CustomerId } from '../../records/index.js';
import type { CustomerIndex } from './customer-index.js';
import { applyTransactions, STRIDE, type CustomerState } from './customer-state.js';
import { MAX_INLINE, MAX_WORDS, packId, touch } from '../../records/id-table.js';

/** Records applied together. */
export const BLOCK = 256;

/** How a buffered record's customer is found: as the previous record's, in the id table, otherwise. */
const SAME = 0;
const TABLE = 1;
const OTHER = 2;

/**
 * Checked transactions waiting to be applied, a block at a time: resolving a block's customers in
 * passes (hash every id, touch every slot, resolve, touch every state) lets the cache misses of
 * different records overlap instead of queueing one behind the other. Updates are then applied in
 * record order.
 * @internal
 */
export class TransactionBlock {
  fill = 0;
  private readonly ids = new Array<CustomerId | undefined>(BLOCK);
  private readonly kind = new Uint8Array(BLOCK);
  private readonly hash = new Int32Array(BLOCK);
  private readonly words = new Int32Array(BLOCK * MAX_WORDS);
  private readonly customer = new Int32Array(BLOCK);
  private readonly day = new Int32Array(BLOCK);
  private readonly amount = new Float64Array(BLOCK);
  private readonly profit: Float64Array | undefined;
  private lastId: CustomerId | undefined = undefined;
  private lastK = 0;
  /** Keeps the touching loads alive. */
  sink = 0;

  constructor(
    private readonly index: CustomerIndex,
    private readonly state: CustomerState,
    private readonly once: boolean,
    withProfit: boolean,
  ) {
    this.profit = withProfit ? new Float64Array(BLOCK) : undefined;
  }

  /** Buffers one checked transaction; applies the block when full. */
  push(id: CustomerId, day: number, amount: number, profit: number): void {
    const j = this.fill;
    this.ids[j] = id;
    this.day[j] = day;
    this.amount[j] = amount;
    if (this.profit !== undefined) this.profit[j] = profit;
    if (++this.fill === BLOCK) this.flush();
  }

  /** Applies the buffered transactions. */
  flush(): void {
    const n = this.fill;
    this.fill = 0;
    if (n === 0) return;
    this.classify(n);
    this.resolve(n);
    this.state.reserve(this.index.count);
    this.touchState(n);
    applyTransactions(this.state, n, this.customer, this.day, this.amount, this.profit, this.once);
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

  /** The dense index of every buffered record's customer (new customers are added). */
  private resolve(n: number): void {
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
  }

  /** Loads every buffered customer's state, so that the updates find it in cache. */
  private touchState(n: number): void {
    const state = this.state.state;
    const sum = this.state.sum;
    let sink = this.sink;
    for (let j = 0; j < n; j++) {
      const k = this.customer[j]!;
      sink += state[k * STRIDE]! + sum[k]!;
    }
    this.sink = sink;
  }
}
