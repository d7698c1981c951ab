/**
 * Issue 11: every export of the pool, relationship and playbook modules, called with hostile
 * values in every argument and option, answers a correct value or a CrmTaxonomyError with a clean
 * message in three locales: never a TypeError, a RangeError, NaN, a hole in a text, or a hang.
 */
import { describe, expect, it } from 'vitest';
import * as pool from '../../src/pool/index.js';
import * as playbook from '../../src/playbook/index.js';
import * as relationship from '../../src/relationship/index.js';
import { walk } from './hostile-walk.js';

const policy = { counting: 'calendar_days', timeZone: 'Asia/Shanghai', remindDaysBefore: 2, rules: [{ id: 'r', conditions: [{ kind: 'no_followup', days: 31 }] }], claim: { previousOwnerWaitDays: 3, dailyLimit: 5 }, quota: { owned: 9, locked: 2 } };
const elapsed = { ...policy, counting: 'elapsed_time', rules: [{ id: 'm', conditions: [{ kind: 'older_than', time: 'created_or_received', amount: 1, unit: 'month' }] }] };

const CALLS: [string, (...args: never[]) => unknown, unknown[]][] = [
  ['reclaimStatus', pool.reclaimStatus, [{ receivedAt: '2026-03-01', createdAt: '2026-01-31', lastFollowUpAt: '2026-03-05', hasDeal: false, valueTier: 'key', opportunityStage: 'won' }, { asOf: '2026-04-01', policy }]],
  ['reclaimStatus (elapsed)', pool.reclaimStatus, [{ receivedAt: '2026-03-01T10:00:00Z', createdAt: '2026-01-31T10:00:00Z', receivedFromPool: true }, { asOf: '2026-04-01T00:00:00Z', policy: elapsed }]],
  ['canClaim', pool.canClaim, [{ claimant: 'u1', previousOwner: 'u1', releasedAt: '2026-03-01', claimedToday: 1, owned: 2, count: 1 }, { asOf: '2026-03-02', policy }]],
  ['canLock', pool.canLock, [{ owner: 'u1', locked: 1, count: 1 }, { policy }]],
  ['recommendKotlerLevel', relationship.recommendKotlerLevel, [{ customers: 500, unitMargin: 0.2 }, { cutPoints: { fewCustomersBelow: 50 } }]],
  ['assessB2bRelationship', relationship.assessB2bRelationship, [{ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: false, relationshipCost: 5, expectedReturn: 4 }]],
  ['playbook', playbook.playbook, ['breakdown_cause', 'own_operations', { locale: 'zh-Hans' }]],
];

describe('hostile input', () => {
  it('covers every function the modules export', () => {
    const functions = Object.entries({ ...pool, ...relationship, ...playbook }).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect([...new Set(CALLS.map(([name]) => name.split(' ')[0]))].sort()).toEqual(functions);
  });
  it.each(CALLS)('%s', (name, fn, valid) => {
    expect(walk(name, fn, valid)).toBeGreaterThan(40);
  });
  it('leaves the exported constants frozen', () => {
    for (const value of [pool.DEFAULT_POOL_POLICY, pool.DEFAULT_POOL_POLICY.rules[0], pool.DEFAULT_POOL_POLICY.claim, relationship.KOTLER_TABLE, relationship.KOTLER_TABLE[0]]) expect(Object.isFrozen(value)).toBe(true);
  });
});

describe('a level the taxonomy does not hold', () => {
  it('is refused at its fact, listing the taxonomy ids of its dimension', () => {
    for (const [key, value, allowed] of [
      ['valueTier', 'gold', ['ordinary', 'key', 'vip']],
      ['abcClass', 'd', ['c', 'b', 'a']],
    ] as const) {
      let error: unknown;
      try {
        pool.reclaimStatus({ receivedAt: '2026-01-01', [key]: value } as never, { asOf: '2026-02-01' });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'invalid_argument', path: ['facts', key], details: { expected: 'one_of', allowed } });
    }
  });
});
