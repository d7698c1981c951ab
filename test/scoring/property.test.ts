import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateTransactions,
  fitRfm,
  fitRfmColumns,
  fitRfmFromAggregates,
  foldTransaction,
  mergeAggregates,
  type CustomerAggregate,
  type RfmOptions,
} from '../../src/scoring/index.js';
import { checkShape } from '../../src/shape/index.js';
import { isAggregate } from '../../src/scoring/aggregate.js';
import { shapeValid } from '../../src/scoring/checked.js';
import { CUSTOMER_AGGREGATE_SHAPE } from '../../src/scoring/shapes.js';
import { thrown } from '../support/thrown.js';
import { ntileOracle, quantileOracle } from './oracle.js';

interface Tx {
  id: string;
  day: number;
  amount: number;
}
const accessors = { customerId: (t: Tx) => t.id, at: (t: Tx) => t.day * 86_400_000, amount: (t: Tx) => t.amount };
const fit = (rows: Tx[], options: RfmOptions) => fitRfm(rows, { ...options, accessors });
const asOf = 100 * 86_400_000;

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'B', 'ä'];
const tx = fc.record({
  id: fc.constantFrom(...ids),
  day: fc.integer({ min: 0, max: 100 }),
  amount: fc.oneof(fc.integer({ min: -500, max: 2000 }), fc.constantFrom(0, 100, 100, 250)),
});
const txs = fc.array(tx, { maxLength: 60 });
const policy = fc.record({
  method: fc.constantFrom('quantile' as const, 'ntile' as const),
  scores: fc.integer({ min: 2, max: 7 }),
  policy: fc.record({
    sameDay: fc.constantFrom('separate' as const, 'once' as const),
    monetary: fc.constantFrom('sum' as const, 'mean' as const),
    refunds: fc.constantFrom('subtract' as const, 'ignore' as const),
    zeroAmounts: fc.constantFrom('purchase' as const, 'ignore' as const),
  }),
});
const shuffle = <T>(list: readonly T[], seeds: fc.Stream<number>): T[] =>
  list
    .map((t) => ({ t, k: seeds.next().value as number }))
    .sort((x, y) => x.k - y.k)
    .map((x) => x.t);

describe('properties', () => {
  it('scores do not depend on input order', () => {
    fc.assert(
      fc.property(txs, policy, fc.infiniteStream(fc.nat()), (list, p, seeds) => {
        expect(fit(shuffle(list, seeds), { asOf, ...p })).toEqual(fit(list, { asOf, ...p }));
      }),
    );
  });

  it('sums are exact: decimal and huge amounts score the same in any order', () => {
    const hostile = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      day: fc.integer({ min: 0, max: 100 }),
      amount: fc.constantFrom(0.1, 0.7, -1e16, 1e16, 0.3, 1.1, 2 ** 53 - 1, -(2 ** 53 - 1), 1e-300, 0.2, 1e29),
    });
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 30 }), policy, fc.infiniteStream(fc.nat()), (list, p, seeds) => {
        const fitted = fit(list, { asOf, ...p });
        expect(fit(shuffle(list, seeds), { asOf, ...p })).toEqual(fitted);
        for (const c of fitted.customers) expect(Number.isFinite(c.monetary)).toBe(true);
      }),
    );
  });

  it('folding then scoring the aggregates equals scoring the transactions', () => {
    fc.assert(
      fc.property(txs, policy, (list, p) => {
        const aggs = aggregateTransactions(list.map((t) => ({ customerId: t.id, at: t.day * 86_400_000, amount: t.amount })));
        expect(fitRfmFromAggregates(aggs, { asOf, ...p })).toEqual(fit(list, { asOf, ...p }));
      }),
    );
  });

  it('the columnar path equals fitRfm (dense ids in id order), future rows, decimals and huge amounts included', () => {
    // Rows past asOf (day 100), refunds and inexact or huge amounts each send fitRfmColumns to its
    // general loop; a list with none of them takes the plain one. Each is switched on by a flag,
    // so both loops run often, and each must give fitRfm's answer.
    const columnTx = fc.record({ id: fc.constantFrom(...ids), day: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: 0, max: 2000 }), refund: fc.oneof(fc.integer({ min: -500, max: -1 }), fc.constant(-1e16)), odd: fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1e16, 2 ** 53 - 1) });
    const mix = fc.record({ future: fc.boolean(), refunds: fc.boolean(), inexact: fc.boolean() });
    const columnPolicy = fc.tuple(policy, fc.constantFrom('error' as const, 'ignore' as const, 'include' as const)).map(([p, futureTransactions]) => ({ ...p, policy: { ...p.policy, futureTransactions } }));
    fc.assert(
      fc.property(fc.array(columnTx, { maxLength: 60 }), mix, columnPolicy, (rows, m, p) => {
        // With odd amounts, every other row is customer a's: a sum of three or more of them can
        // round differently when added naively (0.1 + 0.2 + 0.3 is not 0.6).
        const odd = (i: number): boolean => m.inexact && i % 2 === 0;
        const list: Tx[] = rows.map((t, i) => ({
          id: odd(i) ? 'a' : t.id,
          day: m.future && i % 4 === 0 ? t.day + 15 : t.day,
          amount: odd(i) ? t.odd : m.refunds && i % 5 === 0 ? t.refund : t.amount,
        }));
        const sorted = [...ids].sort();
        const dense = new Map(sorted.map((id, k) => [id, k]));
        const columns = () =>
          fitRfmColumns(
            {
              customer: Int32Array.from(list, (t) => dense.get(t.id)!),
              day: Int32Array.from(list, (t) => t.day),
              amount: Float64Array.from(list, (t) => t.amount),
              customers: sorted.length,
            },
            { asOf, ...p },
          );
        if (p.policy.futureTransactions === 'error' && list.some((t) => t.day > 100)) {
          // Both refuse a future row, with the same code.
          expect(thrown(columns).code).toBe(thrown(() => fit(list, { asOf, ...p })).code);
          return;
        }
        const cols = columns();
        const fitted = fit(list, { asOf, ...p });
        expect(cols.model).toEqual(fitted.model);
        for (const c of fitted.customers) {
          const k = dense.get(c.customerId as string)!;
          expect([cols.recencyDays[k], cols.frequency[k], cols.monetary[k], cols.r[k], cols.f[k], cols.m[k]]).toEqual([c.recencyDays, c.frequency, c.monetary, c.r, c.f, c.m]);
        }
        expect([...cols.present].reduce((s, x) => s + x, 0)).toBe(fitted.customers.length);
      }),
      // Eight mixes × the policies: enough runs that each loop meets each kind of row.
      { numRuns: 300 },
    );
  });

  it('scores equal the brute-force NTILE and quantile definitions, whatever the range of values', () => {
    // Small integers (counted), wide integers and decimals (sorted), many ties.
    const value = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
    const rows = fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), value }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 2, max: 12 }), (list, scores) => {
        // One transaction per customer: monetary is the value (refunds allowed).
        const unique = [...new Map(list.map((r) => [r.id, r.value === 0 ? 0 : r.value])).entries()];
        const input = unique.map(([id, v]) => ({ customerId: id, at: 0, amount: v }));
        for (const method of ['ntile', 'quantile'] as const) {
          const { customers } = fitRfm(input, { asOf: 0, scores, method });
          const values = customers.map((c) => c.monetary);
          const expected = method === 'ntile' ? ntileOracle(values, customers.map((c) => c.customerId), scores, false) : quantileOracle(values, scores, false);
          expect(customers.map((c) => c.m)).toEqual(expected);
        }
      }),
    );
  });

  it('the selection that replaces the sort holds on large populations: ties, wide ranges, adversarial orders', () => {
    const pattern = fc.constantFrom('ties', 'wide', 'decimal', 'sorted', 'reversed', 'organ');
    fc.assert(
      fc.property(pattern, fc.integer({ min: 25, max: 3000 }), fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 1_000_000 }), (kind, N, scores, seed) => {
        let x = seed;
        const next = () => (x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0);
        const value = (i: number): number => {
          switch (kind) {
            case 'ties':
              return next() % 4;
            case 'wide':
              return (next() % 2_000_001) * 1_000_003 - 1e9;
            case 'decimal':
              return (next() % 10_000) / 7;
            case 'sorted':
              return i * 1000;
            case 'reversed':
              return (N - i) * 1000;
            default:
              return (i < N / 2 ? i : N - i) * 1000;
          }
        };
        const input = Array.from({ length: N }, (_, i) => ({ customerId: i, at: 0, amount: value(i) }));
        for (const method of ['ntile', 'quantile'] as const) {
          const { customers, model } = fitRfm(input, { asOf: 0, scores, method });
          const values = customers.map((c) => c.monetary);
          const expected = method === 'ntile' ? ntileOracle(values, customers.map((c) => c.customerId), scores, false) : quantileOracle(values, scores, false);
          expect(customers.map((c) => c.m)).toEqual(expected);
          const sorted = [...values].sort((a, b) => a - b);
          const median = N % 2 === 1 ? sorted[(N - 1) / 2]! : (sorted[N / 2 - 1]! + sorted[N / 2]!) / 2;
          expect(model.median.monetary).toBe(median);
        }
      }),
      { numRuns: 60 },
    );
  });

  const aggOf = (list: Tx[]): CustomerAggregate =>
    list.reduce<CustomerAggregate | undefined>((a, t) => foldTransaction(a, { customerId: 'x', at: t.day * 86_400_000, amount: t.amount }), undefined)!;
  const part = fc.array(tx, { minLength: 1, maxLength: 15 });

  it('merge is associative and commutative, and equals folding everything', () => {
    fc.assert(
      fc.property(part, part, part, (x, y, z) => {
        const [a, b, c] = [aggOf(x), aggOf(y), aggOf(z)];
        expect(mergeAggregates(mergeAggregates(a, b), c)).toEqual(mergeAggregates(a, mergeAggregates(b, c)));
        expect(mergeAggregates(a, b)).toEqual(mergeAggregates(b, a));
        expect(mergeAggregates(a, b)).toEqual(aggOf([...x, ...y]));
        expect(JSON.parse(JSON.stringify(mergeAggregates(a, b)))).toEqual(mergeAggregates(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))));
      }),
    );
  });

  it('raising a customer’s spend never lowers its monetary score', () => {
    fc.assert(
      fc.property(txs.filter((l) => l.length > 0), fc.nat(), fc.integer({ min: 1, max: 5000 }), policy, (list, pick, raise, p) => {
        const target = list[pick % list.length]!.id;
        const idx = list.findIndex((t) => t.id === target && t.amount > 0);
        if (idx < 0) return;
        const before = fit(list, { asOf, ...p }).customers.find((c) => c.customerId === target);
        const bumped = list.map((t, i) => (i === idx ? { ...t, amount: t.amount + raise } : t));
        const after = fit(bumped, { asOf, ...p }).customers.find((c) => c.customerId === target);
        if (before && after && p.method === 'quantile') expect(after.m).toBeGreaterThanOrEqual(before.m);
      }),
    );
  });

  it('equal inputs get equal scores under quantile', () => {
    fc.assert(
      fc.property(txs, fc.integer({ min: 2, max: 7 }), (list, scores) => {
        const { customers } = fit(list, { asOf, scores });
        for (const a of customers) {
          for (const b of customers) {
            if (a.monetary === b.monetary) expect(a.m).toBe(b.m);
            if (a.recencyDays === b.recencyDays) expect(a.r).toBe(b.r);
            if (a.frequency === b.frequency) expect(a.f).toBe(b.f);
          }
        }
      }),
    );
  });
});

describe('the aggregate check', () => {
  it('isAggregate, the compiled shape and checkShape give the same answer on any edit of an aggregate', () => {
    const base = aggregateTransactions([
      { customerId: 'x', at: 0, amount: 5 },
      { customerId: 'x', at: 2 * 86_400_000, amount: 0 },
      { customerId: 'x', at: 3 * 86_400_000, amount: -2 },
      { customerId: 'x', at: 4 * 86_400_000, amount: 7, profit: 1 },
    ])[0]!;
    const keys = Object.keys(base);
    const weird = fc.oneof(
      fc.constantFrom(undefined, null, -1, 0, 1, 2, 3, 4, 5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, -1e9, 2 ** 53, '', 'x', true, [], [0], [0, 0], [4, 0], [Number.NaN], {}),
      fc.integer({ min: -5, max: 10 }),
      fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys, 'extra'), weird), { maxLength: 3 }), (edits) => {
        const value: Record<string, unknown> = JSON.parse(JSON.stringify(base));
        for (const [key, v] of edits) value[key] = v;
        const fast = isAggregate(value);
        expect(shapeValid(CUSTOMER_AGGREGATE_SHAPE, value)).toBe(fast);
        let thrown = false;
        try {
          checkShape(CUSTOMER_AGGREGATE_SHAPE, value, 'invalid_argument');
        } catch {
          thrown = true;
        }
        expect(thrown).toBe(!fast);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('numeric ids', () => {
  it('small integers (direct table), large, negative and fractional ids are customers like any other', () => {
    const ntx = fc.record({
      id: fc.constantFrom(0, 1, 5, 4_194_303, 4_194_304, 1e12, -3, 1.5, 2 ** 31, -0),
      day: fc.integer({ min: 0, max: 100 }),
      amount: fc.integer({ min: -100, max: 1000 }),
    });
    const nacc = { customerId: (t: { id: number }) => t.id, at: (t: { day: number }) => t.day * 86_400_000, amount: (t: { amount: number }) => t.amount };
    fc.assert(
      fc.property(fc.array(ntx, { maxLength: 40 }), fc.constantFrom('quantile' as const, 'ntile' as const), (list, method) => {
        const aggs = aggregateTransactions(list.map((t) => ({ customerId: t.id, at: t.day * 86_400_000, amount: t.amount })));
        const fitted = fitRfm(list, { asOf, method, accessors: nacc });
        expect(fitted).toEqual(fitRfmFromAggregates(aggs, { asOf, method }));
        expect(fitted.customers.map((c) => c.customerId)).toEqual([...new Set(list.map((t) => (t.id === 0 ? 0 : t.id)))].sort((a, b) => a - b));
      }),
    );
  });
});
