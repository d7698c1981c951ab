import { CrmTaxonomyError, describeValue } from '../errors.js';
import type { LocalizedText } from '../i18n/locale.js';

/**
 * The facts a guard reads when a host asks whether a move is valid. Every field is optional: a
 * guard that needs a missing fact refuses the move and says which fact it needed. Hosts may pass
 * more fields for their own guards.
 *
 * @example
 * ```ts
 * import type { LifecycleFacts } from 'crm-taxonomy';
 *
 * const facts: LifecycleFacts = { hasPurchase: true, purchaseCount: 3, daysSinceLastPurchase: 12 };
 * facts.purchaseCount; //=> 3
 * ```
 */
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

/**
 * The four purchase behaviours of a loyal customer (seed 000): directed (指向性), repeat
 * (重复性), related or cross (相关性) and referral (推荐性) purchases.
 *
 * @example
 * ```ts
 * import { LOYALTY_BEHAVIOURS } from 'crm-taxonomy';
 *
 * LOYALTY_BEHAVIOURS; //=> ['directed', 'repeat', 'related', 'referral']
 * ```
 */
export const LOYALTY_BEHAVIOURS = ['directed', 'repeat', 'related', 'referral'] as const;

/**
 * One of {@link LOYALTY_BEHAVIOURS}.
 *
 * @example
 * ```ts
 * import type { LoyaltyBehaviour } from 'crm-taxonomy';
 *
 * const behaviour: LoyaltyBehaviour = 'referral';
 * behaviour; //=> 'referral'
 * ```
 */
export type LoyaltyBehaviour = (typeof LOYALTY_BEHAVIOURS)[number];

/**
 * The host's thresholds the guards read. Every field has a default
 * ({@link DEFAULT_LIFECYCLE_POLICY}); hosts may add fields for their own guards.
 *
 * @example
 * ```ts
 * import type { LifecyclePolicy } from 'crm-taxonomy';
 *
 * const policy: LifecyclePolicy = { churnWindowDays: 90 };
 * policy.churnWindowDays; //=> 90
 * ```
 */
export interface LifecyclePolicy {
  /** A current customer with no purchase for more than this many days may be marked lost. */
  readonly churnWindowDays?: number;
  /** Contacts after which a hesitating prospect may be re-classified (seed 002: 幾次溝通). */
  readonly reclassifyAfterContacts?: number;
  /** Days without a reply after which a quote counts as unanswered. */
  readonly quoteReplyDays?: number;
  /** Purchases a new customer needs to become established. */
  readonly establishedMinPurchases?: number;
  /** Days of trading a new customer needs to become established (seed 000: 较长时间的交易). */
  readonly establishedMinDays?: number;
  /** How many of the four loyal purchase behaviours a customer must show to be loyal. */
  readonly loyalMinBehaviours?: number;
  /** Thresholds of a host's own guards. */
  readonly [setting: string]: unknown;
}

/**
 * The defaults of {@link LifecyclePolicy}: a 180-day churn window, re-classification after 3
 * contacts, a quote unanswered after 7 days, 2 purchases over 180 days to become established, 3
 * of the 4 loyal behaviours.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIFECYCLE_POLICY } from 'crm-taxonomy';
 *
 * DEFAULT_LIFECYCLE_POLICY.churnWindowDays; //=> 180
 * ```
 */
export const DEFAULT_LIFECYCLE_POLICY = {
  churnWindowDays: 180,
  reclassifyAfterContacts: 3,
  quoteReplyDays: 7,
  establishedMinPurchases: 2,
  establishedMinDays: 180,
  loyalMinBehaviours: 3,
} as const satisfies LifecyclePolicy;

/**
 * The policy a guard sees: the defaults, overridden by the host's values.
 *
 * @example
 * ```ts
 * import type { ResolvedLifecyclePolicy } from 'crm-taxonomy';
 *
 * const policy: ResolvedLifecyclePolicy = {
 *   churnWindowDays: 90, reclassifyAfterContacts: 3, quoteReplyDays: 7,
 *   establishedMinPurchases: 2, establishedMinDays: 180, loyalMinBehaviours: 3,
 * };
 * policy.churnWindowDays; //=> 90
 * ```
 */
export type ResolvedLifecyclePolicy = { readonly [K in keyof typeof DEFAULT_LIFECYCLE_POLICY]: number } & {
  readonly [setting: string]: unknown;
};

/**
 * A named guard: a pure predicate over the facts and the policy, what it checks, and the
 * localized refusal shown when it fails (`{placeholders}` are filled from `params`).
 *
 * @example
 * ```ts
 * import type { GuardDefinition } from 'crm-taxonomy';
 *
 * const creditChecked: GuardDefinition = {
 *   description: { en: 'Credit was checked', 'zh-Hans': '已做信用审核', 'zh-Hant': '已做信用審核' },
 *   refusal: { en: 'the credit check is missing', 'zh-Hans': '尚未做信用审核', 'zh-Hant': '尚未做信用審核' },
 *   test: (facts) => facts.creditChecked === true,
 * };
 * creditChecked.test({ creditChecked: true }, {} as never); //=> true
 * ```
 */
export interface GuardDefinition {
  /** What the guard checks, for docs and diagrams. */
  readonly description: LocalizedText;
  /** Why a move is refused when the guard fails; `{name}` placeholders come from `params`. */
  readonly refusal: LocalizedText;
  /** The predicate: pure, never throws. */
  readonly test: (facts: LifecycleFacts, policy: ResolvedLifecyclePolicy) => boolean;
  /** Values for the refusal's placeholders. */
  readonly params?: (
    facts: LifecycleFacts,
    policy: ResolvedLifecyclePolicy,
  ) => Readonly<Record<string, string | number | boolean | null | undefined>>;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const shown = (value: unknown): string | number => (isCount(value) ? value : '?');

/**
 * The ids of the built-in guards ({@link LIFECYCLE_GUARDS}).
 *
 * @example
 * ```ts
 * import { BUILTIN_GUARD_IDS } from 'crm-taxonomy';
 *
 * BUILTIN_GUARD_IDS.length; //=> 14
 * BUILTIN_GUARD_IDS[0]; //=> 'has_purchase'
 * ```
 */
export const BUILTIN_GUARD_IDS = [
  'has_purchase',
  'recent_purchase',
  'inactive_beyond_churn_window',
  'has_reason',
  'needs_and_can_pay',
  'enough_contacts',
  'quote_unanswered',
  'repeat_purchases',
  'long_relationship',
  'loyal_behaviours',
  'few_customers_high_margin',
  'mutual_fit',
  'top_management_ties',
  'aligned_goals',
] as const;

/**
 * The id of a built-in guard.
 *
 * @example
 * ```ts
 * import type { BuiltinGuardId } from 'crm-taxonomy';
 *
 * const guard: BuiltinGuardId = 'has_reason';
 * guard; //=> 'has_reason'
 * ```
 */
export type BuiltinGuardId = (typeof BUILTIN_GUARD_IDS)[number];

/**
 * The built-in guards. Each reads only `facts` and `policy` and names the fact it needed in its
 * refusal:
 *
 * | guard | passes when |
 * |---|---|
 * | `has_purchase` | `hasPurchase` is true or `purchaseCount` > 0 |
 * | `recent_purchase` | `daysSinceLastPurchase` ≤ `churnWindowDays` |
 * | `inactive_beyond_churn_window` | `daysSinceLastPurchase` > `churnWindowDays` |
 * | `has_reason` | a non-empty `reason` text or a `cause` (a `breakdown_cause` id) |
 * | `needs_and_can_pay` | `hasNeed` and `canPay` |
 * | `enough_contacts` | `contactCount` ≥ `reclassifyAfterContacts` |
 * | `quote_unanswered` | `quoteSent` and `daysSinceQuote` > `quoteReplyDays` (the reply window has passed) |
 * | `repeat_purchases` | `purchaseCount` ≥ `establishedMinPurchases` |
 * | `long_relationship` | `daysSinceFirstPurchase` ≥ `establishedMinDays` |
 * | `loyal_behaviours` | at least `loyalMinBehaviours` distinct {@link LOYALTY_BEHAVIOURS} |
 * | `few_customers_high_margin` | `customerBase` is `few` and `margin` is `high` (Kotler's table) |
 * | `mutual_fit` | `mutualImportance`, `balancedPower` and `highSwitchingCosts` (seeds 000, 002) |
 * | `top_management_ties` | `topManagementTies` |
 * | `aligned_goals` | `alignedGoals` |
 *
 * @example
 * ```ts
 * import { DEFAULT_LIFECYCLE_POLICY, LIFECYCLE_GUARDS } from 'crm-taxonomy';
 *
 * LIFECYCLE_GUARDS.inactive_beyond_churn_window.test({ daysSinceLastPurchase: 200 }, DEFAULT_LIFECYCLE_POLICY); //=> true
 * LIFECYCLE_GUARDS.has_reason.test({ reason: '  ' }, DEFAULT_LIFECYCLE_POLICY); //=> false
 * ```
 */
export const LIFECYCLE_GUARDS: { readonly [K in BuiltinGuardId]: GuardDefinition } = {
  has_purchase: {
    description: { en: 'has bought at least once', 'zh-Hans': '至少购买过一次', 'zh-Hant': '至少購買過一次' },
    refusal: {
      en: 'no purchase is recorded yet (fact hasPurchase or purchaseCount)',
      'zh-Hans': '尚无购买记录（事实 hasPurchase 或 purchaseCount）',
      'zh-Hant': '尚無購買記錄（事實 hasPurchase 或 purchaseCount）',
    },
    test: (facts) => facts.hasPurchase === true || (isCount(facts.purchaseCount) && facts.purchaseCount > 0),
  },
  recent_purchase: {
    description: {
      en: 'bought within the churn window',
      'zh-Hans': '在流失期限内有购买',
      'zh-Hant': '在流失期限內有購買',
    },
    refusal: {
      en: 'the last purchase was {days} days ago, not within the churn window of {window} days (fact daysSinceLastPurchase)',
      'zh-Hans': '最近一次购买在 {days} 天前，不在 {window} 天的流失期限内（事实 daysSinceLastPurchase）',
      'zh-Hant': '最近一次購買在 {days} 天前，不在 {window} 天的流失期限內（事實 daysSinceLastPurchase）',
    },
    test: (facts, policy) => isCount(facts.daysSinceLastPurchase) && facts.daysSinceLastPurchase <= policy.churnWindowDays,
    params: (facts, policy) => ({ days: shown(facts.daysSinceLastPurchase), window: policy.churnWindowDays }),
  },
  inactive_beyond_churn_window: {
    description: {
      en: 'no purchase for longer than the churn window',
      'zh-Hans': '超过流失期限未购买',
      'zh-Hant': '超過流失期限未購買',
    },
    refusal: {
      en: 'the last purchase was {days} days ago, within the churn window of {window} days (fact daysSinceLastPurchase)',
      'zh-Hans': '最近一次购买在 {days} 天前，仍在 {window} 天的流失期限内（事实 daysSinceLastPurchase）',
      'zh-Hant': '最近一次購買在 {days} 天前，仍在 {window} 天的流失期限內（事實 daysSinceLastPurchase）',
    },
    test: (facts, policy) => isCount(facts.daysSinceLastPurchase) && facts.daysSinceLastPurchase > policy.churnWindowDays,
    params: (facts, policy) => ({ days: shown(facts.daysSinceLastPurchase), window: policy.churnWindowDays }),
  },
  has_reason: {
    description: {
      en: 'a reason is given (text or breakdown cause)',
      'zh-Hans': '已说明原因（文字或破裂原因）',
      'zh-Hant': '已說明原因（文字或破裂原因）',
    },
    refusal: {
      en: 'this move needs a reason: a text (fact reason) or a breakdown cause (fact cause)',
      'zh-Hans': '此变更需要说明原因：文字（事实 reason）或破裂原因（事实 cause）',
      'zh-Hant': '此變更需要說明原因：文字（事實 reason）或破裂原因（事實 cause）',
    },
    test: (facts) => nonEmpty(facts.reason) || nonEmpty(facts.cause),
  },
  needs_and_can_pay: {
    description: {
      en: 'has a need and can pay',
      'zh-Hans': '有需求且有支付能力',
      'zh-Hant': '有需求且有支付能力',
    },
    refusal: {
      en: 'a potential customer has a need, a motive and the ability to pay; confirm both (facts hasNeed and canPay)',
      'zh-Hans': '潜在客户须有需求、购买动机和支付能力；请确认两者（事实 hasNeed 与 canPay）',
      'zh-Hant': '潛在客戶須有需求、購買動機和支付能力；請確認兩者（事實 hasNeed 與 canPay）',
    },
    test: (facts) => facts.hasNeed === true && facts.canPay === true,
  },
  enough_contacts: {
    description: {
      en: 'contacted often enough to re-classify',
      'zh-Hans': '沟通次数足以重新归类',
      'zh-Hant': '溝通次數足以重新歸類',
    },
    refusal: {
      en: 'a hesitating prospect is re-classified after {needed} contacts; {count} so far (fact contactCount)',
      'zh-Hans': '犹豫的客户须经 {needed} 次沟通后再重新归类；目前 {count} 次（事实 contactCount）',
      'zh-Hant': '猶豫的客戶須經 {needed} 次溝通後再重新歸類；目前 {count} 次（事實 contactCount）',
    },
    test: (facts, policy) => isCount(facts.contactCount) && facts.contactCount >= policy.reclassifyAfterContacts,
    params: (facts, policy) => ({ count: shown(facts.contactCount), needed: policy.reclassifyAfterContacts }),
  },
  quote_unanswered: {
    description: {
      en: 'a quote got no reply in time',
      'zh-Hans': '报价后逾期无回馈',
      'zh-Hant': '報價後逾期無回饋',
    },
    refusal: {
      en: 'a quote counts as unanswered once its {needed}-day reply window has passed; sent: {sent}, days since: {days} (facts quoteSent, daysSinceQuote)',
      'zh-Hans': '报价发出超过 {needed} 天仍无回馈才算未回复；已发出：{sent}，已过天数：{days}（事实 quoteSent、daysSinceQuote）',
      'zh-Hant': '報價發出超過 {needed} 天仍無回饋才算未回覆；已發出：{sent}，已過天數：{days}（事實 quoteSent、daysSinceQuote）',
    },
    test: (facts, policy) =>
      facts.quoteSent === true && isCount(facts.daysSinceQuote) && facts.daysSinceQuote > policy.quoteReplyDays,
    params: (facts, policy) => ({
      sent: facts.quoteSent === true,
      days: shown(facts.daysSinceQuote),
      needed: policy.quoteReplyDays,
    }),
  },
  repeat_purchases: {
    description: { en: 'has bought repeatedly', 'zh-Hans': '多次购买', 'zh-Hant': '多次購買' },
    refusal: {
      en: 'an established customer has at least {needed} purchases; {count} so far (fact purchaseCount)',
      'zh-Hans': '老客户至少有 {needed} 次购买；目前 {count} 次（事实 purchaseCount）',
      'zh-Hant': '老客戶至少有 {needed} 次購買；目前 {count} 次（事實 purchaseCount）',
    },
    test: (facts, policy) => isCount(facts.purchaseCount) && facts.purchaseCount >= policy.establishedMinPurchases,
    params: (facts, policy) => ({ count: shown(facts.purchaseCount), needed: policy.establishedMinPurchases }),
  },
  long_relationship: {
    description: {
      en: 'has traded for a long time',
      'zh-Hans': '交易时间较长',
      'zh-Hant': '交易時間較長',
    },
    refusal: {
      en: 'an established customer has traded for at least {needed} days; {days} so far (fact daysSinceFirstPurchase)',
      'zh-Hans': '老客户须已交易至少 {needed} 天；目前 {days} 天（事实 daysSinceFirstPurchase）',
      'zh-Hant': '老客戶須已交易至少 {needed} 天；目前 {days} 天（事實 daysSinceFirstPurchase）',
    },
    test: (facts, policy) => isCount(facts.daysSinceFirstPurchase) && facts.daysSinceFirstPurchase >= policy.establishedMinDays,
    params: (facts, policy) => ({ days: shown(facts.daysSinceFirstPurchase), needed: policy.establishedMinDays }),
  },
  loyal_behaviours: {
    description: {
      en: 'shows the loyal purchase behaviours',
      'zh-Hans': '表现出忠诚客户的购买行为',
      'zh-Hant': '表現出忠誠客戶的購買行為',
    },
    refusal: {
      en: 'a loyal customer shows at least {needed} of the directed, repeat, related and referral purchase behaviours; {count} so far (fact loyaltyBehaviours)',
      'zh-Hans': '忠诚客户至少表现出指向性、重复性、相关性、推荐性购买中的 {needed} 种；目前 {count} 种（事实 loyaltyBehaviours）',
      'zh-Hant': '忠誠客戶至少表現出指向性、重複性、相關性、推薦性購買中的 {needed} 種；目前 {count} 種（事實 loyaltyBehaviours）',
    },
    test: (facts, policy) => countBehaviours(facts.loyaltyBehaviours) >= policy.loyalMinBehaviours,
    params: (facts, policy) => ({ count: countBehaviours(facts.loyaltyBehaviours), needed: policy.loyalMinBehaviours }),
  },
  few_customers_high_margin: {
    description: {
      en: "few customers and a high margin (Kotler's table)",
      'zh-Hans': '客户少且利润率高（科特勒表）',
      'zh-Hant': '客戶少且利潤率高（科特勒表）',
    },
    refusal: {
      en: "Kotler's table keeps a partnership for few customers with a high margin; here: {base} customers, {margin} margin (facts customerBase, margin)",
      'zh-Hans': '科特勒表中伙伴型关系只适用于客户少、利润率高的情形；此处：客户 {base}，利润率 {margin}（事实 customerBase、margin）',
      'zh-Hant': '科特勒表中夥伴型關係只適用於客戶少、利潤率高的情形；此處：客戶 {base}，利潤率 {margin}（事實 customerBase、margin）',
    },
    test: (facts) => facts.customerBase === 'few' && facts.margin === 'high',
    params: (facts) => ({
      base: typeof facts.customerBase === 'string' ? facts.customerBase : '?',
      margin: typeof facts.margin === 'string' ? facts.margin : '?',
    }),
  },
  mutual_fit: {
    description: {
      en: 'both sides matter, neither dominates, switching is costly',
      'zh-Hans': '彼此重要、谁也无法操控对方、转移成本高',
      'zh-Hant': '彼此重要、誰也無法操控對方、轉移成本高',
    },
    refusal: {
      en: 'a relationship above preferred supplier fits only where both sides matter to each other, neither dominates and switching costs are high (facts mutualImportance, balancedPower, highSwitchingCosts); otherwise it is a luxury',
      'zh-Hans':
        '只有彼此具有重要意义、谈判能力都不足以操控对方、转移成本较高时，优先供应以上的关系才恰当（事实 mutualImportance、balancedPower、highSwitchingCosts）；否则是奢侈的',
      'zh-Hant':
        '只有彼此具有重要意義、談判能力都不足以操控對方、轉移成本較高時，優先供應以上的關係才恰當（事實 mutualImportance、balancedPower、highSwitchingCosts）；否則是奢侈的',
    },
    test: (facts) => facts.mutualImportance === true && facts.balancedPower === true && facts.highSwitchingCosts === true,
  },
  top_management_ties: {
    description: {
      en: 'ties between the top managements, long-term trade',
      'zh-Hans': '双方最高管理者之间的关系，交易长期化',
      'zh-Hant': '雙方最高管理者之間的關係，交易長期化',
    },
    refusal: {
      en: 'a partnership exists between the two top managements, with long-term trade (fact topManagementTies)',
      'zh-Hans': '合作伙伴关系存在于双方最高管理者之间，交易长期化（事实 topManagementTies）',
      'zh-Hant': '合作夥伴關係存在於雙方最高管理者之間，交易長期化（事實 topManagementTies）',
    },
    test: (facts) => facts.topManagementTies === true,
  },
  aligned_goals: {
    description: {
      en: 'goals and vision aligned in an alliance',
      'zh-Hans': '目标和愿景高度一致的联盟',
      'zh-Hant': '目標和願景高度一致的聯盟',
    },
    refusal: {
      en: 'a strategic alliance needs aligned goals and vision, by a formal or informal alliance (fact alignedGoals)',
      'zh-Hans': '战略联盟须双方目标和愿景高度一致，有正式或非正式的联盟关系（事实 alignedGoals）',
      'zh-Hant': '戰略聯盟須雙方目標和願景高度一致，有正式或非正式的聯盟關係（事實 alignedGoals）',
    },
    test: (facts) => facts.alignedGoals === true,
  },
};

function countBehaviours(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  return new Set(value.filter((b: unknown) => (LOYALTY_BEHAVIOURS as readonly unknown[]).includes(b))).size;
}

/**
 * The policy with the defaults filled in; throws `invalid_policy` for a built-in threshold that
 * is not a finite, non-negative number.
 * @internal
 */
export function resolvePolicy(policy: LifecyclePolicy | undefined): ResolvedLifecyclePolicy {
  const resolved: Record<string, unknown> = { ...DEFAULT_LIFECYCLE_POLICY, ...(policy ?? {}) };
  for (const key of Object.keys(DEFAULT_LIFECYCLE_POLICY)) {
    if (!isCount(resolved[key])) throw policyError(key, resolved[key]);
  }
  return resolved as ResolvedLifecyclePolicy;
}


function policyError(key: string, value: unknown): CrmTaxonomyError {
  return new CrmTaxonomyError('invalid_policy', `policy.${key} must be a non-negative number, received ${describeValue(value)}`, {
    path: ['policy', key],
    details: { received: describeValue(value) },
  });
}
