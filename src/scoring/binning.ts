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
  let g = values;
  if (direction === 'lower_is_better') {
    g = new Float64Array(N);
    for (let i = 0; i < N; i++) g[i] = 0 - values[i]!;
  }
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
  const sorted = g.slice().sort();
  const gt: number[] = [];
  if (method === 'quantile') {
    // One sort, then bucket boundaries: score = 1 + #{k : g > t_k}, t_k = sorted[⌈kN/n⌉ − 1].
    for (let k = 1; k < n; k++) gt.push(sorted[Math.ceil((k * N) / n) - 1]!);
    scoreByThresholds(g, gt, scores);
    return { scores, bins: summarize(scores, n, direction, gt), sorted };
  }
  // NTILE(n) OVER (ORDER BY goodness, customer id): one numeric sort of packed keys.
  const rank = idRank();
  const byRank = new Uint32Array(N);
  for (let i = 0; i < N; i++) byRank[rank[i]!] = i;
  const keys = new Float64Array(N);
  for (let i = 0; i < N; i++) keys[i] = countBelow(sorted, g[i]!) * N + rank[i]!;
  keys.sort();
  const q = Math.floor(N / n);
  const r = N % n;
  const big = r * (q + 1);
  for (let p = 0; p < N; p++) {
    const i = byRank[keys[p]! % N]!;
    scores[i] = p < big ? Math.floor(p / (q + 1)) + 1 : r + Math.floor((p - big) / q) + 1;
  }
  for (let k = 1; k < n; k++) {
    const last = k <= r ? k * (q + 1) - 1 : big + (k - r) * q - 1;
    gt.push(sorted[Math.min(N - 1, Math.max(0, last))]!);
  }
  return { scores, bins: summarize(scores, n, direction, gt), sorted };
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
