import type { ChurnSignal } from '../clv/lifetime-value.js';
import type { Reason } from '../i18n/legacy.js';
import { dayToIso } from '../records/index.js';
import { ABC_TO_VALUE_TIER } from '../scoring/abc.js';
import { rank, type DimensionValue } from '../taxonomy/index.js';
import type { Evidence, ReadContact } from './evidence.js';
import { ABC, EFFECTIVENESS, INTENT, LOYALTY, PATRONAGE, STATUS, TIME_STATE } from './ids.js';
import type { ClassificationPolicy } from './policy.js';
import { why, type ReasonCode } from './reasons.js';
import type { ContactKind, DerivedDimensionId, DimensionResult } from './types.js';
import type { ValueModel } from './value.js';

type Reasons = Reason<ReasonCode>[];

function known<K extends DerivedDimensionId>(value: DimensionValue<K>, reasons: Reasons): DimensionResult<K> {
  return { known: true, value, source: 'derived', reasons };
}

function unknown(reasons: Reasons): DimensionResult<never> {
  return { known: false, value: null, source: 'derived', reasons };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Contacts that are part of a deal: the firm working on the customer or the customer answering. */
const DEAL_CONTACTS: ReadonlySet<ContactKind> = new Set(['call', 'visit', 'message', 'quote_sent', 'quote_answered', 'interest']);
/** Contacts in which the customer shows interest. */
const POSITIVE_CONTACTS: ReadonlySet<ContactKind> = new Set(['quote_answered', 'interest']);

function purchasesReason(purchases: number, tenureDays: number): Reason<ReasonCode> {
  return tenureDays >= 365
    ? why('purchases_over_years', { purchases, years: round1(tenureDays / 365.25) })
    : why('purchases_over_days', { purchases, days: tenureDays });
}

/**
 * The four loyal behaviours of seed 000, in the order repeat, directed, related, referral: `true`
 * shown, `false` not shown, `null` the facts cannot say.
 * @internal
 */
export function loyalBehaviours(ev: Evidence, policy: ClassificationPolicy): readonly [boolean, boolean | null, boolean | null, boolean | null] {
  const loyal = policy.loyalty.loyal;
  const tx = ev.tx;
  const level = (have: number, unsure: number, min: number): boolean | null => (have >= min ? true : have + unsure >= min ? null : false);
  return [
    tx !== null && tx.days.length >= loyal.minPurchases,
    tx === null ? null : level(tx.directed, tx.directedUnknown, loyal.minDirectedPurchases),
    tx === null ? null : level(tx.categories, tx.uncategorized, loyal.minCategories),
    ev.referrals === null ? null : ev.referrals >= loyal.minReferrals,
  ];
}

/**
 * Loyalty (seed 000): no purchase → `potential`; below the established thresholds → `new`; below
 * the loyal thresholds → `established`; then `loyal` when at least `minBehaviours` of the four
 * behaviours show (repeat always does at that point). A behaviour the facts cannot settle
 * (uncategorized purchases, unmarked purchases, no referral list) makes the answer `unknown` only
 * when it could change it.
 * @internal
 */
export function classifyLoyalty(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'loyalty'> {
  const tx = ev.tx;
  if (tx === null) return unknown([why('missing_transactions')]);
  const n = tx.days.length;
  if (n === 0) return known(LOYALTY.potential, [why('no_purchase')]);
  const tenure = ev.asOfDay - tx.days[0]!;
  const { established, loyal } = policy.loyalty;
  const head = purchasesReason(n, tenure);
  if (n < established.minPurchases || tenure < established.minTenureDays) {
    return known(LOYALTY.new, [head, why('below_established', { minPurchases: established.minPurchases, minDays: established.minTenureDays })]);
  }
  if (n < loyal.minPurchases || tenure < loyal.minTenureDays) {
    return known(LOYALTY.established, [head, why('below_loyal', { minPurchases: loyal.minPurchases, minDays: loyal.minTenureDays })]);
  }
  const behaviours = loyalBehaviours(ev, policy); // repeat is true here: n >= loyal.minPurchases
  const shown = behaviours.filter((b) => b === true).length;
  const unsure = behaviours.filter((b) => b === null).length;
  const reasons: Reasons = [head];
  if (tx.categories > 0) reasons.push(why('categories', { count: tx.categories }));
  if (tx.directed > 0) reasons.push(why('directed_purchases', { count: tx.directed }));
  if (ev.referrals !== null && ev.referrals > 0) reasons.push(why('referrals', { count: ev.referrals }));
  const required = loyal.minBehaviours;
  if (shown >= required) return known(LOYALTY.loyal, [...reasons, why('loyal_behaviours', { shown, required })]);
  if (shown + unsure < required) return known(LOYALTY.established, [...reasons, why('loyal_behaviours', { shown, required })]);
  const missing: Reasons = [];
  if (behaviours[1] === null) missing.push(why('missing_directed', { count: tx.directedUnknown }));
  if (behaviours[2] === null) missing.push(why('missing_categories', { count: tx.uncategorized }));
  if (behaviours[3] === null) missing.push(why('missing_referrals'));
  return unknown([...reasons, why('loyal_behaviours_undecided', { shown, unknown: unsure, required }), ...missing]);
}

/**
 * The churn window of a customer: fixed, or `multiplier` × its mean gap between purchase days,
 * clamped, from `minPurchases` purchase days on.
 * @internal
 */
export function churnWindow(days: readonly number[], policy: ClassificationPolicy): { days: number; reason: Reason<ReasonCode> } {
  const churn = policy.status.churn;
  const n = days.length;
  if (churn.method === 'fixed' || n < churn.minPurchases) return { days: churn.days, reason: why('churn_window_fixed', { windowDays: churn.days }) };
  const meanGap = (days[n - 1]! - days[0]!) / (n - 1);
  const window = Math.min(churn.maxDays, Math.max(churn.minDays, Math.round(churn.multiplier * meanGap)));
  return { days: window, reason: why('churn_window_rhythm', { windowDays: window, multiplier: churn.multiplier, meanGapDays: round1(meanGap) }) };
}

/**
 * Status (seed 000): a buyer is `current` while its last purchase is within the churn window, then
 * `lost`; a non-buyer is `non_customer` (cannot buy), `target` (targeted, or in sales contact) or
 * `potential`.
 * @internal
 */
export function classifyStatus(ev: Evidence, policy: ClassificationPolicy, churn?: ChurnSignal): DimensionResult<'status'> {
  const tx = ev.tx;
  if (tx === null) return unknown([why('missing_transactions')]);
  const n = tx.days.length;
  if (n > 0) {
    const since = ev.asOfDay - tx.days[n - 1]!;
    if (churn !== undefined) {
      const model = why('model_churn', { pAlive: round2(churn.pAlive), threshold: churn.threshold });
      return known(churn.likelyChurned ? STATUS.lost : STATUS.current, [why('last_purchase', { days: since }), model]);
    }
    const window = churnWindow(tx.days, policy);
    return known(since <= window.days ? STATUS.current : STATUS.lost, [why('last_purchase', { days: since }), window.reason]);
  }
  if (ev.canBuy === false) return known(STATUS.nonCustomer, [why('no_purchase'), why('cannot_buy')]);
  if (ev.targeted === true) return known(STATUS.target, [why('no_purchase'), why('targeted')]);
  const sales = ev.contacts === null ? 0 : ev.contacts.filter((c) => DEAL_CONTACTS.has(c.kind)).length;
  if (sales > 0) return known(STATUS.target, [why('no_purchase'), why('sales_contacts', { count: sales })]);
  if (ev.contacts !== null || ev.targeted === false) return known(STATUS.potential, [why('no_purchase'), why('no_sales_activity')]);
  return unknown([why('no_purchase'), why('missing_prospect_facts')]);
}

/**
 * Time state (seed 001): `present` with a purchase or a deal contact in the last `presentDays`
 * days; otherwise `past` with any earlier purchase, `future` without. Without a contact log only a
 * recent purchase can decide.
 * @internal
 */
export function classifyTimeState(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'time_state'> {
  const windowDays = policy.timeState.presentDays;
  const tx = ev.tx;
  const last = tx === null || tx.days.length === 0 ? null : tx.days[tx.days.length - 1]!;
  if (last !== null && ev.asOfDay - last <= windowDays) return known(TIME_STATE.present, [why('recent_purchase', { days: ev.asOfDay - last, windowDays })]);
  const deal = ev.contacts === null ? undefined : ev.contacts.filter((c) => DEAL_CONTACTS.has(c.kind)).at(-1);
  if (deal !== undefined && ev.asOfDay - deal.day <= windowDays) return known(TIME_STATE.present, [why('recent_contact', { days: ev.asOfDay - deal.day, windowDays })]);
  if (tx === null) return unknown([why('missing_transactions')]);
  const history = last === null ? why('no_purchase') : why('last_purchase', { days: ev.asOfDay - last });
  if (ev.contacts === null) return unknown([history, why('missing_contacts')]);
  return known(last === null ? TIME_STATE.future : TIME_STATE.past, [history, why('no_recent_activity', { windowDays })]);
}

/**
 * Purchase intent (seed 002), from the contacts since the last purchase: `never` after
 * `refusalsForNever` refusals since the last sign of interest; an expected purchase date beyond
 * `notNowBeyondDays` → `not_now` (nearer → `interested`); a quote unanswered after
 * `replyWindowDays` → `quoted_no_reply`; interest, an answered quote or a quote still in its reply
 * window → `interested`; contacts without any of these → `hesitating`.
 * @internal
 */
export function classifyPurchaseIntent(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'purchase_intent'> {
  if (ev.contacts === null) return unknown([why('missing_contacts')]);
  const p = policy.purchaseIntent;
  const since = ev.tx === null || ev.tx.days.length === 0 ? Number.NEGATIVE_INFINITY : ev.tx.days[ev.tx.days.length - 1]!;
  const contacts = ev.contacts.filter((c) => c.day > since);
  if (contacts.length === 0) return unknown([why('no_intent_contact')]);
  let lastPositive: ReadContact | undefined;
  let refusals = 0;
  let expected: ReadContact | undefined;
  let quote: ReadContact | undefined;
  let answered = false;
  for (const c of contacts) {
    if (POSITIVE_CONTACTS.has(c.kind)) {
      lastPositive = c;
      refusals = 0;
    }
    if (c.kind === 'refusal') refusals++;
    if (c.expectedDay !== null) expected = c;
    if (c.kind === 'quote_sent') {
      quote = c;
      answered = false;
    }
    if (c.kind === 'quote_answered') answered = true;
  }
  if (refusals >= p.refusalsForNever) return known(INTENT.never, [why('refusals', { count: refusals, required: p.refusalsForNever })]);
  if (expected !== undefined && expected.expectedDay! > ev.asOfDay) {
    const days = expected.expectedDay! - ev.asOfDay;
    const r = why('expected_purchase', { date: dayToIso(expected.expectedDay!), days });
    return known(days > p.notNowBeyondDays ? INTENT.notNow : INTENT.interested, [r]);
  }
  if (quote !== undefined && !answered) {
    const age = ev.asOfDay - quote.day;
    if (age > p.replyWindowDays) return known(INTENT.quotedNoReply, [why('quote_no_reply', { days: age, windowDays: p.replyWindowDays })]);
    return known(INTENT.interested, [why('quote_pending', { days: age, windowDays: p.replyWindowDays })]);
  }
  if (lastPositive !== undefined) {
    const days = ev.asOfDay - lastPositive.day;
    return known(INTENT.interested, [lastPositive.kind === 'interest' ? why('interest', { days }) : why('quote_answered', { days })]);
  }
  const reasons: Reasons = [why('contacted_no_decision', { count: contacts.length })];
  if (refusals > 0) reasons.push(why('refusals', { count: refusals, required: p.refusalsForNever }));
  return known(INTENT.hesitating, reasons);
}

/**
 * Effectiveness (seed 002): `effective` when it promotes the firm (referrals) or brings profit
 * after its cost to serve; `ineffective` when it does neither; `unknown` when a missing fact could
 * change that.
 * @internal
 */
export function classifyEffectiveness(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'effectiveness'> {
  const e = policy.effectiveness;
  const refs = ev.referrals;
  if (refs !== null && refs >= e.minReferrals) return known(EFFECTIVENESS.effective, [why('referrals', { count: refs })]);
  const reasons: Reasons = refs === null ? [] : [why('referrals', { count: refs })];
  const missing: Reasons = refs === null ? [why('missing_referrals')] : [];
  const profit = ev.tx === null ? null : ev.tx.profit;
  if (ev.tx === null) missing.push(why('missing_transactions'));
  else if (profit === null) missing.push(why('missing_profit'));
  let cost = ev.costToServe;
  if (cost === null && e.missingCostToServe === 'zero') {
    cost = 0;
    reasons.push(why('cost_to_serve_assumed_zero'));
  } else if (cost === null) missing.push(why('missing_cost_to_serve'));
  if (profit !== null && cost !== null) {
    const contribution = profit - cost;
    const r = why('profit_after_cost', { profit: round2(contribution), cost: round2(cost) });
    if (contribution > e.minContribution) return known(EFFECTIVENESS.effective, [r, ...reasons.filter((x) => x.code !== 'referrals')]);
    if (refs !== null) return known(EFFECTIVENESS.ineffective, [...reasons, r]);
    return unknown([...reasons, r, ...missing]);
  }
  return unknown([...reasons, ...missing]);
}

/**
 * ABC class and value tier from a fitted {@link ValueModel}: value at least `aMin` → `a`, at least
 * `bMin` → `b`, else `c`; the tier is `ABC_TO_VALUE_TIER` of the class.
 * @internal
 */
export function classifyValue(ev: Evidence, model: ValueModel | undefined): { abc: DimensionResult<'abc_class'>; tier: DimensionResult<'value_tier'> } {
  const fail = (reasons: Reasons): { abc: DimensionResult<'abc_class'>; tier: DimensionResult<'value_tier'> } => ({ abc: unknown(reasons), tier: unknown(reasons) });
  if (ev.tx === null) return fail([why('missing_transactions')]);
  if (model === undefined) return fail([why('missing_value_model')]);
  const value = model.basis === 'revenue' ? ev.tx.revenue : ev.tx.profit;
  if (value === null) return fail([why('missing_profit')]);
  const cls = value > 0 && model.aMin !== null && value >= model.aMin ? ABC.a : value > 0 && model.bMin !== null && value >= model.bMin ? ABC.b : ABC.c;
  const r = why(model.basis === 'revenue' ? 'value_revenue' : 'value_profit', { value: round2(value), aMin: model.aMin, bMin: model.bMin });
  return {
    abc: known(cls, [r]),
    tier: known(ABC_TO_VALUE_TIER[cls], [why('value_tier_of_class', { abcLabel: cls, abcDimension: 'abc_class' }), r]),
  };
}

/**
 * Patronage level (seed 003): no purchase → `passer_by`; a buyer → `customer`; `regular` with
 * enough purchase days in the window; `honored` when also of a high enough value tier; `devotee`
 * when also loyal enough.
 * @internal
 */
export function classifyPatronage(
  ev: Evidence,
  policy: ClassificationPolicy,
  tier: DimensionResult<'value_tier'>,
  loyaltyResult: DimensionResult<'loyalty'>,
): DimensionResult<'patronage_level'> {
  const tx = ev.tx;
  if (tx === null) return unknown([why('missing_transactions')]);
  if (tx.days.length === 0) return known(PATRONAGE.passerBy, [why('no_purchase')]);
  const { regular, honored, devotee } = policy.patronage;
  const from = ev.asOfDay - regular.windowDays;
  const count = tx.days.filter((d) => d > from).length;
  const r = why('regular_days', { count, windowDays: regular.windowDays, min: regular.minPurchaseDays });
  if (count < regular.minPurchaseDays) return known(PATRONAGE.customer, [r]);
  if (!tier.known) return unknown([r, why('missing_dependency', { dimensionLabel: 'value_tier' })]);
  const tierReason = why('dimension_is', { dimensionLabel: 'value_tier', valueLabel: tier.value, valueDimension: 'value_tier' });
  if (rank('value_tier', tier.value) < rank('value_tier', honored.minValueTier)) return known(PATRONAGE.regular, [r, tierReason]);
  if (!loyaltyResult.known) return unknown([r, tierReason, why('missing_dependency', { dimensionLabel: 'loyalty' })]);
  const loyaltyReason = why('dimension_is', { dimensionLabel: 'loyalty', valueLabel: loyaltyResult.value, valueDimension: 'loyalty' });
  if (rank('loyalty', loyaltyResult.value) < rank('loyalty', devotee.minLoyalty)) return known(PATRONAGE.honored, [r, tierReason, loyaltyReason]);
  return known(PATRONAGE.devotee, [r, tierReason, loyaltyReason]);
}
