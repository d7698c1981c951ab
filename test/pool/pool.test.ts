import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POOL_POLICY,
  canClaim,
  reclaimStatus,
  validatePoolPolicy,
  type PoolPolicy,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const plus = (date: string, days: number): string => iso(Date.parse(date) + days * DAY);

const FOLLOWUP_ONLY: PoolPolicy = { rules: [{ id: 'f', kind: 'no_followup', days: 31 }], remindDaysBefore: 2, noReclaimDays: 7 };

describe('defaults (WukongCRM v9)', () => {
  it('are follow-up 31 days, deal 3 days, reminder 2 days', () => {
    expect(DEFAULT_POOL_POLICY).toEqual({
      rules: [
        { id: 'followup', kind: 'no_followup', days: 31 },
        { id: 'deal', kind: 'no_deal', days: 3 },
      ],
      remindDaysBefore: 2,
      noReclaimDays: 7,
    });
  });
  it('reclaim a new customer without a deal after more than 3 days', () => {
    const facts = { claimedAt: '2026-03-01' };
    expect(reclaimStatus(facts, { asOf: '2026-03-04' })).toMatchObject({ due: false, daysLeft: 1, ruleId: 'deal', remind: true, dueDate: '2026-03-05' });
    expect(reclaimStatus(facts, { asOf: '2026-03-05' })).toMatchObject({ due: true, daysLeft: 0, ruleId: 'deal', remind: false });
  });
});

describe('no follow-up rule: boundaries', () => {
  const claimedAt = '2026-03-01';
  it('counts from the later of the last follow-up and the claim date', () => {
    expect(reclaimStatus({ claimedAt, lastFollowUpAt: '2026-03-10' }, { asOf: claimedAt, policy: FOLLOWUP_ONLY }).checks[0]?.countsFrom).toBe('2026-03-10');
    expect(reclaimStatus({ claimedAt, lastFollowUpAt: '2026-02-01' }, { asOf: claimedAt, policy: FOLLOWUP_ONLY }).checks[0]?.countsFrom).toBe(claimedAt);
    expect(reclaimStatus({ claimedAt, lastFollowUpAt: null }, { asOf: claimedAt, policy: FOLLOWUP_ONLY }).checks[0]?.countsFrom).toBe(claimedAt);
  });
  it('is not due after exactly N days, due after more than N', () => {
    const at = (d: number) => reclaimStatus({ claimedAt }, { asOf: plus(claimedAt, d), policy: FOLLOWUP_ONLY });
    expect(at(31)).toMatchObject({ due: false, daysLeft: 1 });
    expect(at(32)).toMatchObject({ due: true, daysLeft: 0, dueDate: plus(claimedAt, 32) });
    expect(at(40)).toMatchObject({ due: true, daysLeft: 0 });
    expect(at(32).reasons[0]?.code).toBe('pool_due');
    expect(at(31).reasons[0]?.message['zh-Hans']).toBe('规则 f：自 2026-03-01 起未跟进；将于 2026-04-02 退回公海，剩余 1 天');
  });
  it('reminds from N - reminder days, until due', () => {
    const at = (d: number) => reclaimStatus({ claimedAt }, { asOf: plus(claimedAt, d), policy: FOLLOWUP_ONLY });
    expect(at(29)).toMatchObject({ remind: false, remindOn: plus(claimedAt, 30) });
    expect(at(30)).toMatchObject({ remind: true });
    expect(at(30).reasons.map((r) => r.code)).toEqual(['pool_not_due', 'pool_remind']);
    expect(at(31).remind).toBe(true);
    expect(at(32).remind).toBe(false);
    const silent = reclaimStatus({ claimedAt }, { asOf: plus(claimedAt, 31), policy: { ...FOLLOWUP_ONLY, remindDaysBefore: 0 } });
    expect(silent).toMatchObject({ remind: false, remindOn: null });
  });
});

describe('other rules, protection and levels', () => {
  const claimedAt = '2026-03-01';
  const policy: PoolPolicy = {
    rules: [
      { id: 'opp', kind: 'no_opportunity', days: 10 },
      { id: 'vip-follow', kind: 'no_followup', days: 60, valueTiers: ['vip'] },
      { id: 'c-follow', kind: 'no_followup', days: 5, abcClasses: ['c'], exemptWithDeal: false, exemptWithOpportunity: true },
    ],
    remindDaysBefore: 1,
    noReclaimDays: 3,
  };
  it('no_opportunity counts from the claim date and stops with an opportunity', () => {
    expect(reclaimStatus({ claimedAt, lastFollowUpAt: '2026-03-09' }, { asOf: '2026-03-11', policy })).toMatchObject({ ruleId: 'opp', due: false, daysLeft: 1 });
    expect(reclaimStatus({ claimedAt }, { asOf: '2026-03-12', policy })).toMatchObject({ ruleId: 'opp', due: true });
    expect(reclaimStatus({ claimedAt, hasOpportunity: true }, { asOf: '2026-03-12', policy })).toMatchObject({ exempt: true, due: false, ruleId: null });
  });
  it('protects a customer with a deal unless the rule says otherwise', () => {
    const withDeal = reclaimStatus({ claimedAt, hasDeal: true, abcClass: 'c' }, { asOf: '2026-03-07', policy });
    expect(withDeal).toMatchObject({ ruleId: 'c-follow', due: true });
    expect(withDeal.checks.map((c) => c.skipped)).toEqual(['has_deal', 'other_level', null]);
    const withOpp = reclaimStatus({ claimedAt, hasOpportunity: true, abcClass: 'c' }, { asOf: '2026-03-07', policy });
    expect(withOpp.exempt).toBe(true);
    expect(withOpp.reasons[0]?.code).toBe('pool_exempt');
  });
  it('applies level rules only to customers of those levels, the earliest due date binding', () => {
    const vip = reclaimStatus({ claimedAt, valueTier: 'vip', hasOpportunity: true }, { asOf: '2026-03-02', policy });
    expect(vip).toMatchObject({ ruleId: 'vip-follow', dueDate: '2026-05-01' });
    expect(reclaimStatus({ claimedAt, valueTier: 'key', hasOpportunity: true }, { asOf: '2026-03-02', policy }).exempt).toBe(true);
    expect(reclaimStatus({ claimedAt, abcClass: 'c' }, { asOf: '2026-03-02', policy }).ruleId).toBe('c-follow');
  });
  it('ties go to the first rule', () => {
    const tie: PoolPolicy = { rules: [{ id: 'a', kind: 'no_deal', days: 5 }, { id: 'b', kind: 'no_opportunity', days: 5 }], remindDaysBefore: 0, noReclaimDays: 0 };
    expect(reclaimStatus({ claimedAt }, { asOf: claimedAt, policy: tie }).ruleId).toBe('a');
  });
});

describe('time zones', () => {
  it('counts calendar days in UTC unless a time zone is given', () => {
    // 2026-03-01T20:00Z is already 2026-03-02 in Shanghai.
    const facts = { claimedAt: '2026-03-01T20:00:00Z' };
    expect(reclaimStatus(facts, { asOf: '2026-03-02T00:00:00Z', policy: FOLLOWUP_ONLY }).checks[0]?.countsFrom).toBe('2026-03-01');
    expect(reclaimStatus(facts, { asOf: '2026-03-02T00:00:00Z', policy: FOLLOWUP_ONLY, timeZone: 'Asia/Shanghai' }).checks[0]?.countsFrom).toBe('2026-03-02');
    expect(reclaimStatus({ claimedAt: Date.UTC(2026, 2, 1) }, { asOf: new Date(Date.UTC(2026, 2, 2)), policy: FOLLOWUP_ONLY }).daysLeft).toBe(31);
  });
});

describe('properties', () => {
  it('days left drop by one per day until due, and due means no days left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 500 }), (start, days, offset) => {
        const policy: PoolPolicy = { rules: [{ id: 'r', kind: 'no_followup', days }], remindDaysBefore: 2, noReclaimDays: 0 };
        const claimedAt = iso(start * DAY);
        const a = reclaimStatus({ claimedAt }, { asOf: iso((start + offset) * DAY), policy });
        const b = reclaimStatus({ claimedAt }, { asOf: iso((start + offset + 1) * DAY), policy });
        expect(a.dueDate).toBe(b.dueDate);
        expect(b.daysLeft).toBe(Math.max(0, (a.daysLeft ?? 0) - 1));
        expect(a.due).toBe(a.daysLeft === 0);
        expect(a.due).toBe(offset > days);
      }),
    );
  });
  it('a later follow-up never brings the due date forward', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (f1, f2) => {
        const due = (f: number) => reclaimStatus({ claimedAt: '2026-01-01', lastFollowUpAt: plus('2026-01-01', f) }, { asOf: '2026-01-01', policy: FOLLOWUP_ONLY }).dueDate ?? '';
        expect(due(Math.max(f1, f2)) >= due(Math.min(f1, f2))).toBe(true);
      }),
    );
  });
});

describe('canClaim', () => {
  const request = { claimant: 'u1', previousOwner: 'u1', releasedAt: '2026-04-02' };
  it('refuses the previous owner during the no-reclaim period, boundaries included', () => {
    expect(canClaim(request, { asOf: '2026-04-08' })).toMatchObject({ allowed: false, allowedFrom: '2026-04-09', daysLeft: 1 });
    expect(canClaim(request, { asOf: '2026-04-08' }).reason.code).toBe('pool_claim_refused');
    expect(canClaim(request, { asOf: '2026-04-09' })).toMatchObject({ allowed: true, daysLeft: 0 });
    expect(canClaim(request, { asOf: '2026-04-09' }).reason.message['zh-Hans']).toBe('前负责人自 2026-04-09 起可以重新领取');
    expect(canClaim(request, { asOf: '2026-04-02', policy: { ...FOLLOWUP_ONLY, noReclaimDays: 0 } }).allowed).toBe(true);
  });
  it('lets anyone else claim at once', () => {
    expect(canClaim({ ...request, claimant: 'u2' }, { asOf: '2026-04-02' })).toMatchObject({ allowed: true, allowedFrom: null });
    expect(canClaim({ claimant: 5, previousOwner: null }, { asOf: '2026-04-02' }).allowed).toBe(true);
    expect(canClaim({ claimant: 6, previousOwner: '5' }, { asOf: '2026-04-02' }).allowed).toBe(true);
  });
  it('validates the request', () => {
    expect(thrown(() => canClaim({ claimant: '' }, { asOf: '2026-04-02' })).path).toEqual(['request', 'claimant']);
    expect(thrown(() => canClaim({ claimant: 'a', previousOwner: {} as never }, { asOf: '2026-04-02' })).path).toEqual(['request', 'previousOwner']);
    expect(thrown(() => canClaim({ claimant: 'a', previousOwner: 'a' }, { asOf: '2026-04-02' })).code).toBe('invalid_date');
    expect(thrown(() => canClaim(null as never, { asOf: '2026-04-02' })).path).toEqual(['request']);
  });
});

describe('validation', () => {
  it.each([
    [null, []],
    [{ rules: 3 }, ['rules']],
    [{ rules: [5] }, ['rules', 0]],
    [{ rules: [{ id: '', kind: 'no_deal', days: 1 }] }, ['rules', 0, 'id']],
    [{ rules: [{ id: 'a', kind: 'no_deal', days: 1 }, { id: 'a', kind: 'no_deal', days: 2 }] }, ['rules', 1, 'id']],
    [{ rules: [{ id: 'a', kind: 'idle', days: 1 }] }, ['rules', 0, 'kind']],
    [{ rules: [{ id: 'a', kind: 'no_deal', days: 1.5 }] }, ['rules', 0, 'days']],
    [{ rules: [{ id: 'a', kind: 'no_deal', days: 1, valueTiers: [] }] }, ['rules', 0, 'valueTiers']],
    [{ rules: [{ id: 'a', kind: 'no_deal', days: 1, abcClasses: ['d'] }] }, ['rules', 0, 'abcClasses', 0]],
    [{ rules: [{ id: 'a', kind: 'no_deal', days: 1, exemptWithDeal: 'no' }] }, ['rules', 0, 'exemptWithDeal']],
    [{ rules: [], remindDaysBefore: -1 }, ['remindDaysBefore']],
    [{ rules: [], noReclaimDays: 'week' }, ['noReclaimDays']],
  ])('rejects policy %j at %j', (policy, path) => {
    const error = thrown(() => validatePoolPolicy(policy));
    expect(error.code).toBe('invalid_policy');
    expect(error.path).toEqual(path);
  });
  it('round-trips a stored policy through JSON', () => {
    expect(validatePoolPolicy(JSON.parse(JSON.stringify(DEFAULT_POOL_POLICY)))).toEqual(DEFAULT_POOL_POLICY);
  });
  it('rejects bad facts and options', () => {
    const asOf = '2026-03-01';
    expect(thrown(() => reclaimStatus({ claimedAt: 'soon' }, { asOf })).path).toEqual(['facts', 'claimedAt']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf, lastFollowUpAt: 'x' }, { asOf })).code).toBe('invalid_date');
    expect(thrown(() => reclaimStatus({ claimedAt: asOf, hasDeal: 1 as never }, { asOf })).path).toEqual(['facts', 'hasDeal']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf, valueTier: 'gold' as never }, { asOf })).path).toEqual(['facts', 'valueTier']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf, abcClass: 'd' as never }, { asOf })).path).toEqual(['facts', 'abcClass']);
    expect(thrown(() => reclaimStatus(null as never, { asOf })).path).toEqual(['facts']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf }, null as never)).path).toEqual(['options']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf }, { asOf: 'now' })).path).toEqual(['asOf']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf }, { asOf, timeZone: 8 as never })).path).toEqual(['timeZone']);
    expect(thrown(() => reclaimStatus({ claimedAt: asOf }, { asOf, timeZone: 'Mars/Base' })).code).toBe('invalid_argument');
    expect(thrown(() => reclaimStatus({ claimedAt: asOf }, { asOf, policy: { rules: [{ id: 'a', kind: 'x' }] } as never })).code).toBe('invalid_policy');
  });
});

describe('canClaim compares owner ids as text', () => {
  it('does not let the previous owner skip the no-reclaim period by a change of id type', async () => {
    const { canClaim } = await import('../../src/index.js');
    const decision = canClaim({ claimant: 1, previousOwner: '1', releasedAt: '2024-01-01' }, { asOf: '2024-01-02' });
    expect(decision.allowed).toBe(false);
    expect(canClaim({ claimant: 2, previousOwner: '1', releasedAt: '2024-01-01' }, { asOf: '2024-01-02' }).allowed).toBe(true);
  });
});
