import type { CustomerId, DateInput, MissingCustomerIdPolicy, TransactionAccessors } from '../records/index.js';

/**
 * How transactions become R, F and M (docs/scoring.md): each field has a default, and a model
 * stores the complete policy it was fitted with.
 */
export interface RfmPolicy {
  /** `'separate'` (default) counts every purchase; `'once'` counts distinct purchase days. */
  readonly sameDay: 'separate' | 'once';
  /** `'sum'` (default): net spend; `'mean'`: net spend per purchase. */
  readonly monetary: 'sum' | 'mean';
  /** A zero-amount transaction is a `'purchase'` (default) or left out (`'ignore'`). */
  readonly zeroAmounts: 'purchase' | 'ignore';
  /** Refunds (negative amounts) are added into net spend (`'subtract'`, default) or left out (`'ignore'`). */
  readonly refunds: 'subtract' | 'ignore';
  /** Transactions after `asOf`'s day: refused (`'error'`, default), left out (`'ignore'`) or counted (`'include'`). */
  readonly futureTransactions: 'error' | 'ignore' | 'include';
  /** The IANA time zone calendar days are counted in (`'UTC'` by default). */
  readonly timeZone: string;
}

/** How scores are assigned: `'quantile'` (ties share a score), `'ntile'` (SQL `NTILE`, ties split by id) or `'thresholds'` (fixed cut points). */
export type BinningMethod = 'quantile' | 'ntile' | 'thresholds';

/** Fixed cut points per metric for `method: 'thresholds'`: `scores − 1` numbers each, worst to best. */
export interface RfmThresholds {
  /** Days, descending (`[365, 180, 90, 30]`). */
  readonly recency: readonly number[];
  /** Purchases, ascending (`[1, 2, 4, 8]`). */
  readonly frequency: readonly number[];
  /** Amounts, ascending. */
  readonly monetary: readonly number[];
}

/** Options of the RFM fits (`fitRfm`, `fitRfmFromAggregates`, `fitRfmColumns`) and of `defineRfmModel`. */
export interface RfmOptions {
  /** The day the analysis is made: recency counts from it. */
  readonly asOf: DateInput;
  /** Number of scores, 2..100 (default 5). */
  readonly scores?: number;
  /** Binning method (default `'quantile'`). */
  readonly method?: BinningMethod;
  /** The cut points of `method: 'thresholds'` (required with it). */
  readonly thresholds?: RfmThresholds;
  /** A partial policy, merged over the defaults. */
  readonly policy?: Partial<RfmPolicy>;
}

/** Progress of a long batch function: the records read so far. */
export interface BatchProgress {
  readonly records: number;
}

/** The options of a batch function that reads a host's rows. @internal */
export interface ReadOptions<T, A> {
  /** How to read a row; rows are read as `{ customerId, at, amount }` when omitted. */
  readonly accessors?: A;
  /** Rows without a customer id: refused (`'error'`, default) or left out (`'skip'`). */
  readonly onMissingCustomerId?: MissingCustomerIdPolicy;
  /** Called every 65,536 records and at the end with the total (once, when the total is a multiple of 65,536). */
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Phantom: the row type. */
  readonly __row?: T;
}

/** Accessors: optional for rows shaped `{ customerId, at, amount }`, required otherwise. @internal */
export type AccessorsFor<T, A> = [T] extends [ScoringTransaction] ? { readonly accessors?: A } : { readonly accessors: A };

/** The options of `fitRfm`: the RFM options, how to read rows and a progress callback. @internal */
export type FitRfmOptions<T> = RfmOptions & Omit<ReadOptions<T, TransactionAccessors<T>>, 'accessors' | '__row'> & AccessorsFor<T, TransactionAccessors<T>>;

/** Transaction accessors plus an optional `profit` reader (ABC by profit). @internal */
export interface ScoringAccessors<T> extends TransactionAccessors<T> {
  /** The transaction's profit (margin) in the host's unit; negative for a loss. */
  readonly profit?: (record: T) => number;
}

/** Which way a metric improves. @internal */
export type MetricDirection = 'lower_is_better' | 'higher_is_better';

/** One metric of a fitted model: the thresholds worst to best and how the fitted population spread over the scores. */
export interface MetricBins<D extends MetricDirection = MetricDirection> {
  /** Recency improves when lower, frequency and monetary when higher. */
  readonly direction: D;
  /** `scores − 1` thresholds, worst to best (none for a model fitted on no customer). A value strictly better than `k` of them scores `k + 1`. */
  readonly thresholds: readonly number[];
  /** Customers of the fitted population per score (index 0 is score 1). */
  readonly counts: readonly number[];
  /** Scores no fitted customer got. */
  readonly unusedScores: readonly number[];
  /** True when two thresholds are equal: ties merged bins, so some scores are unreachable. */
  readonly collapsed: boolean;
}

/** Population centres of the raw metrics (for the eight-class scheme). */
export interface MetricCenters {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

/** A fitted RFM model: plain JSON a host stores and later applies to one customer with `scoreRfm`. */
export interface RfmModel {
  readonly kind: 'rfm_model';
  readonly version: 1;
  readonly method: BinningMethod;
  /** Number of scores, 2..100. */
  readonly scores: number;
  /** The complete policy the model was fitted with (and scores with). */
  readonly policy: RfmPolicy;
  /** The ISO date the model was fitted as of. */
  readonly asOf: string;
  /** Customers in the fitted population. */
  readonly population: number;
  readonly recency: MetricBins<'lower_is_better'>;
  readonly frequency: MetricBins<'higher_is_better'>;
  readonly monetary: MetricBins<'higher_is_better'>;
  /** Population means of the raw metrics (0 for an empty population). */
  readonly mean: MetricCenters;
  /** Population medians of the raw metrics (0 for an empty population). */
  readonly median: MetricCenters;
}

/** The raw R, F and M of one customer: days since the last purchase, purchases, net spend. */
export interface RfmMetrics {
  readonly recencyDays: number;
  readonly frequency: number;
  readonly monetary: number;
}

/** R, F and M scores, 1..n, higher is better. */
export interface RfmScores {
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

/** One customer's metrics and scores. */
export interface RfmCustomerScore extends RfmMetrics, RfmScores {
  readonly customerId: CustomerId;
}

/** The result of an RFM fit: the model and every customer's scores, ordered by customer id. */
export interface RfmResult {
  readonly model: RfmModel;
  readonly customers: readonly RfmCustomerScore[];
}

/** A transaction as the library reads it by default: customer id, date, amount (and profit, for ABC by profit). */
export interface ScoringTransaction {
  readonly customerId: CustomerId;
  readonly at: DateInput;
  readonly amount: number;
  /** The profit (margin) of the transaction: absent counts as 0 in an aggregate; `fitAbc` by profit requires it on every row (a ranking by profits nobody gave would put everyone in C). */
  readonly profit?: number;
}

/**
 * One customer's transactions folded into plain JSON: days are calendar days since 1970-01-01,
 * purchases (amount > 0), zero-amount transactions and refunds are kept apart so any policy can
 * read it, and each sum is a double-double (`value + compensation`).
 */
export interface CustomerAggregate {
  readonly customerId: CustomerId;
  /** First day of any transaction. */
  readonly firstDay: number;
  /** Last day of any transaction. */
  readonly lastDay: number;
  /** Last day of a positive-amount purchase, or null. */
  readonly lastPositiveDay: number | null;
  /** Last day of a zero-amount transaction, or null. */
  readonly lastZeroDay: number | null;
  /** Last day of a refund, or null. */
  readonly lastRefundDay: number | null;
  /** Number of positive-amount purchases. */
  readonly purchases: number;
  /** Number of zero-amount transactions. */
  readonly zeroPurchases: number;
  /** Number of refunds. */
  readonly refunds: number;
  /** Sorted distinct days of positive-amount purchases. */
  readonly purchaseDays: readonly number[];
  /** Sorted distinct days of zero-amount transactions. */
  readonly zeroDays: readonly number[];
  /** Σ positive amounts, rounded; `spendCompensation` holds the rest of the exact sum. */
  readonly spend: number;
  readonly spendCompensation: number;
  /** Σ refunds (≤ 0), rounded; `refundedCompensation` holds the rest. */
  readonly refunded: number;
  readonly refundedCompensation: number;
  /** Σ profit (0 when no profit was given), rounded; `profitCompensation` holds the rest. */
  readonly profit: number;
  readonly profitCompensation: number;
  /** Number of transactions folded in (all kinds), at least 1. */
  readonly transactions: number;
  /** The IANA time zone its days are counted in, when not UTC (absent: UTC); whatever reads it counts `asOf` in the same zone. */
  readonly timeZone?: string;
}
