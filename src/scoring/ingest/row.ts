import { CrmTaxonomyError, describeValue, inputError, recordError, type ErrorPath } from '../../errors/index.js';
import type { CustomerId, DayCounter } from '../../records/index.js';
import { AMOUNT_BOUNDS, isAmount } from '../shapes.js';
import type { ScoringAccessors } from '../types.js';
import { DayReader } from './day-reader.js';

/** One row as read: customer id, calendar day, amount, profit. Reused from row to row. @internal */
export interface Row {
  id: CustomerId;
  day: number;
  amount: number;
  profit: number;
}

/** What a row reader needs. @internal */
export interface RowSettings<T> {
  readonly accessors: ScoringAccessors<T>;
  /** Whether the accessors are the defaults (rows must then be objects). */
  readonly defaults: boolean;
  readonly skipMissingIds: boolean;
  readonly profit: boolean;
  readonly days: DayCounter;
  /** Where errors point: `['transactions']` for a list of rows. */
  readonly path: ErrorPath;
}


/**
 * Reads and checks one host row at the boundary: a customer id (missing ids refused or skipped),
 * a date, an amount of at most 1e30 in magnitude (and a profit when asked). Errors name the
 * row (`transactions[41].amount`, `details.index` 41).
 * @internal
 */
export class RowReader<T> {
  readonly row: Row = { id: '', day: 0, amount: 0, profit: 0 };
  private readonly getId: (record: T) => unknown;
  private readonly getAt: (record: T) => unknown;
  private readonly getAmount: (record: T) => unknown;
  private readonly getProfit: ((record: T) => unknown) | undefined;
  private readonly dates: DayReader;

  constructor(private readonly settings: RowSettings<T>) {
    const a = settings.accessors;
    this.getId = a.customerId;
    this.getAt = a.at;
    this.getAmount = a.amount;
    this.getProfit = settings.profit ? a.profit : undefined;
    this.dates = new DayReader(settings.days, (index) => [...settings.path, index, 'at']);
  }

  private at(index: number, field: string): ErrorPath {
    return [...this.settings.path, index, field];
  }

  /** Reads record `index` into {@link row}; false when it has no customer id and such rows are skipped. */
  read(record: T, index: number): boolean {
    if (record === null || record === undefined || (this.settings.defaults && typeof record !== 'object')) {
      throw recordError([...this.settings.path, index], index, 'object', record);
    }
    const id = this.getId(record);
    const row = this.row;
    if (typeof id === 'string') {
      if (id === '') return this.missing(id, index);
      row.id = id;
    } else if (typeof id === 'number' && id - id === 0) row.id = id === 0 ? 0 : id;
    else if (id === null || id === undefined) return this.missing(id, index);
    else throw recordError(this.at(index, 'customerId'), index, 'customer_id', id);
    row.day = this.dates.day(this.getAt(record), index);
    const amount = this.getAmount(record);
    if (!isAmount(amount)) throw recordError(this.at(index, 'amount'), index, 'number', amount, AMOUNT_BOUNDS);
    row.amount = amount;
    if (this.getProfit !== undefined) {
      const profit = this.getProfit(record);
      if (!isAmount(profit)) throw recordError(this.at(index, 'profit'), index, 'number', profit, AMOUNT_BOUNDS);
      row.profit = profit;
    }
    return true;
  }

  private missing(id: unknown, index: number): false {
    if (this.settings.skipMissingIds) return false;
    throw new CrmTaxonomyError('missing_customer_id', { index, received: describeValue(id) }, { path: this.at(index, 'customerId') });
  }
}

/** Refuses anything that is not iterable (sync or async, as allowed) at `path`. @internal */
export function checkIterable(records: unknown, path: ErrorPath, async: boolean): void {
  const iterable =
    records !== null &&
    records !== undefined &&
    typeof records !== 'string' &&
    (typeof (records as Iterable<unknown>)[Symbol.iterator] === 'function' || (async && typeof (records as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'));
  if (!iterable) throw inputError('invalid_argument', path, 'iterable', records);
}

/**
 * A batch function's answer: for an async input every error is a rejected Promise, one thrown
 * before the first record is read (a bad option) included, so a caller's `.catch` sees it; a sync
 * input is answered, or refused, directly.
 * @internal
 */
export function settled<R>(input: unknown, run: () => R): R {
  if (!isAsyncInput(input)) return run();
  try {
    return run();
  } catch (error) {
    return Promise.reject(error) as R;
  }
}

/** Whether a value is an async iterable (and not a sync one): such input is answered with a Promise. @internal */
export function isAsyncInput(records: unknown): records is AsyncIterable<unknown> {
  return (
    records !== null &&
    typeof records === 'object' &&
    typeof (records as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' &&
    typeof (records as Iterable<unknown>)[Symbol.iterator] !== 'function'
  );
}

/** Progress every 65,536 records. @internal */
export const PROGRESS_MASK = 0xffff;

/**
 * Feeds every record of a sync iterable to `take(record, index)`, reporting progress every 65,536
 * records and at the end (once: a total that is a multiple of 65,536 was just reported); returns
 * the number of records.
 * @internal
 */
export function forEachRecord<T>(records: Iterable<T>, take: (record: T, index: number) => void, onProgress: ((p: { readonly records: number }) => void) | undefined): number {
  let i = 0;
  if (Array.isArray(records)) {
    const n = records.length;
    if (onProgress === undefined) for (; i < n; i++) take(records[i] as T, i);
    else {
      for (; i < n; i++) {
        take(records[i] as T, i);
        if ((i & PROGRESS_MASK) === PROGRESS_MASK) onProgress({ records: i + 1 });
      }
    }
  } else {
    for (const r of records) {
      take(r, i);
      if ((i & PROGRESS_MASK) === PROGRESS_MASK && onProgress !== undefined) onProgress({ records: i + 1 });
      i++;
    }
  }
  reportEnd(i, onProgress);
  return i;
}

/** The report at the end: the total, unless a report every 65,536 records just gave it. */
function reportEnd(records: number, onProgress: ((p: { readonly records: number }) => void) | undefined): void {
  if (onProgress !== undefined && (records === 0 || (records & PROGRESS_MASK) !== 0)) onProgress({ records });
}

/** {@link forEachRecord} over an async iterable. @internal */
export async function forEachRecordAsync<T>(records: AsyncIterable<T>, take: (record: T, index: number) => void, onProgress: ((p: { readonly records: number }) => void) | undefined): Promise<number> {
  let i = 0;
  for await (const r of records) {
    take(r, i);
    if ((i & PROGRESS_MASK) === PROGRESS_MASK && onProgress !== undefined) onProgress({ records: i + 1 });
    i++;
  }
  reportEnd(i, onProgress);
  return i;
}
