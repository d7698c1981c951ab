import { CrmTaxonomyError, inputError, isRecord, optionsRecord, type ErrorPath } from '../errors/index.js';
import { growExpansion, roundExpansion } from '../records/index.js';
import { abcClass } from '../taxonomy/dimensions/abc-class.js';
import type { AbcResult } from '../scoring/abc.js';
import { RFM_SEGMENTS, rfmSegment, type SegmentMap } from '../scoring/segments.js';
import type { RfmResult } from '../scoring/types.js';
import type { SegmentSize } from './bars.js';
import type { RfmGridCell } from './heatmap.js';
import type { ParetoCut, ParetoPoint } from './pareto.js';

/** Options of {@link rfmGridFromScores} and {@link segmentSizesFromScores}: the segment map (the 11-segment map by default; its scale must equal the result's number of scores). */
export interface FromScoresOptions {
  readonly segments?: SegmentMap;
}

/** A customer of a scoring result as the charts read it, checked once. */
interface ScoredCustomer {
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly revenue: number;
}

/** The most scores per axis a result may have (the scoring module's limit). */
const MAX_SCORES = 100;

function integerAt(value: unknown, path: ErrorPath, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw inputError('invalid_argument', path, 'integer', value, { min, max });
  return value;
}

function finiteAt(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw inputError('invalid_argument', path, 'number', value);
  return value;
}

/**
 * Reads a scoring result (`fitRfm`) at the boundary: its scale, and every customer's scores and
 * revenue (net spend; spend per purchase × F under `monetary: 'mean'`). One pass.
 */
function readScored(result: unknown): { scale: number; customers: ScoredCustomer[] } {
  if (!isRecord(result)) throw inputError('invalid_argument', ['result'], 'object', result);
  const model = result.model;
  if (!isRecord(model)) throw inputError('invalid_argument', ['result', 'model'], 'object', model);
  const scale = integerAt(model.scores, ['result', 'model', 'scores'], 2, MAX_SCORES);
  const policy = model.policy;
  const mean = isRecord(policy) && policy.monetary === 'mean';
  const list = result.customers;
  if (!Array.isArray(list)) throw inputError('invalid_argument', ['result', 'customers'], 'array', list);
  const customers: ScoredCustomer[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const c: unknown = list[i];
    const path = ['result', 'customers', i];
    if (!isRecord(c)) throw inputError('invalid_argument', path, 'object', c);
    const r = integerAt(c.r, [...path, 'r'], 1, scale);
    const f = integerAt(c.f, [...path, 'f'], 1, scale);
    const m = integerAt(c.m, [...path, 'm'], 1, scale);
    const monetary = finiteAt(c.monetary, [...path, 'monetary']);
    const revenue = mean ? monetary * Math.max(1, finiteAt(c.frequency, [...path, 'frequency'])) : monetary;
    if (!Number.isFinite(revenue)) throw new CrmTaxonomyError('not_computable', { what: 'revenue', cause: 'overflow' }, { path: [...path, 'monetary'] });
    customers[i] = { r, f, m, revenue };
  }
  return { scale, customers };
}

/** The segment map of the options, checked against the result's scale; the segment of a customer, looked up once per (R, F, M). */
function segmentsOf(scale: number, options: FromScoresOptions): { map: SegmentMap; segmentOf: (c: ScoredCustomer) => string | undefined } {
  const map = (options.segments ?? RFM_SEGMENTS) as SegmentMap;
  if (!isRecord(map)) throw inputError('invalid_argument', ['options', 'segments'], 'object', map);
  if (map.scale !== scale) throw inputError('invalid_argument', ['options', 'segments', 'scale'], 'integer', map.scale, { min: scale, max: scale });
  rfmSegment({ r: 1, f: 1, m: 1 }, { segmentMap: map }); // checks a host's map once, at the boundary
  const known = new Map<number, string | undefined>();
  const segmentOf = (c: ScoredCustomer): string | undefined => {
    const key = (c.r * (scale + 1) + c.f) * (scale + 1) + c.m;
    if (known.has(key)) return known.get(key);
    const id = rfmSegment(c, { segmentMap: map })?.id;
    known.set(key, id);
    return id;
  };
  return { map, segmentOf };
}

/** The exact sum an expansion holds; `not_computable` when it overflowed. */
function sumOf(partials: readonly number[], overflowed: boolean): number {
  const sum = roundExpansion(partials);
  if (overflowed || !Number.isFinite(sum)) throw new CrmTaxonomyError('not_computable', { what: 'revenue', cause: 'overflow' }, { path: ['result', 'customers'] });
  return sum;
}

/**
 * The RFM grid of a scoring result (`fitRfm`): for every (R, F) pair of scores, the customers,
 * their revenue (summed exactly, whatever the order), its share of the total revenue (net spend;
 * spend per purchase × F under `monetary: 'mean'`) and their most common segment (ties: the
 * segment listed first in the map). Every cell of the scale × scale grid is returned, empty ones
 * with count 0, R descending then F ascending.
 *
 * @example
 * ```ts
 * import { fitRfm } from 'crm-taxonomy';
 * import { rfmGridFromScores } from 'crm-taxonomy/charts';
 *
 * const result = fitRfm(
 *   [
 *     { customerId: 'a', at: '2024-06-28', amount: 600 },
 *     { customerId: 'a', at: '2024-06-20', amount: 300 },
 *     { customerId: 'b', at: '2024-01-02', amount: 100 },
 *   ],
 *   { asOf: '2024-06-30', scores: 2 },
 * );
 * const cells = rfmGridFromScores(result, { segments: { scale: 2, segments: [{ id: 'best' }, { id: 'rest' }], rules: [{ segment: 'best', r: [2, 2], f: [2, 2], m: [1, 2] }, { segment: 'rest', r: [1, 2], f: [1, 2], m: [1, 2] }] } });
 * cells.length; //=> 4
 * cells[1]; //=> { r: 2, f: 2, count: 1, revenue: 900, revenueShare: 0.9, segment: 'best' }
 * cells[2]; //=> { r: 1, f: 1, count: 1, revenue: 100, revenueShare: 0.1, segment: 'rest' }
 * ```
 */
export function rfmGridFromScores(result: RfmResult, options?: FromScoresOptions): RfmGridCell[] {
  const o = optionsRecord(options, ['segments']);
  const { scale, customers } = readScored(result);
  const { map, segmentOf } = segmentsOf(scale, o);
  const order = new Map(map.segments.map((s, i) => [s.id, i]));
  const acc = new Map<number, { count: number; revenue: number[]; segments: Map<string, number> }>();
  const total: number[] = [];
  let overflowed = false;
  for (const c of customers) {
    const key = c.r * (scale + 1) + c.f;
    let cell = acc.get(key);
    if (cell === undefined) acc.set(key, (cell = { count: 0, revenue: [], segments: new Map() }));
    cell.count++;
    if (!Number.isFinite(growExpansion(cell.revenue, c.revenue)) || !Number.isFinite(growExpansion(total, c.revenue))) overflowed = true;
    const s = segmentOf(c);
    if (s !== undefined) cell.segments.set(s, (cell.segments.get(s) ?? 0) + 1);
  }
  const totalRevenue = sumOf(total, overflowed);
  const cells: RfmGridCell[] = [];
  for (let r = scale; r >= 1; r--) {
    for (let f = 1; f <= scale; f++) {
      const cell = acc.get(r * (scale + 1) + f);
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
      const revenue = sumOf(cell.revenue, false);
      const share = totalRevenue > 0 ? revenue / totalRevenue : 0;
      cells.push({ r, f, count: cell.count, revenue, revenueShare: share, ...(best === undefined ? {} : { segment: best }) });
    }
  }
  return cells;
}

/**
 * The size of every segment of a map in a scoring result: customers and revenue (summed exactly)
 * per segment, in the map's order (segments nobody is in included, with 0), ready for
 * `segmentBars`.
 *
 * @example
 * ```ts
 * import { fitRfm } from 'crm-taxonomy';
 * import { segmentSizesFromScores } from 'crm-taxonomy/charts';
 *
 * const result = fitRfm(
 *   [
 *     { customerId: 'a', at: '2024-06-28', amount: 600 }, { customerId: 'a', at: '2024-06-20', amount: 300 },
 *     { customerId: 'b', at: '2024-01-02', amount: 100 }, { customerId: 'c', at: '2024-03-02', amount: 250 },
 *     { customerId: 'd', at: '2024-06-25', amount: 50 }, { customerId: 'e', at: '2024-02-02', amount: 80 },
 *   ],
 *   { asOf: '2024-06-30', scores: 5 },
 * );
 * const sizes = segmentSizesFromScores(result);
 * sizes.length; //=> 11
 * sizes[0]; //=> { id: 'champions', count: 1, revenue: 900 }
 * sizes.filter((s) => s.count > 0).map((s) => s.id); //=> ['champions', 'new_customers', 'need_attention', 'hibernating']
 * sizes[9]; //=> { id: 'hibernating', count: 2, revenue: 180 }
 * ```
 */
export function segmentSizesFromScores(result: RfmResult, options?: FromScoresOptions): SegmentSize[] {
  const o = optionsRecord(options, ['segments']);
  const { scale, customers } = readScored(result);
  const { map, segmentOf } = segmentsOf(scale, o);
  const sizes = new Map(map.segments.map((s) => [s.id, { count: 0, revenue: [] as number[] }]));
  let overflowed = false;
  for (const c of customers) {
    const s = segmentOf(c);
    const entry = s === undefined ? undefined : sizes.get(s);
    if (entry === undefined) continue;
    entry.count++;
    if (!Number.isFinite(growExpansion(entry.revenue, c.revenue))) overflowed = true;
  }
  return [...sizes].map(([id, v]) => ({ id, count: v.count, revenue: sumOf(v.revenue, overflowed) }));
}

/** Options of {@link paretoFromAbc}: the most points to keep on the curve (default 200; class boundaries are always kept) and the labels of the A and B cuts. */
export interface ParetoFromAbcOptions {
  readonly maxPoints?: number;
  readonly labels?: readonly [string, string];
}

/** The most points a curve may ask for. */
const MAX_POINTS = 100_000;

/**
 * The Pareto curve of an ABC result (`fitAbc`, `fitAbcFromValues`): points (cumulative share of
 * customers, cumulative share of value), thinned to at most `maxPoints` (plus the class
 * boundaries), and the cuts where classes A and B end, ready for `paretoCurve`.
 *
 * @example
 * ```ts
 * import { fitAbcFromValues } from 'crm-taxonomy';
 * import { paretoFromAbc } from 'crm-taxonomy/charts';
 *
 * const abc = fitAbcFromValues([
 *   { customerId: 'x', value: 70 }, { customerId: 'y', value: 20 },
 *   { customerId: 'z', value: 10 }, { customerId: 'w', value: 0 },
 * ], { cuts: [0.7, 0.9] });
 * const { points, cuts } = paretoFromAbc(abc);
 * points; //=> [{ customers: 0.25, value: 0.7 }, { customers: 0.5, value: 0.9 }, { customers: 0.75, value: 1 }, { customers: 1, value: 1 }]
 * cuts; //=> [{ label: 'A', customers: 0.25, value: 0.7 }, { label: 'B', customers: 0.5, value: 0.9 }]
 * ```
 */
export function paretoFromAbc(result: AbcResult, options?: ParetoFromAbcOptions): { points: ParetoPoint[]; cuts: ParetoCut[] } {
  const o = optionsRecord(options, ['maxPoints', 'labels']);
  const maxPoints = o.maxPoints === undefined ? 200 : integerAt(o.maxPoints, ['options', 'maxPoints'], 2, MAX_POINTS);
  const labels: unknown = o.labels ?? ['A', 'B'];
  if (!Array.isArray(labels) || labels.length !== 2 || typeof labels[0] !== 'string' || typeof labels[1] !== 'string') {
    throw inputError('invalid_argument', ['options', 'labels'], 'array', labels, { min: 2, max: 2 });
  }
  const [labelA, labelB] = labels as [string, string];
  if (!isRecord(result)) throw inputError('invalid_argument', ['result'], 'object', result);
  const list = result.customers;
  if (!Array.isArray(list)) throw inputError('invalid_argument', ['result', 'customers'], 'array', list);
  // The classes from the taxonomy data, lowest first (c, b, a): a cut closes every class above the lowest.
  const classes: readonly string[] = abcClass.values.map((v) => v.id);
  const lowest = classes[0];
  const top = classes[classes.length - 1];
  const N = list.length;
  const shares: number[] = new Array(N);
  const ids: string[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const c: unknown = list[i];
    if (!isRecord(c)) throw inputError('invalid_argument', ['result', 'customers', i], 'object', c);
    shares[i] = finiteAt(c.cumulativeShare, ['result', 'customers', i, 'cumulativeShare']);
    if (typeof c.abcClass !== 'string' || !classes.includes(c.abcClass)) throw inputError('invalid_argument', ['result', 'customers', i, 'abcClass'], 'one_of', c.abcClass, { allowed: classes });
    ids[i] = c.abcClass;
  }
  const points: ParetoPoint[] = [];
  const cuts: ParetoCut[] = [];
  const stride = Math.max(1, Math.ceil(N / maxPoints));
  for (let i = 0; i < N; i++) {
    const boundary = i + 1 < N && ids[i + 1] !== ids[i];
    const point = { customers: (i + 1) / N, value: shares[i]! };
    if (boundary && ids[i] !== lowest) cuts.push({ label: ids[i] === top ? labelA : labelB, ...point });
    if (boundary || (i + 1) % stride === 0 || i === N - 1) points.push(point);
  }
  return { points, cuts };
}
