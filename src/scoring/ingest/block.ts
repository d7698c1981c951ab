import type { CustomerId } from '../../records/index.js';
import { BLOCK, BlockIds } from './block-ids.js';
import type { CustomerIndex } from './customer-index.js';
import { applyTransactions, STRIDE, type CustomerState } from './customer-state.js';

/**
 * Checked transactions waiting to be applied, a block at a time: the block's customers are
 * resolved together ({@link BlockIds}), their states touched, then the updates applied in record
 * order.
 * @internal
 */
export class TransactionBlock {
  fill = 0;
  private readonly ids: BlockIds;
  private readonly day = new Int32Array(BLOCK);
  private readonly amount = new Float64Array(BLOCK);
  private readonly profit: Float64Array | undefined;
  /** Keeps the touching loads alive. */
  sink = 0;

  constructor(
    private readonly index: CustomerIndex,
    private readonly state: CustomerState,
    private readonly once: boolean,
    withProfit: boolean,
  ) {
    this.ids = new BlockIds(index);
    this.profit = withProfit ? new Float64Array(BLOCK) : undefined;
  }

  /** Buffers one checked transaction; applies the block when full. */
  push(id: CustomerId, day: number, amount: number, profit: number): void {
    const j = this.fill;
    this.ids.set(j, id);
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
    this.ids.resolve(n);
    this.state.reserve(this.index.count);
    this.touchState(n);
    applyTransactions(this.state, n, this.ids.customer, this.day, this.amount, this.profit, this.once);
  }

  /** Loads every buffered customer's state, so that the updates find it in cache. */
  private touchState(n: number): void {
    const state = this.state.state;
    const sum = this.state.sum;
    const customer = this.ids.customer;
    let sink = this.ids.sink;
    for (let j = 0; j < n; j++) {
      const k = customer[j]!;
      sink += state[k * STRIDE]! + sum[k]!;
    }
    this.sink = sink;
  }
}
