import {
  array,
  boolean,
  dateText,
  deepFreeze,
  defaultsOf,
  int,
  literal,
  nullable,
  object,
  oneOf,
  resolveShape,
  string,
  timeZone,
  variant,
  type Assert,
  type Equals,
  type Known,
  type Out,
} from '../shape/index.js';
import { abcClass } from '../taxonomy/dimensions/abc-class.js';
import { valueTier } from '../taxonomy/dimensions/value-tier.js';
import { valueIds } from '../taxonomy/define.js';
import type { AbcClass, ValueTier } from '../taxonomy/aliases.js';

/** The longest period a rule or a wait may name: 100 years of days. */
const MAX_DAYS = 36_500;

/** Which time of the customer a CordysCRM condition reads (its `storageTime` scopes `Created` / `Picked`, and `followUpTime`). */
type PoolTime = 'created' | 'received' | 'created_or_received' | 'followed_up';

/**
 * One condition of a reclaim rule. WukongCRM's three rule types: `no_followup` (type 1, more
 * than `days` days since the later of the last follow-up and the receipt), `no_opportunity`
 * (type 2, more than `days` days since the receipt and no opportunity), `no_deal` (type 3, more
 * than `days` days since the receipt and no deal). CordysCRM's conditions: `older_than` (a time
 * more than `amount` days, weeks or months ago, its `DYNAMICS` operator), `between` (a time on a
 * day from `from` to `to`, its `FIXED` operator); and the library's own `opportunity_stage` (the
 * stage is, or is not, one of `stages`: CordysCRM reads stages only to close opportunities, not in
 * its pool). A time the customer lacks (never followed up) meets a CordysCRM condition, as
 * CordysCRM counts it.
 */
export type PoolCondition =
  | { readonly kind: 'no_followup'; readonly days: number }
  | { readonly kind: 'no_opportunity'; readonly days: number }
  | { readonly kind: 'no_deal'; readonly days: number }
  | { readonly kind: 'older_than'; readonly time: PoolTime; readonly amount: number; readonly unit: 'day' | 'week' | 'month' }
  | { readonly kind: 'between'; readonly time: PoolTime; readonly from: string; readonly to: string }
  | { readonly kind: 'opportunity_stage'; readonly stages: readonly string[]; readonly in: boolean };

/**
 * A reclaim rule: a customer returns to the public pool once every one of its `conditions` holds
 * (CordysCRM's `AND`; for its `OR`, write one rule per condition). `valueTiers` / `abcClasses`
 * restrict it to customers of those levels (WukongCRM's rules per level); a customer with a deal
 * is exempt unless `exemptWithDeal` is `false` (WukongCRM's `deal_handle`; CordysCRM exempts
 * nobody), one with an opportunity when `exemptWithOpportunity` is `true` (`business_handle`);
 * `onlyAfterPoolClaim` applies the rule only to customers the owner took from the pool (WukongCRM
 * 9's deal rule).
 */
export interface PoolRule {
  /** The host's id for the rule, unique in a policy. */
  readonly id: string;
  /** All of them must hold (at least one, at most 16). */
  readonly conditions: readonly PoolCondition[];
  /** Applies only to customers of these value tiers (all tiers when absent). */
  readonly valueTiers?: readonly ValueTier[];
  /** Applies only to customers of these ABC classes (all classes when absent). */
  readonly abcClasses?: readonly AbcClass[];
  /** Whether a customer with a deal is exempt (default `true`). */
  readonly exemptWithDeal: boolean;
  /**
   * Whether a customer with an opportunity is exempt (default `false`): any row, deleted ones too,
   * as WukongCRM's `business_handle` counts them (the fact `hasAnyOpportunity`). Not read by a rule
   * with a `no_opportunity` condition, as WukongCRM 11's type 2 never reads it (an open
   * opportunity stops that rule's count; a deleted one does not).
   */
  readonly exemptWithOpportunity: boolean;
  /** Whether the rule applies only to customers the current owner took from the pool, claimed or assigned (default `false`). */
  readonly onlyAfterPoolClaim: boolean;
}

/**
 * A public-pool (公海) policy, storable as JSON: the reclaim rules, how days are counted, the
 * reminder, what a claim must respect (the previous owner's wait, the wait for customers new in
 * the pool, a daily limit) and the quotas of owned and locked customers.
 */
export interface PoolPolicy {
  /** Reclaim rules; a customer returns when any one of them is due (the earliest binds). */
  readonly rules: readonly PoolRule[];
  /**
   * How periods are counted: `calendar_days` (WukongCRM 11: more than N calendar days in
   * `timeZone`) or `elapsed_time` (WukongCRM 9 and CordysCRM: more than N × 24 hours).
   */
  readonly counting: 'calendar_days' | 'elapsed_time';
  /** The IANA time zone calendar days are counted in (`UTC` by default). */
  readonly timeZone: string;
  /** Remind the owner from this many days before the last day (WukongCRM's `remind_day`); 0: no reminder. */
  readonly remindDaysBefore: number;
  /** What a claim must respect. */
  readonly claim: {
    /** After a customer enters the pool its previous owner may not claim it back for this many days (0: no wait). */
    readonly previousOwnerWaitDays: number;
    /** Nobody may claim a customer new in the pool for this many days (CordysCRM's `newPickInterval`; 0: no wait). */
    readonly newInPoolWaitDays: number;
    /** How many customers one person may claim a calendar day (WukongCRM's `receive_num`, counted per pool in WukongCRM 11: pass that pool's claims as `claimedToday`; CordysCRM's `pickNumber`); `null`: no limit. */
    readonly dailyLimit: number | null;
  };
  /** How many customers one owner may hold: WukongCRM's `wk_crm_customer_setting`, CordysCRM's capacity. */
  readonly quota: {
    /** Customers one owner may own (`null`: no limit). */
    readonly owned: number | null;
    /** Customers one owner may lock (`null`: no limit). */
    readonly locked: number | null;
  };
}

type Loose<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]?: T[P] };
type ConditionInput<C = PoolCondition> = C extends { readonly kind: 'older_than'; readonly unit: infer U }
  ? Omit<C, 'unit'> & { readonly unit?: U }
  : C extends { readonly kind: 'opportunity_stage'; readonly in: boolean }
    ? Omit<C, 'in'> & { readonly in?: boolean }
    : C;

/** A pool policy as a host writes it (or stores it as JSON): any field left out takes the default (`DEFAULT_POOL_POLICY`); every function that takes one checks it. */
export interface PoolPolicyInput {
  readonly rules?: readonly (Loose<Omit<PoolRule, 'conditions'>, 'exemptWithDeal' | 'exemptWithOpportunity' | 'onlyAfterPoolClaim'> & { readonly conditions: readonly ConditionInput[] })[];
  readonly counting?: PoolPolicy['counting'];
  readonly timeZone?: string;
  readonly remindDaysBefore?: number;
  readonly claim?: Partial<PoolPolicy['claim']>;
  readonly quota?: Partial<PoolPolicy['quota']>;
}

const days = (min: number) => int({ min, max: MAX_DAYS });
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMES = ['created', 'received', 'created_or_received', 'followed_up'] as const;
const COUNTINGS = ['calendar_days', 'elapsed_time'] as const;

const CONDITION_SHAPE = /* @__PURE__ */ (() => variant('kind', [
  object({ kind: literal('no_followup'), days: days(1) }),
  object({ kind: literal('no_opportunity'), days: days(1) }),
  object({ kind: literal('no_deal'), days: days(1) }),
  object({ kind: literal('older_than'), time: oneOf(TIMES), amount: days(1), unit: oneOf(['day', 'week', 'month'], { default: 'day' }) }),
  // A window that ends before it starts would never apply: refused, not read as no window. Two
  // plain dates are compared here (what a stored policy's schema can see); the core compares the
  // days of any two dates on the policy's clock (reclaim.ts).
  object(
    { kind: literal('between'), time: oneOf(TIMES), from: dateText(), to: dateText() },
    { check: (c) => (PLAIN_DATE.test(c.from) && PLAIN_DATE.test(c.to) && c.to < c.from ? { path: ['to'], expected: 'not_before_other', value: c.to, other: 'from' } : undefined) },
  ),
  object({ kind: literal('opportunity_stage'), stages: array(string(), { minItems: 1, maxItems: 100 }), in: boolean({ default: true }) }),
]))();

/** The one definition of a pool policy: fields, bounds, defaults (WukongCRM 9's shipped settings). @internal */
export const POOL_POLICY_SHAPE = /* @__PURE__ */ (() => object({
  rules: array(
    object(
      {
        id: string(),
        conditions: array(CONDITION_SHAPE, { minItems: 1, maxItems: 16 }),
        valueTiers: array(oneOf(valueIds(valueTier)), { minItems: 1, maxItems: 16 }),
        abcClasses: array(oneOf(valueIds(abcClass)), { minItems: 1, maxItems: 16 }),
        exemptWithDeal: boolean({ default: true }),
        exemptWithOpportunity: boolean({ default: false }),
        onlyAfterPoolClaim: boolean({ default: false }),
      },
      { optional: ['valueTiers', 'abcClasses'] },
    ),
    {
      maxItems: 100,
      uniqueBy: 'id',
      // Frozen here: the resolved defaults share this array, and `deepFreeze` stops at a frozen parent.
      default: deepFreeze([
        { id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }], exemptWithDeal: true, exemptWithOpportunity: false, onlyAfterPoolClaim: false },
        { id: 'deal', conditions: [{ kind: 'no_deal', days: 3 }], exemptWithDeal: true, exemptWithOpportunity: false, onlyAfterPoolClaim: true },
      ] as const),
    },
  ),
  counting: oneOf(COUNTINGS, { default: 'elapsed_time' }),
  timeZone: timeZone({ default: 'UTC' }),
  remindDaysBefore: int({ min: 0, max: MAX_DAYS, default: 2 }),
  claim: object({
    previousOwnerWaitDays: int({ min: 0, max: MAX_DAYS, default: 0 }),
    newInPoolWaitDays: int({ min: 0, max: MAX_DAYS, default: 0 }),
    dailyLimit: nullable(int({ min: 0, max: 1_000_000 }), { default: null }),
  }),
  quota: object({
    owned: nullable(int({ min: 0, max: 100_000_000 }), { default: null }),
    locked: nullable(int({ min: 0, max: 100_000_000 }), { default: null }),
  }),
}))();

/** The declared types and the shape describe the same fields (a compile-time proof). */
type _PoolPolicyMatchesShape = Assert<Equals<Known<PoolPolicy>, Known<Out<typeof POOL_POLICY_SHAPE>>>>;
type _PoolRuleMatchesShape = Assert<Equals<PoolRule, PoolPolicy['rules'][number]>>;

/**
 * The default pool policy: WukongCRM 9's shipped settings (`docs/crm9.sql`: 31 days without a
 * follow-up, 3 days without a deal, a reminder 2 days before), counted as WukongCRM 9 counts them —
 * in elapsed time (`unix_timestamp`, seconds), the deal rule only for a customer the owner took
 * from the pool (its owner record of type 8), customers with a deal exempt — except where it
 * starts: follow-ups count from the later of the last follow-up and the receipt (WukongCRM 11's
 * start; WukongCRM 9 ignores a claim, docs/public-pool.md). A customer created by
 * its owner is only reclaimed for want of follow-up. No wait for the previous owner, no claim
 * limit and no quotas (WukongCRM 9 has none of the first two; its owner quotas, `isMaxOwner`, ship
 * with no user bound to them). Frozen.
 *
 * @example
 * ```ts
 * import { DEFAULT_POOL_POLICY } from 'crm-taxonomy/pool';
 *
 * DEFAULT_POOL_POLICY.rules.map((r) => [r.id, r.conditions[0], r.onlyAfterPoolClaim]);
 * //=> [['followup', { kind: 'no_followup', days: 31 }, false], ['deal', { kind: 'no_deal', days: 3 }, true]]
 * [DEFAULT_POOL_POLICY.counting, DEFAULT_POOL_POLICY.remindDaysBefore]; //=> ['elapsed_time', 2]
 * Object.isFrozen(DEFAULT_POOL_POLICY.rules[0]); //=> true
 * ```
 */
export const DEFAULT_POOL_POLICY: PoolPolicy = /* @__PURE__ */ defaultsOf(POOL_POLICY_SHAPE) as PoolPolicy;

/** A host's partial policy over the defaults; `invalid_policy` with the path of the first bad field. @internal */
export function resolvePoolPolicy(policy: unknown): PoolPolicy {
  if (policy === undefined) return DEFAULT_POOL_POLICY;
  return resolveShape(POOL_POLICY_SHAPE, policy, 'invalid_policy', ['options', 'policy']) as PoolPolicy;
}
