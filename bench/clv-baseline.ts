/**
 * Today's (v0.1) lifetime-value fits, kept verbatim as the baseline of bench/clv-fit.ts: Nelder-Mead
 * with restarts on the log-parameters, histories grouped by a text key, the likelihoods of
 * src/clv before the v0.2 port (hypergeometric series and Gauss-Legendre panels). Not used by the
 * library.
 */
import { addCompensated, compareCustomerIds, createDayCounter, readTransaction, type CompensatedSum, type CustomerId, type DateInput, type TransactionAccessors } from '../src/records/index.js';

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046727; // 0.5 * ln(2π), a literal so bundlers can drop it

/**
 * The natural logarithm of the gamma function, `ln Γ(x)`, for `x > 0` (Lanczos approximation,
 * relative error about 1e-15; reflection for `x < 0.5`).
 *
 * @example
 * ```ts
 * import { logGamma } from 'crm-taxonomy';
 *
 * Number(logGamma(5).toFixed(12)); //=> Number(Math.log(24).toFixed(12))
 * Number(logGamma(0.5).toFixed(12)); //=> Number((0.5 * Math.log(Math.PI)).toFixed(12))
 * ```
 */
function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1-x) = π / sin(πx); for 0 < x < 0.5 the sine is positive.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * `ln(e^a + e^b)` without overflow or underflow; `-Infinity` terms are allowed.
 *
 * @example
 * ```ts
 * import { logSumExp } from 'crm-taxonomy';
 *
 * Number(logSumExp(1000, 1000).toFixed(6)); //=> Number((1000 + Math.log(2)).toFixed(6))
 * logSumExp(-Infinity, 3); //=> 3
 * ```
 */
function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * `ln(e^a - e^b)` for `a >= b` (`-Infinity` when they are equal), computed as
 * `a + ln(1 - e^(b-a))` so that close terms keep their precision.
 * @internal
 */
function logDiffExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  if (b >= a) return -Infinity;
  const d = b - a;
  // ln(1 - e^d): log1p(-e^d) for d < -ln 2, ln(-expm1(d)) otherwise (Mächler 2012).
  return a + (d < -Math.LN2 ? Math.log1p(-Math.exp(d)) : Math.log(-Math.expm1(d)));
}

const MAX_TERMS = 1_000_000;

/**
 * `ln 2F1(a, b; c; z)` by the power series for `0 <= z < 1`, with `a, b, c > 0` so every term is
 * positive (the case of every hypergeometric term in BG/NBD and Pareto/NBD). The terms are summed
 * with a running scale so that no term overflows, and the series stops when a term no longer
 * changes the sum at double precision.
 * @internal
 */
function logHyp2f1Series(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 0;
  // sum = Σ t_n with t_0 = 1, t_{n+1} = t_n (a+n)(b+n) / ((c+n)(n+1)) z. Scale: total = e^logScale * sum.
  let logScale = 0;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (sum > 1e250) {
      logScale += Math.log(sum);
      term /= sum;
      sum = 1;
    }
    // Terms decrease geometrically once n is past the peak; stop when they stop counting.
    if (term < sum * 1e-17 && (a + n) * (b + n) * z < (c + n) * (n + 1)) break;
  }
  return logScale + Math.log(sum);
}

/**
 * The natural logarithm of the Gauss hypergeometric function `2F1(a, b; c; z)` for `a, b, c > 0`
 * and real `z < 1`. For `0 <= z < 1` it sums the power series (all terms positive, so no
 * cancellation); for `z < 0` it first applies Pfaff's transformation
 * `2F1(a, b; c; z) = (1 - z)^(-a) 2F1(a, c - b; c; z / (z - 1))`, which maps `z` into `[0, 1)`
 * (used when `c >= b` or, with a and b swapped, `c >= a`, which keeps the terms non-negative;
 * otherwise the alternating series is summed directly, for `|z| < 1`). The series needs about
 * 1/(1 − z) terms: accurate while 1/(1 − z) stays well below a million.
 *
 * @example
 * ```ts
 * import { logHyp2f1 } from 'crm-taxonomy';
 *
 * // 2F1(1, 1; 2; z) = -ln(1 - z) / z
 * Number(Math.exp(logHyp2f1(1, 1, 2, 0.5)).toFixed(12)); //=> Number((2 * Math.log(2)).toFixed(12))
 * logHyp2f1(2, 3, 4, 0); //=> 0
 * ```
 */
function logHyp2f1(a: number, b: number, c: number, z: number): number {
  if (z >= 0) return logHyp2f1Series(a, b, c, z);
  if (c >= b) return -a * Math.log1p(-z) + logHyp2f1Series(a, c - b, c, z / (z - 1));
  if (c >= a) return -b * Math.log1p(-z) + logHyp2f1Series(c - a, b, c, z / (z - 1));
  // Both c <= a and c <= b: the alternating series, valid for |z| < 1.
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return Math.log(sum);
}

/** 16-point Gauss-Legendre nodes and weights on [-1, 1], computed once by Newton's method. */
const GAUSS_LEGENDRE: { readonly nodes: readonly number[]; readonly weights: readonly number[] } = /* @__PURE__ */ (() => {
  const n = 16;
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * dp * dp));
  }
  return { nodes, weights };
})();

/**
 * `ln 2F1(a, b; a + 1; z)` for `a, b > 0` and `0 <= z < 1`: the hypergeometric term of the
 * Pareto/NBD likelihood. Below z = 0.8 the power series converges fast; closer to 1 it needs
 * O(1/(1 − z)) terms, so the integral representation
 * `2F1(a, b; a + 1; z) = ∫₀¹ (1 − z·u^(1/a))^(−b) du` (substituting u = t^a in Euler's integral)
 * is integrated instead, with Gauss-Legendre on panels that shrink geometrically towards u = 1,
 * where the integrand has a boundary layer of width about a(1 − z).
 * @internal
 */
function logHyp2f1Ap1(a: number, b: number, z: number): number {
  if (z <= 0.8) return logHyp2f1Series(a, b, a + 1, z);
  const logMax = -b * Math.log1p(-z);
  const { nodes, weights } = GAUSS_LEGENDRE;
  const integrand = (u: number): number => Math.exp(-b * Math.log1p(-z * Math.exp(Math.log(u) / a)) - logMax);
  const panel = (lo: number, hi: number): number => {
    const half = (hi - lo) / 2;
    const mid = (hi + lo) / 2;
    let s = 0;
    for (let i = 0; i < nodes.length; i++) s += (weights[i] as number) * integrand(mid + half * (nodes[i] as number));
    return s * half;
  };
  // Panels shrink geometrically towards both ends: towards 0 for the u^(1/a) branch point, towards
  // 1 down to a width well inside the boundary layer.
  // The integrand increases with u, so dropping [0, 2^-40] costs a relative error below 2^-40.
  let sum = 0;
  for (let k = 40; k > 1; k--) sum += panel(2 ** -k, 2 ** -(k - 1));
  const floor = Math.max(Math.min(a, 1) * (1 - z) * 1e-4, 1e-300);
  let lo = 0.5;
  let width = 0.25;
  while (width > floor) {
    sum += panel(lo, lo + width);
    lo += width;
    width /= 2;
  }
  sum += panel(lo, 1);
  return logMax + Math.log(sum);
}
interface RunResult {
  point: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

function run(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  step: number,
  fTol: number,
  xTol: number,
  maxIterations: number,
): RunResult {
  const n = start.length;
  // Adaptive coefficients (Gao & Han 2012) behave better than the classic ones from dimension 3 up.
  const alpha = 1;
  const beta = 1 + 2 / n;
  const gamma = 0.75 - 1 / (2 * n);
  const delta = 1 - 1 / n;
  const safe = (x: readonly number[]): number => {
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  const simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    p[i] = (p[i] as number) + step;
    simplex.push(p);
  }
  let values = simplex.map(safe);
  let iterations = 0;
  let converged = false;
  const order = (): void => {
    const idx = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
    const s = idx.map((i) => simplex[i] as number[]);
    const v = idx.map((i) => values[i] as number);
    for (let i = 0; i <= n; i++) simplex[i] = s[i] as number[];
    values = v;
  };
  order();
  while (iterations < maxIterations) {
    const best = values[0] as number;
    const worst = values[n] as number;
    let size = 0;
    for (let i = 1; i <= n; i++) {
      for (let j = 0; j < n; j++) {
        size = Math.max(size, Math.abs(((simplex[i] as number[])[j] as number) - ((simplex[0] as number[])[j] as number)));
      }
    }
    if (Math.abs(worst - best) <= fTol * (1 + Math.abs(best)) && size <= xTol) {
      converged = true;
      break;
    }
    iterations++;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const p = simplex[i] as number[];
      for (let j = 0; j < n; j++) centroid[j] = (centroid[j] as number) + (p[j] as number) / n;
    }
    const worstPoint = simplex[n] as number[];
    const along = (t: number): number[] =>
      centroid.map((c, j) => c + t * (c - (worstPoint[j] as number)));
    const reflected = along(alpha);
    const fr = safe(reflected);
    if (fr < best) {
      const expanded = along(alpha * beta);
      const fe = safe(expanded);
      if (fe < fr) {
        simplex[n] = expanded;
        values[n] = fe;
      } else {
        simplex[n] = reflected;
        values[n] = fr;
      }
    } else if (fr < (values[n - 1] as number)) {
      simplex[n] = reflected;
      values[n] = fr;
    } else {
      const outside = fr < worst;
      const contracted = outside ? along(alpha * gamma) : along(-gamma);
      const fc = safe(contracted);
      if (fc < (outside ? fr : worst)) {
        simplex[n] = contracted;
        values[n] = fc;
      } else {
        const b = simplex[0] as number[];
        for (let i = 1; i <= n; i++) {
          const p = simplex[i] as number[];
          simplex[i] = p.map((v, j) => (b[j] as number) + delta * (v - (b[j] as number)));
          values[i] = safe(simplex[i] as number[]);
        }
      }
    }
    order();
  }
  return { point: (simplex[0] as number[]).slice(), value: values[0] as number, iterations, converged };
}

/**
 * Minimises `f` from `start` with Nelder-Mead, restarting from the best point with a fresh simplex
 * (smaller each time) until a restart no longer improves the value. Deterministic: the same input
 * gives the same steps. `NaN` objective values count as `+Infinity`.
 *
 * @example
 * ```ts
 * import { nelderMead } from 'crm-taxonomy';
 *
 * const result = nelderMead(([x = 0, y = 0]) => (x - 1) ** 2 + 10 * (y + 2) ** 2, [0, 0]);
 * result.point.map((v) => Number(v.toFixed(4))); //=> [1, -2]
 * result.converged; //=> true
 * ```
 */
function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const fTol = options.functionTolerance ?? 1e-10;
  const xTol = options.pointTolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 1000 * start.length;
  const maxRestarts = options.maxRestarts ?? 8;
  let step = options.initialStep ?? 0.5;
  let result = run(f, start, step, fTol, xTol, maxIterations);
  let iterations = result.iterations;
  let runs = 1;
  for (let k = 0; k < maxRestarts; k++) {
    step = Math.max(step / 2, 1e-3);
    const next = run(f, result.point, step, fTol, xTol, maxIterations);
    iterations += next.iterations;
    runs++;
    const improvement = result.value - next.value;
    if (next.value <= result.value) result = next;
    if (!(improvement > fTol * (1 + Math.abs(result.value)))) break;
  }
  return { point: result.point, value: result.value, iterations, runs, converged: result.converged };
}

interface NelderMeadResult {
  readonly point: readonly number[];
  readonly value: number;
  readonly iterations: number;
  readonly runs: number;
  readonly converged: boolean;
}

interface NelderMeadOptions {
  readonly functionTolerance?: number;
  readonly pointTolerance?: number;
  readonly maxIterations?: number;
  readonly maxRestarts?: number;
  readonly initialStep?: number;
}

interface History {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
}
interface Weighted extends History {
  readonly weight: number;
}

function groupHistories(histories: readonly History[]): Weighted[] {
  const map = new Map<string, { x: number; tx: number; T: number; weight: number }>();
  for (const h of histories) {
    const key = `${h.x}|${h.tx}|${h.T}`;
    const row = map.get(key);
    if (row === undefined) map.set(key, { x: h.x, tx: h.tx, T: h.T, weight: 1 });
    else row.weight++;
  }
  return [...map.values()].sort((p, q) => p.x - q.x || p.tx - q.tx || p.T - q.T);
}

function weightedTotal(rows: readonly Weighted[], ll: (h: Weighted) => number): number {
  const s: CompensatedSum = { sum: 0, compensation: 0 };
  for (const h of rows) addCompensated(s, h.weight * ll(h));
  return s.sum + s.compensation;
}

const LOG_BOUND = Math.log(1e6);

function maximizeLikelihood<K extends string>(
  keys: readonly K[],
  start: Readonly<Record<K, number>>,
  n: number,
  logLikelihood: (params: Record<K, number>) => number,
): { params: Record<K, number>; logLikelihood: number; iterations: number } {
  const toParams = (v: readonly number[]): Record<K, number> => {
    const params = {} as Record<K, number>;
    keys.forEach((key, i) => {
      params[key] = Math.exp(v[i] as number);
    });
    return params;
  };
  const objective = (v: readonly number[]): number => {
    for (const x of v) if (!(Math.abs(x) <= LOG_BOUND)) return Infinity;
    const ll = logLikelihood(toParams(v));
    return Number.isFinite(ll) ? -ll / n : Infinity;
  };
  const result = nelderMead(objective, keys.map((key) => Math.log(start[key])), {});
  const params = toParams(result.point);
  return { params, logLikelihood: logLikelihood(params), iterations: result.iterations };
}

type BgNbd = { r: number; alpha: number; a: number; b: number };
type ParetoNbd = { r: number; alpha: number; s: number; beta: number };
type GammaGamma = { p: number; q: number; gamma: number };

function bgNbdRow(p: BgNbd, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
  const a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return a1 + a2 + logSumExp(a3, a4);
}

function logA0(p: ParetoNbd, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const k = r + s + x;
  const alphaLarger = alpha >= beta;
  const m = alphaLarger ? alpha : beta;
  const b2 = alphaLarger ? s + 1 : r + x;
  const diff = Math.abs(alpha - beta);
  const l1 = logHyp2f1Ap1(k, b2, diff / (m + tx)) - k * Math.log(m + tx);
  const l2 = logHyp2f1Ap1(k, b2, diff / (m + T)) - k * Math.log(m + T);
  return logDiffExp(l1, l2);
}

function paretoNbdRow(p: ParetoNbd, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const part1 = r * Math.log(alpha) + s * Math.log(beta) + logGamma(r + x) - logGamma(r);
  const part2 = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const part3 = Math.log(s) - Math.log(r + s + x) + logA0(p, x, tx, T);
  return part1 + logSumExp(part2, part3);
}

function meanT(histories: readonly History[]): number {
  let s = 0;
  for (const h of histories) s += h.T;
  return s / histories.length;
}

/** Today's fitBgNbd. */
export function fitBgNbdBaseline(histories: readonly History[]): { params: BgNbd; logLikelihood: number; iterations: number } {
  const rows = groupHistories(histories);
  const start = { r: 1, alpha: Math.max(meanT(histories) / 10, 1e-3), a: 1, b: 3 };
  return maximizeLikelihood(['r', 'alpha', 'a', 'b'] as const, start, histories.length, (p) => weightedTotal(rows, (h) => bgNbdRow(p, h.x, h.tx, h.T)));
}

/** Today's fitParetoNbd. */
export function fitParetoNbdBaseline(histories: readonly History[]): { params: ParetoNbd; logLikelihood: number; iterations: number } {
  const rows = groupHistories(histories);
  const scale = Math.max(meanT(histories) / 10, 1e-3);
  const start = { r: 1, alpha: scale, s: 1, beta: scale };
  return maximizeLikelihood(['r', 'alpha', 's', 'beta'] as const, start, histories.length, (p) => weightedTotal(rows, (h) => paretoNbdRow(p, h.x, h.tx, h.T)));
}

/** Today's fitGammaGamma. */
export function fitGammaGammaBaseline(spend: readonly { x: number; meanRepeatSpend: number }[]): { params: GammaGamma; logLikelihood: number; iterations: number } {
  const rows = spend.filter((h) => h.x > 0).map((h) => ({ x: h.x, meanRepeatSpend: h.meanRepeatSpend })).sort((a, b) => a.x - b.x || a.meanRepeatSpend - b.meanRepeatSpend);
  const mean = rows.reduce((acc, h) => acc + h.meanRepeatSpend, 0) / rows.length;
  const row = (params: GammaGamma, x: number, m: number): number => {
    const { p, q, gamma } = params;
    const px = p * x;
    return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(gamma + x * m);
  };
  const total = (p: GammaGamma): number => {
    const s: CompensatedSum = { sum: 0, compensation: 0 };
    for (const h of rows) addCompensated(s, row(p, h.x, h.meanRepeatSpend));
    return s.sum + s.compensation;
  };
  return maximizeLikelihood(['p', 'q', 'gamma'] as const, { p: 1, q: 2, gamma: mean }, rows.length, total);
}

// ---------------------------------------------------------------------------------------------
// Today's summarizeTransactions (v0.1): a Map of calendar days per customer.
interface Acc {
  firstDay: number;
  readonly days: Map<number, CompensatedSum>;
  readonly holdoutDays: Set<number>;
}

/** Today's summary (x, tx, T, mean repeat spend, holdout purchases), for the baseline of bench/clv-summary.ts. */
export function summarizeTransactionsBaseline<T>(
  transactions: Iterable<T>,
  accessors: TransactionAccessors<T>,
  options: { readonly calibrationEnd: DateInput; readonly holdoutEnd?: DateInput; readonly timeUnit: 'days' | 'weeks' },
): { customers: { customerId: CustomerId; x: number; tx: number; T: number; meanRepeatSpend: number; holdoutPurchases?: number }[] } {
  const days = createDayCounter('UTC');
  const calibrationEnd = days.day(options.calibrationEnd, ['options', 'calibrationEnd']);
  const holdoutEnd = options.holdoutEnd === undefined ? undefined : days.day(options.holdoutEnd, ['options', 'holdoutEnd']);
  const perUnit = options.timeUnit === 'weeks' ? 7 : 1;
  const byCustomer = new Map<CustomerId, Acc>();
  let index = 0;
  for (const record of transactions) {
    const t = readTransaction(record, index, accessors, days, 'error');
    index++;
    if (t === undefined) continue;
    let acc = byCustomer.get(t.customerId);
    if (acc === undefined) {
      acc = { firstDay: t.day, days: new Map(), holdoutDays: new Set() };
      byCustomer.set(t.customerId, acc);
    }
    if (t.day < acc.firstDay) acc.firstDay = t.day;
    if (t.day <= calibrationEnd) {
      let sum = acc.days.get(t.day);
      if (sum === undefined) {
        sum = { sum: 0, compensation: 0 };
        acc.days.set(t.day, sum);
      }
      addCompensated(sum, t.amount);
    } else if (holdoutEnd !== undefined && t.day <= holdoutEnd) {
      acc.holdoutDays.add(t.day);
    }
  }
  const ids = [...byCustomer.keys()].sort(compareCustomerIds);
  const customers = [];
  for (const customerId of ids) {
    const acc = byCustomer.get(customerId) as Acc;
    if (acc.firstDay > calibrationEnd) continue;
    let last = acc.firstDay;
    const spend: CompensatedSum = { sum: 0, compensation: 0 };
    for (const day of [...acc.days.keys()].sort((p, q) => p - q)) {
      const sum = acc.days.get(day) as CompensatedSum;
      if (day > last) last = day;
      if (day !== acc.firstDay) addCompensated(spend, sum.sum + sum.compensation);
    }
    const x = acc.days.size - 1;
    customers.push({
      customerId,
      x,
      tx: (last - acc.firstDay) / perUnit,
      T: (calibrationEnd - acc.firstDay) / perUnit,
      meanRepeatSpend: x === 0 ? 0 : (spend.sum + spend.compensation) / x,
      ...(holdoutEnd === undefined ? {} : { holdoutPurchases: acc.holdoutDays.size }),
    });
  }
  return { customers };
}
