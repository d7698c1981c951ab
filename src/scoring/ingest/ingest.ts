import { CrmTaxonomyError } from '../../errors/index.js';
import { dayToIso } from '../../records/index.js';
import type { BatchProgress, RfmPolicy } from '../types.js';
import { TransactionBlock } from './block.js';
import { CustomerIndex } from './customer-index.js';
import { CustomerState } from './customer-state.js';
import { checkIterable, forEachRecord, forEachRecordAsync, isAsyncInput, RowReader, type RowSettings } from './row.js';

/** What an ingest of transactions needs. @internal */
export interface IngestSettings<T> extends RowSettings<T> {
  readonly policy: RfmPolicy;
  /** Transactions after this day follow `policy.futureTransactions`; no limit when undefined. */
  readonly asOfDay: number | undefined;
  readonly onProgress: ((progress: BatchProgress) => void) | undefined;
}

/** The customers of an ingest and their state. @internal */
export interface Ingested {
  readonly index: CustomerIndex;
  readonly state: CustomerState;
}

/** One pass over host rows into per-customer state: each row checked, then applied by blocks. */
class TransactionIngest<T> {
  readonly index = new CustomerIndex();
  readonly state: CustomerState;
  private readonly reader: RowReader<T>;
  private readonly block: TransactionBlock;
  private readonly asOf: number;
  private readonly future: RfmPolicy['futureTransactions'];
  private readonly ignoreZero: boolean;
  private readonly ignoreRefunds: boolean;

  constructor(private readonly settings: IngestSettings<T>) {
    const p = settings.policy;
    this.state = new CustomerState(1024, { profit: settings.profit, pairs: p.sameDay === 'once' });
    this.reader = new RowReader(settings);
    this.block = new TransactionBlock(this.index, this.state, p.sameDay === 'once', settings.profit);
    this.asOf = settings.asOfDay ?? Infinity;
    this.future = p.futureTransactions;
    this.ignoreZero = p.zeroAmounts === 'ignore';
    this.ignoreRefunds = p.refunds === 'ignore';
  }

  /** Reads record `index`. */
  take(record: T, index: number): void {
    if (!this.reader.read(record, index)) return;
    const row = this.reader.row;
    if (row.day > this.asOf) {
      if (this.future === 'error') {
        throw new CrmTaxonomyError('future_transaction', { index, day: dayToIso(row.day), asOf: dayToIso(this.asOf) }, { path: [...this.settings.path, index, 'at'] });
      }
      if (this.future === 'ignore') return;
    }
    const amount = row.amount;
    if (amount === 0 ? this.ignoreZero : amount < 0 && this.ignoreRefunds) return;
    this.block.push(row.id, row.day, amount, row.profit);
  }

  finish(): Ingested {
    this.block.flush();
    return { index: this.index, state: this.state };
  }
}

/**
 * Reads every row of a sync or an async iterable into per-customer state; answers directly for a
 * sync input, with a Promise for an async one. Memory is proportional to customers.
 * @internal
 */
export function ingest<T>(records: Iterable<T> | AsyncIterable<T>, settings: IngestSettings<T>): Ingested | Promise<Ingested> {
  checkIterable(records, settings.path, true);
  const run = new TransactionIngest(settings);
  const take = (record: T, index: number): void => run.take(record, index);
  if (isAsyncInput(records)) return forEachRecordAsync(records as AsyncIterable<T>, take, settings.onProgress).then(() => run.finish());
  forEachRecord(records as Iterable<T>, take, settings.onProgress);
  return run.finish();
}
