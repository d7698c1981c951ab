import { describe, expect, it } from 'vitest';
import type { ClassifyTextKey, ReasonCode } from '../../src/classify/reasons.js';
import type { MessageParams } from '../../src/errors/index.js';
import { explain, message } from '../../src/index.js';
import { ALL_TEXTS } from '../../src/locales/all.js';
import { CHARTS_TEXTS } from '../../src/locales/charts.js';
import { PLAYBOOK_TEXTS } from '../../src/locales/playbook.js';
import { CLASSIFY_TEXTS } from '../../src/locales/classify.js';
import { classifyEn } from '../../src/locales/en/classify.js';
import { classifyZhHans } from '../../src/locales/zh-Hans/classify.js';
import { classifyZhHant } from '../../src/locales/zh-Hant/classify.js';
import { toHant } from '../support/hant.js';
import { CHINESE, inLocale } from '../support/locales.js';

/** A full set of parameters for every reason code (the type makes the list complete). */
const SAMPLE: { readonly [C in ReasonCode]: MessageParams } = {
  missing_transactions: {},
  missing_contacts: {},
  missing_referrals: {},
  missing_categories: { count: 3 },
  missing_directed: { count: 1 },
  missing_profit: {},
  missing_cost_to_serve: {},
  cost_to_serve_assumed_zero: {},
  missing_value_model: {},
  missing_prospect_facts: {},
  missing_dependency: { dimension: 'value_tier' },
  no_intent_contact: {},
  value_given: {},
  value_not_given: {},
  no_purchase: {},
  purchases_over_days: { purchases: 1, days: 60 },
  purchases_over_years: { purchases: 14, years: 3.2 },
  below_established: { minPurchases: 2, minDays: 180 },
  below_loyal: { minPurchases: 6, minDays: 365 },
  loyal_behaviours: { shown: 2, required: 3 },
  loyal_behaviours_undecided: { shown: 1, unknown: 2, required: 3 },
  directed_purchases: { count: 4 },
  bought_categories: { count: 2 },
  referred_customers: { count: 1 },
  last_purchase: { days: 1234 },
  churn_window_fixed: { windowDays: 180 },
  churn_window_rhythm: { windowDays: 269, multiplier: 3, meanGapDays: 89.5, clamped: null },
  model_churn: { pAlive: 0.246, threshold: 0.5 },
  window_differs: { value: 'current' },
  cannot_buy: {},
  targeted_by_firm: {},
  sales_contacts: { count: 2 },
  no_sales_activity: {},
  recent_purchase: { days: 3, windowDays: 30 },
  recent_contact: { days: 1, windowDays: 30 },
  no_recent_activity: { windowDays: 30 },
  quote_no_reply: { days: 12, windowDays: 7 },
  quote_pending: { days: 1, windowDays: 7 },
  quote_answered: { days: 5 },
  interest_shown: { days: 2 },
  refusal_count: { count: 1, required: 2 },
  expected_purchase: { date: '2024-09-01', days: 62 },
  contacted_no_decision: { count: 3 },
  profit_after_cost: { profit: 118000, cost: 2500 },
  profit_before_cost: { profit: -5000 },
  value_revenue: { value: 118000, aMin: 120000, bMin: null, cut: 'a' },
  value_profit: { value: 1, aMin: null, bMin: null, cut: 'none' },
  value_tier_of_class: { class: 'b' },
  regular_days: { count: 8, windowDays: 365, min: 4 },
  dependency_value: { dimension: 'loyalty', value: 'loyal' },
  rfm_agrees: { segment: 'champions', r: 5, f: 5, m: 4 },
  rfm_differs: { segment: 'champions', r: 5, f: 5, m: 4, dimension: 'loyalty', value: 'loyal' },
  no_stored_state: { dimension: 'purchase_intent' },
};

describe('the classify message tables', () => {
  const keys = Object.keys(classifyEn) as ClassifyTextKey[];

  it('reason codes contain no dot; the module texts sit under "classify."', () => {
    for (const key of keys) expect(key.includes('.') ? key.startsWith('classify.') : /^[a-z][a-z_]*$/.test(key)).toBe(true);
    expect(keys.filter((k) => !k.includes('.')).sort()).toEqual(Object.keys(SAMPLE).sort());
  });

  it('no other table of the library holds a key of this one (codes are unique library-wide)', () => {
    for (const tables of [...ALL_TEXTS, PLAYBOOK_TEXTS, CHARTS_TEXTS]) {
      if (tables === CLASSIFY_TEXTS) continue;
      for (const table of Object.values(tables)) for (const key of keys) expect(Object.prototype.hasOwnProperty.call(table ?? {}, key), key).toBe(false);
    }
  });

  it('zh-Hant is the OpenCC rendering of zh-Hans, with the Taiwan vocabulary', () => {
    for (const key of keys) expect(classifyZhHant[key], key).toBe(toHant(classifyZhHans[key]));
  });

  it('renders every reason with its parameters in every locale, with nothing left unfilled', () => {
    for (const [code, params] of Object.entries(SAMPLE)) {
      for (const locale of ['en', 'zh-Hans', 'zh-Hant', 'zh-HK', 'fr-CA']) {
        for (const money of [undefined, { currency: 'EUR', minorUnitExponent: 2 }, { currency: 'JPY' }]) {
          const text = explain({ code: code as ReasonCode, params }, { locale, ...(money === undefined ? {} : { money }) });
          expect(text, `${code} ${locale}`).not.toMatch(/\{|\}|\?|undefined|NaN|\[object|classify\.|taxonomy\./);
          expect(text).not.toBe(code);
        }
        expect(message({ code, params }, inLocale(locale))).toBe(explain({ code: code as ReasonCode, params }, inLocale(locale)));
      }
    }
  });

  it('writes money with the currency and exponent, or names the unit', () => {
    const reason = { code: 'value_revenue', params: SAMPLE.value_revenue } as const;
    expect(explain(reason, { money: { currency: 'EUR', minorUnitExponent: 2 } })).toBe('net revenue €1,180.00; A from €1,200.00, no customer in B');
    expect(explain(reason, { ...inLocale('zh-Hans'), money: { currency: 'CNY', minorUnitExponent: 2 } })).toBe('净收入 ¥1,180.00；A 类起点 ¥1,200.00，没有 B 类客户');
    expect(explain(reason)).toBe('net revenue 118,000 amount units; A from 120,000 amount units, no customer in B');
    expect(explain({ code: 'value_profit', params: SAMPLE.value_profit })).toBe('profit 1 amount units; no customer in A or B');
  });
});
