import { z } from 'zod';
import { loyalty, valueTier } from '../taxonomy/dimensions/index.js';
import type { ClassificationPolicy } from '../classify/policy.js';

const days = z.number().int().min(0);
const count = z.number().int().min(1);
const ids = <D extends { readonly values: readonly { readonly id: string }[] }>(d: D) =>
  z.enum(d.values.map((v) => v.id) as [D['values'][number]['id'], ...D['values'][number]['id'][]]);

/**
 * The zod schema of a complete `ClassificationPolicy` (every setting present, unknown keys
 * refused), for a host that stores policies and wants to validate them with zod. It accepts exactly
 * the policies `resolveClassificationPolicy` accepts when given in full (tested against each other),
 * cross-field rules included. The time zone is checked as a non-empty string here; the root entry
 * also checks that the runtime knows it.
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
export const ClassificationPolicySchema: z.ZodType<ClassificationPolicy> = z
  .strictObject({
    version: z.literal(1),
    timeZone: z.string().min(1),
    loyalty: z.strictObject({
      established: z.strictObject({ minPurchases: count, minTenureDays: days }),
      loyal: z.strictObject({
        minPurchases: count,
        minTenureDays: days,
        minBehaviours: z.number().int().min(1).max(4),
        minDirectedPurchases: count,
        minCategories: count,
        minReferrals: count,
      }),
    }),
    status: z.strictObject({
      churn: z
        .strictObject({
          method: z.enum(['fixed', 'rhythm']),
          days: count,
          multiplier: z.number().positive(),
          minPurchases: z.number().int().min(2),
          minDays: count,
          maxDays: count,
        })
        .refine((c) => c.maxDays >= c.minDays, { message: 'maxDays must be at least minDays', path: ['maxDays'] }),
    }),
    timeState: z.strictObject({ presentDays: days }),
    purchaseIntent: z.strictObject({ replyWindowDays: days, refusalsForNever: count, notNowBeyondDays: days }),
    effectiveness: z.strictObject({
      minReferrals: count,
      minContribution: z.number(),
      marginRate: z.number().min(0).max(1).nullable(),
      missingCostToServe: z.enum(['zero', 'unknown']),
    }),
    patronage: z.strictObject({
      regular: z.strictObject({ minPurchaseDays: count, windowDays: count }),
      honored: z.strictObject({ minValueTier: ids(valueTier) }),
      devotee: z.strictObject({ minLoyalty: ids(loyalty) }),
    }),
    value: z.strictObject({
      basis: z.enum(['revenue', 'profit']),
      by: z.enum(['value', 'customers']),
      cuts: z
        .tuple([z.number().gt(0).max(1), z.number().gt(0).max(1)])
        .refine(([a, b]) => a <= b, { message: 'cuts must be ordered' }),
      maxA: z.number().int().min(0).nullable(),
    }),
  })
  .superRefine((p, ctx) => {
    if (p.loyalty.loyal.minPurchases < p.loyalty.established.minPurchases) {
      ctx.addIssue({ code: 'custom', message: 'loyal.minPurchases must be at least established.minPurchases', path: ['loyalty', 'loyal', 'minPurchases'] });
    }
    if (p.loyalty.loyal.minTenureDays < p.loyalty.established.minTenureDays) {
      ctx.addIssue({ code: 'custom', message: 'loyal.minTenureDays must be at least established.minTenureDays', path: ['loyalty', 'loyal', 'minTenureDays'] });
    }
  });
