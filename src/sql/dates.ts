import { dayToIso, daysFromCivil, invalidDate } from '../records/index.js';

/** The days both databases read as a `DATE` literal: years 0001 to 9999 (PostgreSQL refuses year 0, and either refuses a year of more than four digits). */
const FIRST_DAY = /* @__PURE__ */ daysFromCivil(1, 1, 1);
const LAST_DAY = /* @__PURE__ */ daysFromCivil(9999, 12, 31);

/**
 * `asOf`'s day as the `YYYY-MM-DD` parameter of a query: `invalid_date` at `asOf` for a day outside
 * years 0001–9999, which the library reads but the databases do not (a driver error instead). @internal
 */
export function sqlDate(day: number, asOf: unknown): string {
  if (day < FIRST_DAY || day > LAST_DAY) throw invalidDate(asOf, ['options', 'asOf']);
  return dayToIso(day);
}
