import { CustomerIndex } from '../scoring/ingest/customer-index.js';
import { CrmTaxonomyError, inputError, isPlainRecord, isRecord, knownKeys, type ErrorPath } from '../errors/index.js';
import { compareCustomerIds, createDayCounter, exactSum, type CustomerId, type DateInput } from '../records/index.js';
import { GAMMA_GAMMA_SHAPE, gammaGammaSpend, readSpend, type GammaGammaModel } from './gamma-gamma.js';
import { readCovariates } from './histories.js';
import { checkModelShape, finite, meter, pickShape, type Covariate, type Meter } from './model.js';
import {
  PREDICTION_KEYS,
  probabilityAlive,
  readCustomer,
  resolvePurchaseModel,
  type BgBbModelParts,
  type PurchaseModelParts,
  type ResolvedCustomer,
  type ResolvedPurchaseModel,
} from './predict.js';
import type { CustomerHistory, CustomerSummary, CustomerSummaryRow } from './summary.js';
import { DAYS_PER_UNIT, durationIn, type Duration } from './time.js';

/** The parts of a Gamma-Gamma model a prediction reads. @internal */
export type SpendModelParts = Pick<GammaGammaModel, 'model' | 'params' | 'covariates'>;

const GAMMA_GAMMA_PARTS = /* @__PURE__ */ pickShape(GAMMA_GAMMA_SHAPE, ['model', 'params', 'covariates'], ['covariates']);

/** A checked spend model: base values [p, q, gamma, γ…] and the spend of a customer from them. @internal */
export interface ResolvedSpendModel {
  readonly values: readonly number[];
  readonly covariates: readonly Covariate[];
  readonly names: readonly string[];
  spend(values: readonly number[], x: number, m: number, z: readonly number[]): number;
}

/** @internal */
export function resolveSpendModel(model: unknown, path: ErrorPath = ['model']): ResolvedSpendModel {
  const m = checkModelShape<SpendModelParts>(GAMMA_GAMMA_PARTS, model, path);
  const covariates = m.covariates?.spend ?? [];
  return {
    values: [m.params.p, m.params.q, m.params.gamma, ...covariates.map((c) => c.coefficient)],
    covariates,
    names: covariates.map((c) => c.name),
    spend: (v, x, mean, z) => {
      let e = 0;
      for (let j = 0; j < covariates.length; j++) e += v[3 + j]! * z[j]!;
      return gammaGammaSpend({ p: v[0]!, q: v[1]!, gamma: v[2]! * Math.exp(e) }, x, mean);
    },
  };
}

function spendOrRefuse(s: ResolvedSpendModel, values: readonly number[], x: number, m: number, z: readonly number[]): number {
  const p = values[0]!;
  const q = values[1]!;
  if (!(p * x + q > 1)) throw new CrmTaxonomyError('not_computable', { what: 'expectedSpend', cause: 'spend_undefined' });
  return s.spend(values, x, m, z);
}

/**
 * The expected value of a customer's next purchases given `x` repeat purchases of mean value
 * `meanRepeatSpend`: a weighted mean of the population mean p·gamma/(q − 1) and the customer's own
 * mean, weighted towards the customer as `x` grows (Fader, Hardie & Lee 2005). A model with
 * covariates reads the customer's `covariates`.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`, `not_computable` (p·x + q <= 1).
 * @example
 * ```ts
 * import { expectedSpend } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
 * Number(expectedSpend(model, { x: 0, meanRepeatSpend: 0 }).toFixed(2)); //=> 35.22
 * Number(expectedSpend(model, { x: 10, meanRepeatSpend: 100 }).toFixed(2)); //=> 97.28
 * ```
 */
export function expectedSpend(
  model: SpendModelParts,
  customer: { readonly x: number; readonly meanRepeatSpend: number; readonly covariates?: Readonly<Record<string, number>> },
): number {
  const s = resolveSpendModel(model);
  const { x, m } = readSpend(customer, ['customer'], undefined, true);
  const z = readCovariates(customer, s.names, ['customer']);
  return finite(spendOrRefuse(s, s.values, x, m, z), 'expectedSpend');
}

/** The models a lifetime value is computed from: a purchase-count model and the Gamma-Gamma spend model. */
export interface LifetimeValueModels {
  readonly purchases: PurchaseModelParts;
  readonly spend: SpendModelParts;
}

/** The most discounted steps a lifetime value sums per customer. @internal */
export const MAX_STEPS = 20_000;

/** A lifetime value's plan: the horizon and, with discounting, the step ends and their factors. @internal */
export interface LtvPlan {
  readonly horizon: number;
  /** Step ends (model units), only with discounting. */
  readonly steps: Float64Array | undefined;
  readonly discounts: Float64Array | undefined;
  readonly margin: number;
  /** Expectations per customer: 1 without discounting, the steps with it. */
  readonly work: number;
}

/**
 * Reads a lifetime value's options (horizon, step, discount rate, margin) in the model's unit;
 * a key outside `PREDICTION_KEYS` is refused (`invalid_argument` at it, `known_key`).
 * Without discounting the value is one expectation over the horizon, whatever the step; with it,
 * at most 20,000 steps (`input_too_large` beyond: take a longer step).
 * @internal
 */
export function planLtv(m: ResolvedPurchaseModel, options: unknown): LtvPlan {
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, PREDICTION_KEYS, ['options']);
  const horizon = durationIn(options.horizon, m.timeUnit, ['options', 'horizon']);
  const step = options.step === undefined ? 1 : durationIn(options.step, m.timeUnit, ['options', 'step']);
  if (!(step > 0)) throw inputError('invalid_argument', ['options', 'step', 'value'], 'number', 0, { min: 0, exclusiveMin: true });
  const margin = options.margin ?? 1;
  if (typeof margin !== 'number' || !Number.isFinite(margin) || Math.abs(margin) > 1e6) {
    throw inputError('invalid_argument', ['options', 'margin'], 'number', margin, { min: -1e6, max: 1e6 });
  }
  if (options.discountRate === undefined) return { horizon, steps: undefined, discounts: undefined, margin, work: 1 };
  const d = options.discountRate;
  if (!isRecord(d)) throw inputError('invalid_argument', ['options', 'discountRate'], 'object', d);
  knownKeys(d, ['rate', 'per'], ['options', 'discountRate']);
  const rate = d.rate;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= -1 || rate > 1e6) {
    throw inputError('invalid_argument', ['options', 'discountRate', 'rate'], 'number', rate, { min: -1, exclusiveMin: true, max: 1e6 });
  }
  const per = durationIn(d.per, m.timeUnit, ['options', 'discountRate', 'per']);
  if (!(per > 0)) throw inputError('invalid_argument', ['options', 'discountRate', 'per', 'value'], 'number', 0, { min: 0, exclusiveMin: true });
  const count = Math.ceil(horizon / step - 1e-12);
  if (count > MAX_STEPS) {
    // A step of 5e-324 makes the count Infinity, which JSON would write as null.
    throw new CrmTaxonomyError('input_too_large', { what: 'options.horizon / options.step', limit: MAX_STEPS, received: Math.min(count, Number.MAX_SAFE_INTEGER) }, { path: ['options', 'step'] });
  }
  const steps = new Float64Array(Math.max(count, 0));
  for (let i = 1; i <= count; i++) steps[i - 1] = Math.min(i * step, horizon);
  const logBase = Math.log1p(rate);
  const discounts = steps.map((t) => Math.exp((-logBase * t) / per));
  return { horizon, steps, discounts, margin, work: Math.max(count, 1) };
}

/**
 * Σ over steps of the expected purchases in the step times its discount factor (one evaluation when
 * nothing is discounted). @internal
 */
export function discountedPurchases(m: ResolvedPurchaseModel, values: readonly number[], c: ResolvedCustomer, plan: LtvPlan, work: Meter, total?: number): number {
  const p = m.individual(values, c.z);
  const upTo = (t: number): number => (t === plan.horizon && total !== undefined ? total : m.expected(p, c.x, c.tx, c.T, 0, t, work));
  if (plan.steps === undefined || plan.discounts === undefined) return plan.horizon > 0 ? upTo(plan.horizon) : 0;
  let value = 0;
  let previous = 0;
  for (let i = 0; i < plan.steps.length; i++) {
    const cumulative = upTo(plan.steps[i]!);
    value += (cumulative - previous) * plan.discounts[i]!;
    previous = cumulative;
  }
  return value;
}

function readModels(models: unknown): { m: ResolvedPurchaseModel; s: ResolvedSpendModel } {
  if (!isRecord(models)) throw inputError('invalid_model', ['models'], 'object', models);
  return { m: resolvePurchaseModel(models.purchases, ['models', 'purchases']), s: resolveSpendModel(models.spend, ['models', 'spend']) };
}

function lifetimeCustomer(m: ResolvedPurchaseModel, s: ResolvedSpendModel, customer: unknown, path: ErrorPath, index?: number): { c: ResolvedCustomer; x: number; mean: number; zs: readonly number[] } {
  const c = readCustomer(m, customer, path, index);
  const { m: mean } = readSpend(customer, path, index, true);
  return { c, x: c.x, mean, zs: readCovariates(customer, s.names, path, index) };
}

/**
 * A customer's lifetime value over a horizon: the expected purchases in each step (BG/NBD or
 * Pareto/NBD) times the Gamma-Gamma expected spend times `margin`, each step discounted at its end
 * by (1 + rate)^(−τ / per). Horizon, step and discount period are durations converted to the
 * model's unit, so a rate per year on a model in weeks is exact (there are no 30-day months).
 * The rate is above −1 and at most 10⁶ (`invalid_argument` otherwise); a negative one weighs later
 * steps more.
 * Without a discount rate the value is one expectation over the horizon; with one, at most 20,000
 * steps (`input_too_large` beyond: take a longer step).
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`, `input_too_large`, `not_computable`.
 * @example
 * ```ts
 * import { customerLifetimeValue } from 'crm-taxonomy/clv';
 *
 * const models = {
 *   purchases: { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
 *   spend: { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 * } as const;
 * const customer = { x: 2, tx: 30.43, T: 38.86, meanRepeatSpend: 22.35 };
 * Number(customerLifetimeValue(models, customer, { horizon: { value: 39, unit: 'weeks' } }).toFixed(2)); //=> 30.24
 * Number(customerLifetimeValue(models, customer, {
 *   horizon: { value: 39, unit: 'weeks' },
 *   discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } },
 * }).toFixed(2)); //=> 29.22
 * ```
 */
export function customerLifetimeValue(
  models: LifetimeValueModels,
  customer: CustomerHistory & { readonly meanRepeatSpend: number },
  options: {
    readonly horizon: Duration;
    readonly discountRate?: { readonly rate: number; readonly per: Duration };
    readonly step?: Duration;
    readonly margin?: number;
  },
): number {
  const { m, s } = readModels(models);
  const k = lifetimeCustomer(m, s, customer, ['customer']);
  const plan = planLtv(m, options);
  const spend = spendOrRefuse(s, s.values, k.x, k.mean, k.zs);
  return finite(discountedPurchases(m, m.values, k.c, plan, meter('expectations')) * spend * plan.margin, 'customerLifetimeValue');
}

/** One customer in {@link rankByLifetimeValue}'s ranking. */
export interface RankedCustomer {
  readonly customerId: CustomerId;
  /** 1 for the most valuable; ties share the better rank. */
  readonly rank: number;
  /** Share of the other customers whose value is lower, in [0, 1] (1 for a lone customer): feed it to value-tier thresholds. */
  readonly percentile: number;
  readonly lifetimeValue: number;
  readonly pAlive: number;
  /** Expected purchases over the horizon. */
  readonly expectedPurchases: number;
  /** Gamma-Gamma expected spend per purchase. */
  readonly expectedSpend: number;
}

function summaryRows(summary: unknown, unit: string): readonly unknown[] {
  if (!isRecord(summary) || !Array.isArray(summary.customers)) throw inputError('invalid_argument', ['summary'], 'object', summary);
  if (summary.timeUnit !== unit) throw inputError('invalid_argument', ['summary', 'timeUnit'], 'same_time_unit', summary.timeUnit, { allowed: [unit] });
  return summary.customers as readonly unknown[];
}

/**
 * Every customer's lifetime value from a {@link CustomerSummary}, ranked, most valuable first (ties
 * by customer id), with P(alive), the expected purchases and spend: how lifetime value feeds the
 * value tiers (map `percentile` to the host's thresholds). The summary's unit must be the purchase
 * model's. The work is bounded (about 3 million expectations, fewer for long horizons): beyond,
 * `input_too_large` (take a longer step, or rank in batches).
 *
 * @throws CrmTaxonomyError as {@link customerLifetimeValue}; `invalid_record` for a bad customer.
 * @example
 * ```ts
 * import { rankByLifetimeValue } from 'crm-taxonomy/clv';
 *
 * const models = {
 *   purchases: { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
 *   spend: { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 * } as const;
 * const summary = {
 *   timeUnit: 'weeks',
 *   calibrationEnd: 0,
 *   customers: [
 *     { customerId: 'a', x: 0, tx: 0, T: 30, firstPurchase: 0, meanRepeatSpend: 0 },
 *     { customerId: 'b', x: 6, tx: 29, T: 30, firstPurchase: 0, meanRepeatSpend: 50 },
 *   ],
 * } as const;
 * rankByLifetimeValue(models, summary, { horizon: { value: 1, unit: 'years' } }).map((c) => [c.customerId, c.rank]);
 * //=> [['b', 1], ['a', 2]]
 * ```
 */
export function rankByLifetimeValue(
  models: LifetimeValueModels,
  summary: CustomerSummary,
  options: Parameters<typeof customerLifetimeValue>[2],
): RankedCustomer[] {
  const { m, s } = readModels(models);
  const rows = summaryRows(summary, m.timeUnit);
  const plan = planLtv(m, options);
  const work = meter('expectations');
  const horizon = plan.horizon;
  const ranked: Omit<RankedCustomer, 'rank' | 'percentile'>[] = [];
  const seen = new CustomerIndex();
  rows.forEach((row, i) => {
    const k = lifetimeCustomer(m, s, row, ['summary', 'customers'], i);
    const id = (row as CustomerSummaryRow).customerId;
    if (typeof id === 'string' ? id.length === 0 : !(typeof id === 'number' && Number.isFinite(id))) {
      throw inputError('invalid_argument', ['summary', 'customers', i, 'customerId'], 'customer_id', id);
    }
    if (!seen.add(id)) throw inputError('invalid_argument', ['summary', 'customers', i, 'customerId'], 'unique', id);
    const p = m.individual(m.values, k.c.z);
    const expectedSpend = spendOrRefuse(s, s.values, k.x, k.mean, k.zs);
    // The purchases over the whole horizon once: the lifetime value's last step reads them (they were computed twice).
    const expectedPurchases = horizon === 0 ? 0 : m.expected(p, k.c.x, k.c.tx, k.c.T, 0, horizon, work);
    ranked.push({
      customerId: id,
      lifetimeValue: finite(discountedPurchases(m, m.values, k.c, plan, work, expectedPurchases) * expectedSpend * plan.margin, 'lifetimeValue'),
      // Every figure finite, as the others are (r = s = 1e308 at a horizon of 0 gave NaN).
      pAlive: finite(m.pAlive(p, k.c.x, k.c.tx, k.c.T), 'pAlive'),
      expectedPurchases,
      expectedSpend,
    });
  });
  ranked.sort((p, q) => q.lifetimeValue - p.lifetimeValue || compareCustomerIds(p.customerId, q.customerId));
  const n = ranked.length;
  const out: RankedCustomer[] = [];
  let start = 0;
  while (start < n) {
    // A group of equal values shares the rank of its first member; customers below it are strictly lower.
    let end = start + 1;
    const v = ranked[start]!.lifetimeValue;
    while (end < n && ranked[end]!.lifetimeValue === v) end++;
    for (let i = start; i < end; i++) {
      const row = ranked[i]!;
      out.push({
        customerId: row.customerId,
        rank: start + 1,
        percentile: n <= 1 ? 1 : (n - end) / (n - 1),
        lifetimeValue: row.lifetimeValue,
        pAlive: row.pAlive,
        expectedPurchases: row.expectedPurchases,
        expectedSpend: row.expectedSpend,
      });
    }
    start = end;
  }
  return out;
}

/**
 * The churn signal a status classifier reads as an option: the probability alive, the threshold,
 * and the decision `likelyChurned = pAlive < threshold`.
 */
export interface ChurnSignal {
  readonly pAlive: number;
  readonly threshold: number;
  readonly likelyChurned: boolean;
}

/**
 * The model-based churn decision for one customer: P(alive) against a threshold (default 0.5). A
 * status classifier takes it as an option instead of its recency rule.
 *
 * @throws CrmTaxonomyError as `probabilityAlive`; `invalid_argument` for a threshold outside [0, 1].
 * @example
 * ```ts
 * import { churnSignal } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * churnSignal(model, { x: 2, tx: 2, T: 38.86 }, { threshold: 0.3 }); //=> { threshold: 0.3, likelyChurned: true }
 * churnSignal(model, { x: 2, tx: 30.43, T: 38.86 }).likelyChurned; //=> false
 * ```
 */
export function churnSignal(model: PurchaseModelParts, customer: CustomerHistory, options?: { readonly threshold?: number }): ChurnSignal;
export function churnSignal(model: BgBbModelParts, customer: { readonly x: number; readonly tx: number; readonly n: number }, options?: { readonly threshold?: number }): ChurnSignal;
export function churnSignal(model: PurchaseModelParts | BgBbModelParts, customer: unknown, options: { readonly threshold?: number } = {}): ChurnSignal {
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, PREDICTION_KEYS, ['options']);
  const threshold = options.threshold ?? 0.5;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) throw inputError('invalid_argument', ['options', 'threshold'], 'number', threshold, { min: 0, max: 1 });
  const pAlive = probabilityAlive(model as PurchaseModelParts, customer as CustomerHistory);
  return { pAlive, threshold, likelyChurned: pAlive < threshold };
}

/**
 * Expected vs actual repeat purchases over the holdout period of a summary made with
 * `holdoutEnd`: the papers' holdout check. Each customer's expectation is E[X(holdout) | x, tx, T].
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument` (no holdout, another time unit), `invalid_record`.
 * @example
 * ```ts
 * import { holdoutCheck } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const summary = {
 *   timeUnit: 'weeks', calibrationEnd: 0, holdoutEnd: 273,
 *   customers: [{ customerId: 1, x: 2, tx: 30.43, T: 38.86, firstPurchase: 0, meanRepeatSpend: 22.35, holdoutPurchases: 1 }],
 * } as const;
 * const check = holdoutCheck(model, summary);
 * check.actual; //=> 1
 * Number(check.expected.toFixed(3)); //=> 1.226
 * ```
 */
export function holdoutCheck(model: PurchaseModelParts, summary: CustomerSummary): { readonly expected: number; readonly actual: number; readonly holdout: Duration } {
  const m = resolvePurchaseModel(model);
  const rows = summaryRows(summary, m.timeUnit);
  const s = summary as CustomerSummary;
  // Each end at its own path: a bad calibrationEnd is named, not the holdoutEnd compared with it.
  if (!Number.isInteger(s.calibrationEnd)) throw inputError('invalid_argument', ['summary', 'calibrationEnd'], 'integer', s.calibrationEnd);
  const end = s.holdoutEnd;
  if (end === undefined || !Number.isInteger(end) || end < s.calibrationEnd) {
    throw inputError('invalid_argument', ['summary', 'holdoutEnd'], 'integer', end, { min: s.calibrationEnd });
  }
  const t = (end - s.calibrationEnd) / DAYS_PER_UNIT[m.timeUnit];
  if (t * DAYS_PER_UNIT[m.timeUnit] > 36_525_000) throw new CrmTaxonomyError('input_too_large', { what: 'holdout', limit: 36_525_000, received: t }, { path: ['summary', 'holdoutEnd'] });
  // Summed exactly, so the answer does not depend on the order of the customers.
  const expected: number[] = [];
  let actual = 0;
  const work = meter('expectations');
  rows.forEach((row, i) => {
    const c = readCustomer(m, row, ['summary', 'customers'], i);
    expected.push(m.expected(m.individual(m.values, c.z), c.x, c.tx, c.T, 0, t, work));
    const h = (row as CustomerSummaryRow).holdoutPurchases ?? 0;
    if (typeof h !== 'number' || !Number.isInteger(h) || h < 0) throw inputError('invalid_argument', ['summary', 'customers', i, 'holdoutPurchases'], 'integer', h, { min: 0 });
    actual += h;
  });
  return { expected: finite(exactSum(expected), 'holdoutCheck'), actual, holdout: { value: t, unit: m.timeUnit } };
}

/**
 * Expected cumulative repeat purchases of a cohort over calendar time, the papers' tracking curve:
 * for each customer of the summary, the new-customer expectation E[X(τ − first purchase)], summed
 * over customers, at the times `at` (in the model's unit) measured from `origin` (a date; the
 * earliest first purchase by default). The summary's days are calendar days in the zone it was
 * made in: pass the same `timeZone` and `origin` is read there (an instant such as midnight in
 * Shanghai is otherwise the day before, in UTC). Pair it with the actual counts to draw the
 * tracking chart.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`, `invalid_date`, `input_too_large`.
 * @example
 * ```ts
 * import { expectedCumulativeRepeatPurchases } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const summary = {
 *   timeUnit: 'weeks', calibrationEnd: 273,
 *   customers: [{ customerId: 'a', x: 0, tx: 0, T: 39, firstPurchase: 0, meanRepeatSpend: 0 }, { customerId: 'b', x: 0, tx: 0, T: 39, firstPurchase: 0, meanRepeatSpend: 0 }],
 * } as const;
 * const curve = expectedCumulativeRepeatPurchases(model, summary, { at: [0, 39] });
 * curve[0]; //=> 0
 * Number(curve[1]?.toFixed(3)); //=> 2.393
 * ```
 */
export function expectedCumulativeRepeatPurchases(
  model: PurchaseModelParts,
  summary: CustomerSummary,
  options: {
    readonly at: readonly number[];
    readonly origin?: DateInput;
    /** The time zone `origin` is read in: the summary's (`summarizeTransactions`' `timeZone`), `UTC` by default. */
    readonly timeZone?: string;
  },
): number[] {
  const m = resolvePurchaseModel(model);
  const rows = summaryRows(summary, m.timeUnit);
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, ['at', 'origin', 'timeZone'], ['options']);
  const days = createDayCounter(options.timeZone ?? 'UTC', ['options', 'timeZone']);
  const at = options.at;
  if (!Array.isArray(at) || at.length > 100_000) throw inputError('invalid_argument', ['options', 'at'], 'array', at, { max: 100_000 });
  at.forEach((tau: unknown, i) => {
    if (typeof tau !== 'number' || !Number.isFinite(tau) || Math.abs(tau) * DAYS_PER_UNIT[m.timeUnit] > 36_525_000) {
      throw inputError('invalid_argument', ['options', 'at', i], 'number', tau, { min: -36_525_000 / DAYS_PER_UNIT[m.timeUnit], max: 36_525_000 / DAYS_PER_UNIT[m.timeUnit] });
    }
  });
  const perUnit = DAYS_PER_UNIT[m.timeUnit];
  // Cohorts: customers with the same first purchase day and covariates share a curve.
  const cohorts = new Map<string, { day: number; z: readonly number[]; count: number }>();
  let earliest = Infinity;
  rows.forEach((row, i) => {
    const first = isRecord(row) ? row.firstPurchase : undefined;
    if (typeof first !== 'number' || !Number.isInteger(first) || Math.abs(first) > 1e8) {
      throw inputError('invalid_argument', ['summary', 'customers', i, 'firstPurchase'], 'integer', first, { min: -1e8, max: 1e8 });
    }
    const z = readCovariates(row, m.names, ['summary', 'customers'], i);
    const key = `${first}|${z.join('|')}`;
    const cohort = cohorts.get(key);
    if (cohort === undefined) cohorts.set(key, { day: first, z, count: 1 });
    else cohort.count++;
    if (first < earliest) earliest = first;
  });
  const origin = options.origin === undefined ? (earliest === Infinity ? 0 : earliest) : days.day(options.origin, ['options', 'origin']);
  const work = meter('expectations');
  const list = [...cohorts.values()].sort((p, q) => p.day - q.day);
  return at.map((tau: number) => {
    // Summed exactly: cohorts of one day keep the customers' order, which must not matter.
    const terms: number[] = [];
    for (const c of list) {
      const offset = (c.day - origin) / perUnit;
      if (tau > offset) terms.push(c.count * m.expected(m.individual(m.values, c.z), 0, 0, 0, 0, tau - offset, work));
    }
    return finite(exactSum(terms), 'expectedCumulativeRepeatPurchases');
  });
}
