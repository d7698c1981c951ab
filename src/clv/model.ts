import { CrmTaxonomyError, inputError, knownKeys, type ErrorPath } from '../errors/index.js';
import { array, boolean, checkShape, count, int, number, object, oneOf, string, type Assert, type Equals, type Field, type Known, type NumberField, type ObjectField, type Out, type ShapeIssue } from '../shape/index.js';
import { hessian, inverseSpd, minimize, numericGradient, type Objective } from './math/optimize.js';

/** Largest number of covariates of one kind a model takes. @internal */
export const MAX_COVARIATES = 50;

/** A parameter value that is finite and above zero, and at most `max`. @internal */
export const positive = (max?: number): NumberField<number> => number({ min: 0, exclusiveMin: true, ...(max === undefined ? {} : { max }) });

/**
 * The largest shape parameter of a beta mixing distribution a stored model may hold (BG/NBD's a
 * and b, BG/BB's four): 100 times what a fit reaches (1e6). Beyond, the differences of log-betas
 * of huge arguments lose their digits (at b = 1e12 BG/NBD's expectations were off by 3e-4, at
 * 1e15 by half; BG/BB's beyond the number of opportunities): such a model is refused, not read.
 * @internal
 */
export const MAX_BETA_SHAPE = 1e8;


/** The codes of the warnings a fit records, each a message in every locale. @internal */
export const FIT_WARNINGS = ['parameters_at_bound', 'no_repeat_purchases', 'few_repeat_purchases', 'fit_not_converged', 'standard_errors_unavailable'] as const;

/** One warning of a fit. @internal */
export const WARNING_SHAPE = /* @__PURE__ */ object({
  code: oneOf(FIT_WARNINGS),
  params: object(
    { parameters: array(string()), customers: count(), repeatCustomers: count(), iterations: count() },
    { optional: ['parameters', 'customers', 'repeatCustomers', 'iterations'] },
  ),
});

/** The parameters of a fit warning's message. */
export type FitWarningParams = {
  /** The parameters at the edge of the search box (`parameters_at_bound`). */
  readonly parameters?: readonly string[];
  /** Customers in the fit. */
  readonly customers?: number;
  /** Customers with a repeat purchase. */
  readonly repeatCustomers?: number;
  /** Iterations the optimiser used (`fit_not_converged`). */
  readonly iterations?: number;
};

/**
 * A warning about a fit, as data: a stable code and its parameters; render it with
 * `message(warning, locale)`.
 */
export interface FitWarning {
  /** `parameters_at_bound`, `no_repeat_purchases`, `few_repeat_purchases`, `fit_not_converged` or `standard_errors_unavailable`. */
  readonly code: (typeof FIT_WARNINGS)[number];
  readonly params: FitWarningParams;
}

/** One time-invariant covariate of a model: its name and fitted coefficient. */
export interface Covariate {
  /** The key of the covariate in each customer's `covariates`. */
  readonly name: string;
  /** The coefficient γ: the covariate scales its rate by exp(γ·z). */
  readonly coefficient: number;
  /** Standard error of the coefficient (observed information), when the fit could compute it. */
  readonly standardError?: number;
}

/** @internal */
export const COVARIATE_SHAPE = /* @__PURE__ */ object(
  { name: string(), coefficient: number(), standardError: number({ min: 0 }) },
  { optional: ['standardError'] },
);
type _CovariateMatches = Assert<Equals<Known<Covariate>, Known<Out<typeof COVARIATE_SHAPE>>>>;

/** @internal */
export const COVARIATE_LIST = /* @__PURE__ */ array(COVARIATE_SHAPE, { maxItems: MAX_COVARIATES });

/** How the optimiser ended, and what the fit knows of its own precision. */
export interface FitDiagnostics<K extends string> {
  /** Quasi-Newton iterations used. */
  readonly iterations: number;
  /** Whether the optimiser met its tolerances (the gradient vanished within the search box). */
  readonly converged: boolean;
  /** Parameters that ended at the edge of the search box (no heterogeneity, or no information in the data). */
  readonly atBound?: readonly K[];
  /** Standard errors of the parameters from the observed information (the inverse Hessian of the log-likelihood). */
  readonly standardErrors?: { readonly [P in K]: number };
  /**
   * Covariance of the estimates (inverse observed information): the parameters in the order of
   * `params`, then the covariate coefficients in the order of the model's covariates.
   */
  readonly covariance?: readonly (readonly number[])[];
  /** Warnings as data (`{ code, params }`), absent when there are none. */
  readonly warnings?: readonly FitWarning[];
}

/**
 * What makes `fit.covariance` a covariance matrix of `size` parameters: square of that size,
 * variances at least 0, symmetric (to 1e-6 of the scale its variances set: an inverse computed in
 * floating point is not exactly so), and no covariance beyond what its two variances allow
 * (|c_ij| <= sqrt(c_ii c_jj), which a positive-semidefinite matrix obeys). The first issue (its
 * path from the model), or none. @internal
 */
export function covarianceIssue(cov: readonly (readonly number[])[] | undefined, size: number): ShapeIssue | undefined {
  if (cov === undefined) return undefined;
  if (cov.length !== size) return { path: ['fit', 'covariance'], expected: 'same_length', value: `[array(${cov.length})]`, min: size, max: size };
  for (let i = 0; i < size; i++) {
    const row = cov[i]!;
    if (row.length !== size) return { path: ['fit', 'covariance', i], expected: 'same_length', value: `[array(${row.length})]`, min: size, max: size };
    if (!(row[i]! >= 0)) return { path: ['fit', 'covariance', i, i], expected: 'number', value: row[i], min: 0 };
    for (let j = 0; j < i; j++) {
      const c = row[j]!;
      const bound = Math.sqrt(row[i]! * cov[j]![j]!) * (1 + 1e-9);
      if (Math.abs(c - cov[j]![i]!) > 1e-6 * bound || Math.abs(c) > bound) return { path: ['fit', 'covariance', i, j], expected: 'number', value: c, min: -bound, max: bound };
    }
  }
  return undefined;
}

/**
 * The covariance check of a stored model with `keys` parameters and its covariates (each a fitted
 * coefficient, after the parameters): one definition for the core and the zod schema. @internal
 */
export function modelCovarianceIssue(model: { readonly fit: { readonly covariance?: readonly (readonly number[])[] }; readonly covariates?: Readonly<Record<string, readonly unknown[]>> }, keys: number): ShapeIssue | undefined {
  let size = keys;
  for (const list of Object.values(model.covariates ?? {})) size += list.length;
  return covarianceIssue(model.fit.covariance, size);
}

/** The fit diagnostics' shape for the parameters `keys`. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function fitShape<const K extends string>(keys: readonly K[]) {
  const se = {} as Record<string, NumberField<number>>;
  for (const k of keys) se[k] = number({ min: 0 });
  return object(
    {
      iterations: count(),
      converged: boolean(),
      atBound: array(oneOf(keys), { minItems: 1 }),
      standardErrors: object(se as { readonly [P in K]: NumberField<number> }),
      covariance: array(array(number())),
      warnings: array(WARNING_SHAPE, { minItems: 1 }),
    },
    { optional: ['atBound', 'standardErrors', 'covariance', 'warnings'] },
  );
}

/** What a fitted count model records about the customers it was fitted on. */
export interface FitDataSummary {
  /** Customers in the fit. */
  readonly customers: number;
  /** Customers with at least one repeat purchase. */
  readonly repeatCustomers: number;
  /** Σx, the repeat purchases. */
  readonly totalRepeatPurchases: number;
  /** Mean age `T` (model time unit). */
  readonly meanT: number;
  /** Largest age `T`. */
  readonly maxT: number;
}

/** @internal */
export const COUNT_DATA_SHAPE = /* @__PURE__ */ object(
  {
    customers: count(1),
    repeatCustomers: count(),
    totalRepeatPurchases: count(),
    meanT: number({ min: 0 }),
    maxT: number({ min: 0 }),
  },
  {
    rules: [
      { path: 'repeatCustomers', rule: 'at_most', other: 'customers' },
      { path: 'totalRepeatPurchases', rule: 'at_least', other: 'repeatCustomers' },
      { path: 'meanT', rule: 'at_most', other: 'maxT' },
    ],
  },
);
type _DataMatches = Assert<Equals<Known<FitDataSummary>, Known<Out<typeof COUNT_DATA_SHAPE>>>>;

/** The two covariate lists of a purchase-count model. @internal */
export const COUNT_COVARIATES_SHAPE = /* @__PURE__ */ object({ purchase: COVARIATE_LIST, dropout: COVARIATE_LIST });

/** The time units a count model is fitted in. @internal */
export const TIME_UNIT_FIELD = /* @__PURE__ */ oneOf(['days', 'weeks']);

/**
 * The parts of a model shape that a prediction reads (`keys`), the other fields allowed and
 * ignored: one definition, read by the fit's output check, the predictions and the zod schema.
 * @internal
 */
export function pickShape<F extends Readonly<Record<string, Field>>>(shape: ObjectField<unknown> & { readonly fields: F }, keys: readonly (keyof F & string)[], optional: readonly string[] = []): ObjectField<unknown> {
  const fields: Record<string, Field> = {};
  for (const k of keys) fields[k] = shape.fields[k] as Field;
  return object(fields, { optional: optional as string[], open: true }) as ObjectField<unknown>;
}

/** Checks a stored model (or the parts of it a prediction reads) against its shape. @internal */
export function checkModelShape<T>(shape: Field, model: unknown, path: ErrorPath = ['model']): T {
  return checkShape(shape, model, 'invalid_model', path) as T;
}

/**
 * One parameter of a fit: its name, how it is searched (`log`: a positive value searched on
 * ln(value / scale) in [ln 1e-6, ln 1e6]; `linear`: a coefficient in [−bound, bound], searched
 * standardized, as γ·50/bound in [−50, 50], so that the search does not depend on the covariate's
 * unit: with bound 50/max|z|, that is γ·max|z|).
 * @internal
 */
export interface ParameterSpec {
  readonly name: string;
  readonly kind: 'log' | 'linear';
  /** `log`: the unit of the value (1, the mean age, the mean spend); `linear`: the bound. */
  readonly scale: number;
  /** Start value (natural scale). */
  readonly start: number;
  /**
   * The index of the parameter it forms a gamma or beta mixing pair with (shape and scale, or the
   * two shapes): along the pair's ratio the likelihood can rise towards homogeneity at infinity,
   * so the pair moves together when one is tried at an edge.
   */
  readonly partner?: number;
}

const LOG_BOX = Math.log(1e6);
/** The search box of a standardized coefficient (see {@link ParameterSpec}). */
const LINEAR_BOX = 50;
/** How close to an edge of the box (in search coordinates: a factor 1,000) a parameter is tried at the edge. */
const NEAR_EDGE = Math.log(1000);

/** The fitted values, log-likelihood and diagnostics of a maximum-likelihood fit. @internal */
export interface FitOutcome {
  /** Natural-scale values, in the order of the specs. */
  readonly values: readonly number[];
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly atBound: readonly string[];
  /** Standard errors (natural scale) and covariance, when the information matrix is positive definite and no parameter is at a bound. */
  readonly standardErrors?: readonly number[];
  readonly covariance?: readonly (readonly number[])[];
  readonly seFailed: boolean;
}

/**
 * Maximum likelihood: minimises the mean negative log-likelihood `objective` (a function of the
 * natural parameter values, with its gradient when `analytic`, by central differences otherwise)
 * over the search coordinates θ within the search box, polishes once
 * from the optimum with a fresh quasi-Newton memory, and derives the standard errors from the
 * Hessian at the optimum (the observed information of the total, `weight` customers). Throws
 * `fit_failed` when the start has no finite likelihood.
 * @internal
 */
export function maximize(model: string, specs: readonly ParameterSpec[], objective: Objective, weight: number, analytic: boolean): FitOutcome {
  const n = specs.length;
  const lower: number[] = [];
  const upper: number[] = [];
  const start: number[] = [];
  for (const p of specs) {
    if (p.kind === 'log') {
      lower.push(-LOG_BOX);
      upper.push(LOG_BOX);
      start.push(Math.log(p.start / p.scale));
    } else {
      lower.push(-LINEAR_BOX);
      upper.push(LINEAR_BOX);
      start.push((p.start / p.scale) * LINEAR_BOX);
    }
  }
  // d value / dθ: the value itself for a log-searched parameter, bound / 50 for a coefficient.
  const unit = specs.map((p) => (p.kind === 'log' ? 0 : p.scale / LINEAR_BOX));
  // The objective reads natural values; the optimiser searches θ (chain rule for the gradient).
  const values0 = new Float64Array(n);
  const gradNatural = new Float64Array(n);
  const toNatural = (theta: Float64Array, out: Float64Array): void => {
    for (let i = 0; i < n; i++) out[i] = specs[i]!.kind === 'log' ? specs[i]!.scale * Math.exp(theta[i]!) : theta[i]! * unit[i]!;
  };
  let search: Objective;
  if (analytic) {
    search = (theta, grad) => {
      toNatural(theta, values0);
      const v = objective(values0, grad === undefined ? undefined : gradNatural);
      if (grad !== undefined) for (let i = 0; i < n; i++) grad[i] = gradNatural[i]! * (specs[i]!.kind === 'log' ? values0[i]! : unit[i]!);
      return v;
    };
  } else {
    const own = new Float64Array(n);
    search = numericGradient((theta) => {
      toNatural(theta, own);
      return objective(own, undefined);
    });
  }
  const natural = (theta: Float64Array): number[] => {
    const out = new Float64Array(n);
    toNatural(theta, out);
    return [...out];
  };
  let result = minimize(search, start, lower, upper);
  if (!(result.value < Infinity)) throw new CrmTaxonomyError('fit_failed', { model, cause: 'no_finite_likelihood' });
  const polish = minimize(search, [...result.point], lower, upper);
  if (polish.value <= result.value) result = { ...polish, iterations: result.iterations + polish.iterations };
  // A likelihood that keeps rising, ever more slowly, towards an edge of the box (a ridge) stops
  // the search short of it: try each parameter near an edge at the edge, the others re-fitted, and
  // keep it there when the likelihood is no worse.
  for (let i = 0; i < n; i++) {
    const x = result.point[i]!;
    const edge = x - lower[i]! < NEAR_EDGE ? lower[i]! : upper[i]! - x < NEAR_EDGE ? upper[i]! : undefined;
    if (edge === undefined || edge === x) continue;
    const lo = [...lower];
    const hi = [...upper];
    lo[i] = edge;
    hi[i] = edge;
    const start = [...result.point];
    start[i] = edge;
    const j = specs[i]!.partner;
    if (j !== undefined) start[j] = Math.min(upper[j]!, Math.max(lower[j]!, start[j]! + (edge - x)));
    const pinned = minimize(search, start, lo, hi);
    if (pinned.value <= result.value + 1e-12 * (1 + Math.abs(result.value))) {
      result = { ...pinned, iterations: result.iterations + pinned.iterations, converged: pinned.converged || result.converged };
    }
  }
  const theta = result.point;
  // Within a factor 1.001 of an edge counts as at it (for a coefficient: exp(γ·z) within a factor
  // 1.001 of its largest): a likelihood that still rises towards the edge is flat there.
  const atBound = specs.filter((_, i) => theta[i]! <= lower[i]! + 1e-3 || theta[i]! >= upper[i]! - 1e-3).map((p) => p.name);
  const values = natural(theta);
  let standardErrors: number[] | undefined;
  let covariance: number[][] | undefined;
  let seFailed = false;
  if (atBound.length === 0) {
    const H = hessian(search, theta, analytic);
    for (let i = 0; i < H.length; i++) H[i] = H[i]! * weight;
    const inv = inverseSpd(H, n);
    if (inv === undefined) seFailed = true;
    else {
      // Back to natural values (d value / dθ, as `unit`).
      const jac = specs.map((p, i) => (p.kind === 'log' ? values[i]! : unit[i]!));
      covariance = [];
      for (let i = 0; i < n; i++) {
        const row: number[] = [];
        for (let j = 0; j < n; j++) row.push(inv[i * n + j]! * jac[i]! * jac[j]!);
        covariance.push(row);
      }
      standardErrors = covariance.map((row, i) => Math.sqrt(row[i]!));
      if (!standardErrors.every(Number.isFinite)) {
        standardErrors = undefined;
        covariance = undefined;
        seFailed = true;
      }
    }
  }
  return {
    values,
    logLikelihood: -result.value * weight,
    iterations: result.iterations,
    converged: result.converged,
    atBound,
    ...(standardErrors === undefined || covariance === undefined ? {} : { standardErrors, covariance }),
    seFailed,
  };
}

/**
 * The diagnostics record of a fit: parameter standard errors by name, the covariance, and the
 * warnings (`customers`/`repeatCustomers` describe the data for the repeat-purchase warnings).
 * @internal
 */
export function diagnosticsOf<K extends string>(
  outcome: FitOutcome,
  keys: readonly K[],
  data: { readonly customers: number; readonly repeatCustomers?: number },
): FitDiagnostics<K> {
  const warnings: FitWarning[] = [];
  if (data.repeatCustomers !== undefined) {
    if (data.repeatCustomers === 0) warnings.push({ code: 'no_repeat_purchases', params: { customers: data.customers } });
    else if (data.repeatCustomers < 50 || data.repeatCustomers < 0.05 * data.customers) {
      warnings.push({ code: 'few_repeat_purchases', params: { customers: data.customers, repeatCustomers: data.repeatCustomers } });
    }
  }
  const atBound = outcome.atBound.filter((name): name is K => (keys as readonly string[]).includes(name));
  if (outcome.atBound.length > 0) warnings.push({ code: 'parameters_at_bound', params: { parameters: [...outcome.atBound] } });
  if (!outcome.converged) warnings.push({ code: 'fit_not_converged', params: { iterations: outcome.iterations } });
  if (outcome.seFailed) warnings.push({ code: 'standard_errors_unavailable', params: {} });
  let standardErrors: { [P in K]: number } | undefined;
  if (outcome.standardErrors !== undefined) {
    standardErrors = {} as { [P in K]: number };
    keys.forEach((k, i) => {
      standardErrors![k] = outcome.standardErrors![i]!;
    });
  }
  return {
    iterations: outcome.iterations,
    converged: outcome.converged,
    ...(atBound.length > 0 ? { atBound } : {}),
    ...(standardErrors === undefined ? {} : { standardErrors, covariance: outcome.covariance! }),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** The covariates of a fit, with their coefficients and standard errors from `outcome` starting at `offset`. @internal */
export function covariatesOf(names: readonly string[], outcome: FitOutcome, offset: number): Covariate[] {
  return names.map((name, i) => ({
    name,
    coefficient: outcome.values[offset + i]!,
    ...(outcome.standardErrors === undefined ? {} : { standardError: outcome.standardErrors[offset + i]! }),
  }));
}

/** Checks a start record: each listed key a finite number > 0. @internal */
export function checkStart<K extends string>(start: unknown, keys: readonly K[], path: ErrorPath = ['options', 'start']): Partial<Record<K, number>> {
  if (start === undefined) return {};
  if (typeof start !== 'object' || start === null || Array.isArray(start)) throw inputError('invalid_argument', path, 'object', start);
  const out: Partial<Record<K, number>> = {};
  knownKeys(start, keys, path);
  for (const key of Object.keys(start)) {
    const v = (start as Record<string, unknown>)[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) throw inputError('invalid_argument', [...path, key], 'number', v, { min: 0, exclusiveMin: true });
    out[key as K] = v;
  }
  return out;
}

/** A finite-number safety net on a public result: NaN or ±Infinity become `not_computable`. @internal */
export function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new CrmTaxonomyError('not_computable', { what, cause: 'overflow' });
  return value;
}

/**
 * The work a batch of forecasts may do, in units of a microsecond or so (a closed-form expectation
 * costs 1 plus a fiftieth per series term, one by quadrature 100): `input_too_large` once spent,
 * so no input makes a call run for minutes. @internal
 */
export interface Meter {
  units: number;
  readonly limit: number;
  readonly what: string;
}

/** A meter for `what`, 3 million units by default. @internal */
export function meter(what: string, limit = 3_000_000): Meter {
  return { units: 0, limit, what };
}

/** Spends units of a meter; `input_too_large` beyond its limit. @internal */
export function charge(m: Meter, units: number): void {
  m.units += units;
  if (m.units > m.limit) throw new CrmTaxonomyError('input_too_large', { what: m.what, limit: m.limit, received: m.units });
}
