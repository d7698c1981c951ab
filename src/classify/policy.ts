import type { ErrorPath } from '../errors/index.js';
import {
  deepFreeze,
  defaultsOf,
  int,
  literal,
  nullable,
  number,
  object,
  oneOf,
  readPath,
  resolveShape,
  string,
  timeZone,
  tuple,
  type Assert,
  type Equals,
  type Known,
  type Out,
} from '../shape/index.js';
import type { DimensionValue } from '../taxonomy/index.js';
import { DEFAULT_CUTS } from '../scoring/abc-cut.js';
import { LOYALTY_IDS, VALUE_TIER_IDS } from './ids.js';

/** A number of days a setting can hold: up to a century. */
const DAYS = 36_500;
/** A count a setting can hold. */
const COUNT = 1_000_000;

/**
 * The one definition of the classification policy: every setting with its bounds, choices and
 * default, and the rules between settings. The defaults, the core's check (`resolveShape`) and
 * the zod schema of `crm-taxonomy/schema` (`zodOf`) all come from it.
 * @internal
 */
export const CLASSIFICATION_POLICY_SHAPE = /* @__PURE__ */ object({
  version: literal(1),
  timeZone: timeZone({ default: 'UTC' }),
  loyalty: object(
    {
      established: object({
        minPurchases: int({ min: 1, max: COUNT, default: 2 }),
        minTenureDays: int({ min: 0, max: DAYS, default: 180 }),
      }),
      loyal: object({
        minPurchases: int({ min: 1, max: COUNT, default: 6 }),
        minTenureDays: int({ min: 0, max: DAYS, default: 365 }),
        minBehaviours: int({ min: 1, max: 4, default: 3 }),
        minDirectedPurchases: int({ min: 1, max: COUNT, default: 2 }),
        minCategories: int({ min: 1, max: COUNT, default: 2 }),
        minReferrals: int({ min: 1, max: COUNT, default: 1 }),
      }),
    },
    {
      rules: [
        { path: 'loyal.minPurchases', rule: 'at_least', other: 'established.minPurchases' },
        { path: 'loyal.minTenureDays', rule: 'at_least', other: 'established.minTenureDays' },
      ],
    },
  ),
  status: object({
    churn: object(
      {
        method: oneOf(['fixed', 'rhythm'], { default: 'rhythm' }),
        days: int({ min: 1, max: DAYS, default: 180 }),
        multiplier: number({ min: 0, exclusiveMin: true, max: 1000, default: 3 }),
        minPurchases: int({ min: 2, max: COUNT, default: 3 }),
        minDays: int({ min: 1, max: DAYS, default: 60 }),
        maxDays: int({ min: 1, max: DAYS, default: 730 }),
      },
      { rules: [{ path: 'maxDays', rule: 'at_least', other: 'minDays' }] },
    ),
  }),
  timeState: object({ presentDays: int({ min: 0, max: DAYS, default: 30 }) }),
  purchaseIntent: object({
    replyWindowDays: int({ min: 0, max: DAYS, default: 7 }),
    refusalsForNever: int({ min: 1, max: COUNT, default: 2 }),
    notNowBeyondDays: int({ min: 0, max: DAYS, default: 30 }),
  }),
  effectiveness: object({
    minReferrals: int({ min: 1, max: COUNT, default: 1 }),
    minContribution: number({ default: 0 }),
    marginRate: nullable(number({ min: 0, max: 1 }), { default: null }),
    missingCostToServe: oneOf(['zero', 'unknown'], { default: 'zero' }),
  }),
  patronage: object({
    regular: object({
      minPurchaseDays: int({ min: 1, max: COUNT, default: 4 }),
      windowDays: int({ min: 1, max: DAYS, default: 365 }),
    }),
    honored: object({ minValueTier: oneOf(VALUE_TIER_IDS, { default: 'key' }) }),
    devotee: object({ minLoyalty: oneOf(LOYALTY_IDS, { default: 'loyal' }) }),
  }),
  value: object({
    basis: oneOf(['revenue', 'profit'], { default: 'revenue' }),
    by: oneOf(['value', 'customers'], { default: 'value' }),
    cuts: tuple([number({ min: 0, exclusiveMin: true, max: 1 }), number({ min: 0, exclusiveMin: true, max: 1 })], { order: 'ascending', default: DEFAULT_CUTS.value }),
    maxA: nullable(int({ min: 0, max: Number.MAX_SAFE_INTEGER }), { default: null }),
  }),
});

/**
 * The thresholds every classifier reads: plain JSON a host stores, versions and overrides part by
 * part (the defaults and why are on {@link DEFAULT_CLASSIFICATION_POLICY}, the exact rules in
 * docs/classification.md). Days are calendar days in `timeZone`; amounts are in the host's unit.
 */
export interface ClassificationPolicy {
  readonly version: 1;
  /** IANA time zone of calendar days (`UTC` by default). */
  readonly timeZone: string;
  readonly loyalty: {
    /** A buyer becomes `established` with this many purchase days over this many days of tenure. */
    readonly established: { readonly minPurchases: number; readonly minTenureDays: number };
    /**
     * A buyer becomes `loyal` with this many purchase days (the repeat behaviour) over this tenure,
     * showing at least `minBehaviours` of the four loyal behaviours (repeat included); a behaviour
     * shows with `minDirectedPurchases` directed purchases, `minCategories` categories,
     * `minReferrals` referrals.
     */
    readonly loyal: {
      readonly minPurchases: number;
      readonly minTenureDays: number;
      readonly minBehaviours: number;
      readonly minDirectedPurchases: number;
      readonly minCategories: number;
      readonly minReferrals: number;
    };
  };
  readonly status: {
    /**
     * The churn window: `fixed` uses `days`; `rhythm` uses `multiplier` × the customer's mean gap
     * between purchase days, clamped to `[minDays, maxDays]`, when it has at least `minPurchases`
     * purchase days, and `days` otherwise.
     */
    readonly churn: {
      readonly method: 'fixed' | 'rhythm';
      readonly days: number;
      readonly multiplier: number;
      readonly minPurchases: number;
      readonly minDays: number;
      readonly maxDays: number;
    };
  };
  readonly timeState: {
    /** A purchase or a deal contact at most this many days before asOf makes the customer `present`. */
    readonly presentDays: number;
  };
  readonly purchaseIntent: {
    /** A quote with no answer after this many days is `quoted_no_reply`. */
    readonly replyWindowDays: number;
    /** Explicit refusals (since the last sign of interest) that make a prospect `never`. */
    readonly refusalsForNever: number;
    /**
     * An expected purchase date further than this many days away is `not_now`; nearer (asOf itself
     * included) is `interested`; a date already past is not read.
     */
    readonly notNowBeyondDays: number;
  };
  readonly effectiveness: {
    /** Referrals that make a customer effective (it promotes the firm). */
    readonly minReferrals: number;
    /** Profit after cost to serve above this amount makes a customer effective. */
    readonly minContribution: number;
    /** Gross margin rate applied to net revenue when purchases carry no profit; `null`: none. */
    readonly marginRate: number | null;
    /** A missing cost to serve counts as `'zero'` (said in the reasons) or leaves profit `'unknown'`. */
    readonly missingCostToServe: 'zero' | 'unknown';
  };
  readonly patronage: {
    /**
     * `regular`: this many purchase days within the last `windowDays` days — the `windowDays`
     * calendar days ending with asOf, so a purchase exactly `windowDays` days before asOf is out
     * (`present` and the churn window count "at most N days ago" instead: their edge day is in).
     */
    readonly regular: { readonly minPurchaseDays: number; readonly windowDays: number };
    /** `honored`: a regular whose value tier is at least this. */
    readonly honored: { readonly minValueTier: DimensionValue<'value_tier'> };
    /** `devotee`: an honoured guest whose loyalty is at least this. */
    readonly devotee: { readonly minLoyalty: DimensionValue<'loyalty'> };
  };
  readonly value: {
    /** What a customer's value is when a value model is fitted: net `'revenue'` or `'profit'`. */
    readonly basis: 'revenue' | 'profit';
    /** ABC cut points (docs/scoring.md): cumulative share of `'value'` or of `'customers'`. */
    readonly by: 'value' | 'customers';
    /**
     * The two cut points, `0 < a ≤ b ≤ 1`. Left out, they follow `by` as `fitAbc`'s do:
     * `[0.8, 0.95]` of value, `[0.05, 0.2]` of customers (the seeds' top 5 % and 20 %).
     */
    readonly cuts: readonly [number, number];
    /** Cap on the number of A customers; `null`: no cap. */
    readonly maxA: number | null;
  };
}

/** The declared policy and its shape are the same type (a compile-time proof). */
type _PolicyMatchesShape = Assert<Equals<Known<ClassificationPolicy>, Known<Out<typeof CLASSIFICATION_POLICY_SHAPE>>>>;

/** Every property optional, recursively (arrays stay whole). */
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/** What a host passes as `policy`: any part of a {@link ClassificationPolicy}; the rest comes from the defaults. */
export type ClassificationPolicyInput = DeepPartial<ClassificationPolicy>;

/**
 * The default classification policy, deeply frozen. Why these numbers:
 * - loyalty: `established` after 2 purchase days over 180 days (seed 000: "a longer time of
 *   trading"; the lifecycle machines use the same 2 and 180); `loyal` after 6 purchase days over a
 *   year and 3 of the 4 behaviours of seed 000 (repeat is always one of them), so a customer who
 *   only repeats is not called loyal without a second sign (directed, related or referral).
 * - status: churn window of 3 × the customer's own mean gap between purchases, kept within 60..730
 *   days, from 3 purchase days on; 180 days (the lifecycle default) for customers with fewer.
 * - time state: a purchase or deal contact in the last 30 days is "trading now" (seed 001).
 * - purchase intent: a quote unanswered for 7 days; 2 explicit refusals for `never` (seed 002:
 *   hesitating prospects are re-classified after several contacts, one refusal is not final);
 *   an expected purchase more than 30 days away is `not_now`.
 * - effectiveness: 1 referral (promotes) or a profit above 0 after cost to serve (seed 002); no
 *   default margin, a missing cost to serve counts as 0 and the reasons say so.
 * - patronage: `regular` with 4 purchase days in the last 365; `honored` from value tier `key`;
 *   `devotee` when also `loyal`.
 * - value: ABC by net revenue, cut at 80 % and 95 % of value (docs/scoring.md), no cap on A; a
 *   host's `by: 'customers'` without `cuts` cuts at 5 % and 20 % of the customers.
 *
 * @example
 * ```ts
 * import { DEFAULT_CLASSIFICATION_POLICY } from 'crm-taxonomy';
 *
 * DEFAULT_CLASSIFICATION_POLICY.status.churn; //=> { method: 'rhythm', days: 180, multiplier: 3, minDays: 60, maxDays: 730 }
 * Object.isFrozen(DEFAULT_CLASSIFICATION_POLICY.value.cuts); //=> true
 * ```
 */
export const DEFAULT_CLASSIFICATION_POLICY: ClassificationPolicy = /* @__PURE__ */ deepFreeze(defaultsOf(CLASSIFICATION_POLICY_SHAPE) as ClassificationPolicy);

/**
 * Completes a host's policy with the defaults (the cut points following `value.by`) and checks it: `invalid_policy` with the path of the
 * first bad setting (an unknown key, a value of the wrong type or out of range, settings that
 * contradict each other). The result is frozen; `undefined` gives the defaults themselves.
 * @internal
 */
export function resolveClassificationPolicy(input: unknown, path: ErrorPath = ['policy']): ClassificationPolicy {
  const D = DEFAULT_CLASSIFICATION_POLICY;
  if (input === undefined || input === D) return D;
  // The default cut points follow `by`, as `fitAbc`'s do (docs/scoring.md): with `by: 'customers'`,
  // cut points left out are the seeds' top 5 % and 20 % of customers, not 80 % and 95 % of value.
  // (A field left out takes the base's value, else the shape's default: the base needs only these.)
  const base = readPath(input, 'value.by') === 'customers' ? { value: { cuts: DEFAULT_CUTS.customers } } : D;
  return resolveShape(CLASSIFICATION_POLICY_SHAPE, input, 'invalid_policy', path, base as Out<typeof CLASSIFICATION_POLICY_SHAPE>);
}
