import { createDayCounter, toEpochMs } from '../records/dates.js';
import type { StringField } from './fields.js';

const zones = new Map<string, boolean>();

/** The form of every id of the taxonomy, machines and guards. @internal */
export const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Whether a value is an id of the taxonomy's form, snake_case (`key_account`): what hosts store. @internal */
export function isSnakeCase(value: unknown): value is string {
  return typeof value === 'string' && SNAKE_CASE.test(value);
}

/**
 * Whether `Intl` knows an IANA time zone name (`'Asia/Shanghai'`, `'UTC'`). Memoised: the answer
 * for a name never changes within a process.
 * @internal
 */
export function isTimeZone(name: string): boolean {
  let known = zones.get(name);
  if (known === undefined) {
    try {
      createDayCounter(name);
      known = true;
    } catch {
      known = false;
    }
    if (zones.size > 256) zones.clear();
    zones.set(name, known);
  }
  return known;
}

/** A string the date parser reads (`DateInput`; docs/scoring.md, "Dates"). @internal */
export function isDateText(text: string): boolean {
  try {
    toEpochMs(text);
    return true;
  } catch {
    return false;
  }
}

/** A field holding an IANA time zone name. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function timeZone(options: { readonly default?: string } = {}): StringField<string> {
  return { kind: 'string', format: 'time_zone', test: isTimeZone, ...options };
}

/** A field holding a date the date parser reads (ISO 8601, expanded years included). @internal */
/* @__NO_SIDE_EFFECTS__ */
export function dateText(options: { readonly default?: string } = {}): StringField<string> {
  return { kind: 'string', format: 'date', test: isDateText, ...options };
}
