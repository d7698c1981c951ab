import { CrmTaxonomyError, inputError, isPlainRecord, type ErrorPath } from '../errors/index.js';
import { createDayCounter, type DayCounter } from '../records/index.js';

/**
 * The largest amount the analyses take (`Number.MAX_SAFE_INTEGER`): integer minor units stay
 * exact below it, and no sum of such amounts can overflow.
 * @internal
 */
export const MAX_MONEY = Number.MAX_SAFE_INTEGER;

/** The largest count the analyses take (contacts, categories, purchases in a policy). @internal */
export const MAX_COUNT = 1_000_000_000;

/** The longest window, in days (a century). @internal */
export const MAX_DAYS = 36_500;

/** The most accounts one batch takes. @internal */
export const MAX_ACCOUNTS = 1_000_000;

/** The most transactions, and the most complaints, one account holds. @internal */
export const MAX_RECORDS = 1_000_000;

/** What to do with a transaction dated after `asOf`. @internal */
export type FuturePolicy = 'error' | 'ignore' | 'include';

/** A finite amount within ±MAX_MONEY (or 0…MAX_MONEY when `min` is 0), else `invalid_argument`. @internal */
export function readMoney(value: unknown, path: ErrorPath, min = -MAX_MONEY): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_MONEY) {
    throw inputError('invalid_argument', path, 'number', value, { min, max: MAX_MONEY });
  }
  // -0 is 0: no figure of an analysis is negative zero.
  return value + 0;
}

/** A whole number within 0…max, else `invalid_argument`. @internal */
export function readCount(value: unknown, path: ErrorPath, max = MAX_COUNT, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw inputError('invalid_argument', path, 'integer', value, { min, max });
  }
  return value;
}

/** A share within 0…1, else `invalid_argument`. @internal */
export function readShare(value: unknown, path: ErrorPath, exclusiveMin = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || (exclusiveMin ? value <= 0 : value < 0) || value > 1) {
    throw inputError('invalid_argument', path, 'number', value, { min: 0, max: 1, ...(exclusiveMin ? { exclusiveMin: true } : {}) });
  }
  return value;
}

/** One of the allowed strings, `fallback` when left out, else `invalid_argument`. @internal */
export function readChoice<const T extends string>(value: unknown, allowed: readonly T[], fallback: T, path: ErrorPath): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw inputError('invalid_argument', path, 'one_of', value, { allowed: [...allowed] });
  return value as T;
}

/** The common time options of the analyses: the day counter, `asOf` as a day, the future policy. @internal */
export interface TimeOptions {
  readonly days: DayCounter;
  readonly asOfDay: number | undefined;
  readonly future: FuturePolicy;
}

/** The options `readTime` reads, which every analysis takes. @internal */
export const TIME_KEYS: readonly string[] = ['asOf', 'timeZone', 'futureTransactions'];

/** Reads `timeZone`, `asOf` (required when `asOfRequired`) and `futureTransactions` from options. @internal */
export function readTime(options: Readonly<Record<string, unknown>>, asOfRequired: boolean): TimeOptions {
  // Each option read once: a getter's second answer never reaches the analysis.
  const { timeZone, asOf, futureTransactions } = options;
  const days = createDayCounter(timeZone === undefined ? 'UTC' : timeZone, ['options', 'timeZone']);
  if (asOf === undefined && asOfRequired) throw inputError('invalid_argument', ['options', 'asOf'], 'present', undefined);
  const asOfDay = asOf === undefined ? undefined : days.day(asOf, ['options', 'asOf']);
  const future = readChoice(futureTransactions, ['error', 'ignore', 'include'] as const, 'error', ['options', 'futureTransactions']);
  return { days, asOfDay, future };
}


/** Unit costs by service channel, from a host's record; `invalid_argument` for a bad cost. @internal */
export function readUnitCosts(value: unknown, path: ErrorPath): ReadonlyMap<string, number> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainRecord(value)) throw inputError('invalid_argument', path, 'object', value);
  const costs = new Map<string, number>();
  for (const channel of Object.keys(value).sort()) costs.set(channel, readMoney(value[channel], [...path, channel], 0));
  return costs;
}

/** `future_transaction` for a record dated after `asOf`. @internal */
export function futureError(path: ErrorPath, index: number, day: string, asOf: string): CrmTaxonomyError<'future_transaction'> {
  return new CrmTaxonomyError('future_transaction', { index, day, asOf }, { path });
}
