import { CrmTaxonomyError, inputError, isPlainRecord, knownKeys, optionsRecord, recordError } from '../errors/index.js';
import { count, literal, number, object, type Assert, type Equals, type Known, type Out } from '../shape/index.js';
import type { Objective } from './math/optimize.js';
import { checkModelShape, checkStart, diagnosticsOf, fitShape, maximize, pickShape, positive, type FitDiagnostics, type ParameterSpec } from './model.js';

/**
 * A fitted shifted-beta-geometric model (sBG; Fader & Hardie 2007) as plain JSON: contractual
 * retention in discrete periods; each customer cancels at the end of a period with a probability θ
 * that does not change over time, beta(`alpha`, `beta`) across customers.
 */
export interface SbgModel {
  readonly model: 'sbg';
  readonly params: {
    /** First shape of the churn-probability distribution. */
    readonly alpha: number;
    /** Second shape of the churn-probability distribution. */
    readonly beta: number;
  };
  /** Total log-likelihood (a log-probability, <= 0). */
  readonly logLikelihood: number;
  /** The cohort it was fitted on: its size and the periods observed. */
  readonly data: { readonly customers: number; readonly periods: number };
  readonly fit: FitDiagnostics<'alpha' | 'beta'>;
}

/** @internal */
export const SBG_KEYS = ['alpha', 'beta'] as const;

/** The one definition of a stored sBG model. @internal */
export const SBG_SHAPE = /* @__PURE__ */ object({
  model: literal('sbg'),
  params: object({ alpha: positive(), beta: positive() }),
  logLikelihood: number({ max: 0 }),
  data: object({ customers: count(1), periods: count(1) }),
  fit: fitShape(SBG_KEYS),
});
type _SbgMatches = Assert<Equals<Known<SbgModel>, Known<Out<typeof SBG_SHAPE>>>>;

/** The most periods a cohort may have. @internal */
export const MAX_PERIODS = 100_000;

/**
 * ln of the sBG likelihood (Fader & Hardie 2007, eq. B3) of survivor counts `s` (s[0] the cohort):
 * the n_t = s[t−1] − s[t] customers lost in period t contribute ln P(T = t), the survivors of the
 * last period ln S(K); both by the recursions P(T = t) = S(t−1)·α/(α+β+t−1),
 * S(t) = S(t−1)·(β+t−1)/(α+β+t−1).
 * @internal
 */
export function sbgLogLikelihood(alpha: number, beta: number, s: readonly number[]): number {
  let lnS = 0;
  let ll = 0;
  for (let t = 1; t < s.length; t++) {
    const lost = s[t - 1]! - s[t]!;
    if (lost > 0) ll += lost * (lnS + Math.log(alpha) - Math.log(alpha + beta + t - 1));
    lnS += Math.log1p(-alpha / (alpha + beta + t - 1));
  }
  ll += s[s.length - 1]! * lnS;
  return Math.min(0, ll);
}

/**
 * Fits the sBG model to a cohort's survivor counts: `survivors[0]` customers at the start,
 * `survivors[t]` still customers after t renewal opportunities (non-increasing whole numbers). On
 * Fader & Hardie's (2007) cohorts, years 0–7, it finds alpha 0.704, beta 1.182 (regular) and
 * alpha 0.668, beta 3.806 (high end), as published.
 *
 * @throws CrmTaxonomyError `invalid_argument`, `invalid_record`, `fit_failed`.
 * @example
 * ```ts
 * import { fitSbg } from 'crm-taxonomy/clv';
 *
 * const model = fitSbg([1000, 631, 468, 382, 326, 289, 262, 241]);
 * Object.values(model.params).map((v) => Number(v.toFixed(3))); //=> [0.704, 1.182]
 * ```
 */
export function fitSbg(survivors: readonly number[], options: { readonly start?: { readonly alpha?: number; readonly beta?: number } } = {}): SbgModel {
  const o = optionsRecord(options as object, ['start']) as Readonly<Record<string, unknown>>;
  if (!Array.isArray(survivors) || survivors.length < 2 || survivors.length > MAX_PERIODS + 1) {
    throw inputError('invalid_argument', ['survivors'], 'array', survivors, { min: 2, max: MAX_PERIODS + 1 });
  }
  const s: number[] = [];
  for (let i = 0; i < survivors.length; i++) {
    const v: unknown = survivors[i];
    const previous = i === 0 ? 1e12 : s[i - 1]!;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < (i === 0 ? 1 : 0) || v > previous) {
      throw recordError(['survivors', i], i, 'integer', v, { min: i === 0 ? 1 : 0, max: previous });
    }
    s.push(v);
  }
  const start = checkStart(o.start, SBG_KEYS);
  const specs: ParameterSpec[] = SBG_KEYS.map((name, i) => ({ name, kind: 'log', scale: 1, start: start[name] ?? 1, partner: 1 - i }));
  const cohort = s[0]!;
  const objective: Objective = (v) => {
    const ll = sbgLogLikelihood(v[0]!, v[1]!, s);
    return Number.isFinite(ll) ? -ll / cohort : Infinity;
  };
  const outcome = maximize('sbg', specs, objective, cohort, false);
  const [alpha, beta] = outcome.values as [number, number];
  const data = { customers: cohort, periods: s.length - 1 };
  return {
    model: 'sbg',
    params: { alpha, beta },
    logLikelihood: Math.min(0, outcome.logLikelihood),
    data,
    fit: diagnosticsOf(outcome, SBG_KEYS, { customers: cohort }),
  };
}

/**
 * The sBG projection of a cohort: the survival S(t) (share of the cohort still a customer after t
 * renewal opportunities, t = 0 … `periods`) and the retention rate r(t) = S(t)/S(t−1) =
 * (beta + t − 1)/(alpha + beta + t − 1) (t = 1 … `periods`), which rises with tenure as the
 * high-churn customers leave (Fader & Hardie 2007, eqs. 6 and 8). With `renewals`, the same for a
 * customer who has already renewed that many times (their churn probability is then
 * beta(alpha, beta + renewals)).
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`.
 * @example
 * ```ts
 * import { projectRetention } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'sbg', params: { alpha: 0.704, beta: 1.182 } } as const;
 * const { survival, retention } = projectRetention(model, { periods: 12 });
 * Number(survival[12]?.toFixed(3)); //=> 0.17
 * retention.slice(0, 2).map((r) => Number(r.toFixed(3))); //=> [0.627, 0.756]
 * ```
 */
export function projectRetention(
  model: Pick<SbgModel, 'model' | 'params'>,
  options: { readonly periods: number; readonly renewals?: number },
): { readonly survival: readonly number[]; readonly retention: readonly number[] } {
  const m = checkModelShape<Pick<SbgModel, 'params'>>(SBG_PREDICT_SHAPE, model);
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, ['periods', 'renewals'], ['options']);
  const periods = options.periods;
  if (typeof periods !== 'number' || !Number.isInteger(periods) || periods < 0 || periods > MAX_PERIODS) {
    throw inputError('invalid_argument', ['options', 'periods'], 'integer', periods, { min: 0, max: MAX_PERIODS });
  }
  const renewals = options.renewals ?? 0;
  if (typeof renewals !== 'number' || !Number.isInteger(renewals) || renewals < 0 || renewals > 1e9) {
    throw inputError('invalid_argument', ['options', 'renewals'], 'integer', renewals, { min: 0, max: 1e9 });
  }
  const { alpha, beta } = m.params;
  const b = beta + renewals;
  const survival = [1];
  const retention: number[] = [];
  for (let t = 1; t <= periods; t++) {
    // Eq. 8 of Fader & Hardie (2007), (β+t−1)/(α+β+t−1), divided through by β+t−1 so that a
    // huge α + β cannot overflow to Infinity.
    const r = 1 / (1 + alpha / (b + t - 1));
    retention.push(r);
    survival.push(survival[t - 1]! * r);
  }
  if (!survival.every(Number.isFinite) || !retention.every(Number.isFinite)) throw new CrmTaxonomyError('not_computable', { what: 'projectRetention', cause: 'overflow' });
  return { survival, retention };
}

/** The parts of a stored sBG model a projection reads. @internal */
export const SBG_PREDICT_SHAPE = /* @__PURE__ */ pickShape(SBG_SHAPE, ['model', 'params']);
