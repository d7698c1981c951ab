import { CrmTaxonomyError, legacyError } from '../errors/index.js';
import { logGamma, logHyp2f1, logSumExp } from './math/special.js';
import {
  checkModel,
  checkParams,
  checkStart,
  groupHistories,
  maximizeLikelihood,
  prepareCountFit,
  weightedTotal,
  type FitDataSummary,
  type FitDiagnostics,
  type FitOptions,
} from './model.js';
import { checkHistories, type CustomerHistory, type CustomerSummary } from './summary.js';
import type { TimeUnit } from './time.js';

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rates are gamma(`r`, `alpha`) across
 * customers; after each purchase a customer drops out with a probability that is beta(`a`, `b`)
 * across customers. `alpha` is in the model's time unit.
 *
 * @example
 * ```ts
 * import type { BgNbdParams } from 'crm-taxonomy';
 *
 * const cdnow: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * cdnow.r; //=> 0.243
 * ```
 */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * A fitted BG/NBD model as plain JSON: store it, load it, predict with it.
 *
 * @example
 * ```ts
 * import type { BgNbdModel } from 'crm-taxonomy';
 *
 * const model: BgNbdModel = {
 *   model: 'bg-nbd',
 *   timeUnit: 'weeks',
 *   params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   logLikelihood: -9582.43,
 *   data: { customers: 2357, repeatCustomers: 946, totalRepeatPurchases: 2457, meanT: 32.7, maxT: 38.86 },
 *   fit: { iterations: 0, runs: 0, converged: true },
 * };
 * JSON.parse(JSON.stringify(model)).params.b; //=> 2.426
 * ```
 */
export interface BgNbdModel {
  readonly model: 'bg-nbd';
  /** The unit of `alpha`, of the histories it was fitted on and of its forecasts. */
  readonly timeUnit: TimeUnit;
  readonly params: BgNbdParams;
  /** Total log-likelihood at `params`. */
  readonly logLikelihood: number;
  readonly data: FitDataSummary;
  readonly fit: FitDiagnostics;
}

const KEYS = ['r', 'alpha', 'a', 'b'] as const;

/** Per-customer log-likelihood, unchecked. @internal */
export function bgNbdLogLikelihoodRow(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const a1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
  const a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  const a4 = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return a1 + a2 + logSumExp(a3, a4);
}

/**
 * The BG/NBD log-likelihood of a set of customer histories (the sum over customers). Finite for
 * every valid history and positive parameters.
 *
 * @throws CrmTaxonomyError `invalid_parameters`, `invalid_summary`.
 * @example
 * ```ts
 * import { bgNbdLogLikelihood } from 'crm-taxonomy';
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * Number(bgNbdLogLikelihood(params, [{ x: 0, tx: 0, T: 38.86 }]).toFixed(4)); //=> -0.5547
 * ```
 */
export function bgNbdLogLikelihood(params: BgNbdParams, histories: CustomerSummary | readonly CustomerHistory[]): number {
  const p = checkParams(params, KEYS, ['params']);
  const rows = groupHistories(checkHistories(histories, undefined));
  return weightedTotal(rows, (h) => bgNbdLogLikelihoodRow(p, h.x, h.tx, h.T));
}

/**
 * Fits the BG/NBD model by maximum likelihood: Nelder-Mead on the log-parameters with restarts,
 * on the distinct histories weighted by their counts. Pass a {@link CustomerSummary} (its time unit
 * becomes the model's) or an array of histories with an explicit `timeUnit`.
 *
 * On the CDNOW sample (2,357 customers, 39 weeks) it finds r = 0.2426, alpha = 4.4137,
 * a = 0.7930, b = 2.4259, LL = -9582.43, as published.
 *
 * @throws CrmTaxonomyError `invalid_summary`, `invalid_parameters` (start), `invalid_argument`,
 * `fit_failed`.
 * @example
 * ```ts
 * import { fitBgNbd } from 'crm-taxonomy';
 *
 * const histories = [
 *   { x: 0, tx: 0, T: 30 }, { x: 1, tx: 5, T: 30 }, { x: 3, tx: 25, T: 30 },
 *   { x: 0, tx: 0, T: 20 }, { x: 2, tx: 18, T: 20 }, { x: 1, tx: 2, T: 25 },
 * ];
 * const model = fitBgNbd(histories, { timeUnit: 'weeks' });
 * model.model; //=> 'bg-nbd'
 * Number.isFinite(model.logLikelihood); //=> true
 * ```
 */
export function fitBgNbd(
  histories: CustomerSummary | readonly CustomerHistory[],
  options: FitOptions<BgNbdParams> & { readonly timeUnit?: TimeUnit } = {},
): BgNbdModel {
  const { timeUnit, data, rows } = prepareCountFit('BG/NBD', histories, options.timeUnit);
  const start = checkStart(options.start, KEYS) ?? { r: 1, alpha: Math.max(data.meanT / 10, 1e-3), a: 1, b: 3 };
  const fitted = maximizeLikelihood(
    'BG/NBD',
    KEYS,
    start,
    data.customers,
    (p) => weightedTotal(rows, (h) => bgNbdLogLikelihoodRow(p, h.x, h.tx, h.T)),
    options.optimizer,
  );
  return { model: 'bg-nbd', timeUnit, params: fitted.params, logLikelihood: fitted.logLikelihood, data, fit: fitted.fit };
}

/** @internal */
export function checkBgNbdModel(model: unknown): { timeUnit: TimeUnit; params: BgNbdParams } {
  return checkModel(model, 'bg-nbd', KEYS);
}

/** P(alive | x, tx, T), unchecked. @internal */
export function bgNbdPAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const d = Math.log(p.a) - Math.log(p.b + x - 1) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(d));
}

function conditionalRaw(p: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  if (t === 0) return 0;
  const { r, alpha, a, b } = p;
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const logTerm = (r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)) + logHyp2f1(r + x, b + x, c, z);
  // 1 - e^logTerm, precise when logTerm is near 0.
  const head = -Math.expm1(logTerm);
  return ((c / (a - 1)) * head) * bgNbdPAlive(p, x, tx, T);
}

/** E[X(t) | x, tx, T], unchecked (t in model units). @internal */
export function bgNbdConditional(p: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  // a = 1 is a removable singularity: average the two sides.
  const eps = 1e-5;
  if (Math.abs(p.a - 1) < eps) {
    return (conditionalRaw({ ...p, a: 1 - eps }, x, tx, T, t) + conditionalRaw({ ...p, a: 1 + eps }, x, tx, T, t)) / 2;
  }
  return conditionalRaw(p, x, tx, T, t);
}

/** @internal */
export function checkBgNbdExpectable(p: BgNbdParams, x: number): void {
  if (p.a + p.b + x - 1 <= 0) {
    throw legacyError(
      'invalid_parameters',
      `BG/NBD expectations for x = ${x} need a + b + x > 1 (the hypergeometric term is undefined), received a + b = ${p.a + p.b}`,
      { path: ['model', 'params'], details: { a: p.a, b: p.b, x } },
    );
  }
}
