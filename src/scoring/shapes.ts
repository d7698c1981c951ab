/**
 * The one definition of each persisted shape of the scoring module — the RFM policy, the fitted
 * model, the customer aggregate — read by the core's checks (`resolveShape`, `checkShape`) and by
 * the zod schemas of `crm-taxonomy/schema` (`zodOf`).
 */
import {
  array,
  boolean,
  customerId,
  dateText,
  int,
  literal,
  nullable,
  number,
  object,
  oneOf,
  string,
  timeZone,
  type Assert,
  type Equals,
  type Known,
  type Out,
  type ShapeIssue,
} from '../shape/index.js';
import { MAX_DAY } from '../records/index.js';
import type { CustomerAggregate, MetricBins, RfmModel, RfmPolicy, RfmThresholds } from './types.js';

/**
 * The largest amount one transaction (or one customer's value) may carry, in magnitude: 1e30,
 * far beyond any money in any minor unit, and small enough that sums never overflow a double.
 * @internal
 */
export const MAX_AMOUNT = 1e30;
/** The largest count an aggregate holds (2^53 − 1): counts stay exact, and sums within MAX_AMOUNT times it stay finite. @internal */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** Whether a value is an amount the library reads: a number of at most {@link MAX_AMOUNT} in magnitude (NaN and infinities are not). @internal */
export function isAmount(value: unknown): value is number {
  return typeof value === 'number' && value <= MAX_AMOUNT && value >= -MAX_AMOUNT;
}

/** The bounds of an amount, for the details of an error. @internal */
export const AMOUNT_BOUNDS = { min: -MAX_AMOUNT, max: MAX_AMOUNT } as const;

/** The RFM policy: choices and their defaults. @internal */
export const RFM_POLICY_SHAPE = /* @__PURE__ */ object({
  sameDay: /* @__PURE__ */ oneOf(['separate', 'once'], { default: 'separate' }),
  monetary: /* @__PURE__ */ oneOf(['sum', 'mean'], { default: 'sum' }),
  zeroAmounts: /* @__PURE__ */ oneOf(['purchase', 'ignore'], { default: 'purchase' }),
  refunds: /* @__PURE__ */ oneOf(['subtract', 'ignore'], { default: 'subtract' }),
  futureTransactions: /* @__PURE__ */ oneOf(['error', 'ignore', 'include'], { default: 'error' }),
  timeZone: /* @__PURE__ */ timeZone({ default: 'UTC' }),
});
type _PolicyMatchesShape = Assert<Equals<Known<RfmPolicy>, Known<Out<typeof RFM_POLICY_SHAPE>>>>;

/** Where each metric is read from and which way it improves. @internal */
export const METRICS = [
  { key: 'recency', direction: 'lower_is_better' },
  { key: 'frequency', direction: 'higher_is_better' },
  { key: 'monetary', direction: 'higher_is_better' },
] as const;

/** Whether `b` is at least as good as `a` (strictly better when `strict`). */
function inOrder(a: number, b: number, lower: boolean, strict: boolean): boolean {
  if (strict) return lower ? b < a : b > a;
  return lower ? b <= a : b >= a;
}

/** The first threshold out of order (worst to best), or undefined. */
function orderIssue(list: readonly number[], lower: boolean, strict: boolean, path: readonly (string | number)[]): ShapeIssue | undefined {
  for (let i = 1; i < list.length; i++) {
    if (!inOrder(list[i - 1] as number, list[i] as number, lower, strict)) return { path: [...path, i], expected: lower ? 'descending' : 'ascending', value: list[i] };
  }
  return undefined;
}

/* @__NO_SIDE_EFFECTS__ */
const bins = <D extends 'lower_is_better' | 'higher_is_better'>(direction: D) =>
  object({
    direction: /* @__PURE__ */ literal(direction),
    thresholds: /* @__PURE__ */ array(/* @__PURE__ */ number()),
    counts: /* @__PURE__ */ array(/* @__PURE__ */ int({ min: 0, max: MAX_COUNT })),
    unusedScores: /* @__PURE__ */ array(/* @__PURE__ */ int({ min: 1, max: 100 })),
    collapsed: /* @__PURE__ */ boolean(),
  });

const centers = /* @__PURE__ */ object({ recency: /* @__PURE__ */ number(), frequency: /* @__PURE__ */ number(), monetary: /* @__PURE__ */ number() });

/** Centres given directly (to `eightClass`): other keys allowed. @internal */
export const RFM_CENTERS_SHAPE = /* @__PURE__ */ object({ recency: /* @__PURE__ */ number(), frequency: /* @__PURE__ */ number(), monetary: /* @__PURE__ */ number() }, { open: true });

/** One customer's raw metrics (other keys, such as a score's, allowed). @internal */
export const RFM_METRICS_SHAPE = /* @__PURE__ */ object({ recencyDays: /* @__PURE__ */ number({ min: 0 }), frequency: /* @__PURE__ */ number({ min: 0 }), monetary: /* @__PURE__ */ number() }, { open: true });

/** The rest of a model's consistency: threshold counts and order, counts, unused scores. */
function modelIssue(m: RfmModel): ShapeIssue | undefined {
  for (const { key, direction } of METRICS) {
    const b = m[key] as MetricBins;
    const lower = direction === 'lower_is_better';
    const want = m.population === 0 && m.method !== 'thresholds' ? 0 : m.scores - 1;
    if (b.thresholds.length !== want) return { path: [key, 'thresholds'], expected: 'array', value: b.thresholds, min: want, max: want };
    const order = orderIssue(b.thresholds, lower, m.method === 'thresholds', [key, 'thresholds']);
    if (order !== undefined) return order;
    let collapsed = false;
    for (let i = 1; i < b.thresholds.length; i++) if (b.thresholds[i] === b.thresholds[i - 1]) collapsed = true;
    if (b.collapsed !== collapsed) return { path: [key, 'collapsed'], expected: 'one_of', value: b.collapsed };
    if (b.counts.length !== m.scores) return { path: [key, 'counts'], expected: 'array', value: b.counts, min: m.scores, max: m.scores };
    let total = 0;
    for (const c of b.counts) total += c;
    if (total !== m.population) return { path: [key, 'counts'], expected: 'at_most_other', value: total, other: 'population', max: m.population };
    let u = 0;
    for (let s = 0; s < b.counts.length; s++) {
      if (b.counts[s] !== 0) continue;
      if (b.unusedScores[u] !== s + 1) return { path: [key, 'unusedScores', u], expected: 'one_of', value: b.unusedScores[u] };
      u++;
    }
    if (u !== b.unusedScores.length) return { path: [key, 'unusedScores', u], expected: 'not_given', value: b.unusedScores[u] };
  }
  return undefined;
}

/** A fitted RFM model as stored. @internal */
export const RFM_MODEL_SHAPE = /* @__PURE__ */ object(
  {
    kind: /* @__PURE__ */ literal('rfm_model'),
    version: /* @__PURE__ */ literal(1),
    method: /* @__PURE__ */ oneOf(['quantile', 'ntile', 'thresholds']),
    scores: /* @__PURE__ */ int({ min: 2, max: 100 }),
    policy: RFM_POLICY_SHAPE,
    asOf: /* @__PURE__ */ dateText(),
    population: /* @__PURE__ */ int({ min: 0, max: MAX_COUNT }),
    recency: /* @__PURE__ */ bins('lower_is_better'),
    frequency: /* @__PURE__ */ bins('higher_is_better'),
    monetary: /* @__PURE__ */ bins('higher_is_better'),
    mean: centers,
    median: centers,
  },
  { check: (m) => modelIssue(m) },
);
type _ModelMatchesShape = Assert<Equals<Known<RfmModel>, Known<Out<typeof RFM_MODEL_SHAPE>>>>;

/** The cut points of `method: 'thresholds'`. @internal */
export const RFM_THRESHOLDS_SHAPE = /* @__PURE__ */ object({ recency: /* @__PURE__ */ array(/* @__PURE__ */ number()), frequency: /* @__PURE__ */ array(/* @__PURE__ */ number()), monetary: /* @__PURE__ */ array(/* @__PURE__ */ number()) });
type _ThresholdsMatchShape = Assert<Equals<Known<RfmThresholds>, Known<Out<typeof RFM_THRESHOLDS_SHAPE>>>>;

/** Fixed thresholds: `scores − 1` per metric, strictly ordered worst to best. @internal */
export function thresholdsIssue(t: RfmThresholds, scores: number): ShapeIssue | undefined {
  for (const { key, direction } of METRICS) {
    const list = t[key];
    if (list.length !== scores - 1) return { path: [key], expected: 'array', value: list, min: scores - 1, max: scores - 1 };
    const order = orderIssue(list, direction === 'lower_is_better', true, [key]);
    if (order !== undefined) return order;
  }
  return undefined;
}

/** The scoring parameters of a fit: scores and method (thresholds are read by `RFM_THRESHOLDS_SHAPE`). @internal */
export const RFM_SCORING_SHAPE = /* @__PURE__ */ object({
  scores: /* @__PURE__ */ int({ min: 2, max: 100, default: 5 }),
  method: /* @__PURE__ */ oneOf(['quantile', 'ntile', 'thresholds'], { default: 'quantile' }),
});

const day = /* @__PURE__ */ int({ min: -MAX_DAY, max: MAX_DAY });

/** The first day of a list that is not strictly after the one before it, or in [first, last]. */
function daysIssue(days: readonly number[], first: number, last: number, key: string): ShapeIssue | undefined {
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    if (i > 0 && !(d > days[i - 1]!)) return { path: [key, i], expected: 'ascending', value: d };
    if (d < first || d > last) return { path: [key, i], expected: 'integer', value: d, min: first, max: last };
  }
  return undefined;
}

/** One kind of transaction (purchases or zero amounts): its count, its distinct days and its last day agree. */
function kindIssue(count: number, days: readonly number[], lastOf: number | null, first: number, last: number, daysKey: string, lastKey: string): ShapeIssue | undefined {
  const n = days.length;
  if (n > count || (count === 0) !== (n === 0)) return { path: [daysKey], expected: 'array', value: days, min: count === 0 ? 0 : 1, max: count };
  const issue = daysIssue(days, first, last, daysKey);
  if (issue !== undefined) return issue;
  if (lastOf !== (n === 0 ? null : days[n - 1]!)) return { path: [lastKey], expected: 'at_most_other', value: lastOf, other: daysKey };
  return undefined;
}

/** The invariants folding keeps: counts, days and sums agree with each other. @internal */
export function aggregateIssue(a: CustomerAggregate): ShapeIssue | undefined {
  if (a.transactions !== a.purchases + a.zeroPurchases + a.refunds) {
    return { path: ['transactions'], expected: 'at_most_other', value: a.transactions, other: 'purchases + zeroPurchases + refunds' };
  }
  if (a.firstDay > a.lastDay) return { path: ['firstDay'], expected: 'at_most_other', value: a.firstDay, other: 'lastDay', max: a.lastDay };
  const issue =
    kindIssue(a.purchases, a.purchaseDays, a.lastPositiveDay, a.firstDay, a.lastDay, 'purchaseDays', 'lastPositiveDay') ??
    kindIssue(a.zeroPurchases, a.zeroDays, a.lastZeroDay, a.firstDay, a.lastDay, 'zeroDays', 'lastZeroDay');
  if (issue !== undefined) return issue;
  const refund = a.lastRefundDay;
  if ((a.refunds === 0) !== (refund === null)) return { path: ['lastRefundDay'], expected: a.refunds === 0 ? 'not_given' : 'present', value: refund };
  if (refund !== null && (refund < a.firstDay || refund > a.lastDay)) return { path: ['lastRefundDay'], expected: 'integer', value: refund, min: a.firstDay, max: a.lastDay };
  const latest = Math.max(a.lastPositiveDay ?? -Infinity, a.lastZeroDay ?? -Infinity, refund ?? -Infinity);
  if (latest !== a.lastDay) return { path: ['lastDay'], expected: 'at_most_other', value: a.lastDay, other: 'lastPositiveDay, lastZeroDay, lastRefundDay' };
  if ((a.purchases === 0) !== (a.spend === 0) || (a.purchases === 0 && a.spendCompensation !== 0)) return { path: ['spend'], expected: 'number', value: a.spend, min: 0 };
  if ((a.refunds === 0) !== (a.refunded === 0) || (a.refunds === 0 && a.refundedCompensation !== 0)) return { path: ['refunded'], expected: 'number', value: a.refunded, max: 0 };
  const bound = MAX_AMOUNT * a.transactions;
  // Each sum and its compensation within what as many transactions of at most MAX_AMOUNT can reach.
  if (!(Math.abs(a.spend) + Math.abs(a.spendCompensation) <= bound)) return { path: ['spend'], expected: 'number', value: a.spend, min: 0, max: bound };
  if (!(Math.abs(a.refunded) + Math.abs(a.refundedCompensation) <= bound)) return { path: ['refunded'], expected: 'number', value: a.refunded, min: -bound, max: 0 };
  if (!(Math.abs(a.profit) + Math.abs(a.profitCompensation) <= bound)) return { path: ['profit'], expected: 'number', value: a.profit, min: -bound, max: bound };
  // Each pair a canonical double-double: the compensation is below half an ulp of the sum, so
  // adding it back changes nothing (a made-up compensation would shift the sum the pair stands for).
  if (a.spend + a.spendCompensation !== a.spend) return { path: ['spendCompensation'], expected: 'number', value: a.spendCompensation };
  if (a.refunded + a.refundedCompensation !== a.refunded) return { path: ['refundedCompensation'], expected: 'number', value: a.refundedCompensation };
  if (a.profit + a.profitCompensation !== a.profit) return { path: ['profitCompensation'], expected: 'number', value: a.profitCompensation };
  return undefined;
}

/** A customer aggregate as stored. @internal */
export const CUSTOMER_AGGREGATE_SHAPE = /* @__PURE__ */ object(
  {
    customerId: /* @__PURE__ */ customerId(),
    firstDay: day,
    lastDay: day,
    lastPositiveDay: /* @__PURE__ */ nullable(day),
    lastZeroDay: /* @__PURE__ */ nullable(day),
    lastRefundDay: /* @__PURE__ */ nullable(day),
    purchases: /* @__PURE__ */ int({ min: 0, max: MAX_COUNT }),
    zeroPurchases: /* @__PURE__ */ int({ min: 0, max: MAX_COUNT }),
    refunds: /* @__PURE__ */ int({ min: 0, max: MAX_COUNT }),
    purchaseDays: /* @__PURE__ */ array(day),
    zeroDays: /* @__PURE__ */ array(day),
    spend: /* @__PURE__ */ number({ min: 0 }),
    spendCompensation: /* @__PURE__ */ number(),
    refunded: /* @__PURE__ */ number({ max: 0 }),
    refundedCompensation: /* @__PURE__ */ number(),
    profit: /* @__PURE__ */ number(),
    profitCompensation: /* @__PURE__ */ number(),
    transactions: /* @__PURE__ */ int({ min: 1, max: MAX_COUNT }),
    timeZone: /* @__PURE__ */ timeZone(),
  },
  // A host's own columns beside the fields (an `updatedAt` of the stored row) are accepted.
  { optional: ['timeZone'], open: true, check: (a) => aggregateIssue(a) },
);
type _AggregateMatchesShape = Assert<Equals<Known<CustomerAggregate>, Known<Out<typeof CUSTOMER_AGGREGATE_SHAPE>>>>;
