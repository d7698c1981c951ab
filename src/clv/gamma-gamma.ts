import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { addCompensated, type CompensatedSum } from '../records/index.js';
import { logGamma } from './math/special.js';
import { checkModel, checkParams, checkStart, maximizeLikelihood, type FitDiagnostics, type FitOptions } from './model.js';
import type { CustomerSummary } from './summary.js';

/**
 * Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV"): each purchase's value is
 * gamma(`p`, ν) for a customer, and ν is gamma(`q`, `gamma`) across customers. The population
 * mean spend is `p · gamma / (q − 1)`.
 *
 * @example
 * ```ts
 * import type { GammaGammaParams } from 'crm-taxonomy';
 *
 * const cdnow: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
 * Number((cdnow.p * cdnow.gamma / (cdnow.q - 1)).toFixed(2)); //=> 35.22
 * ```
 */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/**
 * A customer's repeat purchases and their mean value: the input of the Gamma-Gamma model.
 *
 * @example
 * ```ts
 * import type { SpendHistory } from 'crm-taxonomy';
 *
 * const spend: SpendHistory = { x: 2, meanRepeatSpend: 22.35 };
 * spend.x; //=> 2
 * ```
 */
export interface SpendHistory {
  /** Repeat purchases the mean is over (whole, >= 0; customers with 0 carry no spend information). */
  readonly x: number;
  /** Mean value of those purchases (> 0 when x > 0), in the host's money unit. */
  readonly meanRepeatSpend: number;
}

/**
 * A fitted Gamma-Gamma model as plain JSON (no time unit: it models money per purchase).
 *
 * @example
 * ```ts
 * import type { GammaGammaModel } from 'crm-taxonomy';
 *
 * const model: GammaGammaModel = {
 *   model: 'gamma-gamma',
 *   params: { p: 6.25, q: 3.74, gamma: 15.44 },
 *   logLikelihood: -4055.92,
 *   data: { customers: 946, meanSpend: 35.08 },
 *   fit: { iterations: 0, runs: 0, converged: true },
 * };
 * model.model; //=> 'gamma-gamma'
 * ```
 */
export interface GammaGammaModel {
  readonly model: 'gamma-gamma';
  readonly params: GammaGammaParams;
  readonly logLikelihood: number;
  /** Customers with x > 0 used in the fit, and their mean of mean spends. */
  readonly data: { readonly customers: number; readonly meanSpend: number };
  readonly fit: FitDiagnostics;
}

const KEYS = ['p', 'q', 'gamma'] as const;

function rowsOf(input: CustomerSummary | readonly SpendHistory[]): readonly SpendHistory[] {
  if (Array.isArray(input)) return input as readonly SpendHistory[];
  const s = input as CustomerSummary;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.customers)) {
    throw legacyError('invalid_summary', 'Expected a CustomerSummary or an array of { x, meanRepeatSpend }', {
      path: [],
      details: { received: describeValue(input) },
    });
  }
  return s.customers;
}

/** @internal */
export function checkSpend(h: unknown, path: (string | number)[]): SpendHistory {
  const { x, meanRepeatSpend: m } = (h ?? {}) as Record<string, unknown>;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) {
    throw legacyError('invalid_summary', `${path.join('.')}.x must be a whole number >= 0, received ${describeValue(x)}`, {
      path: [...path, 'x'],
    });
  }
  if (typeof m !== 'number' || !Number.isFinite(m) || (x > 0 && m <= 0) || m < 0) {
    throw legacyError(
      'invalid_summary',
      `${path.join('.')}.meanRepeatSpend must be a finite number${x > 0 ? ' > 0 (Gamma-Gamma models positive spend)' : ' >= 0'}, received ${describeValue(m)}`,
      { path: [...path, 'meanRepeatSpend'] },
    );
  }
  return h as SpendHistory;
}

function rowLogLikelihood(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  const px = p * x;
  return (
    logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(m) + px * Math.log(x) -
    (px + q) * Math.log(gamma + x * m)
  );
}

function repeatRows(input: CustomerSummary | readonly SpendHistory[]): SpendHistory[] {
  const rows = rowsOf(input);
  const out: SpendHistory[] = [];
  rows.forEach((h, i) => {
    checkSpend(h, ['customers', i]);
    if (h.x > 0) out.push({ x: h.x, meanRepeatSpend: h.meanRepeatSpend });
  });
  return out.sort((a, b) => a.x - b.x || a.meanRepeatSpend - b.meanRepeatSpend);
}

function total(params: GammaGammaParams, rows: readonly SpendHistory[]): number {
  const s: CompensatedSum = { sum: 0, compensation: 0 };
  for (const h of rows) addCompensated(s, rowLogLikelihood(params, h.x, h.meanRepeatSpend));
  return s.sum + s.compensation;
}

/**
 * The Gamma-Gamma log-likelihood of the customers with `x > 0` (the density of their mean spend,
 * Jacobian included, so it is comparable with CLVTools' -4055.92 on CDNOW).
 *
 * @throws CrmTaxonomyError `invalid_parameters`, `invalid_summary`.
 * @example
 * ```ts
 * import { gammaGammaLogLikelihood } from 'crm-taxonomy';
 *
 * Number(gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, [{ x: 2, meanRepeatSpend: 22.35 }]).toFixed(4)); //=> -3.5513
 * ```
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, spend: CustomerSummary | readonly SpendHistory[]): number {
  const p = checkParams(params, KEYS, ['params']);
  return total(p, repeatRows(spend));
}

/**
 * Fits the Gamma-Gamma spend model on the customers with at least one repeat purchase (the others
 * carry no spend information and are skipped). On CDNOW it finds p = 6.25, q = 3.74, gamma = 15.44.
 *
 * @throws CrmTaxonomyError `invalid_summary`, `empty_input` (no customer with x > 0), `fit_failed`.
 * @example
 * ```ts
 * import { fitGammaGamma } from 'crm-taxonomy';
 *
 * const model = fitGammaGamma([
 *   { x: 1, meanRepeatSpend: 20 }, { x: 3, meanRepeatSpend: 35 }, { x: 2, meanRepeatSpend: 15 },
 *   { x: 5, meanRepeatSpend: 42 }, { x: 1, meanRepeatSpend: 60 }, { x: 0, meanRepeatSpend: 0 },
 * ]);
 * model.data.customers; //=> 5
 * ```
 */
export function fitGammaGamma(
  spend: CustomerSummary | readonly SpendHistory[],
  options: FitOptions<GammaGammaParams> = {},
): GammaGammaModel {
  const rows = repeatRows(spend);
  if (rows.length === 0) {
    throw legacyError('empty_input', 'Gamma-Gamma needs customers with at least one repeat purchase (x > 0)', { path: ['customers'] });
  }
  const mean = rows.reduce((acc, h) => acc + h.meanRepeatSpend, 0) / rows.length;
  const start = checkStart(options.start, KEYS) ?? { p: 1, q: 2, gamma: mean };
  const n = rows.length;
  const fitted = maximizeLikelihood('Gamma-Gamma', KEYS, start, n, (p) => total(p, rows), options.optimizer);
  return { model: 'gamma-gamma', params: fitted.params, logLikelihood: fitted.logLikelihood, data: { customers: n, meanSpend: mean }, fit: fitted.fit };
}

/** @internal */
export function checkGammaGammaModel(model: unknown): GammaGammaParams {
  const m = model as { model?: unknown } | null;
  if (typeof m !== 'object' || m === null || m.model !== 'gamma-gamma') {
    throw legacyError('invalid_model', "Expected a fitted Gamma-Gamma model ({ model: 'gamma-gamma', params, ... })", {
      path: ['model'],
    });
  }
  return checkParams((model as GammaGammaModel).params, KEYS, ['model', 'params']);
}

/** Unchecked conditional expected spend. @internal */
export function gammaGammaSpend(p: GammaGammaParams, x: number, m: number): number {
  return (p.p * (p.gamma + x * m)) / (p.p * x + p.q - 1);
}

/**
 * The expected value of a customer's next purchases given `x` repeat purchases of mean value
 * `meanRepeatSpend`: a weighted mean of the population mean `p·gamma/(q−1)` and the customer's own
 * mean, weighted towards the customer as `x` grows. Needs `q > 1`.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_parameters` (q <= 1), `invalid_summary`.
 * @example
 * ```ts
 * import { expectedAverageSpend } from 'crm-taxonomy';
 *
 * const model = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
 * Number(expectedAverageSpend(model, { x: 0, meanRepeatSpend: 0 }).toFixed(2)); //=> 35.22
 * Number(expectedAverageSpend(model, { x: 10, meanRepeatSpend: 100 }).toFixed(2)); //=> 97.28
 * ```
 */
export function expectedAverageSpend(
  model: Pick<GammaGammaModel, 'model' | 'params'>,
  customer: SpendHistory,
): number {
  const p = checkGammaGammaModel(model);
  if (p.q <= 1) {
    throw legacyError('invalid_parameters', `The expected spend needs q > 1 (the population mean is p·gamma/(q−1)), received q = ${p.q}`, {
      path: ['model', 'params', 'q'],
    });
  }
  const h = checkSpend(customer, ['customer']);
  return gammaGammaSpend(p, h.x, h.meanRepeatSpend);
}
