/**
 * The analysis review's findings, each pinned: exact costs to serve, the ABC cut of `fitAbc`, purchase
 * days net of refunds, options read once, the period's path, and the cap on one account's lists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerValue, differentiate, profitView, reviewMembership, type CustomerAccount } from '../../src/analysis/index.js';
import { fitAbcFromValues } from '../../src/index.js';
import { dayToIso } from '../../src/records/index.js';
import { thrown } from '../support/thrown.js';

/** `target` behind a proxy that counts the reads of each string key. */
function counted<T extends object>(target: T): { readonly value: T; readonly reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const value = new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') reads.set(key, (reads.get(key) ?? 0) + 1);
      return Reflect.get(t, key, receiver) as unknown;
    },
  });
  return { value, reads };
}

/** An option whose getter answers `first` once, then `later`. */
function fickle(key: string, first: unknown, later: unknown, rest: object = {}): object {
  let calls = 0;
  return Object.defineProperty({ ...rest }, key, { enumerable: true, get: () => (calls++ === 0 ? first : later) });
}

describe('profitView: the cost to serve is exact', () => {
  it('sums exact products and the other cost once; net profit is the same parts', () => {
    const view = profitView({ customerId: 'c', transactions: [], serviceContacts: { ch0: 1448, ch1: 471 }, costToServe: 874.36 }, { unitCosts: { ch0: 1.15, ch1: 2.35 } });
    // Python: float(Fraction(1448) * Fraction(1.15) + Fraction(471) * Fraction(2.35) + Fraction(874.36)).
    expect(view.costToServe).toBe(3646.41);
    expect(view.netProfit).toBe(-3646.41);
    expect(view.netProfit).toBe((view.totalProfit as number) - view.costToServe);
    // The contacts alone: the exact products sum to 2772.0499999999997 (the rounded ones to 2772.05).
    expect(view.reasons.find((r) => r.code === 'cost_to_serve')?.params).toMatchObject({ contactCost: 2772.0499999999997, otherCost: 874.36 });
  });

  it('matches exact rational arithmetic where rounding each product would not', () => {
    // [contacts, unit costs, other cost, the exactly rounded total (Python's fractions)].
    const cases: [number[], number[], number, number][] = [
      [[140_892], [5.69], 802.27, 802_477.75],
      [[599_229_279, 615_281_917, 847_283_416], [875.4778118308882, 340.1223621911955, 0.0005943698771050185], 796_891.9758215944, 733_884_377_479.2036],
      [[417_187_074, 839_991_325, 763_959_773], [750.1404598304584, 889.0110044071206, 789.1354310202764], 86_749.85767024424, 1_662_578_246_555.5667],
      [[985_395_509, 942_926_548, 538_641_454], [0.13076325902212382, 0.5235065855871663, 0.8728055986771353], 608_554.6389515137, 1_093_219_617.155322],
      [[999_999_999], [0.1], 0.2, 100_000_000.10000001],
      [[1_000_000_000, 7], [5e-324, 2.2250738585072014e-308 * 0.75], 0, 1.1681638251228453e-307],
      [[1_000_000_000], [Number.MAX_SAFE_INTEGER], 0, 9.007199254740991e24],
    ];
    for (const [counts, costs, other, total] of cases) {
      const serviceContacts = Object.fromEntries(counts.map((n, i) => [`ch${i}`, n]));
      const unitCosts = Object.fromEntries(costs.map((u, i) => [`ch${i}`, u]));
      const view = profitView({ customerId: 'c', transactions: [], serviceContacts, costToServe: other }, { unitCosts });
      expect(view.costToServe).toBe(total);
      expect(view.netProfit).toBe(-total);
    }
  });

  it('gives the exact saving of the cheaper channel', () => {
    // 7 × 0.7 − 7 × 0.1 is 4.199999999999999 exactly rounded; 7 × (0.7 − 0.1) in doubles is 4.2.
    const view = profitView({ customerId: 'c', transactions: [], serviceContacts: { agent: 7 } }, { unitCosts: { agent: 0.7, ivr: 0.1 } });
    expect(view.advice[0]).toMatchObject({ code: 'cheaper_channel', params: { count: 7, saving: 4.199999999999999 } });
  });
});

describe('differentiate: the ABC cut of fitAbc', () => {
  const accounts = (values: readonly number[]): CustomerAccount[] =>
    values.map((amount, i) => ({ customerId: `c${String(i).padStart(3, '0')}`, transactions: [{ at: '2020-01-01', amount }] }));

  it('cuts 7 % and 55 % of 100 customers at 7 and 55, not at a float product rounded up', () => {
    const result = differentiate(accounts(Array.from({ length: 100 }, (_, i) => 1_000 - i)), { asOf: '2020-06-30', abc: { cuts: [0.07, 0.55] } });
    expect(result.answers.gold).toHaveLength(7);
    expect(result.customers.filter((c) => c.abcClass !== 'c')).toHaveLength(55);
  });

  it("by value: a customer with exactly the cut's share above it is past the cut", () => {
    const classes = (values: number[], cuts: [number, number]) => differentiate(accounts(values), { asOf: '2020-06-30', abc: { by: 'value', cuts } }).customers.map((c) => c.abcClass);
    expect(classes([55, 30, 15], [0.55, 0.9])).toEqual(['a', 'b', 'b']);
    expect(classes([50, 30, 20], [0.5, 0.9])).toEqual(['a', 'b', 'b']);
  });

  it('gives the classes fitAbcFromValues gives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 1_000 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('customers' as const, 'value' as const),
        fc.constantFrom<[number, number]>([0.07, 0.55], [0.1, 0.3], [0.05, 0.2], [0.8, 0.95], [1 / 3, 2 / 3]),
        (values, by, cuts) => {
          const ours = differentiate(accounts(values), { asOf: '2020-06-30', abc: { by, cuts } }).customers.map((c) => [c.customerId, c.abcClass]);
          const scoring = fitAbcFromValues(values.map((value, i) => ({ customerId: `c${String(i).padStart(3, '0')}`, value })), { by, cuts });
          const byId = new Map(scoring.customers.map((c) => [c.customerId, c.abcClass]));
          for (const [id, cls] of ours) expect(cls).toBe(byId.get(id as string));
        },
      ),
    );
  });
});

describe('reviewMembership: a purchase day has a positive net amount', () => {
  it('does not take a day refunded in full, or more, as the last purchase', () => {
    for (const refund of [-100, -300]) {
      const review = reviewMembership(
        { customerId: 'c', membershipTier: 'ordinary', transactions: [{ at: '1998-01-01', amount: 100 }, { at: '1998-06-20', amount: 100 }, { at: '1998-06-20', amount: refund }] },
        { asOf: '1998-06-30' },
      );
      expect(review.figures).toMatchObject({ purchases: 1, daysSinceLastPurchase: 180 });
      expect(review.advice.map((a) => a.code)).toContain('advice_retention');
    }
  });

  it('has no last purchase when every day is refunded in full', () => {
    const review = reviewMembership({ customerId: 'c', membershipTier: 'ordinary', transactions: [{ at: '1998-06-20', amount: 100 }, { at: '1998-06-20', amount: -100 }] }, { asOf: '1998-06-30' });
    expect(review.figures.daysSinceLastPurchase).toBeNull();
  });
});

describe('options are read once', () => {
  const tx = [{ at: '2024-01-01', amount: 5 }];

  it('asOf: a getter answering once and then undefined changes nothing', () => {
    expect(thrown(() => customerValue({ customerId: 'c', transactions: tx }, fickle('asOf', '2020-01-01', undefined) as never)).code).toBe('future_transaction');
    expect(differentiate([{ customerId: 'c', transactions: tx }], fickle('asOf', '2024-06-30', undefined) as never).asOf).toBe('2024-06-30');
    expect(reviewMembership({ customerId: 'c', transactions: tx }, fickle('asOf', '2024-06-30', undefined) as never).asOf).toBe('2024-06-30');
  });

  it('abc: a getter answering once and then undefined changes nothing', () => {
    const options = fickle('abc', { by: 'value', cuts: [0.5, 0.9] }, undefined, { asOf: '2024-06-30' });
    expect(differentiate([{ customerId: 'c', transactions: tx }], options as never).customers[0]?.abcClass).toBe('a');
  });

  it('reads each option, and each key of abc, exactly once', () => {
    const abc = counted({ by: 'value', cuts: [0.5, 0.9] });
    const options = counted({ asOf: '2024-06-30', timeZone: 'UTC', futureTransactions: 'error', periodDays: 30, basis: 'realized', abc: abc.value, unitCosts: {}, marginRate: 0.2, repeatedComplaints: 2, keepShare: 0.5, narrowCategories: 2, manyCategoriesElsewhere: 3 });
    differentiate([{ customerId: 'c', transactions: tx }], options.value as never);
    for (const reads of [options.reads, abc.reads]) for (const [key, n] of reads) expect(n, key).toBe(1);
    expect(options.reads.size).toBe(12);
    const view = counted({ asOf: '2024-06-30', unitCosts: {}, marginRate: 0.2 });
    profitView({ customerId: 'c', transactions: tx }, view.value);
    for (const [key, n] of view.reads) expect(n, key).toBe(1);
  });
});

describe('differentiate: a period beyond what a Date holds', () => {
  it('names the option that puts it there', () => {
    expect(thrown(() => differentiate([], { asOf: '-271821-04-20' }))).toMatchObject({ code: 'not_computable', path: ['options', 'asOf'] });
    // 500 days after the first day a Date holds: two default periods (730 days) do not fit, two of 200 do.
    const asOf = dayToIso(-100_000_000 + 500);
    expect(thrown(() => differentiate([], { asOf }))).toMatchObject({ code: 'not_computable', path: ['options', 'asOf'] });
    expect(thrown(() => differentiate([], { asOf, periodDays: 36_500 }))).toMatchObject({ code: 'not_computable', path: ['options', 'periodDays'] });
    expect(differentiate([], { asOf, periodDays: 200 }).periods.previous.from).toBe(dayToIso(-100_000_000 + 101));
  });
});

describe('one account takes at most 1,000,000 transactions and complaints', () => {
  // 2^32 − 1 long; its first 1,000 entries are good (a reader that walks it fails there rather than hang).
  const huge = (item: unknown): unknown[] =>
    new Proxy([], { get: (t, key) => (key === 'length' ? 2 ** 32 - 1 : typeof key === 'string' && /^\d+$/.test(key) ? (Number(key) < 1_000 ? item : undefined) : Reflect.get(t, key)) });

  it('refuses a longer list at once, with its path', () => {
    const started = performance.now();
    const error = thrown(() => customerValue({ customerId: 'c', transactions: huge({ at: '2024-01-01', amount: 1 }) as never }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toMatchObject({ code: 'input_too_large', path: ['account', 'transactions'], details: { what: 'transactions', limit: 1_000_000, received: 2 ** 32 - 1 } });
    const complaints = thrown(() => differentiate([{ customerId: 'c', transactions: [], complaints: huge('2024-01-01') as never }], { asOf: '2024-06-30' }));
    expect(complaints).toMatchObject({ code: 'input_too_large', path: ['accounts', 0, 'complaints'], details: { what: 'complaints', limit: 1_000_000 } });
  });

  it('takes 1,000,000', () => {
    const transactions = Array.from({ length: 1_000_000 }, () => ({ at: '2024-01-01', amount: 1 }));
    expect(customerValue({ customerId: 'c', transactions }).realized).toBe(1_000_000);
  });
});
