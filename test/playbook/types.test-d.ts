import { expectTypeOf } from 'vitest';
import {
  playbook,
  recommendKotlerLevel,
  assessB2bRelationship,
  reclaimStatus,
  type B2bRelationship,
  type KotlerLevel,
  type PlaybookAdvice,
} from '../../src/index.js';
import { fromHubSpotLifecycleStage, toHubSpotLifecycleStage, type HubSpotLifecycleStage, type InteropProfile } from '../../src/interop/index.js';

// The playbook's value follows the dimension.
expectTypeOf(playbook('loyalty', 'new')).toEqualTypeOf<PlaybookAdvice<'loyalty'> | undefined>();
// @ts-expect-error: 'gold' is not a loyalty value
playbook('loyalty', 'gold');
// @ts-expect-error: 'vip' is a value_tier value, not a loyalty one
playbook('loyalty', 'vip');

// Recommendations are typed taxonomy values.
expectTypeOf(recommendKotlerLevel({ customers: 1, unitMargin: 1 }).level).toEqualTypeOf<KotlerLevel>();
expectTypeOf(assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true }).type).toEqualTypeOf<B2bRelationship>();
// @ts-expect-error: pool rules accept value tiers only
reclaimStatus({ claimedAt: '2026-01-01' }, { asOf: '2026-01-02', policy: { rules: [{ id: 'a', kind: 'no_deal', days: 1, valueTiers: ['gold'] }], remindDaysBefore: 0, noReclaimDays: 0 } });

// Interop profiles are typed per dimension.
expectTypeOf(toHubSpotLifecycleStage({ status: 'current' }).value).toEqualTypeOf<HubSpotLifecycleStage | null>();
// @ts-expect-error: 'churned' is not a status
const wrong: InteropProfile = { status: 'churned' };
void wrong;
// @ts-expect-error: not a HubSpot stage
fromHubSpotLifecycleStage('former_customer');
