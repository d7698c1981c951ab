import { describe, expect, it } from 'vitest';
import { churnSignal, classify, CrmTaxonomyError } from '../../src/index.js';

const bg = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
const facts = {
  customerId: 'c-1',
  transactions: [
    { at: '2024-01-01', amount: 100 },
    { at: '2024-01-08', amount: 100 },
    { at: '2024-01-15', amount: 100 },
  ],
};

describe('status from a purchase model (churnSignal)', () => {
  it('decides lost or current by P(alive) instead of the churn window, and says so', () => {
    // 40 days after the last purchase: within the 180-day window, so current by recency ...
    expect(classify(facts, {}, '2024-02-24').dimensions.status.value).toBe('current');
    // ... but a purchase model may judge otherwise.
    const lapsed = churnSignal(bg, { x: 2, tx: 2, T: 38.86 }, { threshold: 0.3 });
    expect(lapsed.likelyChurned).toBe(true);
    const status = classify(facts, {}, '2024-02-24', { churn: lapsed }).dimensions.status;
    expect(status.value).toBe('lost');
    expect(status.reasons.map((r) => r.code)).toEqual(['last_purchase', 'model_churn']);
    expect(status.reasons[1]?.message.en).toBe(`probability of being alive ${Math.round(lapsed.pAlive * 100) / 100} against a threshold of 0.3 (purchase model)`);
    const alive = churnSignal(bg, { x: 2, tx: 30.43, T: 38.86 });
    expect(classify(facts, {}, '2030-01-01', { churn: alive }).dimensions.status.value).toBe('current');
  });

  it('leaves customers without purchases to the prospect rules', () => {
    const signal = { pAlive: 0.01, threshold: 0.5, likelyChurned: true };
    expect(classify({ transactions: [], targeted: true }, {}, '2024-01-01', { churn: signal }).dimensions.status.value).toBe('target');
  });

  it('refuses a malformed signal', () => {
    expect(() => classify(facts, {}, '2024-02-24', { churn: { pAlive: 2, threshold: 0.5, likelyChurned: false } })).toThrowError(CrmTaxonomyError);
  });
});

describe('classifyAll with churn signals', () => {
  it('takes a signal per customer and keeps the window rule for the others', async () => {
    const { classifyAll } = await import('../../src/index.js');
    const rows = [
      { id: 'a', at: '2024-01-01', amount: 10 },
      { id: 'b', at: '2024-01-01', amount: 10 },
    ];
    const signal = { pAlive: 0.05, threshold: 0.3, likelyChurned: true };
    const { profiles } = classifyAll(rows, { customerId: (r) => r.id, at: (r) => r.at, amount: (r) => r.amount }, {
      asOf: '2024-02-01',
      churn: (id) => (id === 'a' ? signal : undefined),
    });
    expect(profiles.map((p) => [p.customerId, p.dimensions.status.value])).toEqual([
      ['a', 'lost'],
      ['b', 'current'],
    ]);
  });
});
