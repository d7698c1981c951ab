import type { MessageParams } from '../errors/index.js';
import { dayToIso } from '../records/index.js';
import type { RfmSegmentId } from '../scoring/index.js';
import { rank, type DimensionValue } from '../taxonomy/index.js';
import type { ChurnEvidence, Evidence, ReadContact, RfmEvidence } from './evidence.js';
import { ABC_TO_TIER } from './ids.js';
import type { ClassificationPolicy } from './policy.js';
import { why, type ClassificationReason } from './reasons.js';
import type { ContactKind, DerivedDimensionId, DimensionResult } from './types.js';
import type { ValueModel } from './value.js';

type Reasons = ClassificationReason[];

function known<K extends DerivedDimensionId>(dimension: K, value: DimensionValue<K>, reasons: Reasons): DimensionResult<K> {
  return { dimension, known: true, value, source: 'derived', reasons } as DimensionResult<K>;
}

function unknown<K extends DerivedDimensionId>(dimension: K, reasons: Reasons): DimensionResult<K> {
  return { dimension, known: false, value: null, source: 'derived', reasons };
}

/** Rounded for a reason; an integer (every double of 2^52 or more is one) stays as it is, so nothing overflows. */
const rounded = (x: number, scale: number): number => (Number.isInteger(x) ? x : Math.round(x * scale) / scale);
const round1 = (x: number): number => rounded(x, 10);

/** Contacts that are part of a deal: the firm working on the customer or the customer answering. */
const DEAL_CONTACTS: ReadonlySet<ContactKind> = /* @__PURE__ */ new Set<ContactKind>(['call', 'visit', 'message', 'email', 'activity', 'quote_sent', 'quote_answered', 'interest']);
/** Contacts in which the customer shows interest. */
const POSITIVE_CONTACTS: ReadonlySet<ContactKind> = /* @__PURE__ */ new Set<ContactKind>(['quote_answered', 'interest']);

function purchasesReason(purchases: number, tenureDays: number): ClassificationReason {
  return tenureDays >= 365 ? why('purchases_over_years', { purchases, years: round1(tenureDays / 365.25) }) : why('purchases_over_days', { purchases, days: tenureDays });
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
    tx !== null && tx.purchaseDays >= loyal.minPurchases,
    tx === null ? null : level(tx.directed, tx.directedUnknown, loyal.minDirectedPurchases),
    tx === null ? null : level(tx.categories, tx.uncategorized, loyal.minCategories),
    ev.referrals === null ? null : ev.referrals >= loyal.minReferrals,
  ];
}

/**
 * Loyalty (seed 000): no purchase → `potential`; below the established thresholds → `new`; below
 * the loyal thresholds → `established`; then `loyal` when at least `minBehaviours` of the four
 * behaviours show (repeat always does at that point). A behaviour the facts cannot settle makes
 * the answer `unknown` only when it could change it.
 * @internal
 */
export function classifyLoyalty(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'loyalty'> {
  const tx = ev.tx;
  if (tx === null) return unknown('loyalty', [why('missing_transactions')]);
  const n = tx.purchaseDays;
  if (n === 0) return known('loyalty', 'potential', [why('no_purchase')]);
  const tenure = ev.asOfDay - tx.firstDay;
  const { established, loyal } = policy.loyalty;
  const head = purchasesReason(n, tenure);
  if (n < established.minPurchases || tenure < established.minTenureDays) {
    return known('loyalty', 'new', [head, why('below_established', { minPurchases: established.minPurchases, minDays: established.minTenureDays })]);
  }
  if (n < loyal.minPurchases || tenure < loyal.minTenureDays) {
    return known('loyalty', 'established', [head, why('below_loyal', { minPurchases: loyal.minPurchases, minDays: loyal.minTenureDays })]);
  }
  const behaviours = loyalBehaviours(ev, policy); // repeat is true here: n >= loyal.minPurchases
  let shown = 0;
  let unsure = 0;
  for (const b of behaviours) {
    if (b === true) shown++;
    else if (b === null) unsure++;
  }
  const reasons: Reasons = [head];
  if (tx.categories > 0) reasons.push(why('bought_categories', { count: tx.categories }));
  if (tx.directed > 0) reasons.push(why('directed_purchases', { count: tx.directed }));
  if (ev.referrals !== null && ev.referrals > 0) reasons.push(why('referred_customers', { count: ev.referrals }));
  const required = loyal.minBehaviours;
  if (shown >= required || shown + unsure < required) return known('loyalty', shown >= required ? 'loyal' : 'established', [...reasons, why('loyal_behaviours', { shown, required })]);
  const missing: Reasons = [];
  if (behaviours[1] === null) missing.push(why('missing_directed', { count: tx.directedUnknown }));
  if (behaviours[2] === null) missing.push(why('missing_categories', { count: tx.uncategorized }));
  if (behaviours[3] === null) missing.push(why('missing_referrals'));
  return unknown('loyalty', [...reasons, why('loyal_behaviours_undecided', { shown, unknown: unsure, required }), ...missing]);
}

/**
 * The churn window of a customer: fixed, or `multiplier` × its mean gap between purchase days,
 * clamped, from `minPurchases` purchase days on. A clamped window's reason says which bound it
 * took (`clamped: 'min' | 'max'`, `null` when not; `windowDays` is then that bound).
 * @internal
 */
export function churnWindow(tx: Evidence['tx'], policy: ClassificationPolicy): { days: number; reason: ClassificationReason } {
  const churn = policy.status.churn;
  const n = tx === null ? 0 : tx.purchaseDays;
  if (tx === null || churn.method === 'fixed' || n < churn.minPurchases) return { days: churn.days, reason: why('churn_window_fixed', { windowDays: churn.days }) };
  const meanGap = (tx.lastDay - tx.firstDay) / (n - 1);
  const raw = Math.round(churn.multiplier * meanGap);
  const window = Math.min(churn.maxDays, Math.max(churn.minDays, raw));
  // A window clamped to a bound says so (`clamped: 'min' | 'max'`, the bound being `windowDays`; `null`
  // when not): the product alone would not give it. Every reason of a code has the same parameter
  // names, which classifyAll's sharing of equal results relies on (intern.ts).
  return { days: window, reason: why('churn_window_rhythm', { windowDays: window, multiplier: churn.multiplier, meanGapDays: round1(meanGap), clamped: raw < window ? 'min' : raw > window ? 'max' : null }) };
}

/**
 * Status (seed 000): a buyer is `current` or `lost` — by a purchase model's churn signal when one
 * is given (the churn window's verdict is then stated beside it, and its disagreement named),
 * otherwise by its churn window; a non-buyer is `non_customer` (cannot buy), `target` (targeted,
 * or in sales contact) or `potential`.
 * @internal
 */
export function classifyStatus(ev: Evidence, policy: ClassificationPolicy, churn: ChurnEvidence | undefined): DimensionResult<'status'> {
  const tx = ev.tx;
  if (tx === null) return unknown('status', [why('missing_transactions')]);
  if (tx.purchaseDays > 0) {
    const since = ev.asOfDay - tx.lastDay;
    const window = churnWindow(tx, policy);
    const byWindow = since <= window.days ? 'current' : 'lost';
    const last = why('last_purchase', { days: since });
    if (churn === undefined) return known('status', byWindow, [last, window.reason]);
    const byModel = churn.likelyChurned ? 'lost' : 'current';
    const reasons: Reasons = [last, why('model_churn', { pAlive: churn.pAlive, threshold: churn.threshold }), window.reason];
    if (byWindow !== byModel) reasons.push(why('window_differs', { value: byWindow }));
    return known('status', byModel, reasons);
  }
  if (ev.canBuy === false) return known('status', 'non_customer', [why('no_purchase'), why('cannot_buy')]);
  if (ev.targeted === true) return known('status', 'target', [why('no_purchase'), why('targeted_by_firm')]);
  let sales = 0;
  for (const c of ev.contacts ?? []) if (DEAL_CONTACTS.has(c.kind)) sales++;
  if (sales > 0) return known('status', 'target', [why('no_purchase'), why('sales_contacts', { count: sales })]);
  if (ev.contacts !== null || ev.targeted === false) return known('status', 'potential', [why('no_purchase'), why('no_sales_activity')]);
  return unknown('status', [why('no_purchase'), why('missing_prospect_facts')]);
}

/**
 * Time state (seed 001): `present` with a purchase or a deal contact at most `presentDays` days
 * before asOf; otherwise `past` with any earlier purchase, `future` without (refunds alone are no
 * purchase: the facts hold no trade to be past), unless it cannot buy (`canBuy: false`: no time
 * state, `unknown`). Without a contact log only a recent purchase can decide.
 * @internal
 */
export function classifyTimeState(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'time_state'> {
  const windowDays = policy.timeState.presentDays;
  const tx = ev.tx;
  const last = tx === null || tx.purchaseDays === 0 ? null : tx.lastDay;
  if (last !== null && ev.asOfDay - last <= windowDays) return known('time_state', 'present', [why('recent_purchase', { days: ev.asOfDay - last, windowDays })]);
  // One who never bought and cannot buy is no customer of any time: not in a deal now, whatever
  // the contacts, nor a future one, who may buy.
  // Without transactions it is not known that it never bought: the reason says they are missing.
  if (last === null && ev.canBuy === false) return unknown('time_state', [why(tx === null ? 'missing_transactions' : 'no_purchase'), why('cannot_buy')]);
  let deal: ReadContact | undefined;
  for (const c of ev.contacts ?? []) if (DEAL_CONTACTS.has(c.kind)) deal = c;
  if (deal !== undefined && ev.asOfDay - deal.day <= windowDays) return known('time_state', 'present', [why('recent_contact', { days: ev.asOfDay - deal.day, windowDays })]);
  if (tx === null) return unknown('time_state', [why('missing_transactions')]);
  const history = last === null ? why('no_purchase') : why('last_purchase', { days: ev.asOfDay - last });
  if (ev.contacts === null) return unknown('time_state', [history, why('missing_contacts')]);
  return known('time_state', last === null ? 'future' : 'past', [history, why('no_recent_activity', { windowDays })]);
}

/**
 * Purchase intent (seed 002), from the contacts after the day of the last purchase (days are
 * compared, so a contact later on that day is not "since" it): `never` after `refusalsForNever`
 * refusals since the last sign of interest; an expected purchase date on or after asOf more than
 * `notNowBeyondDays` away → `not_now` (nearer, asOf itself included → `interested`; a date
 * already past, or one written on a refusal or before it, says nothing and the rules below
 * decide); the last quote with no reply (an answer, interest or a refusal after it) after
 * `replyWindowDays` → `quoted_no_reply`; interest or an answered quote with no refusal after it,
 * or a quote still in its reply window → `interested`; contacts without any of these, or a
 * refusal after the last sign of interest → `hesitating`. A complaint is no sign about buying: it
 * is not counted, and complaints alone leave the intent unknown.
 * @internal
 */
export function classifyPurchaseIntent(ev: Evidence, policy: ClassificationPolicy): DimensionResult<'purchase_intent'> {
  if (ev.contacts === null) return unknown('purchase_intent', [why('missing_contacts')]);
  const p = policy.purchaseIntent;
  const [count, lastPositive, refusals, expected, unanswered] = salesContacts(ev.contacts, ev);
  if (count === 0) return unknown('purchase_intent', [why('no_intent_contact')]);
  if (refusals >= p.refusalsForNever) return known('purchase_intent', 'never', [why('refusal_count', { count: refusals, required: p.refusalsForNever })]);
  if (expected !== undefined && expected.expectedDay! >= ev.asOfDay) {
    const days = expected.expectedDay! - ev.asOfDay;
    const r = why('expected_purchase', { date: dayToIso(expected.expectedDay!), days });
    return known('purchase_intent', days > p.notNowBeyondDays ? 'not_now' : 'interested', [r]);
  }
  if (unanswered !== undefined) {
    const age = ev.asOfDay - unanswered.day;
    const late = age > p.replyWindowDays;
    return known('purchase_intent', late ? 'quoted_no_reply' : 'interested', [why(late ? 'quote_no_reply' : 'quote_pending', { days: age, windowDays: p.replyWindowDays })]);
  }
  if (lastPositive !== undefined) {
    const days = ev.asOfDay - lastPositive.day;
    return known('purchase_intent', 'interested', [lastPositive.kind === 'interest' ? why('interest_shown', { days }) : why('quote_answered', { days })]);
  }
  const reasons: Reasons = [why('contacted_no_decision', { count })];
  if (refusals > 0) reasons.push(why('refusal_count', { count: refusals, required: p.refusalsForNever }));
  return known('purchase_intent', 'hesitating', reasons);
}

/**
 * What the sales contacts since the last purchase say, read in one walk: their count (complaints
 * left out), the last sign of interest with no refusal after it, the refusals since it, the last
 * contact naming an expected purchase day with no refusal after it, and the last quote sent if the
 * customer has not replied since (interest, an answer and a refusal are replies). A tuple, not an
 * object: `classify`'s bundle is at its budget.
 * @internal
 */
export type SalesContacts = readonly [
  count: number,
  lastPositive: ReadContact | undefined,
  refusals: number,
  expected: ReadContact | undefined,
  unanswered: ReadContact | undefined,
];

/**
 * The sales contacts since the last purchase day, in one walk: what the purchase-intent classifier
 * and `reconcile`'s lifecycle facts (contact count, a quote with no reply) both read, so the two
 * cannot count differently.
 * @internal
 */
export function salesContacts(contacts: readonly ReadContact[], ev: Evidence): SalesContacts {
  const since = ev.tx === null || ev.tx.purchaseDays === 0 ? -Infinity : ev.tx.lastDay;
  let count = 0;
  let lastPositive: ReadContact | undefined;
  let refusals = 0;
  let expected: ReadContact | undefined;
  let unanswered: ReadContact | undefined;
  for (const c of contacts) {
    // Contacts on the day of the last purchase are not since it (days, not instants, are compared).
    // A complaint is no sign about buying (nor is a purchase date written on one): it is not read.
    if (c.day <= since || c.kind === 'complaint') continue;
    count++;
    if (c.kind === 'quote_sent') unanswered = c;
    // Interest and a refusal each answer a quote sent before them.
    if (POSITIVE_CONTACTS.has(c.kind)) {
      lastPositive = c;
      refusals = 0;
      unanswered = undefined;
    }
    // A refusal outweighs the interest shown before it; the purchase date written on one is no plan to buy.
    if (c.kind === 'refusal') {
      refusals++;
      lastPositive = expected = unanswered = undefined;
    } else if (c.expectedDay !== null) expected = c;
  }
  return [count, lastPositive, refusals, expected, unanswered];
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
  if (refs !== null && refs >= e.minReferrals) return known('effectiveness', 'effective', [why('referred_customers', { count: refs })]);
  const reasons: Reasons = refs === null ? [] : [why('referred_customers', { count: refs })];
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
    // Finite: the profit sums amounts and the cost is one (each at most 1e30).
    const contribution = profit - cost;
    const r = why('profit_after_cost', { profit: contribution, cost });
    if (contribution > e.minContribution) return known('effectiveness', 'effective', [r, ...reasons.filter((x) => x.code !== 'referred_customers')]);
    if (refs !== null) return known('effectiveness', 'ineffective', [...reasons, r]);
    return unknown('effectiveness', [...reasons, r, ...missing]);
  }
  // A cost to serve is never negative: a profit at most the minimum before it stays so after it.
  if (profit !== null && profit <= e.minContribution && refs !== null) return known('effectiveness', 'ineffective', [...reasons, why('profit_before_cost', { profit })]);
  return unknown('effectiveness', [...reasons, ...missing]);
}

/** The params of a value reason: the value, the thresholds and which of them exist (`cut`). */
function valueParams(value: number, model: ValueModel): MessageParams {
  const cut = model.aMin !== null ? (model.bMin !== null ? 'ab' : 'a') : model.bMin !== null ? 'b' : 'none';
  return { value, aMin: model.aMin, bMin: model.bMin, cut };
}

/**
 * ABC class and value tier from a fitted {@link ValueModel}: a positive value at least `aMin` →
 * `a`, at least `bMin` → `b`, else `c`; the tier follows the class (`a → vip`, `b → key`,
 * `c → ordinary`).
 * @internal
 */
export function classifyValue(ev: Evidence, model: ValueModel | undefined): { abc: DimensionResult<'abc_class'>; tier: DimensionResult<'value_tier'> } {
  const fail = (reasons: Reasons): { abc: DimensionResult<'abc_class'>; tier: DimensionResult<'value_tier'> } => ({ abc: unknown('abc_class', reasons), tier: unknown('value_tier', reasons) });
  if (ev.tx === null) return fail([why('missing_transactions')]);
  if (model === undefined) return fail([why('missing_value_model')]);
  const value = model.basis === 'revenue' ? ev.tx.revenue : ev.tx.profit;
  if (value === null) return fail([why('missing_profit')]);
  const cls = value > 0 && model.aMin !== null && value >= model.aMin ? 'a' : value > 0 && model.bMin !== null && value >= model.bMin ? 'b' : 'c';
  const r = why(model.basis === 'revenue' ? 'value_revenue' : 'value_profit', valueParams(value, model));
  return {
    abc: known('abc_class', cls, [r]),
    tier: known('value_tier', ABC_TO_TIER[cls], [why('value_tier_of_class', { class: cls }), r]),
  };
}

/**
 * Patronage level (seed 003): no purchase → `passer_by`; a buyer → `customer`; `regular` with
 * enough purchase days in the window (the `windowDays` calendar days ending with asOf: a purchase
 * exactly `windowDays` days before asOf is outside it, unlike the edges of `present` and churn);
 * `honored` when also of a high enough value tier; `devotee` when also loyal enough.
 * @internal
 */
export function classifyPatronage(
  ev: Evidence,
  policy: ClassificationPolicy,
  tier: DimensionResult<'value_tier'>,
  loyaltyResult: DimensionResult<'loyalty'>,
): DimensionResult<'patronage_level'> {
  const tx = ev.tx;
  if (tx === null) return unknown('patronage_level', [why('missing_transactions')]);
  if (tx.purchaseDays === 0) return known('patronage_level', 'passer_by', [why('no_purchase')]);
  const { regular, honored, devotee } = policy.patronage;
  const r = why('regular_days', { count: tx.recentDays, windowDays: regular.windowDays, min: regular.minPurchaseDays });
  if (tx.recentDays < regular.minPurchaseDays) return known('patronage_level', 'customer', [r]);
  const reasons: Reasons = [r];
  // Honored asks for a value tier, devotee for loyalty: below the minimum, the level before it.
  const steps = [
    ['value_tier', tier, honored.minValueTier, 'regular'],
    ['loyalty', loyaltyResult, devotee.minLoyalty, 'honored'],
  ] as const;
  for (const [dimension, result, min, below] of steps) {
    if (result.known) {
      reasons.push(why('dependency_value', { dimension, value: result.value }));
      if (rank(dimension, result.value as never) < rank(dimension, min as never)) return known('patronage_level', below, reasons);
      // A dependency whose minimum is its lowest rank asks nothing: missing, it changes no answer.
    } else if (rank(dimension, min as never) > 0) return unknown('patronage_level', [...reasons, why('missing_dependency', { dimension })]);
  }
  return known('patronage_level', 'devotee', reasons);
}

/**
 * What the standard RFM segments (docs/scoring.md) claim about the taxonomy, by their names:
 * champions and loyal customers are `loyal`, new customers `new`, lost customers `lost`. The one
 * place where an RFM segment meets a taxonomy verdict (docs/classification.md, "One customer,
 * one story"). Other segments claim nothing.
 * @internal
 */
export const RFM_CLAIMS: ReadonlyMap<string, { readonly dimension: 'loyalty' | 'status'; readonly value: string }> = /* @__PURE__ */ new Map(
  [
    ['champions', { dimension: 'loyalty', value: 'loyal' }],
    ['loyal_customers', { dimension: 'loyalty', value: 'loyal' }],
    ['new_customers', { dimension: 'loyalty', value: 'new' }],
    ['lost', { dimension: 'status', value: 'lost' }],
  ] as const satisfies readonly (readonly [RfmSegmentId, { readonly dimension: 'loyalty' | 'status'; readonly value: string }])[],
);

/**
 * Adds the RFM evidence to the dimension its segment claims something about: `rfm_agrees` when
 * the verdict is the claim, `rfm_differs` (with the claimed value) when not — the verdict itself
 * never changes. Returns the result unchanged when the segment claims nothing.
 * @internal
 */
export function withRfm<K extends 'loyalty' | 'status'>(result: DimensionResult<K>, rfm: RfmEvidence | undefined): DimensionResult<K> {
  if (rfm === undefined) return result;
  const claim = RFM_CLAIMS.get(rfm.segment);
  if (claim === undefined || claim.dimension !== result.dimension) return result;
  const base = { segment: rfm.segment, r: rfm.r, f: rfm.f, m: rfm.m };
  const reason = result.known && result.value === claim.value ? why('rfm_agrees', base) : why('rfm_differs', { ...base, dimension: claim.dimension, value: claim.value });
  return { ...result, reasons: [...result.reasons, reason] };
}
