import { CrmTaxonomyError, legacyError, describeValue, type ErrorPath } from '../errors/index.js';
import { addCompensated, type CompensatedSum } from '../records/index.js';
import { nelderMead, type NelderMeadOptions } from './math/nelder-mead.js';
import { checkHistories, type CustomerHistory, type CustomerSummary } from './summary.js';
import { checkTimeUnit, type TimeUnit } from './time.js';

/**
 * What a fitted model records about the data it was fitted on, so a stored model explains itself.
 *
 * @example
 * ```ts
 * import type { FitDataSummary } from 'crm-taxonomy';
 *
 * const data: FitDataSummary = { customers: 2357, repeatCustomers: 946, totalRepeatPurchases: 2457, meanT: 32.7, maxT: 38.86 };
 * data.customers; //=> 2357
 * ```
 */
export interface FitDataSummary {
  /** Customers in the fit. */
  readonly customers: number;
  /** Customers with at least one repeat purchase (`x > 0`). */
  readonly repeatCustomers: number;
  /** Σx. */
  readonly totalRepeatPurchases: number;
  /** Mean age `T` (time unit of the model). */
  readonly meanT: number;
  /** Largest age `T`. */
  readonly maxT: number;
}

/**
 * How the optimiser ended: iterations, runs (1 + restarts), whether the last run met its tolerances.
 *
 * @example
 * ```ts
 * import type { FitDiagnostics } from 'crm-taxonomy';
 *
 * const fit: FitDiagnostics = { iterations: 812, runs: 3, converged: true };
 * fit.converged; //=> true
 * ```
 */
export interface FitDiagnostics {
  readonly iterations: number;
  readonly runs: number;
  readonly converged: boolean;
  /**
   * Parameters that ended at the edge of the search box [1e-6, 1e6] (for example r and alpha
   * growing together when the data show no heterogeneity in purchase rates). Absent when none.
   */
  readonly atBound?: readonly string[];
}

/**
 * Options shared by the fitting functions.
 *
 * @typeParam P - the parameter record of the model.
 * @example
 * ```ts
 * import type { FitOptions, BgNbdParams } from 'crm-taxonomy';
 *
 * const options: FitOptions<BgNbdParams> = { start: { r: 1, alpha: 3, a: 1, b: 3 } };
 * options.start?.alpha; //=> 3
 * ```
 */
export interface FitOptions<P> {
  /** Starting parameters (all > 0). Defaults are scaled to the data. */
  readonly start?: P;
  /** Optimiser settings (Nelder-Mead on log-parameters). */
  readonly optimizer?: NelderMeadOptions;
}

/** A history with a multiplicity, for fitting on distinct rows. @internal */
export interface WeightedHistory {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly weight: number;
}

/**
 * Collapses identical histories into weighted rows, sorted, so the likelihood is evaluated once per
 * distinct row and the result does not depend on the input order.
 * @internal
 */
export function groupHistories(histories: readonly CustomerHistory[]): WeightedHistory[] {
  const map = new Map<string, { x: number; tx: number; T: number; weight: number }>();
  for (const h of histories) {
    const key = `${h.x}|${h.tx}|${h.T}`;
    const row = map.get(key);
    if (row === undefined) map.set(key, { x: h.x, tx: h.tx, T: h.T, weight: 1 });
    else row.weight++;
  }
  return [...map.values()].sort((p, q) => p.x - q.x || p.tx - q.tx || p.T - q.T);
}

/** @internal */
export function describeData(histories: readonly CustomerHistory[]): FitDataSummary {
  let repeat = 0;
  let maxT = 0;
  const sumX: CompensatedSum = { sum: 0, compensation: 0 };
  const sumT: CompensatedSum = { sum: 0, compensation: 0 };
  for (const h of histories) {
    if (h.x > 0) repeat++;
    if (h.T > maxT) maxT = h.T;
    addCompensated(sumX, h.x);
    addCompensated(sumT, h.T);
  }
  return {
    customers: histories.length,
    repeatCustomers: repeat,
    totalRepeatPurchases: sumX.sum + sumX.compensation,
    meanT: histories.length === 0 ? 0 : (sumT.sum + sumT.compensation) / histories.length,
    maxT,
  };
}

/** Weighted total of a per-row log-likelihood, compensated. @internal */
export function weightedTotal(rows: readonly WeightedHistory[], ll: (h: WeightedHistory) => number): number {
  const s: CompensatedSum = { sum: 0, compensation: 0 };
  for (const h of rows) addCompensated(s, h.weight * ll(h));
  return s.sum + s.compensation;
}

/**
 * Checks a parameter record: every listed key a finite number > 0.
 * @internal
 */
export function checkParams<K extends string>(params: unknown, keys: readonly K[], path: ErrorPath): Record<K, number> {
  if (typeof params !== 'object' || params === null) {
    throw legacyError('invalid_parameters', `Expected parameters { ${keys.join(', ')} }, received ${describeValue(params)}`, {
      path,
      details: { required: keys },
    });
  }
  const p = params as Record<string, unknown>;
  for (const k of keys) {
    const v = p[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw legacyError('invalid_parameters', `Parameter ${k} must be a finite number > 0, received ${describeValue(v)}`, {
        path: [...path, k],
        details: { required: keys, received: describeValue(v) },
      });
    }
  }
  return p as Record<K, number>;
}

/**
 * Checks a stored model's tag, unit and parameters.
 * @internal
 */
export function checkModel<K extends string>(model: unknown, kind: string, keys: readonly K[]): { timeUnit: TimeUnit; params: Record<K, number> } {
  const m = model as { model?: unknown; timeUnit?: unknown; params?: unknown } | null;
  if (typeof m !== 'object' || m === null || m.model !== kind) {
    throw legacyError(
      'invalid_model',
      `Expected a fitted ${kind} model ({ model: '${kind}', timeUnit, params, ... }), received ${
        typeof m === 'object' && m !== null ? `a ${describeValue(m.model)} model` : describeValue(model)
      }`,
      { path: ['model'], details: { expected: kind } },
    );
  }
  const timeUnit = checkTimeUnit(m.timeUnit, ['model', 'timeUnit']);
  return { timeUnit, params: checkParams(m.params, keys, ['model', 'params']) };
}

/** @internal */
export function checkStart<K extends string>(start: unknown, keys: readonly K[]): Record<K, number> | undefined {
  return start === undefined ? undefined : checkParams(start, keys, ['options', 'start']);
}

/** Search box of every parameter: ln 1e6 either side of 1. @internal */
export const LOG_BOUND = /* @__PURE__ */ Math.log(1e6);

/** Wraps an objective on log-parameters so that it is +Infinity outside the search box. @internal */
export function boxed(f: (v: readonly number[]) => number): (v: readonly number[]) => number {
  return (v) => {
    for (const x of v) if (!(Math.abs(x) <= LOG_BOUND)) return Infinity;
    return f(v);
  };
}

/** Diagnostics of a Nelder-Mead result on log-parameters named `keys`. @internal */
export function diagnostics(
  result: { iterations: number; runs: number; converged: boolean; point: readonly number[] },
  keys: readonly string[],
): FitDiagnostics {
  const atBound = keys.filter((_, i) => Math.abs(result.point[i] as number) > LOG_BOUND - 1e-3);
  return {
    iterations: result.iterations,
    runs: result.runs,
    converged: result.converged,
    ...(atBound.length > 0 ? { atBound } : {}),
  };
}

/** @internal */
export function fitFailed(kind: string, detail: string): CrmTaxonomyError {
  return legacyError('fit_failed', `The ${kind} fit did not reach a finite likelihood: ${detail}`, { path: [] });
}

/**
 * Maximum likelihood on log-parameters, shared by every model: Nelder-Mead (with restarts) on the
 * mean negative log-likelihood inside the search box, from `start`. Returns the parameters (in the
 * order of `keys`), the total log-likelihood at them and the optimiser's diagnostics. @internal
 */
export function maximizeLikelihood<K extends string>(
  kind: string,
  keys: readonly K[],
  start: Readonly<Record<K, number>>,
  n: number,
  logLikelihood: (params: Record<K, number>) => number,
  optimizer: NelderMeadOptions | undefined,
): { params: Record<K, number>; logLikelihood: number; fit: FitDiagnostics } {
  const toParams = (v: readonly number[]): Record<K, number> => {
    const params = {} as Record<K, number>;
    keys.forEach((key, i) => {
      params[key] = Math.exp(v[i] as number);
    });
    return params;
  };
  const objective = (v: readonly number[]): number => {
    const ll = logLikelihood(toParams(v));
    return Number.isFinite(ll) ? -ll / n : Infinity;
  };
  const result = nelderMead(boxed(objective), keys.map((key) => Math.log(start[key])), optimizer);
  if (!Number.isFinite(result.value)) throw fitFailed(kind, 'no finite likelihood from the start values');
  const params = toParams(result.point);
  return { params, logLikelihood: logLikelihood(params), fit: diagnostics(result, keys) };
}

/** @internal */
export function resolveUnit(histories: CustomerSummary | readonly CustomerHistory[], timeUnit: TimeUnit | undefined): TimeUnit {
  if (!Array.isArray(histories) && typeof histories === 'object' && histories !== null) {
    const unit = (histories as CustomerSummary).timeUnit;
    if (timeUnit !== undefined && unit !== timeUnit) {
      throw legacyError('invalid_argument', `options.timeUnit (${timeUnit}) contradicts the summary's time unit (${unit})`, {
        path: ['options', 'timeUnit'],
        details: { summary: unit, option: timeUnit },
      });
    }
    return unit;
  }
  if (timeUnit === undefined) {
    throw legacyError('invalid_argument', "An array of histories carries no time unit: pass options.timeUnit ('days' or 'weeks')", {
      path: ['options', 'timeUnit'],
      details: { allowed: ['days', 'weeks'] },
    });
  }
  return timeUnit;
}

/**
 * What BG/NBD and Pareto/NBD fits start from: the time unit (the summary's, or the option for an
 * array), the checked histories described and grouped into distinct weighted rows. @internal
 */
export function prepareCountFit(
  kind: string,
  histories: CustomerSummary | readonly CustomerHistory[],
  timeUnitOption: TimeUnit | undefined,
): { timeUnit: TimeUnit; data: FitDataSummary; rows: WeightedHistory[] } {
  const timeUnit = resolveUnit(histories, timeUnitOption);
  const checked = checkHistories(histories, timeUnit);
  if (checked.length === 0) throw legacyError('empty_input', `Cannot fit ${kind} on zero customers`, { path: ['customers'] });
  return { timeUnit, data: describeData(checked), rows: groupHistories(checked) };
}
