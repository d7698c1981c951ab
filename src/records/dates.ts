import { CrmTaxonomyError, describeValue, inputError, type ErrorPath } from '../errors/index.js';
import { DAY_MS, MAX_DAY, MAX_INSTANT, dateTime, dayToIso, daysFromCivil, daysInMonth, instantToIso } from './calendar.js';

/**
 * A point in time as hosts hand it over: a `Date`, epoch milliseconds, or an ISO 8601 string.
 *
 * The strings read (docs/scoring.md, "Dates"): a calendar date `YYYY-MM-DD` (or `YYYYMMDD`; years
 * outside 0000–9999 as `±YYYYYY-MM-DD`), optionally followed by a time `THH:MM[:SS[.fraction]]` (1
 * to 9 digits of fraction; a space may replace the `T`) and an offset `Z`, `±HH:MM`, `±HHMM` or
 * `±HH` of at most 18 hours. A string without an offset is a wall-clock time in the time zone of
 * the call (UTC by default); a time the zone skips (clocks set forward) moves forward by the gap,
 * and a time it repeats is the earlier instant, as in Java's `ZonedDateTime`; its calendar day is
 * the date written. Every instant a `Date` can hold (±8.64e15 ms) is
 * accepted when its calendar day in that zone is one too (±100,000,000 days from 1970-01-01).
 */
export type DateInput = Date | number | string;

const EXTENDED = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?))?)?$/i;
const BASIC = /^(\d{4})(\d{2})(\d{2})$/;

/** A parsed date input: a wall-clock date and time, or an instant. */
type Parsed = { readonly instant: number } | { readonly wallDay: number; readonly wallMs: number };

/** `invalid_date` at `path` for a value that is no date the library reads. @internal */
export function invalidDate(value: unknown, path: ErrorPath): CrmTaxonomyError<'invalid_date'> {
  return new CrmTaxonomyError('invalid_date', { received: describeValue(value) }, { path });
}

function parseText(text: string, path: ErrorPath): Parsed {
  const m = EXTENDED.exec(text) ?? BASIC.exec(text);
  if (m === null) throw invalidDate(text, path);
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs ?? 0);
  const mi = Number(mis ?? 0);
  const s = Number(ss ?? 0);
  if (ys === '-000000' || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) throw invalidDate(text, path);
  const ms = Math.floor(Number(`0.${frac ?? 0}`) * 1000);
  const wallDay = daysFromCivil(y, mo, d);
  const wallMs = ((h * 60 + mi) * 60 + s) * 1000 + ms;
  if (offset === undefined) {
    if (Math.abs(wallDay * DAY_MS + wallMs) > MAX_INSTANT + DAY_MS) throw invalidDate(text, path);
    return { wallDay, wallMs };
  }
  let offsetMs = 0;
  if (offset.toUpperCase() !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || '0');
    if (om > 59 || oh * 60 + om > 18 * 60) throw invalidDate(text, path);
    offsetMs = (offset.startsWith('-') ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const instant = wallDay * DAY_MS + wallMs - offsetMs;
  if (!(Math.abs(instant) <= MAX_INSTANT)) throw invalidDate(text, path);
  return { instant };
}

function parseDateInput(value: unknown, path: ErrorPath): Parsed {
  if (typeof value === 'object' && value !== null) {
    // A Date of this realm or another; anything else, a Proxy of a Date included, is not one.
    const t = dateTime(value);
    if (Number.isNaN(t)) throw invalidDate(value, path);
    return { instant: t };
  }
  if (typeof value === 'number') {
    if (!(Math.abs(value) <= MAX_INSTANT)) throw invalidDate(value, path);
    return { instant: value };
  }
  if (typeof value !== 'string') throw invalidDate(value, path);
  return parseText(value.trim(), path);
}

/** Reads date inputs as calendar days and instants in one time zone. @internal */
export interface DayCounter {
  /** The calendar day (days since 1970-01-01) of a date input, in the counter's time zone. */
  day(value: unknown, path: ErrorPath): number;
  /** Epoch milliseconds of a date input (wall-clock strings read in the counter's time zone). */
  instant(value: unknown, path: ErrorPath): number;
  /** What a clock in the time zone reads at an instant (epoch milliseconds), as epoch milliseconds of that reading in UTC. */
  wall(instant: number): number;
  /** The time zone, `UTC` by default. */
  readonly timeZone: string;
  /** The zone's canonical name, the same for every name of one zone (`UTC` for `utc` and `Etc/UTC`). */
  readonly zone: string;
}

function offsetReader(timeZone: string, path: ErrorPath): readonly [reader: ((instant: number) => number) | undefined, zone: string] {
  if (UTC_NAMES.test(timeZone)) return [undefined, 'UTC'];
  let format: Intl.DateTimeFormat;
  try {
    // The offset itself (`10 GMT-04:56:02`), at half the cost of the wall clock's date and time.
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset', minute: 'numeric' });
  } catch (cause) {
    throw new CrmTaxonomyError('invalid_argument', { expected: 'time_zone', received: describeValue(timeZone) }, { path, cause });
  }
  // The offset at an instant, to the second: `format`'s text ends with it ("GMT" alone for none);
  // a text in another shape (other ICU data) is read from the `timeZoneName` part.
  const read = (instant: number): number => {
    const m = OFFSET.exec(format.format(instant)) ?? OFFSET.exec(format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '');
    if (!m) throw new CrmTaxonomyError('invalid_argument', { expected: 'time_zone', received: describeValue(timeZone) }, { path });
    return m[1] ? (m[1] === '-' ? -1000 : 1000) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) : 0;
  };
  // The offsets read at the starts of spans and hours: one Map of at most 262,144 (about 11 MB
  // when full), forgotten together when full.
  const offsets = new Map<number, number>();
  const at = (start: number): number => {
    let offset = offsets.get(start);
    if (offset === undefined) {
      if (offsets.size === 2 ** 18) offsets.clear();
      offsets.set(start, (offset = read(start)));
    }
    return offset;
  };
  // A zone's offset changes at a whole second, and never twice within 95 hours: the closest two
  // changes in tzdata are 95.7 hours apart (Africa/Freetown, 1939; `npx tsx
  // scripts/zone-transitions.ts` reads every zone's compiled transitions). So a UTC span of 48
  // hours that starts with the offset the next span starts with holds at most one change, hence
  // none, and keeps that offset throughout: one `format` call per distinct span. In a span that
  // holds a change, the same by UTC hour; an instant in the hour of the change (or `MAX_INSTANT`
  // itself, whose span and hour have no next start a Date holds) is read at the whole second at or
  // before it.
  const reader = (instant: number): number => {
    for (const size of UNITS) {
      const start = Math.floor(instant / size) * size;
      const offset = at(start);
      if (start < MAX_INSTANT && offset === at(start + size)) return offset;
    }
    return read(Math.floor(instant / 1000) * 1000);
  };
  return [reader, format.resolvedOptions().timeZone];
}

/** The spans an offset is kept for, in milliseconds: 48 hours, then an hour (scripts/zone-transitions.ts checks tzdata against the first). @internal */
export const UNITS = [172_800_000, 3_600_000];

/**
 * The names of UTC in tzdata (`UTC`, `Etc/UTC`, `GMT`, `Etc/GMT+0`, `UCT`, `Zulu`, `Universal`,
 * `Greenwich`, in any case): read without `Intl`, and one zone whatever an engine's
 * `resolvedOptions` calls them (engines that keep the name given would tell them apart).
 */
const UTC_NAMES = /^(?:etc\/)?(?:utc|uct|gmt(?:[+-]?0)?|zulu|universal|greenwich)$/i;

/** The offset at the end of {@link offsetReader}'s text: `GMT`, `GMT+08:00` or `GMT-04:56:02`. */
const OFFSET = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

/**
 * A day counter for a time zone (an IANA name; `UTC` by default). Throws `invalid_argument`
 * at `path` for a zone `Intl` does not know.
 * @internal
 */
export function createDayCounter(timeZone: unknown = 'UTC', path: ErrorPath = ['timeZone']): DayCounter {
  if (typeof timeZone !== 'string' || timeZone === '') throw inputError('invalid_argument', path, 'time_zone', timeZone);
  const [offsetAt, zone] = offsetReader(timeZone, path);
  const clamp = (t: number): number => Math.min(MAX_INSTANT, Math.max(-MAX_INSTANT, t));
  const instant = (value: unknown, at: ErrorPath): number => {
    const parsed = parseDateInput(value, at);
    if ('instant' in parsed) return parsed.instant;
    const wall = parsed.wallDay * DAY_MS + parsed.wallMs;
    if (offsetAt === undefined) {
      if (!(Math.abs(wall) <= MAX_INSTANT)) throw invalidDate(value, at);
      return wall;
    }
    // The offsets a day before and a day after give the instants the wall-clock time may name
    // (one transition at most lies between). Like Java's ZonedDateTime and Temporal's
    // 'compatible': in an overlap (clocks set back) the earlier instant; in a gap (clocks set
    // forward, the time does not exist) the offset from before the gap, which moves the time
    // forward by the gap's length.
    const before = wall - offsetAt(clamp(wall - DAY_MS));
    const after = wall - offsetAt(clamp(wall + DAY_MS));
    const names = (t: number): boolean => t + offsetAt(clamp(t)) === wall;
    const result = before === after || names(before) || !names(after) ? before : after;
    if (!(Math.abs(result) <= MAX_INSTANT)) throw invalidDate(value, at);
    return result;
  };
  const wall = (t: number): number => (offsetAt === undefined ? t : t + offsetAt(t));
  const day = (value: unknown, at: ErrorPath): number => {
    const parsed = parseDateInput(value, at);
    const d = 'wallDay' in parsed ? parsed.wallDay : Math.floor(wall(parsed.instant) / DAY_MS);
    // The day must be one whose midnight a Date holds (the first instant, read west of UTC, is not).
    if (!(Math.abs(d) <= MAX_DAY)) throw invalidDate(value, at);
    return d;
  };
  return { day, instant, wall, timeZone, zone };
}

const utc = /* @__PURE__ */ createDayCounter('UTC');

/**
 * Epoch milliseconds of a date input read in UTC; throws `invalid_date` at `path`.
 * @internal
 */
export function toEpochMs(value: unknown, path: ErrorPath = []): number {
  return utc.instant(value, path);
}

/** `not_computable`: a date the answer needs lies beyond what a `Date` holds. @internal */
export function beyondDateRange(what: string): CrmTaxonomyError<'not_computable'> {
  return new CrmTaxonomyError('not_computable', { what, cause: 'beyond_date_range' });
}

/** The ISO date of a day number, or `not_computable` when a `Date` cannot hold it. @internal */
export function dayToIsoChecked(day: number, what = 'date'): string {
  if (!(Math.abs(day) <= MAX_DAY)) throw beyondDateRange(what);
  return dayToIso(day);
}

/** The ISO instant of epoch milliseconds, or `not_computable` when a `Date` cannot hold it. @internal */
export function instantToIsoChecked(instant: number, what = 'date'): string {
  if (!(Math.abs(instant) <= MAX_INSTANT)) throw beyondDateRange(what);
  return instantToIso(instant);
}
