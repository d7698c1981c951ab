/**
 * A deterministic Nelder-Mead minimiser with restarts, for fitting the lifetime-value models on
 * log-parameters (so every parameter stays positive without constraints).
 * @module
 */

/**
 * Options of {@link nelderMead}.
 *
 * @example
 * ```ts
 * import type { NelderMeadOptions } from 'crm-taxonomy';
 *
 * const options: NelderMeadOptions = { functionTolerance: 1e-12, maxRestarts: 4 };
 * options.maxRestarts; //=> 4
 * ```
 */
export interface NelderMeadOptions {
  /** Stop when the spread of objective values across the simplex is below this. Default 1e-10. */
  readonly functionTolerance?: number;
  /** Stop when the simplex is smaller than this in every coordinate. Default 1e-9. */
  readonly pointTolerance?: number;
  /** Iteration budget per run. Default 1000 × dimension. */
  readonly maxIterations?: number;
  /** Restarts from the best point with a fresh simplex, until a run improves by less than `functionTolerance`. Default 8. */
  readonly maxRestarts?: number;
  /** Size of the initial simplex steps. Default 0.5 (in log-parameter space: a factor of e^0.5). */
  readonly initialStep?: number;
}

/**
 * What {@link nelderMead} found.
 *
 * @example
 * ```ts
 * import { nelderMead, type NelderMeadResult } from 'crm-taxonomy';
 *
 * const result: NelderMeadResult = nelderMead(([x = 0]) => (x - 3) ** 2, [0]);
 * Number(result.point[0]?.toFixed(5)); //=> 3
 * ```
 */
export interface NelderMeadResult {
  /** The best point. */
  readonly point: readonly number[];
  /** The objective at the best point. */
  readonly value: number;
  /** Total iterations over all runs. */
  readonly iterations: number;
  /** Runs made (1 + restarts). */
  readonly runs: number;
  /** Whether the last run met the tolerances within its budget. */
  readonly converged: boolean;
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
export function nelderMead(
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
