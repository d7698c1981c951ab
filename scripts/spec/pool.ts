/**
 * The public pool's conformance vectors: `reclaimStatus` (due or not, the due day, days left, the
 * reminder, exemptions, each rule's judgement and the reasons as data) on and around every
 * boundary day of WukongCRM's and CordysCRM's rules, and `canClaim` on and around each wait, the
 * daily limit and the quota, under both ways of counting days. All computed by the library.
 */
import { canClaim, reclaimStatus, type ClaimRequest, type PoolFacts, type PoolPolicyInput } from '../../src/pool/index.js';

interface Case<I> {
  readonly name: string;
  readonly input: I;
  readonly asOf: string;
  readonly policy?: PoolPolicyInput;
}

/** WukongCRM 11: 31 calendar days without a follow-up, a reminder from 2 days before. */
const CALENDAR: PoolPolicyInput = { counting: 'calendar_days', rules: [{ id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }] }] };
/** Rules by level: VIP customers 15 days, A-class 10 days without an opportunity, the rest 31 days without a follow-up. */
const LEVELS: PoolPolicyInput = {
  counting: 'calendar_days',
  remindDaysBefore: 0,
  rules: [
    { id: 'vip', valueTiers: ['vip'], conditions: [{ kind: 'no_followup', days: 15 }] },
    { id: 'class_a', abcClasses: ['a'], exemptWithOpportunity: true, conditions: [{ kind: 'no_opportunity', days: 10 }] },
    { id: 'everyone', conditions: [{ kind: 'no_followup', days: 31 }], exemptWithDeal: false },
  ],
};
/** CordysCRM: conditions on times, weeks and months, windows and stages (elapsed time). */
const CORDYS: PoolPolicyInput = {
  counting: 'elapsed_time',
  remindDaysBefore: 0,
  rules: [
    { id: 'stale', exemptWithDeal: false, conditions: [{ kind: 'older_than', time: 'followed_up', amount: 1, unit: 'month' }, { kind: 'older_than', time: 'created', amount: 2, unit: 'week' }] },
    { id: 'spring', exemptWithDeal: false, conditions: [{ kind: 'between', time: 'created_or_received', from: '2026-03-01', to: '2026-03-31' }, { kind: 'older_than', time: 'received', amount: 10, unit: 'day' }] },
    { id: 'stalled', exemptWithDeal: false, conditions: [{ kind: 'opportunity_stage', stages: ['lost', 'paused'], in: true }] },
  ],
};
const SHANGHAI: PoolPolicyInput = { ...CALENDAR, timeZone: 'Asia/Shanghai' };

const RECLAIM: readonly Case<PoolFacts>[] = [
  // The default policy (WukongCRM 9): elapsed time, 31 days without a follow-up, 3 days without a deal after a pool claim.
  ...['2026-03-28T09:00:00Z', '2026-03-30T09:00:00Z', '2026-04-01T08:59:59.999Z', '2026-04-01T09:00:00Z', '2026-04-01T09:00:00.001Z', '2026-04-02'].map((asOf) => ({ name: `default policy, received 2026-03-01T09:00Z, as of ${asOf}`, input: { receivedAt: '2026-03-01T09:00:00Z' }, asOf })),
  { name: 'default policy, a follow-up after the receipt counts', input: { receivedAt: '2026-03-01T09:00:00Z', lastFollowUpAt: '2026-03-20T12:00:00Z' }, asOf: '2026-04-15' },
  { name: 'default policy, a follow-up before the receipt does not count', input: { receivedAt: '2026-03-01T09:00:00Z', lastFollowUpAt: '2026-02-20' }, asOf: '2026-04-01T10:00:00Z' },
  ...['2026-05-04T08:59:59Z', '2026-05-04T09:00:00Z', '2026-05-04T09:00:01Z'].map((asOf) => ({ name: `default policy, taken from the pool 2026-05-01T09:00Z, as of ${asOf}`, input: { receivedAt: '2026-05-01T09:00:00Z', receivedFromPool: true }, asOf })),
  { name: 'default policy, taken from the pool with a deal: exempt', input: { receivedAt: '2026-05-01', receivedFromPool: true, hasDeal: true }, asOf: '2026-12-31' },
  { name: 'default policy, locked: exempt', input: { receivedAt: '2026-01-01', locked: true }, asOf: '2026-12-31' },
  // WukongCRM 11: calendar days.
  ...['2026-04-07', '2026-04-08', '2026-04-10', '2026-04-10T23:59:59Z', '2026-04-11', '2026-04-12'].map((asOf) => ({ name: `calendar days, followed up 2026-03-10, as of ${asOf}`, input: { receivedAt: '2026-03-01', lastFollowUpAt: '2026-03-10' }, asOf, policy: CALENDAR })),
  { name: 'calendar days, received late in the day', input: { receivedAt: '2026-03-01T23:59:00Z' }, asOf: '2026-04-01', policy: CALENDAR },
  { name: 'calendar days in Asia/Shanghai, received on the 2nd there, as of the first instant of the due day there', input: { receivedAt: '2026-03-01T16:30:00Z' }, asOf: '2026-04-02T16:00:00Z', policy: SHANGHAI },
  { name: 'calendar days in Asia/Shanghai, received on the 2nd there, as of the last second of the day before there', input: { receivedAt: '2026-03-01T16:30:00Z' }, asOf: '2026-04-02T16:00:01+08:00', policy: SHANGHAI },
  // Levels.
  ...[undefined, 'ordinary', 'vip'].flatMap((valueTier) =>
    [undefined, 'a', 'c'].map((abcClass) => ({
      name: `rules by level, valueTier ${valueTier ?? 'absent'}, abcClass ${abcClass ?? 'absent'}`,
      input: { receivedAt: '2026-03-01', lastFollowUpAt: '2026-03-05', ...(valueTier === undefined ? {} : { valueTier }), ...(abcClass === undefined ? {} : { abcClass }) } as PoolFacts,
      asOf: '2026-03-12',
      policy: LEVELS,
    })),
  ),
  { name: 'rules by level, an A-class customer with an opportunity is exempt from its rule', input: { receivedAt: '2026-03-01', abcClass: 'a', hasOpportunity: true }, asOf: '2026-04-30', policy: LEVELS },
  { name: 'rules by level, an A-class customer whose only opportunity was deleted is due by its no_opportunity rule (WukongCRM 11 type 2 never reads business_handle)', input: { receivedAt: '2026-03-01', abcClass: 'a', hasOpportunity: false, hasAnyOpportunity: true }, asOf: '2026-04-30', policy: LEVELS },
  { name: 'a no_deal rule with exemptWithOpportunity: a customer whose only opportunity was deleted stays exempt (business_handle counts every row)', input: { receivedAt: '2026-03-01', hasOpportunity: false, hasAnyOpportunity: true }, asOf: '2026-04-30', policy: { counting: 'calendar_days', rules: [{ id: 'no_deal', exemptWithOpportunity: true, conditions: [{ kind: 'no_deal', days: 10 }] }] } },
  { name: 'rules by level, a deal exempts from the rules that exempt deals only', input: { receivedAt: '2026-03-01', valueTier: 'vip', abcClass: 'a', hasDeal: true }, asOf: '2026-04-30', policy: LEVELS },
  // CordysCRM.
  ...['2026-02-14T00:00:00Z', '2026-02-14T00:00:01Z', '2026-02-28T12:00:00Z', '2026-03-01T00:00:01Z'].map((asOf) => ({ name: `CordysCRM, created 2026-01-31, followed up then, as of ${asOf} (a month from 31 January)`, input: { receivedAt: '2026-01-31T00:00:00Z', createdAt: '2026-01-31T00:00:00Z', lastFollowUpAt: '2026-01-31T00:00:00Z' }, asOf, policy: CORDYS })),
  { name: 'CordysCRM, never followed up', input: { receivedAt: '2026-02-01', createdAt: '2026-02-01' }, asOf: '2026-02-16', policy: CORDYS },
  { name: 'CordysCRM, received in the window, 10 days passed', input: { receivedAt: '2026-03-05', createdAt: '2025-12-01', lastFollowUpAt: '2026-03-14' }, asOf: '2026-03-16', policy: CORDYS },
  { name: 'CordysCRM, outside the window', input: { receivedAt: '2026-04-05', createdAt: '2026-04-01', lastFollowUpAt: '2026-04-10' }, asOf: '2026-04-20', policy: CORDYS },
  { name: 'CordysCRM, a listed stage', input: { receivedAt: '2026-04-05', createdAt: '2026-04-01', lastFollowUpAt: '2026-04-10', opportunityStage: 'paused' }, asOf: '2026-04-11', policy: CORDYS },
  { name: 'CordysCRM, an unlisted stage', input: { receivedAt: '2026-04-05', createdAt: '2026-04-01', lastFollowUpAt: '2026-04-10', opportunityStage: 'proposal' }, asOf: '2026-04-11', policy: CORDYS },
];

const WAIT: PoolPolicyInput = { counting: 'calendar_days', claim: { previousOwnerWaitDays: 7, dailyLimit: 20 }, quota: { owned: 100 } };
const ELAPSED_WAIT: PoolPolicyInput = { counting: 'elapsed_time', claim: { previousOwnerWaitDays: 2, newInPoolWaitDays: 1 } };
const REQUEST: ClaimRequest = { claimant: 'li', previousOwner: 'li', releasedAt: '2026-06-05', claimedToday: 0, owned: 10 };

const CLAIMS: readonly Case<ClaimRequest>[] = [
  { name: 'the default policy allows any claim', input: { claimant: 'li' }, asOf: '2026-06-05' },
  ...['2026-06-05', '2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14'].map((asOf) => ({ name: `previous owner, released 2026-06-05, 7 calendar days, as of ${asOf}`, input: REQUEST, asOf, policy: WAIT })),
  { name: 'previous owner 42 and claimant "42" are the same person', input: { ...REQUEST, claimant: '42', previousOwner: 42 }, asOf: '2026-06-08', policy: WAIT },
  { name: 'another claimant does not wait', input: { ...REQUEST, claimant: 'wang' }, asOf: '2026-06-06', policy: WAIT },
  { name: 'no previous owner', input: { ...REQUEST, previousOwner: null }, asOf: '2026-06-06', policy: WAIT },
  ...[19, 20].map((claimedToday) => ({ name: `daily limit 20, claimed ${claimedToday} today`, input: { ...REQUEST, claimant: 'wang', claimedToday }, asOf: '2026-06-06', policy: WAIT })),
  { name: 'daily limit 20, taking 21 at once: never', input: { ...REQUEST, claimant: 'wang', count: 21 }, asOf: '2026-06-06', policy: WAIT },
  { name: 'daily limit 20, taking 5 with 15 claimed', input: { ...REQUEST, claimant: 'wang', claimedToday: 15, count: 5 }, asOf: '2026-06-06', policy: WAIT },
  ...[99, 100].map((owned) => ({ name: `owner quota 100, owning ${owned}`, input: { ...REQUEST, claimant: 'wang', owned }, asOf: '2026-06-06', policy: WAIT })),
  { name: 'the quota is checked before the daily limit', input: { ...REQUEST, claimant: 'wang', owned: 100, claimedToday: 20 }, asOf: '2026-06-06', policy: WAIT },
  { name: 'an assignment checks the quota only', input: { ...REQUEST, assigned: true, claimedToday: 20 }, asOf: '2026-06-06', policy: WAIT },
  { name: 'an assignment over the quota', input: { ...REQUEST, assigned: true, owned: 100 }, asOf: '2026-06-06', policy: WAIT },
  ...['2026-06-06T09:59:59Z', '2026-06-06T10:00:00Z', '2026-06-07T09:59:59.999Z', '2026-06-07T10:00:00Z'].flatMap((asOf) => [
    { name: `elapsed time, previous owner, released 2026-06-05T10:00Z, as of ${asOf}`, input: { claimant: 'li', previousOwner: 'li', releasedAt: '2026-06-05T10:00:00Z' }, asOf, policy: ELAPSED_WAIT },
    { name: `elapsed time, new in the pool for a day, released 2026-06-05T10:00Z, as of ${asOf}`, input: { claimant: 'wang', previousOwner: 'li', releasedAt: '2026-06-05T10:00:00Z' }, asOf, policy: ELAPSED_WAIT },
  ]),
];

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The conformance vectors of the public pool. */
export function poolVectors() {
  return {
    description:
      'reclaimStatus(facts, { asOf, policy }) on and around the boundary of each kind of rule (WukongCRM 9 and 11, rules by level, CordysCRM conditions) under elapsed time and calendar days, and canClaim(request, { asOf, policy }) on and around each wait, the daily limit and the owner quota. `policy` is partial, over the pool defaults of policies.json; expect is the whole answer, reasons as { code, params }.',
    reclaim: RECLAIM.map(({ name, input, asOf, policy }) => ({ name, facts: input, asOf, ...(policy === undefined ? {} : { policy }), expect: plain(reclaimStatus(input, { asOf, ...(policy === undefined ? {} : { policy }) })) })),
    claim: CLAIMS.map(({ name, input, asOf, policy }) => ({ name, request: input, asOf, ...(policy === undefined ? {} : { policy }), expect: plain(canClaim(input, { asOf, ...(policy === undefined ? {} : { policy }) })) })),
  };
}
