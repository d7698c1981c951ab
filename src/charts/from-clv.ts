import { CustomerIndex } from '../scoring/ingest/customer-index.js';
import { inputError, isRecord, knownKeys, optionsRecord } from '../errors/index.js';
import { ACCESSOR_KEYS, createDayCounter, readTransaction, type CustomerId, type DateInput, type TransactionAccessors } from '../records/index.js';

/** Options of `actualRepeatPurchases`. */
export interface ActualRepeatOptions<T> {
  /** Day 0 of the chart (the start of calibration). */
  readonly origin: DateInput;
  /** The unit of `at`. */
  readonly timeUnit: 'days' | 'weeks';
  /** The times since `origin` to count at, in `timeUnit`. */
  readonly at: readonly number[];
  /** How to read the rows (`{ customerId, at, amount }` by default). */
  readonly accessors?: TransactionAccessors<T>;
  /** IANA time zone of calendar days (UTC by default). */
  readonly timeZone?: string;
  /**
   * The end of calibration of the summary the model's line sums: a customer whose first purchase
   * is after it is not in that summary, and is not counted here either. Without it every customer
   * of the log counts (a log that is the cohort, as CDNOW's).
   */
  readonly calibrationEnd?: DateInput;
}

/** Rows read as `{ customerId, at, amount }`; anything but an object reads as a row without a customer. */
const DEFAULT_ACCESSORS: TransactionAccessors<unknown> = {
  customerId: (r) => (isRecord(r) ? (r.customerId as CustomerId) : (undefined as never)),
  at: (r) => (isRecord(r) ? (r.at as DateInput) : (undefined as never)),
  amount: (r) => (isRecord(r) ? (r.amount as number) : NaN),
};

/**
 * The actual cumulative repeat purchases of a transaction log at each time of `at`: for every
 * customer, each purchase day after the first counts once, as lifetime-value models count
 * repeat purchases. The other line of `cumulativeRepeatChart`: pass the summary's
 * `calibrationEnd`, so that customers acquired after it (who are not in the model's line) are
 * not counted in this one.
 *
 * @example
 * ```ts
 * import { actualRepeatPurchases } from 'crm-taxonomy/charts';
 *
 * const rows = [
 *   { customerId: 'a', at: '2024-01-01', amount: 10 },
 *   { customerId: 'a', at: '2024-01-10', amount: 10 },
 *   { customerId: 'b', at: '2024-01-03', amount: 10 },
 *   { customerId: 'b', at: '2024-01-20', amount: 10 },
 * ];
 * actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at: [5, 10, 30] }); //=> [0, 1, 2]
 * // The cohort of a summary to 2024-01-02: b came later.
 * actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at: [5, 10, 30], calibrationEnd: '2024-01-02' }); //=> [0, 1, 1]
 * ```
 */
export function actualRepeatPurchases<T = { customerId: CustomerId; at: DateInput; amount: number }>(transactions: Iterable<T>, options: ActualRepeatOptions<T>): number[] {
  const o = optionsRecord<Partial<ActualRepeatOptions<T>>>(options, ['origin', 'timeUnit', 'at', 'accessors', 'timeZone', 'calibrationEnd']);
  if (o.timeUnit !== 'days' && o.timeUnit !== 'weeks') throw inputError('invalid_argument', ['options', 'timeUnit'], 'one_of', o.timeUnit, { allowed: ['days', 'weeks'] });
  const accessors = (o.accessors ?? DEFAULT_ACCESSORS) as TransactionAccessors<T>;
  if (!isRecord(accessors) || typeof accessors.customerId !== 'function' || typeof accessors.at !== 'function' || typeof accessors.amount !== 'function') {
    throw inputError('invalid_argument', ['options', 'accessors'], 'object', accessors);
  }
  knownKeys(accessors, ACCESSOR_KEYS, ['options', 'accessors']);
  const days = createDayCounter(o.timeZone ?? 'UTC', ['options', 'timeZone']);
  const origin = days.day(o.origin, ['options', 'origin']);
  const end = o.calibrationEnd === undefined ? Infinity : days.day(o.calibrationEnd, ['options', 'calibrationEnd']);
  const at = o.at;
  if (!Array.isArray(at) || at.length > 100_000) throw inputError('invalid_argument', ['options', 'at'], 'array', at, { max: 100_000 });
  for (let k = 0; k < at.length; k++) {
    const v: unknown = at[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw inputError('invalid_argument', ['options', 'at', k], 'number', v);
  }
  if (transactions === null || typeof (transactions as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
    throw inputError('invalid_argument', ['transactions'], 'iterable', transactions);
  }
  // Customers by their dense index (a `Map` hashes numeric ids without a seed: ids built to collide were quadratic).
  const index = new CustomerIndex();
  const byCustomer: { first: number; days: Set<number> }[] = [];
  let i = 0;
  for (const record of transactions) {
    const t = readTransaction(record, i++, accessors, days, 'error');
    if (t === undefined) continue;
    const k = index.indexOf(t.customerId);
    const entry = byCustomer[k];
    if (entry === undefined) byCustomer[k] = { first: t.day, days: new Set([t.day]) };
    else {
      entry.days.add(t.day);
      if (t.day < entry.first) entry.first = t.day;
    }
  }
  const perUnit = o.timeUnit === 'weeks' ? 7 : 1;
  const offsets: number[] = [];
  for (const { first, days: set } of byCustomer) if (first <= end) for (const d of set) if (d !== first) offsets.push((d - origin) / perUnit);
  offsets.sort((a, b) => a - b);
  return at.map((tau) => {
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((offsets[mid] as number) < tau) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}
