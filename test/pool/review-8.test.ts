import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, reclaimStatus } from '../../src/pool/index.js';
import { PoolPolicySchema } from '../../src/schema/index.js';
import { thrown } from '../support/thrown.js';

// A `between` window that ends before it starts never applied, and was taken.

const policy = (from: string, to: string) => ({ rules: [{ id: 'window', conditions: [{ kind: 'between' as const, time: 'created' as const, from, to }] }] });
/** The same as a stored (complete) policy, which the schema reads. */
const stored = (from: string, to: string) => ({ ...DEFAULT_POOL_POLICY, rules: [{ ...DEFAULT_POOL_POLICY.rules[0]!, ...policy(from, to).rules[0] }] });
const inWindow = (createdAt: string) => ({ ...facts, createdAt });
const due = (day: string) => ({ due: true, ruleId: 'window', reasons: [{ code: 'pool_due', params: { windowFrom: day, windowTo: day } }] });
const facts = { createdAt: '2026-03-01', receivedAt: '2026-03-01', lastFollowUpAt: null };

describe('a between window ends on or after its start', () => {
  it('one that ends before it starts is invalid_policy at its to, in the core and the schema', () => {
    expect(thrown(() => reclaimStatus(facts, { asOf: '2026-06-01', policy: policy('2026-05-01', '2026-01-01') }))).toMatchObject({
      code: 'invalid_policy',
      path: ['options', 'policy', 'rules', 0, 'conditions', 0, 'to'],
      details: { expected: 'not_before_other', other: 'from' },
    });
    const parsed = PoolPolicySchema.safeParse(stored('2026-05-01', '2026-01-01'));
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['rules', 0, 'conditions', 0, 'to']]);
  });

  it('the core compares the days on the policy clock, whatever the texts', () => {
    const zoned = (from: string, to: string, timeZone: string) => ({ ...policy(from, to), timeZone });
    // The same day, written as an instant and as a date: a one-day window, which a customer created that day is due under.
    expect(reclaimStatus(inWindow('2026-05-01'), { asOf: '2026-06-01', policy: policy('2026-05-01T10:00:00', '2026-05-01') })).toMatchObject(due('2026-05-01'));
    expect(reclaimStatus(inWindow('2026-05-02'), { asOf: '2026-06-01', policy: zoned('2026-05-01T20:00:00-08:00', '2026-05-02', 'Asia/Shanghai') })).toMatchObject(due('2026-05-02'));
    // 05-02 to 05-01 in Los Angeles (23:30 there is 05-02 in UTC): refused.
    expect(thrown(() => reclaimStatus(facts, { asOf: '2026-06-01', policy: zoned('2026-05-02', '2026-05-01T23:30:00-07:00', 'America/Los_Angeles') }))).toMatchObject({ code: 'invalid_policy', details: { expected: 'not_before_other' } });
  });

  it('one of a single day, and one in order, are taken', () => {
    expect(reclaimStatus(inWindow('2026-05-01'), { asOf: '2026-06-01', policy: policy('2026-05-01', '2026-05-01') })).toMatchObject(due('2026-05-01'));
    expect(PoolPolicySchema.safeParse(stored('2026-01-01', '2026-05-01')).success).toBe(true);
  });
});
