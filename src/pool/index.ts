export { DEFAULT_POOL_POLICY, type PoolCondition, type PoolPolicy, type PoolPolicyInput, type PoolRule } from './policy.js';
export { reclaimStatus, type PoolFacts, type ReclaimStatus } from './reclaim.js';
export { canClaim, canLock, type ClaimRequest, type PoolDecision } from './claim.js';
