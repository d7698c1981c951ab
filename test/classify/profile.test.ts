import { describe, expect, it } from 'vitest';
import { BUILTIN_DIMENSIONS, classify, explain, LOCALES, type CustomerFacts } from '../../src/index.js';
import { CHINESE, inLocale } from '../support/locales.js';

const facts: CustomerFacts = {
  customerId: 'c1',
  transactions: [
    { at: '2024-01-10', amount: 3000, category: 'tea' },
    { at: '2024-03-02', amount: 4500, category: 'teaware', profit: 900 },
    { at: '2024-06-20', amount: 2000, category: 'tea', directed: true },
  ],
  contacts: [{ at: '2024-07-01', kind: 'call' }],
  referrals: [],
  given: { relationship_to_firm: 'intermediary', position: 'external' },
};
const asOf = '2024-07-31';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('classify: the profile', () => {
  const profile = classify(facts, { asOf });

  it('has exactly one result per built-in dimension, in the taxonomy order, each naming its dimension', () => {
    expect(Object.keys(profile.dimensions)).toEqual(BUILTIN_DIMENSIONS.map((d) => d.id));
    for (const [dimension, result] of Object.entries(profile.dimensions)) {
      expect(result.dimension).toBe(dimension);
      expect(result.known ? typeof result.value : result.value).toBe(result.known ? 'string' : null);
      expect(result.reasons.length).toBeGreaterThan(0);
    }
  });

  it('reasons are data: a code and JSON params, no text', () => {
    for (const result of Object.values(profile.dimensions)) {
      for (const r of result.reasons) {
        expect(Object.keys(r).sort()).toEqual(['code', 'params']);
        expect(r.code).not.toContain('.');
        for (const v of Object.values(r.params)) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null).toBe(true);
      }
    }
  });

  it('explains every dimension in every locale, with no placeholder left', () => {
    for (const locale of [...LOCALES, 'zh-TW', 'de-DE', 'zh', 'x-klingon', '']) {
      const lines = explain(profile, { locale });
      expect(Object.keys(lines)).toEqual(BUILTIN_DIMENSIONS.map((d) => d.id));
      for (const line of Object.values(lines)) expect(line).not.toMatch(/\{|\}|\?|undefined|NaN|\[object/);
    }
    expect(explain(profile.dimensions.status, inLocale('zh-TW'))).toMatch(/^現實客戶：/);
    expect(explain(profile.dimensions.demeanor, inLocale('zh-Hans'))).toBe('客户表现类型：未知（业务系统未提供）');
    expect(explain(profile.dimensions.status, 'de-DE')).toBe(explain(profile.dimensions.status));
  });

  it('is plain JSON, deterministic, independent of input order, and does not mutate the facts', () => {
    const snapshot = JSON.stringify(facts);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    const reversed = { ...facts, transactions: [...facts.transactions!].reverse(), contacts: [...facts.contacts!].reverse() };
    expect(classify(reversed, { asOf })).toEqual(profile);
    expect(JSON.stringify(facts)).toBe(snapshot);
  });

  it('sums amounts exactly, whatever their order', () => {
    const amounts = [0.1, 0.7, -1e16, 1e16, 0.3];
    const orders = [amounts, [...amounts].reverse(), [1e16, 0.3, 0.1, -1e16, 0.7]];
    // The exact sum of these doubles rounds to 1.0999999999999999, just below the double 1.1.
    const model = { kind: 'value_model', version: 1, basis: 'revenue', aMin: 1.1, bMin: 1, population: 2 } as const;
    for (const order of orders) {
      const p = classify({ transactions: order.map((amount) => ({ at: '2024-01-01', amount, profit: amount })) }, { asOf, valueModel: model });
      expect(p.dimensions.abc_class.value).toBe('b');
      // The reason holds the value as compared (rounded to cents it read as the A cut, 1.1).
      expect(p.dimensions.abc_class.reasons[0]!.params.value).toBe(1.0999999999999999);
      expect(p.dimensions.effectiveness.reasons.find((r) => r.code === 'profit_after_cost')!.params.profit).toBe(1.0999999999999999);
    }
  });

  it('validates host-given values at the boundary', () => {
    expect(thrown(() => classify({ given: { position: 'outside' } as never }, { asOf }))).toMatchObject({ code: 'invalid_value', path: ['facts', 'given', 'position'] });
    expect(thrown(() => classify({ given: { loyalty: 'loyal' } as never }, { asOf }))).toMatchObject({
      code: 'invalid_argument',
      path: ['facts', 'given', 'loyalty'],
      details: { expected: 'not_given' },
    });
    expect(thrown(() => classify({ given: { mood: 'happy' } as never }, { asOf }))).toMatchObject({ code: 'unknown_dimension', path: ['facts', 'given', 'mood'] });
  });

  it('validates facts and options with paths', () => {
    const bad = (f: unknown, options: object = { asOf: '2024-01-01' }): unknown => thrown(() => classify(f as CustomerFacts, options as never));
    expect(bad({ transactions: [{ at: 'yesterday', amount: 1 }] })).toMatchObject({ code: 'invalid_date', path: ['facts', 'transactions', 0, 'at'] });
    expect(bad({ transactions: [{ at: '2023-01-01', amount: Number.NaN }] })).toMatchObject({ code: 'invalid_record', path: ['facts', 'transactions', 0, 'amount'] });
    expect(bad({ transactions: [{ at: '2023-01-01', amount: 1, category: 7 }] })).toMatchObject({ code: 'invalid_record', path: ['facts', 'transactions', 0, 'category'] });
    expect(bad({ contacts: [{ at: '2023-01-01', kind: 'fax' }] })).toMatchObject({ code: 'invalid_record', path: ['facts', 'contacts', 0, 'kind'] });
    expect(bad({ referrals: 'many' })).toMatchObject({ code: 'invalid_argument', path: ['facts', 'referrals'] });
    expect(bad({ costToServe: 'high' })).toMatchObject({ code: 'invalid_argument', path: ['facts', 'costToServe'] });
    expect(bad({ canBuy: 'no' })).toMatchObject({ code: 'invalid_argument', path: ['facts', 'canBuy'] });
    expect(bad({ customerId: {} })).toMatchObject({ code: 'invalid_argument', path: ['facts', 'customerId'] });
    expect(bad(null)).toMatchObject({ code: 'invalid_argument', path: ['facts'] });
    expect(bad({}, { asOf: 'soon' })).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(bad({}, {})).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(bad({}, { asOf, policy: { timeState: { presentDays: -1 } } })).toMatchObject({ code: 'invalid_policy', path: ['options', 'policy', 'timeState', 'presentDays'] });
    expect(thrown(() => classify({}, 'x' as never))).toMatchObject({ code: 'invalid_argument', path: ['options'] });
  });

  it('takes the new contact kinds: an email or an activity is a sales contact', () => {
    for (const kind of ['email', 'activity'] as const) {
      const p = classify({ transactions: [], contacts: [{ at: '2024-07-20', kind }] }, { asOf });
      expect(p.dimensions.status.value).toBe('target');
      expect(p.dimensions.time_state.value).toBe('present');
      expect(p.dimensions.purchase_intent.value).toBe('hesitating');
    }
  });

  it('reads days in the policy time zone', () => {
    // 2024-07-31T20:00Z is already August 1st in Shanghai.
    const late = { transactions: [{ at: '2024-07-31T20:00:00Z', amount: 10 }] };
    expect(classify(late, { asOf }).dimensions.loyalty.value).toBe('new');
    expect(classify(late, { asOf, policy: { timeZone: 'Asia/Shanghai' } }).dimensions.loyalty.value).toBe('potential');
  });
});
