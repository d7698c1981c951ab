import { describe, expect, it } from 'vitest';
import {
  classify,
  DEFAULT_CLASSIFICATION_POLICY as P,
  explain,
  fitAbcFromValues,
  fitValueModel,
  type ClassificationPolicyInput,
  type CustomerFacts,
  type DimensionResult,
  type ValueModel,
} from '../../src/index.js';
import type { ContactFact, PurchaseFact } from '../../src/classify/types.js';

const AS_OF = '2024-07-01';
const DAY = 86_400_000;
const asOfMs = Date.parse(`${AS_OF}T00:00:00Z`);
/** The ISO date `n` days before asOf. */
const ago = (n: number): string => new Date(asOfMs - n * DAY).toISOString().slice(0, 10);
/** Purchases on the given days-ago, amount 100 each unless given. */
const buys = (daysAgo: readonly number[], extra: Partial<PurchaseFact> = {}): PurchaseFact[] => daysAgo.map((d) => ({ at: ago(d), amount: 100, ...extra }));
const contact = (daysAgo: number, kind: ContactFact['kind'], expected?: number): ContactFact =>
  expected === undefined ? { at: ago(daysAgo), kind } : { at: ago(daysAgo), kind, expectedPurchaseAt: ago(-expected) };

function dim<K extends 'loyalty' | 'status' | 'time_state' | 'purchase_intent' | 'effectiveness' | 'patronage_level' | 'abc_class' | 'value_tier'>(
  key: K,
  facts: CustomerFacts,
  policy: ClassificationPolicyInput = {},
  valueModel?: ValueModel,
): DimensionResult<K> {
  return classify(facts, { asOf: AS_OF, policy, ...(valueModel === undefined ? {} : { valueModel }) }).dimensions[key] as DimensionResult<K>;
}
const value = (r: DimensionResult): string | null => r.value;
const codes = (r: DimensionResult): string[] => r.reasons.map((x) => x.code);

describe('loyalty', () => {
  const est = P.loyalty.established;
  const loyal = P.loyalty.loyal;
  it('is unknown without transactions, potential with none', () => {
    expect(dim('loyalty', {})).toMatchObject({ known: false, value: null, reasons: [{ code: 'missing_transactions' }] });
    expect(value(dim('loyalty', { transactions: [] }))).toBe('potential');
  });
  it('refunds alone are not purchases', () => {
    expect(value(dim('loyalty', { transactions: [{ at: ago(10), amount: -50 }] }))).toBe('potential');
  });
  it('becomes established at exactly the purchase and tenure thresholds', () => {
    const tenure = est.minTenureDays;
    expect(value(dim('loyalty', { transactions: buys([tenure, 0]) }))).toBe('established');
    expect(value(dim('loyalty', { transactions: buys([tenure - 1, 0]) }))).toBe('new');
    expect(value(dim('loyalty', { transactions: buys([tenure]) }))).toBe('new');
  });
  it('counts purchase days, not rows', () => {
    expect(value(dim('loyalty', { transactions: buys([0, 0, 0]) }))).toBe('new');
  });
  const loyalDays = (n: number, tenure: number): number[] => Array.from({ length: n }, (_, i) => Math.round(tenure - (i * tenure) / (n - 1)));
  const cats = (list: PurchaseFact[], categories: string[]): PurchaseFact[] => list.map((p, i) => ({ ...p, category: categories[i % categories.length]! }));
  it('needs the loyal purchase and tenure thresholds before looking at behaviours', () => {
    const facts = (n: number, tenure: number): CustomerFacts => ({
      transactions: cats(buys(loyalDays(n, tenure), { directed: true }), ['a', 'b']),
      referrals: [{ at: ago(5) }],
    });
    expect(value(dim('loyalty', facts(loyal.minPurchases, loyal.minTenureDays)))).toBe('loyal');
    expect(value(dim('loyalty', facts(loyal.minPurchases - 1, loyal.minTenureDays)))).toBe('established');
    expect(value(dim('loyalty', facts(loyal.minPurchases, loyal.minTenureDays - 1)))).toBe('established');
  });
  it('needs minBehaviours of the four behaviours, repeat included', () => {
    const base = buys(loyalDays(loyal.minPurchases, loyal.minTenureDays), { directed: false, category: 'a' });
    // repeat + related = 2 < 3
    const two: CustomerFacts = { transactions: cats(base, ['a', 'b']), referrals: [] };
    expect(dim('loyalty', two)).toMatchObject({ value: 'established', reasons: [{}, { code: 'bought_categories' }, { code: 'loyal_behaviours', params: { shown: 2, required: 3 } }] });
    // repeat + related + referral = 3
    const three: CustomerFacts = { ...two, referrals: [{ at: ago(3) }] };
    expect(value(dim('loyalty', three))).toBe('loyal');
    // a referral after asOf does not count
    expect(value(dim('loyalty', { ...two, referrals: [{ at: ago(-3) }] }))).toBe('established');
    // directed threshold
    const directed = (k: number): PurchaseFact[] => base.map((p, i) => ({ ...p, directed: i < k }));
    expect(value(dim('loyalty', { transactions: cats(directed(loyal.minDirectedPurchases), ['a', 'b']), referrals: [] }))).toBe('loyal');
    expect(value(dim('loyalty', { transactions: cats(directed(loyal.minDirectedPurchases - 1), ['a', 'b']), referrals: [] }))).toBe('established');
    expect(value(dim('loyalty', { transactions: cats(base, ['a', 'b']), referrals: [] }, { loyalty: { loyal: { minBehaviours: 2 } } }))).toBe('loyal');
  });
  it('is unknown only when missing facts could change the answer', () => {
    const days = loyalDays(loyal.minPurchases, loyal.minTenureDays);
    // no categories, no directed marks, no referral list: 1 shown, 3 unknown → unknown
    const r = dim('loyalty', { transactions: buys(days) });
    expect(r).toMatchObject({ known: false, value: null });
    expect(codes(r)).toEqual(['purchases_over_years', 'loyal_behaviours_undecided', 'missing_directed', 'missing_categories', 'missing_referrals']);
    // with only one behaviour that could still show, 1 + 1 < 3 → established
    expect(value(dim('loyalty', { transactions: buys(days, { directed: false, category: 'a' }) }))).toBe('established');
    // shown already enough → loyal despite unknowns
    expect(value(dim('loyalty', { transactions: cats(buys(days, { directed: true }), ['a', 'b']) }))).toBe('loyal');
  });
  it('ignores purchases after asOf', () => {
    expect(value(dim('loyalty', { transactions: buys([-5]) }))).toBe('potential');
  });
});

describe('status', () => {
  it('is unknown without transactions', () => {
    expect(codes(dim('status', {}))).toEqual(['missing_transactions']);
  });
  it('fixed churn window: current on the last day of the window, lost the day after', () => {
    const fixed = { status: { churn: { method: 'fixed', days: 90 } } } as const;
    expect(value(dim('status', { transactions: buys([90]) }, fixed))).toBe('current');
    expect(dim('status', { transactions: buys([91]) }, fixed)).toMatchObject({
      value: 'lost',
      reasons: [{ code: 'last_purchase', params: { days: 91 } }, { code: 'churn_window_fixed', params: { windowDays: 90 } }],
    });
  });
  it('rhythm: falls back to the fixed days below minPurchases', () => {
    expect(value(dim('status', { transactions: buys([P.status.churn.days, 400]) }))).toBe('current');
    expect(value(dim('status', { transactions: buys([P.status.churn.days + 1, 400]) }))).toBe('lost');
  });
  it('rhythm: multiplier × mean gap, clamped', () => {
    // purchase days 40 apart: window 120
    const t = (last: number): PurchaseFact[] => buys([last + 80, last + 40, last]);
    expect(dim('status', { transactions: t(120) })).toMatchObject({ value: 'current', reasons: [{}, { code: 'churn_window_rhythm', params: { windowDays: 120, meanGapDays: 40 } }] });
    expect(value(dim('status', { transactions: t(121) }))).toBe('lost');
    // 5 days apart → 15, clamped to minDays
    const weekly = (last: number): PurchaseFact[] => buys([last + 10, last + 5, last]);
    expect(value(dim('status', { transactions: weekly(P.status.churn.minDays) }))).toBe('current');
    expect(value(dim('status', { transactions: weekly(P.status.churn.minDays + 1) }))).toBe('lost');
    // 400 days apart → 1200, clamped to maxDays
    const rare = (last: number): PurchaseFact[] => buys([last + 800, last + 400, last]);
    expect(value(dim('status', { transactions: rare(P.status.churn.maxDays) }))).toBe('current');
    expect(value(dim('status', { transactions: rare(P.status.churn.maxDays + 1) }))).toBe('lost');
  });
  it('non-buyers: non_customer, target, potential, unknown', () => {
    expect(value(dim('status', { transactions: [], canBuy: false, targeted: true }))).toBe('non_customer');
    expect(value(dim('status', { transactions: [], targeted: true }))).toBe('target');
    expect(value(dim('status', { transactions: [], contacts: [contact(3, 'call')] }))).toBe('target');
    expect(value(dim('status', { transactions: [], contacts: [contact(3, 'complaint')] }))).toBe('potential');
    expect(value(dim('status', { transactions: [], contacts: [] }))).toBe('potential');
    expect(value(dim('status', { transactions: [], targeted: false }))).toBe('potential');
    expect(dim('status', { transactions: [] })).toMatchObject({ known: false, reasons: [{ code: 'no_purchase' }, { code: 'missing_prospect_facts' }] });
  });
});

describe('time_state', () => {
  const w = P.timeState.presentDays;
  it('present with a purchase within presentDays, even without a contact log', () => {
    expect(value(dim('time_state', { transactions: buys([w]) }))).toBe('present');
    expect(value(dim('time_state', { transactions: buys([w + 1]), contacts: [] }))).toBe('past');
  });
  it('present with a deal contact within presentDays, even without transactions', () => {
    expect(value(dim('time_state', { contacts: [contact(w, 'quote_sent')] }))).toBe('present');
    expect(value(dim('time_state', { transactions: [], contacts: [contact(w + 1, 'visit')] }))).toBe('future');
    expect(value(dim('time_state', { transactions: [], contacts: [contact(1, 'complaint')] }))).toBe('future');
  });
  it('unknown when the missing contact log could make it present', () => {
    expect(codes(dim('time_state', { transactions: buys([w + 1]) }))).toEqual(['last_purchase', 'missing_contacts']);
    expect(codes(dim('time_state', { contacts: [] }))).toEqual(['missing_transactions']);
  });
});

describe('purchase_intent', () => {
  const p = P.purchaseIntent;
  const intent = (contacts: ContactFact[], transactions: PurchaseFact[] = []): DimensionResult => dim('purchase_intent', { transactions, contacts });
  it('unknown without a contact log or without contacts since the last purchase', () => {
    expect(codes(dim('purchase_intent', { transactions: [] }))).toEqual(['missing_contacts']);
    expect(codes(intent([]))).toEqual(['no_intent_contact']);
    expect(codes(intent([contact(20, 'interest')], buys([10])))).toEqual(['no_intent_contact']);
  });
  it('quote: interested within the reply window, quoted_no_reply after it, interested once answered', () => {
    expect(value(intent([contact(p.replyWindowDays, 'quote_sent')]))).toBe('interested');
    expect(intent([contact(p.replyWindowDays + 1, 'quote_sent')])).toMatchObject({ value: 'quoted_no_reply', reasons: [{ code: 'quote_no_reply', params: { days: p.replyWindowDays + 1 } }] });
    expect(value(intent([contact(20, 'quote_sent'), contact(15, 'quote_answered')]))).toBe('interested');
    // a new quote after an answered one opens a new wait
    expect(value(intent([contact(30, 'quote_sent'), contact(25, 'quote_answered'), contact(20, 'quote_sent')]))).toBe('quoted_no_reply');
  });
  it('refusals: never at refusalsForNever, hesitating below; interest resets the count', () => {
    const refusals = (n: number): ContactFact[] => Array.from({ length: n }, (_, i) => contact(10 + i, 'refusal'));
    expect(value(intent(refusals(p.refusalsForNever)))).toBe('never');
    expect(intent(refusals(p.refusalsForNever - 1))).toMatchObject({ value: 'hesitating', reasons: [{ code: 'contacted_no_decision' }, { code: 'refusal_count' }] });
    expect(value(intent([...refusals(p.refusalsForNever), contact(2, 'interest')]))).toBe('interested');
  });
  it('expected purchase date: not_now beyond notNowBeyondDays, interested at or within it', () => {
    expect(intent([contact(3, 'call', p.notNowBeyondDays + 1)])).toMatchObject({ value: 'not_now', reasons: [{ code: 'expected_purchase', params: { days: p.notNowBeyondDays + 1 } }] });
    expect(value(intent([contact(3, 'call', p.notNowBeyondDays)]))).toBe('interested');
    // an expected date already past says nothing
    expect(value(intent([contact(3, 'call', -1)]))).toBe('hesitating');
  });
  it('contacts without a signal: hesitating', () => {
    expect(intent([contact(5, 'call'), contact(3, 'visit')])).toMatchObject({ value: 'hesitating', reasons: [{ params: { count: 2 } }] });
  });
});

describe('effectiveness', () => {
  const e = P.effectiveness;
  it('effective by referrals alone', () => {
    expect(value(dim('effectiveness', { referrals: Array.from({ length: e.minReferrals }, () => ({ at: ago(1) })) }))).toBe('effective');
  });
  it('profit after cost to serve: above minContribution is effective, at it ineffective', () => {
    const t = [{ at: ago(3), amount: 1000, profit: 300 }];
    expect(value(dim('effectiveness', { transactions: t, referrals: [], costToServe: 299 }))).toBe('effective');
    expect(dim('effectiveness', { transactions: t, referrals: [], costToServe: 300 })).toMatchObject({
      value: 'ineffective',
      reasons: [{ code: 'referred_customers', params: { count: 0 } }, { code: 'profit_after_cost', params: { profit: 0, cost: 300 } }],
    });
  });
  it('missing cost to serve counts as zero by default, or leaves it unknown', () => {
    const t = [{ at: ago(3), amount: 1000, profit: 0 }];
    expect(codes(dim('effectiveness', { transactions: t, referrals: [] }))).toEqual(['referred_customers', 'cost_to_serve_assumed_zero', 'profit_after_cost']);
    // A profit above the minimum could fall to it after the cost: unknown.
    const above = [{ at: ago(3), amount: 1000, profit: 1 }];
    expect(value(dim('effectiveness', { transactions: above, referrals: [] }, { effectiveness: { missingCostToServe: 'unknown' } }))).toBe(null);
    // At most the minimum before a cost that is never negative: ineffective whatever the cost, the referrals known to fall short.
    const none = dim('effectiveness', { transactions: t, referrals: [] }, { effectiveness: { missingCostToServe: 'unknown' } });
    expect([value(none), codes(none)]).toEqual(['ineffective', ['referred_customers', 'profit_before_cost']]);
  });
  it('margin rate stands in for missing profits', () => {
    const t = buys([3]);
    expect(codes(dim('effectiveness', { transactions: t, referrals: [] }))).toContain('missing_profit');
    expect(value(dim('effectiveness', { transactions: t, referrals: [] }, { effectiveness: { marginRate: 0.2 } }))).toBe('effective');
  });
  it('unknown when referrals are missing and profit does not suffice', () => {
    expect(codes(dim('effectiveness', { transactions: [{ at: ago(3), amount: 10, profit: -5 }] }))).toEqual(['cost_to_serve_assumed_zero', 'profit_after_cost', 'missing_referrals']);
    expect(codes(dim('effectiveness', {}))).toEqual(['cost_to_serve_assumed_zero', 'missing_referrals', 'missing_transactions']);
  });
});

describe('abc_class and value_tier', () => {
  const model = fitValueModel([
    { customerId: 1, value: 700 },
    { customerId: 2, value: 200 },
    { customerId: 3, value: 60 },
    { customerId: 4, value: 40 },
  ]);
  it('fits thresholds equal to the ABC cut', () => {
    expect(model).toMatchObject({ aMin: 200, bMin: 60 });
  });
  it('classes at each threshold', () => {
    const at = (amount: number): [string | null, string | null] => {
      const p = classify({ transactions: [{ at: ago(1), amount }] }, { asOf: AS_OF, valueModel: model }).dimensions;
      return [p.abc_class.value, p.value_tier.value];
    };
    expect(at(200)).toEqual(['a', 'vip']);
    expect(at(199.99)).toEqual(['b', 'key']);
    expect(at(60)).toEqual(['b', 'key']);
    expect(at(59)).toEqual(['c', 'ordinary']);
    expect(at(-10)).toEqual(['c', 'ordinary']);
  });
  it('unknown without a model, transactions or profits', () => {
    expect(codes(dim('abc_class', { transactions: [] }))).toEqual(['missing_value_model']);
    expect(codes(dim('value_tier', {}, {}, model))).toEqual(['missing_transactions']);
    expect(codes(dim('abc_class', { transactions: buys([1]) }, {}, { ...model, basis: 'profit' }))).toEqual(['missing_profit']);
  });
  it('rejects a bad model', () => {
    expect(() => classify({}, { asOf: AS_OF, valueModel: { kind: 'rfm_model' } as never })).toThrow(expect.objectContaining({ code: 'invalid_model' }));
  });
});

describe('patronage_level', () => {
  const reg = P.patronage.regular;
  const model = fitValueModel([
    { customerId: 1, value: 1000 },
    { customerId: 2, value: 100 },
    { customerId: 3, value: 10 },
  ]);
  const days = (n: number, within: boolean): number[] => Array.from({ length: n }, (_, i) => (within ? i * 10 : reg.windowDays + i * 10));
  it('passer_by, customer, regular at minPurchaseDays within windowDays', () => {
    expect(value(dim('patronage_level', { transactions: [] }))).toBe('passer_by');
    expect(value(dim('patronage_level', { transactions: buys(days(reg.minPurchaseDays - 1, true)) }))).toBe('customer');
    // the window is (asOf − windowDays, asOf]: a purchase exactly windowDays ago is outside
    expect(value(dim('patronage_level', { transactions: buys([...days(reg.minPurchaseDays - 1, true), reg.windowDays]) }))).toBe('customer');
    const big = fitValueModel([{ customerId: 1, value: 1e6 }, { customerId: 2, value: 1e5 }, { customerId: 3, value: 1 }]);
    expect(value(dim('patronage_level', { transactions: buys(days(reg.minPurchaseDays, true)) }, {}, big))).toBe('regular');
  });
  it('honored from minValueTier, devotee when also loyal, unknown when a dependency is', () => {
    const rich = (extra: Partial<PurchaseFact>): PurchaseFact[] => days(reg.minPurchaseDays, true).map((d) => ({ at: ago(d), amount: 300, ...extra }));
    expect(codes(dim('patronage_level', { transactions: rich({}) }))).toEqual(['regular_days', 'missing_dependency']);
    expect(value(dim('patronage_level', { transactions: rich({}), referrals: [] }, {}, model))).toBe('honored');
    const loyal: CustomerFacts = {
      transactions: [...rich({ category: 'a', directed: true }), ...buys([400, 500, 600], { category: 'b', directed: true })],
      referrals: [],
    };
    expect(value(dim('loyalty', loyal))).toBe('loyal');
    const devotee = dim('patronage_level', loyal, {}, model);
    expect(devotee.value).toBe('devotee');
    expect(devotee.reasons.slice(1).map((r) => explain(r))).toEqual(['Value tier: VIP customer', 'Loyalty: Loyal customer']);
    expect(value(dim('patronage_level', loyal, { patronage: { honored: { minValueTier: 'vip' } } }, fitValueModel([{ customerId: 1, value: 1e9 }, { customerId: 2, value: 1 }])))).toBe('regular');
  });
});

describe('fitValueModel: the ABC cut of the scoring module, as two thresholds', () => {
  it('classes every customer of the population it was fitted on as fitAbcFromValues does (ties, zeros, refunds, caps)', async () => {
    const fc = (await import('fast-check')).default;
    const arbValue = fc.oneof(fc.integer({ min: -50, max: 200 }), fc.constantFrom(0, 100, 100, 0.1, 1e15, -1e15));
    const arbCut = fc.oneof(
      fc.record({ by: fc.constant('value' as const), cuts: fc.tuple(fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true })) }),
      fc.record({ by: fc.constant('customers' as const), cuts: fc.tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true })) }),
    );
    fc.assert(
      fc.property(fc.array(arbValue, { maxLength: 40 }), arbCut, fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), (values, cut, maxA) => {
        const cuts = [Math.min(...cut.cuts), Math.max(...cut.cuts)] as const;
        const population = values.map((value, i) => ({ customerId: `c${i}`, value }));
        const model = fitValueModel(population, { policy: { value: { by: cut.by, cuts, maxA } } });
        const reference = fitAbcFromValues(population, { by: cut.by, cuts, ...(maxA === null ? {} : { maxA }) });
        const byId = new Map(reference.customers.map((c) => [c.customerId, c.abcClass]));
        for (const { customerId, value } of population) {
          const cls = value > 0 && model.aMin !== null && value >= model.aMin ? 'a' : value > 0 && model.bMin !== null && value >= model.bMin ? 'b' : 'c';
          expect(cls).toBe(byId.get(customerId));
        }
      }),
      { numRuns: 500 },
    );
  });
});
