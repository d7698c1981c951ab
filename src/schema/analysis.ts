import type { z } from 'zod';
import { MEMBERSHIP_POLICY_SHAPE, type MembershipPolicy } from '../analysis/membership-policy.js';
import { zodOf } from './from-shape.js';

/**
 * The zod schema of a stored, complete {@link MembershipPolicy}: built from the same shape the core
 * checks policies with, so it accepts and refuses what `reviewMembership` does (every field
 * present, counts whole and within bounds, money thresholds a non-negative number or `null`,
 * unknown keys refused).
 *
 * @example
 * ```ts
 * import { MembershipPolicySchema } from 'crm-taxonomy/schema';
 *
 * const stored = {
 *   windowDays: 365,
 *   qualification: { minPurchases: 1, minSpend: 0 },
 *   silver: { minPurchases: 4, minAverageSpend: 3_000 },
 *   vip: { minPurchases: 12, minCumulativeSpend: 50_000 },
 *   atRiskDays: 90,
 * };
 * MembershipPolicySchema.parse(stored).vip.minCumulativeSpend; //=> 50_000
 * MembershipPolicySchema.safeParse({ ...stored, atRiskDays: 0 }).error?.issues[0]?.path; //=> ['atRiskDays']
 * ```
 */
export const MembershipPolicySchema: z.ZodType<MembershipPolicy> = /* @__PURE__ */ zodOf(MEMBERSHIP_POLICY_SHAPE);
