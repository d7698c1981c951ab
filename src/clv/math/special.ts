/**
 * Special functions for the lifetime-value models: log-gamma, log-sum-exp and the Gauss
 * hypergeometric function 2F1, all in log space where it matters. Inputs are trusted (the public
 * functions validate them at the boundary); nothing here throws.
 * @module
 */

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
export function logGamma(x: number): number {
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
export function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * `ln(e^a - e^b)` for `a >= b` (`-Infinity` when they are equal), computed as
 * `a + ln(1 - e^(b-a))` so that close terms keep their precision.
 * @internal
 */
export function logDiffExp(a: number, b: number): number {
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
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
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
export function logHyp2f1Ap1(a: number, b: number, z: number): number {
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
