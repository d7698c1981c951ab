import { CrmTaxonomyError, inputError, isPlainRecord, isRecord, knownKeys, type ErrorPath } from '../errors/index.js';
import { BG_BB_SHAPE, bgBbExpected, bgBbPAlive, opportunitiesOf, type BgBbModel, type BgBbParams } from './bg-bb.js';
import { BG_NBD_SHAPE, bgNbdExpected, bgNbdPAlive, bgNbdPmf, type BgNbdModel } from './bg-nbd.js';
import { readCovariates, readDiscreteHistory, readHistory, type DiscreteHistory } from './histories.js';
import { charge, checkModelShape, finite, pickShape, type Covariate, type Meter } from './model.js';
import { PARETO_NBD_SHAPE, paretoNbdExpected, paretoNbdPAlive, paretoNbdPmf, type ParetoNbdModel } from './pareto-nbd.js';
import type { CustomerHistory } from './summary.js';
import { durationIn, type Duration, type TimeUnit } from './time.js';

/** A fitted purchase-count model: BG/NBD or Pareto/NBD. Every prediction takes either. */
export type PurchaseModel = BgNbdModel | ParetoNbdModel;

/** The parts of a purchase model a prediction reads, so a model read back from storage works as is. */
export type PurchaseModelParts = Pick<BgNbdModel, 'model' | 'timeUnit' | 'params' | 'covariates'> | Pick<ParetoNbdModel, 'model' | 'timeUnit' | 'params' | 'covariates'>;

/** The parts of a BG/BB model a prediction reads. */
export type BgBbModelParts = Pick<BgBbModel, 'model' | 'params'>;

/** A horizon after the end of calibration: the next `horizon`, or the interval (`from`, `to`]. */
export type Horizon = { readonly horizon: Duration } | { readonly from: Duration; readonly to: Duration };

const BG_NBD_PARTS = /* @__PURE__ */ pickShape(BG_NBD_SHAPE, ['model', 'timeUnit', 'params', 'covariates'], ['covariates']);
const PARETO_NBD_PARTS = /* @__PURE__ */ pickShape(PARETO_NBD_SHAPE, ['model', 'timeUnit', 'params', 'covariates'], ['covariates']);
const BG_BB_PARTS = /* @__PURE__ */ pickShape(BG_BB_SHAPE, ['model', 'params']);

/** One customer's parameters, whatever the model (covariates applied). @internal */
export type Individual = { readonly r: number; readonly alpha: number } & ({ readonly a: number; readonly b: number } | { readonly s: number; readonly beta: number });

/** A checked purchase model with its kernels. @internal */
export interface ResolvedPurchaseModel {
  readonly kind: 'bg-nbd' | 'pareto-nbd';
  readonly timeUnit: TimeUnit;
  /** Base parameters in the stored order. */
  readonly values: readonly number[];
  readonly purchase: readonly Covariate[];
  readonly dropout: readonly Covariate[];
  /** Covariate names a customer must carry. */
  readonly names: readonly string[];
  /** A customer's parameters from the base values (possibly perturbed) and covariate values. */
  individual(values: readonly number[], z: readonly number[]): Individual;
  pAlive(p: Individual, x: number, tx: number, T: number): number;
  expected(p: Individual, x: number, tx: number, T: number, t1: number, t2: number, meter?: Meter): number;
  pmf(p: Individual, x: number, tx: number, T: number, n: number, t: number): number;
}

function linear(list: readonly Covariate[], z: readonly number[], offset: number, values: readonly number[], base: number): number {
  let e = 0;
  for (let j = 0; j < list.length; j++) e += values[base + j]! * z[offset + j]!;
  return e;
}

/**
 * Checks a purchase model (the parts predictions read, against the model's one shape) and returns
 * its kernels. `invalid_model` for anything else.
 * @internal
 */
export function resolvePurchaseModel(model: unknown, path: ErrorPath = ['model']): ResolvedPurchaseModel {
  const kind = isRecord(model) ? model.model : undefined;
  if (kind === 'pareto-nbd') {
    const m = checkModelShape<Pick<ParetoNbdModel, 'timeUnit' | 'params' | 'covariates'>>(PARETO_NBD_PARTS, model, path);
    const parts = covariateParts(m, [m.params.r, m.params.alpha, m.params.s, m.params.beta]);
    const { purchase, dropout } = parts;
    const kp = purchase.length;
    return {
      kind,
      timeUnit: m.timeUnit,
      ...parts,
      individual: (v, z) => ({
        r: v[0]!,
        alpha: v[1]! * Math.exp(-linear(purchase, z, 0, v, 4)),
        s: v[2]!,
        beta: v[3]! * Math.exp(-linear(dropout, z, kp, v, 4 + kp)),
      }),
      pAlive: (p, x, tx, T) => paretoNbdPAlive(p as never, x, tx, T),
      expected: (p, x, tx, T, t1, t2, m) => {
        if (m !== undefined) charge(m, 1);
        return paretoNbdExpected(p as never, x, tx, T, t1, t2);
      },
      pmf: (p, x, tx, T, n, t) => paretoNbdPmf(p as never, x, tx, T, n, t),
    };
  }
  if (kind !== 'bg-nbd') throw inputError('invalid_model', [...path, 'model'], 'one_of', kind, { allowed: ['bg-nbd', 'pareto-nbd'] });
  const m = checkModelShape<Pick<BgNbdModel, 'timeUnit' | 'params' | 'covariates'>>(BG_NBD_PARTS, model, path);
  const parts = covariateParts(m, [m.params.r, m.params.alpha, m.params.a, m.params.b]);
  const { purchase, dropout } = parts;
  const kp = purchase.length;
  return {
    kind,
    timeUnit: m.timeUnit,
    ...parts,
    individual: (v, z) => {
      const f = Math.exp(linear(dropout, z, kp, v, 4 + kp));
      return { r: v[0]!, alpha: v[1]! * Math.exp(-linear(purchase, z, 0, v, 4)), a: v[2]! * f, b: v[3]! * f };
    },
    pAlive: (p, x, tx, T) => bgNbdPAlive(p as never, x, tx, T),
    expected: (p, x, tx, T, t1, t2, m) => bgNbdExpected(p as never, x, tx, T, t1, t2, m),
    pmf: (p, x, tx, T, n, t) => bgNbdPmf(p as never, x, tx, T, n, t),
  };
}

/** A count model's covariates and its parameter vector: the four parameters, then the purchase and the dropout coefficients. */
function covariateParts(m: { readonly covariates?: { readonly purchase?: readonly Covariate[]; readonly dropout?: readonly Covariate[] } | undefined }, params: readonly number[]) {
  const purchase = m.covariates?.purchase ?? [];
  const dropout = m.covariates?.dropout ?? [];
  return {
    purchase,
    dropout,
    values: [...params, ...purchase.map((c) => c.coefficient), ...dropout.map((c) => c.coefficient)],
    names: [...purchase.map((c) => c.name), ...dropout.map((c) => c.name)],
  };
}

/** A checked customer of a purchase model: the history and covariate values. @internal */
export interface ResolvedCustomer {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly z: readonly number[];
}

const NEW_CUSTOMER: ResolvedCustomer = Object.freeze({ x: 0, tx: 0, T: 0, z: Object.freeze([]) as readonly number[] });

/** @internal */
export function readCustomer(m: ResolvedPurchaseModel, customer: unknown, path: ErrorPath = ['customer'], index?: number): ResolvedCustomer {
  if (customer === undefined && index === undefined) {
    if (m.names.length > 0) throw inputError('invalid_argument', path, 'object', customer);
    return NEW_CUSTOMER;
  }
  const h = readHistory(customer, path, index);
  return { x: h.x, tx: h.tx, T: h.T, z: readCovariates(customer, m.names, path, index) };
}

/** The interval (t1, t2] of a horizon option, in the model's unit. @internal */
/**
 * The options of the functions that apply a fitted model to customers (`expectedPurchases`,
 * `probabilityOfPurchases`, `churnSignal`, `customerLifetimeValue`, `rankByLifetimeValue`,
 * `customerForecast`): each refuses a key outside them (a misspelt `margn` would be its default,
 * silently) and takes the others', so one options object can serve them all.
 * @internal
 */
export const PREDICTION_KEYS: readonly string[] = ['horizon', 'from', 'to', 'purchases', 'opportunities', 'threshold', 'discountRate', 'step', 'margin', 'level'];

export function horizonOf(options: unknown, unit: TimeUnit): { t1: number; t2: number } {
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, PREDICTION_KEYS, ['options']);
  if (options.horizon !== undefined) {
    if (options.from !== undefined || options.to !== undefined) throw inputError('invalid_argument', ['options', 'from'], 'not_given', options.from ?? options.to);
    return { t1: 0, t2: durationIn(options.horizon, unit, ['options', 'horizon']) };
  }
  if (options.from === undefined && options.to === undefined) throw inputError('invalid_argument', ['options', 'horizon'], 'present', undefined);
  const t1 = durationIn(options.from, unit, ['options', 'from']);
  const t2 = durationIn(options.to, unit, ['options', 'to']);
  if (t2 < t1) throw inputError('invalid_argument', ['options', 'to'], 'not_before_other', options.to, { other: 'options.from' });
  return { t1, t2 };
}

function isBgBb(model: unknown): boolean {
  return isRecord(model) && model.model === 'bg-bb';
}

function bgBbParts(model: unknown): BgBbParams {
  return checkModelShape<BgBbModelParts>(BG_BB_PARTS, model).params;
}

function readDiscrete(customer: unknown): { x: number; tx: number; n: number } {
  return customer === undefined ? { x: 0, tx: 0, n: 0 } : readDiscreteHistory(customer, ['customer']);
}

/**
 * The probability that a customer is still active: at the end of calibration for BG/NBD and
 * Pareto/NBD (history `{ x, tx, T }` in the model's unit; BG/NBD gives 1 to customers with no repeat
 * purchase), at the next opportunity for BG/BB (history `{ x, tx, n }`, eq. 11 of Fader, Hardie &
 * Shang 2010). A model with covariates reads the customer's `covariates`.
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`.
 * @example
 * ```ts
 * import { probabilityAlive } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * Number(probabilityAlive(model, { x: 2, tx: 30.43, T: 38.86 }).toFixed(3)); //=> 0.727
 * Number(probabilityAlive(model, { x: 2, tx: 2, T: 38.86 }).toFixed(3)); //=> 0.056
 * const donors = { model: 'bg-bb', params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * Number(probabilityAlive(donors, { x: 2, tx: 4, n: 6 }).toFixed(2)); //=> 0.59
 * ```
 */
export function probabilityAlive(model: PurchaseModelParts, customer: CustomerHistory): number;
export function probabilityAlive(model: BgBbModelParts, customer: DiscreteHistory): number;
export function probabilityAlive(model: PurchaseModelParts | BgBbModelParts, customer: CustomerHistory | DiscreteHistory): number {
  if (isBgBb(model)) {
    const p = bgBbParts(model);
    const h = readDiscreteHistory(customer, ['customer']);
    return finite(bgBbPAlive(p, h.x, h.tx, h.n), 'probabilityAlive');
  }
  const m = resolvePurchaseModel(model);
  const c = readCustomer(m, customer);
  return finite(m.pAlive(m.individual(m.values, c.z), c.x, c.tx, c.T), 'probabilityAlive');
}

/**
 * The expected number of purchases of a customer after the end of calibration: over the next
 * `horizon` or in the interval (`from`, `to`] (durations, converted to the model's unit) for
 * BG/NBD and Pareto/NBD; over the next `opportunities` for BG/BB. Without a customer, for one
 * acquired now (the models' unconditional expectation). Exact at every horizon up to 100,000
 * years: BG/NBD switches from its hypergeometric closed form to an equivalent integral where the
 * series would need too many terms (Fader, Hardie & Lee's eq. 10 at x = 1000 and 1,000 years).
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`, `input_too_large` (a horizon
 * beyond 100,000 years), `not_computable`.
 * @example
 * ```ts
 * import { expectedPurchases } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const customer = { x: 2, tx: 30.43, T: 38.86 };
 * Number(expectedPurchases(model, customer, { horizon: { value: 39, unit: 'weeks' } }).toFixed(3)); //=> 1.226
 * Number(expectedPurchases(model, customer, { from: { value: 39, unit: 'weeks' }, to: { value: 78, unit: 'weeks' } }).toFixed(3)); //=> 0.925
 * Number(expectedPurchases(model, { horizon: { value: 39, unit: 'weeks' } }).toFixed(4)); //=> 1.1967
 * const donors = { model: 'bg-bb', params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } } as const;
 * Number(expectedPurchases(donors, { x: 6, tx: 6, n: 6 }, { opportunities: 5 }).toFixed(2)); //=> 3.75
 * ```
 */
export function expectedPurchases(model: PurchaseModelParts, options: Horizon): number;
export function expectedPurchases(model: PurchaseModelParts, customer: CustomerHistory | undefined, options: Horizon): number;
export function expectedPurchases(model: BgBbModelParts, options: { readonly opportunities: number }): number;
export function expectedPurchases(model: BgBbModelParts, customer: DiscreteHistory | undefined, options: { readonly opportunities: number }): number;
export function expectedPurchases(model: PurchaseModelParts | BgBbModelParts, a: unknown, b?: unknown): number {
  const [customer, options] = b === undefined && arguments.length < 3 ? [undefined, a] : [a, b];
  if (isBgBb(model)) {
    const p = bgBbParts(model);
    const h = readDiscrete(customer);
    const k = opportunitiesOf(options, PREDICTION_KEYS);
    return finite(bgBbExpected(p, h.x, h.tx, h.n, k), 'expectedPurchases');
  }
  const m = resolvePurchaseModel(model);
  const c = readCustomer(m, customer);
  const { t1, t2 } = horizonOf(options, m.timeUnit);
  return finite(m.expected(m.individual(m.values, c.z), c.x, c.tx, c.T, t1, t2), 'expectedPurchases');
}

/**
 * P(X = n): the probability that a customer makes exactly `purchases` purchases over the next
 * `horizon` (BG/NBD: Fader, Hardie & Lee 2005, eq. 8; Pareto/NBD: Fader & Hardie's note 012),
 * conditional on their history, or for a customer acquired now. Given a history the customer is
 * either dead (no purchase) or alive with updated rates and a fresh process, so the conditional
 * probability is the unconditional one at the posterior parameters, weighted by P(alive).
 *
 * @throws CrmTaxonomyError `invalid_model`, `invalid_argument`, `input_too_large`, `not_computable`.
 * @example
 * ```ts
 * import { probabilityOfPurchases } from 'crm-taxonomy/clv';
 *
 * const model = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
 * const horizon = { value: 39, unit: 'weeks' } as const;
 * Number(probabilityOfPurchases(model, { purchases: 0, horizon }).toFixed(4)); //=> 0.5738
 * Number(probabilityOfPurchases(model, { x: 2, tx: 30.43, T: 38.86 }, { purchases: 1, horizon }).toFixed(4)); //=> 0.2393
 * ```
 */
export function probabilityOfPurchases(model: PurchaseModelParts, options: { readonly purchases: number; readonly horizon: Duration }): number;
export function probabilityOfPurchases(model: PurchaseModelParts, customer: CustomerHistory | undefined, options: { readonly purchases: number; readonly horizon: Duration }): number;
export function probabilityOfPurchases(model: PurchaseModelParts, a: unknown, b?: unknown): number {
  const [customer, options] = b === undefined && arguments.length < 3 ? [undefined, a] : [a, b];
  const m = resolvePurchaseModel(model);
  const c = readCustomer(m, customer);
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, PREDICTION_KEYS, ['options']);
  const n = options.purchases;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1e6) throw inputError('invalid_argument', ['options', 'purchases'], 'integer', n, { min: 0, max: 1e6 });
  // A window (from, to) it would ignore: the count is over the next `horizon`, from now.
  if (options.from !== undefined || options.to !== undefined) throw inputError('invalid_argument', ['options', options.from !== undefined ? 'from' : 'to'], 'not_given', options.from ?? options.to);
  const t = durationIn(options.horizon, m.timeUnit, ['options', 'horizon']);
  const value = m.pmf(m.individual(m.values, c.z), c.x, c.tx, c.T, n, t);
  if (!(value >= 0 && value <= 1)) throw new CrmTaxonomyError('not_computable', { what: 'probabilityOfPurchases', cause: 'precision' });
  return value;
}
