import { describe, expect, it } from 'vitest';
import { BUILTIN_DIMENSIONS, BUILTIN_LOCALES, classify, explain, type CustomerFacts } from '../../src/index.js';

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

describe('classify: the profile', () => {
  const profile = classify(facts, {}, '2024-07-31');

  it('has exactly one result per built-in dimension, in the taxonomy order', () => {
    expect(Object.keys(profile.dimensions)).toEqual(BUILTIN_DIMENSIONS.map((d) => d.id));
    for (const result of Object.values(profile.dimensions)) {
      expect(result.known ? typeof result.value : result.value).toBe(result.known ? 'string' : null);
      expect(result.reasons.length).toBeGreaterThan(0);
    }
  });

  it('gives every reason a code, params and a message in the three locales, with no placeholder left', () => {
    for (const result of Object.values(profile.dimensions)) {
      for (const r of result.reasons) {
        expect(Object.keys(r.message)).toEqual([...BUILTIN_LOCALES]);
        for (const text of Object.values(r.message)) expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('is plain JSON, deterministic, independent of input order, and does not mutate the facts', () => {
    const snapshot = JSON.stringify(facts);
    expect(JSON.parse(JSON.stringify(profile))).toEqual(profile);
    const reversed = { ...facts, transactions: [...facts.transactions!].reverse() };
    expect(classify(reversed, {}, '2024-07-31')).toEqual(profile);
    expect(JSON.stringify(facts)).toBe(snapshot);
  });

  it('explains in every locale, regional tags included', () => {
    expect(explain('status', profile.dimensions.status, 'zh-TW')).toMatch(/^現實客戶：/);
    expect(explain('demeanor', profile.dimensions.demeanor, 'zh-Hans')).toBe('客户表现类型：未知（业务系统未提供）');
  });

  it('validates host-given values at the boundary', () => {
    expect(() => classify({ given: { position: 'outside' } as never }, {}, '2024-01-01')).toThrow(
      expect.objectContaining({ code: 'invalid_value', path: ['given', 'position'] }),
    );
    expect(() => classify({ given: { loyalty: 'loyal' } as never }, {}, '2024-01-01')).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['given', 'loyalty'] }),
    );
    expect(() => classify({ given: { mood: 'happy' } as never }, {}, '2024-01-01')).toThrow(expect.objectContaining({ code: 'unknown_dimension' }));
  });

  it('validates facts with paths', () => {
    const bad = (f: unknown): unknown => {
      try {
        classify(f as CustomerFacts, {}, '2024-01-01');
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(bad({ transactions: [{ at: 'yesterday', amount: 1 }] })).toMatchObject({ code: 'invalid_date', path: ['transactions', 0, 'at'] });
    expect(bad({ transactions: [{ at: '2023-01-01', amount: Number.NaN }] })).toMatchObject({ code: 'non_finite_amount', path: ['transactions', 0, 'amount'] });
    expect(bad({ contacts: [{ at: '2023-01-01', kind: 'email' }] })).toMatchObject({ code: 'invalid_record', path: ['contacts', 0, 'kind'] });
    expect(bad({ referrals: 'many' })).toMatchObject({ code: 'invalid_record', path: ['referrals'] });
    expect(bad({ costToServe: 'high' })).toMatchObject({ code: 'non_finite_amount', path: ['costToServe'] });
    expect(bad({ canBuy: 'no' })).toMatchObject({ code: 'invalid_record', path: ['canBuy'] });
    expect(() => classify({}, {}, 'soon' as never)).toThrow(expect.objectContaining({ code: 'invalid_as_of' }));
  });

  it('reads days in the policy time zone', () => {
    // 2024-07-31T20:00Z is already August 1st in Shanghai.
    const late = { transactions: [{ at: '2024-07-31T20:00:00Z', amount: 10 }] };
    expect(classify(late, {}, '2024-07-31').dimensions.loyalty.value).toBe('new');
    expect(classify(late, { timeZone: 'Asia/Shanghai' }, '2024-07-31').dimensions.loyalty.value).toBe('potential');
  });
});
