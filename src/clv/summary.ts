import { CrmTaxonomyError, legacyError, describeValue, type ErrorPath } from '../errors/index.js';
import { createDayCounter, type DateInput } from '../records/index.js';
import {
  addCompensated,
  compareCustomerIds,
  readTransaction,
  type CompensatedSum,
  type CustomerId,
  type MissingCustomerIdPolicy,
  type TransactionAccessors,
} from '../records/index.js';
import { checkTimeUnit, DAYS_PER_UNIT, type TimeUnit } from './time.js';

/**
 * One customer's purchase history as the models read it, in the time unit of its summary:
 * `x` repeat purchases (purchase days after the first), `tx` the time of the last purchase after
 * the first (recency; 0 when `x = 0`), `T` the time from the first purchase to the end of the
 * calibration period (age). Requires `0 <= tx <= T` and `tx = 0` when `x = 0`.
 *
 * @example
 * ```ts
 * import type { CustomerHistory } from 'crm-taxonomy';
 *
 * const history: CustomerHistory = { x: 2, tx: 30.43, T: 38.86 };
 * history.x; //=> 2
 * ```
 */
export interface CustomerHistory {
  /** Repeat purchases (frequency), a whole number >= 0. */
  readonly x: number;
  /** Time of the last purchase, measured from the first (recency), `0 <= tx <= T`. */
  readonly tx: number;
  /** Time from the first purchase to the end of calibration (age). */
  readonly T: number;
}

/**
 * One row of a {@link CustomerSummary}: the history, the spend and (with a holdout period) what
 * happened next.
 *
 * @example
 * ```ts
 * import type { CustomerSummaryRow } from 'crm-taxonomy';
 *
 * const row: CustomerSummaryRow = { customerId: 1, x: 2, tx: 30.43, T: 38.86, firstPurchase: 9862, meanRepeatSpend: 22.35 };
 * row.meanRepeatSpend; //=> 22.35
 * ```
 */
export interface CustomerSummaryRow extends CustomerHistory {
  /** The customer. */
  readonly customerId: CustomerId;
  /** Calendar day (days since 1970-01-01) of the first purchase. */
  readonly firstPurchase: number;
  /** Mean amount of the repeat purchase days (each day's transactions added up); 0 when `x = 0`. */
  readonly meanRepeatSpend: number;
  /** Purchase days in the holdout period (only with `holdoutEnd`). */
  readonly holdoutPurchases?: number;
}

/**
 * Per-customer summaries of a transaction log at the end of a calibration period: the input of
 * the BG/NBD, Pareto/NBD and Gamma-Gamma models. Plain JSON.
 *
 * @example
 * ```ts
 * import { summarizeTransactions } from 'crm-taxonomy';
 *
 * const summary = summarizeTransactions(
 *   [{ id: 'a', at: '2024-01-01', amount: 10 }, { id: 'a', at: '2024-01-15', amount: 30 }],
 *   { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount },
 *   { calibrationEnd: '2024-01-29', timeUnit: 'weeks' },
 * );
 * summary.timeUnit; //=> 'weeks'
 * summary.customers[0]; //=> { customerId: 'a', x: 1, tx: 2, T: 4, meanRepeatSpend: 30 }
 * ```
 */
export interface CustomerSummary {
  /** The unit of `tx`, `T` and the holdout length. */
  readonly timeUnit: TimeUnit;
  /** The last calendar day of calibration (days since 1970-01-01, inclusive). */
  readonly calibrationEnd: number;
  /** The last calendar day of the holdout period, when one was asked for. */
  readonly holdoutEnd?: number;
  /** The customers, ordered by id (see `compareCustomerIds`). */
  readonly customers: readonly CustomerSummaryRow[];
}

/**
 * Options of {@link summarizeTransactions}.
 *
 * @example
 * ```ts
 * import type { SummaryOptions } from 'crm-taxonomy';
 *
 * const options: SummaryOptions = { calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30', timeUnit: 'weeks' };
 * options.timeUnit; //=> 'weeks'
 * ```
 */
export interface SummaryOptions {
  /** Last day of the calibration period, inclusive. Customers whose first purchase is later are left out. */
  readonly calibrationEnd: DateInput;
  /** Last day of an optional holdout period (inclusive): fills `holdoutPurchases`. */
  readonly holdoutEnd?: DateInput;
  /** The unit of `tx` and `T`. */
  readonly timeUnit: TimeUnit;
  /** Time zone of the calendar days (IANA name), `UTC` by default. */
  readonly timeZone?: string;
  /** What to do with a record without a customer id. Default `'error'`. */
  readonly onMissingCustomerId?: MissingCustomerIdPolicy;
}

interface Acc {
  firstDay: number;
  /** Amount per calibration purchase day. */
  readonly days: Map<number, CompensatedSum>;
  readonly holdoutDays: Set<number>;
}

/**
 * Summarises a transaction log per customer for the lifetime-value models: `x` repeat purchases,
 * `tx` recency, `T` age and the mean spend of the repeat purchases, in the chosen time unit (days
 * or weeks, computed from calendar days, not rounded). Transactions on the same calendar day are
 * merged into one purchase (their amounts added); the first purchase day does not count in `x`
 * nor in the mean spend. With `holdoutEnd`, also counts each customer's purchase days after
 * `calibrationEnd` up to `holdoutEnd`. Pure: reads the records through the accessors only.
 *
 * On the CDNOW sample with `calibrationEnd: '1997-09-30'` and weeks this reproduces the published
 * summary (`cdnow_customers_summary_with_transactions.csv`, which is rounded to 2 decimals).
 *
 * @throws CrmTaxonomyError `invalid_argument` (options), `invalid_date`, `missing_customer_id`,
 * `non_finite_amount`.
 * @example
 * ```ts
 * import { summarizeTransactions } from 'crm-taxonomy';
 *
 * const rows = [
 *   { c: 1, d: '2024-01-01', v: 5 },
 *   { c: 1, d: '2024-01-08', v: 7 },
 *   { c: 1, d: '2024-01-08', v: 3 },
 *   { c: 2, d: '2024-01-05', v: 9 },
 *   { c: 1, d: '2024-01-20', v: 4 },
 * ];
 * const summary = summarizeTransactions(rows, { customerId: (r) => r.c, at: (r) => r.d, amount: (r) => r.v }, {
 *   calibrationEnd: '2024-01-15',
 *   holdoutEnd: '2024-01-31',
 *   timeUnit: 'days',
 * });
 * summary.customers[0]; //=> { customerId: 1, x: 1, tx: 7, T: 14, meanRepeatSpend: 10, holdoutPurchases: 1 }
 * summary.customers[1]; //=> { customerId: 2, x: 0, tx: 0, T: 10, meanRepeatSpend: 0, holdoutPurchases: 0 }
 * ```
 */
export function summarizeTransactions<T>(
  transactions: Iterable<T>,
  accessors: TransactionAccessors<T>,
  options: SummaryOptions,
): CustomerSummary {
  if (typeof options !== 'object' || options === null) {
    throw legacyError('invalid_argument', 'options must be an object with calibrationEnd and timeUnit', { path: ['options'] });
  }
  const timeUnit = checkTimeUnit(options.timeUnit, ['options', 'timeUnit']);
  const days = createDayCounter(options.timeZone ?? 'UTC');
  const calibrationEnd = days.day(options.calibrationEnd, ['options', 'calibrationEnd']);
  const holdoutEnd = options.holdoutEnd === undefined ? undefined : days.day(options.holdoutEnd, ['options', 'holdoutEnd']);
  if (holdoutEnd !== undefined && holdoutEnd < calibrationEnd) {
    throw legacyError('invalid_argument', 'options.holdoutEnd must not be before options.calibrationEnd', {
      path: ['options', 'holdoutEnd'],
    });
  }
  const policy = options.onMissingCustomerId ?? 'error';
  if (policy !== 'error' && policy !== 'skip') {
    throw legacyError('invalid_argument', `options.onMissingCustomerId must be 'error' or 'skip', received ${describeValue(policy)}`, {
      path: ['options', 'onMissingCustomerId'],
      details: { allowed: ['error', 'skip'] },
    });
  }
  const perUnit = DAYS_PER_UNIT[timeUnit];
  const byCustomer = new Map<CustomerId, Acc>();
  let index = 0;
  for (const record of transactions) {
    const t = readTransaction(record, index, accessors, days, policy);
    index++;
    if (t === undefined) continue;
    let acc = byCustomer.get(t.customerId);
    if (acc === undefined) {
      acc = { firstDay: t.day, days: new Map(), holdoutDays: new Set() };
      byCustomer.set(t.customerId, acc);
    }
    if (t.day < acc.firstDay) acc.firstDay = t.day;
    if (t.day <= calibrationEnd) {
      let sum = acc.days.get(t.day);
      if (sum === undefined) {
        sum = { sum: 0, compensation: 0 };
        acc.days.set(t.day, sum);
      }
      addCompensated(sum, t.amount);
    } else if (holdoutEnd !== undefined && t.day <= holdoutEnd) {
      acc.holdoutDays.add(t.day);
    }
  }
  const ids = [...byCustomer.keys()].sort(compareCustomerIds);
  const customers: CustomerSummaryRow[] = [];
  for (const customerId of ids) {
    const acc = byCustomer.get(customerId) as Acc;
    if (acc.firstDay > calibrationEnd) continue;
    let last = acc.firstDay;
    const spend: CompensatedSum = { sum: 0, compensation: 0 };
    // Days in calendar order, so the sum does not depend on the order of the input.
    for (const day of [...acc.days.keys()].sort((p, q) => p - q)) {
      const sum = acc.days.get(day) as CompensatedSum;
      if (day > last) last = day;
      if (day !== acc.firstDay) addCompensated(spend, sum.sum + sum.compensation);
    }
    const x = acc.days.size - 1;
    const row: CustomerSummaryRow = {
      customerId,
      x,
      tx: (last - acc.firstDay) / perUnit,
      T: (calibrationEnd - acc.firstDay) / perUnit,
      firstPurchase: acc.firstDay,
      meanRepeatSpend: x === 0 ? 0 : (spend.sum + spend.compensation) / x,
      ...(holdoutEnd === undefined ? {} : { holdoutPurchases: acc.holdoutDays.size }),
    };
    customers.push(row);
  }
  return { timeUnit, calibrationEnd, ...(holdoutEnd === undefined ? {} : { holdoutEnd }), customers };
}

/**
 * The length of a summary's holdout period in its time unit (0 without a holdout).
 *
 * @example
 * ```ts
 * import { holdoutLength } from 'crm-taxonomy';
 *
 * holdoutLength({ timeUnit: 'weeks', calibrationEnd: 0, holdoutEnd: 273, customers: [] }); //=> 39
 * ```
 */
export function holdoutLength(summary: CustomerSummary): number {
  if (summary.holdoutEnd === undefined) return 0;
  return (summary.holdoutEnd - summary.calibrationEnd) / DAYS_PER_UNIT[summary.timeUnit];
}

function bad(path: ErrorPath, message: string, received: unknown): CrmTaxonomyError {
  return legacyError('invalid_summary', message, { path, details: { received: describeValue(received) } });
}

/**
 * Checks one customer history: finite `x`, `tx`, `T`, whole `x >= 0`, `0 <= tx <= T`, `tx = 0`
 * when `x = 0`. Throws `invalid_summary` naming the field.
 * @internal
 */
export function checkHistory(h: unknown, path: ErrorPath): CustomerHistory {
  if (typeof h !== 'object' || h === null) throw bad(path, `${path.join('.')}: expected { x, tx, T }`, h);
  const { x, tx, T } = h as Record<string, unknown>;
  const where = path.join('.') || 'customer';
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) {
    throw bad([...path, 'x'], `${where}.x (repeat purchases) must be a whole number >= 0, received ${describeValue(x)}`, x);
  }
  if (typeof T !== 'number' || !Number.isFinite(T) || T < 0) {
    throw bad([...path, 'T'], `${where}.T (age) must be a finite number >= 0, received ${describeValue(T)}`, T);
  }
  if (typeof tx !== 'number' || !Number.isFinite(tx) || tx < 0) {
    throw bad([...path, 'tx'], `${where}.tx (recency) must be a finite number >= 0, received ${describeValue(tx)}`, tx);
  }
  if (tx > T) throw bad([...path, 'tx'], `${where}.tx (recency ${tx}) must not exceed T (age ${T})`, tx);
  if (x === 0 && tx !== 0) throw bad([...path, 'tx'], `${where}.tx must be 0 when x = 0 (no repeat purchase), received ${tx}`, tx);
  return h as CustomerHistory;
}

/**
 * Checks a list of histories (an array of rows, or a {@link CustomerSummary} whose unit must match).
 * @internal
 */
export function checkHistories(
  input: CustomerSummary | readonly CustomerHistory[],
  timeUnit: TimeUnit | undefined,
): readonly CustomerHistory[] {
  if (Array.isArray(input)) {
    input.forEach((h, i) => checkHistory(h, ['customers', i]));
    return input as readonly CustomerHistory[];
  }
  const s = input as CustomerSummary;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.customers)) {
    throw legacyError('invalid_summary', 'Expected a CustomerSummary ({ timeUnit, customers }) or an array of { x, tx, T }', {
      path: [],
      details: { received: describeValue(input) },
    });
  }
  checkTimeUnit(s.timeUnit, ['timeUnit']);
  if (timeUnit !== undefined && s.timeUnit !== timeUnit) {
    throw legacyError(
      'invalid_argument',
      `The summary is in ${s.timeUnit} but the model was fitted in ${timeUnit}; summarise the transactions with timeUnit: '${timeUnit}'`,
      { path: ['timeUnit'], details: { expected: timeUnit, received: s.timeUnit } },
    );
  }
  s.customers.forEach((h, i) => checkHistory(h, ['customers', i]));
  return s.customers;
}

