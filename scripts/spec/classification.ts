/**
 * The classification's conformance vectors: `classify(facts, { asOf, policy, valueModel })` on
 * facts placed on, just before and just after each threshold of the default policy (read from
 * `DEFAULT_CLASSIFICATION_POLICY`, so the vectors follow it), on missing facts, and under a host's
 * policy and a value model; the expected answer is each dimension's value, source and reasons as
 * data. All computed by the library.
 */
import { classify, DEFAULT_CLASSIFICATION_POLICY as P, DERIVED_DIMENSIONS, fitValueModel, type ClassificationPolicyInput, type CustomerFacts } from '../../src/index.js';
import type { ContactFact, PurchaseFact } from '../../src/classify/types.js';

const AS_OF = '2024-07-01';
const DAY = 86_400_000;
const asOfMs = Date.parse(`${AS_OF}T00:00:00Z`);
/** The ISO date `n` days before asOf (after it when negative). */
const ago = (n: number): string => new Date(asOfMs - n * DAY).toISOString().slice(0, 10);
const buys = (daysAgo: readonly number[], extra: Partial<PurchaseFact> = {}): PurchaseFact[] => daysAgo.map((d) => ({ at: ago(d), amount: 100, ...extra }));
const contact = (daysAgo: number, kind: ContactFact['kind'], expectedInDays?: number): ContactFact =>
  expectedInDays === undefined ? { at: ago(daysAgo), kind } : { at: ago(daysAgo), kind, expectedPurchaseAt: ago(-expectedInDays) };
/** `n` purchase days spread evenly over `tenure` days, the last today. */
const spread = (n: number, tenure: number): number[] => Array.from({ length: n }, (_, i) => Math.round(tenure - (i * tenure) / (n - 1)));

interface Case {
  readonly name: string;
  readonly facts: CustomerFacts;
  readonly policy?: ClassificationPolicyInput;
  readonly valueModel?: boolean;
}

const est = P.loyalty.established;
const loyal = P.loyalty.loyal;
const churn = P.status.churn;
const present = P.timeState.presentDays;
const intent = P.purchaseIntent;
const regular = P.patronage.regular;
/** Enough purchases over enough time to be loyal, with `referrals` referrals and `categories` categories (the loyal behaviours). */
const loyalFacts = (referrals: number, categories = loyal.minCategories): CustomerFacts => ({
  transactions: spread(loyal.minPurchases, loyal.minTenureDays).map((d, i) => ({ at: ago(d), amount: 100, category: `k${i % categories}`, directed: i < loyal.minDirectedPurchases })),
  referrals: Array.from({ length: referrals }, (_, i) => ({ at: ago(10 + i) })),
  contacts: [],
});
/** A rhythm of purchases every `gap` days, the last `last` days ago. */
const rhythm = (count: number, gap: number, last: number): PurchaseFact[] => buys(Array.from({ length: count }, (_, i) => last + i * gap));
const window = Math.min(churn.maxDays, Math.max(churn.minDays, churn.multiplier * 40));

const CASES: readonly Case[] = [
  { name: 'nothing known', facts: {} },
  { name: 'known to have bought nothing, no contact', facts: { transactions: [], contacts: [] } },
  { name: 'refunds only', facts: { transactions: [{ at: ago(10), amount: -50 }], contacts: [] } },
  { name: 'cannot buy', facts: { transactions: [], contacts: [], canBuy: false } },
  { name: 'targeted, never contacted', facts: { transactions: [], contacts: [], targeted: true } },
  { name: 'facts after asOf are left out', facts: { transactions: buys([-3]), contacts: [contact(-1, 'call')] } },
  // loyalty
  { name: `established at exactly ${est.minPurchases} purchases over ${est.minTenureDays} days`, facts: { transactions: buys([est.minTenureDays, 0]) } },
  { name: `new one day short of ${est.minTenureDays} days`, facts: { transactions: buys([est.minTenureDays - 1, 0]) } },
  { name: 'new: purchases on one day count once', facts: { transactions: buys([0, 0, 0]) } },
  { name: 'loyal: purchases, tenure and every behaviour', facts: loyalFacts(loyal.minReferrals) },
  { name: 'loyal: purchases and tenure, behaviours at the minimum without a referral', facts: loyalFacts(loyal.minReferrals - 1) },
  { name: 'loyal thresholds met but one behaviour short', facts: loyalFacts(loyal.minReferrals - 1, loyal.minCategories - 1) },
  // status
  ...[window - 1, window, window + 1].map((last) => ({ name: `a purchase every 40 days, the last ${last} days ago (churn window ${window})`, facts: { transactions: rhythm(churn.minPurchases, 40, last) } })),
  ...[churn.days, churn.days + 1].map((last) => ({ name: `too few purchases for a rhythm, the last ${last} days ago (fixed window ${churn.days})`, facts: { transactions: buys([last]) } })),
  { name: 'the fixed churn method of a host (90 days)', facts: { transactions: rhythm(4, 10, 91) }, policy: { status: { churn: { method: 'fixed', days: 90 } } } },
  // time state
  ...[present, present + 1].map((d) => ({ name: `last purchase ${d} days ago (present within ${present})`, facts: { transactions: buys([d]), contacts: [] } })),
  ...[present, present + 1].map((d) => ({ name: `never bought, last contact ${d} days ago`, facts: { transactions: [], contacts: [contact(d, 'call')] } })),
  { name: 'a host present window of 60 days', facts: { transactions: buys([45]), contacts: [] }, policy: { timeState: { presentDays: 60 } } },
  // purchase intent
  ...[intent.replyWindowDays, intent.replyWindowDays + 1].map((d) => ({ name: `a quote sent ${d} days ago, unanswered (reply window ${intent.replyWindowDays})`, facts: { transactions: [], contacts: [contact(d, 'quote_sent')] } })),
  { name: 'a quote sent and answered', facts: { transactions: [], contacts: [contact(10, 'quote_sent'), contact(8, 'quote_answered')] } },
  { name: `${intent.refusalsForNever} refusals`, facts: { transactions: [], contacts: Array.from({ length: intent.refusalsForNever }, (_, i) => contact(5 + i, 'refusal')) } },
  { name: `${intent.refusalsForNever - 1} refusal`, facts: { transactions: [], contacts: [contact(5, 'refusal')] } },
  ...[intent.notNowBeyondDays, intent.notNowBeyondDays + 1].map((d) => ({ name: `interest, expecting to buy in ${d} days`, facts: { transactions: [], contacts: [contact(2, 'interest', d)] } })),
  { name: 'a complaint after a purchase', facts: { transactions: buys([20]), contacts: [contact(5, 'complaint')] } },
  // effectiveness
  { name: 'profitable with a referral and a cost to serve', facts: { transactions: buys([100, 50, 10], { profit: 40 }), referrals: [{ at: ago(30) }], costToServe: 60 } },
  { name: 'costs more to serve than it brings', facts: { transactions: buys([100, 50], { profit: 10 }), referrals: [], costToServe: 60 } },
  { name: 'cost to serve not given', facts: { transactions: buys([100, 50], { profit: 10 }), referrals: [] } },
  // patronage
  { name: `${regular.minPurchaseDays} purchase days within ${regular.windowDays} days`, facts: { transactions: buys(spread(regular.minPurchaseDays, regular.windowDays - 1)) } },
  { name: `${regular.minPurchaseDays} purchase days, one outside ${regular.windowDays} days`, facts: { transactions: buys(spread(regular.minPurchaseDays, regular.windowDays + 1)) } },
  // value
  ...[1000, 300, 120, 10, 0].map((amount) => ({ name: `value model: net revenue ${amount}`, facts: { customerId: `v${amount}`, transactions: [{ at: ago(20), amount }] }, valueModel: true })),
  { name: 'value model, a loyal customer worth the most: a devotee', facts: { ...loyalFacts(loyal.minReferrals), transactions: loyalFacts(1).transactions!.map((t) => ({ ...t, amount: 200 })) }, valueModel: true },
  // given
  { name: 'host-given dimensions are carried through', facts: { transactions: [], given: { relationship_to_firm: 'consumer' } } },
];

/** The population the value model of the vectors is fitted on (net revenue per customer). */
const POPULATION = [1000, 600, 300, 120, 60, 30, 10].map((value, i) => ({ customerId: `p${i}`, value }));

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The conformance vectors of `classify`. */
export function classificationVectors() {
  const valueModel = fitValueModel(POPULATION);
  return {
    description:
      "classify(facts, { asOf, policy, valueModel }) with facts on, before and after each threshold of the default classification policy (policies.json), missing facts, a host's policy and a value model fitted with fitValueModel on `population`. expect holds each derived dimension's known, value, source and reasons ({ code, params }), in the taxonomy's order; for facts with `given` values, every dimension (a host-given dimension not given is unknown, value_not_given).",
    asOf: AS_OF,
    population: POPULATION,
    valueModel: plain(valueModel),
    cases: CASES.map(({ name, facts, policy, valueModel: withModel }) => {
      const profile = classify(facts, { asOf: AS_OF, ...(policy === undefined ? {} : { policy }), ...(withModel === true ? { valueModel } : {}) });
      return {
        name,
        facts,
        ...(policy === undefined ? {} : { policy }),
        ...(withModel === true ? { valueModel: true } : {}),
        expect: Object.fromEntries(
          Object.entries(profile.dimensions)
            .filter(([id]) => facts.given !== undefined || (DERIVED_DIMENSIONS as readonly string[]).includes(id))
            .map(([id, d]) => [id, plain({ known: d.known, value: d.value, source: d.source, reasons: d.reasons })]),
        ),
      };
    }),
  };
}
