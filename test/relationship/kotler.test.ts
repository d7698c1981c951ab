import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KOTLER_TABLE, message, rank, recommendKotlerLevel } from '../../src/index.js';
import { kotlerLevel } from '../../src/taxonomy/dimensions/index.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const DEFAULT_KOTLER_CUT_POINTS = { fewCustomersBelow: 100, manyCustomersFrom: 10_000, lowMarginBelow: 0.15, highMarginFrom: 0.4 };
const level = (customers: number, unitMargin: number): string => recommendKotlerLevel({ customers, unitMargin }).level;

describe("Kotler's table", () => {
  it('has one cell per band pair, with levels of the kotler_level dimension', () => {
    const ids = kotlerLevel.values.map((v) => v.id as string);
    expect(new Set(KOTLER_TABLE.map((c) => `${c.customers}/${c.margin}`)).size).toBe(9);
    for (const cell of KOTLER_TABLE) expect(ids).toContain(cell.level);
  });

  it.each([
    [20_000, 0.5, 'accountable'],
    [20_000, 0.2, 'reactive'],
    [20_000, 0.05, 'basic'],
    [1_000, 0.5, 'proactive'],
    [1_000, 0.2, 'accountable'],
    [1_000, 0.05, 'reactive'],
    [10, 0.5, 'partnership'],
    [10, 0.2, 'proactive'],
    [10, 0.05, 'accountable'],
  ])('%i customers at margin %f → %s', (customers, margin, expected) => {
    expect(level(customers, margin)).toBe(expected);
  });

  it('returns both levels of the open cell, basic first', () => {
    const r = recommendKotlerLevel({ customers: 1e6, unitMargin: 0 });
    expect([r.level, r.alternative]).toEqual(['basic', 'reactive']);
    expect(r.reasons.at(-1)?.code).toBe('kotler_open_cell');
    expect(message(r.reasons.at(-1), inLocale('zh-Hans'))).toBe('表格此格并未确定：基本型或被动型；需要收集投诉或意见时选择被动型');
    expect(recommendKotlerLevel({ customers: 10, unitMargin: 0.5 }).alternative).toBeNull();
  });
});

describe('cut point boundaries (defaults)', () => {
  const { fewCustomersBelow: few, manyCustomersFrom: many, lowMarginBelow: low, highMarginFrom: high } = DEFAULT_KOTLER_CUT_POINTS;
  it('customers: few below 100, medium from 100, many from 10 000', () => {
    expect(recommendKotlerLevel({ customers: few - 1, unitMargin: 0.2 }).cell.customers).toBe('few');
    expect(recommendKotlerLevel({ customers: few, unitMargin: 0.2 }).cell.customers).toBe('medium');
    expect(recommendKotlerLevel({ customers: many - 1, unitMargin: 0.2 }).cell.customers).toBe('medium');
    expect(recommendKotlerLevel({ customers: many, unitMargin: 0.2 }).cell.customers).toBe('many');
    expect(recommendKotlerLevel({ customers: 0, unitMargin: 0.2 }).cell.customers).toBe('few');
  });
  it('margin: low below 0.15, medium from 0.15, high from 0.40', () => {
    expect(recommendKotlerLevel({ customers: 500, unitMargin: 0.1499 }).cell.margin).toBe('low');
    expect(recommendKotlerLevel({ customers: 500, unitMargin: low }).cell.margin).toBe('medium');
    expect(recommendKotlerLevel({ customers: 500, unitMargin: 0.3999 }).cell.margin).toBe('medium');
    expect(recommendKotlerLevel({ customers: 500, unitMargin: high }).cell.margin).toBe('high');
    expect(recommendKotlerLevel({ customers: 500, unitMargin: -2 }).cell.margin).toBe('low');
  });
  it('overridden cut points move the boundaries', () => {
    const cutPoints = { fewCustomersBelow: 5, manyCustomersFrom: 50, lowMarginBelow: 10, highMarginFrom: 100 };
    expect(recommendKotlerLevel({ customers: 4, unitMargin: 100 }, { cutPoints }).level).toBe('partnership');
    expect(recommendKotlerLevel({ customers: 5, unitMargin: 99 }, { cutPoints }).level).toBe('accountable');
    expect(recommendKotlerLevel({ customers: 50, unitMargin: 9 }, { cutPoints }).level).toBe('basic');
    const partial = recommendKotlerLevel({ customers: 200, unitMargin: 0.5 }, { cutPoints: { manyCustomersFrom: 200 } });
    expect(partial.cutPoints).toEqual({ ...DEFAULT_KOTLER_CUT_POINTS, manyCustomersFrom: 200 });
    expect(partial.level).toBe('accountable');
  });
});

describe('reasons', () => {
  it('explains the bands and the cell in three locales', () => {
    const r = recommendKotlerLevel({ customers: 20, unitMargin: 0.6 });
    expect(r.reasons.map((x) => x.code)).toEqual(['kotler_customers_band', 'kotler_margin_band', 'kotler_table_cell']);
    expect(message(r.reasons[0], 'en')).toBe('20 customers count as few customers (few below 100, many from 10,000)');
    expect(['en', 'zh-Hans', 'zh-Hant'].map((l) => message(r.reasons[2], inLocale(l)))).toEqual([
      "Kotler's table: few customers with a high margin call for the Partnership level",
      '科特勒表格：客户数量少、利润率高，适合伙伴型关系',
      '科特勒表格：客戶數量少、利潤率高，適合夥伴型關係',
    ]);
    expect(r.reasons[2]?.params).toEqual({ customers: 'few', margin: 'high', level: 'partnership' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('properties', () => {
  it('a higher margin never lowers the level; more customers never raise it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.nat({ max: 100_000 }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (c1, c2, m1, m2) => {
          const [cLo, cHi] = c1 <= c2 ? [c1, c2] : [c2, c1];
          const [mLo, mHi] = m1 <= m2 ? [m1, m2] : [m2, m1];
          const r = (c: number, m: number): number => rank('kotler_level', recommendKotlerLevel({ customers: c, unitMargin: m }).level);
          expect(r(cLo, mHi)).toBeGreaterThanOrEqual(r(cLo, mLo));
          expect(r(cLo, mLo)).toBeGreaterThanOrEqual(r(cHi, mLo));
        },
      ),
    );
  });
});

describe('validation at the boundary', () => {
  const ok = { customers: 10, unitMargin: 0.1 };
  it.each([
    [{ customers: -1, unitMargin: 0.1 }, undefined, ['input', 'customers']],
    [{ customers: 1.5, unitMargin: 0.1 }, undefined, ['input', 'customers']],
    [{ customers: '10', unitMargin: 0.1 }, undefined, ['input', 'customers']],
    [{ customers: 10, unitMargin: Number.NaN }, undefined, ['input', 'unitMargin']],
    [ok, 3, ['options']],
    [ok, { cutPoints: 3 }, ['options', 'cutPoints']],
    [ok, { cutPoints: { fewCustomers: 3 } }, ['options', 'cutPoints', 'fewCustomers']],
    [ok, { cutPoints: { lowMarginBelow: Infinity } }, ['options', 'cutPoints', 'lowMarginBelow']],
    [ok, { cutPoints: { fewCustomersBelow: 20_000 } }, ['options', 'cutPoints', 'manyCustomersFrom']],
    [ok, { cutPoints: { highMarginFrom: 0.1 } }, ['options', 'cutPoints', 'highMarginFrom']],
    [null, undefined, ['input']],
  ])('rejects %j, %j at %j', (input, options, path) => {
    const error = thrown(() => recommendKotlerLevel(input as never, options as never));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toEqual(path);
    expect(message(error, inLocale('zh-Hans'))).not.toMatch(/undefined|\[object|\{/);
  });
  it('ignores an undefined override', () => {
    expect(recommendKotlerLevel(ok, { cutPoints: { lowMarginBelow: undefined } as never }).cutPoints).toEqual(DEFAULT_KOTLER_CUT_POINTS);
  });
});

describe('recommendKotlerLevel reads counts as counts and the facts given', () => {
  const ok = { customers: 500, unitMargin: 0.2 };
  it('a negative customer cut point is refused (no count could reach its band)', () => {
    expect(thrown(() => recommendKotlerLevel(ok, { cutPoints: { fewCustomersBelow: -1 } }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'cutPoints', 'fewCustomersBelow'] });
    expect(thrown(() => recommendKotlerLevel(ok, { cutPoints: { fewCustomersBelow: -5, manyCustomersFrom: -1 } })).path).toEqual(['options', 'cutPoints', 'fewCustomersBelow']);
    // Margins may be negative (a loss-making line): only the counts are bounded.
    expect(recommendKotlerLevel({ customers: 500, unitMargin: -0.3 }, { cutPoints: { lowMarginBelow: -0.5, highMarginFrom: -0.2 } }).cell.margin).toBe('medium');
  });
  it('an inherited count or margin was never given', () => {
    expect(thrown(() => recommendKotlerLevel(Object.create(ok)))).toMatchObject({ code: 'invalid_argument', path: ['input', 'customers'] });
    expect(thrown(() => recommendKotlerLevel(Object.assign(Object.create({ unitMargin: 0.2 }), { customers: 5 })))).toMatchObject({ path: ['input', 'unitMargin'] });
  });
});
