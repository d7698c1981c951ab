import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDayCounter } from '../../src/records/index.js';
import { aggregateTransactions, fitRfm } from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';

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

  it('the same when Intl writes the offset in another text (read from the parts)', () => {
    // Another ICU could write the text differently: `format` is then not read, `formatToParts` is.
    // `format` is an accessor on the prototype that returns a bound function (typed as a method).
    const proto = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    vi.spyOn(proto, 'format', 'get').mockReturnValue(() => '10 Uhr OEZ');
    for (const zone of ZONES) {
      const days = createDayCounter(zone);
      fc.assert(
        fc.property(instant, (t) => days.day(t, []) === referenceDay(zone, t)),
        { numRuns: 100 },
      );
    }
  });

  it('refuses the zone, never guesses a day, when Intl writes no offset it can read', () => {
    const proto = Intl.DateTimeFormat.prototype as unknown as { format: unknown };
    vi.spyOn(proto, 'format', 'get').mockReturnValue(() => '10 Uhr OEZ');
    vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts').mockReturnValue([{ type: 'timeZoneName', value: 'OEZ' }]);
    const error = thrown(() => createDayCounter('Europe/Berlin').day(Date.UTC(2024, 0, 1), []));
    expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['timeZone'], { expected: 'time_zone', received: '"Europe/Berlin"' }]);
  });

  it('stays right past the 262,144 offsets it keeps (forgotten together), and for repeated instants', () => {
    const days = createDayCounter('Europe/Berlin');
    // 300,000 distinct two-day spans, years 400–2043 (daylight saving from 1916 on), twice.
    const instants = Array.from({ length: 600_000 }, (_, i) => Date.UTC(400, 0, 1) + (i % 300_000) * 172_800_000 + ((i * 7919) % 172_800) * 1000);
    const clear = vi.spyOn(Map.prototype, 'clear');
    for (let i = 0; i < instants.length; i += 3989) expect(days.day(instants[i]!, [])).toBe(referenceDay('Europe/Berlin', instants[i]!));
    for (const t of instants) days.day(t, []);
    // More starts than the 262,144 kept, read twice over: the kept offsets are forgotten twice.
    expect(clear).toHaveBeenCalledTimes(2);
    for (let i = 0; i < instants.length; i += 3967) expect(days.day(instants[i]!, [])).toBe(referenceDay('Europe/Berlin', instants[i]!));
  });

  // Offsets are kept by 48-hour span and, in a span that holds a change, by UTC hour (one whose
  // start and the next one's read the same offset keeps it throughout): the instants around every
  // change of offset, in the hour of the change, the hours beside it and the spans beside its
  // span, in whatever order they are first read, get the offset Intl gives at that instant.
  it.each([...ZONES, 'Atlantic/Stanley', 'Pacific/Apia', 'Antarctica/Troll', 'America/Caracas', 'Asia/Gaza'])('%s: the instants around each change of offset, 1900–2040', (zone) => {
    const changes = offsetChanges(zone, Date.UTC(1900, 0, 1), Date.UTC(2040, 0, 1));
    expect(changes.length).toBeGreaterThan(0);
    const near = [-2 * DAY_MS, -DAY_MS - 1, -7_200_000, -3_600_000, -1_800_000, -1000, -1, 0, 1, 999, 1000, 1_800_000, 3_599_999, 7_200_001, DAY_MS, 2 * DAY_MS - 1];
    for (const order of [near, [...near].reverse()]) {
      const counter = createDayCounter(zone);
      for (const c of changes) {
        for (const d of order) expect(counter.wall(c + d) - (c + d)).toBe(referenceOffset(zone, c + d));
      }
    }
  });
});

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** A zone's offset at an instant (ms), from `longOffset` ("GMT+05:45", "GMT-03:30", "GMT"). */
function referenceOffset(zone: string, t: number): number {
  let format = offsetFormats.get(zone);
  if (format === undefined) offsetFormats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const text = format.format(t);
  const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text)!;
  if (m[1] === undefined) return 0;
  return (m[1] === '-' ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

/** The instants (whole seconds) at which a zone's offset changes within [from, to], walked by day and bisected. */
function offsetChanges(zone: string, from: number, to: number): number[] {
  const changes: number[] = [];
  for (let t = from; t + DAY_MS <= to; t += DAY_MS) {
    let a = t;
    let b = t + DAY_MS;
    const before = referenceOffset(zone, a);
    if (before === referenceOffset(zone, b)) continue;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (referenceOffset(zone, mid) === before) a = mid;
      else b = mid;
    }
    changes.push(b);
  }
  return changes;
}

describe('dates the batch functions read fast, in any zone', () => {
  it.each(['UTC', 'Europe/Berlin'])('%s: a revoked Proxy of a Date is an invalid_date, not the TypeError of its prototype lookup', (timeZone) => {
    const { proxy, revoke } = Proxy.revocable(new Date(0), {});
    revoke();
    for (const run of [() => fitRfm([{ customerId: 'c', at: proxy, amount: 1 }], { asOf: '2025-01-01', policy: { timeZone } }), () => aggregateTransactions([{ customerId: 'c', at: proxy, amount: 1 }], { timeZone })]) {
      expect(thrown(run)).toMatchObject({ code: 'invalid_date', path: ['transactions', 0, 'at'] });
    }
  });
});
