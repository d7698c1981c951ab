import { expectTypeOf } from 'vitest';
import {
  ABC_TO_VALUE_TIER,
  RFM_SEGMENTS,
  fitRfm,
  rfmSegment,
  type AbcClassId,
  type RfmModel,
  type RfmSegmentId,
  type ScoringAccessors,
  type ValueTierId,
} from '../../src/scoring/index.js';

interface Order {
  user_id: string;
  created_at: string;
  total_cents: number;
}
const accessors: ScoringAccessors<Order> = { customerId: (o) => o.user_id, at: (o) => o.created_at, amount: (o) => o.total_cents };
const result = fitRfm([] as Order[], accessors, { asOf: '2024-01-01' });
expectTypeOf(result.model).toEqualTypeOf<RfmModel>();
expectTypeOf(result.customers[0]!.r).toBeNumber();
expectTypeOf(ABC_TO_VALUE_TIER.a).toEqualTypeOf<'vip'>();
expectTypeOf<(typeof ABC_TO_VALUE_TIER)[AbcClassId]>().toMatchTypeOf<ValueTierId>();
expectTypeOf(rfmSegment({ r: 1, f: 1, m: 1 })!.id).toEqualTypeOf<RfmSegmentId>();
expectTypeOf(RFM_SEGMENTS.segments[0]!.id).toEqualTypeOf<RfmSegmentId>();
// @ts-expect-error an unknown policy value is a type error
fitRfm([] as Order[], accessors, { asOf: 0, sameDay: 'twice' });
// @ts-expect-error accessors must read the host's fields
fitRfm([] as Order[], { customerId: (o: Order) => o.userId, at: (o: Order) => o.created_at, amount: (o: Order) => o.total_cents }, { asOf: 0 });
