import { describe, expect, it } from 'vitest';
import {
  ABC_TO_VALUE_TIER,
  EIGHT_CLASS_SEGMENTS,
  RFM_SEGMENTS,
  abcClasses,
  classifyAbc,
  eightClass,
  fitRfm,
  rfmSegment,
  type SegmentMap,
} from '../../src/scoring/index.js';
import { isCrmTaxonomyError } from '../../src/errors.js';
import { loadRetail, retailAccessors } from './data.js';

const throwsCode = (fn: () => unknown, code: string) => {
  try {
    fn();
  } catch (e) {
    expect(isCrmTaxonomyError(e, code as never)).toBe(true);
    return;
  }
  throw new Error('expected an error');
};

describe('the 11-segment map', () => {
  it('has 11 segments with labels and actions in three locales', () => {
    expect(RFM_SEGMENTS.segments.map((s) => s.id)).toEqual([
      'champions', 'loyal_customers', 'potential_loyalists', 'new_customers', 'promising', 'need_attention',
      'about_to_sleep', 'at_risk', 'cant_lose_them', 'hibernating', 'lost',
    ]);
    for (const s of RFM_SEGMENTS.segments) {
      for (const text of [s.label, s.action]) for (const l of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(text[l]).toMatch(/\S/);
    }
  });

  it('is total on 1..5 and every segment occurs', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) {
      const s = rfmSegment({ r, f, m });
      expect(s).toBeDefined();
      seen.add(s!.id);
    }
    expect(seen.size).toBe(11);
    expect(rfmSegment({ r: 5, f: 1, m: 1 })?.id).toBe('new_customers');
    expect(rfmSegment({ r: 1, f: 1, m: 1 })?.domain).toEqual({ status: 'lost' });
  });

  it('takes a host map and refuses scores off its scale', () => {
    const map: SegmentMap<'top' | 'rest'> = {
      scale: 3,
      segments: [
        { id: 'top', label: { en: 'Top', 'zh-Hans': '顶级', 'zh-Hant': '頂級' }, action: { en: 'Keep', 'zh-Hans': '保持', 'zh-Hant': '保持' } },
        { id: 'rest', label: { en: 'Rest', 'zh-Hans': '其他', 'zh-Hant': '其他' }, action: { en: '-', 'zh-Hans': '-', 'zh-Hant': '-' } },
      ],
      rules: [{ segment: 'top', r: [3, 3], f: [3, 3], m: [3, 3] }],
    };
    expect(rfmSegment({ r: 3, f: 3, m: 3 }, map)?.id).toBe('top');
    expect(rfmSegment({ r: 1, f: 3, m: 3 }, map)).toBeUndefined();
    throwsCode(() => rfmSegment({ r: 4, f: 1, m: 1 }, map), 'invalid_argument');
    throwsCode(() => rfmSegment({ r: 0, f: 1, m: 1 }), 'invalid_argument');
  });
});

describe('the eight-class scheme', () => {
  it('covers the 8 combinations of high and low with three locales', () => {
    expect(EIGHT_CLASS_SEGMENTS.map((c) => c.label['zh-Hans'])).toEqual([
      '重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户',
    ]);
    expect(new Set(EIGHT_CLASS_SEGMENTS.map((c) => `${c.high.r}${c.high.f}${c.high.m}`)).size).toBe(8);
    expect(EIGHT_CLASS_SEGMENTS[3]!.label['zh-Hant']).toBe('重要挽留客戶');
  });

  it('compares with the model’s mean or median', () => {
    const tx = [
      { id: 'a', at: '2024-06-25', amount: 1000 },
      { id: 'a', at: '2024-06-01', amount: 1000 },
      { id: 'b', at: '2024-01-01', amount: 10 },
      { id: 'c', at: '2024-03-01', amount: 20 },
    ];
    const { model, customers } = fitRfm(tx, { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-06-30' });
    expect(customers.map((c) => eightClass(c, model).id)).toEqual(['important_value', 'general_win_back', 'general_win_back']);
    // Median recency is c's; c is not strictly below it, so c stays low on R.
    expect(eightClass(customers[2]!, model, { center: 'median' }).id).toBe('general_win_back');
    throwsCode(() => eightClass(customers[0]!, model, { center: 'mode' as never }), 'invalid_policy');
  });
});

describe('ABC / Pareto', () => {
  it('keeps tie groups together and caps A', () => {
    const values = [
      { customerId: 'a', value: 100 }, { customerId: 'b', value: 100 }, { customerId: 'c', value: 100 },
      { customerId: 'd', value: 50 }, { customerId: 'e', value: 0 },
    ];
    expect(abcClasses(values).customers.map((c) => c.abcClass)).toEqual(['a', 'a', 'a', 'b', 'c']);
    expect(abcClasses(values, { maxA: 2 }).customers.map((c) => c.abcClass)).toEqual(['b', 'b', 'b', 'b', 'c']);
    expect(abcClasses(values, { by: 'customers', cuts: [0.05, 0.2] }).customers.map((c) => c.abcClass)).toEqual(['a', 'a', 'a', 'c', 'c']);
    expect(abcClasses(values).customers.map((c) => c.rank)).toEqual([1, 1, 1, 4, 5]);
  });

  it('handles empty input, all-negative values and bad options', () => {
    expect(abcClasses([])).toEqual({ customers: [], counts: { a: 0, b: 0, c: 0 }, totalPositiveValue: 0 });
    const neg = abcClasses([{ customerId: 1, value: -5 }, { customerId: 2, value: -1 }]);
    expect(neg.customers.map((c) => [c.customerId, c.abcClass, c.negative])).toEqual([[2, 'c', true], [1, 'c', true]]);
    throwsCode(() => abcClasses([], { cuts: [0.9, 0.5] }), 'invalid_policy');
    throwsCode(() => abcClasses([], { by: 'profit' as never }), 'invalid_policy');
    throwsCode(() => abcClasses([{ customerId: 1, value: Number.NaN }]), 'non_finite_amount');
    throwsCode(() => classifyAbc([], { customerId: () => 1, at: () => 0, amount: () => 1 }, { value: 'profit' }), 'invalid_argument');
  });

  it('maps classes to value tiers', () => {
    expect(ABC_TO_VALUE_TIER).toEqual({ a: 'vip', b: 'key', c: 'ordinary' });
  });
});

describe('Online Retail sample: missing ids and cancellations', () => {
  const rows = loadRetail();
  const asOf = '2011-12-10';

  it('refuses rows without a customer id unless told to skip them', () => {
    try {
      fitRfm(rows, retailAccessors, { asOf });
      throw new Error('expected an error');
    } catch (e) {
      expect(isCrmTaxonomyError(e, 'missing_customer_id')).toBe(true);
    }
    const { customers } = fitRfm(rows, retailAccessors, { asOf, onMissingCustomerId: 'skip' });
    expect(customers.length).toBe(new Set(rows.filter((r) => r.customerId !== null).map((r) => r.customerId)).size);
  });

  it('keeps cancellations as refunds, or ignores them', () => {
    const kept = fitRfm(rows, retailAccessors, { asOf, onMissingCustomerId: 'skip', sameDay: 'once' });
    const ignored = fitRfm(rows, retailAccessors, { asOf, onMissingCustomerId: 'skip', sameDay: 'once', refunds: 'ignore' });
    const cancelled = new Set(rows.filter((r) => r.quantity < 0 && r.customerId !== null).map((r) => r.customerId));
    expect(cancelled.size).toBeGreaterThan(100);
    const byId = new Map(ignored.customers.map((c) => [c.customerId, c]));
    let lower = 0;
    for (const c of kept.customers) {
      const other = byId.get(c.customerId);
      if (other === undefined) {
        // Only cancellations: scored with frequency 0 when refunds are kept.
        expect(c.frequency).toBe(0);
        expect(c.monetary).toBeLessThan(0);
        continue;
      }
      expect(c.frequency).toBe(other.frequency);
      if (c.monetary < other.monetary) lower++;
    }
    expect(lower).toBeGreaterThan(100);
    expect(kept.customers.some((c) => c.monetary < 0)).toBe(true);
    const abc = classifyAbc(rows, retailAccessors, { onMissingCustomerId: 'skip' });
    expect(abc.customers.filter((c) => c.negative).every((c) => c.abcClass === 'c')).toBe(true);
    expect(abc.counts.a + abc.counts.b + abc.counts.c).toBe(kept.customers.length);
  });
});
