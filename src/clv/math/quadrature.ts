/**
 * Adaptive Gauss–Kronrod quadrature (7-point Gauss, 15-point Kronrod, as QUADPACK's QAG) for a
 * vector of integrands sharing the same nodes: the lifetime-value models integrate a value and its
 * derivatives in one pass. The work is bounded by `maxSegments`.
 * @module
 */

// Kronrod nodes (positive half, centre last) and weights; Gauss weights of the nodes 1, 3, 5, 7.
const XGK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
  0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const WGK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
  0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];
const EPS = 2.220446049250313e-16;

/** A vector integrand: writes its component values at `x` into `out`. */
export type Integrand = (x: number, out: Float64Array) => void;

/** Buffers of one integration (reused by a caller across calls; never shared by nested calls). */
export interface Workspace {
  /** Components of the integrand. */
  readonly m: number;
  /** One evaluation. */
  readonly tmp: Float64Array;
  /** Component 0 at the 15 nodes (for the error estimate). */
  readonly first: Float64Array;
  /** Kronrod sums. */
  readonly resk: Float64Array;
}

/** A workspace for integrands of `m` components. @internal */
export function createWorkspace(m: number): Workspace {
  return { m, tmp: new Float64Array(m), first: new Float64Array(15), resk: new Float64Array(m) };
}

/** One 15-point rule on [a, b]: writes the Kronrod estimates into `out`, returns the error estimate of component 0. */
function rule(f: Integrand, s: Workspace, a: number, b: number, out: Float64Array, smooth: boolean): number {
  const m = s.m;
  const center = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const { tmp, first, resk } = s;
  f(center, tmp);
  const wc = WGK[7]!;
  for (let k = 0; k < m; k++) resk[k] = tmp[k]! * wc;
  first[14] = tmp[0]!;
  let resg = tmp[0]! * WG[3]!;
  for (let j = 0; j < 7; j++) {
    const dx = half * XGK[j]!;
    const w = WGK[j]!;
    f(center - dx, tmp);
    first[2 * j] = tmp[0]!;
    for (let k = 0; k < m; k++) resk[k] = resk[k]! + w * tmp[k]!;
    f(center + dx, tmp);
    first[2 * j + 1] = tmp[0]!;
    for (let k = 0; k < m; k++) resk[k] = resk[k]! + w * tmp[k]!;
    if (j % 2 === 1) resg += WG[(j - 1) / 2]! * (first[2 * j]! + first[2 * j + 1]!);
  }
  for (let k = 0; k < m; k++) out[k] = resk[k]! * half;
  const absHalf = Math.abs(half);
  let err = Math.abs((resk[0]! - resg) * half);
  let resabs = Math.abs(first[14]!) * wc;
  for (let j = 0; j < 7; j++) resabs += WGK[j]! * (Math.abs(first[2 * j]!) + Math.abs(first[2 * j + 1]!));
  resabs *= absHalf;
  if (smooth) {
    // An analytic integrand: the Kronrod error is about the Gauss–Kronrod difference to the power 1.5.
    const scale = Math.abs(out[0]!);
    return scale > 0 ? Math.max(50 * EPS * resabs, err * Math.sqrt(err / scale)) : err;
  }
  const mean = resk[0]! * 0.5;
  let resasc = wc * Math.abs(first[14]! - mean);
  for (let j = 0; j < 7; j++) resasc += WGK[j]! * (Math.abs(first[2 * j]! - mean) + Math.abs(first[2 * j + 1]! - mean));
  resasc *= absHalf;
  if (resasc !== 0 && err !== 0) err = resasc * Math.min(1, Math.pow((200 * err) / resasc, 1.5));
  if (resabs > Number.MIN_VALUE / (50 * EPS)) err = Math.max(50 * EPS * resabs, err);
  return err;
}

/**
 * Integrates the components of `f` (as many as the workspace holds) over [a, b] into `out`,
 * subdividing the segment with the largest error until the error estimate of component 0 is below
 * `relTol` times its value, or `maxSegments` are used. Returns whether the tolerance was met. With
 * `smooth` (an integrand analytic on the interval) the error of a rule is estimated as
 * |K15 − G7|^1.5 relative, instead of QUADPACK's more cautious estimate.
 * @internal
 */
export function integrate(f: Integrand, s: Workspace, a: number, b: number, out: Float64Array, relTol = 1e-12, maxSegments = 200, smooth = false): boolean {
  const m = s.m;
  const err = rule(f, s, a, b, out, smooth);
  if (!(err > relTol * Math.abs(out[0]!)) || a === b) return Number.isFinite(err);
  // Global adaptive bisection: segments as parallel lists.
  const lo: number[] = [a];
  const hi: number[] = [b];
  const errs: number[] = [err];
  const vals: Float64Array[] = [Float64Array.from(out)];
  let total = err;
  let met = false;
  while (lo.length < maxSegments) {
    let worst = 0;
    for (let i = 1; i < errs.length; i++) if (errs[i]! > errs[worst]!) worst = i;
    const a1 = lo[worst]!;
    const b2 = hi[worst]!;
    const mid = 0.5 * (a1 + b2);
    if (!(mid > Math.min(a1, b2) && mid < Math.max(a1, b2))) break;
    const left = new Float64Array(m);
    const right = new Float64Array(m);
    const e1 = rule(f, s, a1, mid, left, smooth);
    const e2 = rule(f, s, mid, b2, right, smooth);
    const old = vals[worst]!;
    for (let k = 0; k < m; k++) out[k] = out[k]! - old[k]! + left[k]! + right[k]!;
    total += e1 + e2 - errs[worst]!;
    hi[worst] = mid;
    errs[worst] = e1;
    vals[worst] = left;
    lo.push(mid);
    hi.push(b2);
    errs.push(e2);
    vals.push(right);
    if (!(total > relTol * Math.abs(out[0]!))) {
      met = true;
      break;
    }
  }
  // Re-sum from the segments, so rounding in the running update does not linger.
  out.fill(0);
  for (const v of vals) for (let k = 0; k < m; k++) out[k] = out[k]! + v[k]!;
  return met && Number.isFinite(total);
}

/** The nodes of {@link integrateUnitDE}: ln p, ln(1 − p), ln of the weight, and p, level by level. */
interface DeTable {
  readonly p: Float64Array;
  readonly q: Float64Array;
  readonly lnP: Float64Array;
  readonly lnQ: Float64Array;
  readonly lnW: Float64Array;
  /** Where each level's nodes start (level 0: the grid of step 1/2; level k adds the midpoints). */
  readonly levelStart: readonly number[];
}

const DE_T = 4.5; // sinh(4.5)·π/2 ≈ 70: nodes reach e^−140 from either end
const DE_LEVELS = 8;

const DE: DeTable = /* @__PURE__ */ (() => {
  const ts: number[] = [];
  const levelStart: number[] = [];
  let h = 0.5;
  levelStart.push(0);
  for (let t = -DE_T; t <= DE_T + 1e-12; t += h) ts.push(t);
  for (let level = 1; level <= DE_LEVELS; level++) {
    levelStart.push(ts.length);
    for (let t = -DE_T + h / 2; t < DE_T; t += h) ts.push(t);
    h /= 2;
  }
  levelStart.push(ts.length);
  const n = ts.length;
  const table = { p: new Float64Array(n), q: new Float64Array(n), lnP: new Float64Array(n), lnQ: new Float64Array(n), lnW: new Float64Array(n), levelStart };
  ts.forEach((t, i) => {
    const u = (Math.PI / 2) * Math.sinh(t);
    // p = 1/(1 + e^(−2u)), q = 1 − p = 1/(1 + e^(2u)), without cancellation; dp/dt = π·cosh t·p·q.
    const e = Math.exp(-2 * Math.abs(u));
    const small = e / (1 + e);
    const large = 1 / (1 + e);
    table.p[i] = u >= 0 ? large : small;
    table.q[i] = u >= 0 ? small : large;
    table.lnP[i] = u >= 0 ? -Math.log1p(e) : -2 * Math.abs(u) - Math.log1p(e);
    table.lnQ[i] = u >= 0 ? -2 * Math.abs(u) - Math.log1p(e) : -Math.log1p(e);
    table.lnW[i] = Math.log(Math.PI * Math.cosh(t)) + table.lnP[i]! + table.lnQ[i]!;
  });
  return table;
})();

/**
 * ∫₀¹ f(p) dp by double-exponential (tanh-sinh) quadrature on a fixed table of nodes, for
 * integrands with algebraic singularities at 0 and 1 (a beta density) and layers near either end.
 * `f(p, lnP, lnQ, lnW)` returns the integrand at p times the node weight e^lnW (ln p, ln(1 − p)
 * given, without cancellation). Levels halve the step from 1/2 until two levels agree to `relTol`
 * (at most 8 levels, 1,153 nodes); returns NaN when they never do.
 * @internal
 */
export function integrateUnitDE(f: (p: number, lnP: number, lnQ: number, lnW: number) => number, relTol = 1e-12): number {
  const { p, lnP, lnQ, lnW, levelStart } = DE;
  let h = 0.5;
  let sum = 0;
  for (let i = levelStart[0]!; i < levelStart[1]!; i++) sum += f(p[i]!, lnP[i]!, lnQ[i]!, lnW[i]!);
  let estimate = sum * h;
  for (let level = 1; level <= DE_LEVELS; level++) {
    for (let i = levelStart[level]!; i < levelStart[level + 1]!; i++) sum += f(p[i]!, lnP[i]!, lnQ[i]!, lnW[i]!);
    h /= 2;
    const next = sum * h;
    if (Math.abs(next - estimate) <= relTol * Math.abs(next)) return next;
    estimate = next;
  }
  return NaN;
}
