import { expectTypeOf } from 'vitest';
import { assessB2bRelationship, recommendKotlerLevel, type B2bRelationship, type KotlerLevel } from '../../src/index.js';
import { playbook, type PlaybookAdvice } from '../../src/playbook/index.js';
import { reclaimStatus } from '../../src/pool/index.js';

// The playbook's value follows the dimension; without a value it is the dimension's page.
expectTypeOf(playbook('loyalty', 'new')).toEqualTypeOf<PlaybookAdvice<'loyalty'> | undefined>();
expectTypeOf(playbook('loyalty')).toEqualTypeOf<readonly PlaybookAdvice<'loyalty'>[]>();
// @ts-expect-error: 'gold' is not a loyalty value
playbook('loyalty', 'gold');
// @ts-expect-error: 'vip' is a value_tier value, not a loyalty one
playbook('loyalty', 'vip');

// Recommendations are typed taxonomy values.
expectTypeOf(recommendKotlerLevel({ customers: 1, unitMargin: 1 }).level).toEqualTypeOf<KotlerLevel>();
expectTypeOf(assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true }).type).toEqualTypeOf<B2bRelationship>();
// @ts-expect-error: pool rules accept value tiers only
reclaimStatus({ receivedAt: '2026-01-01' }, { asOf: '2026-01-02', policy: { rules: [{ id: 'a', conditions: [{ kind: 'no_deal', days: 1 }], valueTiers: ['gold'] }] } });
// @ts-expect-error: a condition names its kind
reclaimStatus({ receivedAt: '2026-01-01' }, { asOf: '2026-01-02', policy: { rules: [{ id: 'a', conditions: [{ kind: 'idle', days: 1 }] }] } });
