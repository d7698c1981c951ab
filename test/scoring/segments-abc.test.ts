import { describe, expect, it } from 'vitest';
import { message } from '../../src/messages/message.js';
import {
  ABC_TO_VALUE_TIER,
  EIGHT_CLASS_SEGMENTS,
  RFM_SEGMENTS,
  eightClass,
  fitAbc,
  fitAbcFromValues,
  fitRfm,
  rfmSegment,
  type SegmentMap,
} from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';
import { loadRetail, retailAccessors } from './data.js';
import { CHINESE, inLocale } from '../support/locales.js';

const throwsCode = (fn: () => unknown, code: string) => expect(thrown(fn).code).toBe(code);

describe('the 11-segment map', () => {
  it('has 11 segments with a label and an action in three locales, and no text in the data', () => {
    expect(RFM_SEGMENTS.segments.map((s) => s.id)).toEqual([
      'champions', 'loyal_customers', 'potential_loyalists', 'new_customers', 'promising', 'need_attention',
      'about_to_sleep', 'at_risk', 'cant_lose_them', 'hibernating', 'lost',
    ]);
    for (const s of RFM_SEGMENTS.segments) {
      expect(Object.keys(s).every((k) => k === 'id' || k === 'domain')).toBe(true);
      for (const text of ['label', 'action']) {
        const key = `segment.${s.id}.${text}`;
        const english = message({ code: key });
        expect(english).not.toBe(key);
        // A missing Chinese text would fall back to English: each locale has its own.
        for (const locale of ['zh-Hans', 'zh-Hant']) {
          expect(CHINESE[locale]?.[key], `${locale} ${key}`).toBeTypeOf('string');
          expect(message({ code: key }, inLocale(locale))).not.toBe(english);
        }
      }
    }
    expect(message({ code: 'segment.champions.label' }, inLocale('zh-TW'))).toBe('冠軍客戶');
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

  it('is frozen', () => {
    expect(Object.isFrozen(RFM_SEGMENTS) && Object.isFrozen(RFM_SEGMENTS.rules[0]!.r) && Object.isFrozen(EIGHT_CLASS_SEGMENTS[0]!.high)).toBe(true);
    expect(() => {
      (RFM_SEGMENTS.rules as unknown as { segment: string }[])[0]!.segment = 'lost';
    }).toThrow(TypeError);
    expect(rfmSegment({ r: 5, f: 5, m: 5 })?.id).toBe('champions');
  });

  it('takes a host map, refuses scores off its scale and a broken map', () => {
    const map: SegmentMap<'top' | 'rest'> = {
      scale: 3,
      segments: [{ id: 'top' }, { id: 'rest' }],
      rules: [{ segment: 'top', r: [3, 3], f: [3, 3], m: [3, 3] }],
    };
    expect(rfmSegment({ r: 3, f: 3, m: 3 }, { segmentMap: map })?.id).toBe('top');
    expect(rfmSegment({ r: 1, f: 3, m: 3 }, { segmentMap: map })).toBeUndefined();
    expect(thrown(() => rfmSegment({ r: 4, f: 1, m: 1 }, { segmentMap: map }))).toMatchObject({ code: 'invalid_argument', path: ['scores', 'r'] });
    throwsCode(() => rfmSegment({ r: 0, f: 1, m: 1 }), 'invalid_argument');
    expect(thrown(() => rfmSegment({ r: 1, f: 1, m: 1 }, { segmentMap: { ...map, rules: [{ segment: 'top', r: [3, 1], f: [1, 1], m: [1, 1] }] } })).path).toEqual(['options', 'segmentMap', 'rules', 0, 'r', 1]);
    // The same object edited between calls is checked again.
    const editable = structuredClone(map) as { scale: number };
    expect(rfmSegment({ r: 3, f: 3, m: 3 }, { segmentMap: editable as never })?.id).toBe('top');
    editable.scale = 1;
    throwsCode(() => rfmSegment({ r: 1, f: 1, m: 1 }, { segmentMap: editable as never }), 'invalid_argument');
  });
});

describe('the eight-class scheme', () => {
  it('covers the 8 combinations of high and low, with texts in three locales', () => {
    expect(EIGHT_CLASS_SEGMENTS.map((c) => message({ code: `segment.${c.id}.label` }, inLocale('zh-Hans')))).toEqual([
      '重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户',
    ]);
    expect(new Set(EIGHT_CLASS_SEGMENTS.map((c) => `${c.high.r}${c.high.f}${c.high.m}`)).size).toBe(8);
    expect(message({ code: `segment.${EIGHT_CLASS_SEGMENTS[3]!.id}.label` }, inLocale('zh-Hant'))).toBe('重要挽留客戶');
  });

  it('compares with the model’s mean or median', () => {
    const tx = [
      { customerId: 'a', at: '2024-06-25', amount: 1000 },
      { customerId: 'a', at: '2024-06-01', amount: 1000 },
      { customerId: 'b', at: '2024-01-01', amount: 10 },
      { customerId: 'c', at: '2024-03-01', amount: 20 },
    ];
    const { model, customers } = fitRfm(tx, { asOf: '2024-06-30' });
    expect(customers.map((c) => eightClass(c, model).id)).toEqual(['important_value', 'general_win_back', 'general_win_back']);
    // Median recency is c's; c is not strictly below it, so c stays low on R.
    expect(eightClass(customers[2]!, model, { center: 'median' }).id).toBe('general_win_back');
    throwsCode(() => eightClass(customers[0]!, model, { center: 'mode' as never }), 'invalid_policy');
    throwsCode(() => eightClass({ recencyDays: Number.NaN, frequency: 1, monetary: 1 }, model), 'invalid_argument');
    throwsCode(() => eightClass(customers[0]!, { recency: 1, frequency: Number.POSITIVE_INFINITY, monetary: 1 }), 'invalid_argument');
    throwsCode(() => eightClass(customers[0]!, { ...model, population: -1 }), 'invalid_model');
  });
});

describe('ABC / Pareto', () => {
  it('keeps tie groups together and caps A', () => {
    const values = [
      { customerId: 'a', value: 100 }, { customerId: 'b', value: 100 }, { customerId: 'c', value: 100 },
      { customerId: 'd', value: 50 }, { customerId: 'e', value: 0 },
    ];
    expect(fitAbcFromValues(values).customers.map((c) => c.abcClass)).toEqual(['a', 'a', 'a', 'b', 'c']);
    expect(fitAbcFromValues(values, { maxA: 2 }).customers.map((c) => c.abcClass)).toEqual(['b', 'b', 'b', 'b', 'c']);
    expect(fitAbcFromValues(values, { by: 'customers', cuts: [0.05, 0.2] }).customers.map((c) => c.abcClass)).toEqual(['a', 'a', 'a', 'c', 'c']);
    expect(fitAbcFromValues(values).customers.map((c) => c.rank)).toEqual([1, 1, 1, 4, 5]);
    expect(fitAbcFromValues([...values].reverse())).toEqual(fitAbcFromValues(values));
  });

  it('handles empty input, all-negative values and bad options', () => {
    expect(fitAbcFromValues([])).toEqual({ customers: [], counts: { a: 0, b: 0, c: 0 }, totalPositiveValue: 0 });
    const neg = fitAbcFromValues([{ customerId: 1, value: -5 }, { customerId: 2, value: -1 }]);
    expect(neg.customers.map((c) => [c.customerId, c.abcClass, c.negative])).toEqual([[2, 'c', true], [1, 'c', true]]);
    throwsCode(() => fitAbcFromValues([], { cuts: [0.9, 0.5] }), 'invalid_policy');
    throwsCode(() => fitAbcFromValues([], { by: 'profit' as never }), 'invalid_policy');
    throwsCode(() => fitAbcFromValues([], { maxA: -1 }), 'invalid_policy');
    expect(thrown(() => fitAbcFromValues([{ customerId: 1, value: Number.NaN }]))).toMatchObject({ code: 'invalid_record', path: ['values', 0, 'value'] });
    expect(thrown(() => fitAbcFromValues([{ customerId: 1, value: 1 }, { customerId: 1, value: 2 }]))).toMatchObject({ code: 'invalid_argument', path: ['values', 1, 'customerId'] });
    expect(thrown(() => fitAbcFromValues([null as never]))).toMatchObject({ code: 'invalid_record', path: ['values', 0] });
    expect(thrown(() => fitAbc([], { value: 'profit', accessors: { customerId: () => 1, at: () => 0, amount: () => 1 } }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'accessors', 'profit'] });
  });

  it('maps classes to value tiers (frozen)', () => {
    expect(ABC_TO_VALUE_TIER).toEqual({ a: 'vip', b: 'key', c: 'ordinary' });
    expect(Object.isFrozen(ABC_TO_VALUE_TIER)).toBe(true);
  });

  it('fitAbc equals fitAbcFromValues on the customers’ net revenue, streams included', async () => {
    const rows = [
      { customerId: 'x', at: '2024-01-01', amount: 500, profit: 50 },
      { customerId: 'y', at: '2024-01-02', amount: 300, profit: 90 },
      { customerId: 'x', at: '2024-01-03', amount: -100, profit: -10 },
      { customerId: 'z', at: '2024-01-04', amount: 0 },
    ];
    const revenue = fitAbc(rows);
    expect(revenue).toEqual(fitAbcFromValues([{ customerId: 'x', value: 400 }, { customerId: 'y', value: 300 }, { customerId: 'z', value: 0 }]));
    async function* stream() {
      yield* rows.slice(0, 3);
    }
    expect((await fitAbc(stream(), { value: 'profit' })).customers.map((c) => [c.customerId, c.value])).toEqual([['y', 90], ['x', 40]]);
    expect(thrown(() => fitAbc(rows, { value: 'profit' }))).toMatchObject({ code: 'invalid_record', path: ['transactions', 3, 'profit'] });
  });
});

describe('Online Retail sample: missing ids and cancellations', () => {
  const rows = loadRetail();
  const asOf = '2011-12-10';

  it('refuses rows without a customer id unless told to skip them', () => {
    expect(thrown(() => fitRfm(rows, { asOf, accessors: retailAccessors })).code).toBe('missing_customer_id');
    const { customers } = fitRfm(rows, { asOf, accessors: retailAccessors, onMissingCustomerId: 'skip' });
    expect(customers.length).toBe(new Set(rows.filter((r) => r.customerId !== null).map((r) => r.customerId)).size);
  });

  it('keeps cancellations as refunds, or ignores them', () => {
    const kept = fitRfm(rows, { asOf, accessors: retailAccessors, onMissingCustomerId: 'skip', policy: { sameDay: 'once' } });
    const ignored = fitRfm(rows, { asOf, accessors: retailAccessors, onMissingCustomerId: 'skip', policy: { sameDay: 'once', refunds: 'ignore' } });
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
    const abc = fitAbc(rows, { accessors: retailAccessors, onMissingCustomerId: 'skip' });
    expect(abc.customers.filter((c) => c.negative).every((c) => c.abcClass === 'c')).toBe(true);
    expect(abc.counts.a + abc.counts.b + abc.counts.c).toBe(kept.customers.length);
  });
});

describe('rfmSegment and the scale of the scores', () => {
  it('refuses scores of another scale when the scale comes along, and a segment map passed where the options go', () => {
    const { customers, model } = fitRfm([{ customerId: 'a', at: '2024-06-01', amount: 10 }], { asOf: '2024-06-30', scores: 3 });
    expect(thrown(() => rfmSegment(customers[0]!, { scale: model.scores }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'scale'], details: { min: 5, max: 5 } });
    expect(rfmSegment({ r: 5, f: 5, m: 5 }, { scale: 5 })?.id).toBe('champions');
    expect(thrown(() => rfmSegment({ r: 1, f: 1, m: 1 }, RFM_SEGMENTS as never))).toMatchObject({ code: 'invalid_argument', path: ['options', 'segments'] });
    const three = { scale: 3, segments: [{ id: 'top' }], rules: [{ segment: 'top', r: [1, 3], f: [1, 3], m: [1, 3] }] };
    expect(thrown(() => rfmSegment({ r: 1, f: 1, m: 1 }, three as never))).toMatchObject({ code: 'invalid_argument', path: ['options', 'segments'] });
    expect(rfmSegment(customers[0]!, { segmentMap: three as never, scale: model.scores })?.id).toBe('top');
  });
});
