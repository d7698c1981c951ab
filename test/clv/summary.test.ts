import { describe, expect, it } from 'vitest';
import { summarizeTransactions } from '../../src/clv/index.js';
import { exactSum } from '../../src/records/index.js';
import { fitRfm } from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';
import { cdnowAccessors, cdnowRows, cdnowSummary } from './cdnow-data.js';

const DAY = 86_400_000;

describe('summarizeTransactions', () => {
  it('reads { customerId, at, amount } rows without accessors; dates as ISO text, epoch ms or Date give one answer', () => {
    const iso = [
      { customerId: 'a', at: '2024-01-01', amount: 10 },
      { customerId: 'a', at: '2024-01-15', amount: 30 },
      { customerId: 'b', at: '2024-01-03', amount: 5 },
    ];
    const options = { calibrationEnd: '2024-01-29', timeUnit: 'weeks' } as const;
    const a = summarizeTransactions(iso, options);
    expect(a.customers[0]).toEqual({ customerId: 'a', x: 1, tx: 2, T: 4, firstPurchase: 19723, meanRepeatSpend: 30 });
    expect(summarizeTransactions(iso.map((r) => ({ ...r, at: Date.parse(r.at) })), options)).toEqual(a);
    expect(summarizeTransactions(iso.map((r) => ({ ...r, at: new Date(Date.parse(r.at) + 43_200_000) })), options)).toEqual(a);
    expect(summarizeTransactions(iso.map((r) => ({ ...r, at: r.at.replaceAll('-', '') })), options)).toEqual(a);
    expect(summarizeTransactions(iso.map((r) => ({ ...r, at: `${r.at}T09:30:00Z` })), options)).toEqual(a);
  });

  it('answers an async iterable with a Promise of the same summary, reporting progress every 65,536 records and at the end', async () => {
    const progress: number[] = [];
    async function* rows() {
      for (const r of cdnowRows) yield r;
    }
    const viaStream = await summarizeTransactions(rows(), {
      accessors: cdnowAccessors,
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      timeUnit: 'weeks',
      onProgress: (p) => progress.push(p.records),
    });
    expect(viaStream).toEqual(cdnowSummary());
    expect(progress).toEqual([cdnowRows.length]);
    const many = Array.from({ length: 140_000 }, (_, i) => ({ customerId: i % 7, at: i * 1000, amount: 1 }));
    const seen: number[] = [];
    summarizeTransactions(many, { calibrationEnd: 1e9, timeUnit: 'days', onProgress: (p) => seen.push(p.records) });
    expect(seen).toEqual([65_536, 131_072, 140_000]);
  });

  it('is linear in a customer’s purchase days: one customer with 200,000 purchase days (a quadratic pass would take minutes)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ customerId: 'whale', at: (200_000 - i) * DAY, amount: i % 2 === 0 ? 3 : 1 }));
    const summary = summarizeTransactions(rows, { calibrationEnd: 200_001 * DAY, timeUnit: 'days' });
    expect(summary.customers[0]).toMatchObject({ customerId: 'whale', x: 199_999, tx: 199_999, T: 200_000 });
    // Same-day duplicates count once; the first day (amount 1, the last row) is not in the mean.
    const doubled = summarizeTransactions([...rows, ...rows], { calibrationEnd: 200_001 * DAY, timeUnit: 'days' });
    expect(doubled.customers[0]!.x).toBe(199_999);
    expect(doubled.customers[0]!.meanRepeatSpend).toBe(2 * summary.customers[0]!.meanRepeatSpend);
  });

  it('orders customers by id (numbers, then strings by code unit), skips or refuses missing ids', () => {
    const rows = [
      { customerId: 'b', at: '2024-01-01', amount: 1 },
      { customerId: 10, at: '2024-01-01', amount: 1 },
      { customerId: 'A', at: '2024-01-01', amount: 1 },
      { customerId: 2, at: '2024-01-01', amount: 1 },
      { customerId: null, at: '2024-01-01', amount: 1 },
    ];
    const options = { calibrationEnd: '2024-02-01', timeUnit: 'days', onMissingCustomerId: 'skip' } as const;
    expect(summarizeTransactions(rows, options).customers.map((c) => c.customerId)).toEqual([2, 10, 'A', 'b']);
    expect(() => summarizeTransactions(rows, { ...options, onMissingCustomerId: 'error' })).toThrowError(/missing_customer_id at transactions\[4\]\.customerId/);
    expect(() => summarizeTransactions([{ customerId: {}, at: '2024-01-01', amount: 1 }] as never, options)).toThrowError(/invalid_record at transactions\[0\]\.customerId/);
    expect(() => summarizeTransactions([{ customerId: 1, at: '2024-01-01', amount: Number.NaN }], options)).toThrowError(/transactions\[0\]\.amount/);
    expect(() => summarizeTransactions([{ customerId: 1, at: '2024-13-01', amount: 1 }], options)).toThrowError(/invalid_date at transactions\[0\]\.at/);
  });

  it('counts calendar days in the given time zone', () => {
    const rows = [
      { customerId: 1, at: '2024-01-01T20:00:00Z', amount: 1 },
      { customerId: 1, at: '2024-01-02T01:00:00Z', amount: 1 },
    ];
    expect(summarizeTransactions(rows, { calibrationEnd: '2024-01-10', timeUnit: 'days' }).customers[0]!.x).toBe(1);
    // In Shanghai (UTC+8) both are on 2 January.
    expect(summarizeTransactions(rows, { calibrationEnd: '2024-01-10', timeUnit: 'days', timeZone: 'Asia/Shanghai' }).customers[0]!.x).toBe(0);
  });

  it('keeps the repeat spend when the first day is large, and refuses amounts beyond 1e30 like every transaction reader', () => {
    const cal = { calibrationEnd: '2024-01-10', timeUnit: 'days' } as const;
    const mean = (rows: { customerId: string; at: string; amount: number }[]) => summarizeTransactions(rows, cal).customers[0]!.meanRepeatSpend;
    // The first day's 1e17 used to swallow the 3 that followed (total and first day rounded before the subtraction).
    expect(mean([{ customerId: 'a', at: '2024-01-01', amount: 1e17 }, { customerId: 'a', at: '2024-01-02', amount: 3 }])).toBe(3);
    expect(mean([{ customerId: 'a', at: '2024-01-02', amount: 3 }, { customerId: 'a', at: '2024-01-01', amount: 1e17 }])).toBe(3);
    expect(mean([{ customerId: 'a', at: '2024-01-01', amount: 1e29 }, { customerId: 'a', at: '2024-01-02', amount: 1e30 }, { customerId: 'a', at: '2024-01-03', amount: -1e30 }])).toBe(0);
    // Two amounts of 1e308 overflowed the sum to NaN: now the record is refused, with its path.
    const thrown = (() => {
      try {
        return summarizeTransactions([{ customerId: 'a', at: '2024-01-01', amount: 1 }, { customerId: 'a', at: '2024-01-02', amount: 1e308 }], cal);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toMatchObject({ code: 'invalid_record', path: ['transactions', 1, 'amount'], details: { max: 1e30 } });
  });

  it('sums exactly: the mean repeat spend does not depend on the order of the rows', () => {
    const amounts = [5.01, 0.2, 0.1, 0.2, 19.99, 0.7];
    const rows = amounts.map((amount, i) => ({ customerId: 1, at: `2024-01-0${i + 1}`, amount }));
    const cal = { calibrationEnd: '2024-02-01', timeUnit: 'days' } as const;
    // The exact sum of the repeat days, rounded once (21.189999999999998, as Python's math.fsum), over 5;
    // a compensated total less the first day gave 4.238 for the reversed rows.
    expect(summarizeTransactions(rows, cal).customers[0]!.meanRepeatSpend).toBe(4.2379999999999995);
    expect(summarizeTransactions([...rows].reverse(), cal).customers[0]!.meanRepeatSpend).toBe(4.2379999999999995);
    // An earlier first day seen later empties the first day's sum (here an expansion: 0.1 + 0.2 rounds) and starts it again.
    const late = [{ customerId: 1, at: '2024-01-09', amount: 0.1 }, { customerId: 1, at: '2024-01-09', amount: 0.2 }, ...rows.slice(1), rows[0]!];
    expect(summarizeTransactions(late, cal).customers[0]).toMatchObject({ x: 6, meanRepeatSpend: exactSum([0.1, 0.2, ...amounts.slice(1)]) / 6 });
  });

  it("lets the host's own errors through unchanged (an accessor, a getter, onProgress), sync and async", async () => {
    const boom = new RangeError('host boom');
    const fail = (): never => {
      throw boom;
    };
    const rows = [{ customerId: 1, at: '2024-01-01', amount: 5 }];
    const cal = { calibrationEnd: '2024-02-01', timeUnit: 'days' } as const;
    const accessors = { customerId: fail, at: () => '2024-01-01', amount: () => 1 };
    const catching = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(catching(() => summarizeTransactions(rows, { ...cal, onProgress: fail }))).toBe(boom);
    expect(catching(() => summarizeTransactions(rows, { ...cal, accessors }))).toBe(boom);
    expect(catching(() => summarizeTransactions([Object.defineProperty({}, 'customerId', { get: fail })], cal))).toBe(boom);
    async function* stream() {
      yield* rows;
    }
    await expect(summarizeTransactions(stream(), { ...cal, onProgress: fail })).rejects.toBe(boom);
    await expect(summarizeTransactions(stream(), { ...cal, accessors })).rejects.toBe(boom);
    // The library's own errors are still typed, from a stream too.
    await expect(summarizeTransactions(stream(), { ...cal, calibrationEnd: '2023-01-01', holdoutEnd: '2024-01-01', accessors: { ...accessors, customerId: () => '' } })).rejects.toMatchObject({ code: 'missing_customer_id' });
  });

  it('calls onProgress once at the end with { records: 0 } for no rows, as the other batch functions', async () => {
    const cal = { calibrationEnd: '2024-02-01', timeUnit: 'days' } as const;
    const seen: number[] = [];
    expect(summarizeTransactions([], { ...cal, onProgress: (p) => seen.push(p.records) }).customers).toEqual([]);
    await summarizeTransactions((async function* () {})(), { ...cal, onProgress: (p) => seen.push(p.records) });
    expect(seen).toEqual([0, 0]);
  });

  it('reads rows as fitRfm does: a row that is not an object, an input both iterable and async iterable, a customer id −0', () => {
    const cal = { calibrationEnd: '2024-02-01', timeUnit: 'days' } as const;
    const ok = { customerId: 1, at: '2024-01-01', amount: 5 };
    expect(thrown(() => summarizeTransactions([42] as never, cal))).toMatchObject({ code: 'invalid_record', path: ['transactions', 0] });
    expect(thrown(() => summarizeTransactions([ok, 'x'] as never, cal))).toMatchObject({ code: 'invalid_record', path: ['transactions', 1] });
    expect(thrown(() => fitRfm([42] as never, { asOf: '2024-02-01' }))).toMatchObject({ code: 'invalid_record', path: ['transactions', 0] });
    // Both iterable and async iterable: read as iterable, answered directly (a Promise from an async-only one).
    const both = { [Symbol.iterator]: () => [ok][Symbol.iterator](), [Symbol.asyncIterator]: async function* () {} };
    expect(fitRfm(both, { asOf: '2024-02-01' })).not.toBeInstanceOf(Promise);
    expect(summarizeTransactions(both, cal)).toEqual(summarizeTransactions([ok], cal));
    const minusZero = summarizeTransactions([{ ...ok, customerId: -0 }], cal).customers[0]!.customerId;
    expect(Object.is(minusZero, 0)).toBe(true);
    expect(Object.is(fitRfm([{ ...ok, customerId: -0 }], { asOf: '2024-02-01' }).customers[0]!.customerId, 0)).toBe(true);
  });
});
