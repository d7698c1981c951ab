/**
 * Maximum-likelihood machinery: a box-constrained quasi-Newton minimiser (BFGS with an active set
 * and a projected backtracking line search), finite-difference gradients and Hessians, and the
 * inverse of a symmetric positive-definite matrix. Deterministic; every loop has a fixed bound.
 * @module
 */

/**
 * An objective to minimise: returns f(θ) (`Infinity` where it is undefined) and, when `grad` is
 * given, writes ∇f(θ) into it.
 */
export type Objective = (theta: Float64Array, grad: Float64Array | undefined) => number;

/** What {@link minimize} found. @internal */
export interface MinimizeResult {
  readonly point: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Options of {@link minimize}. @internal */
export interface MinimizeOptions {
  readonly maxIterations?: number;
  /** Stop when every free component of the gradient is below this. */
  readonly gradientTolerance?: number;
  /** Largest step of one iteration in any coordinate. */
  readonly maxStep?: number;
}

function clip(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

function safe(f: Objective, x: Float64Array, g: Float64Array | undefined): number {
  const v = f(x, g);
  if (!(v < Infinity)) return Infinity;
  if (g !== undefined) for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i]!)) return Infinity;
  return v;
}

/**
 * Minimises `f` within the box [lower, upper] from `start` (clipped into the box). A component
 * at a bound whose gradient points out of the box is held there (the active set); the others take
 * BFGS steps. Converged when the free gradient is below the tolerance, or when the value stops
 * decreasing at double precision. Returns a point with a finite value, or `value: Infinity` when
 * the start itself has none.
 * @internal
 */
export function minimize(f: Objective, start: readonly number[], lower: readonly number[], upper: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 400;
  const gtol = options.gradientTolerance ?? 1e-9;
  const maxStep = options.maxStep ?? 4;
  let x = Float64Array.from(start, (v, i) => clip(v, lower[i]!, upper[i]!));
  let g = new Float64Array(n);
  let fx = safe(f, x, g);
  if (!(fx < Infinity)) return { point: x, value: Infinity, iterations: 0, converged: false };
  const H = new Float64Array(n * n);
  const reset = (scale: number): void => {
    H.fill(0);
    for (let i = 0; i < n; i++) H[i * n + i] = scale;
  };
  reset(1);
  let fresh = true;
  const free = new Uint8Array(n);
  const prevFree = new Uint8Array(n).fill(2);
  const d = new Float64Array(n);
  let xn = new Float64Array(n);
  let gn = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);
  let stalls = 0;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    let pg = 0;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const atLo = x[i]! <= lower[i]! && g[i]! > 0;
      const atHi = x[i]! >= upper[i]! && g[i]! < 0;
      free[i] = atLo || atHi ? 0 : 1;
      if (free[i] !== prevFree[i]) changed = true;
      prevFree[i] = free[i]!;
      if (free[i] === 1) pg = Math.max(pg, Math.abs(g[i]!));
    }
    if (pg <= gtol) {
      converged = true;
      break;
    }
    if (changed && !fresh) {
      reset(1);
      fresh = true;
    }
    let slope = 0;
    let dmax = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      if (free[i] === 1) for (let j = 0; j < n; j++) if (free[j] === 1) v -= H[i * n + j]! * g[j]!;
      d[i] = v;
      slope += v * g[i]!;
      dmax = Math.max(dmax, Math.abs(v));
    }
    if (!(slope < 0)) {
      reset(1);
      fresh = true;
      slope = 0;
      dmax = 0;
      for (let i = 0; i < n; i++) {
        d[i] = free[i] === 1 ? -g[i]! : 0;
        slope += d[i]! * g[i]!;
        dmax = Math.max(dmax, Math.abs(d[i]!));
      }
    }
    iterations++;
    let t = dmax > maxStep ? maxStep / dmax : 1;
    let fn = Infinity;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      let decrease = 0;
      for (let i = 0; i < n; i++) {
        xn[i] = clip(x[i]! + t * d[i]!, lower[i]!, upper[i]!);
        decrease += g[i]! * (xn[i]! - x[i]!);
      }
      fn = safe(f, xn, gn);
      if (fn <= fx + 1e-4 * decrease) {
        accepted = true;
        break;
      }
      t *= fn < Infinity ? Math.max(0.1, Math.min(0.5, (-0.5 * decrease) / (fn - fx - decrease) || 0.5)) : 0.25;
    }
    if (!accepted) {
      if (!fresh) {
        reset(1);
        fresh = true;
        continue;
      }
      // No descent along the steepest direction at double precision: this is the minimum.
      converged = pg <= 1e4 * gtol;
      break;
    }
    let sy = 0;
    let yy = 0;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xn[i]! - x[i]!;
      y[i] = gn[i]! - g[i]!;
      sy += s[i]! * y[i]!;
      yy += y[i]! * y[i]!;
      ss += s[i]! * s[i]!;
    }
    const drop = fx - fn;
    [x, xn] = [xn, x];
    [g, gn] = [gn, g];
    fx = fn;
    if (drop <= 1e-15 * (1 + Math.abs(fx))) {
      if (++stalls >= 3) {
        converged = true;
        break;
      }
    } else stalls = 0;
    if (sy > 1e-12 * Math.sqrt(ss * yy)) {
      if (fresh) reset(sy / yy);
      fresh = false;
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      let yHy = 0;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
        Hy[i] = v;
        yHy += y[i]! * v;
      }
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] = H[i * n + j]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!;
        }
      }
    }
  }
  return { point: x, value: fx, iterations, converged };
}

/**
 * Central-difference gradient of a scalar function (step `h` in each coordinate), for models
 * without an analytic gradient.
 * @internal
 */
export function numericGradient(f: (theta: Float64Array) => number, h = 1e-6): Objective {
  return (theta, grad) => {
    const v = f(theta);
    if (grad === undefined || !(v < Infinity)) return v;
    const x = Float64Array.from(theta);
    for (let i = 0; i < x.length; i++) {
      const xi = theta[i]!;
      x[i] = xi + h;
      const up = f(x);
      x[i] = xi - h;
      const down = f(x);
      x[i] = xi;
      grad[i] = (up - down) / (2 * h);
    }
    return v;
  };
}

/**
 * The Hessian of `f` at `x` (a symmetric n×n matrix, row-major): central differences of the
 * gradient when `f` gives one, otherwise second differences of the value.
 * @internal
 */
export function hessian(f: Objective, x: Float64Array, analytic: boolean): Float64Array {
  const n = x.length;
  const H = new Float64Array(n * n);
  const p = Float64Array.from(x);
  if (analytic) {
    const h = 1e-5;
    const up = new Float64Array(n);
    const down = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      p[j] = x[j]! + h;
      f(p, up);
      p[j] = x[j]! - h;
      f(p, down);
      p[j] = x[j]!;
      for (let i = 0; i < n; i++) H[i * n + j] = (up[i]! - down[i]!) / (2 * h);
    }
  } else {
    const h = 1e-4;
    const f0 = f(p, undefined);
    const at = (i: number, di: number, j: number, dj: number): number => {
      p[i] = p[i]! + di;
      p[j] = p[j]! + dj;
      const v = f(p, undefined);
      p[i] = x[i]!;
      p[j] = x[j]!;
      return v;
    };
    for (let i = 0; i < n; i++) {
      H[i * n + i] = (at(i, h, i, 0) - 2 * f0 + at(i, -h, i, 0)) / (h * h);
      for (let j = 0; j < i; j++) {
        H[i * n + j] = (at(i, h, j, h) - at(i, h, j, -h) - at(i, -h, j, h) + at(i, -h, j, -h)) / (4 * h * h);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const v = analytic ? (H[i * n + j]! + H[j * n + i]!) / 2 : H[i * n + j]!;
      H[i * n + j] = v;
      H[j * n + i] = v;
    }
  }
  return H;
}

/**
 * The inverse of a symmetric positive-definite n×n matrix by Cholesky, or `undefined` when the
 * matrix is not positive definite (or not finite).
 * @internal
 */
export function inverseSpd(A: Float64Array, n: number): Float64Array | undefined {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= L[i * n + k]! * L[j * n + k]!;
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return undefined;
        L[i * n + i] = Math.sqrt(sum);
      } else L[i * n + j] = sum / L[j * n + j]!;
    }
  }
  // inv(A) = inv(L)ᵀ inv(L)
  const Li = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    Li[i * n + i] = 1 / L[i * n + i]!;
    for (let j = 0; j < i; j++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum -= L[i * n + k]! * Li[k * n + j]!;
      Li[i * n + j] = sum / L[i * n + i]!;
    }
  }
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = i; k < n; k++) sum += Li[k * n + i]! * Li[k * n + j]!;
      inv[i * n + j] = sum;
      inv[j * n + i] = sum;
    }
  }
  for (const v of inv) if (!Number.isFinite(v)) return undefined;
  return inv;
}
