import { daysFromCivil, daysInMonth } from './calendar.js';

/**
 * A fast reader for the most common date strings, giving the same calendar day as
 * `createDayCounter(timeZone).day` without a regular expression or a Date: `YYYYMMDD`,
 * `YYYY-MM-DD`, and `YYYY-MM-DD[T ]HH:MM[:SS[.fff]]` without an offset (a wall-clock time: its day is
 * its date in any time zone), plus the same with `Z` when days are counted in UTC. Returns `NaN`
 * for anything else (the caller falls back to the full parser, which also reports errors).
 * @internal
 */
export function fastWallDay(s: string, utc: boolean): number {
  const n = s.length;
  let y: number;
  let m: number;
  let d: number;
  let rest: number;
  if (n === 8) {
    y = digits4(s, 0);
    m = digits2(s, 4);
    d = digits2(s, 6);
    rest = 8;
  } else {
    if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
    y = digits4(s, 0);
    m = digits2(s, 5);
    d = digits2(s, 8);
    rest = 10;
  }
  let day: number;
  if (y >= TABLE_FIRST_YEAR && y < TABLE_FIRST_YEAR + TABLE_YEARS && m >= 1 && m <= 12) {
    // Common years: the month's first day from a table, its length from the next entry.
    const k = (y - TABLE_FIRST_YEAR) * 12 + m - 1;
    const first = MONTH_START[k]!;
    if (!(d >= 1 && d <= MONTH_START[k + 1]! - first)) return NaN;
    day = first + d - 1;
  } else {
    // Years 0..99 go to the full parser (Date.UTC maps them to 19xx and it refuses them).
    if (!(y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
    day = daysFromCivil(y, m, d);
  }
  if (rest < n) {
    // Time part: [T ]HH:MM[:SS[.f{1,9}]][Z]
    let end = n;
    if (s.charCodeAt(n - 1) === 90 /* Z */) {
      if (!utc) return NaN;
      end = n - 1;
    }
    const sep = s.charCodeAt(rest);
    if (rest !== 10 || (sep !== 84 && sep !== 32) || end < 16 || s.charCodeAt(13) !== 58) return NaN;
    const h = digits2(s, 11);
    const mi = digits2(s, 14);
    if (!(h <= 23 && mi <= 59)) return NaN;
    if (end > 16) {
      if (end < 19 || s.charCodeAt(16) !== 58 || !(digits2(s, 17) <= 59)) return NaN;
      if (end > 19) {
        const dot = s.charCodeAt(19);
        if ((dot !== 46 && dot !== 44) || end - 20 < 1 || end - 20 > 9) return NaN;
        for (let i = 20; i < end; i++) {
          const c = s.charCodeAt(i);
          if (c < 48 || c > 57) return NaN;
        }
      }
    }
  }
  return day;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

function digits2(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

function digits4(s: string, i: number): number {
  return digits2(s, i) * 100 + digits2(s, i + 2);
}

const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
/** Day number of the first day of each month of 1900..2199, and of January 2200 (a constant). */
const MONTH_START: Int32Array = /* @__PURE__ */ (() => {
  const t = new Int32Array(TABLE_YEARS * 12 + 1);
  for (let k = 0; k <= TABLE_YEARS * 12; k++) t[k] = daysFromCivil(TABLE_FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1, 1);
  return t;
})();
