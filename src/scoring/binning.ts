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
  /** The goodness values sorted ascending (empty for fixed thresholds). */
  readonly sorted: Float64Array;
}

function summarize(scores: Uint8Array, n: number, direction: MetricDirection, gThresholds: readonly number[]): MetricBins {
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < scores.length; i++) counts[scores[i]! - 1]!++;
  const unusedScores: number[] = [];
  for (let s = 0; s < n; s++) if (counts[s] === 0) unusedScores.push(s + 1);
  let collapsed = false;
  for (let k = 1; k < gThresholds.length; k++) if (gThresholds[k] === gThresholds[k - 1]) collapsed = true;
  return { direction, thresholds: gThresholds.map((g) => goodness(g, direction)), counts, unusedScores, collapsed };
}

/**
 * Scores one metric of a population (docs/scoring.md). `idRank[i]` is customer i's position in
 * customer-id order; only `'ntile'` uses it.
 * @internal
 */
export function fitMetric(
  values: Float64Array,
  direction: MetricDirection,
  n: number,
  method: BinningMethod,
  fixed: readonly number[] | undefined,
  idRank: () => Uint32Array,
): MetricFit {
  const N = values.length;
  // Goodness values (never mutated below): a negated copy for recency, the values themselves otherwise.
  const g = direction === 'lower_is_better' ? negated(values) : values;
  const scores = new Uint8Array(N);
  if (method === 'thresholds') {
    const gt = (fixed ?? []).map((t) => goodness(t, direction));
    scoreByThresholds(g, gt, scores);
    return { scores, bins: summarize(scores, n, direction, gt), sorted: new Float64Array(0) };
  }
  if (N === 0) {
    const bins = { direction, thresholds: [], counts: new Array<number>(n).fill(0), unusedScores: Array.from({ length: n }, (_, i) => i + 1), collapsed: false };
    return { scores, bins, sorted: g };
  }
  const gt: number[] = [];
  if (method === 'quantile') {
    // One sort, then bucket boundaries: score = 1 + #{k : g > t_k}, t_k = sorted[⌈kN/n⌉ − 1].
    const sorted = g.slice().sort();
    for (let k = 1; k < n; k++) gt.push(sorted[Math.ceil((k * N) / n) - 1]!);
    scoreByThresholds(g, gt, scores);
    return { scores, bins: summarize(scores, n, direction, gt), sorted };
  }
  // NTILE(n) OVER (ORDER BY goodness, customer id): one numeric sort of keys packing the value's
  // order and the id rank. Integer values (days, counts, integer cents) whose range fits pack as
  // (g − min)·N + rank and give back the sorted values; others are first replaced by their rank
  // among the sorted values.
  const rank = idRank();
  const keys = new Float64Array(N);
  const range = integerRange(g);
  let sorted: Float64Array;
  if (range !== undefined && (range.max - range.min + 1) * N <= 2 ** 53) {
    packIntegerKeys(g, rank, range.min, keys);
    keys.sort();
    sorted = unpackIntegerKeys(keys, range.min);
  } else {
    sorted = g.slice().sort();
    packRankKeys(g, sorted, rank, keys);
    keys.sort();
    for (let p = 0; p < N; p++) keys[p] = keys[p]! % N;
  }
  // keys[p] is now the id rank of the customer at position p (worst first).
  const q = Math.floor(N / n);
  const r = N % n;
  const big = r * (q + 1);
  assignBuckets(keys, rank, n, scores);
  for (let k = 1; k < n; k++) {
    const last = k <= r ? k * (q + 1) - 1 : big + (k - r) * q - 1;
    gt.push(sorted[Math.min(N - 1, Math.max(0, last))]!);
  }
  return { scores, bins: summarize(scores, n, direction, gt), sorted };
}

// The loops of the NTILE path, each a small function of its own: optimized after a call or two
// and kept from call to call (a deopt in one does not throw away the others).

/** 0 − v for each value (never −0). */
function negated(values: Float64Array): Float64Array {
  const g = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) g[i] = 0 - values[i]!;
  return g;
}

/** Min and max of `g` when all are integers (no −0), else undefined. */
function integerRange(g: Float64Array): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < g.length; i++) {
    const v = g[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isInteger(v) || (v === 0 && 1 / v < 0)) return undefined;
  }
  return { min, max };
}

/** keys[i] = (g[i] − min)·N + rank[i]. */
function packIntegerKeys(g: Float64Array, rank: Uint32Array, min: number, keys: Float64Array): void {
  const N = g.length;
  for (let i = 0; i < N; i++) keys[i] = (g[i]! - min) * N + rank[i]!;
}

/** Splits sorted keys back: returns the sorted values, leaves the id ranks in `keys`. */
function unpackIntegerKeys(keys: Float64Array, min: number): Float64Array {
  const N = keys.length;
  const sorted = new Float64Array(N);
  for (let p = 0; p < N; p++) {
    const key = keys[p]!;
    const r = key % N;
    sorted[p] = (key - r) / N + min;
    keys[p] = r;
  }
  return sorted;
}

/** keys[i] = (number of values below g[i])·N + rank[i]. */
function packRankKeys(g: Float64Array, sorted: Float64Array, rank: Uint32Array, keys: Float64Array): void {
  const N = g.length;
  for (let i = 0; i < N; i++) keys[i] = countBelow(sorted, g[i]!) * N + rank[i]!;
}

/** NTILE(n) buckets by position: `order[p]` is the id rank of the customer at position p. */
function assignBuckets(order: Float64Array, rank: Uint32Array, n: number, scores: Uint8Array): void {
  const N = order.length;
  const byRank = new Uint32Array(N);
  for (let i = 0; i < N; i++) byRank[rank[i]!] = i;
  const q = Math.floor(N / n);
  const r = N % n;
  for (let s = 1, p = 0; s <= n; s++) {
    const end = p + q + (s <= r ? 1 : 0);
    for (; p < end; p++) scores[byRank[order[p]!]!] = s;
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
