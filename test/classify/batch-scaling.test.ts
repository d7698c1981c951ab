import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyAll, DAY_MS, foldTransaction, type CustomerFacts, type CustomerProfile, type PurchaseFact } from '../../src/index.js';
import { accumulate, newAccumulator, transactionEvidence } from '../../src/classify/evidence.js';
import { resolveClassificationPolicy } from '../../src/classify/policy.js';

interface Row {
  readonly id: string | number;
  readonly at: number;
  readonly amount: number;
  readonly profit: number;
  readonly category: string | undefined;
  readonly directed: boolean | undefined;
}

const START = Date.UTC(2023, 0, 1);
const AS_OF_DAY = START / DAY_MS + 400;

const arbRow = fc.record({
  id: fc.constantFrom<string | number>('a', 'b', 'c', 'd', 3, 11),
  // Some rows fall after asOf (day 400), several share a day.
  at: fc.integer({ min: 0, max: 430 }).chain((d) => fc.integer({ min: 0, max: DAY_MS - 1 }).map((ms) => START + d * DAY_MS + ms)),
  // Refunds, zero amounts, decimals and magnitudes that make the compensated sums matter.
  amount: fc.oneof(fc.integer({ min: -500, max: 5000 }), fc.constantFrom(0, 0.1, 0.2, 0.3, -0.1, 1e16, -1e16, 1)),
  profit: fc.oneof(fc.integer({ min: -100, max: 1000 }), fc.constantFrom(0.1, 0.7, 1e15)),
  category: fc.option(fc.constantFrom('x', 'y', 'z'), { nil: undefined }),
  directed: fc.option(fc.boolean(), { nil: undefined }),
});

const accessors = {
  customerId: (r: Row) => r.id,
  at: (r: Row) => r.at,
  amount: (r: Row) => r.amount,
  category: (r: Row) => r.category,
  directed: (r: Row) => r.directed,
};
const withProfit = { ...accessors, profit: (r: Row) => r.profit };

function factsOf(id: string | number, rows: readonly Row[], profit: boolean): CustomerFacts {
  const transactions: PurchaseFact[] = rows
    .filter((r) => r.id === id)
    .map((r) => ({
      at: r.at,
      amount: r.amount,
      ...(profit ? { profit: r.profit } : {}),
      ...(r.category === undefined ? {} : { category: r.category }),
      ...(r.directed === undefined ? {} : { directed: r.directed }),
    }));
  return { customerId: id, transactions };
}

describe('classifyAll scales linearly and keeps its results', () => {
  it('equals classify() on each customer of random small populations', () => {
    const policies = [{}, { value: { basis: 'profit' as const } }, { effectiveness: { marginRate: 0.25 } }];
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), fc.boolean(), fc.constantFrom(...policies), (rows, profit, policy) => {
        const asOf = AS_OF_DAY * DAY_MS;
        const result = classifyAll(rows, profit ? withProfit : accessors, { asOf, policy });
        const ids = [...new Set(rows.filter((r) => r.at < asOf + DAY_MS).map((r) => r.id))];
        expect(result.profiles).toHaveLength(ids.length);
        for (const p of result.profiles) {
          expect(classify(factsOf(p.customerId!, rows, profit), policy, asOf, { valueModel: result.valueModel })).toEqual(p);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('builds the same aggregate as folding each record with foldTransaction', () => {
    const policy = resolveClassificationPolicy({});
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), fc.boolean(), (rows, profit) => {
        const acc = newAccumulator();
        let folded: ReturnType<typeof foldTransaction> | undefined;
        for (const r of rows) {
          const day = Math.floor(r.at / DAY_MS);
          accumulate(acc, 'c', day, r.amount, profit ? r.profit : undefined, r.category, r.directed);
          folded = foldTransaction(folded, profit ? { customerId: 'c', at: r.at, amount: r.amount, profit: r.profit } : { customerId: 'c', at: r.at, amount: r.amount });
        }
        const tx = transactionEvidence(acc, AS_OF_DAY + 100, policy);
        expect(tx.agg).toEqual(folded);
        const days = [...new Set(rows.filter((r) => r.amount >= 0).map((r) => Math.floor(r.at / DAY_MS)))].sort((x, y) => x - y);
        expect(tx.days).toEqual(days);
      }),
      { numRuns: 300 },
    );
  });

  const daily = (n: number): Row[] =>
    Array.from({ length: n }, (_, i) => ({ id: 'one', at: START + i * DAY_MS, amount: 1000, profit: 100, category: ['x', 'y', 'z'][i % 3], directed: i % 2 === 0 }));
  const run = (n: number): CustomerProfile => {
    const rows = daily(n);
    const asOf = START + n * DAY_MS;
    const { profiles, valueModel } = classifyAll(rows, withProfit, { asOf });
    expect(profiles).toHaveLength(1);
    // The big case through classify() as well (the per-customer path folds the same way).
    expect(classify(factsOf('one', rows, true), {}, asOf, { valueModel })).toEqual(profiles[0]);
    return profiles[0]!;
  };
  const values = (p: CustomerProfile) => Object.fromEntries(Object.entries(p.dimensions).map(([k, r]) => [k, r.known ? r.value : null]));
  const params = (p: CustomerProfile, dim: keyof CustomerProfile['dimensions'], code: string) =>
    p.dimensions[dim].reasons.find((r) => r.code === code)?.params;

  it('20,000 daily rows of one customer classify like 5,000 rows scaled by four', () => {
    const small = run(5_000);
    const big = run(20_000);
    expect(values(big)).toEqual(values(small));
    expect(values(big)).toMatchObject({ status: 'current', loyalty: 'loyal', value_tier: 'vip', effectiveness: 'effective' });
    expect(params(small, 'loyalty', 'purchases_over_years')?.purchases).toBe(5_000);
    expect(params(big, 'loyalty', 'purchases_over_years')?.purchases).toBe(20_000);
    expect(params(big, 'loyalty', 'directed_purchases')?.count).toBe(4 * (params(small, 'loyalty', 'directed_purchases')?.count as number));
    expect(params(big, 'abc_class', 'value_revenue')?.value).toBe(4 * (params(small, 'abc_class', 'value_revenue')?.value as number));
    expect(params(big, 'effectiveness', 'profit_after_cost')?.profit).toBe(4 * (params(small, 'effectiveness', 'profit_after_cost')?.profit as number));
    expect(params(big, 'status', 'last_purchase')).toEqual(params(small, 'status', 'last_purchase'));
  });
});
