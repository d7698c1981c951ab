import type { ErrorPath } from '../../errors/index.js';
import { DAY_MS, MAX_DAY, MAX_INSTANT, dateTime, type DayCounter } from '../../records/index.js';
import { fastWallDay } from '../../records/fast-date.js';

/**
 * Reads transaction dates as calendar days, fast for what hosts hand over most: ISO date strings
 * (a regex-free reader, and a run of rows with the same string read once), epoch milliseconds and
 * `Date` objects (one division in UTC, the zone's reading of the instant in another zone).
 * Everything else, and every error, goes through the one parser (`createDayCounter`).
 * @internal
 */
export class DayReader {
  private readonly utc: boolean;
  private lastString: string | undefined = undefined;
  private lastDay = 0;

  /** `pathOf(index)` is where an error at record `index` points. */
  constructor(
    private readonly days: DayCounter,
    private readonly pathOf: (index: number) => ErrorPath,
  ) {
    this.utc = days.zone === 'UTC';
  }

  /** The calendar day of record `index`'s date `at`; `invalid_date` when it is not a date. */
  day(at: unknown, index: number): number {
    if (typeof at === 'string') {
      if (at === this.lastString) return this.lastDay;
      let day = fastWallDay(at, this.utc);
      if (day !== day) day = this.days.day(at, this.pathOf(index));
      this.lastString = at;
      this.lastDay = day;
      return day;
    }
    let t = NaN;
    if (typeof at === 'number') {
      if (at <= MAX_INSTANT && at >= -MAX_INSTANT) t = at;
    } else if (typeof at === 'object' && at !== null) {
      // NaN for what is no Date (no `instanceof`: a revoked Proxy throws there).
      t = dateTime(at);
    }
    if (t === t) {
      // In UTC one division; in another zone the zone's reading of the instant (its offsets are kept by two-day span).
      const day = Math.floor((this.utc ? t : this.days.wall(t)) / DAY_MS);
      if (day <= MAX_DAY && day >= -MAX_DAY) return day;
    }
    return this.days.day(at, this.pathOf(index));
  }
}
