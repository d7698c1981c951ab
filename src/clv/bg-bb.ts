import { CrmTaxonomyError, inputError, optionsRecord } from '../errors/index.js';
import { count, literal, number, object, type Assert, type Equals, type Known, type Out } from '../shape/index.js';
import { groupDiscrete, type DiscreteHistory } from './histories.js';
import type { Objective } from './math/optimize.js';
import { logBeta, logSumExp } from './math/special.js';
import { checkStart, diagnosticsOf, fitShape, maximize, MAX_BETA_SHAPE, positive, type FitDiagnostics, type ParameterSpec } from './model.js';

/**
 * A fitted BG/BB model (Fader, Hardie & Shang 2010) as plain JSON: discrete transaction
 * opportunities (a yearly appeal, a weekly event); while alive a customer transacts at each with
 * probability p, beta(`alpha`, `beta`) across customers, and dies before each with probability θ,
 * beta(`gamma`, `delta`) across customers.
 */
export interface BgBbModel {
  readonly model: 'bg-bb';
  readonly params: {
    /** First shape of the transaction-probability distribution. */
    readonly alpha: number;
    /** Second shape of the transaction-probability distribution. */
    readonly beta: number;
    /** First shape of the dropout-probability distribution. */
    readonly gamma: number;
    /** Second shape of the dropout-probability distribution. */
    readonly delta: number;
  };
  /** Total log-likelihood (a log-probability, <= 0). */
  readonly logLikelihood: number;
  /** The customers it was fitted on. */
  readonly data: {
    readonly customers: number;
    readonly repeatCustomers: number;
    readonly totalTransactions: number;
    /** The most opportunities of any customer. */
    readonly maxOpportunities: number;
  };
  readonly fit: FitDiagnostics<'alpha' | 'beta' | 'gamma' | 'delta'>;
}

/** @internal */
export const BG_BB_KEYS = ['alpha', 'beta', 'gamma', 'delta'] as const;

/** The one definition of a stored BG/BB model. @internal */
export const BG_BB_SHAPE = /* @__PURE__ */ object({
  model: literal('bg-bb'),
  params: object({ alpha: positive(MAX_BETA_SHAPE), beta: positive(MAX_BETA_SHAPE), gamma: positive(MAX_BETA_SHAPE), delta: positive(MAX_BETA_SHAPE) }),
  logLikelihood: number({ max: 0 }),
  data: object(
    { customers: count(1), repeatCustomers: count(), totalTransactions: count(), maxOpportunities: count() },
    { rules: [{ path: 'repeatCustomers', rule: 'at_most', other: 'customers' }] },
  ),
  fit: fitShape(BG_BB_KEYS),
});
type _BgBbMatches = Assert<Equals<Known<BgBbModel>, Known<Out<typeof BG_BB_SHAPE>>>>;

/** BG/BB parameters. @internal */
export interface BgBbParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly delta: number;
}

/**
 * ln L(x, tx, n) (Fader, Hardie & Shang 2010, eq. 5): alive throughout the n opportunities, or dead
 * after opportunity tx + i for i = 0 … n − tx − 1; the sum's terms by their ratio recurrence, in
 * log space. A log-probability: clamped at 0.
 * @internal
 */
export function bgBbLogLikelihood(p: BgBbParams, x: number, tx: number, n: number): number {
  const lbab = logBeta(p.alpha, p.beta);
  const lbgd = logBeta(p.gamma, p.delta);
  return historyLogLikelihood(p, lbab, lbgd, deadSeries(p, lbab, lbgd, x, tx), n);
}

/**
 * The series of ln L for one x and tx: term i is dead after opportunity tx + i, B(α+x, β+tx−x+i)/B(α,β)
 * · B(γ+1, δ+tx+i)/B(γ,δ), written as `lead` (term 0, in logs) times `sum` (the terms over term 0,
 * by their ratio recurrence), summed so far up to term `i`. A history of more opportunities
 * continues it: the same terms, added in the same order.
 */
interface DeadSeries {
  readonly x: number;
  readonly tx: number;
  readonly lead: number;
  sum: number;
  t: number;
  i: number;
  /** The terms no longer count: each ratio is below 1, and the last one fell below 1e-18 of the sum. */
  settled: boolean;
}

function deadSeries(p: BgBbParams, lbab: number, lbgd: number, x: number, tx: number): DeadSeries {
  const lead = logBeta(p.alpha + x, p.beta + tx - x) - lbab + logBeta(p.gamma + 1, p.delta + tx) - lbgd;
  return { x, tx, lead, sum: 1, t: 1, i: 1, settled: false };
}

/** ln L(x, tx, n) for the series' x and tx, the series summed on to n − tx terms. Clamped at 0. */
function historyLogLikelihood(p: BgBbParams, lbab: number, lbgd: number, s: DeadSeries, n: number): number {
  const { alpha, beta, gamma, delta } = p;
  const { x, tx } = s;
  const alive = logBeta(alpha + x, beta + n - x) - lbab + logBeta(gamma, delta + n) - lbgd;
  const m = n - tx;
  if (m <= 0) return Math.min(0, alive);
  let { sum, t, i } = s;
  for (; i < m && !s.settled; i++) {
    const j = i - 1;
    t *= ((beta + tx - x + j) / (alpha + beta + tx + j)) * ((delta + tx + j) / (gamma + delta + tx + j + 1));
    sum += t;
    s.settled = t < sum * 1e-18;
  }
  s.sum = sum;
  s.t = t;
  s.i = i;
  return Math.min(0, logSumExp(alive, s.lead + Math.log(sum)));
}

/** The histories of a fit, grouped and sorted by x, then tx, then n. */
type Grouped = ReturnType<typeof groupDiscrete>;

/**
 * The most terms the likelihood's series may take per evaluation, over all histories: each
 * evaluation then costs a few milliseconds, and a fit of a few hundred evaluations seconds.
 * Ten years of monthly opportunities (n = 120) stay within it whatever the histories.
 */
const MAX_SERIES_TERMS = 2_000_000;

/**
 * The terms the likelihood's series takes at most per evaluation: n − tx for the largest n of
 * each x and tx (histories that share them share the series).
 * @internal
 */
export function seriesTerms(g: Grouped): number {
  let terms = 0;
  for (let k = 0; k < g.n; k++) if (k + 1 === g.n || g.x[k + 1] !== g.x[k] || g.tx[k + 1] !== g.tx[k]) terms += g.opp[k]! - g.tx[k]!;
  return terms;
}

/**
 * Σ count · ln L over grouped histories, each term as {@link bgBbLogLikelihood} computes it, the
 * series of histories with the same x and tx continued from one n to the next rather than summed
 * again.
 * @internal
 */
export function bgBbGroupLogLikelihood(p: BgBbParams, g: Grouped): number {
  const lbab = logBeta(p.alpha, p.beta);
  const lbgd = logBeta(p.gamma, p.delta);
  let total = 0;
  let s: DeadSeries | undefined;
  for (let k = 0; k < g.n; k++) {
    if (s === undefined || g.x[k] !== s.x || g.tx[k] !== s.tx) s = deadSeries(p, lbab, lbgd, g.x[k]!, g.tx[k]!);
    total += g.w[k]! * historyLogLikelihood(p, lbab, lbgd, s, g.opp[k]!);
  }
  return total;
}

/** P(alive at opportunity n + 1 | x, tx, n) (eq. 11), unchecked. @internal */
export function bgBbPAlive(p: BgBbParams, x: number, tx: number, n: number): number {
  const ll = bgBbLogLikelihood(p, x, tx, n);
  const alive = logBeta(p.alpha + x, p.beta + n - x) - logBeta(p.alpha, p.beta) + logBeta(p.gamma, p.delta + n + 1) - logBeta(p.gamma, p.delta);
  return Math.min(1, Math.exp(alive - ll));
}

/**
 * E[X(n, n + k) | x, tx, n] (eq. 13): for each of the next k opportunities, P(alive then) times
 * the posterior mean transaction probability; the survival terms by their ratio recurrence (exact,
 * also at γ = 1 where the paper's closed form divides 0 by 0). Unchecked.
 * @internal
 */
export function bgBbExpected(p: BgBbParams, x: number, tx: number, n: number, k: number): number {
  if (k === 0) return 0;
  const ll = bgBbLogLikelihood(p, x, tx, n);
  const lead = logBeta(p.alpha + x + 1, p.beta + n - x) - logBeta(p.alpha, p.beta) + logBeta(p.gamma, p.delta + n + 1) - logBeta(p.gamma, p.delta) - ll;
  // Σ_{t=1..k} B(γ, δ+n+t)/B(γ, δ+n+1)
  let sum = 0;
  let t = 1;
  for (let i = 1; i <= k; i++) {
    sum += t;
    t *= (p.delta + n + i) / (p.gamma + p.delta + n + i);
    if (t < sum * 1e-18) break;
  }
  return Math.exp(lead) * sum;
}

/**
 * Fits the BG/BB model by maximum likelihood on discrete histories `{ x, tx, n, count? }` (x
 * transactions in n opportunities, the last at opportunity tx; `count` customers share the
 * history). On the donations data of Fader, Hardie & Shang (2010, 11,104 donors, 6 years) it finds
 * alpha 1.204, beta 0.750, gamma 0.657, delta 2.783, as published.
 *
 * The likelihood of a history sums a series of n − tx terms, shared by histories with the same x
 * and tx: over all histories at most 2,000,000 terms (`input_too_large` beyond, so that no input
 * makes a fit run for minutes); ten years of monthly opportunities stay within it.
 *
 * @throws CrmTaxonomyError `invalid_argument`, `invalid_record`, `empty_input` (no customer, or every n 0), `input_too_large`, `fit_failed`.
 * @example
 * ```ts
 * import { fitBgBb } from 'crm-taxonomy/clv';
 *
 * const model = fitBgBb([
 *   { x: 0, tx: 0, n: 6, count: 3464 }, { x: 1, tx: 1, n: 6, count: 1091 }, { x: 3, tx: 6, n: 6, count: 357 },
 *   { x: 2, tx: 4, n: 6, count: 155 }, { x: 6, tx: 6, n: 6, count: 1203 }, { x: 4, tx: 6, n: 6, count: 512 },
 * ]);
 * model.model; //=> 'bg-bb'
 * model.data.customers; //=> 6782
 * ```
 */
export function fitBgBb(histories: readonly DiscreteHistory[], options: { readonly start?: { readonly alpha?: number; readonly beta?: number; readonly gamma?: number; readonly delta?: number } } = {}): BgBbModel {
  const o = optionsRecord(options as object, ['start']) as Readonly<Record<string, unknown>>;
  if (!Array.isArray(histories)) throw inputError('invalid_argument', ['customers'], 'array', histories);
  const g = groupDiscrete(histories);
  if (g.customers === 0) throw new CrmTaxonomyError('empty_input', { what: 'customers' }, { path: ['customers'] });
  // With no opportunity at all, the likelihood is 0 whatever the parameters: the start would read as a fit.
  if (g.maxOpportunities === 0) throw new CrmTaxonomyError('empty_input', { what: 'opportunities' }, { path: ['customers'] });
  const start = checkStart(o.start, BG_BB_KEYS);
  const terms = seriesTerms(g);
  if (terms > MAX_SERIES_TERMS) throw new CrmTaxonomyError('input_too_large', { what: 'Σ (n − tx)', limit: MAX_SERIES_TERMS, received: terms }, { path: ['customers'] });
  const specs: ParameterSpec[] = BG_BB_KEYS.map((name, i) => ({ name, kind: 'log', scale: 1, start: start[name] ?? 1, partner: i ^ 1 }));
  const objective: Objective = (v) => {
    const ll = bgBbGroupLogLikelihood({ alpha: v[0]!, beta: v[1]!, gamma: v[2]!, delta: v[3]! }, g);
    return Number.isFinite(ll) ? -ll / g.customers : Infinity;
  };
  const outcome = maximize('bg-bb', specs, objective, g.customers, false);
  const [alpha, beta, gamma, delta] = outcome.values as [number, number, number, number];
  const data = { customers: g.customers, repeatCustomers: g.repeatCustomers, totalTransactions: g.totalTransactions, maxOpportunities: g.maxOpportunities };
  return {
    model: 'bg-bb',
    params: { alpha, beta, gamma, delta },
    logLikelihood: Math.min(0, outcome.logLikelihood),
    data,
    fit: diagnosticsOf(outcome, BG_BB_KEYS, data),
  };
}

/** A whole number of opportunities from options (no key but `keys`), checked. @internal */
export function opportunitiesOf(options: unknown, keys: readonly string[]): number {
  const o = optionsRecord(options as object | undefined, keys) as Readonly<Record<string, unknown>>;
  const v = o.opportunities;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1_000_000) {
    throw inputError('invalid_argument', ['options', 'opportunities'], 'integer', v, { min: 0, max: 1_000_000 });
  }
  return v;
}
