import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, reclaimStatus, type PoolPolicy } from '../../src/pool/index.js';
import { PoolPolicySchema } from '../../src/schema/index.js';

const policy: PoolPolicy = {
  ...DEFAULT_POOL_POLICY,
  counting: 'calendar_days',
  timeZone: 'Asia/Shanghai',
  rules: [
    { id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }], exemptWithDeal: true, exemptWithOpportunity: false, onlyAfterPoolClaim: false },
    {
      id: 'key',
      conditions: [
        { kind: 'older_than', time: 'created_or_received', amount: 2, unit: 'month' },
        { kind: 'opportunity_stage', stages: ['negotiation'], in: false },
      ],
      valueTiers: ['key', 'vip'],
      exemptWithDeal: false,
      exemptWithOpportunity: true,
      onlyAfterPoolClaim: false,
    },
    { id: 'q1', conditions: [{ kind: 'between', time: 'created', from: '2026-01-01', to: '2026-03-31' }], abcClasses: ['c'], exemptWithDeal: true, exemptWithOpportunity: false, onlyAfterPoolClaim: false },
  ],
  claim: { previousOwnerWaitDays: 7, newInPoolWaitDays: 1, dailyLimit: 20 },
  quota: { owned: 200, locked: 10 },
};

/** What the core says of a stored policy: its reading, or the code and path of its refusal. */
function core(value: unknown): { ok: true; value: unknown } | { ok: false; code: string; path: readonly (string | number)[] } {
  try {
    reclaimStatus({ receivedAt: '2026-01-01', createdAt: '2026-01-01' }, { asOf: '2026-01-02', policy: value as never });
    return { ok: true, value };
  } catch (error) {
    const e = error as { code: string; path: readonly (string | number)[] };
    return { ok: false, code: e.code, path: e.path.slice(2) };
  }
}

describe('PoolPolicySchema and the core read one shape', () => {
  it('stored policies survive JSON and the schema unchanged', () => {
    for (const p of [policy, DEFAULT_POOL_POLICY]) {
      const stored: unknown = JSON.parse(JSON.stringify(p));
      expect(PoolPolicySchema.parse(stored)).toEqual(p);
      expect(core(stored).ok).toBe(true);
    }
  });

  const withRule = (patch: Record<string, unknown>, at = 1): unknown => ({ ...policy, rules: policy.rules.map((r, i) => (i === at ? { ...r, ...patch } : r)) });
  const withCondition = (patch: Record<string, unknown>): unknown => withRule({ conditions: [{ ...policy.rules[1]!.conditions[0], ...patch }] });

  it.each<[string, unknown, readonly (string | number)[]]>([
    ['not an object', 'rules', []],
    ['rules not an array', { ...policy, rules: {} }, ['rules']],
    ['a rule that is not an object', { ...policy, rules: [null] }, ['rules', 0]],
    ['an empty rule id', withRule({ id: '' }), ['rules', 1, 'id']],
    ['a duplicate rule id', withRule({ id: 'followup' }), ['rules', 1, 'id']],
    ['no conditions', withRule({ conditions: [] }), ['rules', 1, 'conditions']],
    ['an unknown condition kind', withCondition({ kind: 'no_visit' }), ['rules', 1, 'conditions', 0, 'kind']],
    ['zero', withCondition({ amount: 0 }), ['rules', 1, 'conditions', 0, 'amount']],
    ['a billion days', withRule({ conditions: [{ kind: 'no_deal', days: 1e9 }] }), ['rules', 1, 'conditions', 0, 'days']],
    ['fractional days', withRule({ conditions: [{ kind: 'no_deal', days: 1.5 }] }), ['rules', 1, 'conditions', 0, 'days']],
    ['NaN days', withRule({ conditions: [{ kind: 'no_deal', days: Number.NaN }] }), ['rules', 1, 'conditions', 0, 'days']],
    ['days as text', withRule({ conditions: [{ kind: 'no_deal', days: '30' }] }), ['rules', 1, 'conditions', 0, 'days']],
    ['an unknown unit', withCondition({ unit: 'year' }), ['rules', 1, 'conditions', 0, 'unit']],
    ['an unknown time', withCondition({ time: 'updated' }), ['rules', 1, 'conditions', 0, 'time']],
    ['an unknown value tier', withRule({ valueTiers: ['key', 'gold'] }), ['rules', 1, 'valueTiers', 1]],
    ['an empty list of value tiers', withRule({ valueTiers: [] }), ['rules', 1, 'valueTiers']],
    ['an ABC class that is a value tier', withRule({ abcClasses: ['vip'] }), ['rules', 1, 'abcClasses', 0]],
    ['a non-boolean exemption', withRule({ exemptWithDeal: 'no' }), ['rules', 1, 'exemptWithDeal']],
    ['a host column on a rule', withRule({ note: 'ops' }), ['rules', 1, 'note']],
    ['a time zone Intl does not know', { ...policy, timeZone: 'Mars/Base' }, ['timeZone']],
    ['an unknown counting', { ...policy, counting: 'hours' }, ['counting']],
    ['negative reminder days', { ...policy, remindDaysBefore: -1 }, ['remindDaysBefore']],
    ['a fractional wait', { ...policy, claim: { ...policy.claim, previousOwnerWaitDays: 0.5 } }, ['claim', 'previousOwnerWaitDays']],
    ['a negative quota', { ...policy, quota: { ...policy.quota, owned: -1 } }, ['quota', 'owned']],
  ])('both refuse %s, at the same path', (_, bad, path) => {
    const zod = PoolPolicySchema.safeParse(bad);
    expect(zod.success).toBe(false);
    const issue = zod.error!.issues[0]!;
    // zod names an unknown key beside the object's path; the core at the key itself
    expect(issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys] : issue.path).toEqual(path);
    expect(core(bad)).toEqual({ ok: false, code: 'invalid_policy', path });
  });

  it('the core takes a partial policy over the defaults; the schema wants a complete one', () => {
    const partial = { counting: 'calendar_days' };
    expect(core(partial).ok).toBe(true);
    expect(PoolPolicySchema.safeParse(partial).success).toBe(false);
  });
});
