import { CrmTaxonomyError, inputError, isRecord, knownKeys, type ErrorPath } from '../errors/index.js';

/** The time unit of a customer summary and a fitted model: every recency, age and horizon is a number of these. */
export type TimeUnit = 'days' | 'weeks';

/**
 * A length of time with its unit, e.g. `{ value: 52, unit: 'weeks' }`. Horizons and discount
 * periods are durations, so a model fitted in weeks and a rate per year are converted explicitly.
 * `years` are 365.25 days; there are deliberately no months.
 */
export interface Duration {
  /** How many units (finite, >= 0). */
  readonly value: number;
  /** `days`, `weeks` or `years`. */
  readonly unit: TimeUnit | 'years';
}

/** Days in one unit: days 1, weeks 7, years 365.25. @internal */
export const DAYS_PER_UNIT: Readonly<Record<Duration['unit'], number>> = /* @__PURE__ */ Object.freeze({ days: 1, weeks: 7, years: 365.25 });

const TIME_UNITS: readonly string[] = ['days', 'weeks'];
const DURATION_UNITS: readonly string[] = ['days', 'weeks', 'years'];

/** The longest horizon a forecast serves: 100,000 years (beyond, `input_too_large`). @internal */
export const MAX_HORIZON_DAYS = 36_525_000;

/** @internal */
export function checkTimeUnit(value: unknown, path: ErrorPath): TimeUnit {
  if (typeof value !== 'string' || !TIME_UNITS.includes(value)) throw inputError('invalid_argument', path, 'one_of', value, { allowed: [...TIME_UNITS] });
  return value as TimeUnit;
}

/**
 * A duration in `unit` (through days, exactly), checked: a `{ value, unit }` record with a finite
 * value >= 0 and a known unit; `input_too_large` beyond 100,000 years.
 * @internal
 */
export function durationIn(value: unknown, unit: TimeUnit, path: ErrorPath): number {
  if (!isRecord(value)) throw inputError('invalid_argument', path, 'object', value);
  knownKeys(value, ['value', 'unit'], path);
  const v = value.value;
  const u = value.unit;
  if (typeof u !== 'string' || !DURATION_UNITS.includes(u)) throw inputError('invalid_argument', [...path, 'unit'], 'one_of', u, { allowed: [...DURATION_UNITS] });
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw inputError('invalid_argument', [...path, 'value'], 'number', v, { min: 0 });
  const days = v * DAYS_PER_UNIT[u as Duration['unit']];
  if (days > MAX_HORIZON_DAYS) {
    throw new CrmTaxonomyError('input_too_large', { what: pathText(path), limit: MAX_HORIZON_DAYS / DAYS_PER_UNIT[u as Duration['unit']], received: v }, { path: [...path, 'value'] });
  }
  return u === unit ? v : days / DAYS_PER_UNIT[unit];
}

function pathText(path: ErrorPath): string {
  return path.filter((p) => typeof p === 'string').join('.') || 'duration';
}
