import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classify, CrmTaxonomyError, fitRfm } from '../../src/index.js';
import { differentiate, reviewMembership } from '../../src/analysis/index.js';
import { createDayCounter, dayToIso, toEpochMs } from '../../src/records/index.js';

describe('date inputs', () => {
  const utc = createDayCounter();

  it('reads Dates, epoch milliseconds and ISO strings as UTC calendar days', () => {
    expect(utc.day(new Date('2024-03-01T23:59:59Z'), [])).toBe(utc.day('2024-03-01', []));
    expect(utc.day(Date.UTC(2024, 2, 1, 12), [])).toBe(utc.day('2024-03-01', []));
    expect(utc.day('20240301', [])).toBe(utc.day('2024-03-01', []));
    expect(utc.day('2024-03-01 08:34:00', [])).toBe(utc.day('2024-03-01', []));
    expect(utc.day('2024-03-01T23:30:00-02:00', [])).toBe(utc.day('2024-03-02', []));
    expect(utc.day('2024-03-01T00:30:00+08:00', [])).toBe(utc.day('2024-02-29', []));
    expect(dayToIso(utc.day('2024-02-29', []))).toBe('2024-02-29');
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(utc.day('1969-12-31T23:59:59.999Z', [])).toBe(-1);
  });

  it('reads instants in a given time zone', () => {
    const shanghai = createDayCounter('Asia/Shanghai');
    expect(dayToIso(shanghai.day('2024-03-01T17:00:00Z', []))).toBe('2024-03-02');
    expect(dayToIso(shanghai.day('2024-03-01T15:59:59Z', []))).toBe('2024-03-01');
    // A wall-clock string is already a calendar day, whatever the zone.
    expect(dayToIso(shanghai.day('2024-03-01 23:00', []))).toBe('2024-03-01');
    expect(shanghai.instant('2024-03-01T08:00:00', [])).toBe(Date.UTC(2024, 2, 1, 0));
    const newYork = createDayCounter('America/New_York');
    expect(newYork.instant('2024-07-01T12:00:00', [])).toBe(Date.UTC(2024, 6, 1, 16));
    expect(newYork.instant('2024-01-01T12:00:00', [])).toBe(Date.UTC(2024, 0, 1, 17));
    expect(dayToIso(newYork.day(Date.UTC(2024, 6, 1, 3), []))).toBe('2024-06-30');
    expect(createDayCounter('Etc/UTC').timeZone).toBe('Etc/UTC');
  });

  it('refuses an unknown time zone', () => {
    expect(() => createDayCounter('Mars/Olympus')).toThrowError(CrmTaxonomyError);
  });

  it('refuses invalid dates with the path', () => {
    for (const bad of [
      '2023-02-30', '2024-13-01', 'yesterday', '2024-01-01T25:00', '2024-01-01T24:00', '2024-01-01T23:60', '2024-01-01T23:59:60',
      '2024-0101', '202401-01', '2024-01-01Z', '2024-01-01T00:00:00+99:99', '2024-01-01T00:00:00+18:01', '2024-01-01T00:00:00+05:60',
      '-000000-01-01', '+275761-01-01', '', ' ', 1e17, -1e17, 8.64e15 + 1,
      new Date(Number.NaN), Number.NaN, Infinity, null, {}, true, undefined, [], '__proto__',
    ]) {
      let error: unknown;
      try {
        utc.day(bad, ['transactions', 3, 'at']);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CrmTaxonomyError);
      expect((error as CrmTaxonomyError).code).toBe('invalid_date');
      expect((error as CrmTaxonomyError).path).toEqual(['transactions', 3, 'at']);
    }
  });

  it('reads the full Date range, years 0001–0099 and expanded years, and offsets up to ±18:00', () => {
    expect(toEpochMs('0001-01-01')).toBe(Date.UTC(1, 0, 1) - Date.UTC(1901, 0, 1) + Date.UTC(1901, 0, 1) + (new Date('0001-01-01T00:00:00Z').getTime() - Date.UTC(1, 0, 1)));
    expect(toEpochMs('0099-12-31')).toBe(new Date('0099-12-31T00:00:00Z').getTime());
    expect(toEpochMs('0000-01-01')).toBe(new Date('0000-01-01T00:00:00Z').getTime());
    expect(toEpochMs('+010000-01-01T04:00:00.000Z')).toBe(new Date('+010000-01-01T04:00:00.000Z').getTime());
    expect(toEpochMs('-000001-12-31')).toBe(new Date('-000001-12-31T00:00:00Z').getTime());
    expect(toEpochMs(8.64e15)).toBe(8.64e15);
    expect(toEpochMs(-8.64e15)).toBe(-8.64e15);
    expect(toEpochMs('+275760-09-13T00:00:00Z')).toBe(8.64e15);
    expect(toEpochMs('2024-01-01T00:00:00+18:00')).toBe(Date.UTC(2023, 11, 31, 6));
    expect(toEpochMs('2024-01-01T00:00:00-18:00')).toBe(Date.UTC(2024, 0, 1, 18));
    expect(toEpochMs('2024-01-01T00:00:00+0530')).toBe(Date.UTC(2023, 11, 31, 18, 30));
    expect(dayToIso(createDayCounter().day('0050-06-15', []))).toBe('0050-06-15');
    expect(dayToIso(createDayCounter('Asia/Shanghai').day(-8.64e15, []))).toBe('-271821-04-20');
  });

  it('refuses a calendar day whose midnight a Date cannot hold, and the public functions say so with invalid_date', () => {
    const code = (f: () => unknown): unknown => {
      try {
        return f();
      } catch (error) {
        return error instanceof CrmTaxonomyError ? error.code : error;
      }
    };
    // A wall-clock date one day past the last one, and the first instant read west of UTC (its local day is day −100,000,001).
    expect(code(() => utc.day('+275760-09-14', []))).toBe('invalid_date');
    expect(code(() => utc.day('-271821-04-19', []))).toBe('invalid_date');
    expect(code(() => createDayCounter('America/Los_Angeles').day(-8.64e15, []))).toBe('invalid_date');
    expect(utc.day('+275760-09-13', [])).toBe(100_000_000);
    expect(utc.day(-8.64e15, [])).toBe(-100_000_000);
    // These crashed with a RangeError when the day was written back as ISO text.
    expect(code(() => classify({}, { asOf: '+275760-09-14' }))).toBe('invalid_date');
    expect(code(() => fitRfm([{ customerId: 'a', at: '2000-01-01', amount: 1 }], { asOf: '-271821-04-19' }))).toBe('invalid_date');
    expect(code(() => reviewMembership({ customerId: 'a', transactions: [] }, { asOf: new Date(-8.64e15), timeZone: 'America/Los_Angeles' }))).toBe('invalid_date');
    // The previous period of an asOf on the first day starts before the first day.
    expect(code(() => differentiate([{ customerId: 'a', transactions: [] }], { asOf: '-271821-04-20' }))).toBe('not_computable');
  });

  it('reads a wall-clock time in a DST gap forward and in an overlap as the earlier instant (as Java and Temporal do)', () => {
    const ny = createDayCounter('America/New_York');
    expect(ny.instant('2024-03-10T02:30', [])).toBe(Date.UTC(2024, 2, 10, 7, 30)); // 02:30 does not exist: 03:30 EDT
    expect(ny.instant('2024-11-03T01:30', [])).toBe(Date.UTC(2024, 10, 3, 5, 30)); // 01:30 happens twice: the EDT one
    expect(ny.instant('2024-07-01T12:00', [])).toBe(Date.UTC(2024, 6, 1, 16));
    // Chile skipped midnight on 2022-09-11: the day starts at 01:00 (-03), not at 23:00 the day before.
    const santiago = createDayCounter('America/Santiago');
    expect(santiago.instant('2022-09-11', [])).toBe(Date.UTC(2022, 8, 11, 4));
    expect(santiago.instant('2022-09-11T00:30', [])).toBe(Date.UTC(2022, 8, 11, 4, 30));
    // Lord Howe moves by half an hour.
    expect(createDayCounter('Australia/Lord_Howe').instant('2024-10-06T02:15', [])).toBe(Date.UTC(2024, 9, 5, 15, 45));
  });

  it('puts a fraction of a millisecond before 1970 on the same day in every zone of offset zero', () => {
    for (const zone of ['UTC', 'Etc/GMT', 'Africa/Abidjan']) expect(createDayCounter(zone).day(-0.5, []), zone).toBe(-1);
  });

  it('converts to epoch milliseconds', () => {
    expect(toEpochMs('1970-01-02')).toBe(86_400_000);
    expect(toEpochMs('1970-01-01T00:00:00.5Z')).toBe(500);
    expect(toEpochMs('1970-01-01T01:00+0100')).toBe(0);
    expect(toEpochMs(new Date(5))).toBe(5);
  });
});

describe('a wall-clock string names its calendar day (docs/scoring.md, "Dates")', () => {
  it('a time the zone skipped keeps the date written, while its instant moves forward by the gap', () => {
    const apia = createDayCounter('Pacific/Apia');
    // Samoa skipped 2011-12-30 whole: noon that day is the instant 2011-12-31 12:00 +14.
    expect(dayToIso(apia.day('2011-12-30T12:00', []))).toBe('2011-12-30');
    expect(new Date(apia.instant('2011-12-30T12:00', [])).toISOString()).toBe('2011-12-30T22:00:00.000Z');
    expect(dayToIso(apia.day(new Date('2011-12-30T22:00:00Z'), []))).toBe('2011-12-31');
    // Fractions of 1 to 9 digits are read; more are not.
    expect(toEpochMs('2024-01-01T00:00:00.123456789Z')).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 123));
    expect(() => toEpochMs('2024-01-01T00:00:00.1234567891Z', ['at'])).toThrow(expect.objectContaining({ code: 'invalid_date', path: ['at'] }));
  });
});

describe('Dates of another realm, and things that only look like Dates', () => {
  const foreign = runInNewContext('new Date(Date.UTC(2024, 0, 15, 12))') as Date;
  const rows = (at: unknown) => [{ customerId: 'c', at, amount: 10 } as never];

  it('a Date from another realm is a Date, on every path', () => {
    expect(foreign instanceof Date).toBe(false);
    expect(toEpochMs(foreign)).toBe(Date.UTC(2024, 0, 15, 12));
    expect(createDayCounter('Asia/Shanghai').day(foreign, [])).toBe(19737);
    expect(fitRfm(rows(foreign), { asOf: '2024-02-01' }).customers[0]!.recencyDays).toBe(17);
    expect(fitRfm(rows(foreign), { asOf: '2024-02-01', policy: { timeZone: 'Asia/Shanghai' } }).customers[0]!.recencyDays).toBe(17);
  });

  it('a Proxy of a Date, or a subclass whose getTime lies, is read as a Date is or refused with invalid_date', () => {
    const proxy = new Proxy(new Date(0), {});
    for (const run of [() => toEpochMs(proxy, ['at']), () => fitRfm(rows(proxy), { asOf: '2024-02-01' }), () => classify({ customerId: 'c', transactions: rows(proxy) }, { asOf: '2024-02-01' })]) {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CrmTaxonomyError);
      expect((error as CrmTaxonomyError).code).toBe('invalid_date');
    }
    class Liar extends Date {
      override getTime(): number {
        return 0;
      }
    }
    const liar = new Liar(Date.UTC(2024, 0, 15));
    expect(fitRfm(rows(liar), { asOf: '2024-02-01' }).customers[0]!.recencyDays).toBe(17);
    expect(toEpochMs(liar)).toBe(Date.UTC(2024, 0, 15));
  });
});
