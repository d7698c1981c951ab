import { describe, expect, it } from 'vitest';
import { reviewMembership } from '../../src/analysis/index.js';
import { can, defineMachine } from '../../src/index.js';
import { DEFAULT_MEMBERSHIP_POLICY } from '../../src/analysis/membership-policy.js';
import { MembershipPolicySchema } from '../../src/schema/index.js';
import { thrown } from '../support/thrown.js';

// Persisted shapes (policies, models) are plain JSON: an object that is not a plain record (a Map,
// a Date) is refused where an object belongs, not read as an object with no keys (all defaults),
// and the core's reading agrees with the zod schema of `crm-taxonomy/schema`.

const account = { customerId: 'c-0042', membershipTier: 'ordinary' as const, transactions: ['1998-01-05', '1998-02-11', '1998-03-20'].map((at) => ({ at, amount: 4_500 })) };


describe('plain records where a persisted shape holds an object', () => {
  it.each([
    ['a Map', { silver: new Map([['minPurchases', 1]]) }, ['options', 'policy', 'silver']],
    ['a Date', new Date(0), ['options', 'policy']],
  ])('%s is refused at its path, as the zod schema refuses it', (_, policy, path) => {
    const error = thrown(() => reviewMembership(account, { asOf: '1998-06-30', policy: policy as never }));
    expect(error.path).toEqual(path);
    // The schema holds a whole policy: the same value in the same place of the defaults.
    const whole = policy instanceof Date ? policy : { ...DEFAULT_MEMBERSHIP_POLICY, ...policy };
    expect(MembershipPolicySchema.safeParse(DEFAULT_MEMBERSHIP_POLICY).success).toBe(true);
    expect(MembershipPolicySchema.safeParse(whole).success).toBe(false);
  });

  it('a record with a null prototype (from Object.create(null)) is plain', () => {
    const silver = Object.assign(Object.create(null) as object, { minAverageSpend: 3_000 });
    const plain = reviewMembership(account, { asOf: '1998-06-30', policy: { silver: { minAverageSpend: 3_000 } } });
    expect(reviewMembership(account, { asOf: '1998-06-30', policy: { silver } as never })).toEqual(plain);
    const whole = Object.assign(Object.create(null) as object, { ...DEFAULT_MEMBERSHIP_POLICY, silver: Object.assign(Object.create(null) as object, DEFAULT_MEMBERSHIP_POLICY.silver) });
    expect(MembershipPolicySchema.safeParse(whole).success).toBe(true);
  });
});

describe('an open shape keeps a host key named __proto__ as data', () => {
  it("a lifecycle policy's own __proto__ key does not become the resolved policy's prototype", () => {
    const m = defineMachine({
      id: 'p',
      dimension: 'status',
      guards: { g: { description: { en: 'd' }, refusal: { en: 'r' }, test: (_f, p) => (p as Record<string, unknown>).x === undefined } },
      events: { go: { label: { en: 'Go' }, edges: [{ from: ['non_customer', 'potential', 'target', 'current'], to: 'lost', guards: ['g'], source: [{ seed: 'a' }] }] } },
    });
    expect(can(m, 'current', 'go', { policy: JSON.parse('{"__proto__": {"x": 1}}') }).ok).toBe(true);
    expect(can(m, 'current', 'go', { policy: { x: 1 } as never }).ok).toBe(false);
  });
});
