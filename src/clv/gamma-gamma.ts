import { CrmTaxonomyError, inputError, isRecord, optionsRecord, recordError, type ErrorPath } from '../errors/index.js';
import { addCompensated, type CompensatedSum } from '../records/index.js';
import { count, literal, number, object, type Assert, type Equals, type Known, type Out } from '../shape/index.js';
import { coefficientSpecs, covariateNames } from './count.js';
import { MAX_COUNT, MAX_X, readCovariates } from './histories.js';
import type { Objective } from './math/optimize.js';
import { digamma, logGamma } from './math/special.js';
import {
  modelCovarianceIssue,
  COVARIATE_LIST,
  checkStart,
  covariatesOf,
  diagnosticsOf,
  fitShape,
  maximize,
  positive,
  type Covariate,
  type FitDiagnostics,
  type ParameterSpec,
} from './model.js';
import type { CustomerSummary } from './summary.js';

/**
 * A fitted Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV") as plain JSON: each
 * purchase's value is gamma(`p`, ν) for a customer, and ν is gamma(`q`, `gamma`) across customers;
 * the population mean spend is p·gamma/(q − 1). No time unit: it models money per purchase.
 */
export interface GammaGammaModel {
  readonly model: 'gamma-gamma';
  readonly params: {
    /** Shape of a customer's spend distribution. */
    readonly p: number;
    /** Shape of the distribution of the spend rate ν across customers. */
    readonly q: number;
    /** Scale of that distribution, in the host's money unit. */
    readonly gamma: number;
  };
  /** Time-invariant covariates: a customer's `gamma` is gamma·exp(γ·z), so exp(γ·z) scales the mean spend. */
  readonly covariates?: { readonly spend: readonly Covariate[] };
  /** Total log-likelihood of the mean spends (a density, Jacobian included, comparable with CLVTools; it may exceed 0 in small money units). */
  readonly logLikelihood: number;
  /** Customers with x > 0 used in the fit and their mean of mean spends. */
  readonly data: { readonly customers: number; readonly meanSpend: number };
  readonly fit: FitDiagnostics<'p' | 'q' | 'gamma'>;
}

/** @internal */
export const GAMMA_GAMMA_KEYS = ['p', 'q', 'gamma'] as const;

/** The one definition of a stored Gamma-Gamma model. @internal */
export const GAMMA_GAMMA_SHAPE = /* @__PURE__ */ object(
  {
    model: literal('gamma-gamma'),
    params: object({ p: positive(), q: positive(), gamma: positive() }),
    covariates: object({ spend: COVARIATE_LIST }),
    logLikelihood: number(),
    data: object({ customers: count(1), meanSpend: positive() }),
    fit: fitShape(GAMMA_GAMMA_KEYS),
  },
  { optional: ['covariates'], check: (m) => modelCovarianceIssue(m, GAMMA_GAMMA_KEYS.length) },
);
type _GammaGammaMatches = Assert<Equals<Known<GammaGammaModel>, Known<Out<typeof GAMMA_GAMMA_SHAPE>>>>;

/** Largest mean spend the model takes (in the host's unit). @internal */
export const MAX_SPEND = 1e15;

/** One customer's repeat purchases and their mean value: the input of the spend model. */
interface SpendRow {
  /** Repeat purchases the mean is over (whole, >= 0; customers with 0 carry no spend information). */
  readonly x: number;
  /** Mean value of those purchases (> 0 when x > 0), in the host's money unit. */
  readonly meanRepeatSpend: number;
  /** Covariate values by name, for a model with covariates. */
  readonly covariates?: Readonly<Record<string, number>>;
  /** Customers sharing this row (default 1), for pre-grouped data in a fit. */
  readonly count?: number;
}

/**
 * Checks `{ x, meanRepeatSpend }`: whole x in [0, 2e8], a finite mean spend in (0, 1e15] when
 * x > 0 (>= 0 when x = 0). A prediction (`zeroSpend`) also takes a repeat buyer whose repeat
 * purchases were all free (mean 0): the conditional expectation p(γ + x·m)/(p·x + q − 1) is defined
 * there; only the fit's likelihood (which takes log m) needs positive spend.
 * @internal
 */
export function readSpend(h: unknown, path: ErrorPath, index?: number, zeroSpend = false): { x: number; m: number } {
  if (!isRecord(h)) throw spendError(path, index, undefined, 'object', h, {});
  const { x, meanRepeatSpend: m } = h as Record<string, unknown>;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > MAX_X) throw spendError(path, index, 'x', 'integer', x, { min: 0, max: MAX_X });
  const positive = x > 0 && !zeroSpend;
  if (typeof m !== 'number' || !Number.isFinite(m) || m < 0 || m > MAX_SPEND || (positive && m === 0)) {
    throw spendError(path, index, 'meanRepeatSpend', 'number', m, positive ? { min: 0, exclusiveMin: true, max: MAX_SPEND } : { min: 0, max: MAX_SPEND });
  }
  return { x, m };
}

function spendError(path: ErrorPath, index: number | undefined, field: string | undefined, expected: 'object' | 'integer' | 'number', value: unknown, extra: { min?: number; max?: number; exclusiveMin?: boolean }): CrmTaxonomyError {
  const base = index === undefined ? path : [...path, index];
  const at = field === undefined ? base : [...base, field];
  return index === undefined ? inputError('invalid_argument', at, expected, value, extra) : recordError(at, index, expected, value, extra);
}

interface SpendData {
  readonly n: number;
  readonly x: Float64Array;
  readonly m: Float64Array;
  readonly w: Float64Array;
  readonly z: readonly Float64Array[];
  readonly customers: number;
  readonly meanSpend: number;
}

/** The repeat buyers of a spend input, checked, grouped into distinct rows and sorted. */
function spendRows(input: unknown, covariates: readonly string[]): SpendData {
  let rows: readonly unknown[];
  if (Array.isArray(input)) rows = input;
  else if (isRecord(input) && Array.isArray((input as { customers?: unknown }).customers)) rows = (input as unknown as CustomerSummary).customers;
  else throw inputError('invalid_argument', ['customers'], 'array', input);
  const k = covariates.length;
  const xs: number[] = [];
  const ms: number[] = [];
  const ws: number[] = [];
  const zs: number[][] = covariates.map(() => []);
  const sum: CompensatedSum = { sum: 0, compensation: 0 };
  let customers = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const { x, m } = readSpend(row, ['customers'], i);
    const c = (row as { count?: unknown }).count;
    const count = c === undefined ? 1 : c;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) throw recordError(['customers', i, 'count'], i, 'integer', c, { min: 1, max: MAX_COUNT });
    if (x === 0) continue;
    const z = readCovariates(row, covariates, ['customers'], i);
    xs.push(x);
    ms.push(m);
    ws.push(count);
    for (let j = 0; j < k; j++) zs[j]!.push(z[j]!);
    customers += count;
    addCompensated(sum, m * count);
  }
  // Sorted by (x, m, z…), identical rows merged: the order of the input cannot change the fit.
  const order = new Uint32Array(xs.length);
  for (let j = 0; j < order.length; j++) order[j] = j;
  const same = (p: number, q: number): number => {
    const d = xs[p]! - xs[q]! || ms[p]! - ms[q]!;
    if (d !== 0) return d;
    for (let j = 0; j < k; j++) {
      const e = zs[j]![p]! - zs[j]![q]!;
      if (e !== 0) return e;
    }
    return 0;
  };
  order.sort(same);
  const mx: number[] = [];
  const mm: number[] = [];
  const mw: number[] = [];
  const mz: number[][] = covariates.map(() => []);
  let previous = -1;
  for (const j of order) {
    if (previous >= 0 && same(previous, j) === 0) mw[mw.length - 1]! += ws[j]!;
    else {
      mx.push(xs[j]!);
      mm.push(ms[j]!);
      mw.push(ws[j]!);
      for (let c = 0; c < k; c++) mz[c]!.push(zs[c]![j]!);
    }
    previous = j;
  }
  return {
    n: mx.length,
    x: Float64Array.from(mx),
    m: Float64Array.from(mm),
    w: Float64Array.from(mw),
    z: mz.map((col) => Float64Array.from(col)),
    customers,
    meanSpend: customers === 0 ? 0 : (sum.sum + sum.compensation) / customers,
  };
}

/** Mean negative log-likelihood of the spend rows as a function of [p, q, gamma, γ…], with its gradient. */
function gammaGammaObjective(d: SpendData, k: number): Objective {
  const { n, x: X, m: M, w: W, z: Z } = d;
  const N = d.customers;
  const lnM = Float64Array.from(M, Math.log);
  const lnX = Float64Array.from(X, Math.log);
  const sc = new Float64Array(Math.max(k, 1));
  return (v, grad) => {
    const p = v[0]!;
    const q = v[1]!;
    const gamma = v[2]!;
    const lgq = logGamma(q);
    const lgamma = Math.log(gamma);
    const psiq = grad === undefined ? 0 : digamma(q);
    let ll = 0;
    let gp = 0;
    let gq = 0;
    let gg = 0;
    sc.fill(0);
    let lastX = -1;
    let G = 0;
    let dGp = 0;
    let dGq = 0;
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      if (x !== lastX) {
        lastX = x;
        const px = p * x;
        G = logGamma(px + q) - logGamma(px) - lgq + px * lnX[i]!;
        if (grad !== undefined) {
          const psi = digamma(px + q);
          dGp = x * (psi - digamma(px) + lnX[i]!);
          dGq = psi - psiq;
        }
      }
      let gi = gamma;
      let lgi = lgamma;
      if (k > 0) {
        let e = 0;
        for (let j = 0; j < k; j++) e += v[3 + j]! * Z[j]![i]!;
        gi = gamma * Math.exp(e);
        lgi = lgamma + e;
      }
      const px = p * x;
      const lsum = Math.log(gi + x * M[i]!);
      const w = W[i]!;
      ll += w * (G + q * lgi + (px - 1) * lnM[i]! - (px + q) * lsum);
      if (grad !== undefined) {
        gp += w * (dGp + x * (lnM[i]! - lsum));
        gq += w * (dGq + lgi - lsum);
        const dgi = w * (q / gi - (px + q) / (gi + x * M[i]!));
        gg += dgi * (gi / gamma);
        for (let j = 0; j < k; j++) sc[j]! += dgi * gi * Z[j]![i]!;
      }
    }
    if (grad !== undefined) {
      grad[0] = -gp / N;
      grad[1] = -gq / N;
      grad[2] = -gg / N;
      for (let j = 0; j < k; j++) grad[3 + j] = -sc[j]! / N;
    }
    return Number.isFinite(ll) ? -ll / N : Infinity;
  };
}

/**
 * Fits the Gamma-Gamma spend model on the customers with at least one repeat purchase (the others
 * carry no spend information and are skipped), by maximum likelihood with analytic gradients on
 * the distinct (x, mean spend) rows. Takes a customer summary or rows `{ x, meanRepeatSpend }`;
 * `covariates` names values in each row's `covariates` that scale the mean spend by exp(γ·z). On
 * CDNOW it finds p 6.25, q 3.74, gamma 15.44, LL −4,055.92 (CLVTools).
 *
 * @throws CrmTaxonomyError `invalid_argument`, `invalid_record`, `empty_input` (no repeat buyer), `fit_failed`.
 * @example
 * ```ts
 * import { fitGammaGamma } from 'crm-taxonomy/clv';
 *
 * const model = fitGammaGamma([
 *   { x: 1, meanRepeatSpend: 20 }, { x: 3, meanRepeatSpend: 35 }, { x: 2, meanRepeatSpend: 15 },
 *   { x: 5, meanRepeatSpend: 42 }, { x: 1, meanRepeatSpend: 60 }, { x: 0, meanRepeatSpend: 0 },
 * ]);
 * model.data.customers; //=> 5
 * ```
 */
export function fitGammaGamma(
  spend: CustomerSummary | readonly SpendRow[],
  options: { readonly start?: { readonly p?: number; readonly q?: number; readonly gamma?: number }; readonly covariates?: readonly string[] } = {},
): GammaGammaModel {
  const o = optionsRecord(options as object, ['start', 'covariates']) as Readonly<Record<string, unknown>>;
  const names = covariateNames(o.covariates, ['options', 'covariates']);
  const d = spendRows(spend, names);
  if (d.customers === 0) throw new CrmTaxonomyError('empty_input', { what: 'repeat_buyers' }, { path: ['customers'] });
  const start = checkStart(o.start, GAMMA_GAMMA_KEYS);
  const specs: ParameterSpec[] = [
    { name: 'p', kind: 'log', scale: 1, start: start.p ?? 1 },
    { name: 'q', kind: 'log', scale: 1, start: start.q ?? 2, partner: 2 },
    { name: 'gamma', kind: 'log', scale: d.meanSpend, start: start.gamma ?? d.meanSpend, partner: 1 },
    ...coefficientSpecs(names, d.z, 0, 'spend'),
  ];
  const outcome = maximize('gamma-gamma', specs, gammaGammaObjective(d, names.length), d.customers, true);
  const [p, q, gamma] = outcome.values as [number, number, number];
  return {
    model: 'gamma-gamma',
    params: { p, q, gamma },
    ...(names.length > 0 ? { covariates: { spend: covariatesOf(names, outcome, 3) } } : {}),
    logLikelihood: outcome.logLikelihood,
    data: { customers: d.customers, meanSpend: d.meanSpend },
    fit: diagnosticsOf(outcome, GAMMA_GAMMA_KEYS, { customers: d.customers }),
  };
}

/**
 * The conditional expected spend per purchase, unchecked: p(γ + x·m)/(p·x + q − 1) (Fader, Hardie &
 * Lee 2005), divided through by p, (γ + x·m)/(x + (q − 1)/p), so that a huge p cannot overflow to
 * Infinity/Infinity.
 * @internal
 */
export function gammaGammaSpend(p: { readonly p: number; readonly q: number; readonly gamma: number }, x: number, m: number): number {
  return (p.gamma + x * m) / (x + (p.q - 1) / p.p);
}
