/**
 * Classify customers and run the nightly reconcile job: a profile with reasons in the chosen
 * locale, a population in one pass, and the event records to write.
 * Run with `npx tsx examples/classify.ts [--locale zh-Hans]`.
 */
import assert from 'node:assert/strict';
import { classify, classifyAll, explain, label, message, reconcile, resolveLocale, taxonomy, type CustomerFacts, type DimensionId } from 'crm-taxonomy';
import { localeArgument } from './support/args.js';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

const locale = localeArgument();
// English is built in; Chinese comes from the locale modules, passed with the locale.
const text = { locale, texts: [zhHans, zhHant] };
/** The example's own words; everything else is the library's. */
const WORDS = {
  en: { write: 'write: ', review: 'review: ', via: (event: string) => ` (${event})` },
  'zh-Hans': { write: '写入：', review: '人工复核：', via: (event: string) => `（${event}）` },
  'zh-Hant': { write: '寫入：', review: '人工複核：', via: (event: string) => `（${event}）` },
} as const;
const say = WORDS[resolveLocale(locale, Object.keys(WORDS)) as keyof typeof WORDS];
// Amounts are integer fen (CNY cents): they sum exactly and render as money.
const money = { currency: 'CNY', minorUnitExponent: 2 } as const;

// #region profile
const facts: CustomerFacts = {
  customerId: 'c-1042',
  transactions: [
    { at: '2022-03-01', amount: 12000, category: 'tea', directed: true },
    { at: '2022-09-14', amount: 8000, category: 'teaware' },
    { at: '2023-02-20', amount: 15000, category: 'tea', directed: true },
    { at: '2023-08-02', amount: 6000, category: 'snacks' },
    { at: '2024-01-11', amount: 9000, category: 'tea' },
    { at: '2024-05-18', amount: 11000, category: 'tea' },
  ],
  contacts: [{ at: '2024-06-20', kind: 'call', expectedPurchaseAt: '2024-10-01' }],
  referrals: [{ at: '2023-05-01' }],
  given: { relationship_to_firm: 'consumer', position: 'external' },
};
const profile = classify(facts, { asOf: '2024-06-30' });
for (const dimension of ['loyalty', 'status', 'purchase_intent', 'effectiveness'] as const) {
  console.log(explain(profile.dimensions[dimension], { ...text, money }));
}
assert.equal(profile.dimensions.loyalty.value, 'loyal');
assert.equal(profile.dimensions.purchase_intent.value, 'not_now');
// #endregion profile

// #region batch
const rows = [
  { user: 'u1', day: '2024-01-03', cents: 12000 },
  { user: 'u2', day: '2023-05-20', cents: 3000 },
  { user: 'u1', day: '2024-05-28', cents: 8000 },
];
const { profiles } = classifyAll(rows, {
  asOf: '2024-06-30',
  accessors: { customerId: (r) => r.user, at: (r) => r.day, amount: (r) => r.cents },
});
for (const p of profiles) console.log(p.customerId, label('status', p.dimensions.status.value!, text), label('abc_class', p.dimensions.abc_class.value!, text));
assert.deepEqual(profiles.map((p) => p.dimensions.status.value), ['current', 'lost']);
// #endregion batch

// #region nightly
const night = reconcile({ status: 'current', loyalty: 'established' }, facts, { asOf: '2024-06-30', actor: 'nightly-classify' });
// An event record holds ids (stored as they are); shown, they are the labels of the locale.
for (const e of night.events) {
  const dimension = e.machine as DimensionId;
  const value = (id: string): string => label(dimension, id as never, text);
  console.log(`${say.write}${taxonomy.dimensionLabel(dimension, text)} ${value(e.from)} → ${value(e.to)}${say.via(message({ code: `machine.${e.machine}.${e.event}.label` }, text))}`);
}
for (const r of night.refused) console.log(`${say.review}${message(r, text)}`);
assert.deepEqual(reconcile({ status: 'current', loyalty: 'loyal' }, facts, { asOf: '2024-06-30' }).events, []);
// #endregion nightly
