/**
 * A nightly public-pool (公海) job: which customers return to the pool, whose owners to remind,
 * what to do with each customer meanwhile, and whether a previous owner may claim one back.
 * The policy is WukongCRM 11's way (calendar days in Shanghai), stored by the admin as JSON.
 * Run with `npx tsx examples/public-pool.ts [--locale zh-Hans]`.
 */
import assert from 'node:assert/strict';
import { message, resolveLocale, type MessageParams, type PurchaseIntent } from 'crm-taxonomy';
import { playbook } from 'crm-taxonomy/playbook';
import { canClaim, reclaimStatus, type PoolFacts, type PoolPolicyInput } from 'crm-taxonomy/pool';
import { localeArgument } from './support/args.js';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

const locale = localeArgument();
// English is built in; Chinese comes from the locale modules, passed with the locale.
const text = { locale, texts: [zhHans, zhHant] };

/** The example's own words; the reasons and the treatments are the library's. A rule id is a code: shown quoted. */
const zhHansWords = {
  sep: '：',
  join: '；',
  due: '退回公海',
  remind: (owner: string) => `提醒 ${owner}`,
  left: (days: string) => `还剩 ${days} 天`,
  next: '下一步：',
  rule: (id: string) => `“${id}”`,
  aside: (s: string) => `（${s}）`,
};
const WORDS = {
  en: {
    sep: ': ',
    join: '; ',
    due: 'back to the public pool',
    remind: (owner: string) => `remind ${owner}`,
    left: (days: string) => `${days} ${days === '1' ? 'day' : 'days'} left`,
    next: 'next step: ',
    rule: (id: string) => `“${id}”`,
    aside: (s: string) => ` (${s})`,
  },
  'zh-Hans': zhHansWords,
  // Traditional Chinese differs in two words and in its quotation marks.
  'zh-Hant': { ...zhHansWords, left: (days: string) => `還剩 ${days} 天`, rule: (id: string) => `「${id}」` },
} as const;
const say = WORDS[resolveLocale(locale, Object.keys(WORDS)) as keyof typeof WORDS];
const count = new Intl.NumberFormat(resolveLocale(locale));
/** A reason of the library with its rule id shown as an id. */
const reason = (r: { readonly code: string; readonly params?: MessageParams }): string =>
  message(typeof r.params?.rule === 'string' ? { ...r, params: { ...r.params, rule: say.rule(r.params.rule) } } : r, text);

// Rules as the admin stored them: VIPs get 90 days without a follow-up, everyone else 31; a
// reminder from 2 days before; a released customer waits 7 days for its previous owner. Every
// function that takes a policy checks it: a bad one throws a CrmTaxonomyError naming the field.
const policy = JSON.parse(`{
  "counting": "calendar_days",
  "timeZone": "Asia/Shanghai",
  "remindDaysBefore": 2,
  "rules": [
    { "id": "vip", "conditions": [{ "kind": "no_followup", "days": 90 }], "valueTiers": ["vip"] },
    { "id": "others", "conditions": [{ "kind": "no_followup", "days": 31 }], "valueTiers": ["key", "ordinary"] }
  ],
  "claim": { "previousOwnerWaitDays": 7 }
}`) as PoolPolicyInput;

const customers: (PoolFacts & { name: string; owner: string; intent: PurchaseIntent })[] = [
  { name: '华东建材', owner: 'li', receivedAt: '2026-04-01', lastFollowUpAt: '2026-05-20', valueTier: 'key', intent: 'quoted_no_reply' },
  { name: '北方物流', owner: 'wang', receivedAt: '2026-05-01', lastFollowUpAt: '2026-05-21', valueTier: 'ordinary', intent: 'hesitating' },
  { name: '南山科技', owner: 'li', receivedAt: '2026-03-01', lastFollowUpAt: '2026-04-01', valueTier: 'vip', intent: 'not_now' },
];

const asOf = '2026-06-21';
const statuses = customers.map((c) => reclaimStatus(c, { asOf, policy }));
customers.forEach((c, i) => {
  const status = statuses[i]!;
  const action = status.due ? say.due : status.remind ? say.remind(c.owner) : say.left(count.format(status.daysLeft ?? 0));
  console.log(`${c.name}${say.sep}${action}${say.aside(status.reasons.map(reason).join(say.join))}`);
  if (!status.due) console.log(`  ${say.next}${playbook('purchase_intent', c.intent, text)?.treatment}`);
});
assert.deepEqual(statuses.map((s) => [s.due, s.remind, s.daysLeft]), [[true, false, 0], [false, true, 1], [false, false, 10]]);

// The first customer went back to the pool on 2026-06-21; its previous owner tries to claim it back.
const claim = canClaim({ claimant: 'li', previousOwner: 'li', releasedAt: '2026-06-21' }, { asOf, policy });
console.log(message(claim, text));
assert.equal(claim.ok, false);
assert.equal(claim.allowedFrom, '2026-06-29');
