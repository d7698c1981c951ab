import type { MessageParams } from '../errors/index.js';
import type { TextInput } from '../i18n/index.js';
import { deepFreeze, defaultsOf, int, object, resolveShape, type Assert, type Equals, type Known, type Out } from '../shape/index.js';
import { holds, missingFacts, refusalParams, type GuardRule, type GuardSpec } from './rules.js';

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
  /** A quote was sent to the prospect and has had no reply since (an answer, interest or a refusal). */
  readonly quoteSent?: boolean;
  /** Whole days since that quote was sent. */
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
  readonly balancedBargainingPower?: boolean;
  /** The two sides need each other (seeds 000, 002). */
  readonly mutualNeed?: boolean;
  /** Switching costs are high for both sides (seeds 000, 002). */
  readonly highSwitchingCost?: boolean;
  /** The relationship sits between the two top managements and trade is long-term (seeds 000, 002). */
  readonly topManagementTies?: boolean;
  /** Goals and vision are aligned, by a formal or informal alliance (seeds 000, 002). */
  readonly alignedGoals?: boolean;
  /** A reason a person wrote for the move (a downgrade, a loss, a win-back campaign). */
  readonly reason?: string;
  /** A `breakdown_cause` id for a downgrade or a loss (`has_reason` takes any non-blank text here: it is not checked against the taxonomy). */
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
export const LIFECYCLE_POLICY_SHAPE = /* @__PURE__ */ (() => object(
  {
    churnWindowDays: int({ min: 0, max: 36_500, default: 180 }),
    reclassifyAfterContacts: int({ min: 0, max: 10_000, default: 3 }),
    quoteReplyDays: int({ min: 0, max: 36_500, default: 7 }),
    establishedMinPurchases: int({ min: 1, max: 1_000_000, default: 2 }),
    establishedMinDays: int({ min: 0, max: 36_500, default: 180 }),
    loyalMinBehaviours: int({ min: 1, max: 4, default: 3 }),
  },
  { open: true },
))();
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
  readonly missing?: (facts: LifecycleFacts, policy?: LifecyclePolicy) => readonly string[];
}

/** A host's guard as written in `defineMachine` or `extendMachine`: the predicate and its texts. */
export interface GuardDefinition extends Guard {
  /** What the guard checks, for docs and diagrams. */
  readonly description: TextInput;
  /** Why a move is refused when the guard fails; `{name}` placeholders come from `params`. */
  readonly refusal: TextInput;
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

const yes = (fact: string): GuardRule => ({ fact, equals: true });

/**
 * The built-in guards as data (docs/spec.md publishes them): each a rule over the facts and the
 * lifecycle policy, and the parameters its refusal message shows. Their texts are in the message
 * tables (`guard.<id>.description`, `guard.<id>.refusal`).
 * @internal
 */
export const GUARD_SPECS: { readonly [K in BuiltinGuardId]: GuardSpec } = /* @__PURE__ */ (() => deepFreeze({
  has_purchase: { rule: { any: [yes('hasPurchase'), { fact: 'purchaseCount', op: '>', than: 0 }] } },
  recent_purchase: {
    rule: { fact: 'daysSinceLastPurchase', op: '<=', than: { policy: 'churnWindowDays' } },
    params: { days: { fact: 'daysSinceLastPurchase' }, window: { policy: 'churnWindowDays' } },
  },
  inactive_beyond_churn_window: {
    rule: { fact: 'daysSinceLastPurchase', op: '>', than: { policy: 'churnWindowDays' } },
    params: { days: { fact: 'daysSinceLastPurchase' }, window: { policy: 'churnWindowDays' } },
  },
  has_reason: { rule: { any: [{ fact: 'reason', text: true }, { fact: 'cause', text: true }] }, namesMissing: false },
  needs_and_can_pay: { rule: { all: [yes('hasNeed'), yes('canPay')] } },
  enough_contacts: {
    rule: { fact: 'contactCount', op: '>=', than: { policy: 'reclassifyAfterContacts' } },
    params: { count: { fact: 'contactCount' }, needed: { policy: 'reclassifyAfterContacts' } },
  },
  quote_unanswered: {
    rule: { all: [yes('quoteSent'), { fact: 'daysSinceQuote', op: '>', than: { policy: 'quoteReplyDays' } }] },
    params: { sent: { fact: 'quoteSent', as: 'flag' }, days: { fact: 'daysSinceQuote' }, needed: { policy: 'quoteReplyDays' } },
  },
  repeat_purchases: {
    rule: { fact: 'purchaseCount', op: '>=', than: { policy: 'establishedMinPurchases' } },
    params: { count: { fact: 'purchaseCount' }, needed: { policy: 'establishedMinPurchases' } },
  },
  long_relationship: {
    rule: { fact: 'daysSinceFirstPurchase', op: '>=', than: { policy: 'establishedMinDays' } },
    params: { days: { fact: 'daysSinceFirstPurchase' }, needed: { policy: 'establishedMinDays' } },
  },
  loyal_behaviours: {
    rule: { fact: 'loyaltyBehaviours', distinct: LOYALTY_BEHAVIOURS, atLeast: { policy: 'loyalMinBehaviours' } },
    params: { count: { fact: 'loyaltyBehaviours', as: 'distinct_count' }, needed: { policy: 'loyalMinBehaviours' } },
  },
  few_customers_high_margin: {
    rule: { all: [{ fact: 'customerBase', equals: 'few' }, { fact: 'margin', equals: 'high' }] },
    params: { base: { fact: 'customerBase', as: 'text' }, margin: { fact: 'margin', as: 'text' } },
  },
  // The four conditions of seeds 000 and 002, read by the facts `assessB2bRelationship` reads.
  mutual_fit: { rule: { all: [yes('mutualImportance'), yes('balancedBargainingPower'), yes('mutualNeed'), yes('highSwitchingCost')] } },
  top_management_ties: { rule: yes('topManagementTies') },
  aligned_goals: { rule: yes('alignedGoals') },
}))();

/** A guard whose rule is data, as a machine holds it. @internal */
export function guardOf(spec: GuardSpec): Guard {
  const among = 'distinct' in spec.rule ? spec.rule.distinct : undefined;
  return {
    test: (facts, policy) => holds(spec.rule, facts, policy),
    ...(spec.params === undefined ? {} : { params: (facts, policy) => refusalParams(spec.params, facts, policy, among) }),
    ...(spec.namesMissing === false ? {} : { missing: (facts: LifecycleFacts, policy?: LifecyclePolicy) => missingFacts(spec.rule, facts, policy ?? DEFAULT_LIFECYCLE_POLICY) }),
  };
}

/**
 * The built-in guards, interpreted from {@link GUARD_SPECS}. Every machine can use them.
 * @internal
 */
export const LIFECYCLE_GUARDS: { readonly [K in BuiltinGuardId]: Guard } = /* @__PURE__ */ guardsOf(GUARD_SPECS);

/* @__NO_SIDE_EFFECTS__ */
function guardsOf<K extends string>(specs: { readonly [P in K]: GuardSpec }): { readonly [P in K]: Guard } {
  const out = {} as Record<K, Guard>;
  for (const id of Object.keys(specs) as K[]) out[id] = guardOf(specs[id]);
  return Object.freeze(out);
}
