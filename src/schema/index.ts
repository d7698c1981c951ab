/**
 * Zod schemas for every persisted shape of crm-taxonomy and the JSON Schema of the taxonomy.
 * This is the only entry that imports zod (a peer dependency): the root entry stays zod-free.
 * Each schema and the core's check come from one shape and take the same JSON values; they read
 * JSON values only (plain objects: a `Date` or an object with a `Symbol.toStringTag` carrying the
 * fields is the core's to refuse). A few checks need more than the stored value and are the core's alone:
 * each schema's TSDoc names them.
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
