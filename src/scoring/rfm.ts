import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, dayToIso, type DateInput } from '../records/index.js';
import { compareCustomerIds, type CustomerId } from '../records/index.js';
import { checkAggregate, metricsOfAggregate } from './aggregate.js';
import { applyBins, fitMetric, type IdRanks } from './binning.js';
import { createIngest, distinctDayCounts, ingestAsync, ingestSync, LAST_ANY, LAST_PURCHASE, newState, NO_DAY, PURCHASES, STRIDE, type Columns } from './ingest.js';
import { sortedIndexes, type IdTable } from './idtable.js';
import { asOfDay, checkScores, resolvePolicy, resolveScoring, type ResolvedScoring } from './policy.js';
import type {
  CustomerAggregate,
  MetricCenters,
  RfmCustomerScore,
  RfmMetrics,
  RfmModel,
  RfmOptions,
  RfmResult,
  RfmScores,
  ScoringAccessors,
} from './types.js';

/** Transactions whose customers' state is touched together in {@link fitRfmColumns}. */
const BLOCK = 256;

/**
 * Sorts customer indexes by id ({@link compareCustomerIds}); returns the order and each customer's
 * rank in it. All-string and all-number ids take the engine's native sort (no comparator callback:
 * the default string sort compares UTF-16 code units, as `compareCustomerIds` does) and map back
 * through the id → index map.
 * @internal
 */
export function idOrder(ids: readonly CustomerId[], index?: { get(id: CustomerId): number | undefined }, table?: IdTable): { order: Uint32Array; rank: Uint32Array } {
  const n = ids.length;
  const order = new Uint32Array(n);
  let strings = 0;
  if (table !== undefined && table.size === n && n > 0) {
    // Every id is a short string held in the table: one numeric sort over its packed code units.
    sortedIndexes(table, ids, order, n);
  } else if (((strings = countStrings(ids)), strings === n || strings === 0)) {
    const map = index ?? new Map(ids.map((id, i) => [id, i]));
    if (strings === n) {
      const sorted = (ids as readonly string[]).slice().sort();
      for (let p = 0; p < n; p++) order[p] = map.get(sorted[p]!)!;
    } else {
      const sorted = Float64Array.from(ids as readonly number[]).sort();
      for (let p = 0; p < n; p++) order[p] = map.get(sorted[p]!)!;
    }
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => compareCustomerIds(ids[a]!, ids[b]!));
  }
  const rank = new Uint32Array(n);
  for (let p = 0; p < n; p++) rank[order[p]!] = p;
  return { order, rank };
}

function countStrings(ids: readonly CustomerId[]): number {
  let strings = 0;
  for (let i = 0; i < ids.length; i++) if (typeof ids[i] === 'string') strings++;
  return strings;
}

function mean(values: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return values.length === 0 ? 0 : (s + c) / values.length;
}

/** Metric columns of a population. @internal */
export interface MetricColumns {
  readonly recency: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
}

/** Computes R, F, M columns from ingested columns. @internal */
export function metricsOfColumns(c: Columns, asOf: number, monetary: 'sum' | 'mean', once: boolean): MetricColumns {
  const n = c.count;
  const state = c.state;
  const sum = c.sum;
  const comp = c.rounded === false ? undefined : c.comp;
  const recency = new Float64Array(n);
  const frequency = once ? distinctDayCounts(c) : new Float64Array(n);
  const money = new Float64Array(n);
  const mean = monetary === 'mean';
  for (let i = 0, o = 0; i < n; i++, o += STRIDE) {
    const lp = state[o + LAST_PURCHASE]!;
    const last = lp === NO_DAY ? state[o + LAST_ANY]! : lp;
    const r = asOf - last;
    recency[i] = r > 0 ? r : 0;
    if (!once) frequency[i] = state[o + PURCHASES]!;
    let m = comp === undefined ? sum[i]! + 0 : sum[i]! + comp[i]!;
    if (mean) m /= Math.max(frequency[i]!, 1);
    money[i] = m === 0 ? 0 : m;
  }
  return { recency, frequency, monetary: money };
}

/** Fits the model and scores on metric columns; `ids` gives the id order, lazily (`'ntile'` only). @internal */
export function fitMetrics(m: MetricColumns, s: ResolvedScoring, ids: () => IdRanks): { model: RfmModel; r: Uint8Array; f: Uint8Array; mScores: Uint8Array } {
  let known = false;
  let idr: IdRanks;
  const lazy = (): IdRanks => {
    if (!known) {
      idr = ids();
      known = true;
    }
    return idr;
  };
  // One scratch array for the three metrics' sort keys.
  const scratch = s.method === 'ntile' ? new Float64Array(m.recency.length) : undefined;
  const r = fitMetric(m.recency, 'lower_is_better', s.scores, s.method, s.thresholds?.recency, lazy, scratch);
  const f = fitMetric(m.frequency, 'higher_is_better', s.scores, s.method, s.thresholds?.frequency, lazy, scratch);
  const mm = fitMetric(m.monetary, 'higher_is_better', s.scores, s.method, s.thresholds?.monetary, lazy, scratch);
  const centers = (fn: (v: Float64Array) => number): MetricCenters => ({ recency: fn(m.recency), frequency: fn(m.frequency), monetary: fn(m.monetary) });
  const medians: MetricCenters = { recency: r.median, frequency: f.median, monetary: mm.median };
  const model: RfmModel = {
    kind: 'rfm_model',
    version: 1,
    method: s.method,
    scores: s.scores,
    policy: s.policy,
    asOf: s.asOfIso,
    population: m.recency.length,
    recency: r.bins,
    frequency: f.bins,
    monetary: mm.bins,
    mean: centers(mean),
    median: medians,
  };
  return { model, r: r.scores, f: f.scores, mScores: mm.scores };
}

function finish(c: Columns, s: ResolvedScoring): RfmResult {
  const metrics = metricsOfColumns(c, s.asOfDay, s.policy.monetary, s.policy.sameDay === 'once');
  const ids = c.ids;
  const ranks = idOrder(ids, c.index, c.table);
  const order = ranks.order;
  const { model, r, f, mScores } = fitMetrics(metrics, s, () => ranks);
  const customers: RfmCustomerScore[] = new Array(ids.length);
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    customers[p] = {
      customerId: ids[i]!,
      recencyDays: metrics.recency[i]!,
      frequency: metrics.frequency[i]!,
      monetary: metrics.monetary[i]!,
      r: r[i]!,
      f: f[i]!,
      m: mScores[i]!,
    };
  }
  return { model, customers };
}

function settings(s: ResolvedScoring, options: RfmOptions) {
  return { policy: s.policy, days: s.days, asOfDay: s.asOfDay, onMissingCustomerId: options.onMissingCustomerId ?? 'error', withProfit: false } as const;
}

/**
 * Scores every customer on recency, frequency and monetary value and fits a model (thresholds as
 * plain JSON) that {@link applyRfmModel} applies later to one customer. One pass over the input,
 * memory proportional to the number of customers. Customers come back ordered by id. See
 * docs/scoring.md for the exact semantics of purchases, refunds, ties and each method.
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
 * const { customers, model } = fitRfm(
 *   orders,
 *   { customerId: (o) => o.user_id, at: (o) => o.created_at, amount: (o) => o.total_cents },
 *   { asOf: '2024-06-30', scores: 3 },
 * );
 * customers[0]; //=> { customerId: 'u1', recencyDays: 10, frequency: 2, monetary: 7000, r: 2, f: 3, m: 3 }
 * customers[2]; //=> { customerId: 'u3', recencyDays: 5, monetary: 0, r: 3, m: 1 }
 * model.frequency.unusedScores; //=> [2]
 * ```
 */
export function fitRfm<T>(transactions: Iterable<T>, accessors: ScoringAccessors<T>, options: RfmOptions): RfmResult {
  const s = resolveScoring(options);
  return finish(ingestSync(transactions, createIngest(accessors, settings(s, options))), s);
}

/**
 * {@link fitRfm} over an async iterable (a database cursor, a stream of rows) or a sync one.
 *
 * @example
 * ```ts
 * import { fitRfmAsync } from 'crm-taxonomy';
 *
 * async function* rows() {
 *   yield { id: 1, at: '2024-06-01', amount: 10 };
 *   yield { id: 2, at: '2024-05-01', amount: 30 };
 * }
 * const { customers } = await fitRfmAsync(rows(), { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-06-30', scores: 2 });
 * customers.map((c) => c.r); //=> [2, 1]
 * ```
 */
export async function fitRfmAsync<T>(transactions: AsyncIterable<T> | Iterable<T>, accessors: ScoringAccessors<T>, options: RfmOptions): Promise<RfmResult> {
  const s = resolveScoring(options);
  return finish(await ingestAsync(transactions, createIngest(accessors, settings(s, options))), s);
}

/**
 * Scores customers from their aggregates (see {@link foldTransaction}): the same result as
 * {@link fitRfm} on the transactions they were folded from (exactly so for integer amounts; with
 * decimal amounts the sums may differ in the last bit, since aggregates add purchases and refunds
 * apart). Aggregates whose customer has no
 * transaction left under the policy are left out.
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
export function fitRfmFromAggregates(aggregates: Iterable<CustomerAggregate>, options: RfmOptions): RfmResult {
  const s = resolveScoring(options);
  const ids: CustomerId[] = [];
  const list: RfmMetrics[] = [];
  let i = 0;
  const seen = new Set<CustomerId>();
  for (const a of aggregates) {
    if (seen.has(a.customerId)) {
      throw legacyError('invalid_argument', `Two aggregates for customer ${describeValue(a.customerId)}: merge them first (mergeAggregates)`, {
        path: ['aggregates', i],
      });
    }
    seen.add(a.customerId);
    const m = metricsOfAggregate(a, s.asOfDay, s.policy, ['aggregates', i++]);
    if (m === undefined) continue;
    ids.push(a.customerId);
    list.push(m);
  }
  const metrics: MetricColumns = {
    recency: Float64Array.from(list, (m) => m.recencyDays),
    frequency: Float64Array.from(list, (m) => m.frequency),
    monetary: Float64Array.from(list, (m) => m.monetary),
  };
  const ranks = idOrder(ids);
  const order = ranks.order;
  const { model, r, f, mScores } = fitMetrics(metrics, s, () => ranks);
  const customers = Array.from(order, (k) => ({ customerId: ids[k]!, ...list[k]!, r: r[k]!, f: f[k]!, m: mScores[k]! }));
  return { model, customers };
}

function checkModel(model: unknown): RfmModel {
  const m = model as RfmModel;
  const bad = (why: string): never => {
    throw legacyError('invalid_model', `Not a usable RFM model: ${why}`, { path: ['model'] });
  };
  if (typeof m !== 'object' || m === null || m.kind !== 'rfm_model' || m.version !== 1) bad("expected { kind: 'rfm_model', version: 1, … } as returned by fitRfm");
  checkScores(m.scores);
  for (const key of ['recency', 'frequency', 'monetary'] as const) {
    const b = m[key];
    if (typeof b !== 'object' || b === null || !Array.isArray(b.thresholds)) bad(`${key} has no thresholds`);
    if (b.thresholds.length !== m.scores - 1) bad(m.population === 0 ? 'it was fitted on an empty population' : `${key} needs ${m.scores - 1} thresholds`);
    if (!b.thresholds.every((t) => typeof t === 'number' && Number.isFinite(t))) bad(`${key} thresholds must be finite numbers`);
  }
  return m;
}

/**
 * Applies stored thresholds to raw metrics.
 *
 * @example
 * ```ts
 * import { fitRfmModel, scoreRfmMetrics } from 'crm-taxonomy';
 *
 * const model = fitRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } });
 * scoreRfmMetrics(model, { recencyDays: 10, frequency: 2, monetary: 5000 }); //=> { r: 3, f: 2, m: 3 }
 * ```
 * @throws CrmTaxonomyError `invalid_model` when `model` is not a usable RFM model; `invalid_argument`
 * when `metrics` is not an object, `recencyDays` or `frequency` is not a finite number ≥ 0, or
 * `monetary` is not a finite number (path `['metrics', field]`).
 */
export function scoreRfmMetrics(model: RfmModel, metrics: RfmMetrics): RfmScores {
  return scoreChecked(checkModel(model), checkMetrics(metrics));
}

function scoreChecked(m: RfmModel, metrics: RfmMetrics): RfmScores {
  return { r: applyBins(m.recency, metrics.recencyDays), f: applyBins(m.frequency, metrics.frequency), m: applyBins(m.monetary, metrics.monetary) };
}

function checkMetrics(metrics: unknown): RfmMetrics {
  if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics)) {
    throw legacyError('invalid_argument', `metrics must be an object { recencyDays, frequency, monetary }, received ${describeValue(metrics)}`, {
      path: ['metrics'],
    });
  }
  const m = metrics as Record<string, unknown>;
  for (const field of ['recencyDays', 'frequency', 'monetary'] as const) {
    const v = m[field];
    const nonNegative = field !== 'monetary';
    if (typeof v !== 'number' || !Number.isFinite(v) || (nonNegative && v < 0)) {
      throw legacyError('invalid_argument', `metrics.${field} must be a finite number${nonNegative ? ' >= 0' : ''}, received ${describeValue(v)}`, {
        path: ['metrics', field],
        details: { received: describeValue(v) },
      });
    }
  }
  return metrics as RfmMetrics;
}

/**
 * A model with fixed thresholds and no population (`method: 'thresholds'`), for hosts that set
 * their cut points by policy and score customers one at a time.
 *
 * @example
 * ```ts
 * import { fitRfmModel } from 'crm-taxonomy';
 *
 * fitRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } }).recency;
 * //=> { direction: 'lower_is_better', thresholds: [90, 30] }
 * ```
 */
export function fitRfmModel(options: RfmOptions): RfmModel {
  const s = resolveScoring(options);
  if (s.method !== 'thresholds') {
    throw legacyError('invalid_policy', "fitRfmModel without data needs method: 'thresholds'; use fitRfm to fit quantiles", { path: ['method'] });
  }
  const empty = new Float64Array(0);
  return fitMetrics({ recency: empty, frequency: empty, monetary: empty }, s, () => undefined).model;
}

/**
 * Options of {@link applyRfmModel}: the day to score as of (the model's `asOf` when omitted).
 *
 * @example
 * ```ts
 * import type { ApplyRfmOptions } from 'crm-taxonomy';
 *
 * const options: ApplyRfmOptions = { asOf: '2024-07-31' };
 * options.asOf; //=> '2024-07-31'
 * ```
 */
export interface ApplyRfmOptions {
  readonly asOf?: DateInput;
}

/**
 * Scores one customer from its aggregate with a stored model: the metrics follow the model's
 * policy, each score is 1 + the number of thresholds the value is strictly better than. Equals the
 * fitted score under `'quantile'` and `'thresholds'` (docs/scoring.md). Returns `undefined` when the
 * policy leaves the customer no transaction.
 *
 * @example
 * ```ts
 * import { applyRfmModel, fitRfm, foldTransaction } from 'crm-taxonomy';
 *
 * const tx = [
 *   { id: 'a', at: '2024-06-01', amount: 10 },
 *   { id: 'b', at: '2024-04-01', amount: 20 },
 *   { id: 'c', at: '2024-02-01', amount: 30 },
 * ];
 * const { model } = fitRfm(tx, { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-06-30', scores: 3 });
 * const stored = JSON.parse(JSON.stringify(model));
 * const d = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 15 });
 * applyRfmModel(stored, d); //=> { customerId: 'd', recencyDays: 1, frequency: 1, monetary: 15, r: 3, f: 1, m: 2 }
 * ```
 * @throws CrmTaxonomyError `invalid_model` when `model` is not a usable RFM model; `invalid_argument`
 * when `aggregate` is not an aggregate object (path `['aggregate']`) or `options` is not an object;
 * `invalid_as_of`; `future_transaction`.
 */
export function applyRfmModel(model: RfmModel, aggregate: CustomerAggregate, options: ApplyRfmOptions = {}): RfmCustomerScore | undefined {
  const m = checkModel(model);
  checkAggregate(aggregate, ['aggregate']);
  if (typeof options !== 'object' || options === null) {
    throw legacyError('invalid_argument', `options must be an object ({ asOf? }), received ${describeValue(options)}`, { path: ['options'] });
  }
  const policy = resolvePolicy(m.policy);
  const day = asOfDay(createDayCounter(policy.timeZone), options.asOf ?? m.asOf);
  const metrics = metricsOfAggregate(aggregate, day, policy, ['aggregate']);
  if (metrics === undefined) return undefined;
  return { customerId: aggregate.customerId, ...metrics, ...scoreChecked(m, metrics) };
}

/**
 * Columns a host already has, for {@link fitRfmColumns}: dense integer customer ids
 * (`0..customers − 1`), calendar days since 1970-01-01 and amounts, one entry per transaction.
 *
 * @example
 * ```ts
 * import type { RfmColumnsInput } from 'crm-taxonomy';
 *
 * const input: RfmColumnsInput = { customer: new Int32Array([0, 1]), day: new Int32Array([19800, 19810]), amount: new Float64Array([10, 20]) };
 * input.customer.length; //=> 2
 * ```
 */
export interface RfmColumnsInput {
  readonly customer: Int32Array | Uint32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  /** Number of customers (ids are `0..customers − 1`); the largest id + 1 when omitted. */
  readonly customers?: number;
}

/**
 * The result of {@link fitRfmColumns}, indexed by dense customer id. Customers with no transaction
 * have `present[id] === 0` and scores 0.
 *
 * @example
 * ```ts
 * import type { RfmColumnsResult } from 'crm-taxonomy';
 *
 * type Scores = RfmColumnsResult['r'];
 * const r: Scores = new Uint8Array([5]);
 * r[0]; //=> 5
 * ```
 */
export interface RfmColumnsResult {
  readonly model: RfmModel;
  readonly present: Uint8Array;
  readonly recencyDays: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
}

/**
 * The one pass of {@link fitRfmColumns} over the transactions, in a function of its own so that
 * its optimized code survives from call to call.
 */
function accumulateColumns(customer: Int32Array | Uint32Array, day: Int32Array, amount: Float64Array, C: number, asOf: number, p: ResolvedScoring['policy']) {
  const once = p.sameDay === 'once';
  const state = newState(C);
  const sum = new Float64Array(C);
  const len = customer.length;
  const pairCustomer = once ? new Int32Array(len) : undefined;
  const pairDay = once ? new Int32Array(len) : undefined;
  // The compensations, allocated on the first rounding (never for integer amounts).
  const compBox: (Float64Array | undefined)[] = [undefined];
  const pairs = accumulateLoop(customer, day, amount, C, asOf, p, state, sum, compBox, pairCustomer, pairDay);
  const comp = compBox[0];
  return { state, sum, comp: comp ?? new Float64Array(0), rounded: comp !== undefined, pairCustomer, pairDay, pairs };
}

/**
 * The loop of {@link accumulateColumns}; returns the number of (customer, day) pairs. Nothing runs
 * after the loop, so code compiled while it runs (on-stack replacement) never meets a statement
 * it has no type feedback for.
 */
function accumulateLoop(
  customer: Int32Array | Uint32Array,
  day: Int32Array,
  amount: Float64Array,
  C: number,
  asOf: number,
  p: ResolvedScoring['policy'],
  state: Int32Array,
  sum: Float64Array,
  compBox: (Float64Array | undefined)[],
  pairCustomer: Int32Array | undefined,
  pairDay: Int32Array | undefined,
): number {
  const ignoreZero = p.zeroAmounts === 'ignore';
  const ignoreRefunds = p.refunds === 'ignore';
  const once = p.sameDay === 'once';
  const len = customer.length;
  let pairs = 0;
  let sink = 0;
  for (let i = 0; i < len; i++) {
    if ((i & (BLOCK - 1)) === 0) {
      // Touch the state of the next block of customers in a loop of loads alone: their cache
      // misses overlap instead of waiting one behind another in the update loop.
      const end = Math.min(len, i + BLOCK);
      for (let j = i; j < end; j++) {
        const k = customer[j]!;
        if (k >= 0 && k < C) sink += state[k << 2]! + sum[k]!;
      }
    }
    const k = customer[i]!;
    const d = day[i]!;
    const a = amount[i]!;
    if (!(k >= 0 && k < C) || !Number.isFinite(a) || d > asOf) {
      if (!(k >= 0 && k < C)) throw legacyError('invalid_record', `Transaction ${i}: customer ${k} is outside 0..${C - 1}`, { path: ['transactions', i, 'customerId'], details: { index: i } });
      if (!Number.isFinite(a)) throw legacyError('non_finite_amount', `Transaction ${i}: amount must be a finite number, received ${describeValue(a)}`, { path: ['transactions', i, 'amount'], details: { index: i } });
      if (p.future === 'error') {
        throw legacyError('future_transaction', `Transaction ${i} is dated ${dayToIso(d)}, after asOf (${dayToIso(asOf)})`, { path: ['transactions', i, 'at'], details: { index: i } });
      }
      if (p.future === 'ignore') continue;
    }
    if (a === 0 ? ignoreZero : a < 0 && ignoreRefunds) continue;
    const o = k << 2;
    if (d > state[o + LAST_ANY]!) state[o + LAST_ANY] = d;
    if (a >= 0) {
      if (d > state[o + LAST_PURCHASE]!) state[o + LAST_PURCHASE] = d;
      state[o + PURCHASES]!++;
      if (once) {
        pairDay![pairs] = d;
        pairCustomer![pairs++] = k;
      }
    }
    const sk = sum[k]!;
    const t = sk + a;
    const e = Math.abs(sk) >= Math.abs(a) ? sk - t + a : a - t + sk;
    if (e !== 0) (compBox[0] ??= new Float64Array(C))[k]! += e;
    sum[k] = t;
    // The unused fourth field of customer 0's state keeps the touching loads alive.
    if (i === len - 1) state[3] = sink | 0;
  }
  return pairs;
}

/** present[k] = 1 for the customers with a transaction; returns how many. */
function markPresent(state: Int32Array, present: Uint8Array): number {
  let n = 0;
  for (let k = 0; k < present.length; k++) {
    if (state[k * STRIDE + LAST_ANY] !== NO_DAY) {
      present[k] = 1;
      n++;
    }
  }
  return n;
}

/**
 * The fast path for hosts whose ids are already dense integers and whose data are columnar: no id
 * mapping, no date parsing, one tight loop over typed arrays. Same semantics as {@link fitRfm} with
 * ids compared as numbers; `timeZone` is ignored (days are given).
 *
 * @example
 * ```ts
 * import { fitRfmColumns, toEpochMs } from 'crm-taxonomy';
 *
 * const day = (iso: string) => toEpochMs(iso) / 86_400_000;
 * const result = fitRfmColumns(
 *   { customer: new Int32Array([0, 0, 1]), day: new Int32Array([day('2024-06-01'), day('2024-06-20'), day('2024-01-15')]), amount: new Float64Array([50, 20, 9]) },
 *   { asOf: '2024-06-30', scores: 2 },
 * );
 * [...result.r]; //=> [2, 1]
 * [...result.frequency]; //=> [2, 1]
 * ```
 */
export function fitRfmColumns(input: RfmColumnsInput, options: RfmOptions): RfmColumnsResult {
  const s = resolveScoring(options);
  const { customer, day, amount } = input;
  const len = customer.length;
  if (day.length !== len || amount.length !== len) {
    throw legacyError('invalid_argument', `customer, day and amount must have the same length (${len}, ${day.length}, ${amount.length})`, { path: ['input'] });
  }
  let C = input.customers ?? 0;
  if (input.customers === undefined) for (let i = 0; i < len; i++) if (customer[i]! + 1 > C) C = customer[i]! + 1;
  const p = s.policy;
  const asOf = s.asOfDay;
  const once = p.sameDay === 'once';
  const { state, sum, comp, rounded, pairCustomer, pairDay, pairs } = accumulateColumns(customer, day, amount, C, asOf, p);
  const all = metricsOfColumns(
    { count: C, ids: [], index: undefined, state, sum, comp, rounded, profit: undefined, profitComp: undefined, pairCustomer, pairDay, pairs },
    asOf,
    p.monetary,
    once,
  );
  // Compact to the customers present, score, scatter back.
  const present = new Uint8Array(C);
  const n = markPresent(state, present);
  let metrics: MetricColumns = all;
  const idx = new Int32Array(n === C ? 0 : n);
  if (n !== C) {
    for (let k = 0, j = 0; k < C; k++) if (present[k] === 1) idx[j++] = k;
    const pick = (from: Float64Array): Float64Array => {
      const out = new Float64Array(n);
      for (let j = 0; j < n; j++) out[j] = from[idx[j]!]!;
      return out;
    };
    metrics = { recency: pick(all.recency), frequency: pick(all.frequency), monetary: pick(all.monetary) };
  }
  // Dense ids ascending are already in id order: the rank is the compact index.
  const { model, r, f, mScores } = fitMetrics(metrics, s, () => undefined);
  const scatter = (from: Uint8Array): Uint8Array => {
    if (n === C) return from;
    const out = new Uint8Array(C);
    for (let j = 0; j < n; j++) out[idx[j]!] = from[j]!;
    return out;
  };
  const zeroAbsent = (from: Float64Array): Float64Array => {
    if (n !== C) for (let k = 0; k < C; k++) if (present[k] === 0) from[k] = 0;
    return from;
  };
  return {
    model,
    present,
    recencyDays: zeroAbsent(all.recency),
    frequency: zeroAbsent(all.frequency),
    monetary: zeroAbsent(all.monetary),
    r: scatter(r),
    f: scatter(f),
    m: scatter(mScores),
  };
}
