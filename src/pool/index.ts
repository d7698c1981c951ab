export {
  DEFAULT_POOL_POLICY,
  POOL_RULE_KINDS,
  validatePoolPolicy,
  type PoolPolicy,
  type PoolRule,
  type PoolRuleKind,
} from './policy.js';
export {
  canClaim,
  reclaimStatus,
  type ClaimDecision,
  type ClaimRequest,
  type PoolFacts,
  type PoolOptions,
  type PoolReasonCode,
  type PoolRuleCheck,
  type ReclaimStatus,
} from './reclaim.js';
