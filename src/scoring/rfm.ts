import { CrmTaxonomyError, inputError, isRecord, optionsRecord } from '../errors/index.js';
import type { CustomerId, DateInput } from '../records/index.js';
import { checkShape } from '../shape/index.js';
import { checkZone, metricsOfAggregate, readAggregate } from './aggregate.js';
import { applyBins } from './binning.js';
import { CustomerIndex, idOrder } from './ingest/customer-index.js';
import { ingest, type Ingested } from './ingest/ingest.js';
import { metricsInIdOrder } from './ingest/metrics.js';
import { checkIterable, forEachRecord, forEachRecordAsync, isAsyncInput, settled } from './ingest/row.js';
import { shapeValid } from './checked.js';
import { fitColumns, readModel, type MetricColumns } from './model.js';
import { dayCounter, FIT_KEYS, readAsOf, readProgress, readSettings, resolveScoring, type ResolvedScoring } from './options.js';
import { RFM_METRICS_SHAPE } from './shapes.js';
import type {
  CustomerAggregate,
  FitRfmOptions,
  RfmCustomerScore,
  RfmMetrics,
  RfmModel,
  RfmOptions,
  RfmResult,
  RfmScores,
  ScoringTransaction,
} from './types.js';

// ── fitRfm ──────────────────────────────────────────────────────────────────────────────────

/** The result of a fit: every customer in id order (`ids`, `metrics`) with its metrics and scores. */
function resultOf(ids: readonly CustomerId[], metrics: MetricColumns, s: ResolvedScoring, scratch?: Float64Array): RfmResult {
  const { model, r, f, m } = fitColumns(metrics, s, scratch);
  const N = ids.length;
  const customers: RfmCustomerScore[] = new Array(N);
  for (let p = 0; p < N; p++) {
    customers[p] = {
      customerId: ids[p]!,
      recencyDays: metrics.recency[p]!,
      frequency: metrics.frequency[p]!,
      monetary: metrics.monetary[p]!,
      r: r[p]!,
      f: f[p]!,
      m: m[p]!,
    };
  }
  return { model, customers };
}

function finishFit(ingested: Ingested, s: ResolvedScoring): RfmResult {
  const { ids, metrics, scratch } = metricsInIdOrder(ingested.state, ingested.index.ids, ingested.index.takeOrder(), s);
  return resultOf(ids, metrics, s, scratch);
}

/**
 * Scores every customer on recency, frequency and monetary value, and fits a model (plain JSON)
 * that `scoreRfm` applies later to one customer. One pass over the rows, memory proportional to
 * the number of customers; customers come back ordered by id. Rows are read as `{ customerId, at,
 * amount }`, or through `accessors`. An async iterable (a cursor, a stream) is answered with a
 * Promise. See docs/scoring.md for purchases, refunds, ties and each method.
 *
 * @example
 * ```ts
 * import { fitRfm } from 'crm-taxonomy';
 *
 * const orders = [
 *   { user_id: 'u1', created_at: '2024-06-01', total_cents: 5000 },
 *   { user_id: 'u1', created_at: '2024-06-20', total_cents: 2000 },
 *   { user_id: 'u2', created_at: '2024-01-15', total_cents: 900 },
 *   { user_id: 'u3', created_at: '2024-06-25', total_cents: 12000 },
 *   { user_id: 'u3', created_at: '2024-06-26', total_cents: -12000 },
 * ];
 * const { customers, model } = fitRfm(orders, {
 *   asOf: '2024-06-30',
 *   scores: 3,
 *   accessors: { customerId: (o) => o.user_id, at: (o) => o.created_at, amount: (o) => o.total_cents },
 * });
 * customers[0]; //=> { customerId: 'u1', recencyDays: 10, frequency: 2, monetary: 7000, r: 2, f: 3, m: 3 }
 * customers[2]; //=> { customerId: 'u3', recencyDays: 5, monetary: 0, r: 3, m: 1 }
 * model.frequency.unusedScores; //=> [2]
 *
 * fitRfm([{ customerId: 7, at: '2024-06-01', amount: 10 }], { asOf: '2024-06-30' }).customers[0]?.recencyDays; //=> 29
 * ```
 */
export function fitRfm<T = ScoringTransaction>(transactions: Iterable<T>, options: FitRfmOptions<T>): RfmResult;
export function fitRfm<T = ScoringTransaction>(transactions: AsyncIterable<T>, options: FitRfmOptions<T>): Promise<RfmResult>;
export function fitRfm<T>(transactions: Iterable<T> | AsyncIterable<T>, options: FitRfmOptions<T>): RfmResult | Promise<RfmResult> {
  return settled(transactions, () => fitRfmNow(transactions, options));
}

/** {@link fitRfm}, for an input it may answer or refuse directly. */
function fitRfmNow<T>(transactions: Iterable<T> | AsyncIterable<T>, options: FitRfmOptions<T>): RfmResult | Promise<RfmResult> {
  const s = resolveScoring(options, [...FIT_KEYS, 'accessors', 'onMissingCustomerId', 'onProgress']);
  const o = options as unknown as Readonly<Record<string, unknown>>;
  const read = readSettings<T>(o, false);
  const result = ingest(transactions, {
    ...read,
    defaults: o.accessors === undefined,
    skipMissingIds: read.skipMissingIds,
    profit: false,
    days: s.days,
    path: ['transactions'],
    policy: s.policy,
    asOfDay: s.asOfDay,
  });
  return result instanceof Promise ? result.then((r) => finishFit(r, s)) : finishFit(result, s);
}

// ── fitRfmFromAggregates ────────────────────────────────────────────────────────────────────

/**
 * Scores customers from their aggregates (`aggregateTransactions`, `foldTransaction`,
 * `mergeAggregates`, or read back from storage): the same result as `fitRfm` on the transactions
 * they were folded from. Aggregates whose customer has no transaction left under the policy are
 * left out; two aggregates of one customer are refused (`invalid_argument`, merge them first).
 * An async iterable (a cursor over stored aggregates) is answered with a Promise; `onProgress` is
 * called every 65,536 aggregates and at the end.
 *
 * @example
 * ```ts
 * import { aggregateTransactions, fitRfmFromAggregates } from 'crm-taxonomy';
 *
 * const aggs = aggregateTransactions([
 *   { customerId: 'a', at: '2024-06-01', amount: 10 },
 *   { customerId: 'b', at: '2024-03-01', amount: 50 },
 * ]);
 * fitRfmFromAggregates(aggs, { asOf: '2024-06-30', scores: 2 }).customers[1]; //=> { customerId: 'b', r: 1, m: 2 }
 * ```
 */
export function fitRfmFromAggregates(aggregates: Iterable<CustomerAggregate>, options: RfmOptions & { readonly onProgress?: (progress: { readonly records: number }) => void }): RfmResult;
export function fitRfmFromAggregates(aggregates: AsyncIterable<CustomerAggregate>, options: RfmOptions & { readonly onProgress?: (progress: { readonly records: number }) => void }): Promise<RfmResult>;
export function fitRfmFromAggregates(aggregates: Iterable<CustomerAggregate> | AsyncIterable<CustomerAggregate>, options: RfmOptions & { readonly onProgress?: (progress: { readonly records: number }) => void }): RfmResult | Promise<RfmResult> {
  return settled(aggregates, () => fitRfmFromAggregatesNow(aggregates, options));
}

/** {@link fitRfmFromAggregates}, for an input it may answer or refuse directly. */
function fitRfmFromAggregatesNow(aggregates: Iterable<CustomerAggregate> | AsyncIterable<CustomerAggregate>, options: RfmOptions & { readonly onProgress?: (progress: { readonly records: number }) => void }): RfmResult | Promise<RfmResult> {
  const s = resolveScoring(options, [...FIT_KEYS, 'onProgress']);
  const onProgress = readProgress(options as unknown as Readonly<Record<string, unknown>>);
  checkIterable(aggregates, ['aggregates'], true);
  const ids: CustomerId[] = [];
  const list: RfmMetrics[] = [];
  const seen = new CustomerIndex();
  const take = (value: CustomerAggregate, i: number): void => {
    const a = readAggregate(value, ['aggregates', i]);
    if (!seen.add(a.customerId)) throw inputError('invalid_argument', ['aggregates', i, 'customerId'], 'unique', a.customerId);
    checkZone(a, s.days.zone, ['aggregates', i], 'policy.timeZone');
    const m = metricsOfAggregate(a, s.asOfDay, s.policy, ['aggregates', i], i);
    if (m === undefined) return;
    ids.push(a.customerId);
    list.push(m);
  };
  const finish = (): RfmResult => {
    const { order } = idOrder(ids);
    const column = (pick: (m: RfmMetrics) => number): Float64Array => Float64Array.from(order, (i) => pick(list[i]!));
    return resultOf(Array.from(order, (i) => ids[i]!), { recency: column((m) => m.recencyDays), frequency: column((m) => m.frequency), monetary: column((m) => m.monetary) }, s);
  };
  if (isAsyncInput(aggregates)) return forEachRecordAsync(aggregates as AsyncIterable<CustomerAggregate>, take, onProgress).then(finish);
  forEachRecord(aggregates as Iterable<CustomerAggregate>, take, onProgress);
  return finish();
}

// ── defineRfmModel ──────────────────────────────────────────────────────────────────────────

/**
 * A model from fixed thresholds, fitted on nobody (`method: 'thresholds'`): for hosts that set
 * their cut points by policy and score customers one at a time with `scoreRfm`. Any other method
 * needs data (`fitRfm`): `invalid_policy` at `method`.
 *
 * @example
 * ```ts
 * import { defineRfmModel } from 'crm-taxonomy';
 *
 * const model = defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } });
 * model.recency; //=> { direction: 'lower_is_better', thresholds: [90, 30] }
 * model.population; //=> 0
 * ```
 */
export function defineRfmModel(options: RfmOptions): RfmModel {
  const s = resolveScoring(options, FIT_KEYS);
  if (s.method !== 'thresholds') throw inputError('invalid_policy', ['options', 'method'], 'one_of', s.method, { allowed: ['thresholds'] });
  const empty = new Float64Array(0);
  return fitColumns({ recency: empty, frequency: empty, monetary: empty }, s).model;
}

// ── scoreRfm ────────────────────────────────────────────────────────────────────────────────

function scoresOf(model: RfmModel, metrics: RfmMetrics): RfmScores {
  if (model.recency.thresholds.length === 0) throw new CrmTaxonomyError('empty_input', { what: 'customers' }, { path: ['model', 'population'] });
  return { r: applyBins(model.recency, metrics.recencyDays), f: applyBins(model.frequency, metrics.frequency), m: applyBins(model.monetary, metrics.monetary) };
}

/** The calendar day of a (checked) model's `asOf`, read once per model. */
const modelDays = new WeakMap<RfmModel, number>();
function modelDay(m: RfmModel): number {
  let day = modelDays.get(m);
  if (day === undefined) {
    day = readAsOf(dayCounter(m.policy.timeZone), m.asOf);
    modelDays.set(m, day);
  }
  return day;
}

/**
 * Scores one customer with a stored model: each score is 1 + the number of the model's thresholds
 * the value is strictly better than (the fitted score under `'quantile'` and `'thresholds'`;
 * docs/scoring.md says how `'ntile'` boundary ties differ). Given an aggregate, the metrics follow
 * the model's policy as of `options.asOf` (the model's `asOf` by default) and the answer is the
 * customer's metrics and scores, or `undefined` when the policy leaves it no transaction; given
 * raw metrics, the answer is the scores. The model is checked (`invalid_model`: a wrong direction,
 * unordered thresholds, a negative population…); a model fitted on no customer has no thresholds
 * (`empty_input`).
 *
 * @example
 * ```ts
 * import { defineRfmModel, fitRfm, foldTransaction, scoreRfm } from 'crm-taxonomy';
 *
 * const { model } = fitRfm(
 *   [
 *     { customerId: 'a', at: '2024-06-01', amount: 10 },
 *     { customerId: 'b', at: '2024-04-01', amount: 20 },
 *     { customerId: 'c', at: '2024-02-01', amount: 30 },
 *   ],
 *   { asOf: '2024-06-30', scores: 3 },
 * );
 * const stored = JSON.parse(JSON.stringify(model));
 * const d = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 15 });
 * scoreRfm(stored, d); //=> { customerId: 'd', recencyDays: 1, frequency: 1, monetary: 15, r: 3, f: 1, m: 2 }
 *
 * const fixed = defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } });
 * scoreRfm(fixed, { recencyDays: 10, frequency: 2, monetary: 5000 }); //=> { r: 3, f: 2, m: 3 }
 * ```
 */
export function scoreRfm(model: RfmModel, aggregate: CustomerAggregate, options?: { readonly asOf?: DateInput }): RfmCustomerScore | undefined;
export function scoreRfm(model: RfmModel, metrics: RfmMetrics): RfmScores;
export function scoreRfm(model: RfmModel, input: CustomerAggregate | RfmMetrics, options?: { readonly asOf?: DateInput }): RfmCustomerScore | RfmScores | undefined {
  const m = readModel(model);
  const o = optionsRecord(options, ['asOf']);
  // An aggregate has day lists; metrics may carry other keys (a `transactions` count among them).
  // An aggregate stored with its last metrics beside it is an aggregate, scored as of `asOf`.
  if (isRecord(input) && ('purchaseDays' in input || ('transactions' in input && !('recencyDays' in input && 'frequency' in input && 'monetary' in input)))) {
    const a = readAggregate(input, ['aggregate']);
    const days = dayCounter(m.policy.timeZone);
    checkZone(a, days.zone, ['aggregate'], 'policy.timeZone');
    const day = o.asOf === undefined ? modelDay(m) : readAsOf(days, o.asOf);
    const metrics = metricsOfAggregate(a, day, m.policy, ['aggregate']);
    if (metrics === undefined) return undefined;
    return { customerId: a.customerId, ...metrics, ...scoresOf(m, metrics) };
  }
  if (!isRecord(input)) throw inputError('invalid_argument', ['input'], 'object', input);
  // Metrics are already counted to a day: an `asOf` would be ignored.
  if (o.asOf !== undefined) throw inputError('invalid_argument', ['options', 'asOf'], 'only_with_other', o.asOf, { other: 'aggregate' });
  const metrics = { recencyDays: input.recencyDays, frequency: input.frequency, monetary: input.monetary };
  if (!shapeValid(RFM_METRICS_SHAPE, metrics)) checkShape(RFM_METRICS_SHAPE, input, 'invalid_argument', ['metrics']);
  return scoresOf(m, metrics as RfmMetrics);
}

