import { inputError, isPlainRecord, knownKeys, optionsRecord, type ErrorPath } from '../errors/index.js';
import { ACCESSOR_KEYS, createDayCounter, dayToIso, invalidDate, type DayCounter, type TransactionAccessors } from '../records/index.js';
import { checkShape, resolveShape } from '../shape/index.js';
import { RFM_POLICY_SHAPE, RFM_SCORING_SHAPE, RFM_THRESHOLDS_SHAPE, thresholdsIssue } from './shapes.js';
import type { BatchProgress, BinningMethod, RfmPolicy, RfmThresholds, ScoringAccessors } from './types.js';

/** A partial policy completed over the defaults; `invalid_policy` at `path` for a bad field. @internal */
export function resolveRfmPolicy(policy: unknown, path: ErrorPath = ['options', 'policy']): RfmPolicy {
  return resolveShape(RFM_POLICY_SHAPE, policy, 'invalid_policy', path);
}

/**
 * Day counters by time zone: building one reads `Intl`, and a process uses few zones. At most 16
 * are kept (each keeps at most 262,144 offsets of span and hour starts, about 11 MB when full), forgotten together when a 17th comes:
 * answers never depend on what is kept, only the time they take.
 */
const counters = new Map<string, DayCounter>();

/** The day counter of a (checked) time zone, memoised; `invalid_argument` at `path` for a zone `Intl` does not know. @internal */
export function dayCounter(timeZone: string, path?: ErrorPath): DayCounter {
  let counter = counters.get(timeZone);
  if (counter === undefined) {
    counter = createDayCounter(timeZone, path);
    if (counters.size === 16) counters.clear();
    counters.set(timeZone, counter);
  }
  return counter;
}

/** The calendar day of `asOf` (required): `invalid_date` at `['options', 'asOf']` otherwise. @internal */
export function readAsOf(days: DayCounter, asOf: unknown): number {
  if (asOf === undefined) throw invalidDate(asOf, ['options', 'asOf']);
  return days.day(asOf, ['options', 'asOf']);
}

/** Everything a fit needs from its options, checked. @internal */
export interface ResolvedScoring {
  readonly policy: RfmPolicy;
  readonly days: DayCounter;
  readonly asOfDay: number;
  readonly asOfIso: string;
  readonly scores: number;
  readonly method: BinningMethod;
  readonly thresholds: RfmThresholds | undefined;
}

/** The options of every RFM fit: its policy and `asOf`. @internal */
export const FIT_KEYS = ['asOf', 'scores', 'method', 'thresholds', 'policy'] as const;

/**
 * Checks the options of an RFM fit at the boundary. With `keys`, a key outside them is refused
 * (`invalid_argument` at the key, `known_key` with the keys): a misspelt setting (`score`) would
 * otherwise fit with its default.
 * @internal
 */
export function resolveScoring(options: unknown, keys?: readonly string[]): ResolvedScoring {
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  if (keys !== undefined) knownKeys(options, keys, ['options']);
  const policy = resolveRfmPolicy(options.policy);
  const days = dayCounter(policy.timeZone);
  const asOfDay = readAsOf(days, options.asOf);
  const picked: Record<string, unknown> = {};
  for (const key of ['scores', 'method'] as const) if (options[key] !== undefined) picked[key] = options[key];
  const { scores, method } = resolveShape(RFM_SCORING_SHAPE, picked, 'invalid_policy', ['options']);
  let thresholds: RfmThresholds | undefined;
  if (method === 'thresholds') {
    if (options.thresholds === undefined) throw inputError('invalid_policy', ['options', 'thresholds'], 'present', undefined);
    thresholds = checkShape(RFM_THRESHOLDS_SHAPE, options.thresholds, 'invalid_policy', ['options', 'thresholds']);
    const issue = thresholdsIssue(thresholds, scores);
    if (issue !== undefined) {
      const { path, expected, value, ...extra } = issue;
      throw inputError('invalid_policy', ['options', 'thresholds', ...path], expected, value, extra);
    }
  } else if (options.thresholds !== undefined) {
    // Cut points under another method would be ignored: a host that forgot `method` gets quantiles.
    throw inputError('invalid_policy', ['options', 'thresholds'], 'only_with_other', options.thresholds, { other: "options.method 'thresholds'" });
  }
  return { policy, days, asOfDay, asOfIso: dayToIso(asOfDay), scores, method, thresholds };
}

/** What the reading of a host's rows needs from the options. @internal */
export interface ReadSettings<T> {
  readonly accessors: ScoringAccessors<T>;
  readonly skipMissingIds: boolean;
  readonly onProgress: ((progress: BatchProgress) => void) | undefined;
}

/** The default accessors: rows shaped `{ customerId, at, amount, profit? }`. @internal */
export const DEFAULT_ACCESSORS: ScoringAccessors<Readonly<Record<string, unknown>>> = {
  customerId: (row) => row.customerId as never,
  at: (row) => row.at as never,
  amount: (row) => row.amount as never,
  profit: (row) => row.profit as number,
};

/** Reads `accessors`, `onMissingCustomerId` and `onProgress`. @internal */
export function readSettings<T>(options: Readonly<Record<string, unknown>>, profit: boolean): ReadSettings<T> {
  const given = options.accessors;
  let accessors: ScoringAccessors<T>;
  if (given === undefined) accessors = DEFAULT_ACCESSORS as unknown as ScoringAccessors<T>;
  else {
    const a = optionsRecord(given as object, ACCESSOR_KEYS, ['options', 'accessors']) as Record<string, unknown>;
    // The three it reads, `profit` when it reads it, and any other given (a `profit: 'margin'` was called at the first row).
    const required = profit ? ['customerId', 'at', 'amount', 'profit'] : ['customerId', 'at', 'amount'];
    for (const key of ACCESSOR_KEYS) {
      if ((a[key] !== undefined || required.includes(key)) && typeof a[key] !== 'function') {
        throw inputError('invalid_argument', ['options', 'accessors', key], 'function', a[key]);
      }
    }
    accessors = a as unknown as ScoringAccessors<T>;
  }
  const missing = options.onMissingCustomerId ?? 'error';
  if (missing !== 'error' && missing !== 'skip') throw inputError('invalid_argument', ['options', 'onMissingCustomerId'], 'one_of', missing, { allowed: ['error', 'skip'] });
  return { accessors, skipMissingIds: missing === 'skip', onProgress: readProgress(options) };
}

/** Reads `onProgress`: a function or absent. @internal */
export function readProgress(options: Readonly<Record<string, unknown>>): ((progress: BatchProgress) => void) | undefined {
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw inputError('invalid_argument', ['options', 'onProgress'], 'function', onProgress);
  return onProgress as ((progress: BatchProgress) => void) | undefined;
}

export type { TransactionAccessors };
