import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, dayToIso } from '../records/index.js';
import { addCompensated, compareCustomerIds, type CustomerId } from '../records/index.js';
import type { CustomerAggregate, ResolvedRfmPolicy, RfmMetrics, ScoringTransaction } from './types.js';

function add(sum: number, comp: number, value: number): [number, number] {
  const state = { sum, compensation: comp };
  addCompensated(state, value);
  return [state.sum, state.compensation];
}

function insertDay(days: readonly number[], day: number): readonly number[] {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  if (days[lo] === day) return days;
  return [...days.slice(0, lo), day, ...days.slice(lo)];
}

/** The union of two sorted lists of distinct days, sorted. @internal */
export function unionDays(a: readonly number[], b: readonly number[]): readonly number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const v = x <= y ? x : y;
    if (x === v) i++;
    if (y === v) j++;
    out.push(v);
  }
  return out;
}

const maxDay = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * Options of {@link foldTransaction}: the time zone calendar days are counted in (UTC by default).
 *
 * @example
 * ```ts
 * import type { FoldOptions } from 'crm-taxonomy';
 *
 * const options: FoldOptions = { timeZone: 'Asia/Shanghai' };
 * options.timeZone; //=> 'Asia/Shanghai'
 * ```
 */
export interface FoldOptions {
  readonly timeZone?: string;
}

/**
 * The aggregate of a customer with no transaction yet (the identity of {@link mergeAggregates}).
 *
 * @example
 * ```ts
 * import { emptyAggregate } from 'crm-taxonomy';
 *
 * emptyAggregate('c1'); //=> { customerId: 'c1', transactions: 0, purchases: 0 }
 * ```
 */
export function emptyAggregate(customerId: CustomerId): CustomerAggregate {
  return {
    customerId,
    firstDay: Number.MAX_SAFE_INTEGER,
    lastDay: Number.MIN_SAFE_INTEGER,
    lastPositiveDay: null,
    lastZeroDay: null,
    lastRefundDay: null,
    purchases: 0,
    zeroPurchases: 0,
    refunds: 0,
    purchaseDays: [],
    zeroDays: [],
    spend: 0,
    spendCompensation: 0,
    refunded: 0,
    refundedCompensation: 0,
    profit: 0,
    profitCompensation: 0,
    transactions: 0,
  };
}

/**
 * Checks at a public entry that a value is a customer aggregate (an object with a `transactions`
 * count, as {@link foldTransaction} and {@link emptyAggregate} return), with `invalid_argument`.
 * @internal
 */
export function checkAggregate(value: unknown, path: readonly (string | number)[]): CustomerAggregate {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as { transactions?: unknown }).transactions !== 'number') {
    throw legacyError(
      'invalid_argument',
      `${path.join('.')} must be a customer aggregate (from foldTransaction, emptyAggregate or aggregateTransactions), received ${describeValue(value)}`,
      { path: [...path] },
    );
  }
  return value as CustomerAggregate;
}

/**
 * Adds one transaction to a customer's aggregate and returns the new aggregate (the input is not
 * changed). Pass `undefined` to start a new one. Throws `invalid_date`, `non_finite_amount`, or
 * `invalid_argument` when the transaction belongs to another customer, the transaction is not an
 * object (path `['transaction']`) or the aggregate is neither `undefined` nor an aggregate (path
 * `['aggregate']`).
 *
 * @example
 * ```ts
 * import { foldTransaction } from 'crm-taxonomy';
 *
 * let agg = foldTransaction(undefined, { customerId: 7, at: '2024-01-05', amount: 1200 });
 * agg = foldTransaction(agg, { customerId: 7, at: '2024-01-09', amount: -200 });
 * agg.purchases; //=> 1
 * agg.spend + agg.refunded; //=> 1000
 * ```
 */
export function foldTransaction(aggregate: CustomerAggregate | undefined, transaction: ScoringTransaction, options: FoldOptions = {}): CustomerAggregate {
  if (aggregate !== undefined) checkAggregate(aggregate, ['aggregate']);
  if (typeof transaction !== 'object' || transaction === null || Array.isArray(transaction)) {
    throw legacyError('invalid_argument', `transaction must be an object { customerId, at, amount }, received ${describeValue(transaction)}`, {
      path: ['transaction'],
    });
  }
  const day = createDayCounter(options.timeZone ?? 'UTC').day(transaction.at, ['transaction', 'at']);
  const amount = transaction.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    throw legacyError('non_finite_amount', `amount must be a finite number, received ${describeValue(amount)}`, { path: ['transaction', 'amount'] });
  }
  const profit = transaction.profit ?? 0;
  if (typeof profit !== 'number' || !Number.isFinite(profit)) {
    throw legacyError('non_finite_amount', `profit must be a finite number, received ${describeValue(profit)}`, { path: ['transaction', 'profit'] });
  }
  const a = aggregate ?? emptyAggregate(transaction.customerId);
  if (a.customerId !== transaction.customerId) {
    throw legacyError('invalid_argument', `The transaction belongs to customer ${describeValue(transaction.customerId)}, the aggregate to ${describeValue(a.customerId)}`, {
      path: ['transaction', 'customerId'],
    });
  }
  const [profitSum, profitComp] = add(a.profit, a.profitCompensation, profit);
  const base = { ...a, firstDay: Math.min(a.firstDay, day), lastDay: Math.max(a.lastDay, day), transactions: a.transactions + 1, profit: profitSum, profitCompensation: profitComp };
  if (amount > 0) {
    const [spend, spendCompensation] = add(a.spend, a.spendCompensation, amount);
    return { ...base, lastPositiveDay: maxDay(a.lastPositiveDay, day), purchases: a.purchases + 1, purchaseDays: insertDay(a.purchaseDays, day), spend, spendCompensation };
  }
  if (amount === 0) return { ...base, lastZeroDay: maxDay(a.lastZeroDay, day), zeroPurchases: a.zeroPurchases + 1, zeroDays: insertDay(a.zeroDays, day) };
  const [refunded, refundedCompensation] = add(a.refunded, a.refundedCompensation, amount);
  return { ...base, lastRefundDay: maxDay(a.lastRefundDay, day), refunds: a.refunds + 1, refunded, refundedCompensation };
}

/**
 * Combines two aggregates of the same customer (two shards, or an old aggregate and a new batch).
 * Associative and commutative; {@link emptyAggregate} is its identity. Throws `invalid_argument`
 * when either argument is not an aggregate (path `['a']` or `['b']`) or they belong to two customers.
 *
 * @example
 * ```ts
 * import { foldTransaction, mergeAggregates } from 'crm-taxonomy';
 *
 * const a = foldTransaction(undefined, { customerId: 'c1', at: '2024-01-01', amount: 10 });
 * const b = foldTransaction(undefined, { customerId: 'c1', at: '2024-02-01', amount: 5 });
 * mergeAggregates(a, b); //=> { purchases: 2, spend: 15 }
 * ```
 */
export function mergeAggregates(a: CustomerAggregate, b: CustomerAggregate): CustomerAggregate {
  checkAggregate(a, ['a']);
  checkAggregate(b, ['b']);
  if (a.customerId !== b.customerId) {
    throw legacyError('invalid_argument', `Cannot merge aggregates of two customers (${describeValue(a.customerId)} and ${describeValue(b.customerId)})`, { path: ['b', 'customerId'] });
  }
  const sum = (x: number, xc: number, y: number, yc: number): [number, number] => {
    const [s, c] = add(x, xc, y);
    return [s, c + yc];
  };
  const [spend, spendCompensation] = sum(a.spend, a.spendCompensation, b.spend, b.spendCompensation);
  const [refunded, refundedCompensation] = sum(a.refunded, a.refundedCompensation, b.refunded, b.refundedCompensation);
  const [profit, profitCompensation] = sum(a.profit, a.profitCompensation, b.profit, b.profitCompensation);
  return {
    customerId: a.customerId,
    firstDay: Math.min(a.firstDay, b.firstDay),
    lastDay: Math.max(a.lastDay, b.lastDay),
    lastPositiveDay: maxDay(a.lastPositiveDay, b.lastPositiveDay),
    lastZeroDay: maxDay(a.lastZeroDay, b.lastZeroDay),
    lastRefundDay: maxDay(a.lastRefundDay, b.lastRefundDay),
    purchases: a.purchases + b.purchases,
    zeroPurchases: a.zeroPurchases + b.zeroPurchases,
    refunds: a.refunds + b.refunds,
    purchaseDays: unionDays(a.purchaseDays, b.purchaseDays),
    zeroDays: unionDays(a.zeroDays, b.zeroDays),
    spend,
    spendCompensation,
    refunded,
    refundedCompensation,
    profit,
    profitCompensation,
    transactions: a.transactions + b.transactions,
  };
}

/**
 * Folds many transactions into one aggregate per customer, ordered by customer id. Throws
 * `invalid_argument` when `transactions` is not iterable, and as {@link foldTransaction}.
 *
 * @example
 * ```ts
 * import { aggregateTransactions } from 'crm-taxonomy';
 *
 * const aggs = aggregateTransactions([
 *   { customerId: 'b', at: '2024-01-01', amount: 3 },
 *   { customerId: 'a', at: '2024-01-02', amount: 4 },
 * ]);
 * aggs.map((a) => a.customerId); //=> ['a', 'b']
 * ```
 */
export function aggregateTransactions(transactions: Iterable<ScoringTransaction>, options: FoldOptions = {}): CustomerAggregate[] {
  if (typeof (transactions as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function') {
    throw legacyError('invalid_argument', `transactions must be an iterable (an array, a generator), received ${describeValue(transactions)}`, {
      path: ['transactions'],
    });
  }
  const map = new Map<CustomerId, CustomerAggregate>();
  for (const t of transactions) map.set(t.customerId, foldTransaction(map.get(t.customerId), t, options));
  return [...map.values()].sort((x, y) => compareCustomerIds(x.customerId, y.customerId));
}

/**
 * The raw R, F and M of an aggregate as of a calendar day under a policy, or `undefined` when the
 * policy leaves the customer no transaction. Throws `future_transaction` when the aggregate holds a
 * transaction after `asOfDay` and the policy is not `future: 'include'` (an aggregate cannot forget
 * a transaction).
 * @internal
 */
export function metricsOfAggregate(a: CustomerAggregate, asOfDay: number, policy: ResolvedRfmPolicy, path: readonly (string | number)[]): RfmMetrics | undefined {
  if (a.transactions > 0 && a.lastDay > asOfDay && policy.future !== 'include') {
    throw legacyError(
      'future_transaction',
      `Customer ${describeValue(a.customerId)} has a transaction dated ${dayToIso(a.lastDay)}, after asOf (${dayToIso(asOfDay)}); an aggregate cannot leave it out, pass future: 'include' to count it`,
      { path: [...path], details: { customerId: a.customerId, day: dayToIso(a.lastDay), asOf: dayToIso(asOfDay) } },
    );
  }
  const zero = policy.zeroAmounts === 'purchase';
  const refunds = policy.refunds === 'subtract';
  const purchaseDay = maxDay(a.lastPositiveDay, zero ? a.lastZeroDay : null);
  const anyDay = maxDay(purchaseDay, refunds ? a.lastRefundDay : null);
  if (anyDay === null) return undefined;
  const last = purchaseDay ?? anyDay;
  const frequency =
    policy.sameDay === 'once' ? (zero ? unionDays(a.purchaseDays, a.zeroDays).length : a.purchaseDays.length) : a.purchases + (zero ? a.zeroPurchases : 0);
  let net = refunds ? a.spend + a.refunded + (a.spendCompensation + a.refundedCompensation) : a.spend + a.spendCompensation;
  if (net === 0) net = 0;
  return { recencyDays: Math.max(0, asOfDay - last), frequency, monetary: policy.monetary === 'mean' ? net / Math.max(frequency, 1) : net };
}
