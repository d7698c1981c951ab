import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDayCounter } from '../../src/records/index.js';

const DAY_MS = 86_400_000;
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Africa/Casablanca', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'America/St_Johns'];

/** The calendar day of an instant in a zone, read from `formatToParts` as the reference. */
function referenceDay(zone: string, t: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, era: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const year = get('era') === 'BC' ? 1 - Number(get('year')) : Number(get('year'));
  const utc = new Date(0);
  utc.setUTCFullYear(year, Number(get('month')) - 1, Number(get('day')));
  return Math.floor(utc.getTime() / DAY_MS);
}

// Instants over four centuries, and minutes around midnights and the spring and autumn changes.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1800, 0, 1), max: Date.UTC(2200, 0, 1) }),
  fc.tuple(fc.integer({ min: 0, max: 80 * 365 }), fc.integer({ min: -180, max: 180 })).map(([d, m]) => Date.UTC(1970, 2, 25) + d * DAY_MS + m * 60_000),
  fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: -3 * 1440, max: 3 * 1440 })).map(([y, m]) => Date.UTC(1970 + y, 9, 28) + m * 60_000),
);

describe("a zone's calendar day of an instant", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(ZONES)('%s: the day Intl gives, for any instant (offsets read from format, once per second)', (zone) => {
    const days = createDayCounter(zone);
    fc.assert(
      fc.property(instant, (t) => days.day(t, []) === referenceDay(zone, t)),
      { numRuns: 400 },
    );
  });

  it('the same when Intl writes a reading of another shape (read from the parts)', () => {
    // Another ICU could write the date differently: `format` is then not read, `formatToParts` is.
    // `format` is an accessor on the prototype that returns a bound function (typed as a method).
    const proto = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    vi.spyOn(proto, 'format', 'get').mockReturnValue(() => '31.1.2024 n. Chr., 23:59:59');
    for (const zone of ZONES) {
      const days = createDayCounter(zone);
      fc.assert(
        fc.property(instant, (t) => days.day(t, []) === referenceDay(zone, t)),
        { numRuns: 100 },
      );
    }
  });

  it('stays right past the 4,096 seconds it keeps, and for repeated instants', () => {
    const days = createDayCounter('Europe/Berlin');
    const instants = Array.from({ length: 10_000 }, (_, i) => Date.UTC(2023, 2, 20) + (i % 5000) * 3_600_007);
    for (const t of instants) expect(days.day(t, [])).toBe(referenceDay('Europe/Berlin', t));
  });
});
