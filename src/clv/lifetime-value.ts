import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import type { CustomerId } from '../records/index.js';
import {
  bgNbdConditional,
  bgNbdPAlive,
  checkBgNbdExpectable,
  checkBgNbdModel,
  type BgNbdModel,
  type BgNbdParams,
} from './bg-nbd.js';
import { checkGammaGammaModel, checkSpend, gammaGammaSpend, type GammaGammaModel, type SpendHistory } from './gamma-gamma.js';
import {
  checkParetoNbdModel,
  paretoNbdConditional,
  paretoNbdPAlive,
  paretoNbdUnconditional,
  type ParetoNbdModel,
  type ParetoNbdParams,
} from './pareto-nbd.js';
import { checkHistory, type CustomerHistory, type CustomerSummary, type CustomerSummaryRow } from './summary.js';
import { checkDuration, convertDuration, type Duration, type TimeUnit } from './time.js';

/**
 * A fitted purchase-count model: BG/NBD or Pareto/NBD. Every prediction function takes either.
 *
 * @example
 * ```ts
 * import type { PurchaseModel } from 'crm-taxonomy';
 *
 * const kinds: PurchaseModel['model'][] = ['bg-nbd', 'pareto-nbd'];
 * kinds.length; //=> 2
 * ```
 */
export type PurchaseModel = BgNbdModel | ParetoNbdModel;

/**
 * The parts of a fitted BG/NBD or Pareto/NBD model the predictions read (`model`, `timeUnit`,
 * `params`), so a model read back from storage works as is.
 *
 * @example
 * ```ts
 * import { probabilityAlive, type PurchaseModelParams } from 'crm-taxonomy';
 *
 * const model: PurchaseModelParams = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } };
 * probabilityAlive(model, { x: 0, tx: 0, T: 10 }); //=> 1
 * ```
 */
export type PurchaseModelParams = Pick<BgNbdModel, 'model' | 'timeUnit' | 'params'> | Pick<ParetoNbdModel, 'model' | 'timeUnit' | 'params'>;

interface Resolved {
  readonly timeUnit: TimeUnit;
  readonly pAlive: (x: number, tx: number, T: number) => number;
  readonly conditional: (x: number, tx: number, T: number, t: number) => number;
  readonly unconditional: (t: number) => number;
  readonly checkX: (x: number) => void;
}

function resolve(model: unknown): Resolved {
  const kind = (model as { model?: unknown } | null)?.model;
  if (kind === 'pareto-nbd') {
    const { timeUnit, params } = checkParetoNbdModel(model);
    const p: ParetoNbdParams = params;
    return {
      timeUnit,
      pAlive: (x, tx, T) => paretoNbdPAlive(p, x, tx, T),
      conditional: (x, tx, T, t) => paretoNbdConditional(p, x, tx, T, t),
      unconditional: (t) => paretoNbdUnconditional(p, t),
      checkX: () => undefined,
    };
  }
  if (kind !== 'bg-nbd') {
    throw legacyError(
      'invalid_model',
      `Expected a fitted 'bg-nbd' or 'pareto-nbd' model, received ${typeof model === 'object' && model !== null ? `model ${describeValue(kind)}` : describeValue(model)}`,
      { path: ['model'], details: { allowed: ['bg-nbd', 'pareto-nbd'] } },
    );
  }
  const { timeUnit, params } = checkBgNbdModel(model);
  const p: BgNbdParams = params;
  return {
    timeUnit,
    pAlive: (x, tx, T) => bgNbdPAlive(p, x, tx, T),
    conditional: (x, tx, T, t) => bgNbdConditional(p, x, tx, T, t),
    unconditional: (t) => bgNbdConditional(p, 0, 0, 0, t),
    checkX: (x) => checkBgNbdExpectable(p, x),
  };
}

/**
 * The probability that a customer with history `(x, tx, T)` (in the model's time unit) is still
 * active at the end of calibration. BG/NBD gives 1 to customers with `x = 0` (they have had no
 * chance to drop out yet); Pareto/NBD does not.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_parameters`, `invalid_summary`.
 * @example
 * ```ts
 * import { probabilityAlive } from 'crm-taxonomy';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * Number(probabilityAlive(model, { x: 2, tx: 30.43, T: 38.86 }).toFixed(3)); //=> 0.727
 * Number(probabilityAlive(model, { x: 2, tx: 2, T: 38.86 }).toFixed(3)); //=> 0.056
 * ```
 */
export function probabilityAlive(model: PurchaseModelParams, customer: CustomerHistory): number {
  const m = resolve(model);
  const h = checkHistory(customer, ['customer']);
  return m.pAlive(h.x, h.tx, h.T);
}

function horizonIn(m: Resolved, horizon: Duration, path: string): number {
  checkDuration(horizon, [path]);
  return convertDuration(horizon, m.timeUnit);
}

/**
 * The expected number of purchases of a customer with history `(x, tx, T)` over the next
 * `horizon` (a {@link Duration}, converted to the model's time unit).
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_parameters`, `invalid_summary`, `invalid_argument`.
 * @example
 * ```ts
 * import { expectedPurchases } from 'crm-taxonomy';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * Number(expectedPurchases(model, { x: 2, tx: 30.43, T: 38.86 }, { value: 39, unit: 'weeks' }).toFixed(3)); //=> 1.226
 * Number(expectedPurchases(model, { x: 2, tx: 30.43, T: 38.86 }, { value: 273, unit: 'days' }).toFixed(3)); //=> 1.226
 * ```
 */
export function expectedPurchases(model: PurchaseModelParams, customer: CustomerHistory, horizon: Duration): number {
  const m = resolve(model);
  const h = checkHistory(customer, ['customer']);
  const t = horizonIn(m, horizon, 'horizon');
  m.checkX(h.x);
  return m.conditional(h.x, h.tx, h.T, t);
}

/**
 * The expected number of repeat purchases of a customer acquired now, over `horizon`:
 * the unconditional E[X(t)] of the model.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_parameters`, `invalid_argument`.
 * @example
 * ```ts
 * import { expectedPurchasesNewCustomer } from 'crm-taxonomy';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * Number(expectedPurchasesNewCustomer(model, { value: 39, unit: 'weeks' }).toFixed(4)); //=> 1.1967
 * ```
 */
export function expectedPurchasesNewCustomer(model: PurchaseModelParams, horizon: Duration): number {
  const m = resolve(model);
  const t = horizonIn(m, horizon, 'horizon');
  m.checkX(0);
  return m.unconditional(t);
}

/**
 * A discount rate with its period, e.g. `{ rate: 0.1, per: { value: 1, unit: 'years' } }` for 10 %
 * a year. Cash flows at time τ are discounted by `(1 + rate)^(−τ / per)`, whatever the model's unit.
 *
 * @example
 * ```ts
 * import type { DiscountRate } from 'crm-taxonomy';
 *
 * const tenPercentAYear: DiscountRate = { rate: 0.1, per: { value: 1, unit: 'years' } };
 * tenPercentAYear.per.unit; //=> 'years'
 * ```
 */
export interface DiscountRate {
  /** The rate per period (> −1; 0 for no discounting). */
  readonly rate: number;
  /** The period the rate applies to. */
  readonly per: Duration;
}

/**
 * Options of {@link customerLifetimeValue} and {@link rankByLifetimeValue}.
 *
 * @example
 * ```ts
 * import type { LifetimeValueOptions } from 'crm-taxonomy';
 *
 * const options: LifetimeValueOptions = {
 *   horizon: { value: 1, unit: 'years' },
 *   discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } },
 *   step: { value: 4, unit: 'weeks' },
 *   margin: 0.3,
 * };
 * options.margin; //=> 0.3
 * ```
 */
export interface LifetimeValueOptions {
  /** How far ahead to sum the value. */
  readonly horizon: Duration;
  /** Discounting; none when omitted. */
  readonly discountRate?: DiscountRate;
  /** Cash flows are grouped into steps of this length, each discounted at its end. Default: one model time unit. */
  readonly step?: Duration;
  /** Share of the spend that is profit (default 1: the value is revenue). */
  readonly margin?: number;
}

interface LtvPlan {
  readonly steps: readonly number[];
  readonly discounts: readonly number[];
  readonly margin: number;
}

function planLtv(m: Resolved, options: LifetimeValueOptions): LtvPlan {
  if (typeof options !== 'object' || options === null) {
    throw legacyError('invalid_argument', 'options must be an object with a horizon', { path: ['options'] });
  }
  const horizon = horizonIn(m, options.horizon, 'horizon');
  const step = options.step === undefined ? 1 : convertDuration(checkDuration(options.step, ['options', 'step']), m.timeUnit);
  if (!(step > 0)) throw legacyError('invalid_argument', 'options.step must be longer than zero', { path: ['options', 'step'] });
  const margin = options.margin ?? 1;
  if (typeof margin !== 'number' || !Number.isFinite(margin)) {
    throw legacyError('invalid_argument', `options.margin must be a finite number, received ${describeValue(margin)}`, {
      path: ['options', 'margin'],
    });
  }
  let perUnits = Infinity;
  let rate = 0;
  if (options.discountRate !== undefined) {
    const d = options.discountRate as Partial<DiscountRate> | null;
    if (typeof d !== 'object' || d === null || typeof d.rate !== 'number' || !Number.isFinite(d.rate) || d.rate <= -1) {
      throw legacyError('invalid_argument', 'options.discountRate must be { rate: a number > -1, per: Duration }', {
        path: ['options', 'discountRate'],
      });
    }
    rate = d.rate;
    perUnits = convertDuration(checkDuration(d.per, ['options', 'discountRate', 'per']), m.timeUnit);
    if (!(perUnits > 0)) {
      throw legacyError('invalid_argument', 'options.discountRate.per must be longer than zero', {
        path: ['options', 'discountRate', 'per'],
      });
    }
  }
  const steps: number[] = [];
  const count = Math.ceil(horizon / step - 1e-12);
  for (let i = 1; i <= count; i++) steps.push(Math.min(i * step, horizon));
  const logBase = Math.log1p(rate);
  const discounts = steps.map((t) => (perUnits === Infinity ? 1 : Math.exp((-logBase * t) / perUnits)));
  return { steps, discounts, margin };
}

function ltv(m: Resolved, plan: LtvPlan, h: CustomerHistory, spend: number): number {
  let value = 0;
  let previous = 0;
  for (let i = 0; i < plan.steps.length; i++) {
    const cumulative = m.conditional(h.x, h.tx, h.T, plan.steps[i] as number);
    value += (cumulative - previous) * (plan.discounts[i] as number);
    previous = cumulative;
  }
  return value * spend * plan.margin;
}

/**
 * The models a lifetime value is computed from: a purchase-count model and the Gamma-Gamma spend
 * model.
 *
 * @example
 * ```ts
 * import type { LifetimeValueModels } from 'crm-taxonomy';
 *
 * const models: LifetimeValueModels = {
 *   purchases: { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
 *   spend: { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } },
 * };
 * models.purchases.timeUnit; //=> 'weeks'
 * ```
 */
export interface LifetimeValueModels {
  readonly purchases: PurchaseModelParams;
  readonly spend: Pick<GammaGammaModel, 'model' | 'params'>;
}

function checkModels(models: unknown): LifetimeValueModels {
  const m = models as Partial<LifetimeValueModels> | null;
  if (typeof m !== 'object' || m === null || Array.isArray(m) || typeof m.purchases !== 'object' || m.purchases === null || typeof m.spend !== 'object' || m.spend === null) {
    throw legacyError(
      'invalid_model',
      `models must be { purchases: a fitted 'bg-nbd' or 'pareto-nbd' model, spend: a fitted 'gamma-gamma' model }, received ${describeValue(models)}`,
      { path: ['models'] },
    );
  }
  return m as LifetimeValueModels;
}

function spendOf(models: LifetimeValueModels): (x: number, m: number) => number {
  const p = checkGammaGammaModel(models.spend);
  if (p.q <= 1) {
    throw legacyError('invalid_parameters', `The expected spend needs q > 1, received q = ${p.q}`, {
      path: ['models', 'spend', 'params', 'q'],
    });
  }
  return (x, m) => gammaGammaSpend(p, x, m);
}

/**
 * A customer's lifetime value over a horizon: the expected purchases in each step (from the
 * BG/NBD or Pareto/NBD model) times the Gamma-Gamma expected spend times `margin`, each step
 * discounted at its end by `(1 + rate)^(−τ / per)`. Time units are explicit: the horizon, the step
 * and the discount period are {@link Duration}s converted to the model's unit, so a rate per year
 * on a model in weeks is exact (no 30-day "months").
 *
 * @throws CrmTaxonomyError `invalid_model` (also when `models` is not `{ purchases, spend }`, path
 * `['models']`), `invalid_parameters`, `invalid_summary`, `invalid_argument`.
 * @example
 * ```ts
 * import { customerLifetimeValue } from 'crm-taxonomy';
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
  customer: CustomerHistory & SpendHistory,
  options: LifetimeValueOptions,
): number {
  const m = resolve(checkModels(models).purchases);
  const spend = spendOf(models);
  const h = checkHistory(customer, ['customer']);
  checkSpend(customer, ['customer']);
  m.checkX(h.x);
  const plan = planLtv(m, options);
  return ltv(m, plan, h, spend(h.x, customer.meanRepeatSpend));
}

/**
 * One customer in {@link rankByLifetimeValue}'s ranking.
 *
 * @example
 * ```ts
 * import type { RankedCustomer } from 'crm-taxonomy';
 *
 * const row: RankedCustomer = { customerId: 7, rank: 1, percentile: 1, lifetimeValue: 812.5, pAlive: 0.97, expectedPurchases: 9.1, expectedSpend: 89.3 };
 * row.rank; //=> 1
 * ```
 */
export interface RankedCustomer {
  readonly customerId: CustomerId;
  /** 1 for the most valuable; ties share the better rank. */
  readonly rank: number;
  /** Share of customers with a lower value, in [0, 1]: feed it to value-tier thresholds. */
  readonly percentile: number;
  readonly lifetimeValue: number;
  readonly pAlive: number;
  /** Expected purchases over the horizon. */
  readonly expectedPurchases: number;
  /** Gamma-Gamma expected spend per purchase. */
  readonly expectedSpend: number;
}

/**
 * Computes every customer's lifetime value from a {@link CustomerSummary} and ranks them, most
 * valuable first (ties by customer id). This is how CLV feeds the value tiers: map `percentile`
 * (or `lifetimeValue`) to a tier with the host's thresholds, e.g. top 20 % → high value. The
 * summary's time unit must be the purchase model's.
 *
 * @throws CrmTaxonomyError as {@link customerLifetimeValue}; `invalid_argument` on a unit mismatch.
 * @example
 * ```ts
 * import { rankByLifetimeValue } from 'crm-taxonomy';
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
  options: LifetimeValueOptions,
): RankedCustomer[] {
  const m = resolve(checkModels(models).purchases);
  const spend = spendOf(models);
  if (typeof summary !== 'object' || summary === null || !Array.isArray(summary.customers)) {
    throw legacyError('invalid_summary', 'Expected a CustomerSummary ({ timeUnit, customers })', { path: ['summary'] });
  }
  if (summary.timeUnit !== m.timeUnit) {
    throw legacyError(
      'invalid_argument',
      `The summary is in ${describeValue(summary.timeUnit)} but the purchase model was fitted in ${m.timeUnit}`,
      { path: ['summary', 'timeUnit'], details: { expected: m.timeUnit, received: describeValue(summary.timeUnit) } },
    );
  }
  summary.customers.forEach((c, i) => {
    checkHistory(c, ['customers', i]);
    checkSpend(c, ['customers', i]);
    m.checkX(c.x);
  });
  const plan = planLtv(m, options);
  const horizon = plan.steps.length === 0 ? 0 : (plan.steps[plan.steps.length - 1] as number);
  const rows = summary.customers.map((c: CustomerSummaryRow) => {
    const expectedSpend = spend(c.x, c.meanRepeatSpend);
    return {
      customerId: c.customerId,
      lifetimeValue: ltv(m, plan, c, expectedSpend),
      pAlive: m.pAlive(c.x, c.tx, c.T),
      expectedPurchases: horizon === 0 ? 0 : m.conditional(c.x, c.tx, c.T, horizon),
      expectedSpend,
    };
  });
  rows.sort((p, q) => q.lifetimeValue - p.lifetimeValue || compareIds(p.customerId, q.customerId));
  const n = rows.length;
  const out: RankedCustomer[] = [];
  let start = 0;
  while (start < n) {
    // A group of equal values shares the rank of its first member; customers below it are strictly lower.
    let end = start + 1;
    const v = (rows[start] as (typeof rows)[number]).lifetimeValue;
    while (end < n && (rows[end] as (typeof rows)[number]).lifetimeValue === v) end++;
    for (let i = start; i < end; i++) {
      const row = rows[i] as (typeof rows)[number];
      out.push({ customerId: row.customerId, rank: start + 1, percentile: n <= 1 ? 1 : (n - end) / (n - 1), ...pick(row) });
    }
    start = end;
  }
  return out;
}

function pick(row: { lifetimeValue: number; pAlive: number; expectedPurchases: number; expectedSpend: number }) {
  return { lifetimeValue: row.lifetimeValue, pAlive: row.pAlive, expectedPurchases: row.expectedPurchases, expectedSpend: row.expectedSpend };
}

function compareIds(a: CustomerId, b: CustomerId): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The churn signal a status classifier reads as an option: the probability alive, the threshold,
 * and the decision `likelyChurned = pAlive < threshold`.
 *
 * @example
 * ```ts
 * import type { ChurnSignal } from 'crm-taxonomy';
 *
 * const signal: ChurnSignal = { pAlive: 0.05, threshold: 0.3, likelyChurned: true };
 * signal.likelyChurned; //=> true
 * ```
 */
export interface ChurnSignal {
  readonly pAlive: number;
  readonly threshold: number;
  readonly likelyChurned: boolean;
}

/**
 * The model-based churn decision for one customer: P(alive) against a threshold (default 0.5).
 * A status classifier takes it as an option (`{ churn: churnSignal(model, history) }`) instead of
 * its recency rule; this module does not import the classifier.
 *
 * @throws CrmTaxonomyError as {@link probabilityAlive}; `invalid_argument` for a threshold outside [0, 1].
 * @example
 * ```ts
 * import { churnSignal } from 'crm-taxonomy';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * churnSignal(model, { x: 2, tx: 2, T: 38.86 }, { threshold: 0.3 }); //=> { threshold: 0.3, likelyChurned: true }
 * churnSignal(model, { x: 2, tx: 30.43, T: 38.86 }).likelyChurned; //=> false
 * ```
 */
export function churnSignal(model: PurchaseModelParams, customer: CustomerHistory, options: { readonly threshold?: number } = {}): ChurnSignal {
  const threshold = options.threshold ?? 0.5;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw legacyError('invalid_argument', `options.threshold must be a number in [0, 1], received ${describeValue(threshold)}`, {
      path: ['options', 'threshold'],
    });
  }
  const pAlive = probabilityAlive(model, customer);
  return { pAlive, threshold, likelyChurned: pAlive < threshold };
}

/**
 * Expected vs actual repeat purchases over a holdout period for a whole summary (made with
 * `holdoutEnd`): the papers' holdout check. Each customer's expectation is E[X(holdout) | x, tx, T].
 *
 * @throws CrmTaxonomyError `invalid_summary` (no holdout), as {@link expectedPurchases}.
 * @example
 * ```ts
 * import { holdoutCheck } from 'crm-taxonomy';
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
export function holdoutCheck(model: PurchaseModelParams, summary: CustomerSummary): { expected: number; actual: number; holdout: Duration } {
  const m = resolve(model);
  if (typeof summary !== 'object' || summary === null || summary.holdoutEnd === undefined || !Array.isArray(summary.customers)) {
    throw legacyError('invalid_summary', 'The summary has no holdout period: summarise with options.holdoutEnd', { path: ['holdoutEnd'] });
  }
  if (summary.timeUnit !== m.timeUnit) {
    throw legacyError('invalid_argument', `The summary is in ${summary.timeUnit} but the model was fitted in ${m.timeUnit}`, {
      path: ['summary', 'timeUnit'],
    });
  }
  const days = summary.holdoutEnd - summary.calibrationEnd;
  const t = convertDuration({ value: days, unit: 'days' }, m.timeUnit);
  let expected = 0;
  let actual = 0;
  summary.customers.forEach((c, i) => {
    checkHistory(c, ['customers', i]);
    m.checkX(c.x);
    expected += m.conditional(c.x, c.tx, c.T, t);
    actual += c.holdoutPurchases ?? 0;
  });
  return { expected, actual, holdout: { value: t, unit: m.timeUnit } };
}

/**
 * Expected cumulative repeat purchases of a cohort over calendar time, the papers' tracking curve:
 * for each customer, the new-customer expectation E[X(τ − first purchase)] summed over customers,
 * at the times `at` (in the model's unit, measured from `origin`, a calendar day). Pair it with the
 * actual cumulative counts to draw {@link cumulativeRepeatChart}.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_parameters`, `invalid_argument`.
 * @example
 * ```ts
 * import { expectedCumulativeRepeatPurchases } from 'crm-taxonomy';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const curve = expectedCumulativeRepeatPurchases(model, [0, 0], 0, [0, 39]);
 * curve[0]; //=> 0
 * Number(curve[1]?.toFixed(3)); //=> 2.393
 * ```
 */
export function expectedCumulativeRepeatPurchases(
  model: PurchaseModelParams,
  firstPurchaseDays: readonly number[],
  origin: number,
  at: readonly number[],
): number[] {
  const m = resolve(model);
  m.checkX(0);
  if (!Number.isFinite(origin)) throw legacyError('invalid_argument', 'origin must be a finite day number', { path: ['origin'] });
  const perUnit = convertDuration({ value: 1, unit: m.timeUnit }, 'days');
  const births = new Map<number, number>();
  firstPurchaseDays.forEach((d, i) => {
    if (typeof d !== 'number' || !Number.isFinite(d)) {
      throw legacyError('invalid_argument', `firstPurchaseDays[${i}] must be a finite day number`, { path: ['firstPurchaseDays', i] });
    }
    const offset = (d - origin) / perUnit;
    births.set(offset, (births.get(offset) ?? 0) + 1);
  });
  const cohorts = [...births.entries()].sort((p, q) => p[0] - q[0]);
  return at.map((tau, i) => {
    if (typeof tau !== 'number' || !Number.isFinite(tau)) {
      throw legacyError('invalid_argument', `at[${i}] must be a finite number`, { path: ['at', i] });
    }
    let sum = 0;
    for (const [offset, count] of cohorts) if (tau > offset) sum += count * m.unconditional(tau - offset);
    return sum;
  });
}
