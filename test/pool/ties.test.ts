/** Conditions and rules that bind on the same day (review 14): the reason and `ruleId` were the first listed. */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { reclaimStatus } from '../../src/pool/index.js';

const facts = { receivedAt: '2026-03-01' };
const followup = { kind: 'no_followup', days: 10 } as const;
const deal = { kind: 'no_deal', days: 10 } as const;
const status = (rules: readonly { id: string; conditions: readonly { readonly kind: 'no_followup' | 'no_deal'; readonly days: number }[] }[]) =>
  reclaimStatus(facts, { asOf: '2026-03-20', policy: { counting: 'calendar_days', rules } });

describe('ties between conditions and between rules', () => {
  it('a rule whose conditions bind on the same day gives the same reason whatever their order', () => {
    const a = status([{ id: 'r', conditions: [followup, deal] }]);
    const b = status([{ id: 'r', conditions: [deal, followup] }]);
    expect(a).toEqual(b);
    expect(a.reasons[0]?.params).toMatchObject({ kind: 'no_deal' });
    expect(message(a.reasons[0]!, 'en')).toBe(message(b.reasons[0]!, 'en'));
  });
  it('rules due on the same day: the smaller id binds, whatever the policy order (the checks keep it)', () => {
    const a = status([{ id: 'followup', conditions: [followup] }, { id: 'deal', conditions: [deal] }]);
    const b = status([{ id: 'deal', conditions: [deal] }, { id: 'followup', conditions: [followup] }]);
    expect([a.ruleId, b.ruleId]).toEqual(['deal', 'deal']);
    expect(a.reasons).toEqual(b.reasons);
    expect(a.checks.map((c) => c.ruleId)).toEqual(['followup', 'deal']);
  });
  it('the earlier day still binds before any tie-break', () => {
    const early = status([{ id: 'z', conditions: [{ kind: 'no_followup', days: 5 }] }, { id: 'a', conditions: [deal] }]);
    expect(early.ruleId).toBe('z');
  });
});
