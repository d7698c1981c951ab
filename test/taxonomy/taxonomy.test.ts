import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_DIMENSIONS,
  CrmTaxonomyError,
  compare,
  createTaxonomy,
  defineDimension,
  description,
  is,
  isCrmTaxonomyError,
  label,
  list,
  message,
  next,
  parse,
  previous,
  rank,
  safeParse,
  taxonomy,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

describe('parse and safeParse', () => {
  it('returns a valid id unchanged', () => {
    expect(parse('loyalty', 'loyal')).toBe('loyal');
    expect(safeParse('status', 'lost')).toEqual({ ok: true, value: 'lost' });
  });

  it('refuses an unknown value with the dimension and the allowed values', () => {
    const error = thrown(() => parse('loyalty', 'gold'));
    expect(error.code).toBe('invalid_value');
    expect(error.path).toEqual(['loyalty']);
    expect(error.message).toBe('invalid_value at loyalty (dimension: loyalty; received: "gold"; allowed: potential, new, established, loyal)');
    expect(error.details).toEqual({ dimension: 'loyalty', received: '"gold"', allowed: ['potential', 'new', 'established', 'loyal'] });
    expect(message(error)).toBe('Loyalty: invalid value "gold", expected one of Potential customer, New customer, Established customer, Loyal customer');
  });

  it('refuses a non-string with not_a_string', () => {
    for (const bad of [42, null, undefined, {}, ['loyal'], true]) {
      const error = thrown(() => parse('loyalty', bad));
      expect(error.code).toBe('invalid_value');
      expect(error.details).toMatchObject({ dimension: 'loyalty', allowed: ['potential', 'new', 'established', 'loyal'] });
    }
  });

  it('refuses an unknown dimension', () => {
    // @ts-expect-error 'colour' is not a dimension
    const error = thrown(() => parse('colour', 'red'));
    expect(error.code).toBe('unknown_dimension');
    expect(error.details).toMatchObject({ received: '"colour"', allowed: expect.arrayContaining(['loyalty']) });
  });

  it('treats __proto__ and other object keys as plain data', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(is('loyalty', key)).toBe(false);
      expect(safeParse('loyalty', key).ok).toBe(false);
      // @ts-expect-error not a dimension
      expect(() => parse(key, 'x')).toThrowError(CrmTaxonomyError);
    }
  });

  it('safeParse never throws for any input value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = safeParse('value_tier', value);
        return result.ok ? ['ordinary', 'key', 'vip'].includes(result.value) : isCrmTaxonomyError(result.error);
      }),
    );
  });
});

describe('labels and locales', () => {
  it('looks labels up in the three locales, English by default', () => {
    expect(label('value_tier', 'vip')).toBe('VIP customer');
    expect(label('value_tier', 'vip', inLocale('zh-Hans'))).toBe('贵宾客户');
    expect(label('value_tier', 'vip', inLocale('zh-Hant'))).toBe('貴賓客戶');
  });

  it('falls back from regional tags', () => {
    expect(label('loyalty', 'new', inLocale('zh-TW'))).toBe(label('loyalty', 'new', inLocale('zh-Hant')));
    expect(label('loyalty', 'new', inLocale('zh-HK'))).toBe(label('loyalty', 'new', inLocale('zh-Hant')));
    expect(label('loyalty', 'new', inLocale('zh-CN'))).toBe(label('loyalty', 'new', inLocale('zh-Hans')));
    expect(label('loyalty', 'new', inLocale('zh'))).toBe(label('loyalty', 'new', inLocale('zh-Hans')));
    expect(label('loyalty', 'new', inLocale('zh-Hant-TW'))).toBe(label('loyalty', 'new', inLocale('zh-Hant')));
    expect(label('loyalty', 'new', 'en-GB')).toBe('New customer');
  });

  it('never throws for a locale: any tag negotiates, anything unusable is English', () => {
    expect(label('loyalty', 'new', 'fr')).toBe('New customer');
    expect(label('loyalty', 'new', inLocale('zh_CN'))).toBe('新客户');
    expect(label('loyalty', 'new', inLocale('zh'))).toBe('新客户');
    expect(label('loyalty', 'new', inLocale('zh-HK'))).toBe('新客戶');
    for (const bad of ['', 7, null, {}, 'x'.repeat(10_000), '__proto__', 'constructor']) {
      expect(label('loyalty', 'new', bad as string)).toBe('New customer');
    }
  });

  it('lists values with ranks for ordered dimensions only', () => {
    expect(list('loyalty', 'en').map((v) => [v.id, v.rank])).toEqual([
      ['potential', 0],
      ['new', 1],
      ['established', 2],
      ['loyal', 3],
    ]);
    expect(list('demeanor', 'en').every((v) => v.rank === undefined)).toBe(true);
    expect(description('status', 'lost', inLocale('zh-Hans')).length).toBeGreaterThan(0);
    expect(taxonomy.dimensionLabel('loyalty', inLocale('zh-Hans'))).toBe('客户忠诚度');
  });
});

describe('order', () => {
  it('ranks, compares, sorts and steps', () => {
    expect(rank('value_tier', 'ordinary')).toBe(0);
    expect(rank('value_tier', 'vip')).toBe(2);
    expect(compare('loyalty', 'loyal', 'new')).toBeGreaterThan(0);
    expect(compare('loyalty', 'new', 'new')).toBe(0);
    expect(taxonomy.sort('value_tier', ['key', 'vip', 'ordinary', 'vip'])).toEqual(['vip', 'vip', 'key', 'ordinary']);
    expect(taxonomy.sort('value_tier', ['key', 'vip', 'ordinary'], { direction: 'ascending' })).toEqual(['ordinary', 'key', 'vip']);
    expect(next('kotler_level', 'proactive')).toBe('partnership');
    expect(next('kotler_level', 'partnership')).toBeUndefined();
    expect(previous('kotler_level', 'basic')).toBeUndefined();
    expect(previous('patronage_level', 'devotee')).toBe('honored');
  });

  it('refuses order operations on unordered dimensions', () => {
    // @ts-expect-error demeanor is not ordered
    expect(thrown(() => rank('demeanor', 'confused')).code).toBe('not_ordered');
    // @ts-expect-error status is not ordered
    expect(thrown(() => next('status', 'lost')).code).toBe('not_ordered');
    expect(taxonomy.isOrdered('status')).toBe(false);
    expect(taxonomy.isOrdered('abc_class')).toBe(true);
  });

  it('sort is a permutation ordered by rank, whatever the input order', () => {
    const ids = taxonomy.ids('kotler_level');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids)), (values) => {
        const sorted = taxonomy.sort('kotler_level', values, { direction: 'ascending' });
        expect([...sorted].sort()).toEqual([...values].sort());
        for (let i = 1; i < sorted.length; i++) {
          expect(compare('kotler_level', sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        }
        expect(values).toEqual(values.slice()); // input untouched
      }),
    );
  });

  it('next and previous invert each other on every ordered dimension', () => {
    for (const dimension of BUILTIN_DIMENSIONS) {
      if (!dimension.ordered) continue;
      const t = createTaxonomy([dimension]);
      const ids = t.ids(dimension.id);
      ids.forEach((id, i) => {
        const up = (t.next as (d: string, v: string) => string | undefined)(dimension.id, id);
        expect(up).toBe(ids[i + 1]);
        if (up !== undefined) expect((t.previous as (d: string, v: string) => string | undefined)(dimension.id, up)).toBe(id);
      });
    }
  });
});

describe('extension', () => {
  const needs = defineDimension({
    id: 'needs',
    kind: 'classification',
    ordered: false,
    label: { en: 'Needs', 'zh-Hans': '需求类型', 'zh-Hant': '需求類型' },
    description: { en: 'Which products fit the customer', 'zh-Hans': '适合客户的产品', 'zh-Hant': '適合客戶的產品' },
    values: [
      { id: 'savings', label: { en: 'Savings', 'zh-Hans': '储蓄型客户', 'zh-Hant': '儲蓄型客戶' }, description: { en: 'Deposits' } },
      { id: 'wealth', label: { en: 'Wealth management', 'zh-Hans': '理财型客户', 'zh-Hant': '理財型客戶' }, description: { en: 'Investments' } },
      { id: 'credit_card', label: { en: 'Credit card', 'zh-Hans': '信用卡客户', 'zh-Hant': '信用卡客戶' }, description: { en: 'Cards' } },
    ],
  });
  const bank = taxonomy.extend({
    dimensions: [needs],
    values: {
      loyalty: [{ id: 'ambassador', label: { en: 'Ambassador', ja: 'アンバサダー' }, description: { en: 'Loyal and recruits others' } }],
      value_tier: [{ id: 'key_plus', label: { en: 'Key plus' }, description: { en: 'Between key and VIP' }, after: 'key' }],
    },
    locales: ['ja'],
    labels: { loyalty: { loyal: { en: 'Devoted customer', ja: '優良顧客' } } },
    descriptions: { status: { lost: { en: 'No purchase for a year' } } },
  });

  it('adds a dimension with typed values', () => {
    const need = bank.parse('needs', 'wealth');
    expect(need).toBe('wealth');
    expect(bank.label('needs', 'credit_card', inLocale('zh-Hant'))).toBe('信用卡客戶');
    expect(() => bank.parse('needs', 'loans')).toThrowError(/savings, wealth, credit_card/);
    // @ts-expect-error 'loans' is not a need
    expect(() => bank.label('needs', 'loans')).toThrowError(CrmTaxonomyError);
  });

  it('adds values, at the top or after a given value', () => {
    expect(bank.ids('loyalty')).toEqual(['potential', 'new', 'established', 'loyal', 'ambassador']);
    expect(bank.ids('value_tier')).toEqual(['ordinary', 'key', 'key_plus', 'vip']);
    expect(bank.next('loyalty', 'loyal')).toBe('ambassador');
    expect(bank.compare('value_tier', 'key_plus', 'key')).toBeGreaterThan(0);
  });

  it('adds a locale and overrides labels, falling back to English where a text is missing', () => {
    expect(bank.label('loyalty', 'loyal', 'ja')).toBe('優良顧客');
    expect(bank.label('loyalty', 'loyal')).toBe('Devoted customer');
    expect(bank.label('loyalty', 'loyal', inLocale('zh-Hans'))).toBe('忠诚客户');
    expect(bank.label('loyalty', 'ambassador', 'ja')).toBe('アンバサダー');
    expect(bank.label('loyalty', 'new', 'ja')).toBe('New customer');
    expect(bank.description('status', 'lost')).toBe('No purchase for a year');
    expect(taxonomy.label('loyalty', 'loyal', 'ja')).toBe('Loyal customer');
  });

  it('leaves the base taxonomy unchanged', () => {
    expect(taxonomy.ids('loyalty')).toEqual(['potential', 'new', 'established', 'loyal']);
    expect(taxonomy.label('loyalty', 'loyal')).toBe('Loyal customer');
    expect(taxonomy.hasDimension('needs')).toBe(false);
  });

  it('refuses extensions that name unknown things or clash', () => {
    // @ts-expect-error unknown dimension
    expect(thrown(() => taxonomy.extend({ values: { colour: [] } })).code).toBe('invalid_extension');
    expect(
      thrown(() => taxonomy.extend({ values: { loyalty: [{ id: 'x', label: { en: 'X' }, description: { en: 'X' }, after: 'nope' }] } })).code,
    ).toBe('invalid_extension');
    expect(thrown(() => taxonomy.extend({ dimensions: [taxonomy.dimension('loyalty')] })).code).toBe('invalid_extension');
    expect(thrown(() => taxonomy.extend({ locales: ['not a tag'] })).code).toBe('invalid_extension');
    const typo = { labels: { loyalty: { gold: { en: 'Gold' } } } };
    // @ts-expect-error 'gold' is not a loyalty value
    expect(thrown(() => taxonomy.extend(typo)).code).toBe('invalid_extension');
    expect(
      thrown(() => taxonomy.extend({ values: { loyalty: [{ id: 'loyal', label: { en: 'Dup' }, description: { en: 'Dup' } }] } })).code,
    ).toBe('invalid_extension');
    expect(
      thrown(() => taxonomy.extend({ values: { loyalty: [{ id: 'Not-Snake', label: { en: 'X' }, description: { en: 'X' } }] } })).code,
    ).toBe('invalid_extension');
  });

  it('refuses malformed definitions', () => {
    expect(thrown(() => createTaxonomy([needs, needs])).code).toBe('invalid_definition');
    expect(
      thrown(() => createTaxonomy([{ ...needs, id: 'Needs' }])).code,
    ).toBe('invalid_definition');
    expect(
      thrown(() => createTaxonomy([{ ...needs, values: [{ id: 'x', label: { en: '' }, description: { en: 'x' } }] }])).code,
    ).toBe('invalid_definition');
  });
});

describe('CrmTaxonomyError', () => {
  it('serialises to plain JSON', () => {
    const error = thrown(() => parse('abc_class', 'd'));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'CrmTaxonomyError',
      code: 'invalid_value',
      message: 'invalid_value at abc_class (dimension: abc_class; received: "d"; allowed: c, b, a)',
      path: ['abc_class'],
      details: { dimension: 'abc_class', received: '"d"', allowed: ['c', 'b', 'a'] },
    });
    expect(isCrmTaxonomyError(JSON.parse(JSON.stringify(error)), 'invalid_value')).toBe(true);
    expect(isCrmTaxonomyError(new Error('x'))).toBe(false);
  });
});
