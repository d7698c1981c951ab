import type { z } from 'zod';
import { POOL_POLICY_SHAPE, type PoolPolicy } from '../pool/policy.js';
import { zodOf } from './from-shape.js';

/**
 * The zod schema of a stored public-pool policy ({@link PoolPolicy}), built from the same shape
 * the core reads policies with: what one refuses, the other refuses, at the same path. It checks a
 * complete policy, as `JSON.stringify` writes a resolved one: every field present, rule ids
 * unique, days from 1 to 36,500, a time zone `Intl` knows, level ids of the taxonomy. A
 * `between` window's dates are read here in UTC; `reclaimStatus` reads them again in the policy's
 * zone and refuses one whose day a `Date` cannot hold there (only at the ends of that range).
 *
 * @example
 * ```ts
 * import { DEFAULT_POOL_POLICY } from 'crm-taxonomy/pool';
 * import { PoolPolicySchema } from 'crm-taxonomy/schema';
 *
 * PoolPolicySchema.parse(JSON.parse(JSON.stringify(DEFAULT_POOL_POLICY))).rules.length; //=> 2
 * PoolPolicySchema.safeParse({ ...DEFAULT_POOL_POLICY, timeZone: 'Mars/Base' }).error?.issues[0]?.path; //=> ['timeZone']
 * const huge = { ...DEFAULT_POOL_POLICY, rules: [{ ...DEFAULT_POOL_POLICY.rules[0], conditions: [{ kind: 'no_followup', days: 1e9 }] }] };
 * PoolPolicySchema.safeParse(huge).error?.issues[0]?.path; //=> ['rules', 0, 'conditions', 0, 'days']
 * ```
 */
export const PoolPolicySchema: z.ZodType<PoolPolicy> = /* @__PURE__ */ zodOf(POOL_POLICY_SHAPE) as z.ZodType<PoolPolicy>;
