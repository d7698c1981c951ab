import { CrmTaxonomyError, describeValue, type ErrorPath } from '../errors.js';

/**
 * Milliseconds in a calendar day (UTC days have no leap seconds in JavaScript time).
 *
 * @example
 * ```ts
 * import { DAY_MS, toEpochMs } from 'crm-taxonomy';
 *
 * (toEpochMs('2024-03-02') - toEpochMs('2024-03-01')) / DAY_MS; //=> 1
 * ```
 */
export const DAY_MS = 86_400_000;

/**
 * A point in time as hosts hand it over: a `Date`, epoch milliseconds, or an ISO 8601 string
 * (`2024-03-01`, `2024-03-01T09:30:00Z`, `2024-03-01 09:30:00`, or the basic form `20240301`).
 * A string without an offset is a wall-clock time in the time zone of the call (UTC by default).
 *
 * @example
 * ```ts
 * import type { DateInput } from 'crm-taxonomy';
 *
 * const inputs: DateInput[] = [new Date(0), 0, '1970-01-01', '19700101', '1970-01-01T00:00:00Z'];
 * inputs.length; //=> 5
 * ```
 */
export type DateInput = Date | number | string;

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A parsed date input: the calendar day when the input is a wall-clock date, else an instant. */
interface ParsedDate {
  /** Epoch milliseconds, when the input names an instant (a Date, a number, a string with an offset). */
  readonly instant?: number;
  /** Days since 1970-01-01 of the wall-clock date, when the input has no offset. */
  readonly wallDay?: number;
  /** Milliseconds into the wall-clock day. */
  readonly wallMs?: number;
}

function invalid(value: unknown, path: ErrorPath): CrmTaxonomyError {
  return new CrmTaxonomyError(
    'invalid_date',
    `Expected a Date, epoch milliseconds or an ISO 8601 date string at ${path.join('.') || 'input'}, received ${describeValue(value)}`,
    { path, details: { received: typeof value === 'string' || typeof value === 'number' ? value : describeValue(value) } },
  );
}

function parseDateInput(value: unknown, path: ErrorPath): ParsedDate {
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw invalid(value, path);
    return { instant: t };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(value, path);
    return { instant: value };
  }
  if (typeof value !== 'string') throw invalid(value, path);
  const m = ISO.exec(value.trim());
  if (m === null) throw invalid(value, path);
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = hs === undefined ? 0 : Number(hs);
  const mi = mis === undefined ? 0 : Number(mis);
  const s = ss === undefined ? 0 : Number(ss);
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) throw invalid(value, path);
  const dayStart = Date.UTC(y, mo - 1, d);
  // Reject dates that roll over (2023-02-30).
  const check = new Date(dayStart);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw invalid(value, path);
  }
  const wallMs = ((h * 60 + mi) * 60 + s) * 1000 + ms;
  if (offset === undefined) return { wallDay: Math.round(dayStart / DAY_MS), wallMs };
  let offsetMs = 0;
  if (offset.toUpperCase() !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * 60_000;
  }
  return { instant: dayStart + wallMs - offsetMs };
}

/**
 * Converts date inputs to calendar days (whole days since 1970-01-01) in one time zone. Create it
 * once per call and reuse it in the loop: it keeps the `Intl.DateTimeFormat` it needs.
 * @internal
 */
export interface DayCounter {
  /** The calendar day of a date input, in the counter's time zone. */
  day(value: unknown, path: ErrorPath): number;
  /** Epoch milliseconds of a date input (wall-clock strings read in the counter's time zone). */
  instant(value: unknown, path: ErrorPath): number;
  /** The time zone, `UTC` by default. */
  readonly timeZone: string;
}

function offsetReader(timeZone: string): ((instant: number) => number) | undefined {
  if (timeZone.toUpperCase() === 'UTC' || timeZone === 'Etc/UTC') return undefined;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch (cause) {
    throw new CrmTaxonomyError('invalid_argument', `Unknown time zone ${describeValue(timeZone)}`, {
      path: ['timeZone'],
      details: { received: timeZone },
      cause,
    });
  }
  return (instant) => {
    const parts: Record<string, number> = {};
    for (const p of format.formatToParts(new Date(instant))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
    return wall - Math.floor(instant / 1000) * 1000;
  };
}

/**
 * Creates a {@link DayCounter} for a time zone (an IANA name; `UTC` when omitted).
 * @internal
 */
export function createDayCounter(timeZone = 'UTC'): DayCounter {
  const offsetAt = offsetReader(timeZone);
  const instant = (value: unknown, path: ErrorPath): number => {
    const parsed = parseDateInput(value, path);
    if (parsed.instant !== undefined) return parsed.instant;
    const wall = (parsed.wallDay ?? 0) * DAY_MS + (parsed.wallMs ?? 0);
    if (offsetAt === undefined) return wall;
    // Two passes find the offset in force at that wall-clock time (DST edges included).
    const first = wall - offsetAt(wall);
    return wall - offsetAt(first);
  };
  const day = (value: unknown, path: ErrorPath): number => {
    const parsed = parseDateInput(value, path);
    if (parsed.wallDay !== undefined) return parsed.wallDay;
    const t = parsed.instant ?? 0;
    return Math.floor((offsetAt === undefined ? t : t + offsetAt(t)) / DAY_MS);
  };
  return { day, instant, timeZone };
}

/**
 * The ISO date (`YYYY-MM-DD`) of a calendar day number.
 * @internal
 */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Converts a date input to epoch milliseconds, reading a wall-clock string in UTC, and throws
 * `invalid_date` for anything else. The way to read `asOf` and `at` arguments at the boundary.
 *
 * @example
 * ```ts
 * import { toEpochMs } from 'crm-taxonomy';
 *
 * toEpochMs('1970-01-02'); //=> 86400000
 * toEpochMs('1970-01-01T08:00:00+08:00'); //=> 0
 * ```
 */
export function toEpochMs(value: DateInput, path: ErrorPath = []): number {
  return createDayCounter('UTC').instant(value, path);
}
