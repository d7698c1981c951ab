/** Milliseconds in a calendar day (UTC days have no leap seconds in JavaScript time). @internal */
export const DAY_MS = 86_400_000;

/** The largest instant a `Date` can hold, in epoch milliseconds (±100,000,000 days). @internal */
export const MAX_INSTANT = 8.64e15;

/** The last calendar day (days since 1970-01-01) whose midnight a `Date` can hold; the first is its negative. @internal */
export const MAX_DAY = 100_000_000;

/** Whether a year is a Gregorian leap year. @internal */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month of a proleptic Gregorian year. @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). @internal */
export function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The ISO calendar date of a day number (`2024-03-01`), with the expanded `±YYYYYY` form for
 * years outside 0000–9999, as `Date.prototype.toISOString` writes them.
 * @internal
 */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, -14);
}

/** An instant as ISO 8601 UTC (`2024-03-01T09:30:00.000Z`). @internal */
export function instantToIso(instant: number): string {
  return new Date(instant).toISOString();
}

/**
 * The time value of a `Date` of any realm, read by `Date.prototype.getTime` itself (a subclass's
 * own `getTime` is not asked); `NaN` for an invalid Date and for anything that is not a Date, a
 * Proxy of one included.
 * @internal
 */
export function dateTime(value: object): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return NaN;
  }
}
