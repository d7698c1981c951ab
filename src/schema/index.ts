/**
 * Zod schemas for every persisted shape of crm-taxonomy and the JSON Schema of the taxonomy.
 * This is the only entry that imports zod (a peer dependency): the root entry stays zod-free.
 *
 * @packageDocumentation
 */
export { fromZodError, taxonomyJsonSchema, taxonomySchemas, TaxonomyDocumentSchema } from './taxonomy.js';
export { LifecycleEventSchema, LifecyclePolicySchema, machineEventSchema, MachineDocumentSchema } from './lifecycle.js';
export { ClassificationPolicySchema } from './classify.js';
export { CustomerAggregateSchema, RfmModelSchema } from './scoring.js';
export { BgBbModelSchema, BgNbdModelSchema, GammaGammaModelSchema, ParetoNbdModelSchema, SbgModelSchema } from './clv.js';
export { PoolPolicySchema } from './pool.js';
export { ValueModelSchema } from './classify-model.js';
export { MembershipPolicySchema } from './analysis.js';
