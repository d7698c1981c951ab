/**
 * CordysCRM's public pool (1Panel-dev/CordysCRM, backend/crm/src/main/java/cn/cordys/…), row by row
 * from its source: each row is a boundary of its code.
 *
 * - crm/system/constants/RecycleConditionColumnKey.java:7-9 — `storageTime`, `createTime`, `opportunityStage`
 * - crm/customer/service/CustomerPoolService.java:474-504 — `AND` (all conditions) or `OR` (any);
 *   `storageTime` reads the creation (`Created`, also when `Picked` is ticked too: 494-499) or the pick (`Picked`);
 *   other columns the follow-up time. `created_or_received` ("either") is the library's own reading.
 * - common/utils/RecycleConditionUtils.java:68-107 — a missing time matches; `FIXED` is `start <= t <= end`;
 *   `DYNAMICS` "n,unit" matches `t.isBefore(now.minus(n units))`
 * - crm/system/dto/RuleConditionDTO.java:34-63 — units day, week, month (`now.minusMonths(n)`)
 * - crm/opportunity/service/OpportunityRuleService.java:289-319 — `opportunityStage` `IN` / not `IN`, in CordysCRM's
 *   rule that closes opportunities (not its pool): `opportunity_stage` is the library's own condition, tested here
 *   with CordysCRM's `IN` semantics
 * - crm/customer/service/PoolCustomerService.java:363-376 — daily pick limit: picked today + picking > `pickNumber`
 * - PoolCustomerService.java:407-441 — `limitNew`: refused while `joinPoolTime + newPickInterval days` is after now;
 *   `limitPreOwner`: refused while `now < endTime + pickIntervalDays × DAY_MILLIS`
 * - PoolCustomerService.java:340-353 — capacity: refused when `capacity - owned < picking`
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { canClaim, reclaimStatus } from '../../src/pool/index.js';
import { CHINESE, inLocale } from '../support/locales.js';

const cordys = (conditions: readonly object[], extra: object = {}) =>
  ({ counting: 'elapsed_time', remindDaysBefore: 0, rules: [{ id: 'recycle', conditions, exemptWithDeal: false, ...extra }] }) as never;

describe('recycle conditions', () => {
  it.each([
    ['2026-03-31T10:00:00Z', false],
    ['2026-03-31T10:00:00.001Z', true],
  ] as const)('storageTime Picked "30,day": picked 03-01 10:00, at %s due %s', (asOf, due) => {
    const policy = cordys([{ kind: 'older_than', time: 'received', amount: 30 }]);
    expect(reclaimStatus({ receivedAt: '2026-03-01T10:00:00Z', hasDeal: true }, { asOf, policy }).due).toBe(due);
  });
  it("the library's either reading (created_or_received): the earlier time passes first", () => {
    const policy = cordys([{ kind: 'older_than', time: 'created_or_received', amount: 30 }]);
    const status = reclaimStatus({ createdAt: '2026-01-01T00:00:00Z', receivedAt: '2026-03-20T00:00:00Z' }, { asOf: '2026-03-21T00:00:00Z', policy });
    expect(status).toMatchObject({ due: true, dueAfter: '2026-01-31T00:00:00.000Z' });
  });
  it.each([
    ['2026-02-28T23:59:59Z', false],
    ['2026-03-01T00:00:00Z', true],
  ] as const)('"1,month" from 31 January (minusMonths clamps): at %s due %s', (asOf, due) => {
    const policy = cordys([{ kind: 'older_than', time: 'received', amount: 1, unit: 'month' }]);
    expect(reclaimStatus({ receivedAt: '2026-01-31T10:00:00Z' }, { asOf, policy }).due).toBe(due);
  });
  it('"2,week" is 14 × 24 hours', () => {
    const policy = cordys([{ kind: 'older_than', time: 'received', amount: 2, unit: 'week' }]);
    expect(reclaimStatus({ receivedAt: '2026-03-01T10:00:00Z' }, { asOf: '2026-03-20', policy }).dueAfter).toBe('2026-03-15T10:00:00.000Z');
  });
  it('a customer never followed up meets a follow-up condition at once (a missing time matches)', () => {
    const policy = cordys([
      { kind: 'older_than', time: 'received', amount: 7 },
      { kind: 'older_than', time: 'followed_up', amount: 3 },
    ]);
    const fresh = reclaimStatus({ receivedAt: '2026-03-01T00:00:00Z' }, { asOf: '2026-03-05T00:00:00Z', policy });
    expect(fresh).toMatchObject({ due: false, dueAfter: '2026-03-08T00:00:00.000Z' });
    const followed = reclaimStatus({ receivedAt: '2026-03-01T00:00:00Z', lastFollowUpAt: '2026-03-07T00:00:00Z' }, { asOf: '2026-03-09T00:00:00Z', policy });
    expect(followed).toMatchObject({ due: false, dueAfter: '2026-03-10T00:00:00.000Z' });
    expect(message(followed.reasons[0])).toBe('Rule recycle: last followed up more than 3 days ago (2026-03-07); returns to the public pool on 2026-03-10, in 1 day');
  });
  it.each([
    ['2025-12-31T23:59:59Z', false],
    ['2026-01-01T00:00:00Z', true],
    ['2026-03-31T23:00:00Z', true],
    ['2026-04-01T00:00:00Z', false],
  ] as const)('FIXED window 2026-01-01 … 2026-03-31 on the creation: created %s, due %s', (createdAt, due) => {
    const policy = cordys([{ kind: 'between', time: 'created', from: '2026-01-01', to: '2026-03-31' }]);
    const status = reclaimStatus({ createdAt, receivedAt: '2026-04-02' }, { asOf: '2026-04-03', policy });
    expect(status.due).toBe(due);
    if (!due) expect(status.checks[0]?.skipped).toBe('outside_window');
  });
  it.each([
    ['won', true, true],
    ['negotiating', true, false],
    [null, true, false],
    ['negotiating', false, true],
    [null, false, true],
  ] as const)('opportunityStage: stage %s, IN %s → due %s', (stage, inList, due) => {
    const policy = cordys([{ kind: 'opportunity_stage', stages: ['won', 'lost'], in: inList }]);
    expect(reclaimStatus({ receivedAt: '2026-03-01', opportunityStage: stage }, { asOf: '2026-03-02', policy }).due).toBe(due);
  });
  it('OR: one rule per condition, the earliest binds', () => {
    const policy = {
      counting: 'elapsed_time',
      rules: [
        { id: 'picked', conditions: [{ kind: 'older_than', time: 'received', amount: 30 }], exemptWithDeal: false },
        { id: 'idle', conditions: [{ kind: 'older_than', time: 'followed_up', amount: 7 }], exemptWithDeal: false },
      ],
    } as const;
    const status = reclaimStatus({ receivedAt: '2026-03-01T00:00:00Z', lastFollowUpAt: '2026-03-02T00:00:00Z' }, { asOf: '2026-03-03', policy });
    expect(status).toMatchObject({ ruleId: 'idle', dueAfter: '2026-03-09T00:00:00.000Z' });
  });
});

describe('pick rules (PoolCustomerService.java)', () => {
  const policy = { counting: 'elapsed_time', claim: { previousOwnerWaitDays: 3, newInPoolWaitDays: 2, dailyLimit: 5 }, quota: { owned: 50 } } as const;
  const base = { claimant: 'u1', releasedAt: '2026-06-05T10:00:00Z', claimedToday: 0, owned: 0 };
  it.each([
    ['2026-06-07T09:59:59.999Z', false],
    ['2026-06-07T10:00:00Z', true],
  ] as const)('limitNew, newPickInterval 2: at %s ok %s', (asOf, ok) => {
    const decision = canClaim(base, { asOf, policy });
    expect(decision.ok).toBe(ok);
    if (!ok) expect(decision).toMatchObject({ code: 'pool_claim_new_in_pool_wait', allowedFrom: '2026-06-07', allowedAt: '2026-06-07T10:00:00.000Z' });
  });
  it.each([
    ['2026-06-08T09:59:59.999Z', false],
    ['2026-06-08T10:00:00Z', true],
  ] as const)('limitPreOwner, pickIntervalDays 3: at %s ok %s', (asOf, ok) => {
    expect(canClaim({ ...base, previousOwner: 'u1' }, { asOf, policy }).ok).toBe(ok);
  });
  it.each([
    [4, 1, true],
    [5, 1, false],
  ] as const)('pickNumber 5: %i picked today + %i: ok %s', (claimedToday, count, ok) => {
    expect(canClaim({ ...base, claimedToday, count }, { asOf: '2026-06-09', policy }).ok).toBe(ok);
  });
  it.each([
    [49, 1, true],
    [50, 1, false],
  ] as const)('capacity 50: %i owned + %i: ok %s', (owned, count, ok) => {
    expect(canClaim({ ...base, owned, count }, { asOf: '2026-06-09', policy }).ok).toBe(ok);
  });
  it('answers the time every check that waiting clears allows the claim, with the code of the check that ends last', () => {
    // The daily limit refuses too, but the previous owner's wait ends last (2026-06-08T10:00Z): its code, its message.
    const request = { ...base, previousOwner: 'u1', claimedToday: 5 };
    const refused = canClaim(request, { asOf: '2026-06-06T12:00:00Z', policy });
    expect(refused).toMatchObject({ ok: false, code: 'pool_claim_previous_owner_wait', allowedFrom: '2026-06-08', allowedAt: '2026-06-08T10:00:00.000Z' });
    expect(refused.params).toMatchObject({ days: 3, allowedFrom: '2026-06-08T10:00:00.000Z' });
    expect(canClaim({ ...request, claimedToday: 0 }, { asOf: refused.allowedAt!, policy }).ok).toBe(true);
    // Two waits: the previous owner's (one day) and the new-in-pool wait (two days), which ends later and answers.
    const shortWait = { ...policy, claim: { ...policy.claim, previousOwnerWaitDays: 1 } } as const;
    const waits = canClaim({ ...request, claimedToday: 0 }, { asOf: '2026-06-06T09:00:00Z', policy: shortWait });
    expect(waits).toMatchObject({ code: 'pool_claim_new_in_pool_wait', allowedFrom: '2026-06-07', allowedAt: '2026-06-07T10:00:00.000Z', params: { days: 2 } });
    // Calendar days: the limit's "tomorrow" gives way to a wait that runs longer.
    const calendar = { ...policy, counting: 'calendar_days' } as const;
    const day = canClaim({ ...request, releasedAt: '2026-06-05' }, { asOf: '2026-06-05', policy: calendar });
    expect(day).toMatchObject({ code: 'pool_claim_previous_owner_wait', allowedFrom: '2026-06-09', allowedAt: null });
    // When the limit is what ends last, it answers: "open again from tomorrow".
    expect(canClaim({ ...request, releasedAt: '2026-06-01' }, { asOf: '2026-06-05', policy: calendar })).toMatchObject({ code: 'pool_claim_daily_limit', allowedFrom: '2026-06-06' });
    expect(canClaim({ ...request, releasedAt: '2026-06-05', claimedToday: 0 }, { asOf: '2026-06-09', policy: calendar }).ok).toBe(true);
    expect(canClaim({ ...request, releasedAt: '2026-06-05', claimedToday: 0 }, { asOf: '2026-06-08', policy: calendar }).ok).toBe(false);
  });
});

describe('reasons', () => {
  it('say what the stage condition saw, a missing stage included', () => {
    const policy = cordys([{ kind: 'opportunity_stage', stages: ['won', 'lost'], in: false }]);
    const none = reclaimStatus({ receivedAt: '2026-03-01' }, { asOf: '2026-03-02', policy });
    expect(message(none.reasons[0])).toBe('Rule recycle: no opportunity stage, none of won, lost; back to the public pool on 2026-03-02');
    const open = reclaimStatus({ receivedAt: '2026-03-01', opportunityStage: 'proposal' }, { asOf: '2026-03-02', policy });
    expect(message(open.reasons[0], inLocale('zh-Hans'))).toBe('规则 recycle：商机阶段 proposal 不属于 won、lost，于 2026-03-02 退回公海');
  });
});
