/**
 * The batch analyses on the shipped CDNOW master set (23,570 customers, 69,659 orders, 1997-01 …
 * 1998-06; test/fixtures/cdnow-master/README.md). Amounts in cents. CDNOW records no costs: the
 * margin (30 %) and one agent-handled call per order (seed 004's USD 5) are the test's assumptions,
 * stated here, to give the cost question something to find.
 */
import { describe, expect, it } from 'vitest';
import { customerValue, differentiate, profitView, reviewMembership, type CustomerAccount, type MembershipReview } from '../../src/analysis/index.js';
import { cdnowAccounts, cdnowRows } from './cdnow-accounts.js';

const asOf = '1998-06-30';
const unitCosts = { agent: 500, ivr: 36 };
const accounts = cdnowAccounts((orders) => ({ agent: orders }));
const options = { asOf, unitCosts, marginRate: 0.3 } as const;
const result = differentiate(accounts, options);
const byId = new Map(accounts.map((a) => [a.customerId, a]));

describe('differentiate on CDNOW', () => {
  it('ranks every customer once, by realized value, exactly', () => {
    expect(result.customers).toHaveLength(23_570);
    expect(new Set(result.customers.map((c) => c.customerId)).size).toBe(23_570);
    const total = cdnowRows.reduce((sum, r) => sum + r.cents, 0);
    expect(total).toBe(250_031_563); // USD 2,500,315.63
    expect(result.customers.reduce((sum, c) => sum + c.value, 0)).toBe(total);
    for (let i = 1; i < result.customers.length; i++) expect((result.customers[i - 1] as { value: number }).value).toBeGreaterThanOrEqual((result.customers[i] as { value: number }).value);
  });

  it('cuts A at the top 5 % and B at the next 15 % of customers (seed 002), ties together', () => {
    const values = result.customers.map((c) => c.value);
    const aFloor = values[Math.ceil(0.05 * values.length) - 1] as number;
    const bFloor = values[Math.ceil(0.2 * values.length) - 1] as number;
    for (const c of result.customers) expect(c.abcClass).toBe(c.value <= 0 ? 'c' : c.value >= aFloor ? 'a' : c.value >= bFloor ? 'b' : 'c');
    const count = (k: string) => result.customers.filter((c) => c.abcClass === k).length;
    expect([count('a'), count('b'), count('c')]).toEqual([1_179, 3_536, 18_855]);
    expect(result.answers.gold).toHaveLength(1_179);
  });

  it('tells one story with customerValue and profitView for every customer', () => {
    for (const c of result.customers) {
      const account = byId.get(c.customerId as string) as CustomerAccount;
      expect(c.value).toBe(customerValue(account).realized);
      expect(c.netProfit).toBe(profitView(account, { unitCosts, marginRate: 0.3 }).netProfit);
    }
  });

  it('finds the customers who cause cost: a 30 % margin does not pay a USD 5 call per order below USD 16.67 an order', () => {
    expect(result.answers.causingCost).toHaveLength(7_317);
    expect(result.unknown.causingCost).toBe(0);
    const causing = new Set(result.answers.causingCost);
    for (const c of result.customers) {
      const orders = (byId.get(c.customerId as string) as CustomerAccount).transactions.length;
      expect(causing.has(c.customerId)).toBe((c.netProfit as number) < 0);
      // In exact arithmetic: 0.3 × revenue < USD 5 × orders, i.e. 3 × cents < 5,000 × orders (ties left to the float margin).
      if (3 * c.value !== 5_000 * orders) expect((c.netProfit as number) < 0).toBe(3 * c.value < 5_000 * orders);
    }
  });

  it("answers whether last year's biggest customers still order: 1,179 of them, 565 kept, 324 declined, 290 stopped", () => {
    const previous = result.customers.filter((c) => c.previousClass === 'a');
    expect(previous).toHaveLength(1_179);
    const verdict = (code: string) => previous.filter((c) => c.findings.some((f) => f.code === code)).length;
    expect([verdict('biggest_kept'), verdict('biggest_declined'), verdict('biggest_stopped')]).toEqual([565, 324, 290]);
    expect(result.answers.lapsedBig).toHaveLength(324 + 290);
    for (const c of previous) {
      const kept = c.revenue.current >= 0.5 * c.revenue.previous;
      expect(result.answers.lapsedBig.includes(c.customerId)).toBe(!kept);
    }
    // Independently: revenue by period from the rows.
    const prev = new Map<string, number>();
    const curr = new Map<string, number>();
    for (const r of cdnowRows) {
      const map = r.day <= '19970630' ? prev : curr;
      map.set(r.id, (map.get(r.id) ?? 0) + r.cents);
    }
    for (const c of result.customers) expect(c.revenue).toEqual({ previous: prev.get(c.customerId as string) ?? 0, current: curr.get(c.customerId as string) ?? 0 });
  });

  it('cannot say who buys few kinds here and many elsewhere: CDNOW records neither', () => {
    expect(result.answers.narrowBuyers).toEqual([]);
    expect(result.unknown.narrowBuyers).toBe(23_570);
    expect(result.answers.bigComplainers).toEqual([]);
    // CDNOW records no complaints: last period's 1,179 big customers are unanswered, not "none complained".
    expect(result.unknown.bigComplainers).toBe(1_179);
  });

  it('does not depend on the order of the customers', () => {
    const shuffled = [...accounts];
    let seed = 12_345;
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as CustomerAccount, shuffled[i] as CustomerAccount];
    }
    expect(differentiate(shuffled, options)).toEqual(result);
  });
});

describe('membership reviews on CDNOW', () => {
  const policy = { silver: { minAverageSpend: 3_000 }, vip: { minCumulativeSpend: 50_000 } };
  const first = accounts.map((a) => reviewMembership(a, { asOf: '1997-12-31', policy, futureTransactions: 'ignore' }));
  const second = accounts.map((a, i) => {
    const tier = (first[i] as MembershipReview).to;
    return reviewMembership(tier === null ? a : { ...a, membershipTier: tier }, { asOf, policy });
  });
  const tally = (reviews: readonly MembershipReview[], key: 'move' | 'to') => {
    const counts: Record<string, number> = {};
    for (const r of reviews) counts[String(r[key])] = (counts[String(r[key])] ?? 0) + 1;
    return counts;
  };

  it('enrols at the end of 1997: every customer with a paid order joins', () => {
    expect(tally(first, 'move')).toEqual({ join: 23_502, none: 68 });
    expect(tally(first, 'to')).toEqual({ ordinary: 21_332, silver: 1_946, vip: 224, null: 68 });
    for (const r of first) if (r.move === 'none') expect(r.figures.spend).toBe(0); // only USD 0 orders
  });

  it('six months later, moves tiers one step down at most, and up to what the figures reach', () => {
    expect(tally(second, 'move')).toEqual({ keep: 21_898, upgrade: 361, downgrade: 1_243, none: 68 });
    const rank = { ordinary: 0, silver: 1, vip: 2 } as const;
    for (const r of second) {
      if (r.move === 'downgrade') expect(rank[r.from as keyof typeof rank] - rank[r.to as keyof typeof rank]).toBe(1);
      if (r.move === 'upgrade') expect(r.to).toBe(r.qualifiesFor);
      if (r.move === 'keep') expect(r.to).toBe(r.from);
    }
  });

  it('advises retention for the many members who stopped buying', () => {
    expect(second.filter((r) => r.advice.some((a) => a.code === 'advice_retention'))).toHaveLength(20_185);
  });
});
