import { CrmTaxonomyError, describeValue, recordError, type ErrorPath } from '../errors/index.js';
import type { DateInput, DayCounter } from './dates.js';

/** A host's customer id: a non-empty string or a finite number. Ids are data (kept in `Map`s), never object keys: `7` and `'7'` are two customers, so give ids of one type. */
export type CustomerId = string | number;

/**
 * How the library reads a host's transaction rows: three functions from a row to the customer
 * id, the date and the amount. Rows stay the host's own shape.
 */
export interface TransactionAccessors<T> {
  /** The customer the transaction belongs to. */
  readonly customerId: (record: T) => CustomerId | null | undefined;
  /** When it happened. */
  readonly at: (record: T) => DateInput;
  /** Its value in the host's unit (integer minor units recommended); negative for a refund. */
  readonly amount: (record: T) => number;
}

/**
 * Every accessor a batch function reads (`classifyAll` the most): one accessors object serves
 * them all, and a key outside these is refused, as a misspelt one (`proft`) would leave its
 * field unread, silently.
 * @internal
 */
export const ACCESSOR_KEYS: readonly string[] = ['customerId', 'at', 'amount', 'profit', 'category', 'directed'];

/** A transaction as read: customer id, calendar day, amount. @internal */
export interface ReadTransaction {
  readonly customerId: CustomerId;
  readonly day: number;
  readonly amount: number;
}

/** What to do with a record that has no customer id: refuse it (`'error'`) or leave it out (`'skip'`). */
export type MissingCustomerIdPolicy = 'error' | 'skip';

/**
 * A customer id as the key of a `Set` or `Map` of strings, numbers and strings apart (`1` is
 * `n1`, `'1'` is `s1`): V8 hashes strings with the process's random seed and numbers without one,
 * so numeric ids built to share a hash made every insert walk one chain, quadratic in the ids.
 * For a set of ids where the scoring core's `CustomerIndex` is not at hand. @internal
 */
export const idKey = (id: CustomerId): string => (typeof id === 'number' ? `n${id}` : `s${id}`);

/** Whether a value is a usable customer id. @internal */
export function isCustomerId(value: unknown): value is CustomerId {
  // Number.isFinite is false for anything but a finite number.
  return typeof value === 'string' ? value.length > 0 : Number.isFinite(value);
}

/**
 * Reads one record through the accessors, at the boundary: the customer id, the calendar day
 * and a finite amount, or a `CrmTaxonomyError` naming the record (`transactions[41].amount`).
 * @internal
 */
export function readTransaction<T>(
  record: T,
  index: number,
  accessors: TransactionAccessors<T>,
  days: DayCounter,
  onMissingCustomerId: MissingCustomerIdPolicy,
  path: ErrorPath = ['transactions'],
): ReadTransaction | undefined {
  const customerId = accessors.customerId(record);
  if (customerId === null || customerId === undefined || customerId === '') {
    if (onMissingCustomerId === 'skip') return undefined;
    throw new CrmTaxonomyError('missing_customer_id', { index, received: describeValue(customerId) }, { path: [...path, index, 'customerId'] });
  }
  if (!isCustomerId(customerId)) throw recordError([...path, index, 'customerId'], index, 'customer_id', customerId);
  const day = days.day(accessors.at(record), [...path, index, 'at']);
  const amount = accessors.amount(record);
  if (!Number.isFinite(amount)) throw recordError([...path, index, 'amount'], index, 'number', amount);
  return { customerId, day, amount };
}

/**
 * The order of customer ids in every result: numbers ascending, then strings by UTF-16 code
 * units (SQL's `COLLATE "C"`), so results do not depend on the input's order.
 * @internal
 */
export function compareCustomerIds(a: CustomerId, b: CustomerId): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
