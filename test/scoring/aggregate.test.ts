import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateTransactions, fitRfm, fitRfmFromAggregates, foldTransaction, mergeAggregates, scoreRfm } from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';

const code = (fn: () => unknown): string => thrown(fn).code;
const acc = { customerId: (t: { id: string | number }) => t.id, at: (t: { at: string }) => t.at, amount: (t: { amount: number }) => t.amount };

describe('aggregates', () => {
  it('are plain JSON, and their inputs are never mutated', () => {
    const a = foldTransaction(undefined, { customerId: 'c', at: '2024-01-01', amount: 0.1 });
    const before = structuredClone(a);
    const b = foldTransaction(a, { customerId: 'c', at: '2024-01-01', amount: 0.2, profit: 0.05 });
    expect(a).toEqual(before);
    expect(Object.getPrototypeOf(b)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
    expect(b.purchaseDays).toEqual([19723]);
    // The exact sum of the doubles 0.1 and 0.2 as a double-double.
    expect(b.spend).toBe(0.30000000000000004);
    expect(b.spend + b.spendCompensation).toBe(0.30000000000000004);
    // A stored aggregate is read, not changed; a host's own columns beside it are allowed.
    const stored = { ...JSON.parse(JSON.stringify(b)), updatedAt: '2024-01-02' };
    const c = foldTransaction(stored, { customerId: 'c', at: '2024-01-02', amount: 1 });
    expect(stored.purchaseDays).toEqual([19723]);
    expect(c.purchaseDays).toEqual([19723, 19724]);
    // An aggregate the library made and a host then broke is checked like any other.
    const broken = foldTransaction(undefined, { customerId: 'c', at: 0, amount: 1 }) as unknown as { purchaseDays: number[] };
    broken.purchaseDays.push(Number.NaN);
    expect(thrown(() => mergeAggregates(broken as never, broken as never)).path).toEqual(['a', 'purchaseDays', 1]);
  });

  it('refuse bad transactions and foreign customers', () => {
    const a = foldTransaction(undefined, { customerId: 'c', at: 0, amount: 1 });
    expect(thrown(() => foldTransaction(a, { customerId: 'd', at: 0, amount: 1 }))).toMatchObject({ code: 'invalid_argument', path: ['transaction', 'customerId'] });
    expect(code(() => foldTransaction(a, { customerId: 'c', at: 'nope', amount: 1 }))).toBe('invalid_date');
    expect(thrown(() => foldTransaction(a, { customerId: 'c', at: 0, amount: Number.NaN }))).toMatchObject({ code: 'invalid_argument', path: ['transaction', 'amount'] });
    expect(thrown(() => foldTransaction(a, { customerId: 'c', at: 0, amount: 1, profit: Number.NaN }))).toMatchObject({ code: 'invalid_argument', path: ['transaction', 'profit'] });
    expect(thrown(() => foldTransaction(a, null as never))).toMatchObject({ code: 'invalid_argument', path: ['transaction'] });
    expect(thrown(() => foldTransaction({} as never, { customerId: 'c', at: 0, amount: 1 })).code).toBe('invalid_argument');
    expect(code(() => mergeAggregates(a, foldTransaction(undefined, { customerId: 'd', at: 0, amount: 1 })))).toBe('invalid_argument');
    expect(thrown(() => foldTransaction(undefined, { customerId: 'c', at: 0, amount: 1 }, { timeZone: 'Mars/Base' })).code).toBe('invalid_argument');
  });

  it('future transactions in an aggregate: counted only with futureTransactions include', () => {
    const [a] = aggregateTransactions([{ customerId: 'c', at: '2024-03-01', amount: 5 }]);
    const { model } = fitRfm([{ id: 'x', at: '2024-01-01', amount: 1 }], { asOf: '2024-02-01', accessors: acc });
    expect(code(() => scoreRfm(model, a!))).toBe('future_transaction');
    expect(scoreRfm(model, a!, { asOf: '2024-03-31' })).toMatchObject({ recencyDays: 30 });
    expect(code(() => fitRfmFromAggregates([a!], { asOf: '2024-02-01', policy: { futureTransactions: 'ignore' } }))).toBe('future_transaction');
    expect(fitRfmFromAggregates([a!], { asOf: '2024-02-01', policy: { futureTransactions: 'include' } }).customers[0]).toMatchObject({ recencyDays: 0 });
  });

  it('a customer with refunds only under refunds: ignore has nothing to score', () => {
    const [a] = aggregateTransactions([{ customerId: 'c', at: '2024-01-01', amount: -5 }]);
    const { model } = fitRfm([{ id: 'x', at: '2024-01-01', amount: 1 }], { asOf: '2024-02-01', policy: { refunds: 'ignore' }, accessors: acc });
    expect(scoreRfm(model, a!)).toBeUndefined();
    expect(fitRfmFromAggregates([a!], { asOf: '2024-02-01', policy: { refunds: 'ignore' } }).customers).toEqual([]);
  });

  it('fitRfmFromAggregates reports progress over the aggregates it reads, from arrays and cursors alike', async () => {
    const stored = aggregateTransactions(Array.from({ length: 70_000 }, (_, i) => ({ customerId: i, at: '2024-01-01', amount: 5 })));
    const seen: number[] = [];
    expect(fitRfmFromAggregates(stored, { asOf: '2024-02-01', onProgress: (p) => seen.push(p.records) }).customers).toHaveLength(70_000);
    expect(seen).toEqual([65_536, 70_000]);
    async function* cursor() {
      yield* stored.slice(0, 3);
    }
    const streamed: number[] = [];
    await fitRfmFromAggregates(cursor(), { asOf: '2024-02-01', onProgress: (p) => streamed.push(p.records) });
    expect(streamed).toEqual([3]);
    expect(thrown(() => fitRfmFromAggregates(stored, { asOf: '2024-02-01', onProgress: 'bar' as never }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'onProgress'] });
  });

  it('refuses duplicate aggregates and bad models', () => {
    const [a] = aggregateTransactions([{ customerId: 'c', at: '2024-01-01', amount: 5 }]);
    expect(thrown(() => fitRfmFromAggregates([a!, a!], { asOf: '2024-02-01' }))).toMatchObject({ code: 'invalid_argument', path: ['aggregates', 1, 'customerId'] });
    expect(code(() => scoreRfm({} as never, a!))).toBe('invalid_model');
    const { model } = fitRfm([{ id: 'x', at: '2024-01-01', amount: 1 }], { asOf: '2024-02-01', accessors: acc });
    expect(thrown(() => scoreRfm({ ...model, recency: { ...model.recency, thresholds: [1] } }, { recencyDays: 1, frequency: 1, monetary: 1 }))).toMatchObject({
      code: 'invalid_model',
      path: ['model', 'recency', 'thresholds'],
    });
    expect(thrown(() => scoreRfm(model, { recencyDays: -1, frequency: 1, monetary: 1 }))).toMatchObject({ code: 'invalid_argument', path: ['metrics', 'recencyDays'] });
  });

  it('orders mixed id types numbers first, then strings by code units', () => {
    const tx = [10, 'b', 2, 'B', 'a'].map((id) => ({ id, at: '2024-01-01', amount: 1 }));
    const { customers } = fitRfm(tx, { asOf: '2024-01-02', method: 'ntile', accessors: acc });
    expect(customers.map((c) => c.customerId)).toEqual([2, 10, 'B', 'a', 'b']);
    expect(customers.map((c) => c.m)).toEqual([1, 2, 3, 4, 5]);
    expect(aggregateTransactions(tx, { accessors: acc }).map((a) => a.customerId)).toEqual([2, 10, 'B', 'a', 'b']);
  });

  it('aggregateTransactions reads rows through accessors, streams and reports progress', async () => {
    const rows = [
      { id: 'a', at: '2024-01-03', amount: 5 },
      { id: 'a', at: '2024-01-01', amount: 0 },
      { id: 'a', at: '2024-01-02', amount: 7 },
      { id: 'a', at: '2024-01-01', amount: 3 },
    ];
    const progress: number[] = [];
    const [a] = aggregateTransactions(rows, { accessors: acc, onProgress: (p) => progress.push(p.records) });
    expect(a).toMatchObject({ purchaseDays: [19723, 19724, 19725], zeroDays: [19723], purchases: 3, zeroPurchases: 1, spend: 15, firstDay: 19723, lastDay: 19725 });
    expect(progress).toEqual([4]);
    async function* stream() {
      yield* rows;
    }
    const streamed = aggregateTransactions(stream(), { accessors: acc });
    expect(streamed).toBeInstanceOf(Promise);
    expect(await streamed).toEqual([a]);
    // Folding one by one gives the same aggregate.
    const folded = rows.reduce<ReturnType<typeof foldTransaction> | undefined>((x, r) => foldTransaction(x, { customerId: r.id, at: r.at, amount: r.amount }), undefined);
    expect(folded).toEqual(a);
  });

  it('is linear in a customer’s purchase days: 200,000 days of one customer well under a second', () => {
    const n = 200_000;
    // Days in a scrambled order (a multiplicative permutation), every one distinct.
    const rows = Array.from({ length: n }, (_, i) => ({ customerId: 'one', at: ((i * 7919) % n) * 86_400_000, amount: 100 }));
    const t0 = performance.now();
    const [a] = aggregateTransactions(rows);
    const merged = mergeAggregates(a!, aggregateTransactions(rows.slice(0, 1000))[0]!);
    const ms = performance.now() - t0;
    expect(a!.purchaseDays).toHaveLength(n);
    expect(merged.purchases).toBe(n + 1000);
    expect(a!.purchaseDays[n - 1]).toBe(n - 1);
    // A quadratic pass takes minutes here; the bound leaves room for a loaded machine.
    expect(ms).toBeLessThan(5_000);
  });
});

describe('sums whose rest rounds to a tie', () => {
  // 1.1 + 0.7 + 0.1 + 0.1 is a hair above 2: the spend rounds to 2e16 + 4, and its rest (just
  // below −2) rounded to −2 would make a pair that reads as 2e16.
  const amounts = [1.1, 0.7, 1e16, 1e16, 0.1, 0.1];
  const rows = amounts.map((amount, i) => ({ customerId: 'c', at: `2024-01-0${i + 1}`, amount }));
  const asOf = '2024-06-01';

  it('are stored as pairs the library reads back, with the monetary value of fitRfm', () => {
    const [batch] = aggregateTransactions(rows);
    let folded: ReturnType<typeof foldTransaction> | undefined;
    for (const row of rows) folded = foldTransaction(folded, row);
    expect(folded).toEqual(batch);
    expect(batch!.spend + batch!.spendCompensation).toBe(batch!.spend);
    const direct = fitRfm(rows, { asOf }).customers[0]!;
    expect(direct.monetary).toBe(20000000000000004);
    expect(fitRfmFromAggregates([batch!], { asOf }).customers[0]).toEqual(direct);
    expect(mergeAggregates(batch!, foldTransaction(undefined, { customerId: 'c', at: '2024-02-01', amount: 2.675 })).purchases).toBe(7);
  });

  it('every aggregate folded from large and fractional amounts is read back', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(1.1, 0.7, 0.1, 2.675, 1e16, 3e15, 123.45), { minLength: 1, maxLength: 12 }), (list) => {
        let a: ReturnType<typeof foldTransaction> | undefined;
        list.forEach((amount, i) => {
          a = foldTransaction(a, { customerId: 'c', at: Date.UTC(2024, 0, 1 + i), amount });
        });
        // Every pair canonical (the rest at most half an ulp), so the library reads it back.
        for (const [hi, lo] of [[a!.spend, a!.spendCompensation], [a!.refunded, a!.refundedCompensation], [a!.profit, a!.profitCompensation]] as const) expect(hi + lo).toBe(hi);
        expect(mergeAggregates(a!, a!).purchases).toBe(2 * list.length);
        expect(fitRfmFromAggregates([a!], { asOf }).customers[0]!.monetary).toBe(fitRfm(list.map((amount, i) => ({ customerId: 'c', at: Date.UTC(2024, 0, 1 + i), amount })), { asOf }).customers[0]!.monetary);
      }),
    );
  });
});
