import type { MessageParams } from '../errors/index.js';

/**
 * The stable code of a classification reason. Each has a message in every locale
 * (`src/locales/<locale>/classify.ts`), rendered by `explain` or `message`.
 * @internal
 */
export type ReasonCode =
  // missing facts
  | 'missing_transactions'
  | 'missing_contacts'
  | 'missing_referrals'
  | 'missing_categories'
  | 'missing_directed'
  | 'missing_profit'
  | 'missing_cost_to_serve'
  | 'cost_to_serve_assumed_zero'
  | 'missing_value_model'
  | 'missing_prospect_facts'
  | 'missing_dependency'
  | 'no_intent_contact'
  // host-given
  | 'value_given'
  | 'value_not_given'
  // purchases and loyalty
  | 'no_purchase'
  | 'purchases_over_days'
  | 'purchases_over_years'
  | 'below_established'
  | 'below_loyal'
  | 'loyal_behaviours'
  | 'loyal_behaviours_undecided'
  | 'directed_purchases'
  | 'bought_categories'
  | 'referred_customers'
  // status and time
  | 'last_purchase'
  | 'churn_window_fixed'
  | 'churn_window_rhythm'
  | 'model_churn'
  | 'window_differs'
  | 'cannot_buy'
  | 'targeted_by_firm'
  | 'sales_contacts'
  | 'no_sales_activity'
  | 'recent_purchase'
  | 'recent_contact'
  | 'no_recent_activity'
  // purchase intent
  | 'quote_no_reply'
  | 'quote_pending'
  | 'quote_answered'
  | 'interest_shown'
  | 'refusal_count'
  | 'expected_purchase'
  | 'contacted_no_decision'
  // effectiveness and value
  | 'profit_after_cost'
  | 'profit_before_cost'
  | 'value_revenue'
  | 'value_profit'
  | 'value_tier_of_class'
  // patronage
  | 'regular_days'
  | 'dependency_value'
  // evidence from other models
  | 'rfm_agrees'
  | 'rfm_differs'
  // reconcile
  | 'no_stored_state';

/** Texts of the module beside the reasons: the ABC cut variants and the parts of `explain`'s line. @internal */
export type ClassifyTextKey =
  | ReasonCode
  | `classify.cut.${'ab' | 'a' | 'b' | 'none'}`
  // the rhythm churn window: plain, or clamped to `minDays` / `maxDays` (`classify.rhythm@clamped`)
  | `classify.rhythm${'' | 'min' | 'max'}`
  | `classify.explain.${'known' | 'known_bare' | 'unknown' | 'unknown_bare'}`
  | 'classify.reason_separator';

/**
 * Why a classifier gave its answer, as data: a stable `code` and the values behind it (`params`,
 * plain JSON). `explain` (or `message`) renders it in any locale.
 */
export interface ClassificationReason {
  readonly code: ReasonCode;
  readonly params: MessageParams;
}

const NO_PARAMS: MessageParams = /* @__PURE__ */ Object.freeze({});

/** The reasons without parameters, made once: shared, frozen constants (a batch holds millions of them). */
const CONSTANT: ReadonlyMap<ReasonCode, ClassificationReason> = /* @__PURE__ */ new Map(
  (
    [
      'missing_transactions',
      'missing_contacts',
      'missing_referrals',
      'missing_profit',
      'missing_cost_to_serve',
      'cost_to_serve_assumed_zero',
      'missing_value_model',
      'missing_prospect_facts',
      'no_intent_contact',
      'value_given',
      'value_not_given',
      'no_purchase',
      'cannot_buy',
      'targeted_by_firm',
      'no_sales_activity',
    ] as const
  ).map((code) => [code, Object.freeze({ code, params: NO_PARAMS })]),
);

/** A reason as data; one without parameters is a shared, frozen constant. @internal */
export function why(code: ReasonCode, params?: MessageParams): ClassificationReason {
  return params === undefined ? (CONSTANT.get(code) ?? { code, params: NO_PARAMS }) : { code, params };
}
