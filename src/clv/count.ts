import { CrmTaxonomyError, inputError, isRecord, knownKeys, optionsRecord, type ErrorPath } from '../errors/index.js';
import { groupHistories, rowsOf, type GroupedHistories } from './histories.js';
import type { Objective } from './math/optimize.js';
import { checkStart, covariatesOf, diagnosticsOf, maximize, MAX_COVARIATES, type Covariate, type FitDataSummary, type FitDiagnostics, type ParameterSpec } from './model.js';
import type { CustomerHistory, CustomerSummary } from './summary.js';
import type { TimeUnit } from './time.js';

/** Options of the purchase-count fits (`fitBgNbd`, `fitParetoNbd`). */
export interface CountFitOptions<K extends string> {
  /** The unit of an array of histories (a summary carries its own). */
  readonly timeUnit?: TimeUnit;
  /** Starting values (each > 0); defaults are scaled to the data. */
  readonly start?: { readonly [P in K]?: number };
  /** Names of the customers' `covariates` that scale the purchase rate and the dropout process. */
  readonly covariates?: { readonly purchase?: readonly string[]; readonly dropout?: readonly string[] };
}

/** The input of a purchase-count fit: a summary, or histories with a unit. */
export type CountFitInput = CustomerSummary | readonly CustomerHistory[];

/** @internal */
export function covariateNames(value: unknown, path: ErrorPath): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw inputError('invalid_argument', path, 'array', value, { max: MAX_COVARIATES });
  if (value.length > MAX_COVARIATES) throw inputError('invalid_argument', path, 'array', value, { max: MAX_COVARIATES });
  const seen = new Set<string>();
  value.forEach((name: unknown, i) => {
    if (typeof name !== 'string' || name.length === 0) throw inputError('invalid_argument', [...path, i], 'non_empty_string', name);
    if (seen.has(name)) throw inputError('invalid_argument', [...path, i], 'unique', name);
    seen.add(name);
  });
  return [...seen];
}

/** What a purchase-count fit starts from. @internal */
export interface PreparedCountFit {
  readonly timeUnit: TimeUnit;
  readonly grouped: GroupedHistories;
  readonly data: FitDataSummary;
  readonly purchase: readonly string[];
  readonly dropout: readonly string[];
  /** The unit of the time-scale parameters (alpha, beta) in the search. */
  readonly timeScale: number;
}

/**
 * Reads a purchase-count fit's input and options: the time unit, the covariate names, the
 * histories checked and grouped. `empty_input` for zero customers, or none observed for any time.
 * @internal
 */
export function prepareCountFit(input: unknown, options: unknown): PreparedCountFit & { readonly options: Readonly<Record<string, unknown>> } {
  const o = optionsRecord(options as object | undefined, ['timeUnit', 'start', 'covariates']) as Readonly<Record<string, unknown>>;
  const { rows, timeUnit } = rowsOf(input, o.timeUnit);
  let purchase: string[] = [];
  let dropout: string[] = [];
  if (o.covariates !== undefined) {
    if (!isRecord(o.covariates)) throw inputError('invalid_argument', ['options', 'covariates'], 'object', o.covariates);
    knownKeys(o.covariates, ['purchase', 'dropout'], ['options', 'covariates']);
    purchase = covariateNames(o.covariates.purchase, ['options', 'covariates', 'purchase']);
    dropout = covariateNames(o.covariates.dropout, ['options', 'covariates', 'dropout']);
  }
  const names = [...purchase, ...dropout];
  const grouped = groupHistories(rows, names);
  if (grouped.customers === 0) throw new CrmTaxonomyError('empty_input', { what: 'customers' }, { path: ['customers'] });
  // Observed for no time at all, the likelihood is 0 whatever the parameters: the start would read as a fit.
  if (!(grouped.maxT > 0)) throw new CrmTaxonomyError('empty_input', { what: 'observed_time' }, { path: ['customers'] });
  const data: FitDataSummary = {
    customers: grouped.customers,
    repeatCustomers: grouped.repeatCustomers,
    totalRepeatPurchases: grouped.totalRepeatPurchases,
    meanT: grouped.meanT,
    maxT: grouped.maxT,
  };
  const timeScale = grouped.meanT > 0 ? grouped.meanT : grouped.maxT > 0 ? grouped.maxT : 1;
  return { timeUnit: timeUnit as TimeUnit, grouped, data, purchase, dropout, timeScale, options: o };
}

/** Search specs of covariate coefficients: start 0, bound so that |γ·z| <= 50 for every customer. @internal */
export function coefficientSpecs(names: readonly string[], columns: readonly Float64Array[], offset: number, prefix: string): ParameterSpec[] {
  return names.map((name, j) => {
    let max = 0;
    for (const v of columns[offset + j]!) max = Math.max(max, Math.abs(v));
    return { name: `${prefix}.${name}`, kind: 'linear', scale: max > 0 ? 50 / max : 50, start: 0 };
  });
}

/** A fitted purchase-count model's fields, but its name's literal type. @internal */
export interface CountModelFields<K extends string> {
  readonly timeUnit: TimeUnit;
  readonly params: { readonly [P in K]: number };
  readonly covariates?: { readonly purchase: readonly Covariate[]; readonly dropout: readonly Covariate[] };
  readonly logLikelihood: number;
  readonly data: FitDataSummary;
  readonly fit: FitDiagnostics<K>;
}

/**
 * Fits a purchase-count model (BG/NBD, Pareto/NBD): the specs of its four parameters from the
 * checked start values, the covariate coefficients after them, the search of the likelihood, and
 * the model's fields (`params` by name, covariates when there are any, the log-likelihood, the
 * data and the diagnostics). @internal
 */
export function fitCountModel<K extends string>(
  model: string,
  keys: readonly K[],
  prepared: PreparedCountFit & { readonly options: Readonly<Record<string, unknown>> },
  parameters: (start: Partial<Record<K, number>>, timeScale: number) => ParameterSpec[],
  objective: (g: GroupedHistories, kp: number, kd: number) => Objective,
): CountModelFields<K> {
  const { grouped, purchase, dropout } = prepared;
  const start = checkStart(prepared.options.start, keys);
  const specs = [
    ...parameters(start, prepared.timeScale),
    ...coefficientSpecs(purchase, grouped.z, 0, 'purchase'),
    ...coefficientSpecs(dropout, grouped.z, purchase.length, 'dropout'),
  ];
  const outcome = maximize(model, specs, objective(grouped, purchase.length, dropout.length), grouped.customers, true);
  const k = keys.length;
  return {
    timeUnit: prepared.timeUnit,
    params: Object.fromEntries(keys.map((key, i) => [key, outcome.values[i]!])) as { readonly [P in K]: number },
    ...(purchase.length + dropout.length > 0
      ? { covariates: { purchase: covariatesOf(purchase, outcome, k), dropout: covariatesOf(dropout, outcome, k + purchase.length) } }
      : {}),
    logLikelihood: outcome.logLikelihood,
    data: prepared.data,
    fit: diagnosticsOf(outcome, keys, prepared.data),
  };
}
