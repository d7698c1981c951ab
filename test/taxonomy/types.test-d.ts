import { expectTypeOf } from 'vitest';
import {
  defineDimension,
  label,
  parse,
  taxonomy,
  type AbcClass,
  type CustomerStatus,
  type DimensionValue,
  type KotlerLevel,
  type LoyaltyLevel,
  type ValueOf,
  type ValueTier,
} from '../../src/index.js';

// Union types follow the data.
expectTypeOf<LoyaltyLevel>().toEqualTypeOf<'potential' | 'new' | 'established' | 'loyal'>();
expectTypeOf<ValueTier>().toEqualTypeOf<'ordinary' | 'key' | 'vip'>();
expectTypeOf<AbcClass>().toEqualTypeOf<'c' | 'b' | 'a'>();
expectTypeOf<CustomerStatus>().toEqualTypeOf<'non_customer' | 'potential' | 'target' | 'current' | 'lost'>();
expectTypeOf<KotlerLevel>().toEqualTypeOf<'basic' | 'reactive' | 'accountable' | 'proactive' | 'partnership'>();
expectTypeOf(parse('loyalty', 'x' as unknown)).toEqualTypeOf<LoyaltyLevel>();
expectTypeOf<DimensionValue<'b2b_relationship'>>().toEqualTypeOf<
  'transactional' | 'preferred_supplier' | 'partnership' | 'strategic_alliance'
>();

// Wrong ids are compile errors where they are literals.
// @ts-expect-error not a value tier
label('value_tier', 'gold');
// @ts-expect-error not a dimension
parse('colour', 'red');
// @ts-expect-error status is not ordered
taxonomy.next('status', 'lost');
// @ts-expect-error unknown locale tags are strings, but a number is not
label('value_tier', 'vip', 7);

// Extensions: the types follow without casts.
const needs = defineDimension({
  id: 'needs',
  kind: 'classification',
  ordered: true,
  label: { en: 'Needs' },
  description: { en: 'Needs' },
  values: [
    { id: 'savings', label: { en: 'Savings' }, description: { en: 'Savings' } },
    { id: 'wealth', label: { en: 'Wealth' }, description: { en: 'Wealth' } },
  ],
});
expectTypeOf<ValueOf<typeof needs>>().toEqualTypeOf<'savings' | 'wealth'>();
const bank = taxonomy.extend({
  dimensions: [needs],
  values: { loyalty: [{ id: 'ambassador', label: { en: 'Ambassador' }, description: { en: 'Recruits' } }] },
});
expectTypeOf(bank.parse('needs', 'x' as unknown)).toEqualTypeOf<'savings' | 'wealth'>();
expectTypeOf(bank.parse('loyalty', 'x' as unknown)).toEqualTypeOf<LoyaltyLevel | 'ambassador'>();
expectTypeOf(bank.next('needs', 'savings')).toEqualTypeOf<'savings' | 'wealth' | undefined>();
bank.label('loyalty', 'ambassador');
// @ts-expect-error still not a loyalty value
bank.label('loyalty', 'gold');
