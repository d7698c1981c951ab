/**
 * The public pool (`crm-taxonomy/pool`, 公海): when a neglected customer returns to the shared
 * pool, and who may claim or lock it — WukongCRM's and CordysCRM's rules as one storable policy
 * (`DEFAULT_POOL_POLICY`), the decisions as data (`reclaimStatus`, `canClaim`, `canLock`). An entry
 * of its own: a CRM without a pool does not carry it. Its reasons render with the root's `message`.
 * @module
 */
export { DEFAULT_POOL_POLICY, type PoolCondition, type PoolPolicy, type PoolPolicyInput, type PoolRule } from './policy.js';
export { reclaimStatus, type PoolFacts, type ReclaimStatus } from './reclaim.js';
export { canClaim, canLock, type ClaimRequest, type PoolDecision } from './claim.js';
