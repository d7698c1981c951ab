import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateTransactions,
  emptyAggregate,
  fitRfm,
  fitRfmFromAggregates,
  foldTransaction,
  mergeAggregates,
  type BinningMethod,
  type CustomerAggregate,
} from '../../src/scoring/index.js';

interface Tx {
  id: string;
  day: number;
  amount: number;
}
const acc = { customerId: (t: Tx) => t.id, at: (t: Tx) => t.day * 86_400_000, amount: (t: Tx) => t.amount };
const asOf = 100 * 86_400_000;

const tx = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'B', 'ä'),
  day: fc.integer({ min: 0, max: 100 }),
  amount: fc.oneof(fc.integer({ min: -500, max: 2000 }), fc.constantFrom(0, 100, 100, 250)),
});
const txs = fc.array(tx, { maxLength: 60 });
const methods: BinningMethod[] = ['quantile', 'ntile'];
const policy = fc.record({
  method: fc.constantFrom(...methods),
  scores: fc.integer({ min: 2, max: 7 }),
  sameDay: fc.constantFrom('separate' as const, 'once' as const),
  monetary: fc.constantFrom('sum' as const, 'mean' as const),
  refunds: fc.constantFrom('subtract' as const, 'ignore' as const),
  zeroAmounts: fc.constantFrom('purchase' as const, 'ignore' as const),
});

describe('properties', () => {
  it('scores do not depend on input order', () => {
    fc.assert(
      fc.property(txs, policy, fc.infiniteStream(fc.nat()), (list, p, seeds) => {
        const shuffled = list
          .map((t) => ({ t, k: seeds.next().value }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.t);
        expect(fitRfm(shuffled, acc, { asOf, ...p })).toEqual(fitRfm(list, acc, { asOf, ...p }));
      }),
    );
  });

  it('folding then scoring the aggregates equals scoring the transactions', () => {
    fc.assert(
      fc.property(txs, policy, (list, p) => {
        const aggs = aggregateTransactions(list.map((t) => ({ customerId: t.id, at: t.day * 86_400_000, amount: t.amount })));
        expect(fitRfmFromAggregates(aggs, { asOf, ...p })).toEqual(fitRfm(list, acc, { asOf, ...p }));
      }),
    );
  });

  const aggOf = (list: Tx[]): CustomerAggregate =>
    list.reduce<CustomerAggregate>((a, t) => foldTransaction(a, { customerId: 'x', at: t.day * 86_400_000, amount: t.amount }), emptyAggregate('x'));
  const part = fc.array(tx, { maxLength: 15 });

  it('merge is associative and commutative, with the empty aggregate as identity', () => {
    fc.assert(
      fc.property(part, part, part, (x, y, z) => {
        const [a, b, c] = [aggOf(x), aggOf(y), aggOf(z)];
        expect(mergeAggregates(mergeAggregates(a, b), c)).toEqual(mergeAggregates(a, mergeAggregates(b, c)));
        expect(mergeAggregates(a, b)).toEqual(mergeAggregates(b, a));
        expect(mergeAggregates(a, emptyAggregate('x'))).toEqual(a);
        expect(mergeAggregates(a, b)).toEqual(aggOf([...x, ...y]));
      }),
    );
  });

  it('raising a customer’s spend never lowers its monetary score', () => {
    fc.assert(
      fc.property(txs.filter((l) => l.length > 0), fc.nat(), fc.integer({ min: 1, max: 5000 }), policy, (list, pick, raise, p) => {
        const target = list[pick % list.length]!.id;
        const before = fitRfm(list, acc, { asOf, ...p }).customers.find((c) => c.customerId === target);
        const raised = [...list, { id: target, day: 0, amount: 0 }].map((t, i, all) => (i === all.length - 1 ? { ...t, amount: raise } : t));
        // Adding a purchase changes frequency under 'mean'; compare spend raises on an existing purchase instead.
        const idx = list.findIndex((t) => t.id === target && t.amount > 0);
        const bumped = idx >= 0 ? list.map((t, i) => (i === idx ? { ...t, amount: t.amount + raise } : t)) : raised;
        const after = fitRfm(bumped, acc, { asOf, ...p }).customers.find((c) => c.customerId === target);
        if (before && after && (p.monetary === 'sum' || idx >= 0)) expect(after.m).toBeGreaterThanOrEqual(before.m);
      }),
    );
  });

  it('equal inputs get equal scores under quantile', () => {
    fc.assert(
      fc.property(txs, fc.integer({ min: 2, max: 7 }), (list, scores) => {
        const { customers } = fitRfm(list, acc, { asOf, scores });
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

describe('numeric ids', () => {
  it('small integers (direct table), large, negative and fractional ids are customers like any other', () => {
    const ntx = fc.record({
      id: fc.constantFrom(0, 1, 5, 4_194_303, 4_194_304, 1e12, -3, 1.5, 2 ** 31),
      day: fc.integer({ min: 0, max: 100 }),
      amount: fc.integer({ min: -100, max: 1000 }),
    });
    const nacc = { customerId: (t: { id: number }) => t.id, at: (t: { day: number }) => t.day * 86_400_000, amount: (t: { amount: number }) => t.amount };
    fc.assert(
      fc.property(fc.array(ntx, { maxLength: 40 }), fc.constantFrom<BinningMethod>('quantile', 'ntile'), (list, method) => {
        const aggs = aggregateTransactions(list.map((t) => ({ customerId: t.id, at: t.day * 86_400_000, amount: t.amount })));
        const fitted = fitRfm(list, nacc, { asOf, method });
        expect(fitted).toEqual(fitRfmFromAggregates(aggs, { asOf, method }));
        expect(fitted.customers.map((c) => c.customerId)).toEqual([...new Set(list.map((t) => t.id))].sort((a, b) => a - b));
      }),
    );
  });
});
