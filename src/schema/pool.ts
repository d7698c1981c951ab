import { z } from 'zod';
import { DEFAULT_POOL_POLICY, POOL_RULE_KINDS, type PoolPolicy } from '../pool/policy.js';
import { abcClass, valueTier } from '../taxonomy/dimensions/index.js';

const ids = <D extends { readonly values: readonly { readonly id: string }[] }>(d: D) =>
  z.enum(d.values.map((v) => v.id) as [D['values'][number]['id'], ...D['values'][number]['id'][]]);

const poolRule = z.object({
  id: z.string().min(1),
  kind: z.enum(POOL_RULE_KINDS),
  days: z.number().int().min(1),
  valueTiers: z.array(ids(valueTier)).min(1).exactOptional(),
  abcClasses: z.array(ids(abcClass)).min(1).exactOptional(),
  exemptWithDeal: z.boolean().exactOptional(),
  exemptWithOpportunity: z.boolean().exactOptional(),
});

/** @internal The un-annotated schema behind {@link PoolPolicySchema} (its inferred type is tested). */
export const poolPolicyObject = z.object({
  rules: z.array(poolRule).superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: 'rule ids must be unique within a policy', path: [i, 'id'] });
      seen.add(rule.id);
    });
  }),
  remindDaysBefore: z.number().int().min(0).default(DEFAULT_POOL_POLICY.remindDaysBefore),
  noReclaimDays: z.number().int().min(0).default(DEFAULT_POOL_POLICY.noReclaimDays),
});

/**
 * The zod schema of a stored public-pool policy ({@link PoolPolicy}). It accepts and refuses what
 * `validatePoolPolicy` does (tested against each other): unique non-empty rule ids, a known
 * `kind`, a positive whole number of `days`, non-empty lists of `value_tier` / `abc_class` ids
 * from the taxonomy, boolean exemptions, whole non-negative `remindDaysBefore` and
 * `noReclaimDays`, which take the defaults when missing. Unknown keys are stripped.
 *
 * @example
 * ```ts
 * import { DEFAULT_POOL_POLICY } from 'crm-taxonomy';
 * import { PoolPolicySchema } from 'crm-taxonomy/schema';
 *
 * PoolPolicySchema.parse(JSON.parse(JSON.stringify(DEFAULT_POOL_POLICY))); //=> { remindDaysBefore: 2, noReclaimDays: 7 }
 * PoolPolicySchema.parse({ rules: [{ id: 'vip', kind: 'no_followup', days: 60, valueTiers: ['vip'] }] }).noReclaimDays; //=> 7
 * PoolPolicySchema.safeParse({ rules: [{ id: 'r1', kind: 'no_followup', days: 10, valueTiers: ['gold'] }] }).error?.issues[0]?.path; //=> ['rules', 0, 'valueTiers', 0]
 * ```
 */
export const PoolPolicySchema: z.ZodType<PoolPolicy> = poolPolicyObject;
