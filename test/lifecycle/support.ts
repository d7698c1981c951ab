import type { BuiltinGuardId, LifecycleFacts } from '../../src/index.js';

/** Facts that make each built-in guard pass (with the default policy). */
export const PASSING: Readonly<Record<BuiltinGuardId, LifecycleFacts>> = {
  has_purchase: { hasPurchase: true },
  recent_purchase: { daysSinceLastPurchase: 10 },
  inactive_beyond_churn_window: { daysSinceLastPurchase: 365 },
  has_reason: { reason: 'The customer asked for it' },
  needs_and_can_pay: { hasNeed: true, canPay: true },
  enough_contacts: { contactCount: 3 },
  quote_unanswered: { quoteSent: true, daysSinceQuote: 10 },
  repeat_purchases: { purchaseCount: 3 },
  long_relationship: { daysSinceFirstPurchase: 200 },
  loyal_behaviours: { loyaltyBehaviours: ['directed', 'repeat', 'related'] },
  few_customers_high_margin: { customerBase: 'few', margin: 'high' },
  mutual_fit: { mutualImportance: true, balancedPower: true, highSwitchingCosts: true },
  top_management_ties: { topManagementTies: true },
  aligned_goals: { alignedGoals: true },
};

/** Facts that make every listed guard pass. */
export function passing(guards: readonly string[]): LifecycleFacts {
  return Object.assign({}, ...guards.map((g) => PASSING[g as BuiltinGuardId] ?? {})) as LifecycleFacts;
}
