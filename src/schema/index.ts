/**
 * Zod schemas for every persisted shape of crm-taxonomy and the JSON Schema of the taxonomy.
 * This is the only entry that imports zod (a peer dependency): the root entry stays zod-free.
 *
 * Two kinds of schema:
 * - From the core's shapes (one definition, two readers): the policies (`ClassificationPolicySchema`,
 *   `LifecyclePolicySchema`, `PoolPolicySchema`, `MembershipPolicySchema`), the stored models
 *   (`RfmModelSchema`, `ValueModelSchema`, the CLV models) and records (`CustomerAggregateSchema`,
 *   `LifecycleEventSchema`, and `machineEventSchema`, which adds one machine's states, events and
 *   edges). Each takes the same complete JSON values the core's check takes, refuses the same ones,
 *   at the same path; `fromZodError` turns a refusal into the core's error (code, path, details).
 * - Written by hand, with no core reader of the same value: `TaxonomyDocumentSchema` (what
 *   `taxonomy.toJSON()` writes: the document's structure, snake_case ids, texts, sources) and
 *   `MachineDocumentSchema` (what `machineToJSON` writes: its structure and ids). They check the
 *   form of a document, not its meaning (an edge to an unknown state, a rank out of order pass);
 *   `taxonomySchemas(taxonomy)` is built from a taxonomy's own dimensions.
 *
 * They read JSON values only (plain objects: a `Date` or an object with a `Symbol.toStringTag`
 * carrying the fields is the core's to refuse). A few checks need more than the stored value and
 * are the core's alone: each schema's TSDoc names them. One difference in what they return: zod
 * drops a `__proto__` key (as `JSON.parse` makes one) from the schemas that keep a host's own keys
 * (`LifecyclePolicySchema`, `LifecycleEventSchema`, `CustomerAggregateSchema`, the CLV models),
 * where the core keeps it as data; zod has no option to keep it.
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
