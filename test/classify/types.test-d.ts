import { expectTypeOf } from 'vitest';
import {
  classify,
  type DerivedDimensionId,
  type GivenDimensionId,
  type GivenValues,
  type LoyaltyLevel,
  type ReasonCode,
  type StoredStates,
} from '../../src/index.js';

const profile = classify({}, {}, '2024-01-01');

// A profile value is the dimension's union, or null when unknown; narrowing on `known` removes null.
expectTypeOf(profile.dimensions.loyalty.value).toEqualTypeOf<LoyaltyLevel | null>();
const loyalty = profile.dimensions.loyalty;
if (loyalty.known) expectTypeOf(loyalty.value).toEqualTypeOf<LoyaltyLevel>();
expectTypeOf(profile.dimensions.acquaintance.value).toEqualTypeOf<'existing' | 'target' | 'potential' | 'unknown' | null>();

// Reasons carry the stable codes.
expectTypeOf(profile.dimensions.status.reasons[0]!.code).toEqualTypeOf<ReasonCode>();

// Derived and given dimensions split the taxonomy.
expectTypeOf<Extract<DerivedDimensionId, GivenDimensionId>>().toEqualTypeOf<never>();
expectTypeOf<'loyalty'>().toMatchTypeOf<DerivedDimensionId>();

// Given values are checked at compile time too.
const given: GivenValues = { relationship_to_firm: 'consumer' };
expectTypeOf(given.relationship_to_firm).toEqualTypeOf<'consumer' | 'intermediary' | 'internal' | 'public_interest' | undefined>();
// @ts-expect-error loyalty is derived, not given
const wrong: GivenValues = { loyalty: 'loyal' };
void wrong;
// @ts-expect-error not a status
const stored: StoredStates = { status: 'gone' };
void stored;
