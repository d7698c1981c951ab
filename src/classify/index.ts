export { classifyAll, type ClassifyAccessors, type ClassifyAllOptions, type ClassifyAllResult } from './batch.js';
export { explain } from './explain.js';
export { classify, type ClassifyOptions } from './profile.js';
export { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy, type ClassificationPolicyInput } from './policy.js';
export type { ClassificationReason } from './reasons.js';
export { reconcile, type ReconcileResult, type StoredStates } from './reconcile.js';
export { CONTACT_KINDS, DERIVED_DIMENSIONS, type ContactFact, type ContactKind, type CustomerFacts, type CustomerProfile, type DimensionResult, type PurchaseFact, type ReferralFact } from './types.js';
export { fitValueModel, type ValueModel } from './value.js';
