/**
 * WukongCRM's public pool, row by row from its source: each row is a boundary day of its code.
 *
 * WukongCRM 11 (WuKongOpenSource/WukongCRM-11.0-JAVA):
 * - crm/.../mapper/xml/CrmCustomerPoolMapper.xml:16 — type 1: `to_days(now()) - to_days(if(last_time > receive_time, last_time, receive_time)) > limitDay and status = 1`
 * - CrmCustomerPoolMapper.xml:44 — type 2: `to_days(now()) - to_days(receive_time) > limitDay and status = 1 and b.business_id is null` (business status 1: not deleted, any stage, won or lost)
 * - CrmCustomerPoolMapper.xml:69 — type 3: `… > limitDay and status = 1 and deal_status = 0`
 * - CrmCustomerPoolMapper.xml:28-36 — `deal_handle = 0`: `deal_status = 0`; `business_handle = 0`: no business row at all
 * - crm/.../mapper/xml/CrmBackLogMapper.xml:47-48 — the reminder: days passed `between (limitDay - remindDay) and limitDay`
 * - crm/.../mapper/xml/CrmCustomerMapper.xml:15-20 and CrmCustomerServiceImpl.java:739-744 — the previous owner is refused while `TO_DAYS(now()) - TO_DAYS(left the pool) <= pre_owner_setting_day`
 * - CrmCustomerServiceImpl.java:719-731 — `receive_num`: refused when today's claims + this claim exceed it (claims only, not assignments)
 * - CrmCustomerSettingServiceImpl.java:46-78 — quotas: owned (type 1) or locked (type 2) + taken ≤ `customer_num`
 * WukongCRM 9 (WuKongOpenSource/WukongCRM-9.0-JAVA):
 * - docs/crm9.sql:23-28 — shipped settings: deal 3 days, follow-up 31 days, reminder 2 days
 * - src/main/resources/template/crm/customer.sql:132-148 — `unix_timestamp` differences in seconds, `deal_status = 0 and is_lock = 0`; the deal rule reads the owner record of type 8 (a claim or an assignment from the pool)
 * - CrmBackLogService.java:369-383 — the reminder counts `to_days` (calendar days)
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { canClaim, canLock, reclaimStatus } from '../../src/pool/index.js';
import { CHINESE, inLocale } from '../support/locales.js';

const W11 = {
  counting: 'calendar_days',
  timeZone: 'Asia/Shanghai',
  remindDaysBefore: 2,
  rules: [{ id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }] }],
} as const;

describe('WukongCRM 11, type 1 (no follow-up, CrmCustomerPoolMapper.xml:16) and its reminder (CrmBackLogMapper.xml:47)', () => {
  const facts = { receivedAt: '2026-03-01T10:00:00+08:00', lastFollowUpAt: '2026-03-10T18:00:00+08:00' };
  it.each([
    // [asOf, days passed since the later of follow-up and receipt, due, remind]
    ['2026-04-07', 28, false, false],
    ['2026-04-08', 29, false, true], // N − r
    ['2026-04-10', 31, false, true], // N: `> limitDay` is still false
    ['2026-04-11', 32, true, false], // N + 1
  ] as const)('%s (%i days passed): due %s, remind %s', (asOf, _, due, remind) => {
    const status = reclaimStatus(facts, { asOf: `${asOf}T23:00:00+08:00`, policy: W11 });
    expect([status.due, status.remind]).toEqual([due, remind]);
    expect(status.dueDate).toBe('2026-04-11');
    expect(status.remindOn).toBe('2026-04-08');
  });
  it('counts from the receipt when the last follow-up is older (a re-claimed customer)', () => {
    const status = reclaimStatus({ receivedAt: '2026-03-01', lastFollowUpAt: '2025-01-01' }, { asOf: '2026-03-02', policy: W11 });
    expect(status.checks[0]?.countsFrom).toBe('2026-03-01');
  });
  it('never reclaims a locked customer (`status = 1` only)', () => {
    const status = reclaimStatus({ ...facts, locked: true }, { asOf: '2027-01-01', policy: W11 });
    expect(status).toMatchObject({ exempt: true, due: false });
    expect(message(status.reasons[0], inLocale('zh-Hans'))).toBe('没有适用的回收规则，客户保留在负责人名下：客户已锁定');
  });
  it('deal_handle 0 exempts a customer with a deal; deal_handle 1 reclaims it', () => {
    expect(reclaimStatus({ ...facts, hasDeal: true }, { asOf: '2026-04-11', policy: W11 }).exempt).toBe(true);
    const handled = { ...W11, rules: [{ ...W11.rules[0], exemptWithDeal: false }] };
    expect(reclaimStatus({ ...facts, hasDeal: true }, { asOf: '2026-04-11', policy: handled }).due).toBe(true);
  });
  it('business_handle 0 exempts a customer with any opportunity (CrmCustomerPoolMapper.xml:34)', () => {
    const exempting = { ...W11, rules: [{ ...W11.rules[0], exemptWithOpportunity: true }] };
    expect(reclaimStatus({ ...facts, hasOpportunity: true }, { asOf: '2026-04-11', policy: exempting }).exempt).toBe(true);
    expect(reclaimStatus({ ...facts, hasOpportunity: true }, { asOf: '2026-04-11', policy: W11 }).due).toBe(true);
  });
  it('a rule per level applies to that level only (`c.value = level`)', () => {
    const perLevel = { ...W11, rules: [{ id: 'a', conditions: [{ kind: 'no_followup', days: 60 }], abcClasses: ['a'] }, { id: 'rest', conditions: [{ kind: 'no_followup', days: 15 }], abcClasses: ['b', 'c'] }] } as const;
    expect(reclaimStatus({ ...facts, abcClass: 'a' }, { asOf: '2026-03-11', policy: perLevel }).dueDate).toBe('2026-05-10');
    expect(reclaimStatus({ ...facts, abcClass: 'c' }, { asOf: '2026-03-11', policy: perLevel }).dueDate).toBe('2026-03-26');
    expect(reclaimStatus(facts, { asOf: '2026-03-11', policy: perLevel }).checks.map((c) => c.skipped)).toEqual(['other_level', 'other_level']);
  });
});

describe('WukongCRM 11, types 2 and 3 (CrmCustomerPoolMapper.xml:44, :69)', () => {
  const policy = {
    counting: 'calendar_days',
    remindDaysBefore: 0,
    rules: [
      { id: 'opportunity', conditions: [{ kind: 'no_opportunity', days: 10 }] },
      { id: 'deal', conditions: [{ kind: 'no_deal', days: 20 }], exemptWithDeal: false },
    ],
  } as const;
  const facts = { receivedAt: '2026-03-01', lastFollowUpAt: '2026-03-09' };
  it.each([
    ['2026-03-11', {}, false, 'opportunity'],
    ['2026-03-12', {}, true, 'opportunity'],
    // an opportunity — open, won or lost — stops type 2 (`b.business_id is null`)
    ['2026-03-12', { hasOpportunity: true }, false, 'deal'],
    ['2026-03-21', { hasOpportunity: true }, false, 'deal'],
    ['2026-03-22', { hasOpportunity: true }, true, 'deal'],
  ] as const)('%s with %j: due %s under %s', (asOf, extra, due, rule) => {
    expect(reclaimStatus({ ...facts, ...extra }, { asOf, policy })).toMatchObject({ due, ruleId: rule, remind: false, remindOn: null });
  });
  it('type 3 needs no deal (`deal_status = 0`), whatever deal_handle says', () => {
    const status = reclaimStatus({ ...facts, hasOpportunity: true, hasDeal: true }, { asOf: '2027-01-01', policy });
    // rule 1 exempts the deal (deal_handle 0, the default); rule 2 handles deals, but type 3 wants none
    expect(status.checks.map((c) => c.skipped)).toEqual(['has_deal', 'has_deal']);
    expect(reclaimStatus({ ...facts, hasOpportunity: true }, { asOf: '2027-01-01', policy }).checks.map((c) => c.skipped)).toEqual(['has_opportunity', null]);
  });
});

describe('WukongCRM 9, the shipped settings (DEFAULT_POOL_POLICY; customer.sql:132-148, crm9.sql:23-28)', () => {
  it('applies the 3-day deal rule only to a customer taken from the pool (owner record type 8), in seconds', () => {
    const created = { receivedAt: '2026-05-01T09:00:00Z' };
    expect(reclaimStatus(created, { asOf: '2026-05-05T00:00:00Z' })).toMatchObject({ due: false, ruleId: 'followup', dueAfter: '2026-06-01T09:00:00.000Z' });
    const claimed = { ...created, receivedFromPool: true };
    expect(reclaimStatus(claimed, { asOf: '2026-05-03T09:00:00Z' })).toMatchObject({ due: false, ruleId: 'deal', dueAfter: '2026-05-04T09:00:00.000Z', daysLeft: 1 });
    expect(reclaimStatus(claimed, { asOf: '2026-05-04T09:00:00Z' })).toMatchObject({ due: false, daysLeft: 0 });
    expect(reclaimStatus(claimed, { asOf: '2026-05-04T09:00:01Z' })).toMatchObject({ due: true, daysLeft: 0 });
  });
  it('reclaims after 31 × 24 hours without a follow-up', () => {
    const facts = { receivedAt: '2026-05-01T09:00:00Z', lastFollowUpAt: '2026-05-02T15:30:00Z' };
    expect(reclaimStatus(facts, { asOf: '2026-06-02T15:30:00Z' }).due).toBe(false);
    expect(reclaimStatus(facts, { asOf: '2026-06-02T15:30:01Z' }).due).toBe(true);
  });
  // WukongCRM 9's deal reminder counts from the customer's creation (`to_days(now()) -
  // to_days(create_time)` between N − 2 and N for every owned customer, CrmBackLogService.java:383):
  // it lists customers their owner created, though its deal rule never reclaims them (a false
  // alarm), and misses a customer created earlier and claimed later (a missed alarm). The library
  // reminds from where the binding rule counts; the two agree for a customer claimed the day it
  // was created.
  it('reminds on the calendar days N − 2 … N (CrmBackLogService.java:383)', () => {
    const claimed = { receivedAt: '2026-05-01T09:00:00Z', receivedFromPool: true };
    expect(reclaimStatus(claimed, { asOf: '2026-05-01T23:00:00Z' }).remind).toBe(false);
    expect(reclaimStatus(claimed, { asOf: '2026-05-02T00:00:00Z' })).toMatchObject({ remind: true, remindOn: '2026-05-02' });
    expect(reclaimStatus(claimed, { asOf: '2026-05-04T08:00:00Z' }).remind).toBe(true);
  });
  it('never reclaims a customer with a deal or a locked one (`deal_status = 0 and is_lock = 0`)', () => {
    expect(reclaimStatus({ receivedAt: '2020-01-01', hasDeal: true, receivedFromPool: true }, { asOf: '2026-01-01' }).exempt).toBe(true);
    expect(reclaimStatus({ receivedAt: '2020-01-01', locked: true }, { asOf: '2026-01-01' }).exempt).toBe(true);
  });
});

describe('WukongCRM 11 claims (CrmCustomerServiceImpl.java:714-744) and quotas (CrmCustomerSettingServiceImpl.java:46-78)', () => {
  const policy = { counting: 'calendar_days', claim: { previousOwnerWaitDays: 7, dailyLimit: 20 }, quota: { owned: 100, locked: 10 } } as const;
  const request = { claimant: 42, previousOwner: '42', releasedAt: '2026-06-05T10:00:00Z', claimedToday: 0, owned: 0 };
  it.each([
    ['2026-06-05', false],
    ['2026-06-12', false], // 7 days passed: `days <= pre_owner_setting_day`
    ['2026-06-13', true],
  ] as const)('the previous owner on %s: ok %s', (asOf, ok) => {
    const decision = canClaim(request, { asOf, policy });
    expect(decision.ok).toBe(ok);
    if (!ok) expect(decision).toMatchObject({ code: 'pool_claim_previous_owner_wait', allowedFrom: '2026-06-13', allowedAt: null });
  });
  it('lets anyone else claim at once, and compares ids as data', () => {
    expect(canClaim({ ...request, claimant: 7 }, { asOf: '2026-06-05', policy }).ok).toBe(true);
    expect(canClaim({ ...request, claimant: '42' }, { asOf: '2026-06-05', policy }).ok).toBe(false);
    expect(canClaim({ ...request, claimant: '__proto__', previousOwner: 'constructor' }, { asOf: '2026-06-05', policy }).ok).toBe(true);
  });
  it.each([
    [19, 1, true],
    [20, 1, false],
    [0, 21, false], // one claim larger than receive_num
  ] as const)('receive_num 20: %i claimed today + %i: ok %s', (claimedToday, count, ok) => {
    const decision = canClaim({ claimant: 1, claimedToday, count, owned: 0 }, { asOf: '2026-06-05', policy });
    expect(decision.ok).toBe(ok);
    if (!ok) expect(decision.allowedFrom).toBe(count > 20 ? null : '2026-06-06');
  });
  it('an assignment (分配) skips the daily limit and the wait, not the quota', () => {
    expect(canClaim({ ...request, claimedToday: 20, assigned: true }, { asOf: '2026-06-05', policy }).ok).toBe(true);
    expect(canClaim({ ...request, owned: 100, assigned: true }, { asOf: '2026-06-05', policy }).code).toBe('pool_claim_over_quota');
  });
  it.each([
    [99, 1, true],
    [100, 1, false],
  ] as const)('customer_num 100: %i owned + %i: ok %s', (owned, count, ok) => {
    expect(canClaim({ claimant: 1, owned, count, claimedToday: 0 }, { asOf: '2026-06-05', policy }).ok).toBe(ok);
  });
  it.each([
    [9, 1, true],
    [10, 1, false],
    [5, 6, false],
  ] as const)('lock quota 10: %i locked + %i: ok %s', (locked, count, ok) => {
    expect(canLock({ owner: 1, locked, count }, { policy }).ok).toBe(ok);
  });
  it('renders every decision in three locales', () => {
    const refused = canClaim(request, { asOf: '2026-06-06', policy });
    expect(message(refused, inLocale('zh-Hans'))).toBe('前负责人在客户于 2026-06-05 进入公海后 7 天内不可重新领取：请等到 2026-06-13');
    expect(message(refused, inLocale('zh-TW'))).toBe('前負責人在客戶於 2026-06-05 進入公海後 7 天內不可重新領取：請等到 2026-06-13');
    expect(message(refused)).toBe('The previous owner may not claim the customer back for 7 days after it entered the public pool on 2026-06-05: wait until 2026-06-13');
  });
});

describe('business_handle counts every opportunity row, deleted ones too (CrmCustomerPoolMapper.xml:34-35)', () => {
  const policy = { counting: 'calendar_days' as const, rules: [{ id: 'followup', conditions: [{ kind: 'no_followup' as const, days: 30 }], exemptWithOpportunity: true }] };
  it('a customer whose only opportunity was deleted stays exempt, as WukongCRM 11 keeps it', () => {
    const facts = { receivedAt: '2026-01-01', hasOpportunity: false, hasAnyOpportunity: true };
    expect(reclaimStatus(facts, { asOf: '2026-06-01', policy })).toMatchObject({ due: false });
    expect(reclaimStatus({ ...facts, hasAnyOpportunity: false }, { asOf: '2026-06-01', policy }).due).toBe(true);
    // A live opportunity is a row too.
    expect(reclaimStatus({ receivedAt: '2026-01-01', hasOpportunity: true }, { asOf: '2026-06-01', policy }).due).toBe(false);
  });
});

describe('type 2 (no opportunity) never reads business_handle (CrmCustomerPoolMapper.xml:38-62)', () => {
  const policy = {
    counting: 'calendar_days' as const,
    timeZone: 'Asia/Shanghai',
    rules: [{ id: 'opp', conditions: [{ kind: 'no_opportunity' as const, days: 10 }], exemptWithOpportunity: true }],
  };
  it('reclaims a customer whose only opportunity was deleted, exemption or not, on day D + N + 1', () => {
    const facts = { receivedAt: '2026-03-01 10:00:00', hasOpportunity: false, hasAnyOpportunity: true };
    expect(reclaimStatus(facts, { asOf: '2026-03-11', policy }).due).toBe(false);
    expect(reclaimStatus(facts, { asOf: '2026-03-12', policy })).toMatchObject({ due: true, ruleId: 'opp' });
    // An open opportunity stops the count, as `b.status = 1` does.
    expect(reclaimStatus({ ...facts, hasOpportunity: true }, { asOf: '2026-03-12', policy }).due).toBe(false);
  });
});
