import type { BinningMethod, MetricBins, MetricDirection } from './types.js';

/** Number of entries of a sorted array strictly less than `x`. @internal */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Goodness: larger is better. `0 - v` avoids −0. @internal */
export function goodness(v: number, direction: MetricDirection): number {
  return direction === 'lower_is_better' ? 0 - v : v;
}

/** Result of binning one metric. @internal */
export interface MetricFit {
  readonly scores: Uint8Array;
  readonly bins: MetricBins;
  /** Median of the raw values (0 for an empty population). */
  readonly median: number;
}

/**
 * Customer-id order of a population, for `'ntile'`: `rank[i]` is customer i's position in id
 * order, `order[p]` the customer at position p. `undefined` when customers are already in id order
 * (rank and order are the identity), as in {@link fitRfmColumns}.
 * @internal
 */
export type IdRanks = { readonly rank: Uint32Array; readonly order: Uint32Array } | undefined;

function summarize(scores: Uint8Array, n: number, direction: MetricDirection, gThresholds: readonly number[]): MetricBins {
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < scores.length; i++) counts[scores[i]! - 1]!++;
  const unusedScores: number[] = [];
  for (let s = 0; s < n; s++) if (counts[s] === 0) unusedScores.push(s + 1);
  let collapsed = false;
  for (let k = 1; k < gThresholds.length; k++) if (gThresholds[k] === gThresholds[k - 1]) collapsed = true;
  return { direction, thresholds: gThresholds.map((g) => goodness(g, direction)), counts, unusedScores, collapsed };
}

/** Median of the raw values from the goodness value at sorted position p (ascending). */
function medianOf(N: number, at: (p: number) => number, direction: MetricDirection): number {
  if (N === 0) return 0;
  const v = N % 2 === 1 ? at((N - 1) / 2) : (at(N / 2 - 1) + at(N / 2)) / 2;
  return direction === 'lower_is_better' ? 0 - v : v;
}

/**
 * Scores one metric of a population (docs/scoring.md). Only `'ntile'` uses the id order `ids`.
 * `scratch`, when given, is a Float64Array of at least `values.length` entries the fit may
 * overwrite (several metrics can share one).
 * @internal
 */
export function fitMetric(
  values: Float64Array,
  direction: MetricDirection,
  n: number,
  method: BinningMethod,
  fixed: readonly number[] | undefined,
  ids: () => IdRanks,
  scratch?: Float64Array,
): MetricFit {
  const N = values.length;
  const scores = new Uint8Array(N);
  const goodnessValues = (): Float64Array => (direction === 'lower_is_better' ? negated(values) : values);
  if (method === 'thresholds') {
    const g = goodnessValues();
    const gt = (fixed ?? []).map((t) => goodness(t, direction));
    scoreByThresholds(g, gt, scores);
    const sorted = g.slice().sort();
    return { scores, bins: summarize(scores, n, direction, gt), median: medianOf(N, (p) => sorted[p]!, direction) };
  }
  if (N === 0) {
    const bins = { direction, thresholds: [], counts: new Array<number>(n).fill(0), unusedScores: Array.from({ length: n }, (_, i) => i + 1), collapsed: false };
    return { scores, bins, median: 0 };
  }
  const gt: number[] = [];
  if (method === 'quantile') {
    // One sort, then bucket boundaries: score = 1 + #{k : g > t_k}, t_k = sorted[⌈kN/n⌉ − 1].
    const g = goodnessValues();
    const sorted = g.slice().sort();
    for (let k = 1; k < n; k++) gt.push(sorted[Math.ceil((k * N) / n) - 1]!);
    scoreByThresholds(g, gt, scores);
    return { scores, bins: summarize(scores, n, direction, gt), median: medianOf(N, (p) => sorted[p]!, direction) };
  }
  // NTILE(n) OVER (ORDER BY goodness, customer id): one numeric sort of keys packing the value's
  // order and the id rank. Integer values (days, counts, integer cents) whose range fits pack as
  // (g − min)·N + rank, and the sorted keys give back the sorted values; others are first replaced
  // by their rank among the sorted values. No copy of the values is made on the integer path.
  const idr = ids();
  const rank = idr?.rank;
  const keys = scratch !== undefined && scratch.length >= N ? scratch.subarray(0, N) : new Float64Array(N);
  const lower = direction === 'lower_is_better';
  const range = integerRange(values, lower);
  let at: (p: number) => number;
  if (range !== undefined && (range.max - range.min + 1) * N <= 2 ** 53) {
    const min = range.min;
    packIntegerKeys(values, lower, rank, min, keys);
    keys.sort();
    at = (p) => {
      const key = keys[p]!;
      return (key - (key % N)) / N + min;
    };
  } else {
    const g = goodnessValues();
    const sorted = g.slice().sort();
    packRankKeys(g, sorted, rank, keys);
    keys.sort();
    at = (p) => sorted[p]!;
  }
  // keys[p] % N is the id rank of the customer at position p (worst first).
  assignBuckets(keys, idr?.order, n, scores);
  const q = Math.floor(N / n);
  const r = N % n;
  const big = r * (q + 1);
  for (let k = 1; k < n; k++) {
    const last = k <= r ? k * (q + 1) - 1 : big + (k - r) * q - 1;
    gt.push(at(Math.min(N - 1, Math.max(0, last))));
  }
  return { scores, bins: summarize(scores, n, direction, gt), median: medianOf(N, at, direction) };
}

// The loops of the NTILE path, each a small function of its own: optimized after a call or two
// and kept from call to call (a deopt in one does not throw away the others).

/** 0 − v for each value (never −0). */
function negated(values: Float64Array): Float64Array {
  const g = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) g[i] = 0 - values[i]!;
  return g;
}

/**
 * Min and max of the goodness values (`0 − v` when `lower`, else `v`) when all are integers and
 * none is −0, else undefined.
 */
function integerRange(values: Float64Array, lower: boolean): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v) || (!lower && v === 0 && 1 / v < 0)) return undefined;
  }
  return lower ? { min: 0 - max, max: 0 - min } : { min, max };
}

/** keys[i] = (g[i] − min)·N + rank[i], g the goodness of values[i]. */
function packIntegerKeys(values: Float64Array, lower: boolean, rank: Uint32Array | undefined, min: number, keys: Float64Array): void {
  const N = values.length;
  if (lower) {
    if (rank === undefined) for (let i = 0; i < N; i++) keys[i] = (0 - values[i]! - min) * N + i;
    else for (let i = 0; i < N; i++) keys[i] = (0 - values[i]! - min) * N + rank[i]!;
  } else if (rank === undefined) for (let i = 0; i < N; i++) keys[i] = (values[i]! - min) * N + i;
  else for (let i = 0; i < N; i++) keys[i] = (values[i]! - min) * N + rank[i]!;
}

/** keys[i] = (number of values below g[i])·N + rank[i]. */
function packRankKeys(g: Float64Array, sorted: Float64Array, rank: Uint32Array | undefined, keys: Float64Array): void {
  const N = g.length;
  for (let i = 0; i < N; i++) keys[i] = countBelow(sorted, g[i]!) * N + (rank === undefined ? i : rank[i]!);
}

/** NTILE(n) buckets by position: `keys[p] % N` is the id rank of the customer at position p. */
function assignBuckets(keys: Float64Array, order: Uint32Array | undefined, n: number, scores: Uint8Array): void {
  const N = keys.length;
  const q = Math.floor(N / n);
  const r = N % n;
  for (let s = 1, p = 0; s <= n; s++) {
    const end = p + q + (s <= r ? 1 : 0);
    if (order === undefined) for (; p < end; p++) scores[keys[p]! % N] = s;
    else for (; p < end; p++) scores[order[keys[p]! % N]!] = s;
  }
}

/** score[i] = 1 + number of thresholds (ascending goodness) strictly below g[i]. @internal */
function scoreByThresholds(g: Float64Array, gt: readonly number[], scores: Uint8Array): void {
  const t = Float64Array.from(gt);
  const m = t.length;
  for (let i = 0; i < g.length; i++) {
    const x = g[i]!;
    let s = 1;
    for (let k = 0; k < m && x > t[k]!; k++) s++;
    scores[i] = s;
  }
}

/** Applies stored thresholds to one value. @internal */
export function applyBins(bins: MetricBins, value: number): number {
  const g = goodness(value, bins.direction);
  let s = 1;
  for (const t of bins.thresholds) if (g > goodness(t, bins.direction)) s++;
  return s;
}
