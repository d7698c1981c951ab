import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { DEFAULT_POOL_POLICY, canClaim, canLock, reclaimStatus, type PoolPolicy } from '../../src/pool/index.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const plus = (date: string, days: number): string => iso(Date.parse(date) + days * DAY);

const FOLLOWUP_ONLY = { counting: 'calendar_days', remindDaysBefore: 2, rules: [{ id: 'f', conditions: [{ kind: 'no_followup', days: 31 }] }] } as const;

describe('DEFAULT_POOL_POLICY (WukongCRM 9)', () => {
  it('is WukongCRM 9’s shipped settings, complete and frozen', () => {
    expect(DEFAULT_POOL_POLICY).toEqual({
      rules: [
        { id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }], exemptWithDeal: true, exemptWithOpportunity: false, onlyAfterPoolClaim: false },
        { id: 'deal', conditions: [{ kind: 'no_deal', days: 3 }], exemptWithDeal: true, exemptWithOpportunity: false, onlyAfterPoolClaim: true },
      ],
      counting: 'elapsed_time',
      timeZone: 'UTC',
      remindDaysBefore: 2,
      claim: { previousOwnerWaitDays: 0, newInPoolWaitDays: 0, dailyLimit: null },
      quota: { owned: null, locked: null },
    });
    expect(() => {
      (DEFAULT_POOL_POLICY.rules[1]!.conditions[0] as { days: number }).days = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_POOL_POLICY.rules[1]!.conditions[0]).toEqual({ kind: 'no_deal', days: 3 });
  });
  it('does not reclaim a customer created on 05-01 on 05-05 (the deal rule waits for a pool claim)', () => {
    const status = reclaimStatus({ receivedAt: '2026-05-01' }, { asOf: '2026-05-05' });
    expect(status).toMatchObject({ due: false, ruleId: 'followup', dueDate: '2026-06-01' });
    expect(status.checks.map((c) => c.skipped)).toEqual([null, 'not_from_pool']);
  });
  it('a partial policy keeps the other defaults', () => {
    const status = reclaimStatus({ receivedAt: '2026-05-01' }, { asOf: '2026-05-05', policy: { claim: { dailyLimit: 3 } } });
    expect(status.ruleId).toBe('followup');
  });
});

describe('calendar days: boundaries and properties', () => {
  const receivedAt = '2026-03-01';
  it('counts from the later of the last follow-up and the receipt', () => {
    const from = (lastFollowUpAt: string | null) => reclaimStatus({ receivedAt, lastFollowUpAt }, { asOf: receivedAt, policy: FOLLOWUP_ONLY }).checks[0]?.countsFrom;
    expect(from('2026-03-10')).toBe('2026-03-10');
    expect(from('2026-02-01')).toBe(receivedAt);
    expect(from(null)).toBe(receivedAt);
  });
  it('is not due after exactly N days, due after more than N', () => {
    const at = (d: number) => reclaimStatus({ receivedAt }, { asOf: plus(receivedAt, d), policy: FOLLOWUP_ONLY });
    expect(at(31)).toMatchObject({ due: false, daysLeft: 1 });
    expect(at(32)).toMatchObject({ due: true, daysLeft: 0, dueDate: plus(receivedAt, 32) });
    expect(message(at(31).reasons[0], inLocale('zh-Hans'))).toBe('规则 f：自 2026-03-01 起超过 31 天未跟进；将于 2026-04-02 退回公海，剩余 1 天');
    expect(message(at(31).reasons[0])).toBe('Rule f: more than 31 days without a follow-up since 2026-03-01; returns to the public pool on 2026-04-02, in 1 day');
  });
  it('reminds from N − r to N days passed, then stops', () => {
    const at = (d: number) => reclaimStatus({ receivedAt }, { asOf: plus(receivedAt, d), policy: FOLLOWUP_ONLY });
    expect(at(28)).toMatchObject({ remind: false, remindOn: plus(receivedAt, 29) });
    expect(at(29).reasons.map((r) => r.code)).toEqual(['pool_not_due', 'pool_remind']);
    expect(at(31).remind).toBe(true);
    expect(at(32).remind).toBe(false);
    const silent = reclaimStatus({ receivedAt }, { asOf: plus(receivedAt, 31), policy: { ...FOLLOWUP_ONLY, remindDaysBefore: 0 } });
    expect(silent).toMatchObject({ remind: false, remindOn: null });
  });
  it('days left drop by one a day until due, and due means none left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 500 }), (start, days, offset) => {
        const policy = { counting: 'calendar_days', rules: [{ id: 'r', conditions: [{ kind: 'no_followup', days }] }] } as const;
        const receivedAt = iso(start * DAY);
        const a = reclaimStatus({ receivedAt }, { asOf: iso((start + offset) * DAY), policy });
        const b = reclaimStatus({ receivedAt }, { asOf: iso((start + offset + 1) * DAY), policy });
        expect(a.dueDate).toBe(b.dueDate);
        expect(b.daysLeft).toBe(Math.max(0, (a.daysLeft ?? 0) - 1));
        expect(a.due).toBe(a.daysLeft === 0);
        expect(a.due).toBe(offset > days);
        expect(a.remind).toBe(!a.due && offset >= days - 2);
      }),
    );
  });
  it('a later follow-up never brings the due date forward; the order of the rules never changes the answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 60 }), (f1, f2, d) => {
        const due = (f: number) => reclaimStatus({ receivedAt: '2026-01-01', lastFollowUpAt: plus('2026-01-01', f) }, { asOf: '2026-01-01', policy: FOLLOWUP_ONLY }).dueDate ?? '';
        expect(due(Math.max(f1, f2)) >= due(Math.min(f1, f2))).toBe(true);
        const rules = [
          { id: 'a', conditions: [{ kind: 'no_followup', days: 31 }] },
          { id: 'b', conditions: [{ kind: 'no_deal', days: d }] },
        ] as const;
        const facts = { receivedAt: '2026-01-01', lastFollowUpAt: plus('2026-01-01', f1) };
        const one = reclaimStatus(facts, { asOf: plus('2026-01-01', f2), policy: { counting: 'calendar_days', rules } });
        const two = reclaimStatus(facts, { asOf: plus('2026-01-01', f2), policy: { counting: 'calendar_days', rules: [rules[1], rules[0]] } });
        expect([one.due, one.dueDate, one.daysLeft]).toEqual([two.due, two.dueDate, two.daysLeft]);
      }),
    );
  });
});

describe('time zones', () => {
  it('counts calendar days in the policy’s zone (UTC by default)', () => {
    // 2026-03-01T20:00Z is already 2026-03-02 in Shanghai.
    const facts = { receivedAt: '2026-03-01T20:00:00Z' };
    expect(reclaimStatus(facts, { asOf: '2026-03-02T00:00:00Z', policy: FOLLOWUP_ONLY }).checks[0]?.countsFrom).toBe('2026-03-01');
    const shanghai = { ...FOLLOWUP_ONLY, timeZone: 'Asia/Shanghai' };
    expect(reclaimStatus(facts, { asOf: '2026-03-02T00:00:00Z', policy: shanghai }).checks[0]?.countsFrom).toBe('2026-03-02');
    expect(reclaimStatus({ receivedAt: Date.UTC(2026, 2, 1) }, { asOf: new Date(Date.UTC(2026, 2, 2)), policy: FOLLOWUP_ONLY }).daysLeft).toBe(31);
  });

  it('adds a month in elapsed time as Java’s plusMonths does when the zone skips the local time (Chile, 2022-09-11 00:00 → 01:00)', () => {
    const policy = { counting: 'elapsed_time', timeZone: 'America/Santiago', rules: [{ id: 'm', conditions: [{ kind: 'older_than', time: 'received', amount: 1, unit: 'month' }] }] } as const;
    const facts = { receivedAt: '2022-08-11T00:30:00-04:00' };
    // One month after 2022-08-11 00:30 is 2022-09-11 00:30, which did not exist: 01:30 (-03), not 23:30 the day before.
    const evening = reclaimStatus(facts, { asOf: '2022-09-10T23:45:00-04:00', policy });
    expect([evening.due, evening.dueAfter]).toEqual([false, '2022-09-11T04:30:00.000Z']);
    expect(reclaimStatus(facts, { asOf: '2022-09-11T04:30:00.001Z', policy }).due).toBe(true);
    // Received at 01:30 on the day that began at 01:00: a month later is 01:30 again, not 00:30.
    expect(reclaimStatus({ receivedAt: '2022-09-11T01:30:00-03:00' }, { asOf: '2022-09-20T00:00:00Z', policy }).dueAfter).toBe('2022-10-11T04:30:00.000Z');
  });

  it('refuses, at its path, an instant whose calendar day in the zone a Date cannot hold', () => {
    const policy = { counting: 'elapsed_time', timeZone: 'America/Los_Angeles', rules: [{ id: 'm', conditions: [{ kind: 'older_than', time: 'received', amount: 3 }] }] } as const;
    expect(thrown(() => reclaimStatus({ receivedAt: '2000-01-01' }, { asOf: -8.64e15, policy }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(thrown(() => reclaimStatus({ receivedAt: -8.64e15 }, { asOf: '2000-01-01', policy }))).toMatchObject({ code: 'invalid_date', path: ['facts', 'receivedAt'] });
  });

  it('keeps the clock’s time of day when a month ends on a DST change day (New York, 2024-03-10)', () => {
    const policy = { counting: 'elapsed_time', timeZone: 'America/New_York', rules: [{ id: 'm', conditions: [{ kind: 'older_than', time: 'received', amount: 1, unit: 'month' }] }] } as const;
    // 12:00 EST on 10 February, one month later 12:00 EDT on 10 March (16:00Z), not 13:00 EDT.
    const status = reclaimStatus({ receivedAt: '2024-02-10T12:00:00-05:00' }, { asOf: '2024-03-01T00:00:00Z', policy });
    expect(status.dueAfter).toBe('2024-03-10T16:00:00.000Z');
  });
});

describe('validation at the boundary', () => {
  const asOf = '2026-03-01';
  const facts = { receivedAt: asOf };
  it.each<[string, unknown, readonly (string | number)[]]>([
    ['a time zone Intl does not know', { timeZone: 'Mars/Base' }, ['options', 'policy', 'timeZone']],
    ['a billion days', { rules: [{ id: 'r', conditions: [{ kind: 'no_followup', days: 1e9 }] }] }, ['options', 'policy', 'rules', 0, 'conditions', 0, 'days']],
    ['zero days', { rules: [{ id: 'r', conditions: [{ kind: 'no_deal', days: 0 }] }] }, ['options', 'policy', 'rules', 0, 'conditions', 0, 'days']],
    ['an unknown condition', { rules: [{ id: 'r', conditions: [{ kind: 'idle', days: 3 }] }] }, ['options', 'policy', 'rules', 0, 'conditions', 0, 'kind']],
    ['no condition', { rules: [{ id: 'r', conditions: [] }] }, ['options', 'policy', 'rules', 0, 'conditions']],
    ['a duplicate rule id', { rules: [{ id: 'r', conditions: [{ kind: 'no_deal', days: 1 }] }, { id: 'r', conditions: [{ kind: 'no_deal', days: 2 }] }] }, ['options', 'policy', 'rules', 1, 'id']],
    ['an unknown level', { rules: [{ id: 'r', conditions: [{ kind: 'no_deal', days: 1 }], valueTiers: ['gold'] }] }, ['options', 'policy', 'rules', 0, 'valueTiers', 0]],
    ['an empty level list', { rules: [{ id: 'r', conditions: [{ kind: 'no_deal', days: 1 }], abcClasses: [] }] }, ['options', 'policy', 'rules', 0, 'abcClasses']],
    ['a bad window date', { rules: [{ id: 'r', conditions: [{ kind: 'between', time: 'created', from: 'soon', to: '2026-01-01' }] }] }, ['options', 'policy', 'rules', 0, 'conditions', 0, 'from']],
    ['an unknown counting', { counting: 'business_days' }, ['options', 'policy', 'counting']],
    ['a negative wait', { claim: { previousOwnerWaitDays: -1 } }, ['options', 'policy', 'claim', 'previousOwnerWaitDays']],
    ['an unknown setting', { noReclaimDays: 7 }, ['options', 'policy', 'noReclaimDays']],
  ])('refuses %s with invalid_policy', (_, policy, path) => {
    const error = thrown(() => reclaimStatus(facts, { asOf, policy: policy as never }));
    expect([error.code, error.path]).toEqual(['invalid_policy', path]);
    expect(message(error, inLocale('zh-Hans'))).not.toMatch(/undefined|\[object|\{\w+\}/);
  });
  it.each<[string, unknown, unknown, string, readonly (string | number)[]]>([
    ['facts that are not an object', null, { asOf }, 'invalid_argument', ['facts']],
    ['no receipt', {}, { asOf }, 'invalid_argument', ['facts', 'receivedAt']],
    ['a bad receipt', { receivedAt: 'soon' }, { asOf }, 'invalid_date', ['facts', 'receivedAt']],
    ['a bad follow-up', { ...facts, lastFollowUpAt: 'x' }, { asOf }, 'invalid_date', ['facts', 'lastFollowUpAt']],
    ['a non-boolean flag', { ...facts, hasDeal: 1 }, { asOf }, 'invalid_argument', ['facts', 'hasDeal']],
    ['an unknown value tier', { ...facts, valueTier: 'gold' }, { asOf }, 'invalid_argument', ['facts', 'valueTier']],
    ['an unknown ABC class', { ...facts, abcClass: 'd' }, { asOf }, 'invalid_argument', ['facts', 'abcClass']],
    ['a stage that is not text', { ...facts, opportunityStage: 3 }, { asOf }, 'invalid_argument', ['facts', 'opportunityStage']],
    ['options that are not an object', facts, null, 'invalid_argument', ['options']],
    ['a bad asOf', facts, { asOf: 'now' }, 'invalid_date', ['options', 'asOf']],
    ['a date beyond the Date range', facts, { asOf: 1e17 }, 'invalid_date', ['options', 'asOf']],
    ['the old timeZone option', facts, { asOf, timeZone: 'Asia/Shanghai' }, 'invalid_argument', ['options', 'timeZone']],
  ])('refuses %s', (_, f, options, code, path) => {
    const error = thrown(() => reclaimStatus(f as never, options as never));
    expect([error.code, error.path]).toEqual([code, path]);
  });
  it('asks for the creation time only when a condition reads it', () => {
    const policy = { counting: 'elapsed_time', rules: [{ id: 'c', conditions: [{ kind: 'older_than', time: 'created', amount: 3 }] }] } as const;
    expect(thrown(() => reclaimStatus(facts, { asOf, policy })).path).toEqual(['facts', 'createdAt']);
    expect(reclaimStatus(facts, { asOf }).due).toBe(false);
  });
  it('refuses a due date no Date can hold (not_computable), never a RangeError', () => {
    expect(thrown(() => reclaimStatus({ receivedAt: 8.64e15 }, { asOf: 8.64e15 })).code).toBe('not_computable');
    expect(thrown(() => reclaimStatus({ receivedAt: '+275760-09-13' }, { asOf: '+275760-09-13', policy: FOLLOWUP_ONLY })).code).toBe('not_computable');
  });
  it('validates claims', () => {
    expect(thrown(() => canClaim({ claimant: '' }, { asOf })).path).toEqual(['request', 'claimant']);
    expect(thrown(() => canClaim({ claimant: 'a', previousOwner: {} as never }, { asOf })).path).toEqual(['request', 'previousOwner']);
    expect(thrown(() => canClaim({ claimant: 'a', previousOwner: 'a' }, { asOf, policy: { claim: { previousOwnerWaitDays: 3 } } })).path).toEqual(['request', 'releasedAt']);
    expect(thrown(() => canClaim({ claimant: 'a' }, { asOf, policy: { claim: { dailyLimit: 3 } } })).path).toEqual(['request', 'claimedToday']);
    expect(thrown(() => canClaim({ claimant: 'a', count: 0 }, { asOf })).path).toEqual(['request', 'count']);
    expect(thrown(() => canClaim(null as never, { asOf })).path).toEqual(['request']);
    expect(canClaim({ claimant: 'a', previousOwner: 'a' }, { asOf }).ok).toBe(true);
  });
});

describe('a policy survives JSON', () => {
  it('gives the same answers after a round trip', () => {
    const policy: PoolPolicy = JSON.parse(JSON.stringify({ ...DEFAULT_POOL_POLICY, counting: 'calendar_days' }));
    const facts = { receivedAt: '2026-01-01', receivedFromPool: true };
    expect(reclaimStatus(facts, { asOf: '2026-01-05', policy })).toEqual(reclaimStatus(facts, { asOf: '2026-01-05', policy: { counting: 'calendar_days' } }));
  });
});

describe('a window date read in the policy zone', () => {
  it("a between date a Date cannot hold in the policy's zone is refused at its place in the policy", () => {
    const policy = { timeZone: 'America/New_York', rules: [{ id: 'r', conditions: [{ kind: 'between' as const, time: 'received' as const, from: '-271821-04-20T02:00:00Z', to: '2024-12-31' }] }] };
    expect(thrown(() => reclaimStatus({ receivedAt: '2024-01-01' }, { asOf: '2024-02-01', policy }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'policy', 'rules', 0, 'conditions', 0, 'from'] });
    // Claims and locks read no window: such a policy does not stop them.
    expect(canLock({ owner: 'a', locked: 0 }, { policy }).ok).toBe(true);
  });
});
