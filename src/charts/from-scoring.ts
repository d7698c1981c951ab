import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { abcClass } from '../taxonomy/dimensions/abc-class.js';
import type { AbcResult } from '../scoring/abc.js';
import { RFM_SEGMENTS, rfmSegment, type SegmentMap } from '../scoring/segments.js';
import type { RfmResult } from '../scoring/types.js';
import type { SegmentSize } from './bars.js';
import type { RfmGridCell } from './heatmap.js';
import type { ParetoCut, ParetoPoint } from './pareto.js';

/**
 * Options of {@link rfmGridFromScores} and {@link segmentSizesFromScores}: the segment map (the
 * 11-segment map by default; its scale must equal the result's number of scores).
 *
 * @example
 * ```ts
 * import type { FromScoresOptions } from 'crm-taxonomy/charts';
 *
 * const options: FromScoresOptions = {};
 * options.segments; //=> undefined
 * ```
 */
export interface FromScoresOptions {
  readonly segments?: SegmentMap;
}

type Scored = Pick<RfmResult, 'model' | 'customers'>;

function revenueOf(result: Scored): (c: Scored['customers'][number]) => number {
  // Under `monetary: 'mean'` the monetary value is spend per purchase: revenue is that times F.
  return result.model.policy.monetary === 'mean' ? (c) => c.monetary * Math.max(1, c.frequency) : (c) => c.monetary;
}

function segmentsOf(result: Scored, options: FromScoresOptions): (c: Scored['customers'][number]) => string | undefined {
  const map = options.segments ?? (RFM_SEGMENTS as SegmentMap);
  if (map.scale !== result.model.scores) {
    throw legacyError('invalid_argument', `the segment map is written for ${map.scale} scores but the result has ${describeValue(result.model.scores)}`, { path: ['options', 'segments'] });
  }
  return (c) => rfmSegment(c, map)?.id;
}

/**
 * The RFM grid of a scoring result (`fitRfm`): for every (R, F) pair of scores, the customers,
 * their revenue, its share of the total revenue (net spend; spend per purchase × F under
 * `monetary: 'mean'`) and the segment most of them are in (ties: the segment listed first in the
 * map). Every cell of the scale × scale grid is returned, empty ones with count 0, R descending
 * then F ascending.
 *
 * @example
 * ```ts
 * import { rfmGridFromScores } from 'crm-taxonomy/charts';
 *
 * const result = {
 *   model: { scores: 5, policy: { monetary: 'sum' } },
 *   customers: [
 *     { customerId: 'a', recencyDays: 2, frequency: 9, monetary: 600, r: 5, f: 5, m: 5 },
 *     { customerId: 'b', recencyDays: 300, frequency: 1, monetary: 400, r: 1, f: 1, m: 1 },
 *   ],
 * } as const;
 * const cells = rfmGridFromScores(result as never);
 * cells.length; //=> 25
 * cells[4]; //=> { r: 5, f: 5, count: 1, revenue: 600, revenueShare: 0.6, segment: 'champions' }
 * cells[20]; //=> { r: 1, f: 1, count: 1, segment: 'lost' }
 * ```
 */
export function rfmGridFromScores(result: RfmResult, options: FromScoresOptions = {}): RfmGridCell[] {
  const scale = result.model.scores;
  const segmentOf = segmentsOf(result, options);
  const revenue = revenueOf(result);
  const map = options.segments ?? (RFM_SEGMENTS as SegmentMap);
  const order = new Map(map.segments.map((s, i) => [s.id, i]));
  const acc = new Map<string, { count: number; revenue: number; segments: Map<string, number> }>();
  let total = 0;
  for (const c of result.customers) {
    const key = `${c.r},${c.f}`;
    let cell = acc.get(key);
    if (cell === undefined) acc.set(key, (cell = { count: 0, revenue: 0, segments: new Map() }));
    const v = revenue(c);
    cell.count++;
    cell.revenue += v;
    total += v;
    const s = segmentOf(c);
    if (s !== undefined) cell.segments.set(s, (cell.segments.get(s) ?? 0) + 1);
  }
  const cells: RfmGridCell[] = [];
  for (let r = scale; r >= 1; r--) {
    for (let f = 1; f <= scale; f++) {
      const cell = acc.get(`${r},${f}`);
      if (cell === undefined) {
        cells.push({ r, f, count: 0, revenue: 0, revenueShare: 0 });
        continue;
      }
      let best: string | undefined;
      let bestCount = -1;
      for (const [id, n] of cell.segments) {
        if (n > bestCount || (n === bestCount && (order.get(id) ?? Infinity) < (order.get(best!) ?? Infinity))) {
          best = id;
          bestCount = n;
        }
      }
      const share = total > 0 ? cell.revenue / total : 0;
      cells.push({ r, f, count: cell.count, revenue: cell.revenue, revenueShare: share, ...(best === undefined ? {} : { segment: best }) });
    }
  }
  return cells;
}

/**
 * The size of every segment of a map in a scoring result: customers and revenue per segment, in
 * the map's order (segments nobody is in included, with 0), ready for {@link segmentBars}.
 *
 * @example
 * ```ts
 * import { segmentSizesFromScores } from 'crm-taxonomy/charts';
 *
 * const result = {
 *   model: { scores: 5, policy: { monetary: 'sum' } },
 *   customers: [
 *     { customerId: 'a', recencyDays: 2, frequency: 9, monetary: 600, r: 5, f: 5, m: 5 },
 *     { customerId: 'b', recencyDays: 300, frequency: 1, monetary: 400, r: 1, f: 1, m: 1 },
 *   ],
 * } as const;
 * const sizes = segmentSizesFromScores(result as never);
 * sizes.length; //=> 11
 * sizes[0]; //=> { id: 'champions', count: 1, revenue: 600 }
 * sizes[10]; //=> { id: 'lost', count: 1, revenue: 400 }
 * ```
 */
export function segmentSizesFromScores(result: RfmResult, options: FromScoresOptions = {}): SegmentSize[] {
  const segmentOf = segmentsOf(result, options);
  const revenue = revenueOf(result);
  const map = options.segments ?? (RFM_SEGMENTS as SegmentMap);
  const sizes = new Map(map.segments.map((s) => [s.id, { count: 0, revenue: 0 }]));
  for (const c of result.customers) {
    const s = segmentOf(c);
    const entry = s === undefined ? undefined : sizes.get(s);
    if (entry === undefined) continue;
    entry.count++;
    entry.revenue += revenue(c);
  }
  return [...sizes].map(([id, v]) => ({ id, count: v.count, revenue: v.revenue }));
}

/**
 * Options of {@link paretoFromAbc}: the most points to keep on the curve (default 200; class
 * boundaries are always kept) and the labels of the A and B cuts.
 *
 * @example
 * ```ts
 * import type { ParetoFromAbcOptions } from 'crm-taxonomy/charts';
 *
 * const options: ParetoFromAbcOptions = { maxPoints: 50 };
 * options.maxPoints; //=> 50
 * ```
 */
export interface ParetoFromAbcOptions {
  readonly maxPoints?: number;
  readonly labels?: readonly [string, string];
}

/**
 * The Pareto curve of an ABC result (`abcClasses`, `classifyAbc`): points
 * (cumulative share of customers, cumulative share of value), thinned to at most `maxPoints`
 * (plus the class boundaries), and the cuts where classes A and B end, ready for
 * {@link paretoCurve}.
 *
 * @example
 * ```ts
 * import { paretoFromAbc } from 'crm-taxonomy/charts';
 *
 * const abc = {
 *   customers: [
 *     { customerId: 'x', cumulativeShare: 0.7, abcClass: 'a' }, { customerId: 'y', cumulativeShare: 0.9, abcClass: 'b' },
 *     { customerId: 'z', cumulativeShare: 1, abcClass: 'c' }, { customerId: 'w', cumulativeShare: 1, abcClass: 'c' },
 *   ],
 * };
 * const { points, cuts } = paretoFromAbc(abc as never);
 * points; //=> [{ customers: 0.25, value: 0.7 }, { customers: 0.5, value: 0.9 }, { customers: 0.75, value: 1 }, { customers: 1, value: 1 }]
 * cuts; //=> [{ label: 'A', customers: 0.25, value: 0.7 }, { label: 'B', customers: 0.5, value: 0.9 }]
 * ```
 */
export function paretoFromAbc(result: AbcResult, options: ParetoFromAbcOptions = {}): { points: ParetoPoint[]; cuts: ParetoCut[] } {
  const maxPoints = options.maxPoints ?? 200;
  if (!Number.isInteger(maxPoints) || maxPoints < 2) {
    throw legacyError('invalid_argument', `maxPoints must be an integer ≥ 2, received ${describeValue(maxPoints)}`, { path: ['options', 'maxPoints'] });
  }
  const [labelA, labelB] = options.labels ?? ['A', 'B'];
  const list = result.customers;
  const N = list.length;
  const points: ParetoPoint[] = [];
  const cuts: ParetoCut[] = [];
  const stride = Math.max(1, Math.ceil(N / maxPoints));
  // The classes from the taxonomy data, lowest first (c, b, a): a cut closes every class above the lowest.
  const classes = abcClass.values.map((v) => v.id);
  const lowest = classes[0];
  const top = classes[classes.length - 1];
  for (let i = 0; i < N; i++) {
    const c = list[i]!;
    const next = list[i + 1];
    const boundary = next !== undefined && next.abcClass !== c.abcClass;
    const point = { customers: (i + 1) / N, value: c.cumulativeShare };
    if (boundary && c.abcClass !== lowest) cuts.push({ label: c.abcClass === top ? labelA : labelB, ...point });
    if (boundary || (i + 1) % stride === 0 || i === N - 1) points.push(point);
  }
  return { points, cuts };
}
