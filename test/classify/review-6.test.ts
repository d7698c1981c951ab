import { describe, expect, it } from 'vitest';
import { classify, explain } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

// A review of the classifiers: reasons that rounded a figure across the threshold it was compared
// with, and a negative cost to serve taken as a gain.

const asOf = '2024-06-30';

describe('a reason holds the figure as compared', () => {
  it('a churn model just below its threshold is not shown above it', () => {
    const p = classify({ transactions: [{ at: '2024-06-01', amount: 10 }] }, { asOf, churn: { pAlive: 0.49996, threshold: 0.49999, likelyChurned: true } });
    expect(p.dimensions.status.value).toBe('lost');
    expect(p.dimensions.status.reasons.find((r) => r.code === 'model_churn')!.params).toMatchObject({ pAlive: 0.49996, threshold: 0.49999 });
    // Was "alive at 50%, against a threshold of 49.999%".
    expect(explain(p.dimensions.status)).toContain('alive at 49.996%, against a threshold of 49.999%');
  });

  it('a value a fraction below the A cut reads below it', () => {
    const model = { kind: 'value_model', version: 1, basis: 'revenue', aMin: 100, bMin: 50, population: 10 } as const;
    const p = classify({ transactions: [{ at: '2024-06-01', amount: 99.999 }] }, { asOf, valueModel: model });
    expect(p.dimensions.abc_class.value).toBe('b');
    // Was "net revenue 100 amount units; A from 100 amount units".
    expect(explain(p.dimensions.abc_class)).toBe('Class B: net revenue 99.999 amount units; A from 100 amount units, B from 50 amount units');
  });

  it('a profit a fraction above zero is effective, and the reason holds it as computed', () => {
    const p = classify({ transactions: [{ at: '2024-06-01', amount: 10, profit: 0.004 }], costToServe: 0 }, { asOf });
    expect(p.dimensions.effectiveness.value).toBe('effective');
    expect(p.dimensions.effectiveness.reasons[0]!.params).toMatchObject({ profit: 0.004, cost: 0 });
  });
});

describe('a cost to serve is never negative', () => {
  it.each([-5, -0.01, -Infinity])('%s is invalid_argument at facts.costToServe', (costToServe) => {
    expect(thrown(() => classify({ transactions: [], costToServe }, { asOf }))).toMatchObject({ code: 'invalid_argument', path: ['facts', 'costToServe'], details: { min: 0 } });
  });

  it('0 and null are taken (null: not given)', () => {
    expect(classify({ transactions: [], costToServe: 0 }, { asOf }).dimensions.effectiveness.reasons.map((r) => r.code)).toEqual(['profit_after_cost', 'missing_referrals']);
    // null is not given: assumed zero, as the default policy says.
    expect(classify({ transactions: [], costToServe: null }, { asOf }).dimensions.effectiveness.reasons.map((r) => r.code)).toEqual(['cost_to_serve_assumed_zero', 'profit_after_cost', 'missing_referrals']);
  });
});

describe('purchase intent: any reply answers a quote, and a refusal outweighs earlier interest', () => {
  const intent = (contacts: { at: string; kind: string; expectedPurchaseAt?: string }[]) => classify({ transactions: [], contacts } as never, { asOf }).dimensions.purchase_intent;

  it('a refusal after a quote answers it: hesitating with the refusal, not "quoted, no reply"', () => {
    const r = intent([{ at: '2024-06-01', kind: 'quote_sent' }, { at: '2024-06-02', kind: 'refusal' }]);
    expect(r.value).toBe('hesitating');
    expect(r.reasons.map((x) => x.code)).toEqual(['contacted_no_decision', 'refusal_count']);
  });

  it('interest after a quote answers it: interested', () => {
    const r = intent([{ at: '2024-06-01', kind: 'quote_sent' }, { at: '2024-06-02', kind: 'interest' }]);
    expect(r.value).toBe('interested');
    expect(r.reasons[0]).toMatchObject({ code: 'interest_shown', params: { days: 28 } });
  });

  it('a refusal after interest: hesitating, not interested', () => {
    expect(intent([{ at: '2024-06-01', kind: 'interest' }, { at: '2024-06-02', kind: 'refusal' }]).value).toBe('hesitating');
    // The date to buy the interest carried goes with it.
    expect(intent([{ at: '2024-06-01', kind: 'interest', expectedPurchaseAt: '2024-07-10' }, { at: '2024-06-02', kind: 'refusal' }]).value).toBe('hesitating');
    // Interest again after the refusal is interest.
    expect(intent([{ at: '2024-06-01', kind: 'refusal' }, { at: '2024-06-02', kind: 'interest' }]).value).toBe('interested');
  });

  it('a purchase date written on a refusal is no plan to buy', () => {
    expect(intent([{ at: '2024-06-01', kind: 'refusal', expectedPurchaseAt: '2024-07-15' }]).value).toBe('hesitating');
  });

  it('unchanged: a quote nobody answered, and a quote answered', () => {
    expect(intent([{ at: '2024-06-01', kind: 'quote_sent' }]).value).toBe('quoted_no_reply');
    expect(intent([{ at: '2024-06-01', kind: 'quote_sent' }, { at: '2024-06-03', kind: 'quote_answered' }]).reasons[0]!.code).toBe('quote_answered');
    // A reply at the instant of the quote answers it, whatever the order the log lists them in
    // (contacts are ordered by instant: a date-only reply is at midnight, before a quote at noon).
    expect(intent([{ at: '2024-06-01', kind: 'refusal' }, { at: '2024-06-01', kind: 'quote_sent' }]).value).toBe('hesitating');
  });
});

describe('patronage asks only for what its policy needs', () => {
  const tx = Array.from({ length: 6 }, (_, i) => ({ at: `2024-0${i + 1}-10`, amount: 100 }));
  const patronage = (policy: object) => classify({ transactions: tx }, { asOf, policy } as never).dimensions.patronage_level;

  it('with no value model, a value-tier minimum of the lowest tier decides without it', () => {
    // The default asks for a key customer: without a value model, unknown.
    expect(patronage({})).toMatchObject({ known: false, reasons: [{ code: 'regular_days' }, { code: 'missing_dependency', params: { dimension: 'value_tier' } }] });
    // Every customer is at least ordinary: the missing tier changes nothing.
    expect(patronage({ patronage: { honored: { minValueTier: 'ordinary' } } })).toMatchObject({ known: true, value: 'honored' });
    expect(patronage({ patronage: { honored: { minValueTier: 'ordinary' }, devotee: { minLoyalty: 'potential' } } })).toMatchObject({ known: true, value: 'devotee' });
  });
});
