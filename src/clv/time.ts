import { CrmTaxonomyError, legacyError, describeValue, type ErrorPath } from '../errors/index.js';

/**
 * The time unit a customer summary and a fitted model are expressed in. Every frequency, recency,
 * age and forecast horizon of a model is a number of these units.
 *
 * @example
 * ```ts
 * import type { TimeUnit } from 'crm-taxonomy';
 *
 * const unit: TimeUnit = 'weeks';
 * unit; //=> 'weeks'
 * ```
 */
export type TimeUnit = 'days' | 'weeks';

/**
 * The units a {@link Duration} may use: the model units plus `years` (365.25 days), the usual
 * period of a discount rate. There is deliberately no `months`: a "month" of 30 days applied to a
 * model fitted in weeks is the classic unit slip of the reference packages.
 *
 * @example
 * ```ts
 * import type { DurationUnit } from 'crm-taxonomy';
 *
 * const unit: DurationUnit = 'years';
 * unit; //=> 'years'
 * ```
 */
export type DurationUnit = TimeUnit | 'years';

/**
 * A length of time with its unit, e.g. `{ value: 52, unit: 'weeks' }`. Forecast horizons and
 * discount periods are durations, so a model fitted in weeks and a rate per year are converted
 * explicitly, never mixed up.
 *
 * @example
 * ```ts
 * import type { Duration } from 'crm-taxonomy';
 *
 * const horizon: Duration = { value: 39, unit: 'weeks' };
 * horizon.value; //=> 39
 * ```
 */
export interface Duration {
  /** How many units (finite, non-negative). */
  readonly value: number;
  /** The unit. */
  readonly unit: DurationUnit;
}

/**
 * Days in one unit: days 1, weeks 7, years 365.25.
 *
 * @example
 * ```ts
 * import { DAYS_PER_UNIT } from 'crm-taxonomy';
 *
 * DAYS_PER_UNIT.weeks; //=> 7
 * DAYS_PER_UNIT.years; //=> 365.25
 * ```
 */
export const DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = { days: 1, weeks: 7, years: 365.25 };

const TIME_UNITS: readonly TimeUnit[] = ['days', 'weeks'];
const DURATION_UNITS: readonly DurationUnit[] = ['days', 'weeks', 'years'];

/** @internal */
export function checkTimeUnit(value: unknown, path: ErrorPath): TimeUnit {
  if (!TIME_UNITS.includes(value as TimeUnit)) {
    throw legacyError(
      'invalid_argument',
      `${path.join('.') || 'timeUnit'} must be one of ${TIME_UNITS.join(', ')}, received ${describeValue(value)}`,
      { path, details: { allowed: TIME_UNITS, received: describeValue(value) } },
    );
  }
  return value as TimeUnit;
}

/** @internal */
export function checkDuration(value: unknown, path: ErrorPath): Duration {
  const d = value as Partial<Duration> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.value !== 'number' ||
    !Number.isFinite(d.value) ||
    d.value < 0 ||
    !DURATION_UNITS.includes(d.unit as DurationUnit)
  ) {
    throw legacyError(
      'invalid_argument',
      `${path.join('.') || 'duration'} must be { value: a finite number >= 0, unit: ${DURATION_UNITS.join(' | ')} }, received ${describeValue(value)}${
        typeof d === 'object' && d !== null ? ` with value ${describeValue(d.value)} and unit ${describeValue(d.unit)}` : ''
      }`,
      { path, details: { allowedUnits: DURATION_UNITS } },
    );
  }
  return d as Duration;
}

/**
 * Converts a duration to another unit (exactly: through days).
 *
 * @example
 * ```ts
 * import { convertDuration } from 'crm-taxonomy';
 *
 * convertDuration({ value: 14, unit: 'days' }, 'weeks'); //=> 2
 * convertDuration({ value: 1, unit: 'years' }, 'days'); //=> 365.25
 * ```
 */
export function convertDuration(duration: Duration, unit: DurationUnit): number {
  const d = checkDuration(duration, ['duration']);
  if (!DURATION_UNITS.includes(unit)) checkDuration({ value: 0, unit }, ['unit']);
  return d.unit === unit ? d.value : (d.value * DAYS_PER_UNIT[d.unit]) / DAYS_PER_UNIT[unit];
}
