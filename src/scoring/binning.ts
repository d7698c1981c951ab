/**
 * Scores of one metric over a population, the way SQL computes them but without sorting what
 * needn't be sorted (docs/scoring.md, docs/performance.md):
 *
 * - the population's values are put in order once — by a counting pass when they are integers in
 *   a small range (days, purchase counts, often cents), else by one native sort of a copy;
 * - the `n − 1` thresholds are read at the bucket boundaries;
 * - each customer gets its score from its value alone: a table lookup (counting) or `n − 1`
 *   comparisons (sort);
 * - only under `'ntile'`, and only for a value whose customers straddle a bucket boundary, are
 *   customers told apart by id: they are met in id order (the values come in id order), and the
 *   j-th of them takes the j-th position of the value's run.
 *
 * Values are "goodness" inside: `0 − v` when lower is better (recency), `v` otherwise, so the
 * worst value comes first.
 */
import { exactSum } from '../records/index.js';
import type { BinningMethod, MetricBins, MetricDirection } from './types.js';

/** One metric scored: scores 1..n per customer (same order as the values), the model's bins, the median and mean of the raw values. @internal */
export interface MetricFit {
  readonly scores: Uint8Array;
  readonly bins: MetricBins;
  readonly median: number;
  readonly mean: number;
}

/** NTILE(n)'s bucket (1-based) of 0-based position `p` among `N`. */
function bucketOf(p: number, N: number, n: number): number {
  const q = Math.floor(N / n);
  const big = (N % n) * (q + 1);
  return p < big ? Math.floor(p / (q + 1)) + 1 : (N % n) + Math.floor((p - big) / q) + 1;
}

/** The positions (0-based, worst first) of the last customer of each of the first n − 1 buckets. */
function boundaryPositions(N: number, n: number, method: BinningMethod): number[] {
  const out: number[] = [];
  if (method === 'quantile') {
    for (let k = 1; k < n; k++) out.push(Math.ceil((k * N) / n) - 1);
  } else {
    const q = Math.floor(N / n);
    const r = N % n;
    for (let k = 1; k < n; k++) out.push(Math.min(N - 1, (k <= r ? k * (q + 1) : r * (q + 1) + (k - r) * q) - 1));
  }
  return out;
}

/** The ordered population: values at positions, and where a value's run starts and ends. */
interface Ordered {
  /** Goodness at 0-based position p (worst first): one of the positions asked for. */
  at(p: number): number;
  /** [first, end) positions of the customers whose goodness is g. */
  run(g: number): readonly [number, number];
}

/** Sorts a[lo..hi) (small ranges) by insertion. */
function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * Moves the values at the given positions (ascending) to where a sort would put them, without
 * sorting the rest: a quickselect for several positions at once, partitioning three ways (runs
 * of equal values, common here, are settled in one step). A range that needs more than
 * 2·log2(N) + 8 partitions is sorted natively instead, so the worst case stays N log N.
 */
function selectInPlace(a: Float64Array, positions: readonly number[]): void {
  const limit = 2 * Math.ceil(Math.log2(a.length + 1)) + 8;
  const stack: number[] = [0, a.length, 0, positions.length, 0];
  while (stack.length > 0) {
    const depth = stack.pop()!;
    const pTo = stack.pop()!;
    const pFrom = stack.pop()!;
    const hi = stack.pop()!;
    const lo = stack.pop()!;
    if (pFrom >= pTo || hi - lo <= 1) continue;
    if (hi - lo <= 24) {
      insertionSort(a, lo, hi);
      continue;
    }
    if (depth > limit) {
      a.subarray(lo, hi).sort();
      continue;
    }
    // Median of three as the pivot.
    const x = a[lo]!;
    const y = a[(lo + hi) >>> 1]!;
    const z = a[hi - 1]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    // [lo, lt) < pivot, [lt, i) = pivot, [gt, hi) > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i < gt) {
      const v = a[i]!;
      if (v < pivot) {
        a[i++] = a[lt]!;
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[--gt]!;
        a[gt] = v;
      } else i++;
    }
    let left = pFrom;
    while (left < pTo && positions[left]! < lt) left++;
    let right = left;
    while (right < pTo && positions[right]! < gt) right++;
    stack.push(lo, lt, pFrom, left, depth + 1, gt, hi, right, pTo, depth + 1);
  }
}

/** The order of goodness values at the positions asked for, by selection; runs by a counting pass. */
function selectedOrder(values: Float64Array, lower: boolean, positions: readonly number[]): Ordered {
  const N = values.length;
  const a = new Float64Array(N);
  if (lower) for (let i = 0; i < N; i++) a[i] = 0 - values[i]!;
  else a.set(values);
  const wanted = [...new Set(positions)].sort((x, y) => x - y);
  selectInPlace(a, wanted);
  return {
    at: (p) => a[p]!,
    run: (g) => {
      let below = 0;
      let equal = 0;
      for (let i = 0; i < N; i++) {
        const v = values[i]!;
        const x = lower ? 0 - v : v;
        if (x < g) below++;
        else if (x === g) equal++;
      }
      return [below, below + equal];
    },
  };
}

/** Counts of integer values in [min, max]: the order without a sort. */
interface Histogram extends Ordered {
  readonly min: number;
  /** Customers per raw value − min. */
  readonly counts: Int32Array;
  readonly lower: boolean;
}

function histogramOrder(values: Float64Array, lower: boolean, min: number, max: number): Histogram {
  const R = max - min + 1;
  const counts = new Int32Array(R);
  for (let i = 0; i < values.length; i++) counts[values[i]! - min]!++;
  // first[u]: the position where raw value min + u starts, in goodness order; the distinct values
  // in goodness order with the position each starts at.
  const first = new Int32Array(R);
  const distinct: number[] = [];
  const starts: number[] = [];
  let p = 0;
  for (let step = 0; step < R; step++) {
    const u = lower ? R - 1 - step : step;
    const c = counts[u]!;
    first[u] = p;
    if (c === 0) continue;
    distinct.push(lower ? 0 - (min + u) : min + u);
    starts.push(p);
    p += c;
  }
  const at = (q: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= q) lo = mid;
      else hi = mid - 1;
    }
    return distinct[lo]!;
  };
  return {
    min,
    counts,
    lower,
    at,
    run: (g) => {
      const u = (lower ? 0 - g : g) - min;
      return [first[u]!, first[u]! + counts[u]!];
    },
  };
}

/** Min and max of the values, and whether all are integers. */
function range(values: Float64Array): { min: number; max: number; integral: boolean } {
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integral && Math.floor(v) !== v) integral = false;
  }
  return { min, max, integral };
}

/** The mean of the values, exactly rounded (and so independent of their order). */
function meanOf(values: Float64Array): number {
  const N = values.length;
  if (N === 0) return 0;
  let s = 0;
  let exact = true;
  for (let i = 0; i < N; i++) {
    const v = values[i]!;
    const t = s + v;
    if ((Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s) !== 0) {
      exact = false;
      break;
    }
    s = t;
  }
  const total = exact ? s : exactSum(values);
  const mean = total / N;
  return mean === 0 ? 0 : mean;
}

function medianOf(order: Ordered, N: number, lower: boolean): number {
  if (N === 0) return 0;
  const g = N % 2 === 1 ? order.at((N - 1) / 2) : (order.at(N / 2 - 1) + order.at(N / 2)) / 2;
  const v = lower ? 0 - g : g;
  return v === 0 ? 0 : v;
}

function binsOf<D extends MetricDirection>(scores: Uint8Array, n: number, direction: D, thresholds: readonly number[]): MetricBins<D> {
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < scores.length; i++) counts[scores[i]! - 1]!++;
  const unusedScores: number[] = [];
  for (let s = 0; s < n; s++) if (counts[s] === 0) unusedScores.push(s + 1);
  let collapsed = false;
  for (let k = 1; k < thresholds.length; k++) if (thresholds[k] === thresholds[k - 1]) collapsed = true;
  return { direction, thresholds, counts, unusedScores, collapsed };
}

/** score[i] = 1 + #{k : g_i > t_k}: the lowest bucket holding the value, by comparisons. */
function scoreByComparisons(values: Float64Array, lower: boolean, t: Float64Array, scores: Uint8Array): void {
  const m = t.length;
  const N = values.length;
  if (m <= 16) {
    for (let i = 0; i < N; i++) {
      const v = values[i]!;
      const g = lower ? 0 - v : v;
      let s = 1;
      for (let k = 0; k < m && g > t[k]!; k++) s++;
      scores[i] = s;
    }
    return;
  }
  for (let i = 0; i < N; i++) {
    const v = values[i]!;
    const g = lower ? 0 - v : v;
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (g > t[mid]!) lo = mid + 1;
      else hi = mid;
    }
    scores[i] = lo + 1;
  }
}

/** score[i] = table[v_i − min]: the lowest bucket holding the value, by lookup. */
function scoreByTable(values: Float64Array, min: number, table: Uint8Array, scores: Uint8Array): void {
  for (let i = 0; i < values.length; i++) scores[i] = table[values[i]! - min]!;
}

/**
 * The ntile tie-break: customers whose value straddles a bucket boundary (score 0 so far), met in
 * id order, take the positions of their value's run one after another.
 */
function breakTies(values: Float64Array, lower: boolean, scores: Uint8Array, runs: readonly (readonly [number, number, number])[], N: number, n: number): void {
  const next = runs.map((r) => r[1]);
  for (let i = 0; i < values.length; i++) {
    if (scores[i] !== 0) continue;
    const v = values[i]!;
    const g = lower ? 0 - v : v;
    let j = 0;
    while (runs[j]![0] !== g) j++;
    scores[i] = bucketOf(next[j]!++, N, n);
  }
}

/**
 * Scores one metric of a population whose values come in id order (so `'ntile'` breaks ties by
 * id). `fixed` holds the thresholds of `'thresholds'`, worst to best; `integral` says the values
 * are known to be integers (days, counts).
 * @internal
 */
export function fitMetric<D extends MetricDirection>(
  values: Float64Array,
  direction: D,
  n: number,
  method: BinningMethod,
  fixed: readonly number[] | undefined,
): MetricFit & { readonly bins: MetricBins<D> } {
  const N = values.length;
  const lower = direction === 'lower_is_better';
  const scores = new Uint8Array(N);
  const mean = meanOf(values);
  if (N === 0) {
    const thresholds = method === 'thresholds' ? [...(fixed ?? [])] : [];
    return { scores, bins: binsOf(scores, n, direction, thresholds), median: 0, mean };
  }
  const { min, max, integral } = range(values);
  const useCounts = integral && max - min < 2 * N + 65_536;
  const boundaries = method === 'thresholds' ? [] : boundaryPositions(N, n, method);
  // The positions read: the median's, each boundary's last customer and (ntile) the next one.
  const positions = N % 2 === 1 ? [(N - 1) / 2] : [N / 2 - 1, N / 2];
  for (const p of boundaries) positions.push(p, Math.min(N - 1, p + 1));
  const order: Ordered = useCounts ? histogramOrder(values, lower, min, max) : selectedOrder(values, lower, positions);
  const median = medianOf(order, N, lower);
  const raw = (g: number): number => {
    const v = lower ? 0 - g : g;
    return v === 0 ? 0 : v;
  };
  if (method === 'thresholds') {
    const t = Float64Array.from(fixed ?? [], (x) => (lower ? 0 - x : x));
    scoreByComparisons(values, lower, t, scores);
    return { scores, bins: binsOf(scores, n, direction, [...(fixed ?? [])]), median, mean };
  }
  const t = Float64Array.from(boundaries, (p) => order.at(p));
  // Runs that straddle a boundary (ntile only): their customers are told apart by id.
  const runs: [number, number, number][] = [];
  if (method === 'ntile') {
    for (let k = 0; k < t.length; k++) {
      const g = t[k]!;
      const next = boundaries[k]! + 1;
      if (next >= N || order.at(next) !== g || (runs.length > 0 && runs[runs.length - 1]![0] === g)) continue;
      const [first, end] = order.run(g);
      runs.push([g, first, end]);
    }
  }
  if (useCounts) {
    const h = order as Histogram;
    const table = new Uint8Array(h.counts.length);
    let k = 0;
    const visit = (u: number): void => {
      if (h.counts[u] === 0) return;
      const g = lower ? 0 - (h.min + u) : h.min + u;
      while (k < t.length && g > t[k]!) k++;
      table[u] = k + 1;
    };
    if (lower) for (let u = h.counts.length - 1; u >= 0; u--) visit(u);
    else for (let u = 0; u < h.counts.length; u++) visit(u);
    for (const [g] of runs) table[(lower ? 0 - g : g) - h.min] = 0;
    scoreByTable(values, h.min, table, scores);
  } else {
    scoreByComparisons(values, lower, t, scores);
    if (runs.length > 0) {
      // Mark the straddling customers (score 0) for the tie-break.
      for (let i = 0; i < N; i++) {
        const s = scores[i]!;
        if (s > t.length) continue;
        const v = values[i]!;
        const g = lower ? 0 - v : v;
        if (g === t[s - 1]) for (const r of runs) if (r[0] === g) scores[i] = 0;
      }
    }
  }
  if (runs.length > 0) breakTies(values, lower, scores, runs, N, n);
  return { scores, bins: binsOf(scores, n, direction, Array.from(t, raw)), median, mean };
}

/** The score of one value under stored bins: 1 + the number of thresholds it is strictly better than. @internal */
export function applyBins(bins: MetricBins, value: number): number {
  const lower = bins.direction === 'lower_is_better';
  let s = 1;
  for (const t of bins.thresholds) if (lower ? value < t : value > t) s++;
  return s;
}
