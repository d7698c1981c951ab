import type { MessageParams } from '../errors/index.js';
import type { TextInput } from '../i18n/index.js';
import { deepFreeze, defaultsOf, int, object, resolveShape, type Assert, type Equals, type Known, type Out } from '../shape/index.js';

/** What the guards of the lifecycle machines read: the facts of one customer at the time of a move. A host's own guards read their own facts beside these. */
export interface LifecycleFacts {
  /** The customer has bought at least once (a first purchase to become current or new). */
  readonly hasPurchase?: boolean;
  /** How many purchases the customer has made. */
  readonly purchaseCount?: number;
  /** Whole days since the last purchase, as of the move. */
  readonly daysSinceLastPurchase?: number;
  /** Whole days since the first purchase, as of the move. */
  readonly daysSinceFirstPurchase?: number;
  /** The customer has a need or desire for the offer (DOMAIN §1, `status: potential`). */
  readonly hasNeed?: boolean;
  /** The customer has the motive and the ability to pay (DOMAIN §1, `status: potential`). */
  readonly canPay?: boolean;
  /** How many contacts (calls, visits, messages) since the prospect was classified. */
  readonly contactCount?: number;
  /** A quote was sent to the prospect. */
  readonly quoteSent?: boolean;
  /** Whole days since the quote was sent. */
  readonly daysSinceQuote?: number;
  /** Which of the four loyal purchase behaviours the customer shows (seed 000). */
  readonly loyaltyBehaviours?: readonly LoyaltyBehaviour[];
  /** Kotler's table: how many customers the firm has for this product. */
  readonly customerBase?: 'many' | 'medium' | 'few';
  /** Kotler's table: the unit profit margin of the product. */
  readonly margin?: 'high' | 'medium' | 'low';
  /** Both sides matter to each other (seeds 000, 002). */
  readonly mutualImportance?: boolean;
  /** Neither side's bargaining power can dominate the other (seeds 000, 002). */
  readonly balancedPower?: boolean;
  /** Switching costs are high for both sides (seeds 000, 002). */
  readonly highSwitchingCosts?: boolean;
  /** The relationship sits between the two top managements and trade is long-term (seeds 000, 002). */
  readonly topManagementTies?: boolean;
  /** Goals and vision are aligned, by a formal or informal alliance (seeds 000, 002). */
  readonly alignedGoals?: boolean;
  /** A reason a person wrote for the move (a downgrade, a loss, a win-back campaign). */
  readonly reason?: string;
  /** A `breakdown_cause` id for a downgrade or a loss. */
  readonly cause?: string;
  /** Facts for a host's own guards. */
  readonly [fact: string]: unknown;
}

/** The four purchase behaviours of a loyal customer (seed 000): directed, repeat, related (cross) and referral purchases. */
export type LoyaltyBehaviour = 'directed' | 'repeat' | 'related' | 'referral';
const LOYALTY_BEHAVIOURS: readonly LoyaltyBehaviour[] = ['directed', 'repeat', 'related', 'referral'];

/** Thresholds the built-in guards read, and a host's own guards' thresholds beside them. */
export interface LifecyclePolicy {
  /** A current customer with no purchase for more than this many days may be marked lost. */
  readonly churnWindowDays: number;
  /** Contacts after which a hesitating prospect may be re-classified (seed 002: 幾次溝通). */
  readonly reclassifyAfterContacts: number;
  /** Days without a reply after which a quote counts as unanswered. */
  readonly quoteReplyDays: number;
  /** Purchases a new customer needs to become established. */
  readonly establishedMinPurchases: number;
  /** Days of trading a new customer needs to become established (seed 000: 较长时间的交易). */
  readonly establishedMinDays: number;
  /** How many of the four loyal purchase behaviours a customer must show to be loyal. */
  readonly loyalMinBehaviours: number;
  /** Thresholds of a host's own guards. */
  readonly [setting: string]: unknown;
}

/** The one definition of the lifecycle policy: its fields, their bounds and defaults. @internal */
export const LIFECYCLE_POLICY_SHAPE = /* @__PURE__ */ object(
  {
    churnWindowDays: int({ min: 0, max: 36_500, default: 180 }),
    reclassifyAfterContacts: int({ min: 0, max: 10_000, default: 3 }),
    quoteReplyDays: int({ min: 0, max: 36_500, default: 7 }),
    establishedMinPurchases: int({ min: 1, max: 1_000_000, default: 2 }),
    establishedMinDays: int({ min: 0, max: 36_500, default: 180 }),
    loyalMinBehaviours: int({ min: 1, max: 4, default: 3 }),
  },
  { open: true },
);
/** The declared type and the shape describe the same fields (a compile-time proof). */
type _LifecyclePolicyMatchesShape = Assert<Equals<Known<LifecyclePolicy>, Known<Out<typeof LIFECYCLE_POLICY_SHAPE>>>>;

/**
 * The lifecycle policy's defaults: a churn window of 180 days, re-classification after 3
 * contacts, a 7-day quote reply window, 2 purchases over 180 days to be established, 3 of the 4
 * loyal behaviours to be loyal. Frozen.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIFECYCLE_POLICY } from 'crm-taxonomy';
 *
 * DEFAULT_LIFECYCLE_POLICY.churnWindowDays; //=> 180
 * Object.isFrozen(DEFAULT_LIFECYCLE_POLICY); //=> true
 * ```
 */
export const DEFAULT_LIFECYCLE_POLICY: LifecyclePolicy = /* @__PURE__ */ defaultsOf(LIFECYCLE_POLICY_SHAPE) as LifecyclePolicy;

/** A policy with the defaults filled in; `invalid_policy` for a bad threshold. @internal */
export function resolveLifecyclePolicy(policy: unknown, path: readonly (string | number)[] = ['policy']): LifecyclePolicy {
  return resolveShape(LIFECYCLE_POLICY_SHAPE, policy, 'invalid_policy', path) as LifecyclePolicy;
}

/** A guard as a machine holds it: a pure predicate, and the parameters of its refusal message. */
export interface Guard {
  /** The predicate: pure, never throws. */
  readonly test: (facts: LifecycleFacts, policy: LifecyclePolicy) => boolean;
  /** Values for the refusal's placeholders. */
  readonly params?: (facts: LifecycleFacts, policy: LifecyclePolicy) => MessageParams;
  /** The facts it needs that were not given, or not usable (then the refusal names them instead of guessing). */
  readonly missing?: (facts: LifecycleFacts) => readonly string[];
}

/** A host's guard as written in `defineMachine` or `extendMachine`: the predicate and its texts. */
export interface GuardDefinition extends Guard {
  /** What the guard checks, for docs and diagrams. */
  readonly description: TextInput;
  /** Why a move is refused when the guard fails; `{name}` placeholders come from `params`. */
  readonly refusal: TextInput;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
/** The count facts among `names` that are not a usable count (not given, or not a finite number ≥ 0). */
const counts = (facts: LifecycleFacts, ...names: string[]): string[] => names.filter((n) => !isCount(facts[n]));
/** The yes/no facts among `names` that are not given as a boolean. */
const flags = (facts: LifecycleFacts, ...names: string[]): string[] => names.filter((n) => typeof facts[n] !== 'boolean');
/** The text facts among `names` that are not given as a string. */
const words = (facts: LifecycleFacts, ...names: string[]): string[] => names.filter((n) => typeof facts[n] !== 'string');

function countBehaviours(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  return new Set(value.filter((b: unknown) => (LOYALTY_BEHAVIOURS as readonly unknown[]).includes(b))).size;
}

/** The ids of the built-in guards. */
export type BuiltinGuardId =
  | 'has_purchase'
  | 'recent_purchase'
  | 'inactive_beyond_churn_window'
  | 'has_reason'
  | 'needs_and_can_pay'
  | 'enough_contacts'
  | 'quote_unanswered'
  | 'repeat_purchases'
  | 'long_relationship'
  | 'loyal_behaviours'
  | 'few_customers_high_margin'
  | 'mutual_fit'
  | 'top_management_ties'
  | 'aligned_goals';

/**
 * The built-in guards: predicates over {@link LifecycleFacts} and the policy, with the parameters
 * of their refusals (the texts are in the message tables). Every machine can use them.
 * @internal
 */
export const LIFECYCLE_GUARDS: { readonly [K in BuiltinGuardId]: Guard } = /* @__PURE__ */ deepFreeze({
  has_purchase: {
    test: (facts) => facts.hasPurchase === true || (isCount(facts.purchaseCount) && facts.purchaseCount > 0),
    missing: (facts) => (typeof facts.hasPurchase === 'boolean' || isCount(facts.purchaseCount) ? [] : ['hasPurchase', 'purchaseCount']),
  },
  recent_purchase: {
    test: (facts, policy) => isCount(facts.daysSinceLastPurchase) && facts.daysSinceLastPurchase <= policy.churnWindowDays,
    params: (facts, policy) => ({ days: isCount(facts.daysSinceLastPurchase) ? facts.daysSinceLastPurchase : null, window: policy.churnWindowDays }),
    missing: (facts) => counts(facts, 'daysSinceLastPurchase'),
  },
  inactive_beyond_churn_window: {
    test: (facts, policy) => isCount(facts.daysSinceLastPurchase) && facts.daysSinceLastPurchase > policy.churnWindowDays,
    params: (facts, policy) => ({ days: isCount(facts.daysSinceLastPurchase) ? facts.daysSinceLastPurchase : null, window: policy.churnWindowDays }),
    missing: (facts) => counts(facts, 'daysSinceLastPurchase'),
  },
  has_reason: {
    test: (facts) => nonEmpty(facts.reason) || nonEmpty(facts.cause),
  },
  needs_and_can_pay: {
    test: (facts) => facts.hasNeed === true && facts.canPay === true,
    missing: (facts) => flags(facts, 'hasNeed', 'canPay'),
  },
  enough_contacts: {
    test: (facts, policy) => isCount(facts.contactCount) && facts.contactCount >= policy.reclassifyAfterContacts,
    params: (facts, policy) => ({ count: isCount(facts.contactCount) ? facts.contactCount : null, needed: policy.reclassifyAfterContacts }),
    missing: (facts) => counts(facts, 'contactCount'),
  },
  quote_unanswered: {
    test: (facts, policy) => facts.quoteSent === true && isCount(facts.daysSinceQuote) && facts.daysSinceQuote > policy.quoteReplyDays,
    params: (facts, policy) => ({ sent: facts.quoteSent === true, days: isCount(facts.daysSinceQuote) ? facts.daysSinceQuote : null, needed: policy.quoteReplyDays }),
    missing: (facts) => [...flags(facts, 'quoteSent'), ...(facts.quoteSent === true ? counts(facts, 'daysSinceQuote') : [])],
  },
  repeat_purchases: {
    test: (facts, policy) => isCount(facts.purchaseCount) && facts.purchaseCount >= policy.establishedMinPurchases,
    params: (facts, policy) => ({ count: isCount(facts.purchaseCount) ? facts.purchaseCount : null, needed: policy.establishedMinPurchases }),
    missing: (facts) => counts(facts, 'purchaseCount'),
  },
  long_relationship: {
    test: (facts, policy) => isCount(facts.daysSinceFirstPurchase) && facts.daysSinceFirstPurchase >= policy.establishedMinDays,
    params: (facts, policy) => ({ days: isCount(facts.daysSinceFirstPurchase) ? facts.daysSinceFirstPurchase : null, needed: policy.establishedMinDays }),
    missing: (facts) => counts(facts, 'daysSinceFirstPurchase'),
  },
  loyal_behaviours: {
    test: (facts, policy) => countBehaviours(facts.loyaltyBehaviours) >= policy.loyalMinBehaviours,
    params: (facts, policy) => ({ count: countBehaviours(facts.loyaltyBehaviours), needed: policy.loyalMinBehaviours }),
    missing: (facts) => (Array.isArray(facts.loyaltyBehaviours) ? [] : ['loyaltyBehaviours']),
  },
  few_customers_high_margin: {
    test: (facts) => facts.customerBase === 'few' && facts.margin === 'high',
    params: (facts) => ({
      base: typeof facts.customerBase === 'string' ? facts.customerBase : null,
      margin: typeof facts.margin === 'string' ? facts.margin : null,
    }),
    missing: (facts) => words(facts, 'customerBase', 'margin'),
  },
  mutual_fit: {
    test: (facts) => facts.mutualImportance === true && facts.balancedPower === true && facts.highSwitchingCosts === true,
    missing: (facts) => flags(facts, 'mutualImportance', 'balancedPower', 'highSwitchingCosts'),
  },
  top_management_ties: {
    test: (facts) => facts.topManagementTies === true,
    missing: (facts) => flags(facts, 'topManagementTies'),
  },
  aligned_goals: {
    test: (facts) => facts.alignedGoals === true,
    missing: (facts) => flags(facts, 'alignedGoals'),
  },
});
