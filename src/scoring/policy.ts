import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, dayToIso, type DayCounter } from '../records/index.js';
import type { BinningMethod, ResolvedRfmPolicy, RfmOptions, RfmPolicy, RfmThresholds } from './types.js';

/** @internal */
export const DEFAULT_POLICY: ResolvedRfmPolicy = {
  sameDay: 'separate',
  monetary: 'sum',
  zeroAmounts: 'purchase',
  refunds: 'subtract',
  future: 'error',
  timeZone: 'UTC',
};

const CHOICES: { readonly [K in Exclude<keyof RfmPolicy, 'timeZone'>]: readonly string[] } = {
  sameDay: ['separate', 'once'],
  monetary: ['sum', 'mean'],
  zeroAmounts: ['purchase', 'ignore'],
  refunds: ['subtract', 'ignore'],
  future: ['error', 'ignore', 'include'],
};

function choose<K extends Exclude<keyof RfmPolicy, 'timeZone'>>(options: RfmPolicy, key: K): ResolvedRfmPolicy[K] {
  const value = options[key];
  if (value === undefined) return DEFAULT_POLICY[key];
  const allowed = CHOICES[key];
  if (!allowed.includes(value as string)) {
    throw legacyError('invalid_policy', `${key} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, received ${describeValue(value)}`, {
      path: [key],
      details: { allowed, received: describeValue(value) },
    });
  }
  return value as ResolvedRfmPolicy[K];
}

/** Checks and completes a policy. @internal */
export function resolvePolicy(options: RfmPolicy): ResolvedRfmPolicy {
  const timeZone = options.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string') {
    throw legacyError('invalid_argument', `timeZone must be an IANA time zone name, received ${describeValue(timeZone)}`, { path: ['timeZone'] });
  }
  return {
    sameDay: choose(options, 'sameDay'),
    monetary: choose(options, 'monetary'),
    zeroAmounts: choose(options, 'zeroAmounts'),
    refunds: choose(options, 'refunds'),
    future: choose(options, 'future'),
    timeZone,
  };
}

/** The calendar day of `asOf`, with `invalid_as_of` for a bad value. @internal */
export function asOfDay(days: DayCounter, asOf: unknown): number {
  if (asOf === undefined) {
    throw legacyError('invalid_as_of', 'asOf is required: the day the analysis is made (a Date, epoch ms or ISO date)', { path: ['asOf'] });
  }
  try {
    return days.day(asOf, ['asOf']);
  } catch (cause) {
    throw legacyError('invalid_as_of', `asOf must be a Date, epoch milliseconds or an ISO 8601 date, received ${describeValue(asOf)}`, {
      path: ['asOf'],
      details: { received: describeValue(asOf) },
      cause,
    });
  }
}

/** Resolved scoring options. @internal */
export interface ResolvedScoring {
  readonly policy: ResolvedRfmPolicy;
  readonly days: DayCounter;
  readonly asOfDay: number;
  readonly asOfIso: string;
  readonly scores: number;
  readonly method: BinningMethod;
  readonly thresholds: RfmThresholds | undefined;
}

/** Validates `scores`. @internal */
export function checkScores(scores: unknown): number {
  if (typeof scores !== 'number' || !Number.isInteger(scores) || scores < 2 || scores > 100) {
    throw legacyError('invalid_policy', `scores must be an integer from 2 to 100, received ${describeValue(scores)}`, {
      path: ['scores'],
      details: { received: describeValue(scores) },
    });
  }
  return scores;
}

/** Validates fixed thresholds: n − 1 finite numbers per metric, strictly ordered worst to best. @internal */
export function checkThresholds(thresholds: unknown, scores: number): RfmThresholds {
  if (typeof thresholds !== 'object' || thresholds === null) {
    throw legacyError('invalid_policy', "method 'thresholds' needs thresholds: { recency, frequency, monetary }, each scores − 1 numbers ordered worst to best", {
      path: ['thresholds'],
    });
  }
  const t = thresholds as Record<string, unknown>;
  for (const key of ['recency', 'frequency', 'monetary'] as const) {
    const list = t[key];
    const descending = key === 'recency';
    const ok =
      Array.isArray(list) &&
      list.length === scores - 1 &&
      list.every((v, i) => typeof v === 'number' && Number.isFinite(v) && (i === 0 || (descending ? v < (list[i - 1] as number) : v > (list[i - 1] as number))));
    if (!ok) {
      throw legacyError(
        'invalid_policy',
        `thresholds.${key} must be ${scores - 1} finite numbers, strictly ${descending ? 'descending (days, worst first)' : 'ascending (worst first)'}, received ${describeValue(list)}`,
        { path: ['thresholds', key], details: { expectedLength: scores - 1, received: Array.isArray(list) ? list : describeValue(list) } },
      );
    }
  }
  return t as unknown as RfmThresholds;
}

/** Validates every scoring option at the boundary. @internal */
export function resolveScoring(options: RfmOptions): ResolvedScoring {
  if (typeof options !== 'object' || options === null) {
    throw legacyError('invalid_argument', 'options must be an object with at least asOf', { path: [] });
  }
  const policy = resolvePolicy(options);
  const days = createDayCounter(policy.timeZone);
  const day = asOfDay(days, options.asOf);
  const scores = checkScores(options.scores ?? 5);
  const method = options.method ?? 'quantile';
  if (method !== 'quantile' && method !== 'ntile' && method !== 'thresholds') {
    throw legacyError('invalid_policy', `method must be 'quantile', 'ntile' or 'thresholds', received ${describeValue(method)}`, {
      path: ['method'],
      details: { allowed: ['quantile', 'ntile', 'thresholds'] },
    });
  }
  const thresholds = method === 'thresholds' ? checkThresholds(options.thresholds, scores) : undefined;
  return { policy, days, asOfDay: day, asOfIso: dayToIso(day), scores, method, thresholds };
}
