import { CrmTaxonomyError, describeValue } from '../errors.js';
import type { DayCounter } from './dates.js';
import type { DateInput } from './dates.js';

/**
 * A customer identifier as the host's database hands it over. Ids are compared as they are:
 * `42` and `'42'` are two different customers, so keep one type per data set.
 *
 * @example
 * ```ts
 * import type { CustomerId } from 'crm-taxonomy';
 *
 * const ids: CustomerId[] = ['c-001', 42];
 * ids.length; //=> 2
 * ```
 */
export type CustomerId = string | number;

/**
 * How to read a transaction from the host's own record type. Amounts are in the host's unit:
 * integer minor units (cents, fen) are recommended, because sums of integers below 2^53 never
 * drift; decimal amounts are summed with compensated (Neumaier) summation. Refunds are negative.
 *
 * @typeParam T - the host's record type.
 * @example
 * ```ts
 * import type { TransactionAccessors } from 'crm-taxonomy';
 *
 * interface OrderRow { user_id: string; created_at: string; total_cents: number }
 * const accessors: TransactionAccessors<OrderRow> = {
 *   customerId: (o) => o.user_id,
 *   at: (o) => o.created_at,
 *   amount: (o) => o.total_cents,
 * };
 * accessors.amount({ user_id: 'u1', created_at: '2024-01-01', total_cents: 1250 }); //=> 1250
 * ```
 */
export interface TransactionAccessors<T> {
  /** The customer the transaction belongs to. */
  readonly customerId: (record: T) => CustomerId | null | undefined;
  /** When it happened. */
  readonly at: (record: T) => DateInput;
  /** Its value in the host's unit (minor units recommended); negative for a refund. */
  readonly amount: (record: T) => number;
}

/**
 * A transaction after reading: what the scoring and value models work on.
 * @internal
 */
export interface ReadTransaction {
  readonly customerId: CustomerId;
  readonly day: number;
  readonly amount: number;
}

/**
 * What to do with a record that has no customer id (guest checkouts, for one): throw
 * `missing_customer_id` (the default) or skip the record.
 *
 * @example
 * ```ts
 * import type { MissingCustomerIdPolicy } from 'crm-taxonomy';
 *
 * const policy: MissingCustomerIdPolicy = 'skip';
 * policy; //=> 'skip'
 * ```
 */
export type MissingCustomerIdPolicy = 'error' | 'skip';

/**
 * Reads one record through the accessors, checking the id, date and amount. Returns `undefined`
 * for a record skipped by policy.
 * @internal
 */
export function readTransaction<T>(
  record: T,
  index: number,
  accessors: TransactionAccessors<T>,
  days: DayCounter,
  onMissingCustomerId: MissingCustomerIdPolicy,
): ReadTransaction | undefined {
  const customerId = accessors.customerId(record);
  if (customerId === null || customerId === undefined || customerId === '' || (typeof customerId === 'number' && !Number.isFinite(customerId))) {
    if (onMissingCustomerId === 'skip') return undefined;
    throw new CrmTaxonomyError(
      'missing_customer_id',
      `Transaction ${index} has no customer id (received ${describeValue(customerId)}); pass onMissingCustomerId: 'skip' to leave such records out`,
      { path: ['transactions', index, 'customerId'], details: { index } },
    );
  }
  if (typeof customerId !== 'string' && typeof customerId !== 'number') {
    throw new CrmTaxonomyError(
      'invalid_record',
      `Transaction ${index}: a customer id must be a string or a number, received ${describeValue(customerId)}`,
      { path: ['transactions', index, 'customerId'], details: { index } },
    );
  }
  const day = days.day(accessors.at(record), ['transactions', index, 'at']);
  const amount = accessors.amount(record);
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw new CrmTaxonomyError(
      'non_finite_amount',
      `Transaction ${index}: amount must be a finite number, received ${describeValue(amount)}`,
      { path: ['transactions', index, 'amount'], details: { index, received: describeValue(amount) } },
    );
  }
  return { customerId, day, amount };
}

/**
 * Orders customer ids deterministically: numbers first (numerically), then strings by UTF-16 code
 * units (not by locale, so the order is the same on every machine).
 *
 * @example
 * ```ts
 * import { compareCustomerIds } from 'crm-taxonomy';
 *
 * ['b', 10, 'a', 2].sort(compareCustomerIds); //=> [2, 10, 'a', 'b']
 * ```
 */
export function compareCustomerIds(a: CustomerId, b: CustomerId): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Neumaier's compensated summation: a running sum that does not drift over millions of decimal
 * amounts. `add` returns the new state; `total` reads it.
 * @internal
 */
export interface CompensatedSum {
  sum: number;
  compensation: number;
}

/** @internal */
export function addCompensated(state: CompensatedSum, value: number): void {
  const t = state.sum + value;
  if (Math.abs(state.sum) >= Math.abs(value)) state.compensation += state.sum - t + value;
  else state.compensation += value - t + state.sum;
  state.sum = t;
}

/**
 * Adds up numbers without drift (Neumaier's compensated summation).
 *
 * @example
 * ```ts
 * import { sumAmounts } from 'crm-taxonomy';
 *
 * sumAmounts([0.1, 0.2, 0.3]); //=> 0.6
 * sumAmounts([1e16, 1, -1e16]); //=> 1
 * ```
 */
export function sumAmounts(values: Iterable<number>): number {
  const state: CompensatedSum = { sum: 0, compensation: 0 };
  for (const v of values) addCompensated(state, v);
  return state.sum + state.compensation;
}
