import { expectTypeOf } from 'vitest';
import {
  classify,
  classifyAll,
  explain,
  type ClassificationReason,
  type ClassifyAllResult,
  type ContactKind,
  type DimensionId,
  type LoyaltyLevel,
  type StoredStates,
} from '../../src/index.js';
import type { CustomerFacts } from '../../src/index.js';

const profile = classify({}, { asOf: '2024-01-01' });

// A profile value is the dimension's union, or null when unknown; narrowing on `known` removes null.
expectTypeOf(profile.dimensions.loyalty.value).toEqualTypeOf<LoyaltyLevel | null>();
const loyalty = profile.dimensions.loyalty;
if (loyalty.known) expectTypeOf(loyalty.value).toEqualTypeOf<LoyaltyLevel>();
expectTypeOf(loyalty.dimension).toEqualTypeOf<'loyalty'>();
expectTypeOf(profile.dimensions.acquaintance.value).toEqualTypeOf<'existing' | 'target' | 'potential' | 'unknown' | null>();

// Reasons are data: a code and params.
expectTypeOf(profile.dimensions.status.reasons[0]!).toEqualTypeOf<ClassificationReason>();
expectTypeOf<ClassificationReason['code']>().toMatchTypeOf<string>();

// explain: a line for a result or a reason, a line per dimension for a profile.
expectTypeOf(explain(profile.dimensions.status)).toEqualTypeOf<string>();
expectTypeOf(explain(profile, 'zh-Hans')).toEqualTypeOf<{ readonly [K in DimensionId]: string }>();

// classifyAll answers directly for an iterable, with a Promise for an async iterable.
expectTypeOf(classifyAll([{ customerId: 'a', at: '2024-01-01', amount: 1 }], { asOf: '2024-01-02' })).toEqualTypeOf<ClassifyAllResult>();
async function* rows() {
  yield { customerId: 'a', at: '2024-01-01', amount: 1 };
}
expectTypeOf(classifyAll(rows(), { asOf: '2024-01-02' })).toEqualTypeOf<Promise<ClassifyAllResult>>();
classifyAll([{ who: 'a' }], { asOf: 0, accessors: { customerId: (r) => r.who, at: () => 0, amount: () => 1 } });

// The contact kinds include email and activity.
expectTypeOf<'email' | 'activity'>().toMatchTypeOf<ContactKind>();

// Given values are checked at compile time too.
const given: CustomerFacts['given'] = { relationship_to_firm: 'consumer' };
expectTypeOf(given!.relationship_to_firm).toEqualTypeOf<'consumer' | 'intermediary' | 'internal' | 'public_interest' | undefined>();
// @ts-expect-error loyalty is derived, not given
const wrong: CustomerFacts['given'] = { loyalty: 'loyal' };
void wrong;
// @ts-expect-error not a status
const stored: StoredStates = { status: 'gone' };
void stored;
// @ts-expect-error asOf is required
classify({}, {});
