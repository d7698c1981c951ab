/**
 * Special functions for the lifetime-value models: log-gamma, digamma, log-beta, log-sum-exp, the
 * Gauss hypergeometric series and the regularized incomplete beta function, in log space where it
 * matters. Inputs are trusted (the public functions check them at the boundary); nothing here
 * throws, and every loop has a fixed bound.
 * @module
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046727; // 0.5 * ln(2π), a literal so bundlers can drop it

/**
 * `ln Γ(x)` for `x > 0` (Lanczos approximation, relative error about 1e-15; reflection below 0.5).
 * @internal
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
 * The digamma function ψ(x) = d/dx ln Γ(x) for `x > 0`: the recurrence ψ(x) = ψ(x + 1) − 1/x up to
 * x ≥ 8, then the asymptotic series (absolute error below 1e-15).
 * @internal
 */
export function digamma(x: number): number {
  let shift = 0;
  while (x < 8) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    shift +
    Math.log(x) -
    0.5 * inv -
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))))
  );
}

/** `ln B(a, b)` for `a, b > 0`. @internal */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * `ln Γ(a + n) − ln Γ(a)`: for whole `n` up to 64 the log of the rising product (exact to rounding
 * where the difference of two large log-gammas would cancel), otherwise the difference.
 * @internal
 */
export function logRising(a: number, n: number): number {
  if (n === 0) return 0;
  if (n <= 64 && Number.isInteger(n)) {
    let p = 1;
    for (let j = 0; j < n; j++) p *= a + j;
    if (Number.isFinite(p) && p > 0) return Math.log(p);
  }
  return logGamma(a + n) - logGamma(a);
}

/** `ln(e^a + e^b)` without overflow or underflow; `-Infinity` terms are allowed. @internal */
export function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** `ln(1 − e^d)` for `d <= 0`, precise at both ends (Mächler 2012); `-Infinity` at 0. @internal */
export function log1mExp(d: number): number {
  if (d >= 0) return -Infinity;
  return d < -Math.LN2 ? Math.log1p(-Math.exp(d)) : Math.log(-Math.expm1(d));
}

/** The series for 2F1 gave up: more terms than the budget (the caller takes another route). */
export const SERIES_FAILED = NaN;

/**
 * `ln 2F1(a, b; c; z)` by its power series for `a, b, c > 0` and `0 <= z < 1` (all terms positive,
 * so no cancellation; a running scale keeps them finite). Returns {@link SERIES_FAILED} (NaN) when
 * the series needs more than `maxTerms` terms, which happens as z nears 1 with large `a·b`: the
 * caller then uses an integral representation instead. `work` counts the terms (a fiftieth of a
 * unit each).
 * @internal
 */
export function logHyp2f1Series(a: number, b: number, c: number, z: number, maxTerms = 5000, work?: { units: number }): number {
  if (z === 0) return 0;
  let logScale = 0;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (sum > 1e250) {
      logScale += Math.log(sum);
      term /= sum;
      sum = 1;
    }
    if (term < sum * 1e-17 && (a + n) * (b + n) * z < (c + n) * (n + 1)) {
      if (work !== undefined) work.units += n / 50;
      return logScale + Math.log(sum);
    }
  }
  if (work !== undefined) work.units += maxTerms / 50;
  return SERIES_FAILED;
}

/**
 * `ln I_x(a, b)`, the log of the regularized incomplete beta function, for `a, b > 0` and
 * `0 <= x <= 1`: Lentz's continued fraction (on the side where it converges fast, with the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a)). Returns NaN when the fraction has not converged within
 * its iteration budget (only for parameters near 1e9 and beyond).
 * @internal
 */
export function logIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return -Infinity;
  if (x >= 1) return 0;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const cf = betaFraction(x, a, b);
    return Number.isNaN(cf) ? cf : logFront + Math.log(cf) - Math.log(a);
  }
  const cf = betaFraction(1 - x, b, a);
  if (Number.isNaN(cf)) return cf;
  // 1 − front·cf/b, in log space.
  return log1mExp(logFront + Math.log(cf) - Math.log(b));
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  const budget = 10_000 + Math.min(100_000, Math.ceil(10 * Math.sqrt(Math.max(a, b))));
  for (let m = 1; m <= budget; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) return h;
  }
  return NaN;
}
