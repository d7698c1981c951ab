import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoCurve, paretoFromAbc, rfmGridFromScores, rfmHeatmap, segmentBars, segmentSizesFromScores } from 'crm-taxonomy/charts';
import { isCrmTaxonomyError } from '../../src/errors/index.js';
import { fitAbcFromValues, fitRfm, RFM_SEGMENTS, rfmSegment, type SegmentMap } from '../../src/scoring/index.js';
import { cdnowAccessors, loadCdnow } from '../scoring/data.js';
import { count, elements, pathPoints, xmlProblems } from './xml.js';

interface Tx {
  id: string;
  day: number;
  amount: number;
}
const acc = { customerId: (t: Tx) => t.id, at: (t: Tx) => t.day * 86_400_000, amount: (t: Tx) => t.amount };
const txs = fc.array(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), day: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: -50, max: 900 }) }),
  { maxLength: 80 },
);

describe('rfmGridFromScores and segmentSizesFromScores on CDNOW', () => {
  const result = fitRfm(loadCdnow(), { asOf: '1998-07-01', accessors: cdnowAccessors });
  const cells = rfmGridFromScores(result);
  const sizes = segmentSizesFromScores(result);

  it('covers every customer and all the revenue', () => {
    expect(cells).toHaveLength(25);
    expect(cells.reduce((s, c) => s + c.count, 0)).toBe(23_570);
    expect(cells.reduce((s, c) => s + c.revenueShare, 0)).toBeCloseTo(1, 10);
    const total = result.customers.reduce((s, c) => s + c.monetary, 0);
    expect(cells.reduce((s, c) => s + (c.revenue ?? 0), 0)).toBeCloseTo(total, 0);
    expect(sizes.map((s) => s.id)).toEqual(RFM_SEGMENTS.segments.map((s) => s.id));
    expect(sizes.reduce((s, x) => s + x.count, 0)).toBe(23_570);
  });

  it('gives each cell its most common segment', () => {
    for (const cell of cells) {
      const inCell = result.customers.filter((c) => c.r === cell.r && c.f === cell.f);
      expect(cell.count).toBe(inCell.length);
      if (inCell.length === 0) {
        expect(cell.segment).toBeUndefined();
        continue;
      }
      const tally = new Map<string, number>();
      for (const c of inCell) tally.set(rfmSegment(c)!.id, (tally.get(rfmSegment(c)!.id) ?? 0) + 1);
      expect(tally.get(cell.segment!)).toBe(Math.max(...tally.values()));
    }
  });

  it('renders the real data', () => {
    const svg = rfmHeatmap(cells);
    expect(xmlProblems(svg)).toEqual([]);
    expect(count(svg, 'rect', 'cell')).toBe(25);
    expect(xmlProblems(segmentBars(sizes))).toEqual([]);
  });

  it('derives the Pareto curve and the A/B cuts from an ABC result', () => {
    const abc = fitAbcFromValues(result.customers.map((c) => ({ customerId: c.customerId, value: c.monetary })));
    const { points, cuts } = paretoFromAbc(abc, { maxPoints: 100 });
    expect(points.length).toBeLessThanOrEqual(102);
    expect(points.at(-1)).toEqual({ customers: 1, value: 1 });
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.customers).toBeGreaterThan(points[i - 1]!.customers);
      expect(points[i]!.value).toBeGreaterThanOrEqual(points[i - 1]!.value);
    }
    expect(cuts.map((c) => c.label)).toEqual(['A', 'B']);
    expect(cuts[0]!.customers).toBeCloseTo(abc.counts.a / 23_570, 12);
    expect(cuts[1]!.customers).toBeCloseTo((abc.counts.a + abc.counts.b) / 23_570, 12);
    expect(cuts[0]!.value).toBeGreaterThanOrEqual(0.8);
    const svg = paretoCurve(points, { cuts });
    expect(xmlProblems(svg)).toEqual([]);
    expect(count(svg, 'path', 'cut-line')).toBe(2);
  });
});

const thrown = (fn: () => unknown): { code: string; path: readonly (string | number)[] } | undefined => {
  try {
    fn();
  } catch (error) {
    if (isCrmTaxonomyError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  return undefined;
};

describe('from scoring results', () => {
  it('sums revenue exactly, whatever the order of the customers', () => {
    const customer = (customerId: string, monetary: number) => ({ customerId, recencyDays: 1, frequency: 1, monetary, r: 5, f: 5, m: 5 });
    const customers = [customer('a', 1e16), customer('b', 1), customer('c', -1e16), customer('d', 0.1), customer('e', 0.2)];
    const result = { model: { scores: 5, policy: { monetary: 'sum' } }, customers } as never;
    const reversed = { model: { scores: 5, policy: { monetary: 'sum' } }, customers: [...customers].reverse() } as never;
    expect(rfmGridFromScores(result)[4]).toMatchObject({ r: 5, f: 5, count: 5, revenue: 1.3, revenueShare: 1 });
    expect(rfmGridFromScores(reversed)).toEqual(rfmGridFromScores(result));
    expect(segmentSizesFromScores(result)[0]).toEqual({ id: 'champions', count: 5, revenue: 1.3 });
    const huge = { model: { scores: 5, policy: { monetary: 'sum' } }, customers: [customer('a', Number.MAX_VALUE), customer('b', Number.MAX_VALUE)] } as never;
    expect(thrown(() => rfmGridFromScores(huge))).toEqual({ code: 'not_computable', path: ['result', 'customers'] });
  });

  it('refuses a result that is not one, with the path of the fault', () => {
    expect(thrown(() => rfmGridFromScores(null as never))).toEqual({ code: 'invalid_argument', path: ['result'] });
    expect(thrown(() => rfmGridFromScores({ model: { scores: 5 }, customers: [{ r: 6, f: 1, m: 1, monetary: 1 }] } as never))).toEqual({ code: 'invalid_argument', path: ['result', 'customers', 0, 'r'] });
    expect(thrown(() => segmentSizesFromScores({ model: { scores: 5 }, customers: [{ r: 1, f: 1, m: 1, monetary: Number.NaN }] } as never))).toEqual({ code: 'invalid_argument', path: ['result', 'customers', 0, 'monetary'] });
    expect(thrown(() => paretoFromAbc({ customers: [{ cumulativeShare: 1, abcClass: '__proto__' }] } as never))).toEqual({ code: 'invalid_argument', path: ['result', 'customers', 0, 'abcClass'] });
  });

  it('uses spend per purchase × F as revenue under monetary: mean', () => {
    const rows = [
      { id: 'a', day: 1, amount: 100 },
      { id: 'a', day: 2, amount: 300 },
      { id: 'b', day: 90, amount: 600 },
    ];
    const mean = fitRfm(rows, { asOf: 100 * 86_400_000, accessors: acc, policy: { monetary: 'mean' } });
    const revenue = rfmGridFromScores(mean).reduce((s, c) => s + (c.revenue ?? 0), 0);
    expect(revenue).toBe(1000);
    expect(segmentSizesFromScores(mean).reduce((s, x) => s + x.revenue!, 0)).toBe(1000);
  });

  it('takes a host segment map on the result scale and refuses another scale', () => {
    const result = fitRfm([{ id: 'a', day: 1, amount: 5 }, { id: 'b', day: 2, amount: 9 }], { asOf: 10 * 86_400_000, scores: 2, accessors: acc });
    const map: SegmentMap = {
      scale: 2,
      segments: [{ id: 'good' }],
      rules: [{ segment: 'good', r: [2, 2], f: [1, 2], m: [1, 2] }],
    };
    const cells = rfmGridFromScores(result, { segments: map });
    expect(cells.map((c) => [c.r, c.f, c.count, c.segment])).toEqual([
      [2, 1, 1, 'good'],
      [2, 2, 0, undefined],
      [1, 1, 1, undefined],
      [1, 2, 0, undefined],
    ]);
    expect(segmentSizesFromScores(result, { segments: map })).toEqual([{ id: 'good', count: 1, revenue: 9 }]);
    expect(thrown(() => rfmGridFromScores(result))).toEqual({ code: 'invalid_argument', path: ['options', 'segments', 'scale'] });
    expect(thrown(() => segmentSizesFromScores(result, { segments: { ...map, rules: [{ segment: 'good', r: [2, 1], f: [1, 2], m: [1, 2] }] } }))).toMatchObject({ code: 'invalid_argument' });
  });

  it('handles an empty population', () => {
    const empty = fitRfm([], { asOf: 0, accessors: acc });
    expect(rfmGridFromScores(empty).every((c) => c.count === 0 && c.revenueShare === 0)).toBe(true);
    expect(paretoFromAbc(fitAbcFromValues([]))).toEqual({ points: [], cuts: [] });
    expect(thrown(() => paretoFromAbc(fitAbcFromValues([]), { maxPoints: 1 }))).toEqual({ code: 'invalid_argument', path: ['options', 'maxPoints'] });
    expect(thrown(() => paretoFromAbc(fitAbcFromValues([]), { labels: ['A'] as never }))).toEqual({ code: 'invalid_argument', path: ['options', 'labels'] });
  });

  it('property: grid and sizes account for every customer; Pareto points are monotone and keep the cuts', () => {
    fc.assert(
      fc.property(txs, fc.integer({ min: 2, max: 40 }), (rows, maxPoints) => {
        const result = fitRfm(rows, { asOf: 100 * 86_400_000, accessors: acc });
        const cells = rfmGridFromScores(result);
        expect(cells).toHaveLength(25);
        expect(cells.reduce((s, c) => s + c.count, 0)).toBe(result.customers.length);
        expect(segmentSizesFromScores(result).reduce((s, c) => s + c.count, 0)).toBe(result.customers.length);
        expect(xmlProblems(rfmHeatmap(cells))).toEqual([]);
        const abc = fitAbcFromValues(result.customers.map((c) => ({ customerId: c.customerId, value: c.monetary })));
        const { points, cuts } = paretoFromAbc(abc, { maxPoints });
        expect(points.length).toBeLessThanOrEqual(maxPoints + 2);
        for (let i = 1; i < points.length; i++) expect(points[i]!.value).toBeGreaterThanOrEqual(points[i - 1]!.value);
        for (const cut of cuts) expect(points).toContainEqual({ customers: cut.customers, value: cut.value });
        const svg = paretoCurve(points, { cuts });
        expect(xmlProblems(svg)).toEqual([]);
        const xy = pathPoints(elements(svg, 'path', 'curve')[0]!['d']!);
        for (let i = 1; i < xy.length; i++) {
          expect(xy[i]![0]).toBeGreaterThanOrEqual(xy[i - 1]![0]);
          expect(xy[i]![1]).toBeLessThanOrEqual(xy[i - 1]![1]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
