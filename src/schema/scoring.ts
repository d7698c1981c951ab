import { z } from 'zod';
import type { CustomerAggregate, MetricBins, RfmModel } from '../scoring/types.js';

const count = z.number().int().min(0);
const day = z.number().int();
const finite = z.number();
const customerId = z.union([z.string().min(1), z.number()]);

type Issues = z.core.$RefinementCtx;

/** Adds an issue unless the days are strictly ascending. */
function ascendingDays(days: readonly number[], ctx: Issues, path: (string | number)[]): void {
  for (let i = 1; i < days.length; i++) {
    if (days[i]! <= days[i - 1]!) ctx.addIssue({ code: 'custom', message: 'days must be distinct and sorted ascending', path: [...path, i] });
  }
}

/** @internal The un-annotated schema behind {@link CustomerAggregateSchema} (its inferred type is tested). */
export const customerAggregateObject = z
  .object({
    customerId,
    firstDay: day,
    lastDay: day,
    lastPositiveDay: day.nullable(),
    lastZeroDay: day.nullable(),
    lastRefundDay: day.nullable(),
    purchases: count,
    zeroPurchases: count,
    refunds: count,
    purchaseDays: z.array(day),
    zeroDays: z.array(day),
    spend: finite.min(0),
    spendCompensation: finite,
    refunded: finite.max(0),
    refundedCompensation: finite,
    profit: finite,
    profitCompensation: finite,
    transactions: count,
  })
  .superRefine((a, ctx) => {
    if (a.transactions !== a.purchases + a.zeroPurchases + a.refunds) {
      ctx.addIssue({ code: 'custom', message: 'transactions must equal purchases + zeroPurchases + refunds', path: ['transactions'] });
    }
    if (a.transactions > 0 && a.firstDay > a.lastDay) ctx.addIssue({ code: 'custom', message: 'firstDay must not be after lastDay', path: ['firstDay'] });
    for (const [n, days, last, names] of [
      [a.purchases, a.purchaseDays, a.lastPositiveDay, ['purchases', 'purchaseDays', 'lastPositiveDay']],
      [a.zeroPurchases, a.zeroDays, a.lastZeroDay, ['zeroPurchases', 'zeroDays', 'lastZeroDay']],
    ] as const) {
      ascendingDays(days, ctx, [names[1]]);
      if (days.length > n) ctx.addIssue({ code: 'custom', message: `${names[1]} cannot hold more days than ${names[0]}`, path: [names[1]] });
      if ((n === 0) !== (days.length === 0)) ctx.addIssue({ code: 'custom', message: `${names[1]} must be empty exactly when ${names[0]} is 0`, path: [names[1]] });
      if (last !== (days.length === 0 ? null : days[days.length - 1])) {
        ctx.addIssue({ code: 'custom', message: `${names[2]} must be the last of ${names[1]} (null when empty)`, path: [names[2]] });
      }
    }
    if ((a.refunds === 0) !== (a.lastRefundDay === null)) {
      ctx.addIssue({ code: 'custom', message: 'lastRefundDay must be null exactly when refunds is 0', path: ['lastRefundDay'] });
    }
  });

/**
 * The zod schema of a stored per-customer aggregate ({@link CustomerAggregate}, from
 * `foldTransaction`, `mergeAggregates` or `emptyAggregate`): whole days and counts, sorted distinct
 * purchase days, `spend ≥ 0` and `refunded ≤ 0`, plus the invariants folding keeps (`transactions`
 * is the sum of the three counts, `lastPositiveDay` is the last of `purchaseDays`, …). Unknown keys
 * are stripped. The root entry does not check aggregates (it reads them in hot loops): validate
 * them here when they come back from storage.
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

const metricBins = z.object({
  direction: z.enum(['lower_is_better', 'higher_is_better']),
  thresholds: z.array(finite),
  counts: z.array(count),
  unusedScores: z.array(z.number().int().min(1)),
  collapsed: z.boolean(),
});

const DIRECTIONS = { recency: 'lower_is_better', frequency: 'higher_is_better', monetary: 'higher_is_better' } as const;

function checkBins(b: MetricBins, key: keyof typeof DIRECTIONS, scores: number, population: number, ctx: Issues): void {
  const path = (...p: (string | number)[]): (string | number)[] => [key, ...p];
  if (b.direction !== DIRECTIONS[key]) ctx.addIssue({ code: 'custom', message: `${key} must be ${DIRECTIONS[key]}`, path: path('direction') });
  if (b.thresholds.length !== scores - 1) {
    const why = population === 0 ? 'the model was fitted on an empty population, it has no thresholds' : `${key} needs scores − 1 = ${scores - 1} thresholds`;
    ctx.addIssue({ code: 'custom', message: why, path: path('thresholds') });
  }
  const lower = b.direction === 'lower_is_better';
  let collapsed = false;
  for (let i = 1; i < b.thresholds.length; i++) {
    const [prev, t] = [b.thresholds[i - 1]!, b.thresholds[i]!];
    if (t === prev) collapsed = true;
    else if (lower ? t > prev : t < prev) {
      ctx.addIssue({ code: 'custom', message: `thresholds must go worst to best (${lower ? 'descending' : 'ascending'})`, path: path('thresholds', i) });
    }
  }
  if (b.collapsed !== collapsed) ctx.addIssue({ code: 'custom', message: 'collapsed must be true exactly when two thresholds are equal', path: path('collapsed') });
  if (b.counts.length !== scores) ctx.addIssue({ code: 'custom', message: `counts needs one entry per score (${scores})`, path: path('counts') });
  else {
    if (b.counts.reduce((s, c) => s + c, 0) !== population) ctx.addIssue({ code: 'custom', message: 'counts must add up to population', path: path('counts') });
    const unused = b.counts.flatMap((c, i) => (c === 0 ? [i + 1] : []));
    if (unused.length !== b.unusedScores.length || unused.some((s, i) => b.unusedScores[i] !== s)) {
      ctx.addIssue({ code: 'custom', message: 'unusedScores must list the scores whose count is 0, ascending', path: path('unusedScores') });
    }
  }
}

const centers = z.object({ recency: finite, frequency: finite, monetary: finite });

/** @internal The un-annotated schema behind {@link RfmModelSchema} (its inferred type is tested). */
export const rfmModelObject = z
  .object({
    kind: z.literal('rfm_model'),
    version: z.literal(1),
    method: z.enum(['quantile', 'ntile', 'thresholds']),
    scores: z.number().int().min(2).max(100),
    policy: z.object({
      sameDay: z.enum(['separate', 'once']),
      monetary: z.enum(['sum', 'mean']),
      zeroAmounts: z.enum(['purchase', 'ignore']),
      refunds: z.enum(['subtract', 'ignore']),
      future: z.enum(['error', 'ignore', 'include']),
      timeZone: z.string().min(1),
    }),
    asOf: z.iso.date(),
    population: count,
    recency: metricBins,
    frequency: metricBins,
    monetary: metricBins,
    mean: centers,
    median: centers,
  })
  .superRefine((m, ctx) => {
    for (const key of ['recency', 'frequency', 'monetary'] as const) checkBins(m[key], key, m.scores, m.population, ctx);
  });

/**
 * The zod schema of a stored RFM model ({@link RfmModel}, from `fitRfm`, `fitRfmFromAggregates`,
 * `fitRfmColumns` or `fitRfmModel`). It accepts every model `applyRfmModel` accepts and checks the
 * rest of the shape too: the policy's choices, `asOf` as an ISO date, each metric's direction,
 * `scores − 1` finite thresholds ordered worst to best, one count per score adding up to
 * `population`, `unusedScores` and `collapsed` consistent with them. Like `applyRfmModel`, it
 * refuses a model fitted on no customer (it has no thresholds). Unknown keys are stripped.
 *
 * @example
 * ```ts
 * import { fitRfmModel } from 'crm-taxonomy';
 * import { RfmModelSchema } from 'crm-taxonomy/schema';
 *
 * const model = fitRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } });
 * const stored = JSON.parse(JSON.stringify(model));
 * RfmModelSchema.parse(stored).recency.thresholds; //=> [90, 30]
 * RfmModelSchema.safeParse({ ...stored, method: 'kmeans' }).error?.issues[0]?.path; //=> ['method']
 * ```
 */
export const RfmModelSchema: z.ZodType<RfmModel> = rfmModelObject;
