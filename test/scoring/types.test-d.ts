import { expectTypeOf } from 'vitest';
import { ABC_TO_VALUE_TIER, RFM_SEGMENTS, fitAbc, fitRfm, rfmSegment, type AbcResult, type RfmModel, type RfmResult, type RfmSegmentId } from '../../src/scoring/index.js';
import type { AbcClass, ValueTier } from '../../src/index.js';

interface Order {
  user_id: string;
  created_at: string;
  total_cents: number;
}
const accessors = { customerId: (o: Order) => o.user_id, at: (o: Order) => o.created_at, amount: (o: Order) => o.total_cents };
const result = fitRfm([] as Order[], { asOf: '2024-01-01', accessors });
expectTypeOf(result).toEqualTypeOf<RfmResult>();
expectTypeOf(result.model).toEqualTypeOf<RfmModel>();
expectTypeOf(result.customers[0]!.r).toBeNumber();
// Rows shaped { customerId, at, amount } need no accessors; async input answers with a Promise.
expectTypeOf(fitRfm([{ customerId: 1, at: 0, amount: 1 }], { asOf: 0 })).toEqualTypeOf<RfmResult>();
declare const stream: AsyncIterable<Order>;
expectTypeOf(fitRfm(stream, { asOf: 0, accessors })).toEqualTypeOf<Promise<RfmResult>>();
expectTypeOf(fitAbc(stream, { accessors })).toEqualTypeOf<Promise<AbcResult>>();
expectTypeOf(ABC_TO_VALUE_TIER.a).toEqualTypeOf<'vip'>();
expectTypeOf<(typeof ABC_TO_VALUE_TIER)[AbcClass]>().toMatchTypeOf<ValueTier>();
expectTypeOf(rfmSegment({ r: 1, f: 1, m: 1 })!.id).toEqualTypeOf<RfmSegmentId>();
expectTypeOf(RFM_SEGMENTS.segments[0]!.id).toEqualTypeOf<RfmSegmentId>();
// @ts-expect-error an unknown policy value is a type error
fitRfm([] as Order[], { asOf: 0, accessors, policy: { sameDay: 'twice' } });
// @ts-expect-error rows of another shape need accessors
fitRfm([] as Order[], { asOf: 0 });
// @ts-expect-error accessors must read the host's fields
fitRfm([] as Order[], { asOf: 0, accessors: { customerId: (o: Order) => o.userId, at: (o: Order) => o.created_at, amount: (o: Order) => o.total_cents } });

// rfmSegment takes options: a segment map in the options' place does not compile.
// @ts-expect-error — a map goes in `segmentMap`
rfmSegment({ r: 1, f: 1, m: 1 }, RFM_SEGMENTS);
rfmSegment({ r: 1, f: 1, m: 1 }, { segmentMap: RFM_SEGMENTS, scale: 5 });
