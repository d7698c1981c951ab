import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyAll, reconcile, type CustomerFacts, type CustomerProfile } from '../../src/index.js';
import { Ingest } from '../../src/classify/ingest.js';
import type { PurchaseFact } from '../../src/classify/types.js';
import { DAY_MS, exactSum } from '../../src/records/index.js';

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
  // Refunds, zero amounts, decimals and magnitudes that make exact sums matter.
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

describe('classifyAll: one pass, the same answers as classify', () => {
  it('equals classify() on each customer of random small populations, whatever the row order', () => {
    const policies = [{}, { value: { basis: 'profit' as const } }, { effectiveness: { marginRate: 0.25 } }];
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 40 }), fc.boolean(), fc.constantFrom(...policies), (rows, profit, policy) => {
        const asOf = AS_OF_DAY * DAY_MS;
        const result = classifyAll(rows, { asOf, policy, accessors: profit ? withProfit : accessors });
        // Every customer named gets a profile, one with rows only after asOf too (as classify gives one).
        const ids = [...new Set(rows.map((r) => r.id))];
        expect(result.profiles).toHaveLength(ids.length);
        for (const p of result.profiles) {
          expect(classify(factsOf(p.customerId!, rows, profit), { asOf, policy, valueModel: result.valueModel })).toEqual(p);
        }
        expect(classifyAll([...rows].reverse(), { asOf, policy, accessors: profit ? withProfit : accessors })).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  it('reads the same evidence as an independent count: distinct purchase days, exact sums, categories', () => {
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 60 }), (rows) => {
        const asOfDay = AS_OF_DAY + 100;
        const ingest = new Ingest(asOfDay);
        const c = ingest.addCustomer();
        for (const r of rows) ingest.add(c, Math.floor(r.at / DAY_MS), r.amount, r.profit, r.category, r.directed);
        ingest.prepare([], 365);
        const ev = ingest.evidence(c, null);
        const purchases = rows.filter((r) => r.amount >= 0);
        const days = [...new Set(purchases.map((r) => Math.floor(r.at / DAY_MS)))].sort((x, y) => x - y);
        expect(ev.purchaseDays).toBe(days.length);
        expect(ev.recentDays).toBe(days.filter((d) => d > asOfDay - 365).length);
        if (days.length > 0) expect([ev.firstDay, ev.lastDay]).toEqual([days[0], days.at(-1)]);
        expect(ev.revenue).toBe(exactSum(rows.map((r) => r.amount)) || 0);
        expect(ev.profit).toBe(exactSum(rows.map((r) => r.profit)) || 0);
        expect(ev.categories).toBe(new Set(purchases.map((r) => r.category).filter((x) => x !== undefined)).size);
        // Directed purchases are days, as purchases are: a day with a row marked directed, and a day with no marked row is unknown.
        const dayOf = (r: { at: number }) => Math.floor(r.at / DAY_MS);
        expect(ev.directed).toBe(new Set(purchases.filter((r) => r.directed === true).map(dayOf)).size);
        expect(ev.directedUnknown).toBe(days.length - new Set(purchases.filter((r) => r.directed === true || r.directed === false).map(dayOf)).size);
      }),
      { numRuns: 300 },
    );
  });

  it('counts distinct days over a span too wide to mark (sorting instead), and over none', () => {
    const far = [-8.64e15, -8.64e15 + 1, 0, 0, 8.64e15, 8.64e15, 1e15];
    const { profiles } = classifyAll(
      far.map((at) => ({ customerId: 'w', at, amount: 1 })),
      { asOf: 8.64e15 },
    );
    expect(params(profiles[0]!, 'loyalty', 'purchases_over_years')?.purchases).toBe(4);
    expect(classifyAll([], { asOf: 0, customers: ['p'] }).profiles[0]!.dimensions.loyalty.value).toBe('potential');
  });

  const daily = (n: number): Row[] =>
    Array.from({ length: n }, (_, i) => ({ id: 'one', at: START + i * DAY_MS, amount: 1000, profit: 100, category: ['x', 'y', 'z'][i % 3], directed: i % 2 === 0 }));
  const run = (n: number): CustomerProfile => {
    const rows = daily(n);
    const asOf = START + n * DAY_MS;
    const { profiles, valueModel } = classifyAll(rows, { asOf, accessors: withProfit });
    expect(profiles).toHaveLength(1);
    // The big case through classify() as well (the per-customer path reads the same way).
    expect(classify(factsOf('one', rows, true), { asOf, valueModel })).toEqual(profiles[0]);
    return profiles[0]!;
  };
  const values = (p: CustomerProfile) => Object.fromEntries(Object.entries(p.dimensions).map(([k, r]) => [k, r.known ? r.value : null]));
  const params = (p: CustomerProfile, dim: keyof CustomerProfile['dimensions'], code: string) => p.dimensions[dim].reasons.find((r) => r.code === code)?.params;

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

  it('one customer with 200,000 purchase days, in random order: classifyAll, classify and reconcile stay linear', () => {
    // A quadratic pass takes minutes here; a linear one well under a second each.
    const n = 200_000;
    const order = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const transactions = order.map((d) => ({ at: START + d * DAY_MS, amount: 10 }));
    const asOf = START + n * DAY_MS;
    const { profiles } = classifyAll(transactions, { asOf, accessors: { customerId: () => 'x', at: (t) => t.at, amount: (t) => t.amount } });
    expect(params(profiles[0]!, 'loyalty', 'purchases_over_years')?.purchases).toBe(n);
    const facts = { customerId: 'x', transactions, contacts: [], referrals: [] };
    expect(classify(facts, { asOf }).dimensions.status.value).toBe('current');
    expect(reconcile({ status: 'current', loyalty: 'established' }, facts, { asOf }).events).toEqual([]);
  });
});

describe('classifyAll: streams and progress', () => {
  const rows = Array.from({ length: 150_000 }, (_, i) => ({ customerId: `c${i % 300}`, at: START + (i % 400) * DAY_MS, amount: (i % 97) * 10 }));
  const asOf = START + 400 * DAY_MS;

  it('reports a total that is a multiple of 65,536 once', () => {
    const seen: number[] = [];
    classifyAll(rows.slice(0, 131_072), { asOf, onProgress: (p) => seen.push(p.records) });
    expect(seen).toEqual([65_536, 131_072]);
  });

  it('reports progress every 65,536 rows and once at the end, for arrays and async streams alike', async () => {
    const seen: number[] = [];
    const sync = classifyAll(rows, { asOf, onProgress: (p) => seen.push(p.records) });
    expect(seen).toEqual([65_536, 131_072, 150_000]);
    async function* stream() {
      yield* rows;
    }
    const streamed: number[] = [];
    const promise = classifyAll(stream(), { asOf, onProgress: (p) => streamed.push(p.records) });
    expect(promise).toBeInstanceOf(Promise);
    expect(await promise).toEqual(sync);
    expect(streamed).toEqual(seen);
  });

  it('reports the first bad row, whatever the kind of fault', () => {
    const bad = [...rows.slice(0, 10), { customerId: 'x', at: '2024-01-01', amount: Number.NaN }, 7, ...rows.slice(10, 20)];
    expect(() => classifyAll(bad as never, { asOf })).toThrow(expect.objectContaining({ code: 'invalid_record', path: ['transactions', 10, 'amount'] }));
    const bad2 = [...rows.slice(0, 10), 7, { customerId: 'x', at: '2024-01-01', amount: Number.NaN }];
    expect(() => classifyAll(bad2 as never, { asOf })).toThrow(expect.objectContaining({ code: 'invalid_record', path: ['transactions', 10] }));
  });

  it('reads a stream as it goes: at each progress report, at most one block of rows ahead', () => {
    let produced = 0;
    function* lazy() {
      for (const r of rows) {
        produced++;
        yield r;
      }
    }
    const ahead: number[] = [];
    classifyAll(lazy(), { asOf, onProgress: (p) => ahead.push(produced - p.records) });
    expect(ahead.length).toBe(3);
    for (const a of ahead) expect(a).toBeLessThanOrEqual(256);
  });

  it('shares equal results between customers, frozen', () => {
    const { profiles } = classifyAll(rows.slice(0, 20_000).map((r, i) => ({ ...r, customerId: `d${i}` })), { asOf });
    const distinct = new Set(profiles.flatMap((p) => Object.values(p.dimensions)));
    expect(distinct.size).toBeLessThan(profiles.length * 3);
    const count = new Map<unknown, number>();
    for (const p of profiles) for (const r of Object.values(p.dimensions)) count.set(r, (count.get(r) ?? 0) + 1);
    for (const [r, n] of count) if (n > 1) expect(Object.isFrozen(r) && Object.isFrozen((r as { reasons: unknown }).reasons)).toBe(true);
  });
});
