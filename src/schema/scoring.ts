import type { z } from 'zod';
import { CUSTOMER_AGGREGATE_SHAPE, RFM_MODEL_SHAPE } from '../scoring/shapes.js';
import type { CustomerAggregate, RfmModel } from '../scoring/types.js';
import { zodOf } from './from-shape.js';

/** @internal The schema behind {@link CustomerAggregateSchema}, from the aggregate's one shape. */
export const customerAggregateObject = /* @__PURE__ */ zodOf(CUSTOMER_AGGREGATE_SHAPE);

/**
 * The zod schema of a stored per-customer aggregate (`CustomerAggregate`, from `foldTransaction`,
 * `mergeAggregates` or `aggregateTransactions`), from the same shape the core checks aggregates
 * with: whole days within the `Date` range, counts, sorted distinct days, `spend ≥ 0` and
 * `refunded ≤ 0`, and the invariants folding keeps (`transactions` is the sum of the three
 * counts, `lastPositiveDay` is the last of `purchaseDays`, …), and a `timeZone` the core knows when
 * it holds one. A host's own keys beside the fields (an `updatedAt` of the stored row) are kept.
 *
 * @example
 * ```ts
 * import { foldTransaction } from 'crm-taxonomy';
 * import { CustomerAggregateSchema } from 'crm-taxonomy/schema';
 *
 * const stored = JSON.parse(JSON.stringify(foldTransaction(undefined, { customerId: 'c1', at: '2024-01-05', amount: 1200 })));
 * CustomerAggregateSchema.parse(stored).purchases; //=> 1
 * CustomerAggregateSchema.safeParse({ ...stored, purchases: -1 }).success; //=> false
 * ```
 */
export const CustomerAggregateSchema: z.ZodType<CustomerAggregate> = customerAggregateObject;

/** @internal The schema behind {@link RfmModelSchema}, from the model's one shape. */
export const rfmModelObject = /* @__PURE__ */ zodOf(RFM_MODEL_SHAPE);

/**
 * The zod schema of a stored RFM model (`RfmModel`, from `fitRfm`, `fitRfmFromAggregates`,
 * `fitRfmColumns` or `defineRfmModel`), from the same shape `scoreRfm` checks models with: the
 * policy's choices, `asOf` as an ISO date, each metric's direction, `scores − 1` thresholds
 * ordered worst to best (none for a model fitted on no customer), one count per score adding up
 * to `population`, `unusedScores` and `collapsed` consistent with them. Unknown keys are refused.
 * `asOf` is read in UTC here; scoring reads it in the policy's time zone, where a day at the very
 * ends of the `Date` range may not exist (no fit produces such a model).
 *
 * @example
 * ```ts
 * import { defineRfmModel, fitRfm } from 'crm-taxonomy';
 * import { RfmModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } });
 * const stored = JSON.parse(JSON.stringify(model));
 * RfmModelSchema.parse(stored).recency.thresholds; //=> [90, 30]
 * RfmModelSchema.safeParse({ ...stored, method: 'kmeans' }).error?.issues[0]?.path; //=> ['method']
 * RfmModelSchema.safeParse(JSON.parse(JSON.stringify(fitRfm([], { asOf: '2024-06-30' }).model))).success; //=> true
 * ```
 */
export const RfmModelSchema: z.ZodType<RfmModel> = rfmModelObject;
