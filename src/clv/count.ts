import { CrmTaxonomyError, inputError, isRecord, knownKeys, optionsRecord, type ErrorPath } from '../errors/index.js';
import { groupHistories, rowsOf, type GroupedHistories } from './histories.js';
import { MAX_COVARIATES, type FitDataSummary, type ParameterSpec } from './model.js';
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
 * histories checked and grouped. `empty_input` for zero customers.
 * @internal
 */
export function prepareCountFit(model: string, input: unknown, options: unknown): PreparedCountFit & { readonly options: Readonly<Record<string, unknown>> } {
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
  const data: FitDataSummary = {
    customers: grouped.customers,
    repeatCustomers: grouped.repeatCustomers,
    totalRepeatPurchases: grouped.totalRepeatPurchases,
    meanT: grouped.meanT,
    maxT: grouped.maxT,
  };
  void model;
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
