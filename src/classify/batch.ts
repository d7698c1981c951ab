import { CrmTaxonomyError, describeValue, inputError, isRecord, knownKeys, optionsRecord, recordError, type ErrorPath } from '../errors/index.js';
import { AMOUNT_BOUNDS, isAmount } from '../scoring/shapes.js';
import { ACCESSOR_KEYS, dayToIso, isCustomerId, type CustomerId, type DateInput, type MissingCustomerIdPolicy, type TransactionAccessors } from '../records/index.js';
import { SIDE_FACT_KEYS, checkChurn, checkRfm, evidenceOf, type ChurnEvidence, type RfmEvidence } from './evidence.js';
import { fastWallDay } from '../records/fast-date.js';
import { BLOCK, BlockIds } from '../scoring/ingest/block-ids.js';
import { CustomerIndex } from '../scoring/ingest/customer-index.js';
import { settled } from '../scoring/ingest/row.js';
import { dayReader, Ingest, MAX_ROWS } from './ingest.js';
import { interner } from './intern.js';
import type { ClassificationPolicyInput } from './policy.js';
import { assemble, checkGiven, CLASSIFY_KEYS, deriveAll, givenResults, readOptions } from './profile.js';
import type { DimensionId } from '../taxonomy/index.js';
import type { CustomerFacts, CustomerProfile, DimensionResult } from './types.js';
import { fromValues, type ValueModel } from './value.js';

/**
 * How {@link classifyAll} reads a host's rows: the customer id, the date and the amount, and
 * optionally the profit (margin, same unit), the product category (related purchases) and whether
 * the customer sought the firm out for it (a directed purchase). Rows stay the host's own shape.
 */
export interface ClassifyAccessors<T> extends TransactionAccessors<T> {
  /** The profit of a transaction; `undefined` when not known. */
  readonly profit?: (row: T) => number | undefined;
  /** The product category of a transaction, for related (cross-category) purchases. */
  readonly category?: (row: T) => string | null | undefined;
  /** Whether the customer sought out the firm's offer for this purchase. */
  readonly directed?: (row: T) => boolean | null | undefined;
}

/** Options of {@link classifyAll}. */
export interface ClassifyAllOptions<T> {
  /** The day the classification is made for. */
  readonly asOf: DateInput;
  /** How to read a row; without them a row is read as `{ customerId, at, amount, profit?, category?, directed? }`. */
  readonly accessors?: ClassifyAccessors<T>;
  /** Any part of the classification policy; the rest is the default. */
  readonly policy?: ClassificationPolicyInput;
  /** A customer's side facts (contacts, referrals, cost to serve, flags, host-given values): its facts but its transactions (a key outside them is refused). */
  readonly facts?: (customerId: CustomerId) => Omit<CustomerFacts, 'transactions'> | undefined;
  /** Customers without transactions (prospects) to classify too. */
  readonly customers?: Iterable<CustomerId>;
  /** A stored value model; otherwise one is fitted on the population. */
  readonly valueModel?: ValueModel;
  /** What to do with a row without a customer id: refuse it (`'error'`, the default) or leave it out (`'skip'`). */
  readonly onMissingCustomerId?: MissingCustomerIdPolicy;
  /** A customer's churn signal from a purchase model (`churnSignal`): it then decides the customer's status. */
  readonly churn?: (customerId: CustomerId) => ChurnEvidence | undefined;
  /** A customer's RFM segment and scores (`{ segment, r, f, m }`), stated where the segment speaks about a verdict. */
  readonly rfm?: (customerId: CustomerId) => RfmEvidence | undefined;
  /** Called every 65,536 rows read, and at the end with the total (once, when it is a multiple of 65,536). */
  readonly onProgress?: (progress: { readonly records: number }) => void;
}

/** The result of {@link classifyAll}: every customer's profile, ordered by customer id, and the value model used (fitted or given), for storing. */
export interface ClassifyAllResult {
  readonly profiles: readonly CustomerProfile[];
  readonly valueModel: ValueModel;
}

/** Rows between progress reports (a multiple of the rows read together, `BLOCK`). */
const PROGRESS_EVERY = 65_536;

const NO_GIVEN = {};

type Fn = (...args: never[]) => unknown;

function optionalFunction<F extends Fn>(value: unknown, path: ErrorPath): F | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw inputError('invalid_argument', path, 'function', value);
  return value as F;
}

/** One batch: reads rows one at a time, then classifies every customer. */
function createBatch<T>(options: ClassifyAllOptions<T>) {
  const o = optionsRecord(options as object | undefined, [...CLASSIFY_KEYS, 'accessors', 'facts', 'customers', 'onMissingCustomerId', 'onProgress']) as Readonly<Record<string, unknown>>;
  const read = readOptions(o);
  const { policy, days, asOfDay } = read;
  const accessors = o.accessors === undefined ? undefined : isRecord(o.accessors) ? (o.accessors as unknown as ClassifyAccessors<T>) : undefined;
  if (o.accessors !== undefined && accessors === undefined) throw inputError('invalid_argument', ['options', 'accessors'], 'object', o.accessors);
  let getId: (row: T) => unknown;
  let getAt: (row: T) => unknown;
  let getAmount: (row: T) => unknown;
  let getProfit: ((row: T) => unknown) | undefined;
  let getCategory: ((row: T) => unknown) | undefined;
  let getDirected: ((row: T) => unknown) | undefined;
  if (accessors === undefined) {
    type Row = { customerId?: unknown; at?: unknown; amount?: unknown; profit?: unknown; category?: unknown; directed?: unknown };
    getId = (r) => (r as Row).customerId;
    getAt = (r) => (r as Row).at;
    getAmount = (r) => (r as Row).amount;
    getProfit = (r) => (r as Row).profit;
    getCategory = (r) => (r as Row).category;
    getDirected = (r) => (r as Row).directed;
  } else {
    const path = ['options', 'accessors'];
    knownKeys(accessors, ACCESSOR_KEYS, path);
    for (const name of ['customerId', 'at', 'amount'] as const) {
      if (typeof accessors[name] !== 'function') throw inputError('invalid_argument', [...path, name], 'function', accessors[name]);
    }
    getId = accessors.customerId;
    getAt = accessors.at;
    getAmount = accessors.amount;
    getProfit = optionalFunction(accessors.profit, [...path, 'profit']);
    getCategory = optionalFunction(accessors.category, [...path, 'category']);
    getDirected = optionalFunction(accessors.directed, [...path, 'directed']);
  }
  const plainRows = accessors === undefined;
  const factsOf = optionalFunction<(id: CustomerId) => unknown>(o.facts, ['options', 'facts']);
  const churnOf = optionalFunction<(id: CustomerId) => unknown>(o.churn, ['options', 'churn']);
  const rfmOf = optionalFunction<(id: CustomerId) => unknown>(o.rfm, ['options', 'rfm']);
  const onProgress = optionalFunction<(progress: { readonly records: number }) => void>(o.onProgress, ['options', 'onProgress']);
  const onMissing = o.onMissingCustomerId ?? 'error';
  if (onMissing !== 'error' && onMissing !== 'skip') throw inputError('invalid_argument', ['options', 'onMissingCustomerId'], 'one_of', onMissing, { allowed: ['error', 'skip'] });
  const customers = o.customers;
  if (customers !== undefined && (typeof customers === 'string' || typeof (customers as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function')) {
    throw inputError('invalid_argument', ['options', 'customers'], 'iterable', customers);
  }

  const ingest = new Ingest(asOfDay);
  // Customer ids → dense numbers in order of first appearance: the scoring ingest's index (string
  // ids in a hash table of small typed arrays, small integers direct, other numbers in a Map).
  const index = new CustomerIndex();
  const ids = index.ids;
  // The common date shapes (YYYY-MM-DD, YYYYMMDD, a wall-clock time) by arithmetic.
  const readDay = dayReader(days, fastWallDay);
  const readInstant = (value: unknown, path: () => ErrorPath): number => days.instant(value, path());
  let rows = 0;

  /** The number of customer `c` just resolved: a new one (the next number) joins the ingest. */
  const joined = (c: number): number => {
    if (c === ingest.customers) ingest.addCustomer();
    return c;
  };
  let current = 0;
  const atPath = (): ErrorPath => ['transactions', current, 'at'];

  // Each row is read and checked when it comes (a cursor may hand the same object over again for
  // the next row); the customers of the rows kept are then resolved a block at a time
  // (`BlockIds`), and those rows folded in order.
  const resolver = new BlockIds(index);
  let kept = 0;
  const keptDay = new Float64Array(BLOCK);
  const keptAmount = new Float64Array(BLOCK);
  const keptProfit: unknown[] = new Array(BLOCK);
  const keptCategory: unknown[] = new Array(BLOCK);
  const keptDirected: unknown[] = new Array(BLOCK);

  const flush = (): void => {
    resolver.resolve(kept);
    const customer = resolver.customer;
    for (let q = 0; q < kept; q++) {
      const c = joined(customer[q]!);
      if (keptDay[q]! <= asOfDay) ingest.add(c, keptDay[q]!, keptAmount[q]!, keptProfit[q] as number | undefined, keptCategory[q] as string | null | undefined, keptDirected[q] as boolean | null | undefined);
    }
    kept = 0;
  };

  const add = (row: T): void => {
    const i = rows++;
    if (rows > MAX_ROWS) throw new CrmTaxonomyError('input_too_large', { what: 'rows', limit: MAX_ROWS, received: rows }, { path: ['transactions'] });
    if (plainRows ? !isRecord(row) : row === null || row === undefined) throw recordError(['transactions', i], i, 'object', row);
    const id = getId(row);
    if (typeof id === 'string' ? id.length === 0 : id === null || id === undefined) {
      if (onMissing === 'error') throw new CrmTaxonomyError('missing_customer_id', { index: i, received: describeValue(id) }, { path: ['transactions', i, 'customerId'] });
    } else {
      if (typeof id !== 'string' && !Number.isFinite(id)) throw recordError(['transactions', i, 'customerId'], i, 'customer_id', id);
      current = i;
      const day = readDay(getAt(row), atPath);
      const amount = getAmount(row);
      // At most 1e30 in magnitude, as every reader of amounts: no sum or share of them overflows.
      if (!isAmount(amount)) throw recordError(['transactions', i, 'amount'], i, 'number', amount, AMOUNT_BOUNDS);
      let profit: unknown;
      let category: unknown;
      let directed: unknown;
      if (getProfit !== undefined) {
        profit = getProfit(row);
        if (profit !== undefined && !isAmount(profit)) throw recordError(['transactions', i, 'profit'], i, 'number', profit, AMOUNT_BOUNDS);
      }
      if (getCategory !== undefined) {
        category = getCategory(row);
        if (category !== undefined && category !== null && typeof category !== 'string') throw recordError(['transactions', i, 'category'], i, 'string', category);
      }
      if (getDirected !== undefined) {
        directed = getDirected(row);
        if (directed !== undefined && directed !== null && typeof directed !== 'boolean') throw recordError(['transactions', i, 'directed'], i, 'boolean', directed);
      }
      // Every valid row names a customer (one with only rows after asOf gets a profile, as classify
      // gives one); only rows up to asOf are evidence.
      resolver.set(kept, (id === 0 ? 0 : id) as CustomerId);
      keptDay[kept] = day;
      keptAmount[kept] = amount;
      keptProfit[kept] = profit;
      keptCategory[kept] = category;
      keptDirected[kept] = directed;
      if (++kept === BLOCK) flush();
    }
    if (onProgress !== undefined && rows % PROGRESS_EVERY === 0) onProgress({ records: rows });
  };

  const finish = (): ClassifyAllResult => {
    flush();
    // The total, unless the report every 65,536 rows just gave it.
    if (onProgress !== undefined && (rows === 0 || rows % PROGRESS_EVERY !== 0)) onProgress({ records: rows });
    if (customers !== undefined) {
      let i = 0;
      for (const id of customers as Iterable<unknown>) {
        if (!isCustomerId(id)) throw recordError(['options', 'customers', i], i, 'customer_id', id);
        joined(index.indexOf((id === 0 ? 0 : id) as CustomerId));
        i++;
      }
    }
    ingest.prepare(['transactions'], policy.patronage.regular.windowDays);
    const order = index.takeOrder();
    const n = order.length;
    const valueModel = read.valueModel ?? fitOn(ingest, n, policy.value.basis, policy);
    const share = interner(n);
    const givenOf = givenResults();
    const notGiven = <K extends DimensionId>(dimension: K): DimensionResult<K> => givenOf(dimension, undefined) as DimensionResult<K>;
    const asOf = dayToIso(asOfDay);
    const marginRate = policy.effectiveness.marginRate;
    const profiles: CustomerProfile[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const c = order[k]!;
      const id = ids[c]!;
      const side = factsOf === undefined ? undefined : factsOf(id);
      const path = side === undefined ? NO_PATH : (): ErrorPath => ['options', 'facts', id];
      if (side !== undefined && !isRecord(side)) throw inputError('invalid_argument', path(), 'object', side);
      if (side !== undefined) knownKeys(side, SIDE_FACT_KEYS, path());
      const ev = evidenceOf(ingest.evidence(c, marginRate), side, readDay, readInstant, asOfDay, path);
      const churn = churnOf === undefined ? undefined : checkChurn(churnOf(id), ['options', 'churn', id]);
      const rfm = rfmOf === undefined ? undefined : checkRfm(rfmOf(id), ['options', 'rfm', id]);
      const given = side === undefined || side.given === undefined ? NO_GIVEN : checkGiven(side.given, [...path(), 'given']);
      const values = given as Readonly<Record<string, string | undefined>>;
      const g = given === NO_GIVEN ? notGiven : <K extends DimensionId>(dimension: K) => givenOf(dimension, values[dimension]) as DimensionResult<K>;
      profiles[k] = assemble(id, asOf, deriveAll(ev, policy, valueModel, churn, rfm, share), g);
    }
    ingest.release();
    return { profiles, valueModel };
  };
  return { add, finish };
}

const NO_PATH = (): ErrorPath => [];

/** Fits the value model on the customers with transactions (and a value on the policy's basis). */
function fitOn(ingest: Ingest, customers: number, basis: 'revenue' | 'profit', policy: Parameters<typeof fromValues>[1]): ValueModel {
  const values = new Float64Array(customers);
  let n = 0;
  for (let c = 0; c < customers; c++) {
    if (!ingest.has(c)) continue;
    const v = basis === 'revenue' ? ingest.revenueOf(c) : ingest.profitOf(c) ?? (policy.effectiveness.marginRate === null ? null : ingest.revenueOf(c) * policy.effectiveness.marginRate);
    if (v !== null) values[n++] = v;
  }
  return fromValues(values.subarray(0, n), policy);
}

/**
 * Classifies a whole population in one pass over its transaction rows: each row is read once and
 * folded into its customer's running totals, so memory grows with the number of customers (plus
 * one pair of integers per purchase day), not with the rows. Then a value model is fitted on the
 * population (unless `valueModel` is given) and every customer is classified as `classify`
 * would, with its side facts from `facts(customerId)`: the profiles equal those of `classify` on
 * each customer's grouped facts with the same value model. Results that repeat are shared: one
 * frozen object, except in a dimension whose results rarely repeat (fewer than one in four over
 * the first sixteenth of the population), where each is the customer's own, as `classify`'s are.
 *
 * Rows: an array or any iterable (the answer comes directly), or an async iterable such as a
 * database cursor or a Node stream (the answer is a `Promise`). Without `accessors`, a row is read
 * as `{ customerId, at, amount, profit?, category?, directed? }`. `onProgress` is called every
 * 65,536 rows and at the end.
 *
 * @throws CrmTaxonomyError `invalid_argument` for rows that are not iterable and for bad options
 * (paths start at `options`); `missing_customer_id`, `invalid_record`, `invalid_date` for a bad
 * row (`transactions[i]…`); errors of the side facts at `options.facts.<id>…`.
 * @example
 * ```ts
 * import { classifyAll } from 'crm-taxonomy';
 *
 * const orders = [
 *   { who: 'a', day: '2024-01-05', cents: 9000 },
 *   { who: 'b', day: '2023-02-01', cents: 1500 },
 *   { who: 'a', day: '2024-06-01', cents: 7000 },
 * ];
 * const { profiles, valueModel } = classifyAll(orders, {
 *   asOf: '2024-06-30',
 *   accessors: { customerId: (o) => o.who, at: (o) => o.day, amount: (o) => o.cents },
 * });
 * profiles.map((p) => [p.customerId, p.dimensions.status.value, p.dimensions.abc_class.value]);
 * //=> [['a', 'current', 'a'], ['b', 'lost', 'b']]
 * valueModel; //=> { aMin: 16000, bMin: 1500 }
 *
 * // An async stream gives a Promise:
 * async function* rows() {
 *   yield { customerId: 1, at: '2024-06-01', amount: 10 };
 * }
 * const streamed = await classifyAll(rows(), { asOf: '2024-06-30' });
 * streamed.profiles[0]?.dimensions.time_state.value; //=> 'present'
 * ```
 */
export function classifyAll<T>(rows: Iterable<T>, options: ClassifyAllOptions<T>): ClassifyAllResult;
export function classifyAll<T>(rows: AsyncIterable<T>, options: ClassifyAllOptions<T>): Promise<ClassifyAllResult>;
export function classifyAll<T>(rows: Iterable<T> | AsyncIterable<T>, options: ClassifyAllOptions<T>): ClassifyAllResult | Promise<ClassifyAllResult> {
  return settled(rows, () => classifyAllNow(rows, options));
}

/** {@link classifyAll}, for an input it may answer or refuse directly. */
function classifyAllNow<T>(rows: Iterable<T> | AsyncIterable<T>, options: ClassifyAllOptions<T>): ClassifyAllResult | Promise<ClassifyAllResult> {
  const iterable = typeof rows === 'object' && rows !== null ? rows : undefined;
  const sync = typeof (iterable as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] === 'function';
  const async = !sync && typeof (iterable as { [Symbol.asyncIterator]?: unknown } | undefined)?.[Symbol.asyncIterator] === 'function';
  if (!sync && !async) throw inputError('invalid_argument', ['transactions'], 'iterable', rows);
  const batch = createBatch(options);
  if (sync) {
    for (const row of rows as Iterable<T>) batch.add(row);
    return batch.finish();
  }
  return (async () => {
    for await (const row of rows as AsyncIterable<T>) batch.add(row);
    return batch.finish();
  })();
}
