import type { z } from 'zod';
import { CLASSIFICATION_POLICY_SHAPE, type ClassificationPolicy } from '../classify/policy.js';
import { zodOf } from './from-shape.js';

/**
 * The zod schema of a complete `ClassificationPolicy` (every setting present, unknown keys
 * refused), for a host that stores policies and validates them with zod. It is built from the
 * same shape as the core's check, so both accept exactly the same policies (bounds, choices,
 * time zones and the rules between settings included).
 *
 * @example
 * ```ts
 * import { DEFAULT_CLASSIFICATION_POLICY } from 'crm-taxonomy';
 * import { ClassificationPolicySchema } from 'crm-taxonomy/schema';
 *
 * ClassificationPolicySchema.safeParse(DEFAULT_CLASSIFICATION_POLICY).success; //=> true
 * ClassificationPolicySchema.safeParse({ ...DEFAULT_CLASSIFICATION_POLICY, timeState: { presentDays: -1 } }).success; //=> false
 * ```
 */
export const ClassificationPolicySchema: z.ZodType<ClassificationPolicy> = /* @__PURE__ */ zodOf(CLASSIFICATION_POLICY_SHAPE);
