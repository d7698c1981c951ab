import type { DateInput } from '../records/index.js';
import type { CustomerId, MissingCustomerIdPolicy, TransactionAccessors } from '../records/index.js';

/**
 * How to read the host's transactions for scoring: the shared accessors, plus an optional
 * `profit` accessor (the transaction's margin in the host's unit) for ABC by profit.
 *
 * @typeParam T - the host's record type.
 * @example
 * ```ts
 * import type { ScoringAccessors } from 'crm-taxonomy';
 *
 * interface Order { user_id: string; created_at: string; total_cents: number }
 * const accessors: ScoringAccessors<Order> = {
 *   customerId: (o) => o.user_id,
 *   at: (o) => o.created_at,
 *   amount: (o) => o.total_cents,
 * };
 * accessors.amount({ user_id: 'u1', created_at: '2024-01-01', total_cents: 990 }); //=> 990
 * ```
 */
export interface ScoringAccessors<T> extends TransactionAccessors<T> {
  /** The transaction's profit (margin) in the host's unit; negative for a loss or a refund. */
  readonly profit?: (record: T) => number;
}

/**
 * The policy that turns transactions into R, F and M (see docs/scoring.md):
 * - `sameDay`: `'separate'` (default) counts every purchase; `'once'` counts distinct purchase days.
 * - `monetary`: `'sum'` (default) net spend; `'mean'` net spend per purchase.
 * - `zeroAmounts`: `'purchase'` (default) or `'ignore'`.
 * - `refunds`: `'subtract'` (default) adds negative amounts into net spend; `'ignore'` drops them.
 * - `future`: transactions after `asOf`'s day: `'error'` (default), `'ignore'` or `'include'`.
 * - `timeZone`: IANA zone for calendar days, `UTC` by default.
 *
 * @example
 * ```ts
 * import type { RfmPolicy } from 'crm-taxonomy';
 *
 * const policy: RfmPolicy = { sameDay: 'once', monetary: 'mean' };
 * policy.sameDay; //=> 'once'
 * ```
 */
export interface RfmPolicy {
  readonly sameDay?: 'separate' | 'once';
  readonly monetary?: 'sum' | 'mean';
  readonly zeroAmounts?: 'purchase' | 'ignore';
  readonly refunds?: 'subtract' | 'ignore';
  readonly future?: 'error' | 'ignore' | 'include';
  readonly timeZone?: string;
}

/**
 * An {@link RfmPolicy} with every field set, as stored in a model.
 *
 * @example
 * ```ts
 * import type { ResolvedRfmPolicy } from 'crm-taxonomy';
 *
 * const p: ResolvedRfmPolicy = {
 *   sameDay: 'separate', monetary: 'sum', zeroAmounts: 'purchase', refunds: 'subtract', future: 'error', timeZone: 'UTC',
 * };
 * p.timeZone; //=> 'UTC'
 * ```
 */
export type ResolvedRfmPolicy = { readonly [K in keyof RfmPolicy]-?: Exclude<RfmPolicy[K], undefined> };

/**
 * How scores are assigned (docs/scoring.md): `'quantile'` (ties respected), `'ntile'` (equal to SQL
 * `NTILE`, ties split by customer id) or `'thresholds'` (fixed cut points).
 *
 * @example
 * ```ts
 * import type { BinningMethod } from 'crm-taxonomy';
 *
 * const method: BinningMethod = 'ntile';
 * method; //=> 'ntile'
 * ```
 */
export type BinningMethod = 'quantile' | 'ntile' | 'thresholds';

/**
 * Fixed thresholds per metric for `method: 'thresholds'`: `scores − 1` numbers each, ordered worst
 * to best (recency in days descending, frequency and monetary ascending).
 *
 * @example
 * ```ts
 * import type { RfmThresholds } from 'crm-taxonomy';
 *
 * const t: RfmThresholds = { recency: [365, 180, 90, 30], frequency: [1, 2, 4, 8], monetary: [50, 100, 250, 1000] };
 * t.recency[0]; //=> 365
 * ```
 */
export interface RfmThresholds {
  readonly recency: readonly number[];
  readonly frequency: readonly number[];
  readonly monetary: readonly number[];
}

/**
 * Options of {@link fitRfm} and friends.
 *
 * @example
 * ```ts
 * import type { RfmOptions } from 'crm-taxonomy';
 *
 * const options: RfmOptions = { asOf: '2024-06-30', scores: 5, method: 'quantile', onMissingCustomerId: 'skip' };
 * options.scores; //=> 5
 * ```
 */
export interface RfmOptions extends RfmPolicy {
  /** The day the analysis is made: recency counts from it. */
  readonly asOf: DateInput;
  /** Number of scores, 2..100 (default 5). */
  readonly scores?: number;
  /** Binning method (default `'quantile'`). */
  readonly method?: BinningMethod;
  /** Required with `method: 'thresholds'`. */
  readonly thresholds?: RfmThresholds;
  /** Records without a customer id: `'error'` (default) or `'skip'`. */
  readonly onMissingCustomerId?: MissingCustomerIdPolicy;
}

/**
 * Which way a metric improves: recency is better when lower, frequency and monetary when higher.
 *
 * @example
 * ```ts
 * import type { MetricDirection } from 'crm-taxonomy';
 *
 * const d: MetricDirection = 'lower_is_better';
 * d; //=> 'lower_is_better'
 * ```
 */
export type MetricDirection = 'lower_is_better' | 'higher_is_better';

/**
 * One metric's part of a fitted model: the thresholds worst to best, and how the fitted population
 * spread over the scores.
 *
 * @example
 * ```ts
 * import type { MetricBins } from 'crm-taxonomy';
 *
 * const bins: MetricBins = {
 *   direction: 'higher_is_better', thresholds: [1, 1, 1, 2], counts: [6, 0, 0, 2, 2], unusedScores: [2, 3], collapsed: true,
 * };
 * bins.unusedScores; //=> [2, 3]
 * ```
 */
export interface MetricBins {
  readonly direction: MetricDirection;
  /** `scores − 1` thresholds, worst to best. A value strictly better than `k` of them scores `k + 1`. */
  readonly thresholds: readonly number[];
  /** Customers of the fitted population per score (index 0 is score 1). */
  readonly counts: readonly number[];
  /** Scores no fitted customer got. */
  readonly unusedScores: readonly number[];
  /** True when two thresholds are equal: ties merged bins, so some scores are unreachable. */
  readonly collapsed: boolean;
}

/**
 * Population centres of the raw metrics (for the eight-class scheme).
 *
 * @example
 * ```ts
 * import type { MetricCenters } from 'crm-taxonomy';
 *
 * const c: MetricCenters = { recency: 30, frequency: 2, monetary: 100 };
 * c.frequency; //=> 2
 * ```
 */
export interface MetricCenters {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

/**
 * A fitted RFM model: plain JSON a host stores and applies later to one customer at a time with
 * {@link applyRfmModel}.
 *
 * @example
 * ```ts
 * import { fitRfm } from 'crm-taxonomy';
 *
 * const { model } = fitRfm([{ id: 'a', at: '2024-01-01', amount: 10 }], { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-01-31' });
 * model.kind; //=> 'rfm_model'
 * JSON.parse(JSON.stringify(model)).scores; //=> 5
 * ```
 */
export interface RfmModel {
  readonly kind: 'rfm_model';
  readonly version: 1;
  readonly method: BinningMethod;
  readonly scores: number;
  readonly policy: ResolvedRfmPolicy;
  /** The ISO date the model was fitted as of. */
  readonly asOf: string;
  /** Number of customers in the fitted population. */
  readonly population: number;
  readonly recency: MetricBins;
  readonly frequency: MetricBins;
  readonly monetary: MetricBins;
  /** Population means of the raw metrics (0 for an empty population). */
  readonly mean: MetricCenters;
  /** Population medians of the raw metrics (0 for an empty population). */
  readonly median: MetricCenters;
}

/**
 * The raw R, F and M of one customer.
 *
 * @example
 * ```ts
 * import type { RfmMetrics } from 'crm-taxonomy';
 *
 * const m: RfmMetrics = { recencyDays: 3, frequency: 2, monetary: 4500 };
 * m.recencyDays; //=> 3
 * ```
 */
export interface RfmMetrics {
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetary: number;
}

/**
 * R, F and M scores, 1..n, higher is better.
 *
 * @example
 * ```ts
 * import type { RfmScores } from 'crm-taxonomy';
 *
 * const s: RfmScores = { r: 5, f: 4, m: 5 };
 * s.r + s.f + s.m; //=> 14
 * ```
 */
export interface RfmScores {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

/**
 * One customer's metrics and scores.
 *
 * @example
 * ```ts
 * import type { RfmCustomerScore } from 'crm-taxonomy';
 *
 * const s: RfmCustomerScore = { customerId: 'c1', recencyDays: 3, frequency: 2, monetary: 45, r: 5, f: 4, m: 5 };
 * s.customerId; //=> 'c1'
 * ```
 */
export interface RfmCustomerScore extends RfmMetrics, RfmScores {
  readonly customerId: CustomerId;
}

/**
 * The result of {@link fitRfm}: the model and every customer's scores, ordered by customer id
 * ({@link compareCustomerIds}).
 *
 * @example
 * ```ts
 * import { fitRfm } from 'crm-taxonomy';
 *
 * const result = fitRfm([], { customerId: (t: { id: string }) => t.id, at: () => 0, amount: () => 0 }, { asOf: 0 });
 * result.customers; //=> []
 * result.model.population; //=> 0
 * ```
 */
export interface RfmResult {
  readonly model: RfmModel;
  readonly customers: readonly RfmCustomerScore[];
}

/**
 * A transaction as {@link foldTransaction} takes it: already read from the host's record.
 *
 * @example
 * ```ts
 * import type { ScoringTransaction } from 'crm-taxonomy';
 *
 * const t: ScoringTransaction = { customerId: 'c1', at: '2024-03-01', amount: 1990 };
 * t.amount; //=> 1990
 * ```
 */
export interface ScoringTransaction {
  readonly customerId: CustomerId;
  readonly at: DateInput;
  readonly amount: number;
  readonly profit?: number;
}

/**
 * The per-customer aggregate: plain JSON, updated with {@link foldTransaction} and combined with
 * {@link mergeAggregates}. Days are calendar days since 1970-01-01. Sums are compensated
 * (`value + compensation`). `purchaseDays` are the sorted distinct days with a purchase.
 * Purchases and refunds are kept apart so the policy can be applied when it is read.
 *
 * @example
 * ```ts
 * import { foldTransaction } from 'crm-taxonomy';
 *
 * const agg = foldTransaction(undefined, { customerId: 'c1', at: '1970-01-03', amount: 500 });
 * agg; //=> { customerId: 'c1', firstDay: 2, lastDay: 2, purchases: 1, purchaseDays: [2] }
 * ```
 */
export interface CustomerAggregate {
  readonly customerId: CustomerId;
  /** First and last day of any transaction. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Last day of a positive-amount purchase, or null. */
  readonly lastPositiveDay: number | null;
  /** Last day of a zero-amount transaction, or null. */
  readonly lastZeroDay: number | null;
  /** Last day of a refund, or null. */
  readonly lastRefundDay: number | null;
  /** Number of positive-amount purchases and of zero-amount transactions. */
  readonly purchases: number;
  readonly zeroPurchases: number;
  readonly refunds: number;
  /** Sorted distinct days of positive-amount purchases, and of zero-amount ones. */
  readonly purchaseDays: readonly number[];
  readonly zeroDays: readonly number[];
  /** Σ positive amounts and Σ refunds (≤ 0), as compensated sums. */
  readonly spend: number;
  readonly spendCompensation: number;
  readonly refunded: number;
  readonly refundedCompensation: number;
  /** Σ profit, when profits were given (compensated). */
  readonly profit: number;
  readonly profitCompensation: number;
  /** Number of transactions folded in (all kinds). */
  readonly transactions: number;
}
