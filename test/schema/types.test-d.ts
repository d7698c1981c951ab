import { expectTypeOf } from 'vitest';
import type { z } from 'zod';
import type { CustomerAggregate, RfmModel, ValueModel } from '../../src/index.js';
import type { PoolPolicy } from '../../src/pool/index.js';
import type { BgNbdModel, GammaGammaModel, ParetoNbdModel } from '../../src/clv/index.js';
import {
  BgNbdModelSchema,
  CustomerAggregateSchema,
  GammaGammaModelSchema,
  ParetoNbdModelSchema,
  PoolPolicySchema,
  RfmModelSchema,
  ValueModelSchema,
} from '../../src/schema/index.js';
import { bgNbdModelObject, gammaGammaModelObject, paretoNbdModelObject } from '../../src/schema/clv.js';
import { customerAggregateObject, rfmModelObject } from '../../src/schema/scoring.js';

/**
 * The library's types are readonly all the way down; zod infers mutable objects and arrays. Both
 * sides are made deeply readonly, so what is compared is every key, optionality and value type.
 */
type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

// What each un-annotated schema infers is exactly the library's type (modulo readonly)...
expectTypeOf<DeepReadonly<z.infer<typeof customerAggregateObject>>>().toEqualTypeOf<DeepReadonly<CustomerAggregate>>();
expectTypeOf<DeepReadonly<z.infer<typeof rfmModelObject>>>().toEqualTypeOf<DeepReadonly<RfmModel>>();
expectTypeOf<DeepReadonly<z.infer<typeof bgNbdModelObject>>>().toEqualTypeOf<DeepReadonly<BgNbdModel>>();
expectTypeOf<DeepReadonly<z.infer<typeof paretoNbdModelObject>>>().toEqualTypeOf<DeepReadonly<ParetoNbdModel>>();
expectTypeOf<DeepReadonly<z.infer<typeof gammaGammaModelObject>>>().toEqualTypeOf<DeepReadonly<GammaGammaModel>>();

// ...and mutual assignability holds without the normalisation: a parsed value is usable as the
// library's type, and a library value is a valid input type of the output.
expectTypeOf<z.infer<typeof customerAggregateObject>>().toExtend<CustomerAggregate>();
expectTypeOf<z.infer<typeof rfmModelObject>>().toExtend<RfmModel>();
expectTypeOf<z.infer<typeof bgNbdModelObject>>().toExtend<BgNbdModel>();
expectTypeOf<z.infer<typeof paretoNbdModelObject>>().toExtend<ParetoNbdModel>();
expectTypeOf<z.infer<typeof gammaGammaModelObject>>().toExtend<GammaGammaModel>();

// The exported, annotated schemas.
expectTypeOf<z.infer<typeof CustomerAggregateSchema>>().toEqualTypeOf<CustomerAggregate>();
expectTypeOf<z.infer<typeof RfmModelSchema>>().toEqualTypeOf<RfmModel>();
expectTypeOf<z.infer<typeof BgNbdModelSchema>>().toEqualTypeOf<BgNbdModel>();
expectTypeOf<z.infer<typeof ParetoNbdModelSchema>>().toEqualTypeOf<ParetoNbdModel>();
expectTypeOf<z.infer<typeof GammaGammaModelSchema>>().toEqualTypeOf<GammaGammaModel>();
expectTypeOf<z.infer<typeof PoolPolicySchema>>().toEqualTypeOf<PoolPolicy>();
expectTypeOf<z.infer<typeof ValueModelSchema>>().toEqualTypeOf<ValueModel>();

// A dimension's schema is a zod enum of its ids: `.options`, `.exclude` and `z.infer` read them.
{
  const { taxonomySchemas } = await import('../../src/schema/index.js');
  const loyalty = taxonomySchemas().loyalty;
  expectTypeOf<z.infer<typeof loyalty>>().toEqualTypeOf<import('../../src/index.js').LoyaltyLevel>();
  expectTypeOf(loyalty.options).toEqualTypeOf<import('../../src/index.js').LoyaltyLevel[]>();
  expectTypeOf(loyalty.exclude(['loyal']).options).toEqualTypeOf<Exclude<import('../../src/index.js').LoyaltyLevel, 'loyal'>[]>();
}
