import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_POLICY, reclaimStatus, validatePoolPolicy, type PoolPolicy } from '../../src/index.js';
import { PoolPolicySchema } from '../../src/schema/index.js';

const policy: PoolPolicy = {
  rules: [
    { id: 'followup', kind: 'no_followup', days: 31 },
    { id: 'key-followup', kind: 'no_followup', days: 60, valueTiers: ['key', 'vip'], exemptWithDeal: false },
    { id: 'opportunity', kind: 'no_opportunity', days: 90, abcClasses: ['a', 'b'], exemptWithOpportunity: true },
    { id: 'deal', kind: 'no_deal', days: 3 },
  ],
  remindDaysBefore: 5,
  noReclaimDays: 0,
};

/** What validatePoolPolicy says: its result, or the code and path of its refusal. */
function hand(value: unknown): { ok: true; value: PoolPolicy } | { ok: false; code: string; path: readonly (string | number)[] } {
  try {
    return { ok: true, value: validatePoolPolicy(value) };
  } catch (error) {
    const e = error as { code: string; path: readonly (string | number)[] };
    return { ok: false, code: e.code, path: e.path };
  }
}

describe('PoolPolicySchema', () => {
  it('stored policies survive JSON and the schema unchanged, as validatePoolPolicy returns them', () => {
    for (const p of [policy, DEFAULT_POOL_POLICY]) {
      const stored: unknown = JSON.parse(JSON.stringify(p));
      expect(PoolPolicySchema.parse(stored)).toEqual(p);
      expect(hand(stored)).toEqual({ ok: true, value: p });
    }
  });

  it('missing reminder and no-reclaim days take the defaults in both', () => {
    const partial = { rules: [{ id: 'r1', kind: 'no_deal', days: 10 }] };
    const parsed = PoolPolicySchema.parse(partial);
    expect(parsed).toEqual({ ...partial, remindDaysBefore: DEFAULT_POOL_POLICY.remindDaysBefore, noReclaimDays: DEFAULT_POOL_POLICY.noReclaimDays });
    expect(hand(partial)).toEqual({ ok: true, value: parsed });
  });

  it('the parsed policy drives reclaimStatus as the original does', () => {
    const facts = { claimedAt: '2024-01-01', lastFollowUpAt: '2024-01-20', valueTier: 'vip' as const };
    const parsed = PoolPolicySchema.parse(JSON.parse(JSON.stringify(policy)));
    const status = reclaimStatus(facts, { asOf: '2024-06-30', policy: parsed });
    expect(status).toEqual(reclaimStatus(facts, { asOf: '2024-06-30', policy }));
  });

  const withRule = (patch: Record<string, unknown>, at = 1): unknown => ({ ...policy, rules: policy.rules.map((r, i) => (i === at ? { ...r, ...patch } : r)) });

  it.each<[string, unknown, readonly (string | number)[]]>([
    ['not an object', 'rules', []],
    ['rules missing', { remindDaysBefore: 2 }, ['rules']],
    ['rules not an array', { rules: {} }, ['rules']],
    ['a rule that is not an object', { rules: [null] }, ['rules', 0]],
    ['an empty rule id', withRule({ id: '' }), ['rules', 1, 'id']],
    ['a duplicate rule id', withRule({ id: 'followup' }), ['rules', 1, 'id']],
    ['an unknown kind', withRule({ kind: 'no_visit' }), ['rules', 1, 'kind']],
    ['zero days', withRule({ days: 0 }), ['rules', 1, 'days']],
    ['fractional days', withRule({ days: 1.5 }), ['rules', 1, 'days']],
    ['NaN days', withRule({ days: Number.NaN }), ['rules', 1, 'days']],
    ['days as a string', withRule({ days: '30' }), ['rules', 1, 'days']],
    ['an unknown value tier', withRule({ valueTiers: ['key', 'gold'] }), ['rules', 1, 'valueTiers', 1]],
    ['an empty list of value tiers', withRule({ valueTiers: [] }), ['rules', 1, 'valueTiers']],
    ['an abc class that is a value tier', withRule({ abcClasses: ['vip'] }), ['rules', 1, 'abcClasses', 0]],
    ['a non-boolean exemption', withRule({ exemptWithDeal: 'no' }), ['rules', 1, 'exemptWithDeal']],
    ['negative reminder days', { ...policy, remindDaysBefore: -1 }, ['remindDaysBefore']],
    ['fractional no-reclaim days', { ...policy, noReclaimDays: 0.5 }, ['noReclaimDays']],
  ])('both refuse %s, at the same path', (_, bad, path) => {
    const zod = PoolPolicySchema.safeParse(bad);
    expect(zod.success).toBe(false);
    expect(zod.error!.issues[0]!.path).toEqual(path);
    expect(hand(bad)).toEqual({ ok: false, code: 'invalid_policy', path });
  });

  it('both accept a host column on a rule (the schema strips it)', () => {
    const extra = withRule({ note: 'set by ops' });
    expect(PoolPolicySchema.parse(extra)).toEqual(policy);
    expect(hand(extra).ok).toBe(true);
  });
});
