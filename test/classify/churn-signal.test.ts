import { describe, expect, it } from 'vitest';
import { classify, classifyAll, explain } from '../../src/index.js';
import { churnSignal } from '../../src/clv/index.js';

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
  it('decides lost or current by P(alive), states the churn window beside it, and names their disagreement', () => {
    // 40 days after the last purchase: within the 60-day window, so current by recency ...
    expect(classify(facts, { asOf: '2024-02-24' }).dimensions.status.value).toBe('current');
    // ... but a purchase model may judge otherwise.
    const lapsed = churnSignal(bg, { x: 2, tx: 2, T: 38.86 }, { threshold: 0.3 });
    expect(lapsed.likelyChurned).toBe(true);
    const status = classify(facts, { asOf: '2024-02-24', churn: lapsed }).dimensions.status;
    expect(status.value).toBe('lost');
    expect(status.reasons.map((r) => r.code)).toEqual(['last_purchase', 'model_churn', 'churn_window_rhythm', 'window_differs']);
    expect(status.reasons[3]).toEqual({ code: 'window_differs', params: { value: 'current' } });
    const pAlive = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(Math.round(lapsed.pAlive * 10_000) / 10_000);
    expect(explain(status.reasons[1]!)).toBe(`a purchase model puts its probability of being alive at ${pAlive}, against a threshold of 30%`);
    expect(explain(status)).toMatch(/the churn window alone would say Current customer; the purchase model decides$/);
    // When both agree, no disagreement is stated.
    const alive = { pAlive: 0.9, threshold: 0.5, likelyChurned: false };
    expect(classify(facts, { asOf: '2024-02-24', churn: alive }).dimensions.status.reasons.map((r) => r.code)).toEqual(['last_purchase', 'model_churn', 'churn_window_rhythm']);
  });

  it('leaves customers without purchases to the prospect rules', () => {
    const signal = { pAlive: 0.01, threshold: 0.5, likelyChurned: true };
    expect(classify({ transactions: [], targeted: true }, { asOf: '2024-01-01', churn: signal }).dimensions.status.value).toBe('target');
  });

  it('refuses a malformed signal, with its path', () => {
    expect(() => classify(facts, { asOf: '2024-02-24', churn: { pAlive: 2, threshold: 0.5, likelyChurned: false } })).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['options', 'churn', 'pAlive'] }),
    );
    expect(() => classify(facts, { asOf: '2024-02-24', churn: 'lost' as never })).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['options', 'churn'] }));
  });
});

describe('classifyAll with churn signals', () => {
  it('takes a signal per customer and keeps the window rule for the others', () => {
    const rows = [
      { id: 'a', at: '2024-01-01', amount: 10 },
      { id: 'b', at: '2024-01-01', amount: 10 },
    ];
    const signal = { pAlive: 0.05, threshold: 0.3, likelyChurned: true };
    const { profiles } = classifyAll(rows, {
      asOf: '2024-02-01',
      accessors: { customerId: (r) => r.id, at: (r) => r.at, amount: (r) => r.amount },
      churn: (id) => (id === 'a' ? signal : undefined),
    });
    expect(profiles.map((p) => [p.customerId, p.dimensions.status.value])).toEqual([
      ['a', 'lost'],
      ['b', 'current'],
    ]);
    expect(() => classifyAll(rows, { asOf: '2024-02-01', accessors: { customerId: (r) => r.id, at: (r) => r.at, amount: (r) => r.amount }, churn: () => ({ pAlive: 0.5 }) as never })).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['options', 'churn', 'a', 'threshold'] }),
    );
  });
});
