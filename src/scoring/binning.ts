/**
 * Scores of one metric over a population, the way SQL computes them but without sorting what
 * needn't be sorted (docs/scoring.md, docs/performance.md):
 *
 * - the few order statistics needed — the value at each bucket boundary, the one after it, the
 *   median — are put in place by a selection (a quickselect for several positions at once), not
 *   a sort;
 * - each customer gets its score from its value alone, by `n − 1` comparisons with the thresholds;
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
 * Partitions a[lo..hi) three ways around `pivot`: `[lo, lt) < pivot`, `[lt, gt) = pivot`,
 * `[gt, hi) > pivot`, with `lt` and `gt` kept in `bounds`. A function of its own, of typed arrays
 * and numbers only, whose loop is its last statement (see `plainLoop` in columns.ts): the hot
 * loop of the selection is then optimized once and stays so from call to call.
 */
function partition3(a: Float64Array, lo: number, hi: number, pivot: number, bounds: Int32Array): void {
  let lt = lo;
  let i = lo;
  let gt = hi;
  bounds[0] = lt;
  bounds[1] = gt;
  while (i < gt) {
    const v = a[i]!;
    if (v < pivot) {
      a[i++] = a[lt]!;
      a[lt++] = v;
      bounds[0] = lt;
    } else if (v > pivot) {
      a[i] = a[--gt]!;
      a[gt] = v;
      bounds[1] = gt;
    } else i++;
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
  const bounds = new Int32Array(2);
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
    partition3(a, lo, hi, x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y, bounds);
    const lt = bounds[0]!;
    const gt = bounds[1]!;
    let left = pFrom;
    while (left < pTo && positions[left]! < lt) left++;
    let right = left;
    while (right < pTo && positions[right]! < gt) right++;
    stack.push(lo, lt, pFrom, left, depth + 1, gt, hi, right, pTo, depth + 1);
  }
}

/** The population in order: goodness at a position, and how many customers are strictly worse than each of some values (ascending). */
interface Order {
  at(p: number): number;
  below(gs: Float64Array): Int32Array;
}

/**
 * The order of goodness values by selection: only the positions asked for (ascending) are read.
 * Selects in `scratch` when it has room (memory the caller no longer reads), else in a new array.
 */
function selectedOrder(values: Float64Array, lower: boolean, positions: readonly number[], scratch: Float64Array | undefined): Order {
  const N = values.length;
  const a = scratch !== undefined && scratch.length >= N ? scratch.subarray(0, N) : new Float64Array(N);
  goodnessInto(values, lower, a);
  selectInPlace(a, positions);
  return {
    at: (p) => a[p]!,
    below: (gs) => {
      const count = new Int32Array(gs.length);
      countBelow(a, gs, count);
      return count;
    },
  };
}

/** `out[i]` = the goodness of `values[i]`: `0 − v` when lower is better, `v` otherwise. */
function goodnessInto(values: Float64Array, lower: boolean, out: Float64Array): void {
  const N = values.length;
  if (lower) for (let i = 0; i < N; i++) out[i] = 0 - values[i]!;
  else out.set(values);
}

/** One pass for every value: `count[r]` is the number of values of `a` below `gs[r]` (ascending). */
function countBelow(a: Float64Array, gs: Float64Array, count: Int32Array): void {
  const N = a.length;
  const R = gs.length;
  for (let i = 0; i < N; i++) {
    const x = a[i]!;
    for (let r = R - 1; r >= 0 && x < gs[r]!; r--) count[r]!++;
  }
}

/**
 * The order of integer values in a small range (days, purchase counts) by a counting pass:
 * `start[u]` is where the u-th value in goodness order starts.
 */
function countedOrder(values: Float64Array, lower: boolean, min: number, max: number): Order {
  const R = max - min + 1;
  const start = new Int32Array(R + 1);
  const slot = (v: number): number => (lower ? max - v : v - min);
  countSlots(values, lower, min, max, start);
  for (let u = 0; u < R; u++) start[u + 1]! += start[u]!;
  return {
    at: (p) => {
      let lo = 0;
      let hi = R - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (start[mid]! <= p) lo = mid;
        else hi = mid - 1;
      }
      return lower ? 0 - (max - lo) : min + lo;
    },
    below: (gs) => Int32Array.from(gs, (g) => start[slot(lower ? 0 - g : g)]!),
  };
}

/** `start[u + 1]` += the number of values in slot u ({@link countedOrder}). */
function countSlots(values: Float64Array, lower: boolean, min: number, max: number, start: Int32Array): void {
  const N = values.length;
  if (lower) for (let i = 0; i < N; i++) start[max - values[i]! + 1]!++;
  else for (let i = 0; i < N; i++) start[values[i]! - min + 1]!++;
}

/** The range of the values, whether all are integers, and their sum while every addition is exact. */
interface Scan {
  min: number;
  max: number;
  integral: boolean;
  /** The plain sum, exact when `exact`. */
  sum: number;
  exact: boolean;
}

/** One pass over the values for {@link Scan}. */
function scanValues(values: Float64Array): Scan {
  const N = values.length;
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  let sum = 0;
  let exact = true;
  for (let i = 0; i < N; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (v !== Math.floor(v)) integral = false;
    const t = sum + v;
    if (!(t - sum === v && t - v === sum)) exact = false;
    sum = t;
  }
  return { min, max, integral, sum, exact };
}

/**
 * Each customer's score from its goodness (values in id order) by comparisons with the thresholds
 * `t` (worst to best); a customer equal to a threshold whose run straddles a boundary (`runOf[k]`
 * ≥ 0) takes the next position of its run (`next`), in id order. Counts the customers per score.
 */
function scoreLoop(values: Float64Array, lower: boolean, t: Float64Array, runOf: Int32Array, next: Int32Array, n: number, scores: Uint8Array, counts: Int32Array): void {
  const N = values.length;
  const m = t.length;
  for (let i = 0; i < N; i++) {
    const v = values[i]!;
    const g = lower ? 0 - v : v;
    let k = 0;
    while (k < m && g > t[k]!) k++;
    const r = k < m && g === t[k] ? runOf[k]! : -1;
    const score = r < 0 ? k + 1 : bucketOf(next[r]!++, N, n);
    scores[i] = score;
    counts[score - 1]!++;
  }
}

function binsOf<D extends MetricDirection>(counts: number[], n: number, direction: D, thresholds: readonly number[]): MetricBins<D> {
  const unusedScores: number[] = [];
  for (let s = 0; s < n; s++) if (counts[s] === 0) unusedScores.push(s + 1);
  let collapsed = false;
  for (let k = 1; k < thresholds.length; k++) if (thresholds[k] === thresholds[k - 1]) collapsed = true;
  return { direction, thresholds, counts, unusedScores, collapsed };
}

/**
 * Scores one metric of a population whose values come in id order (so `'ntile'` breaks ties by
 * id). `fixed` holds the thresholds of `'thresholds'`, worst to best. `scratch`, when given, is
 * memory the caller lends for the order (overwritten; it must not overlap `values`).
 * @internal
 */
export function fitMetric<D extends MetricDirection>(
  values: Float64Array,
  direction: D,
  n: number,
  method: BinningMethod,
  fixed: readonly number[] | undefined,
  scratch?: Float64Array,
): MetricFit & { readonly bins: MetricBins<D> } {
  const N = values.length;
  const lower = direction === 'lower_is_better';
  const scores = new Uint8Array(N);
  const raw = (g: number): number => (lower ? 0 - g : g) || 0;
  if (N === 0) return { scores, bins: binsOf(new Array<number>(n).fill(0), n, direction, method === 'thresholds' ? [...fixed!] : []), median: 0, mean: 0 };
  // The order statistics read: the median's positions, each boundary's last customer and the next.
  const boundaries = method === 'thresholds' ? [] : boundaryPositions(N, n, method);
  const half = N >>> 1;
  const positions = N % 2 === 1 ? [half] : [half - 1, half];
  for (const p of boundaries) positions.push(p, Math.min(N - 1, p + 1));
  const { min, max, integral, sum, exact } = scanValues(values);
  // The mean, exactly rounded (so independent of the order of the values).
  const mean = (exact ? sum : exactSum(values)) / N || 0;
  const order = integral && max - min < 2 * N + 65_536 ? countedOrder(values, lower, min, max) : selectedOrder(values, lower, [...new Set(positions)].sort((x, y) => x - y), scratch);
  const median = raw(N % 2 === 1 ? order.at(half) : (order.at(half - 1) + order.at(half)) / 2);
  const t = method === 'thresholds' ? Float64Array.from(fixed!, (x) => (lower ? 0 - x : x)) : Float64Array.from(boundaries, (p) => order.at(p));
  const m = t.length;
  // Runs of equal values across a bucket boundary (ntile only): `runOf[k]` is the run at threshold
  // k, where its customers' next position is kept.
  const runOf = new Int32Array(m).fill(-1);
  const runs: number[] = [];
  if (method === 'ntile') {
    for (let k = 0; k < m; k++) {
      const p = boundaries[k]! + 1;
      if (p < N && order.at(p) === t[k] && (k === 0 || t[k - 1] !== t[k])) {
        runOf[k] = runs.length;
        runs.push(t[k]!);
      }
    }
  }
  // Each run starts after the customers strictly worse than its value.
  const next = runs.length === 0 ? new Int32Array(0) : order.below(Float64Array.from(runs));
  const counts = new Int32Array(n);
  scoreLoop(values, lower, t, runOf, next, n, scores, counts);
  return { scores, bins: binsOf(Array.from(counts), n, direction, method === 'thresholds' ? [...fixed!] : Array.from(t, raw)), median, mean };
}

/** The score of one value under stored bins: 1 + the number of thresholds it is strictly better than. @internal */
export function applyBins(bins: MetricBins, value: number): number {
  const lower = bins.direction === 'lower_is_better';
  let s = 1;
  for (const t of bins.thresholds) if (lower ? value < t : value > t) s++;
  return s;
}
