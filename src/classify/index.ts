export {
  DEFAULT_CLASSIFICATION_POLICY,
  resolveClassificationPolicy,
  type ClassificationPolicy,
  type ClassificationPolicyInput,
  type DeepPartial,
} from './policy.js';
export { CLASSIFY_REASONS, type ReasonCode } from './reasons.js';
export {
  CONTACT_KINDS,
  DERIVED_DIMENSIONS,
  type ContactFact,
  type ContactKind,
  type CustomerFacts,
  type CustomerProfile,
  type DerivedDimensionId,
  type DimensionResult,
  type GivenDimensionId,
  type GivenValues,
  type KnownValue,
  type PurchaseFact,
  type ReferralFact,
  type UnknownValue,
} from './types.js';
export { fitValueModel, type ValueModel } from './value.js';
export { classify, explain, type ClassifyOptions } from './profile.js';
export { classifyAll, classifyAllAsync, type ClassifyAccessors, type ClassifyAllOptions, type ClassifyAllResult } from './batch.js';
export {
  reconcile,
  RECONCILED_DIMENSIONS,
  type ReconcileOptions,
  type ReconcileResult,
  type ReconciledDimensionId,
  type RefusedMove,
  type StoredStates,
} from './reconcile.js';
