import type { ClassifyTextKey } from '../../classify/reasons.js';

/** The classify module's messages and texts, in en. */
export const classifyEn: { readonly [K in ClassifyTextKey]: string } = {
  // missing facts
  'missing_transactions': 'transactions not given',
  'missing_contacts': 'contact log not given',
  'missing_referrals': 'referrals not given',
  'missing_categories': '{count} {count:plural:purchase|purchases} without a category',
  'missing_directed': '{count} {count:plural:purchase|purchases} not marked directed or not',
  'missing_profit': 'profit not known: purchases carry no profit and the policy sets no margin rate',
  'missing_cost_to_serve': 'cost to serve not given',
  'cost_to_serve_assumed_zero': 'cost to serve not given, counted as 0',
  'missing_value_model': 'no value model given',
  'missing_prospect_facts': 'no purchase, and neither targeting nor a contact log given',
  'missing_dependency': 'depends on {dimension:text:taxonomy.*.label}, which is not known',
  'no_intent_contact': 'no contact since the last purchase to judge intent from',
  // host-given
  'value_given': 'given by the host',
  'value_not_given': 'not given by the host',
  // purchases and loyalty
  'no_purchase': 'no purchase yet',
  'purchases_over_days': '{purchases} {purchases:plural:purchase|purchases} over {days} {days:plural:day|days}',
  'purchases_over_years': '{purchases} {purchases:plural:purchase|purchases} over {years} {years:plural:year|years}',
  'below_established': 'established from {minPurchases} purchases over {minDays} days',
  'below_loyal': 'loyal from {minPurchases} purchases over {minDays} days',
  'loyal_behaviours': '{shown} of the 4 loyal behaviours shown, {required} needed',
  'loyal_behaviours_undecided': '{shown} of the 4 loyal behaviours shown, {unknown} not known, {required} needed',
  'directed_purchases': '{count} directed {count:plural:purchase|purchases}',
  'bought_categories': 'bought in {count} {count:plural:category|categories}',
  'referred_customers': 'referred {count} {count:plural:customer|customers}',
  // status and time
  'last_purchase': 'last purchase {days} {days:plural:day|days} ago',
  'churn_window_fixed': 'churn window {windowDays} days',
  'churn_window_rhythm': 'churn window {windowDays} days: {multiplier:text:classify.rhythm@clamped}',
  'classify.rhythm': '{multiplier} × its mean gap of {meanGapDays} days',
  'classify.rhythmmin': 'the minimum, as {multiplier} × its mean gap of {meanGapDays} days is less',
  'classify.rhythmmax': 'the maximum, as {multiplier} × its mean gap of {meanGapDays} days is more',
  'model_churn': 'a purchase model puts its probability of being alive at {pAlive:percent:threshold}, against a threshold of {threshold:percent:pAlive}',
  'window_differs': 'the churn window alone would say {value:text:taxonomy.status.*.label}; the purchase model decides',
  'cannot_buy': "cannot buy the firm's products",
  'targeted_by_firm': 'the firm works to convert it',
  'sales_contacts': '{count} sales {count:plural:contact|contacts}',
  'no_sales_activity': 'no sales contact',
  'recent_purchase': 'bought {days} {days:plural:day|days} ago, within {windowDays} days',
  'recent_contact': 'in a deal contact {days} {days:plural:day|days} ago, within {windowDays} days',
  'no_recent_activity': 'no purchase or deal contact in the last {windowDays} days',
  // purchase intent
  'quote_no_reply': 'quote sent {days} {days:plural:day|days} ago, no reply within {windowDays} days',
  'quote_pending': 'quote sent {days} {days:plural:day|days} ago, reply window of {windowDays} days still open',
  'quote_answered': 'answered a quote {days} {days:plural:day|days} ago',
  'interest_shown': 'said it is interested {days} {days:plural:day|days} ago',
  'refusal_count': 'refused {count} {count:plural:time|times}, {required} make it final',
  'expected_purchase': 'expects to buy on {date}, in {days} {days:plural:day|days}',
  'contacted_no_decision': '{count} {count:plural:contact|contacts}, no decision yet',
  // effectiveness and value
  'profit_after_cost': 'profit {profit:amount} after a cost to serve of {cost:amount}',
  'profit_before_cost': 'profit {profit:amount} before a cost to serve, which can only lower it',
  'value_revenue': 'net revenue {value:amount:aMin,bMin}; {cut:text:classify.cut.*}',
  'value_profit': 'profit {value:amount:aMin,bMin}; {cut:text:classify.cut.*}',
  'value_tier_of_class': 'value tier of {class:text:taxonomy.abc_class.*.label}',
  'classify.cut.ab': 'A from {aMin:amount:value}, B from {bMin:amount:value}',
  'classify.cut.a': 'A from {aMin:amount:value}, no customer in B',
  'classify.cut.b': 'no customer in A, B from {bMin:amount:value}',
  'classify.cut.none': 'no customer in A or B',
  // patronage
  'regular_days': '{count} purchase {count:plural:day|days} in the last {windowDays} days, regular from {min}',
  'dependency_value': '{dimension:text:taxonomy.*.label}: {value:text:taxonomy.@dimension.*.label}',
  // evidence from other models
  'rfm_agrees': 'RFM segment {segment:text:segment.*.label} (R {r}, F {f}, M {m}) agrees',
  'rfm_differs':
    'RFM segment {segment:text:segment.*.label} (R {r}, F {f}, M {m}) suggests {value:text:taxonomy.@dimension.*.label}, ranking it against the other customers; this verdict judges its own history',
  // reconcile
  'no_stored_state': 'nothing is stored for {dimension:text:taxonomy.*.label} and its lifecycle has no initial state: set the first state by hand',
  // explain's line
  'classify.explain.known': '{value:text:taxonomy.@dimension.*.label}: {reasons}',
  'classify.explain.known_bare': '{value:text:taxonomy.@dimension.*.label}',
  'classify.explain.unknown': '{dimension:text:taxonomy.*.label}: unknown ({reasons})',
  'classify.explain.unknown_bare': '{dimension:text:taxonomy.*.label}: unknown',
  'classify.reason_separator': ', ',
};
