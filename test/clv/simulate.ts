/**
 * Seeded simulation of the lifetime-value models (no Math.random): customers drawn from BG/NBD,
 * Pareto/NBD and Gamma-Gamma with known parameters, for recovery, coverage and benchmark runs.
 */

/** Mulberry32: uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): number {
  let v = 0;
  while (v === 0) v = u();
  return Math.sqrt(-2 * Math.log(v)) * Math.cos(2 * Math.PI * u());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (with the boost for shape < 1). */
export function gamma(u: () => number, shape: number, rate: number): number {
  if (shape < 1) return gamma(u, shape + 1, rate) * Math.pow(Math.max(u(), 1e-300), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = u();
    if (w < 1 - 0.0331 * x * x * x * x || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

export function beta(u: () => number, a: number, b: number): number {
  const x = gamma(u, a, 1);
  const y = gamma(u, b, 1);
  return x / (x + y);
}

function exponential(u: () => number, rate: number): number {
  return -Math.log(1 - u()) / rate;
}

export interface SimulatedCustomer {
  x: number;
  tx: number;
  T: number;
  covariates?: Record<string, number>;
  meanRepeatSpend?: number;
}

export interface SimOptions {
  readonly customers: number;
  readonly seed: number;
  /** Ages T: uniform over [minT, maxT] (model units). */
  readonly minT?: number;
  readonly maxT?: number;
  /** Round tx and T to multiples of this (e.g. 1/7 week: calendar days). */
  readonly grain?: number;
  /** A covariate z ~ Bernoulli(0.5), scaling purchase rate by exp(gp·z) and the dropout parameters by exp(gd·z). */
  readonly covariate?: { readonly name: string; readonly purchase: number; readonly dropout: number; readonly spend?: number };
  /** Gamma-Gamma spend parameters: fills meanRepeatSpend. */
  readonly spend?: { readonly p: number; readonly q: number; readonly gamma: number };
}

function ages(u: () => number, o: SimOptions): number {
  const lo = o.minT ?? 27;
  const hi = o.maxT ?? 39;
  return lo + (hi - lo) * u();
}

function finish(u: () => number, o: SimOptions, x: number, tx: number, T: number, z: number): SimulatedCustomer {
  const g = o.grain;
  let TT = T;
  let t = tx;
  if (g !== undefined) {
    TT = Math.round(T / g) * g;
    t = x === 0 ? 0 : Math.min(TT, Math.round(tx / g) * g);
  }
  const c: SimulatedCustomer = { x, tx: t, T: TT };
  if (o.covariate !== undefined) c.covariates = { [o.covariate.name]: z };
  if (o.spend !== undefined) {
    if (x === 0) c.meanRepeatSpend = 0;
    else {
      const nu = gamma(u, o.spend.q, o.spend.gamma * Math.exp((o.covariate?.spend ?? 0) * z));
      let s = 0;
      for (let i = 0; i < x; i++) s += gamma(u, o.spend.p, nu);
      c.meanRepeatSpend = s / x;
    }
  }
  return c;
}

/** Customers drawn from BG/NBD(r, alpha, a, b). */
export function simulateBgNbd(params: { r: number; alpha: number; a: number; b: number }, o: SimOptions): SimulatedCustomer[] {
  const u = prng(o.seed);
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < o.customers; i++) {
    const z = o.covariate === undefined ? 0 : u() < 0.5 ? 1 : 0;
    const alpha = params.alpha * Math.exp(-(o.covariate?.purchase ?? 0) * z);
    const f = Math.exp((o.covariate?.dropout ?? 0) * z);
    const lambda = gamma(u, params.r, alpha);
    const p = beta(u, params.a * f, params.b * f);
    const T = ages(u, o);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += exponential(u, lambda);
      if (t > T) break;
      x++;
      tx = t;
      if (u() < p) break;
    }
    out.push(finish(u, o, x, tx, T, z));
  }
  return out;
}

/** Customers drawn from Pareto/NBD(r, alpha, s, beta). */
export function simulateParetoNbd(params: { r: number; alpha: number; s: number; beta: number }, o: SimOptions): SimulatedCustomer[] {
  const u = prng(o.seed);
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < o.customers; i++) {
    const z = o.covariate === undefined ? 0 : u() < 0.5 ? 1 : 0;
    const alpha = params.alpha * Math.exp(-(o.covariate?.purchase ?? 0) * z);
    const betaI = params.beta * Math.exp(-(o.covariate?.dropout ?? 0) * z);
    const lambda = gamma(u, params.r, alpha);
    const mu = gamma(u, params.s, betaI);
    const T = ages(u, o);
    const end = Math.min(T, exponential(u, mu));
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += exponential(u, lambda);
      if (t > end) break;
      x++;
      tx = t;
    }
    out.push(finish(u, o, x, tx, T, z));
  }
  return out;
}
