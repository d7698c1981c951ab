/** A hostile review of the public pool: facts and requests read once, user ids past 2^53, conditions in any order, plurals. */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { canClaim, canLock, reclaimStatus } from '../../src/pool/index.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';
import { thrown } from '../support/thrown.js';

/** An object whose getters answer `first` to the first read of each key and `later` after. */
function twoFaced(first: Record<string, unknown>, later: Record<string, unknown>): Record<string, unknown> {
  const reads = new Map<string, number>();
  const o: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    Object.defineProperty(o, key, {
      enumerable: true,
      get: () => {
        const n = reads.get(key) ?? 0;
        reads.set(key, n + 1);
        return n === 0 ? first[key] : later[key];
      },
    });
  }
  return o;
}

describe('facts and requests are read once', () => {
  it('reclaimStatus: a receivedAt that changes between reads is judged as first read', () => {
    const facts = twoFaced({ receivedAt: '2026-03-01' }, { receivedAt: null });
    // Before: due since 1970-02-01, "since not given".
    expect(reclaimStatus(facts as never, { asOf: '2026-04-07' })).toMatchObject({ due: true, dueDate: '2026-04-01' });
  });

  it('reclaimStatus: a level that changes between reads is judged as first read', () => {
    const policy = { rules: [{ id: 'key_only', valueTiers: ['key'], conditions: [{ kind: 'no_followup', days: 10 }] }] } as const;
    const facts = twoFaced({ receivedAt: '2026-03-01', valueTier: 'key' }, { receivedAt: '2026-03-01', valueTier: 'bogus' });
    // Before: the rule was skipped as other_level.
    expect(reclaimStatus(facts as never, { asOf: '2026-04-07', policy })).toMatchObject({ due: true, ruleId: 'key_only' });
  });

  it('canClaim and canLock: the decision carries the id that was checked', () => {
    const request = twoFaced({ claimant: 'li' }, { claimant: { x: 1 } });
    const decision = canClaim(request as never, { asOf: '2026-01-01' });
    expect(decision.params.claimant).toBe('li');
    expect(message(decision)).toBe('li may take the customer from the public pool');
    const lock = canLock(twoFaced({ owner: 'li', locked: 1 }, { owner: undefined, locked: 1 }) as never, { policy: { quota: { locked: 5 } } });
    expect(lock.params.owner).toBe('li');
  });
});

describe('user ids', () => {
  it('refuses a number past 2^53, which reads as another id (a wait dodged, or imposed on another user)', () => {
    const policy = { claim: { previousOwnerWaitDays: 7 } };
    // Before: ok, 1234567890123456789 read as 1234567890123456800.
    const error = thrown(() => canClaim({ claimant: 1234567890123456789, previousOwner: '1234567890123456789', releasedAt: '2026-03-01' }, { asOf: '2026-03-02', policy }));
    expect([error.code, error.path, error.details]).toMatchObject(['invalid_argument', ['request', 'claimant'], { expected: 'integer', min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }]);
    expect(thrown(() => canClaim({ claimant: 'li', previousOwner: 7.5, releasedAt: '2026-03-01' }, { asOf: '2026-03-02', policy })).path).toEqual(['request', 'previousOwner']);
    expect(thrown(() => canLock({ owner: 2 ** 60, locked: 0 })).path).toEqual(['request', 'owner']);
    // The same ids as strings, and safe integers, are compared as before.
    expect(canClaim({ claimant: '1234567890123456789', previousOwner: '1234567890123456789', releasedAt: '2026-03-01' }, { asOf: '2026-03-02', policy }).code).toBe('pool_claim_previous_owner_wait');
    expect(canClaim({ claimant: 42, previousOwner: '42', releasedAt: '2026-03-01' }, { asOf: '2026-03-02', policy }).code).toBe('pool_claim_previous_owner_wait');
  });
});

describe("a rule's conditions", () => {
  it('give the same answer in any order: a stage that skips the rule skips it, before a creation time is needed', () => {
    const stage = { kind: 'opportunity_stage', stages: ['won'], in: true } as const;
    const age = { kind: 'older_than', time: 'created', amount: 30 } as const;
    const facts = { receivedAt: '2026-03-01' };
    const judged = (conditions: readonly object[]) => reclaimStatus(facts, { asOf: '2026-04-10', policy: { rules: [{ id: 'r', conditions }] } as never });
    // Before: [stage, age] skipped the rule and [age, stage] threw at facts.createdAt.
    expect(judged([age, stage])).toEqual(judged([stage, age]));
    expect(judged([age, stage]).checks[0]).toMatchObject({ skipped: 'stage' });
    // When every other condition holds, the creation time is needed, in either order.
    const live = { kind: 'opportunity_stage', stages: ['won'], in: false } as const;
    for (const conditions of [[age, live], [live, age]]) expect(thrown(() => judged(conditions)).path).toEqual(['facts', 'createdAt']);
  });
});

describe('claims', () => {
  it('a daily limit of 0 refuses a claim without asking how many were claimed today', () => {
    const decision = canClaim({ claimant: 'li' }, { asOf: '2026-01-01', policy: { claim: { dailyLimit: 0 } } });
    expect([decision.ok, decision.code]).toEqual([false, 'pool_claim_over_daily_limit']);
    expect(message(decision)).toBe('li cannot claim 1 customer at once: the daily limit is 0');
  });

  it('counts say customer or customers in English, and zh-Hant says 個星期 for weeks', () => {
    const policy = { quota: { owned: 1, locked: 1 }, claim: { dailyLimit: 2 } };
    expect(message(canClaim({ claimant: 'wang', owned: 1, claimedToday: 0 }, { asOf: '2026-01-01', policy }))).toBe('wang owns 1 customer; taking 1 more would pass the limit of 1');
    expect(message(canClaim({ claimant: 'wang', owned: 0, claimedToday: 2 }, { asOf: '2026-01-01', policy: { claim: { dailyLimit: 2 } } }))).toMatch(/^wang has claimed 2 customers today;/);
    expect(message(canClaim({ claimant: 'wang', claimedToday: 1 }, { asOf: '2026-01-01', policy: { claim: { dailyLimit: 1 } } }))).toMatch(/^wang has claimed 1 customer today;/);
    expect(message(canLock({ owner: 'li', locked: 1 }, { policy }))).toBe('li has locked 1 customer; locking 1 more would pass the limit of 1');
    const weeks = reclaimStatus({ receivedAt: '2026-03-01', createdAt: '2026-01-01' }, { asOf: '2026-04-10', policy: { rules: [{ id: 'r', conditions: [{ kind: 'older_than', time: 'created', amount: 3, unit: 'week' }] }] } });
    expect(message(weeks.reasons[0]!, { locale: 'zh-Hant', texts: zhHant })).toContain('3 個星期');
  });
});

it("an elapsed wait's message names the instant as the policy's zone reads it (the decision's allowedAt stays UTC)", () => {
  const request = { claimant: 'li', previousOwner: 'li', releasedAt: '2026-03-01T10:00:00+08:00' };
  const decision = (timeZone: string) => canClaim(request, { asOf: '2026-03-02T10:00:00+08:00', policy: { counting: 'elapsed_time', timeZone, claim: { previousOwnerWaitDays: 3 } } });
  const shanghai = decision('Asia/Shanghai');
  expect([shanghai.allowedAt, shanghai.params.allowedFrom]).toEqual(['2026-03-04T02:00:00.000Z', '2026-03-04T10:00:00.000+08:00']);
  // Before: 请等到 2026-03-04T02:00:00.000Z, beside a release day read in Shanghai.
  expect(message(shanghai, { locale: 'zh-Hant', texts: zhHant })).toMatch(/2026-03-04T10:00:00\.000\+08:00$/);
  expect(decision('America/St_Johns').params.allowedFrom).toBe('2026-03-03T22:30:00.000-03:30');
  expect(decision('UTC').params.allowedFrom).toBe('2026-03-04T02:00:00.000Z');
});

it('an elapsed wait whose local reading has no four-digit year is named in UTC', () => {
  const policy = { counting: 'elapsed_time', timeZone: 'Asia/Shanghai', claim: { newInPoolWaitDays: 1 } } as const;
  // Before: '+010000-01-01T01:00:00.+08:00', which no parser reads.
  const late = canClaim({ claimant: 'a', releasedAt: '9999-12-31T01:00:00+08:00' }, { asOf: '9999-12-31T12:00:00+08:00', policy });
  expect(late.params.allowedFrom).toBe('9999-12-31T17:00:00.000Z');
  const early = canClaim({ claimant: 'a', releasedAt: '-000001-12-31T05:00:00Z' }, { asOf: '-000001-12-31T12:00:00Z', policy: { ...policy, timeZone: 'Etc/GMT+12' } });
  // The local reading -000001-12-31T17:00-12:00 has no four-digit year: UTC, as the message can write it.
  expect(early.params.allowedFrom).toBe('0000-01-01T05:00:00.000Z');
});

it('a condition that cannot be judged (a period past the dates a Date holds) skips the rule as one that does not apply, in any order', () => {
  const stage = { kind: 'opportunity_stage', stages: ['won'], in: true } as const;
  const age = { kind: 'older_than', time: 'received', amount: 2, unit: 'month' } as const;
  const judged = (conditions: readonly object[]) => reclaimStatus({ receivedAt: '+275760-08-01T00:00:00Z' }, { asOf: '+275760-08-10T00:00:00Z', policy: { counting: 'elapsed_time', rules: [{ id: 'r', conditions }] } as never });
  expect(judged([age, stage]).checks[0]).toMatchObject({ skipped: 'stage' });
  expect(judged([stage, age])).toEqual(judged([age, stage]));
});
