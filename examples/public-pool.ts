/**
 * A nightly public-pool (公海) job: which customers return to the pool, whose owners to remind,
 * what to do with each customer meanwhile, and whether a previous owner may claim one back.
 * Run with `npx tsx examples/public-pool.ts`.
 */
import assert from 'node:assert/strict';
import { canClaim, playbook, reclaimStatus, validatePoolPolicy, type PoolFacts, type PurchaseIntent } from 'crm-taxonomy';

// Rules as the admin stored them (JSON): VIPs get 90 days, everyone else 31, a week's no-reclaim.
const policy = validatePoolPolicy(
  JSON.parse(
    '{"rules":[{"id":"vip","kind":"no_followup","days":90,"valueTiers":["vip"]},{"id":"others","kind":"no_followup","days":31,"valueTiers":["key","ordinary"]}],"remindDaysBefore":2,"noReclaimDays":7}',
  ),
);

const customers: (PoolFacts & { name: string; owner: string; intent: PurchaseIntent })[] = [
  { name: '华东建材', owner: 'li', claimedAt: '2026-04-01', lastFollowUpAt: '2026-05-20', valueTier: 'key', intent: 'quoted_no_reply' },
  { name: '北方物流', owner: 'wang', claimedAt: '2026-05-01', lastFollowUpAt: '2026-05-21', valueTier: 'ordinary', intent: 'hesitating' },
  { name: '南山科技', owner: 'li', claimedAt: '2026-03-01', lastFollowUpAt: '2026-04-01', valueTier: 'vip', intent: 'not_now' },
];

const asOf = '2026-06-21';
for (const c of customers) {
  const status = reclaimStatus(c, { asOf, policy, timeZone: 'Asia/Shanghai' });
  const action = status.due ? 'back to the pool' : status.remind ? `remind ${c.owner}` : `${status.daysLeft} days left`;
  console.log(`${c.name}: ${action} (${status.reasons[0]?.message['zh-Hans']})`);
  if (!status.due) console.log(`  next step: ${playbook('purchase_intent', c.intent, 'zh-Hans')?.treatment}`);
}

assert.equal(reclaimStatus(customers[0]!, { asOf, policy }).due, true);
assert.equal(reclaimStatus(customers[1]!, { asOf, policy }).remind, true);
assert.equal(reclaimStatus(customers[2]!, { asOf, policy }).daysLeft, 10);

// The customer went back to the pool on 2026-06-20; its previous owner tries to claim it back.
const claim = canClaim({ claimant: 'li', previousOwner: 'li', releasedAt: '2026-06-20' }, { asOf, policy });
console.log(claim.reason.message.en);
assert.equal(claim.allowed, false);
assert.equal(claim.allowedFrom, '2026-06-27');
