import type { ErrorPath } from '../errors/index.js';
import { DAY_MS, MAX_INSTANT, beyondDateRange, createDayCounter, dayToIsoChecked, daysFromCivil, daysInMonth, instantToIsoChecked, type DayCounter } from '../records/index.js';
import type { PoolPolicy } from './policy.js';

/**
 * How a policy counts periods, on one scale: calendar days (day numbers in the policy's zone) or
 * elapsed time (epoch milliseconds). A period "has passed" once the time is past a limit.
 * @internal
 */
export interface Clock {
  readonly counting: PoolPolicy['counting'];
  readonly days: DayCounter;
  /** A date input on the clock's scale. */
  point(value: unknown, path: ErrorPath): number;
  /** `point` plus a period. */
  plus(point: number, amount: number, unit: 'day' | 'week' | 'month'): number;
  /** The calendar day of a point. */
  dayOf(point: number): number;
  /** Whole days from `now` until `limit` is past: calendar days to the day after it, or 24-hour days rounded up to the instant itself. */
  daysUntilPast(now: number, limit: number): number;
}

/**
 * The last day on or before which `months` calendar months have not yet passed since `day`: the
 * same day of the month `months` later, or the last day of that month when it is shorter (Java's
 * `minusMonths` clamps, so a period from 31 January ends with February). `clamped` says which.
 */
function addMonths(day: number, months: number): { readonly day: number; readonly clamped: boolean } {
  const iso = dayToIsoChecked(day);
  const m = /^([+-]?\d+)-(\d{2})-(\d{2})$/.exec(iso) as RegExpExecArray;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = daysInMonth(year, month);
  const wanted = Number(m[3]);
  return { day: daysFromCivil(year, month, Math.min(wanted, last)), clamped: wanted > last };
}

/**
 * An instant as the policy's zone reads it, in ISO 8601 with its offset (`2026-03-04T10:00:00.000+08:00`):
 * what a person in that zone is told to wait for. UTC, an offset of seconds (a zone's local mean
 * time) or a year beyond four digits is written in UTC (`Z`).
 * @internal
 */
export function localIso(days: DayCounter, instant: number): string {
  const utc = instantToIsoChecked(instant);
  const offset = days.wall(instant) - instant;
  const wall = instant + offset;
  if (offset === 0 || offset % 60_000 !== 0 || !(Math.abs(wall) <= MAX_INSTANT)) return utc;
  const local = instantToIsoChecked(wall);
  // The local reading, of four-digit years only (`+010000-…` and `-000001-…` are cut otherwise).
  if (!/^\d{4}-/.test(local)) return utc;
  const minutes = Math.abs(offset) / 60_000;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${local.slice(0, 23)}${offset < 0 ? '-' : '+'}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** The clock of a policy. @internal */
export function clockOf(policy: PoolPolicy): Clock {
  const days = createDayCounter(policy.timeZone, ['options', 'policy', 'timeZone']);
  if (policy.counting === 'calendar_days') {
    return {
      counting: policy.counting,
      days,
      point: (value, path) => days.day(value, path),
      plus: (point, amount, unit) => (unit === 'month' ? addMonths(point, amount).day : point + amount * (unit === 'week' ? 7 : 1)),
      dayOf: (point) => point,
      daysUntilPast: (now, limit) => Math.max(0, limit + 1 - now),
    };
  }
  // A computed instant (a limit) whose calendar day a Date cannot hold cannot be answered.
  const dayOf = (point: number): number => {
    if (!(Math.abs(point) <= MAX_INSTANT)) throw beyondDateRange('date');
    try {
      return days.day(point, []);
    } catch {
      throw beyondDateRange('date');
    }
  };
  return {
    counting: policy.counting,
    days,
    // An input instant's calendar day must be one a Date holds too: refused at the input's path.
    point: (value, path) => {
      const t = days.instant(value, path);
      days.day(t, path);
      return t;
    },
    plus: (point, amount, unit) => {
      if (unit !== 'month') return point + amount * (unit === 'week' ? 7 : 1) * DAY_MS;
      // The same wall-clock time `amount` calendar months later; when that month is too short,
      // the period lasts to its end (CordysCRM compares the start with `now.minusMonths(n)`).
      // The time of day is the clock's reading, read again on the later day (a DST change between
      // midnight and that time moves the instant, not the reading), as Java's plusMonths does.
      try {
        const day = dayOf(point);
        const timeOfDay = days.wall(point) - day * DAY_MS;
        const later = addMonths(day, amount);
        if (later.clamped) return days.instant(dayToIsoChecked(later.day + 1), []) - 1;
        return days.instant(`${dayToIsoChecked(later.day)}T${new Date(timeOfDay).toISOString().slice(11, 23)}`, []);
      } catch {
        throw beyondDateRange('date');
      }
    },
    dayOf,
    daysUntilPast: (now, limit) => Math.max(0, Math.ceil((limit - now) / DAY_MS)),
  };
}
