import { describe, expect, it } from 'vitest';
import { assessB2bRelationship, message } from '../../src/index.js';
import { customerValue, differentiate, profitView } from '../../src/analysis/index.js';

// A hostile review of the analyses and the relationship functions: each finding it reproduced.

describe('differentiate: a customer exactly at keepShare kept its share', () => {
  it('55 of 100 with keepShare 0.55 is kept, not "55% (below 55%)"', () => {
    for (const [previous, current, keepShare] of [[100, 55, 0.55], [100, 7, 0.07], [100, 14, 0.14], [10_000, 5_500, 0.55]] as const) {
      const accounts = [{ customerId: 'a', transactions: [{ at: '2023-01-01', amount: previous }, { at: '2024-01-01', amount: current }] }];
      const result = differentiate(accounts, { asOf: '2024-03-31', keepShare });
      expect(result.answers.lapsedBig, `${current}/${previous}`).toEqual([]);
      expect(result.customers[0]!.findings.map((f) => f.code)).toContain('biggest_kept');
    }
  });

  it('just below it declined', () => {
    const accounts = [{ customerId: 'a', transactions: [{ at: '2023-01-01', amount: 100 }, { at: '2024-01-01', amount: 54.99 }] }];
    expect(differentiate(accounts, { asOf: '2024-03-31', keepShare: 0.55 }).answers.lapsedBig).toEqual(['a']);
  });
});

describe('no figure of an analysis is -0', () => {
  it('customerValue and profitView read -0 as 0', () => {
    const value = customerValue({ customerId: 'a', transactions: [], predictedValue: -0, elsewhere: { spend: -0 } });
    // toBe and toEqual tell -0 from 0 (JSON.stringify would not).
    expect(value.model).toBe(0);
    expect(value.potential).toBe(0);
    expect(value.reasons).toEqual([
      { code: 'realized_value', params: { amount: 0, transactions: 0, refunds: 0 } },
      { code: 'potential_value', params: { amount: 0 } },
      { code: 'model_value', params: { amount: 0 } },
    ]);
    const profit = profitView({ customerId: 'a', transactions: [{ at: '2024-01-01', amount: 10 }], costToServe: -0 }, { marginRate: 0.5 });
    expect(profit).toEqual({
      customerId: 'a',
      purchases: 1,
      revenue: 10,
      totalProfit: 5,
      marginalProfit: 5,
      marginRate: 0.5,
      costToServe: 0,
      netProfit: 5,
      reasons: [
        { code: 'total_profit', params: { totalProfit: 5, revenue: 10, transactions: 1 } },
        { code: 'marginal_profit', params: { marginalProfit: 5, purchases: 1, marginRate: 0.5 } },
        { code: 'margin_rate_applied', params: { count: 1, marginRate: 0.5 } },
        { code: 'cost_to_serve', params: { costToServe: 0, contactCost: 0, otherCost: 0, contacts: 0 } },
        { code: 'net_profit', params: { netProfit: 5, totalProfit: 5, costToServe: 0 } },
      ],
      advice: [],
    });
  });
});

describe('assessB2bRelationship: a high switching cost is not a plain seller’s relationship', () => {
  const facts = { mutualImportance: false, balancedBargainingPower: true, mutualNeed: false };
  it('neither important nor needed, but costly to switch: preferred supplier (seed 001: for a plain seller losing each other barely matters)', () => {
    expect(assessB2bRelationship({ ...facts, highSwitchingCost: true }).type).toBe('preferred_supplier');
  });
  it('and cheap to switch: transactional, saying why', () => {
    const result = assessB2bRelationship({ ...facts, highSwitchingCost: false });
    expect(result.type).toBe('transactional');
    expect(message(result.reasons.at(-1)!)).toBe('Neither side matters to or needs the other, and switching is cheap: losing each other barely matters, so Transactional is enough');
  });
});
