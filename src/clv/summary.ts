import { inputError, isRecord, knownKeys, optionsRecord } from '../errors/index.js';
import { ACCESSOR_KEYS, createDayCounter, growExpansion, roundExpansion, type CustomerId, type DateInput } from '../records/index.js';
import { DistinctDays } from '../records/day-pairs.js';
import { BLOCK, BlockIds } from '../scoring/ingest/block-ids.js';
import { CustomerIndex } from '../scoring/ingest/customer-index.js';
import { addExactly } from '../scoring/ingest/customer-state.js';
import { checkIterable, forEachRecord, forEachRecordAsync, isAsyncInput, RowReader, settled } from '../scoring/ingest/row.js';
import { DAYS_PER_UNIT, checkTimeUnit, type TimeUnit } from './time.js';

/**
 * One customer's purchase history as the models read it, in the time unit of its summary: `x`
 * repeat purchases (purchase days after the first), `tx` the time of the last purchase after the
 * first (recency; 0 when `x = 0`), `T` the time from the first purchase to the end of calibration
 * (age). Requires `0 <= tx <= T` and `tx = 0` when `x = 0`.
 */
export interface CustomerHistory {
  /** Repeat purchases (frequency), a whole number >= 0. */
  readonly x: number;
  /** Time of the last purchase, measured from the first (recency), `0 <= tx <= T`. */
  readonly tx: number;
  /** Time from the first purchase to the end of calibration (age). */
  readonly T: number;
  /** Covariate values by name, for a model fitted with covariates. */
  readonly covariates?: Readonly<Record<string, number>>;
  /** Customers sharing this history (default 1), for pre-grouped data in a fit. */
  readonly count?: number;
}

/** One row of a {@link CustomerSummary}: the history, the spend and (with a holdout period) what happened next. */
export interface CustomerSummaryRow extends CustomerHistory {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Calendar day (days since 1970-01-01) of the first purchase. */
  readonly firstPurchase: number;
  /**
   * Mean amount of the repeat purchase days (each day's transactions added up, refunds included);
   * 0 when `x = 0`. Negative when the repeat days net to a refund, which the spend model refuses
   * (see {@link summarizeTransactions}).
   */
  readonly meanRepeatSpend: number;
  /** Purchase days in the holdout period (only with `holdoutEnd`). */
  readonly holdoutPurchases?: number;
}

/** Per-customer summaries of a transaction log at the end of a calibration period: the input of the purchase and spend models. Plain JSON. */
export interface CustomerSummary {
  /** The unit of `tx`, `T` and the holdout length. */
  readonly timeUnit: TimeUnit;
  /** The last calendar day of calibration (days since 1970-01-01, inclusive). */
  readonly calibrationEnd: number;
  /** The last calendar day of the holdout period, when one was asked for. */
  readonly holdoutEnd?: number;
  /** The customers, ordered by id (numbers ascending, then strings by code unit). */
  readonly customers: readonly CustomerSummaryRow[];
}

/** How a summary reads a host's rows: three functions from a row to the customer id, the date and the amount. */
interface SummaryAccessors<T> {
  readonly customerId: (record: T) => CustomerId | null | undefined;
  readonly at: (record: T) => DateInput;
  readonly amount: (record: T) => number;
}

/** Options of {@link summarizeTransactions}. */
interface SummaryOptions<T> {
  /** Last day of the calibration period, inclusive. Customers whose first purchase is later are left out. */
  readonly calibrationEnd: DateInput;
  /** The unit of `tx` and `T`. */
  readonly timeUnit: TimeUnit;
  /** Last day of an optional holdout period (inclusive): fills `holdoutPurchases`. */
  readonly holdoutEnd?: DateInput;
  /** Time zone of the calendar days (IANA name), `UTC` by default. */
  readonly timeZone?: string;
  /** What to do with a record without a customer id: `'error'` (default) or `'skip'`. */
  readonly onMissingCustomerId?: 'error' | 'skip';
  /** How to read a row; rows are read as `{ customerId, at, amount }` without them. */
  readonly accessors?: SummaryAccessors<T>;
  /** Called every 65,536 records and at the end, with the records read so far (each count once). */
  readonly onProgress?: (progress: { readonly records: number }) => void;
}

/** Rows read as `{ customerId, at, amount }` (the reader has checked that a row is an object). */
const DEFAULT_ACCESSORS: SummaryAccessors<Readonly<Record<string, unknown>>> = {
  customerId: (r) => r.customerId as CustomerId | null | undefined,
  at: (r) => r.at as DateInput,
  amount: (r) => r.amount as number,
};

/** Fields of a customer's state in the summary's ingest (doubles). */
const FIRST = 0;
const LAST = 1;
const PREVIOUS = 2;
const SUM = 3;
const FIRST_SUM = 4;
/** Five doubles used, padded to eight: a customer's state is 64 bytes, one cache line when aligned. */
const STRIDE = 8;

/** The ingest of one summary: per-customer columns, and (customer, day) pairs for distinct days. */
interface Ingest<T> {
  readonly take: (record: T, index: number) => void;
  readonly onProgress: ((progress: { readonly records: number }) => void) | undefined;
  finish(): CustomerSummary;
}

/**
 * Per-customer state of a summary, fed checked records a block at a time (as the scoring core's
 * ingest): the block's customers are resolved together (`BlockIds`) and their states touched, so
 * that the cache misses of different records overlap, then the records are applied in order.
 * Holds the customer index, STRIDE doubles per customer (64 bytes, one or two cache lines: the
 * first purchase day (any period), the last calibration day, the previous record's day (to skip
 * duplicate pairs), the exact sum of calibration amounts, and that of the first day's amounts:
 * exact as the scoring core's (`addExactly`), so the result does not depend on the order of the
 * rows), and the (customer, day) pairs of calibration and holdout purchase days.
 */
class SummaryBlock {
  readonly index = new CustomerIndex();
  state = new Float64Array(1024 * STRIDE);
  /** Partials of the sums that rounded once, by slot of `state`. */
  readonly exact = new Map<number, number[]>();
  /** Customers with a state. */
  known = 0;
  readonly calPairs = new DistinctDays();
  readonly holdPairs = new DistinctDays();
  fill = 0;
  private readonly ids = new BlockIds(this.index);
  private readonly day = new Int32Array(BLOCK);
  private readonly amount = new Float64Array(BLOCK);
  /** Keeps the touching loads alive. */
  sink = 0;

  constructor(
    private readonly calibrationEnd: number,
    private readonly holdoutEnd: number | undefined,
  ) {}

  /** Buffers one checked record; applies the block when full. */
  push(id: CustomerId, day: number, amount: number): void {
    const j = this.fill;
    this.ids.set(j, id);
    this.day[j] = day;
    this.amount[j] = amount;
    if (++this.fill === BLOCK) this.flush();
  }

  /** Applies the buffered records. */
  flush(): void {
    const n = this.fill;
    this.fill = 0;
    if (n === 0) return;
    this.ids.resolve(n);
    while (this.known < this.index.count) this.addCustomer();
    this.touchState(n);
    this.apply(n);
  }

  private addCustomer(): void {
    const k = this.known++;
    if (STRIDE * this.known > this.state.length) {
      const next = new Float64Array(this.state.length * 2);
      next.set(this.state);
      this.state = next;
    }
    const at = STRIDE * k;
    this.state[at + FIRST] = Infinity;
    this.state[at + LAST] = -Infinity;
    this.state[at + PREVIOUS] = NaN;
  }

  /** Loads every buffered customer's state, so that the updates find it in cache. */
  private touchState(n: number): void {
    const st = this.state;
    const customer = this.ids.customer;
    let sink = this.ids.sink;
    for (let j = 0; j < n; j++) sink += st[STRIDE * customer[j]!]!;
    this.sink = sink;
  }

  /** Applies the buffered records in order. */
  private apply(n: number): void {
    const st = this.state;
    const exact = this.exact;
    const calibrationEnd = this.calibrationEnd;
    const holdoutEnd = this.holdoutEnd;
    const customer = this.ids.customer;
    const days = this.day;
    const amounts = this.amount;
    for (let j = 0; j < n; j++) {
      const k = customer[j]!;
      const day = days[j]!;
      const amount = amounts[j]!;
      const at = STRIDE * k;
      if (day < st[at + FIRST]!) {
        st[at + FIRST] = day;
        // The sum starts again at 0 (an expansion is emptied, not dropped: no allocation).
        if (st[at + FIRST_SUM] === st[at + FIRST_SUM]) st[at + FIRST_SUM] = 0;
        else exact.get(at + FIRST_SUM)!.length = 0;
      }
      const previous = st[at + PREVIOUS]!;
      st[at + PREVIOUS] = day;
      if (day > calibrationEnd) {
        if (holdoutEnd !== undefined && day <= holdoutEnd && day !== previous) this.holdPairs.push(k, day);
        continue;
      }
      if (day === st[at + FIRST]) addExactly(st, exact, at + FIRST_SUM, amount);
      addExactly(st, exact, at + SUM, amount);
      if (day > st[at + LAST]!) st[at + LAST] = day;
      if (day !== previous) this.calPairs.push(k, day);
    }
  }
}

function createIngest<T>(options: Readonly<Record<string, unknown>>): Ingest<T> {
  const timeUnit = checkTimeUnit(options.timeUnit, ['options', 'timeUnit']);
  const days = createDayCounter(options.timeZone ?? 'UTC', ['options', 'timeZone']);
  if (options.calibrationEnd === undefined) throw inputError('invalid_argument', ['options', 'calibrationEnd'], 'date', undefined);
  const calibrationEnd = days.day(options.calibrationEnd, ['options', 'calibrationEnd']);
  const holdoutEnd = options.holdoutEnd === undefined ? undefined : days.day(options.holdoutEnd, ['options', 'holdoutEnd']);
  if (holdoutEnd !== undefined && holdoutEnd < calibrationEnd) {
    throw inputError('invalid_argument', ['options', 'holdoutEnd'], 'not_before_other', options.holdoutEnd, { other: 'options.calibrationEnd' });
  }
  const policy = options.onMissingCustomerId ?? 'error';
  if (policy !== 'error' && policy !== 'skip') throw inputError('invalid_argument', ['options', 'onMissingCustomerId'], 'one_of', policy, { allowed: ['error', 'skip'] });
  const accessors = (options.accessors ?? DEFAULT_ACCESSORS) as SummaryAccessors<T>;
  if (!isRecord(accessors)) throw inputError('invalid_argument', ['options', 'accessors'], 'object', accessors);
  knownKeys(accessors, ACCESSOR_KEYS, ['options', 'accessors']);
  for (const key of ['customerId', 'at', 'amount'] as const) {
    if (typeof accessors[key] !== 'function') throw inputError('invalid_argument', ['options', 'accessors', key], 'function', accessors[key]);
  }
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw inputError('invalid_argument', ['options', 'onProgress'], 'function', onProgress);

  // Rows are read and checked as the scoring core reads them (`RowReader`: a row of the default
  // accessors must be an object, ids as `fitRfm` takes them, −0 as 0); customer ids → dense
  // indexes through its customer index, a block at a time.
  const reader = new RowReader<T>({ accessors, defaults: options.accessors === undefined, skipMissingIds: policy === 'skip', profit: false, days, path: ['transactions'] });
  const row = reader.row;
  const block = new SummaryBlock(calibrationEnd, holdoutEnd);

  return {
    take: (record: T, index: number): void => {
      if (reader.read(record, index)) block.push(row.id, row.day, row.amount);
    },
    onProgress: onProgress as Ingest<T>['onProgress'],
    finish(): CustomerSummary {
      block.flush();
      const n = block.known;
      const calDays = block.calPairs.counts(n);
      const holdDays = holdoutEnd === undefined ? undefined : block.holdPairs.counts(n);
      const order = block.index.order().order;
      const ids = block.index.ids;
      const perUnit = DAYS_PER_UNIT[timeUnit];
      const customers: CustomerSummaryRow[] = [];
      const st = block.state;
      for (let p = 0; p < n; p++) {
        const k = order[p]!;
        const at = STRIDE * k;
        const f = st[at + FIRST]!;
        if (f > calibrationEnd) continue;
        const x = calDays[k]! - 1;
        customers.push({
          customerId: ids[k]!,
          x,
          tx: (st[at + LAST]! - f) / perUnit,
          T: (calibrationEnd - f) / perUnit,
          firstPurchase: f,
          meanRepeatSpend: x === 0 ? 0 : difference(st, block.exact, at + SUM, at + FIRST_SUM) / x,
          ...(holdDays === undefined ? {} : { holdoutPurchases: holdDays[k]! }),
        });
      }
      return { timeUnit, calibrationEnd, ...(holdoutEnd === undefined ? {} : { holdoutEnd }), customers };
    },
  };
}

/**
 * The exact difference of the exact sums in slots a and b (`addExactly`), rounded once to a
 * double: the repeat spend is the total less the first day's, exactly, whatever the order of the rows.
 */
function difference(st: Float64Array, exact: Map<number, number[]>, a: number, b: number): number {
  const x = st[a]!;
  const y = st[b]!;
  // Two doubles: one subtraction rounds their exact difference once.
  if (x === x && y === y) return x - y || 0;
  const partials = x === x ? [x] : [...exact.get(a)!];
  for (const v of y === y ? [y] : exact.get(b)!) growExpansion(partials, -v);
  return roundExpansion(partials) || 0;
}

/**
 * Summarises a transaction log per customer for the lifetime-value models: `x` repeat purchases,
 * `tx` recency, `T` age and the mean spend of the repeat purchases, in the chosen time unit (days
 * or weeks, from calendar days, not rounded). Transactions on the same calendar day are one
 * purchase (their amounts added); the first purchase day counts neither in `x` nor in the mean
 * spend. With `holdoutEnd`, also counts each customer's purchase days after `calibrationEnd` up to
 * `holdoutEnd`. Rows are read as `{ customerId, at, amount }`, or through `accessors`. Refunds
 * count on their day, so a repeat buyer's `meanRepeatSpend` can be 0 (free repeat purchases) or
 * negative (repeat days that net to a refund). The spend model needs positive spends:
 * `fitGammaGamma` refuses both as `invalid_record`, and the predictions (`expectedSpend`,
 * `rankByLifetimeValue`) refuse a negative mean. Filter such rows, or net refunds against their
 * orders, before fitting spend; the purchase models read only `x`, `tx` and `T`.
 *
 * The sums are exact (each customer's repeat spend is the exact sum of its repeat amounts, rounded
 * once, then divided by `x`), so the summary does not depend on the order of the rows. One pass,
 * linear in the transactions, memory in the customers plus one (customer, day) pair per purchase
 * day; an async iterable (a database cursor, a stream) is read as it comes and answered with a
 * `Promise`, as `fitRfm` answers (an input that is both iterable and async iterable is read as
 * iterable, directly). `onProgress` is called every 65,536 records and at the end (each count once;
 * `{ records: 0 }` for no rows). Rows are read as `fitRfm` reads them: a customer id `-0` is `0`.
 * What a host's own code throws (an accessor, a getter, `onProgress`) passes through unchanged.
 * On the CDNOW sample with `calibrationEnd: '1997-09-30'` in weeks it reproduces the published
 * summary.
 *
 * @throws CrmTaxonomyError `invalid_argument` (options, or `transactions` not iterable),
 * `invalid_date`, `missing_customer_id`, `invalid_record` (a row that is not an object without
 * accessors, an id, or an amount that is not a number of at most 1e30 in magnitude).
 * @example
 * ```ts
 * import { summarizeTransactions } from 'crm-taxonomy/clv';
 *
 * const rows = [
 *   { customerId: 1, at: '2024-01-01', amount: 5 },
 *   { customerId: 1, at: '2024-01-08', amount: 7 },
 *   { customerId: 1, at: '2024-01-08', amount: 3 },
 *   { customerId: 2, at: '2024-01-05', amount: 9 },
 *   { customerId: 1, at: '2024-01-20', amount: 4 },
 * ];
 * const summary = summarizeTransactions(rows, { calibrationEnd: '2024-01-15', holdoutEnd: '2024-01-31', timeUnit: 'days' });
 * summary.customers[0]; //=> { customerId: 1, x: 1, tx: 7, T: 14, meanRepeatSpend: 10, holdoutPurchases: 1 }
 * summary.customers[1]; //=> { customerId: 2, x: 0, tx: 0, T: 10, meanRepeatSpend: 0, holdoutPurchases: 0 }
 * ```
 */
export function summarizeTransactions<T>(transactions: Iterable<T>, options: SummaryOptions<T>): CustomerSummary;
export function summarizeTransactions<T>(transactions: AsyncIterable<T>, options: SummaryOptions<T>): Promise<CustomerSummary>;
export function summarizeTransactions<T>(transactions: Iterable<T> | AsyncIterable<T>, options: SummaryOptions<T>): CustomerSummary | Promise<CustomerSummary> {
  return settled(transactions, () => summarizeTransactionsNow(transactions, options));
}

/** {@link summarizeTransactions}, for an input it may answer or refuse directly. */
function summarizeTransactionsNow<T>(transactions: Iterable<T> | AsyncIterable<T>, options: SummaryOptions<T>): CustomerSummary | Promise<CustomerSummary> {
  const ingest = createIngest<T>(optionsRecord(options as object, ['calibrationEnd', 'timeUnit', 'holdoutEnd', 'timeZone', 'onMissingCustomerId', 'accessors', 'onProgress']) as Readonly<Record<string, unknown>>);
  checkIterable(transactions, ['transactions'], true);
  // Only the library's own errors are typed: what a host's accessor, getter or onProgress throws passes unchanged.
  if (isAsyncInput(transactions)) return forEachRecordAsync(transactions as AsyncIterable<T>, ingest.take, ingest.onProgress).then(() => ingest.finish());
  forEachRecord(transactions as Iterable<T>, ingest.take, ingest.onProgress);
  return ingest.finish();
}

/** The length of a summary's holdout period in its time unit (0 without a holdout). @internal */
export function holdoutLength(summary: CustomerSummary): number {
  if (summary.holdoutEnd === undefined) return 0;
  return (summary.holdoutEnd - summary.calibrationEnd) / DAYS_PER_UNIT[summary.timeUnit];
}
