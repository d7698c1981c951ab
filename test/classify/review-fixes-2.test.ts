import { describe, expect, it } from 'vitest';
import { classify, classifyAll, explain, fitAbcFromValues, fitValueModel, reconcile, type CustomerFacts, type CustomerProfile } from '../../src/index.js';
import { resolveClassificationPolicy } from '../../src/classify/policy.js';
import { inLocale } from '../support/locales.js';

// The second review of the classifiers: each finding a reviewer reproduced, held here.

/** classify on one customer's facts and classifyAll on the same rows (with the same value model) give one profile. */
function sameInBatch(facts: CustomerFacts & { customerId: string }, asOf: string, policy?: Parameters<typeof classify>[1]['policy']): CustomerProfile {
  const rows = (facts.transactions ?? []).map((t) => ({ ...t, customerId: facts.customerId }));
  const withPolicy = policy === undefined ? {} : { policy };
  const { transactions: _, ...side } = facts;
  const { profiles, valueModel } = classifyAll(rows, { asOf, ...withPolicy, customers: [facts.customerId], facts: () => side });
  const one = classify(facts, { asOf, ...withPolicy, valueModel });
  expect(profiles).toHaveLength(1);
  expect(profiles[0]).toEqual(one);
  return one;
}

describe('1. value.by customers takes the cut points of by customers', () => {
  const values = Array.from({ length: 20 }, (_, i) => ({ customerId: `c${i + 1}`, value: i + 1 }));
  const count = (classes: readonly (string | null)[]) => ({ a: classes.filter((c) => c === 'a').length, b: classes.filter((c) => c === 'b').length, c: classes.filter((c) => c === 'c').length });

  it('the policy fills [0.05, 0.2] when by is customers and cuts are left out; given cuts win', () => {
    expect(resolveClassificationPolicy({ value: { by: 'customers' } }).value).toEqual({ basis: 'revenue', by: 'customers', cuts: [0.05, 0.2], maxA: null });
    expect(resolveClassificationPolicy({ value: { by: 'customers', cuts: [0.1, 0.5] } }).value.cuts).toEqual([0.1, 0.5]);
    expect(resolveClassificationPolicy({ value: { by: 'value' } }).value.cuts).toEqual([0.8, 0.95]);
    expect(resolveClassificationPolicy({ timeZone: 'Asia/Shanghai' }).value.cuts).toEqual([0.8, 0.95]);
    expect(Object.isFrozen(resolveClassificationPolicy({ value: { by: 'customers' } }).value.cuts)).toBe(true);
  });

  it('fitValueModel and classifyAll cut as fitAbcFromValues does: 1 A, 3 B, 16 C of values 1..20', () => {
    const abc = fitAbcFromValues(values, { by: 'customers' });
    expect(abc.counts).toEqual({ a: 1, b: 3, c: 16 });
    const policy = { value: { by: 'customers' as const } };
    const model = fitValueModel(values, { policy });
    expect(count(values.map((v) => classify({ transactions: [{ at: '2024-01-01', amount: v.value }] }, { asOf: '2024-02-01', valueModel: model }).dimensions.abc_class.value))).toEqual({ a: 1, b: 3, c: 16 });
    const rows = values.map((v) => ({ customerId: v.customerId, at: '2024-01-01', amount: v.value }));
    const batch = classifyAll(rows, { asOf: '2024-02-01', policy });
    expect(batch.valueModel).toEqual(model);
    expect(count(batch.profiles.map((p) => p.dimensions.abc_class.value))).toEqual({ a: 1, b: 3, c: 16 });
  });
});

describe('2. an expected purchase on asOf itself is near: interested', () => {
  it('expected on asOf → interested (0 days); the next day also; a past expected date falls through', () => {
    const facts = (expectedPurchaseAt: string) => ({ customerId: 'x', transactions: [], contacts: [{ at: '2024-01-01', kind: 'call' as const, expectedPurchaseAt }] });
    const today = sameInBatch(facts('2024-01-05'), '2024-01-05').dimensions.purchase_intent;
    expect(today).toMatchObject({ value: 'interested', reasons: [{ code: 'expected_purchase', params: { date: '2024-01-05', days: 0 } }] });
    expect(classify(facts('2024-01-06'), { asOf: '2024-01-05' }).dimensions.purchase_intent.value).toBe('interested');
    // A date already past says nothing any more: the other contacts decide (here a call alone).
    expect(classify(facts('2024-01-04'), { asOf: '2024-01-05' }).dimensions.purchase_intent).toMatchObject({ value: 'hesitating', reasons: [{ code: 'contacted_no_decision' }] });
  });
});

describe('6. a clamped rhythm churn window says it was clamped', () => {
  const buys = (days: readonly string[]) => ({ customerId: 'r', transactions: days.map((at) => ({ at, amount: 1 })) });

  it('purchases a day apart: 60 days, the minimum (not "3 × 1 day")', () => {
    const status = sameInBatch(buys(['2024-01-01', '2024-01-02', '2024-01-03']), '2024-01-10').dimensions.status;
    expect(status.reasons[1]).toEqual({ code: 'churn_window_rhythm', params: { windowDays: 60, multiplier: 3, meanGapDays: 1, clamped: 'min' } });
    expect(explain(status.reasons[1]!)).toBe('churn window 60 days: the minimum, as 3 × its mean gap of 1 days is less');
    expect(explain(status.reasons[1]!, inLocale('zh-Hans'))).toBe('流失窗口 60 天：取下限，因平均购买间隔 1 天的 3 倍不足此数');
    expect(explain(status.reasons[1]!, inLocale('zh-Hant'))).toContain('取下限');
  });

  it('a batch of clamped and unclamped windows, in either order: every reason as classify gives it (classifyAll shares equal results)', () => {
    // A day apart (clamped to the minimum), 40 days apart (3 × 40 = 120: not clamped), 300 days apart (900: clamped to the maximum, 730).
    const gaps = [1, 40, 300];
    const rows = gaps.flatMap((gap, k) => [0, 1, 2].map((i) => ({ customerId: `g${k}`, at: Date.UTC(2020, 0, 1) + i * gap * 86_400_000, amount: 5 })));
    for (const ordered of [rows, [...rows].reverse()]) {
      const batch = classifyAll(ordered, { asOf: '2022-06-01' }).profiles;
      for (const p of batch) {
        const own = classify({ customerId: p.customerId!, transactions: ordered.filter((r) => r.customerId === p.customerId) }, { asOf: '2022-06-01' });
        expect(p.dimensions.status, String(p.customerId)).toEqual(own.dimensions.status);
      }
      expect(batch.map((p) => p.dimensions.status.reasons.find((r) => r.code === 'churn_window_rhythm')?.params.clamped)).toEqual(['min', null, 'max']);
    }
  });

  it('purchases years apart: the maximum; within the bounds: no clamp, the text as before', () => {
    const far = sameInBatch(buys(['2018-01-01', '2020-01-01', '2022-01-01']), '2022-06-01').dimensions.status;
    expect(far.reasons[1]).toMatchObject({ params: { windowDays: 730, clamped: 'max' } });
    expect(explain(far.reasons[1]!)).toBe('churn window 730 days: the maximum, as 3 × its mean gap of 730.5 days is more');
    const plain = classify(buys(['2024-01-01', '2024-03-01', '2024-05-01']), { asOf: '2024-06-01' }).dimensions.status;
    expect(plain.reasons[1]!.params.clamped).toBeNull();
    expect(explain(plain.reasons[1]!)).toBe('churn window 182 days: 3 × its mean gap of 60.5 days');
  });
});

describe('8. reconcile stamps events at the end of asOf in the policy’s time zone', () => {
  const facts = { customerId: 'z', transactions: [{ at: '2024-12-01', amount: 5 }] };
  it('Asia/Shanghai: 15:59:59.999 UTC; UTC: the last millisecond of the day; a time of day in asOf changes nothing', () => {
    const at = (timeZone: string, asOf: string | Date) => [...new Set(reconcile({ status: 'target' }, facts, { asOf, policy: { timeZone } }).events.map((e) => e.at))];
    expect(at('Asia/Shanghai', '2024-12-31')).toEqual(['2024-12-31T15:59:59.999Z']);
    expect(at('America/New_York', '2024-12-31')).toEqual(['2025-01-01T04:59:59.999Z']);
    expect(at('UTC', '2024-12-31')).toEqual(['2024-12-31T23:59:59.999Z']);
    expect(at('UTC', new Date('2024-12-31T09:00:00Z'))).toEqual(['2024-12-31T23:59:59.999Z']);
  });
});

describe('9. a customer referred twice is one referral', () => {
  it('distinct referredId; entries without one count one each', () => {
    const facts = {
      customerId: 'ref',
      transactions: [],
      referrals: [
        { at: '2024-01-01', referredId: 'x' },
        { at: '2024-01-02', referredId: 'x' },
        { at: '2024-01-03', referredId: 7 },
        { at: '2024-01-03' },
        { at: '2024-01-04' },
        // after asOf: not counted, and does not hide the earlier one
        { at: '2024-03-01', referredId: 'y' },
      ],
    };
    const effectiveness = sameInBatch(facts, '2024-02-01').dimensions.effectiveness;
    expect(effectiveness.reasons[0]).toEqual({ code: 'referred_customers', params: { count: 4 } });
    const twice = { transactions: [], referrals: [{ at: '2024-01-01', referredId: 'x' }, { at: '2024-01-02', referredId: 'x' }] };
    const loyalOnTwo = classify(twice, { asOf: '2024-02-01', policy: { effectiveness: { minReferrals: 2 } } }).dimensions.effectiveness;
    expect(loyalOnTwo.value).not.toBe('effective');
  });
});

describe('11. a complaint alone says nothing about buying', () => {
  it('complaints only → unknown (no intent contact); with a call → hesitating, counting the call only', () => {
    const only = sameInBatch({ customerId: 'k', transactions: [], contacts: [{ at: '2024-01-02', kind: 'complaint' }] }, '2024-01-05').dimensions.purchase_intent;
    expect(only).toMatchObject({ known: false, reasons: [{ code: 'no_intent_contact' }] });
    const withCall = classify(
      { transactions: [], contacts: [{ at: '2024-01-02', kind: 'complaint' }, { at: '2024-01-03', kind: 'call' }] },
      { asOf: '2024-01-05' },
    ).dimensions.purchase_intent;
    expect(withCall).toMatchObject({ value: 'hesitating', reasons: [{ code: 'contacted_no_decision', params: { count: 1 } }] });
  });

  it('nor does a purchase date written on a complaint: it neither decides nor hides a call’s date', () => {
    const dated = { at: '2024-06-10', kind: 'complaint' as const, expectedPurchaseAt: '2024-06-20' };
    const onComplaint = sameInBatch({ customerId: 'k', transactions: [], contacts: [{ at: '2024-06-01', kind: 'call' }, dated] }, '2024-06-15').dimensions.purchase_intent;
    expect(onComplaint).toMatchObject({ value: 'hesitating', reasons: [{ code: 'contacted_no_decision', params: { count: 1 } }] });
    const past = { ...dated, expectedPurchaseAt: '2024-06-12' };
    const hidden = sameInBatch({ customerId: 'k', transactions: [], contacts: [{ at: '2024-06-01', kind: 'call', expectedPurchaseAt: '2024-06-25' }, past] }, '2024-06-15').dimensions.purchase_intent;
    expect(hidden).toMatchObject({ value: 'interested', reasons: [{ code: 'expected_purchase', params: { date: '2024-06-25' } }] });
  });

  it('reconcile counts contacts as the classifier does: a complaint is not one of the contacts a re-classification needs', () => {
    const contacts = [
      { at: '2024-01-02', kind: 'call' as const },
      { at: '2024-01-03', kind: 'complaint' as const },
      { at: '2024-01-03', kind: 'complaint' as const },
      { at: '2024-01-04', kind: 'interest' as const },
    ];
    // interested from hesitating needs 3 contacts (reclassifyAfterContacts): a call and an interest are 2.
    const result = reconcile({ status: 'target', purchase_intent: 'hesitating' }, { transactions: [], contacts }, { asOf: '2024-01-05' });
    expect(result.profile.dimensions.purchase_intent.value).toBe('interested');
    expect(result.events).toEqual([]);
    expect(result.refused).toMatchObject([{ dimension: 'purchase_intent', code: 'guard_failed', guard: 'enough_contacts', params: { count: 2 } }]);
  });
});

describe('boundaries kept and documented (not changed)', () => {
  it('3. a contact on the day of the last purchase is not since it, even when later that day', () => {
    const facts = { customerId: 'd', transactions: [{ at: '2024-01-05T09:00:00Z', amount: 1 }], contacts: [{ at: '2024-01-05T17:00:00Z', kind: 'interest' as const }] };
    expect(sameInBatch(facts, '2024-01-10').dimensions.purchase_intent).toMatchObject({ known: false, reasons: [{ code: 'no_intent_contact' }] });
  });

  it('4. asOf is a calendar day: a fact later on that day counts, whatever time asOf is given with', () => {
    const facts = { transactions: [{ at: '2024-01-05T18:00:00Z', amount: 1 }] };
    expect(classify(facts, { asOf: new Date('2024-01-05T09:00:00Z') }).dimensions.loyalty.value).toBe('new');
    expect(classify(facts, { asOf: '2024-01-04T23:59:59Z' }).dimensions.loyalty.value).toBe('potential');
  });

  it('10. refunds alone: no purchase in the facts, so future and potential', () => {
    const p = classify({ transactions: [{ at: '2024-01-02', amount: -5 }], contacts: [] }, { asOf: '2024-03-01' });
    expect([p.dimensions.time_state.value, p.dimensions.loyalty.value]).toEqual(['future', 'potential']);
  });
});

describe('8b. reconcile on the last day a Date holds', () => {
  it('answers where classify answers: the stamp is the nearest instant a Date holds', () => {
    const facts = { transactions: [{ at: '2024-01-01', amount: 5 }] };
    const options = { asOf: '+275760-09-13', policy: { timeZone: 'America/New_York' } };
    expect(classify(facts, options).dimensions.status.value).toBe('lost');
    const { events } = reconcile({ status: 'target', loyalty: 'potential' }, facts, options);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(new Date(e.at).getTime()).toBe(8.64e15);
  });
});

describe('the invariant classifyAll shares results by', () => {
  it('every reason of a code has the same parameter names, over CDNOW (intern.ts reads them once per code)', async () => {
    const { loadCdnow } = await import('../scoring/data.js');
    const rows = loadCdnow();
    const { profiles } = classifyAll(rows, { asOf: '1998-07-01', accessors: { customerId: (r) => r.id, at: (r) => r.date, amount: (r) => r.cents } });
    const names = new Map<string, string>();
    for (const p of profiles) {
      for (const result of Object.values(p.dimensions)) {
        for (const r of result.reasons) {
          const keys = Object.keys(r.params).sort().join(',');
          expect(names.get(r.code) ?? keys, r.code).toBe(keys);
          names.set(r.code, keys);
        }
      }
    }
    expect(names.get('churn_window_rhythm')).toBe('clamped,meanGapDays,multiplier,windowDays');
  });
});
