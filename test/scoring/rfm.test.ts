import { describe, expect, it } from 'vitest';
import {
  aggregateTransactions,
  defineRfmModel,
  fitRfm,
  fitRfmColumns,
  fitRfmFromAggregates,
  scoreRfm,
  type RfmOptions,
} from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';
import { cdnowAccessors, loadCdnow, type CdnowRow } from './data.js';
import { ntileOracle, quantileOracle } from './oracle.js';

interface Tx {
  id: string | number;
  at: string | number | Date;
  amount: number;
}
const accessors = { customerId: (t: Tx) => t.id, at: (t: Tx) => t.at, amount: (t: Tx) => t.amount };
/** fitRfm over rows shaped `Tx`. */
const fit = (rows: Iterable<Tx>, options: RfmOptions) => fitRfm(rows, { ...options, accessors });
const fitCdnow = (rows: Iterable<CdnowRow>, options: RfmOptions) => fitRfm(rows, { ...options, accessors: cdnowAccessors });

describe('fitRfm basics', () => {
  it('empty input gives no customers and an empty-population model, which scores nobody', () => {
    const { customers, model } = fit([], { asOf: '2024-01-01' });
    expect(customers).toEqual([]);
    expect(model.population).toBe(0);
    expect(model.recency.unusedScores).toEqual([1, 2, 3, 4, 5]);
    const a = aggregateTransactions([{ customerId: 'x', at: '2024-01-01', amount: 1 }])[0]!;
    expect(thrown(() => scoreRfm(model, a))).toMatchObject({ code: 'empty_input', details: { what: 'customers' } });
    expect(thrown(() => scoreRfm(JSON.parse(JSON.stringify(model)), a)).code).toBe('empty_input');
  });

  it('rows shaped { customerId, at, amount } need no accessors', () => {
    const rows = [
      { customerId: 'a', at: '2024-01-01', amount: 5 },
      { customerId: 'b', at: '2024-01-05', amount: 7 },
    ];
    expect(fitRfm(rows, { asOf: '2024-01-11' }).customers.map((c) => c.recencyDays)).toEqual([10, 6]);
  });

  it('a single customer gets score 1 on every metric (nobody is worse), as under NTILE', () => {
    const { customers, model } = fit([{ id: 'a', at: '2024-01-01', amount: 5 }], { asOf: '2024-01-11' });
    expect(customers).toEqual([{ customerId: 'a', recencyDays: 10, frequency: 1, monetary: 5, r: 1, f: 1, m: 1 }]);
    expect(model.recency.unusedScores).toEqual([2, 3, 4, 5]);
    const nt = fit([{ id: 'a', at: '2024-01-01', amount: 5 }], { asOf: '2024-01-11', method: 'ntile' });
    expect(nt.customers[0]).toMatchObject({ r: 1, f: 1, m: 1 });
  });

  it('all-equal values: quantile gives everyone score 1 and reports collapse; ntile splits by id', () => {
    const tx: Tx[] = ['d', 'b', 'c', 'a', 'e', 'f', 'g'].map((id) => ({ id, at: '2024-01-01', amount: 10 }));
    const q = fit(tx, { asOf: '2024-01-02' });
    expect(q.customers.map((c) => [c.r, c.f, c.m])).toEqual(tx.map(() => [1, 1, 1]));
    expect(q.model.monetary).toMatchObject({ collapsed: true, unusedScores: [2, 3, 4, 5], counts: [7, 0, 0, 0, 0] });
    const n = fit(tx, { asOf: '2024-01-02', method: 'ntile' });
    // NTILE(5) over 7 rows: 2, 2, 1, 1, 1 — in id order a..g.
    expect(n.customers.map((c) => c.customerId)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(n.customers.map((c) => c.m)).toEqual([1, 1, 2, 2, 3, 4, 5]);
  });

  it('refunds subtract from net spend, do not count as purchases and do not move recency', () => {
    const tx: Tx[] = [
      { id: 'a', at: '2024-01-01', amount: 100 },
      { id: 'a', at: '2024-01-20', amount: -100 },
      { id: 'b', at: '2024-01-10', amount: 50 },
      { id: 'b', at: '2024-01-12', amount: -80 },
      { id: 'c', at: '2024-01-15', amount: -30 },
    ];
    const { customers } = fit(tx, { asOf: '2024-01-31' });
    expect(customers).toMatchObject([
      { customerId: 'a', recencyDays: 30, frequency: 1, monetary: 0 },
      { customerId: 'b', recencyDays: 21, frequency: 1, monetary: -30 },
      { customerId: 'c', recencyDays: 16, frequency: 0, monetary: -30 },
    ]);
    const ignored = fit(tx, { asOf: '2024-01-31', policy: { refunds: 'ignore' } });
    expect(ignored.customers.map((c) => [c.customerId, c.monetary])).toEqual([
      ['a', 100],
      ['b', 50],
    ]);
  });

  it('zero amounts are purchases by default, or ignored', () => {
    const tx: Tx[] = [
      { id: 'a', at: '2024-01-01', amount: 10 },
      { id: 'a', at: '2024-01-05', amount: 0 },
    ];
    expect(fit(tx, { asOf: '2024-01-10' }).customers[0]).toMatchObject({ recencyDays: 5, frequency: 2 });
    expect(fit(tx, { asOf: '2024-01-10', policy: { zeroAmounts: 'ignore' } }).customers[0]).toMatchObject({ recencyDays: 9, frequency: 1 });
  });

  it('same-day purchases count once by policy; monetary by mean', () => {
    const tx: Tx[] = [
      { id: 'a', at: '2024-01-01T09:00:00Z', amount: 10 },
      { id: 'a', at: '2024-01-01T18:00:00Z', amount: 20 },
      { id: 'a', at: '2024-01-03', amount: 30 },
    ];
    expect(fit(tx, { asOf: '2024-01-10' }).customers[0]).toMatchObject({ frequency: 3, monetary: 60 });
    expect(fit(tx, { asOf: '2024-01-10', policy: { sameDay: 'once', monetary: 'mean' } }).customers[0]).toMatchObject({ frequency: 2, monetary: 30 });
  });

  it('calendar days follow the time zone', () => {
    const tx: Tx[] = [{ id: 'a', at: '2024-01-01T20:00:00Z', amount: 10 }];
    expect(fit(tx, { asOf: '2024-01-02' }).customers[0]!.recencyDays).toBe(1);
    expect(fit(tx, { asOf: '2024-01-02', policy: { timeZone: 'Asia/Shanghai' } }).customers[0]!.recencyDays).toBe(0);
    const epoch = Date.parse('2024-01-01T20:00:00Z');
    expect(fit([{ id: 'a', at: epoch, amount: 1 }], { asOf: '2024-01-02', policy: { timeZone: 'Asia/Shanghai' } }).customers[0]!.recencyDays).toBe(0);
    expect(fit([{ id: 'a', at: new Date(epoch), amount: 1 }], { asOf: '2024-01-02' }).customers[0]!.recencyDays).toBe(1);
  });

  it('future-dated transactions: refused with the index, ignored or included by policy', () => {
    const tx: Tx[] = [
      { id: 'a', at: '2024-01-01', amount: 10 },
      { id: 'a', at: '2024-02-01', amount: 10 },
    ];
    const e = thrown(() => fit(tx, { asOf: '2024-01-10' }));
    expect(e.code).toBe('future_transaction');
    expect(e.path).toEqual(['transactions', 1, 'at']);
    expect(e.details).toEqual({ index: 1, day: '2024-02-01', asOf: '2024-01-10' });
    expect(fit(tx, { asOf: '2024-01-10', policy: { futureTransactions: 'ignore' } }).customers[0]).toMatchObject({ recencyDays: 9, frequency: 1 });
    expect(fit(tx, { asOf: '2024-01-10', policy: { futureTransactions: 'include' } }).customers[0]).toMatchObject({ recencyDays: 0, frequency: 2 });
    // Later the same day is not the future.
    expect(fit([{ id: 'a', at: '2024-01-10T23:00:00Z', amount: 1 }], { asOf: '2024-01-10T01:00:00Z' }).customers).toHaveLength(1);
  });

  it('invalid dates, amounts and missing ids are typed errors with the index', () => {
    const bad = (rows: Tx[]) => thrown(() => fit(rows, { asOf: '2024-01-10' }));
    const ok: Tx = { id: 'a', at: '2024-01-01', amount: 1 };
    let e = bad([ok, ok, { id: 'b', at: '2024-02-30', amount: 1 }]);
    expect([e.code, e.path]).toEqual(['invalid_date', ['transactions', 2, 'at']]);
    e = bad([ok, { id: 'b', at: new Date(Number.NaN), amount: 1 }]);
    expect([e.code, e.path]).toEqual(['invalid_date', ['transactions', 1, 'at']]);
    e = bad([ok, { id: 'b', at: 'yesterday', amount: 1 }]);
    expect(e.code).toBe('invalid_date');
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, '12' as unknown as number, 1e308]) {
      e = bad([ok, ok, ok, { id: 'b', at: '2024-01-01', amount }]);
      expect([e.code, e.path, e.details]).toMatchObject(['invalid_record', ['transactions', 3, 'amount'], { index: 3, expected: 'number' }]);
    }
    e = bad([ok, { id: null as unknown as string, at: '2024-01-01', amount: 1 }]);
    expect([e.code, e.path]).toEqual(['missing_customer_id', ['transactions', 1, 'customerId']]);
    e = bad([ok, { id: Number.POSITIVE_INFINITY, at: '2024-01-01', amount: 1 }]);
    expect([e.code, e.path]).toEqual(['invalid_record', ['transactions', 1, 'customerId']]);
    expect(bad([ok, { id: '', at: '2024-01-01', amount: 1 }]).code).toBe('missing_customer_id');
    expect(fitRfm([ok, { id: '', at: '2024-01-01', amount: 1 }], { asOf: '2024-01-10', accessors, onMissingCustomerId: 'skip' }).customers).toHaveLength(1);
  });

  it('bad options are refused', () => {
    const tx: Tx[] = [{ id: 'a', at: '2024-01-01', amount: 1 }];
    expect(thrown(() => fit(tx, { asOf: 'soon' }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(thrown(() => fit(tx, {} as RfmOptions))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(thrown(() => fit(tx, { asOf: 0, scores: 1 }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'scores'] });
    expect(thrown(() => fit(tx, { asOf: 0, method: 'qcut' as never }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'method'] });
    expect(thrown(() => fit(tx, { asOf: 0, policy: { sameDay: 'twice' as never } })).path).toEqual(['options', 'policy', 'sameDay']);
    expect(thrown(() => fit(tx, { asOf: 0, policy: { future: 'ignore' } as never })).path).toEqual(['options', 'policy', 'future']);
    expect(thrown(() => fit(tx, { asOf: 0, method: 'thresholds' }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'thresholds'] });
    expect(
      thrown(() => fit(tx, { asOf: 0, method: 'thresholds', thresholds: { recency: [30, 90, 180, 365], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] } })).path,
    ).toEqual(['options', 'thresholds', 'recency', 1]);
    expect(thrown(() => fit(tx, { asOf: 0, policy: { timeZone: 'Mars/Olympus' } }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'policy', 'timeZone'] });
    expect(thrown(() => fit(42 as never, { asOf: 0 }))).toMatchObject({ code: 'invalid_argument', path: ['transactions'] });
    expect(thrown(() => fitRfm(tx, { asOf: 0, accessors: { customerId: 'id' } as never }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'accessors', 'customerId'] });
    expect(thrown(() => fitRfm(tx as never, { asOf: 0, onMissingCustomerId: 'drop' as never })).code).toBe('invalid_argument');
    expect(thrown(() => fitRfm(tx as never, { asOf: 0, onProgress: 3 as never })).code).toBe('invalid_argument');
  });

  it('does not mutate its input; the model is frozen', () => {
    const tx: Tx[] = [{ id: 'a', at: '2024-01-01', amount: 1 }];
    const copy = structuredClone(tx);
    const { model } = fit(tx, { asOf: '2024-01-10' });
    expect(tx).toEqual(copy);
    expect(Object.isFrozen(model) && Object.isFrozen(model.recency.thresholds) && Object.isFrozen(model.policy)).toBe(true);
  });

  it('reports progress every 65,536 records and at the end, and streams stay streams', async () => {
    const rows = Array.from({ length: 140_000 }, (_, i) => ({ customerId: i % 1000, at: 86_400_000 * (i % 300), amount: 100 }));
    const seen: number[] = [];
    fitRfm(rows, { asOf: 86_400_000 * 400, onProgress: (p) => seen.push(p.records) });
    expect(seen).toEqual([65_536, 131_072, 140_000]);
    async function* stream() {
      yield* rows.slice(0, 70_000);
    }
    const streamed: number[] = [];
    const result = fitRfm(stream(), { asOf: 86_400_000 * 400, onProgress: (p) => streamed.push(p.records) });
    expect(result).toBeInstanceOf(Promise);
    expect((await result).customers).toHaveLength(1000);
    expect(streamed).toEqual([65_536, 70_000]);
  });

  it('reports a total that is a multiple of 65,536 once, from arrays, iterables and streams alike', async () => {
    const rows = Array.from({ length: 131_072 }, (_, i) => ({ customerId: i % 1000, at: 86_400_000 * (i % 300), amount: 100 }));
    const reports = async (input: Iterable<(typeof rows)[number]> | AsyncIterable<(typeof rows)[number]>) => {
      const seen: number[] = [];
      const options = { asOf: 86_400_000 * 400, onProgress: (p: { records: number }) => seen.push(p.records) };
      await (Symbol.asyncIterator in input ? fitRfm(input, options) : fitRfm(input, options));
      return seen;
    };
    async function* stream() {
      yield* rows;
    }
    expect(await reports(rows)).toEqual([65_536, 131_072]);
    expect(await reports(new Set(rows))).toEqual([65_536, 131_072]);
    expect(await reports(stream())).toEqual([65_536, 131_072]);
    expect(await reports([])).toEqual([0]);
  });
});

describe('on CDNOW (69,659 transactions, 23,570 customers)', () => {
  const rows = loadCdnow();
  const asOf = '1998-07-01';

  it('quantile scores equal the brute-force definition; equal values get equal scores; ties are reported', () => {
    const { customers, model } = fitCdnow(rows, { asOf });
    expect(customers).toHaveLength(23_570);
    // Reference on a 2,357-customer slice (O(N²) oracle).
    const slice = rows.filter((r) => Number(r.id) % 10 === 1);
    const fitted = fitCdnow(slice, { asOf }).customers;
    expect(fitted.map((c) => c.r)).toEqual(quantileOracle(fitted.map((c) => c.recencyDays), 5, true));
    expect(fitted.map((c) => c.f)).toEqual(quantileOracle(fitted.map((c) => c.frequency), 5, false));
    expect(fitted.map((c) => c.m)).toEqual(quantileOracle(fitted.map((c) => c.monetary), 5, false));
    // Most customers bought once: F collapses and scores are unused, and that is in the model.
    const once = customers.filter((c) => c.frequency === 1);
    expect(once.length).toBeGreaterThan(customers.length / 2);
    expect(new Set(once.map((c) => c.f))).toEqual(new Set([1]));
    expect(model.frequency.collapsed).toBe(true);
    expect(model.frequency.unusedScores.length).toBeGreaterThan(0);
    expect(model.frequency.counts.reduce((a, b) => a + b, 0)).toBe(23_570);
    const byValue = new Map<number, Set<number>>();
    for (const c of customers) byValue.set(c.monetary, (byValue.get(c.monetary) ?? new Set()).add(c.m));
    for (const scores of byValue.values()) expect(scores.size).toBe(1);
  });

  it('ntile equals the NTILE definition with ties split by customer id', () => {
    for (const digit of [3, 7]) {
      const slice = rows.filter((r) => Number(r.id) % 10 === digit);
      for (const scores of [5, 10, 7]) {
        const { customers } = fitCdnow(slice, { asOf, method: 'ntile', scores });
        const ids = customers.map((c) => c.customerId);
        expect(customers.map((c) => c.r)).toEqual(ntileOracle(customers.map((c) => c.recencyDays), ids, scores, true));
        expect(customers.map((c) => c.f)).toEqual(ntileOracle(customers.map((c) => c.frequency), ids, scores, false));
        expect(customers.map((c) => c.m)).toEqual(ntileOracle(customers.map((c) => c.monetary), ids, scores, false));
        // Identical one-time buyers are spread over several buckets.
        expect(new Set(customers.filter((c) => c.frequency === 1).map((c) => c.f)).size).toBeGreaterThan(1);
      }
    }
  });

  it('a stored model applied to one customer gives the fitted score (quantile and thresholds)', () => {
    const aggs = aggregateTransactions(rows.map((r) => ({ customerId: r.id, at: r.date, amount: r.cents })));
    for (const options of [
      { asOf },
      { asOf, policy: { sameDay: 'once', monetary: 'mean' } },
      { asOf, method: 'thresholds', thresholds: { recency: [400, 300, 200, 100], frequency: [1, 2, 4, 8], monetary: [1000, 3000, 6000, 12000] } },
    ] as RfmOptions[]) {
      const { customers, model } = fitCdnow(rows, options);
      const stored = JSON.parse(JSON.stringify(model));
      const applied = aggs.map((a) => scoreRfm(stored, a));
      expect(applied).toEqual(customers);
      expect(fitRfmFromAggregates(aggs, options)).toEqual({ customers, model });
    }
  });

  it('the ntile model applied later may score boundary ties lower, never higher', () => {
    const aggs = aggregateTransactions(rows.map((r) => ({ customerId: r.id, at: r.date, amount: r.cents })));
    const { customers, model } = fitCdnow(rows, { asOf, method: 'ntile' });
    aggs.forEach((a, i) => {
      const s = scoreRfm(model, a)!;
      expect(s.m).toBeLessThanOrEqual(customers[i]!.m);
      expect(s.customerId).toBe(customers[i]!.customerId);
    });
  });

  it('async, sync, iterables and the columnar fast path agree', async () => {
    for (const method of ['ntile', 'quantile'] as const) {
      const options: RfmOptions = { asOf, method, policy: { sameDay: 'once' } };
      const sync = fitCdnow(rows, options);
      async function* stream() {
        for (const r of rows) yield r;
      }
      expect(await fitRfm(stream(), { ...options, accessors: cdnowAccessors })).toEqual(sync);
      expect(fitCdnow(new Set(rows), options)).toEqual(sync);
      const dayOf = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))) / 86_400_000;
      const cols = fitRfmColumns(
        {
          customer: Int32Array.from(rows, (r) => Number(r.id) - 1),
          day: Int32Array.from(rows, (r) => dayOf(r.date)),
          amount: Float64Array.from(rows, (r) => r.cents),
        },
        options,
      );
      expect(cols.model).toEqual(sync.model);
      sync.customers.forEach((c, i) => {
        expect([cols.r[i], cols.f[i], cols.m[i], cols.monetary[i]]).toEqual([c.r, c.f, c.m, c.monetary]);
      });
    }
  });
});

describe('defineRfmModel and fitRfmColumns edge cases', () => {
  it('defineRfmModel needs thresholds', () => {
    expect(thrown(() => defineRfmModel({ asOf: 0 }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'method'] });
    expect(thrown(() => defineRfmModel({ asOf: 0, method: 'thresholds' }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'thresholds'] });
  });
  it('fitRfmColumns checks lengths, ranges and values', () => {
    const base = { customer: new Int32Array([0, 1]), day: new Int32Array([10, 11]), amount: new Float64Array([1, 2]) };
    expect(thrown(() => fitRfmColumns({ ...base, day: new Int32Array([1]) }, { asOf: 0 }))).toMatchObject({ code: 'invalid_argument', path: ['input', 'day'] });
    expect(thrown(() => fitRfmColumns({ ...base, customers: 1 }, { asOf: 86_400_000 * 20 }))).toMatchObject({ code: 'invalid_record', path: ['input', 'customer', 1] });
    expect(thrown(() => fitRfmColumns({ ...base, amount: new Float64Array([1, Number.NaN]) }, { asOf: 86_400_000 * 20 })).details).toMatchObject({ index: 1 });
    expect(thrown(() => fitRfmColumns({ ...base, day: new Int32Array([10, 2e9]) }, { asOf: 86_400_000 * 20, policy: { futureTransactions: 'include' } })).path).toEqual(['input', 'day', 1]);
    expect(thrown(() => fitRfmColumns(base, { asOf: 86_400_000 * 10 })).code).toBe('future_transaction');
    expect(thrown(() => fitRfmColumns({ ...base, customers: -1 }, { asOf: 0 })).path).toEqual(['input', 'customers']);
    // More customers than columns can hold is refused before any allocation (not a RangeError from deep inside).
    expect(thrown(() => fitRfmColumns({ ...base, customers: 2 ** 31 - 1 }, { asOf: 86_400_000 * 20 }))).toMatchObject({ code: 'input_too_large', path: ['input', 'customers'], details: { limit: 2 ** 28 } });
    expect(thrown(() => fitRfmColumns({ customer: Uint32Array.from([2 ** 28]), day: Int32Array.from([0]), amount: Float64Array.from([1]) }, { asOf: 0 }))).toMatchObject({ code: 'invalid_record', path: ['input', 'customer', 0] });
    expect(thrown(() => fitRfmColumns({ customer: [0], day: [1], amount: [1] } as never, { asOf: 0 })).path).toEqual(['input', 'customer']);
    const r = fitRfmColumns({ ...base, customers: 3 }, { asOf: 86_400_000 * 20 });
    expect([...r.present]).toEqual([1, 1, 0]);
    expect([...r.r]).toEqual([1, 3, 0]);
  });
});
