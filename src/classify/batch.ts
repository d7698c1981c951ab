import type { ChurnSignal } from '../clv/lifetime-value.js';
import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, type DateInput, type DayCounter } from '../records/index.js';
import { compareCustomerIds, readTransaction, type CustomerId, type MissingCustomerIdPolicy } from '../records/index.js';
import type { ScoringAccessors } from '../scoring/types.js';
import { accumulate, newAccumulator, sideEvidence, transactionEvidence, type Accumulator, type Evidence } from './evidence.js';
import { resolveClassificationPolicy, type ClassificationPolicy, type ClassificationPolicyInput } from './policy.js';
import { assemble, checkChurnSignal, checkGiven, deriveAll, readAsOf } from './profile.js';
import type { CustomerFacts, CustomerProfile } from './types.js';
import { checkValueModel, fitValueModel, type ValueModel } from './value.js';

/**
 * How to read the host's transaction records for batch classification: the scoring accessors
 * (`customerId`, `at`, `amount`, optional `profit`), plus optional `category` (related purchases)
 * and `directed` (the customer sought the firm out).
 *
 * @typeParam T - the host's record type.
 * @example
 * ```ts
 * import type { ClassifyAccessors } from 'crm-taxonomy';
 *
 * interface Line { user: string; day: string; cents: number; sku_group: string }
 * const accessors: ClassifyAccessors<Line> = {
 *   customerId: (l) => l.user, at: (l) => l.day, amount: (l) => l.cents, category: (l) => l.sku_group,
 * };
 * accessors.category?.({ user: 'u', day: '2024-01-01', cents: 1, sku_group: 'tea' }); //=> 'tea'
 * ```
 */
export interface ClassifyAccessors<T> extends ScoringAccessors<T> {
  /** The product category of a transaction, for related (cross-category) purchases. */
  readonly category?: (record: T) => string | null | undefined;
  /** Whether the customer sought out the firm's offer for this purchase (a directed purchase). */
  readonly directed?: (record: T) => boolean | null | undefined;
}

/**
 * Options of {@link classifyAll}: the policy, `asOf`, the side facts of a customer (contacts,
 * referrals, cost to serve, flags, host-given values: everything but transactions), extra
 * customers without transactions (prospects), a stored value model (otherwise one is fitted on the
 * population with the policy's `value` part), and what to do with records lacking a customer id.
 *
 * @example
 * ```ts
 * import type { ClassifyAllOptions } from 'crm-taxonomy';
 *
 * const options: ClassifyAllOptions = { asOf: '2024-06-30', facts: () => ({ contacts: [], referrals: [] }) };
 * options.asOf; //=> '2024-06-30'
 * ```
 */
export interface ClassifyAllOptions {
  /** The day the classification is made for. */
  readonly asOf: DateInput;
  /** Any part of the classification policy; the rest is the default. */
  readonly policy?: ClassificationPolicyInput | ClassificationPolicy;
  /** A customer's side facts (contacts, referrals, cost to serve, flags, host-given values). */
  readonly facts?: (customerId: CustomerId) => Omit<CustomerFacts, 'transactions' | 'customerId'> | undefined;
  /** Customers without transactions (prospects) to classify too. */
  readonly customers?: Iterable<CustomerId>;
  /** A stored value model; otherwise one is fitted on the population. */
  readonly valueModel?: ValueModel;
  /** What to do with a record without a customer id. */
  readonly onMissingCustomerId?: MissingCustomerIdPolicy;
  /** A customer's churn signal from a purchase model (`churnSignal`), deciding its status by P(alive). */
  readonly churn?: (customerId: CustomerId) => ChurnSignal | undefined;
}

/**
 * The result of {@link classifyAll}: every customer's profile, ordered by customer id
 * (`compareCustomerIds`), and the value model used (fitted or given), for storing.
 *
 * @example
 * ```ts
 * import { classifyAll } from 'crm-taxonomy';
 *
 * const result = classifyAll([], { customerId: () => 'x', at: () => 0, amount: () => 0 }, { asOf: 0 });
 * result.profiles; //=> []
 * result.valueModel.population; //=> 0
 * ```
 */
export interface ClassifyAllResult {
  readonly profiles: readonly CustomerProfile[];
  readonly valueModel: ValueModel;
}

interface Batch<T> {
  readonly policy: ClassificationPolicy;
  readonly days: DayCounter;
  readonly asOfDay: number;
  readonly state: Map<CustomerId, Accumulator>;
  add(record: T): void;
  finish(): ClassifyAllResult;
}

function createBatch<T>(accessors: ClassifyAccessors<T>, options: ClassifyAllOptions): Batch<T> {
  if (typeof options !== 'object' || options === null) {
    throw legacyError('invalid_argument', `options must be an object with asOf, received ${describeValue(options)}`, { path: ['options'] });
  }
  const policy = resolveClassificationPolicy(options.policy);
  const days = createDayCounter(policy.timeZone);
  const asOfDay = readAsOf(days, options.asOf);
  const given = options.valueModel === undefined ? undefined : checkValueModel(options.valueModel);
  const onMissing = options.onMissingCustomerId ?? 'error';
  const state = new Map<CustomerId, Accumulator>();
  const { profit, category, directed } = accessors;
  let index = 0;
  const add = (record: T): void => {
    const i = index++;
    const t = readTransaction(record, i, accessors, days, onMissing);
    if (t === undefined || t.day > asOfDay) return;
    let p: number | undefined;
    if (profit !== undefined) {
      p = profit(record);
      if (typeof p !== 'number' || !Number.isFinite(p)) {
        throw legacyError('non_finite_amount', `Transaction ${i}: profit must be a finite number, received ${describeValue(p)}`, {
          path: ['transactions', i, 'profit'],
          details: { index: i },
        });
      }
    }
    let acc = state.get(t.customerId);
    if (acc === undefined) {
      acc = newAccumulator();
      state.set(t.customerId, acc);
    }
    accumulate(acc, t.customerId, t.day, t.amount, p, category?.(record), directed?.(record));
  };
  const finish = (): ClassifyAllResult => {
    for (const id of options.customers ?? []) if (!state.has(id)) state.set(id, newAccumulator());
    const ids = [...state.keys()].sort(compareCustomerIds);
    const tx = new Map<CustomerId, NonNullable<Evidence['tx']>>();
    for (const id of ids) tx.set(id, transactionEvidence(state.get(id)!, asOfDay, policy));
    state.clear();
    const basis = given?.basis ?? policy.value.basis;
    const valueModel =
      given ??
      fitValueModel(
        (function* values() {
          for (const [customerId, e] of tx) {
            const value = basis === 'revenue' ? e.revenue : e.profit;
            if (value !== null && e.agg !== undefined) yield { customerId, value };
          }
        })(),
        policy.value,
      );
    const profiles = ids.map((id) => {
      const side = options.facts?.(id) ?? {};
      const ev: Evidence = { asOfDay, tx: tx.get(id)!, ...sideEvidence(side, days, asOfDay) };
      const signal = options.churn?.(id);
      const churn = signal === undefined ? undefined : checkChurnSignal(signal);
      return assemble(id, asOfDay, deriveAll(ev, policy, valueModel, churn), checkGiven(side.given));
    });
    return { profiles, valueModel };
  };
  return { policy, days, asOfDay, state, add, finish };
}

/**
 * Classifies a whole population in one pass over its transactions: each record is read once and
 * folded into its customer's running totals (the same values as the scoring module's `foldTransaction`), so memory is
 * proportional to the number of customers, not of transactions. Then a value model is fitted on
 * the population (unless one is given) and every customer is classified as {@link classify} would,
 * with its side facts from `options.facts`. The profiles equal those of `classify` on each
 * customer's grouped facts with the same value model.
 *
 * @example
 * ```ts
 * import { classifyAll } from 'crm-taxonomy';
 *
 * const orders = [
 *   { who: 'a', day: '2024-01-05', cents: 9000 },
 *   { who: 'b', day: '2023-02-01', cents: 1500 },
 *   { who: 'a', day: '2024-06-01', cents: 7000 },
 * ];
 * const { profiles } = classifyAll(orders, { customerId: (o) => o.who, at: (o) => o.day, amount: (o) => o.cents }, { asOf: '2024-06-30' });
 * profiles.map((p) => [p.customerId, p.dimensions.status.value, p.dimensions.abc_class.value]);
 * //=> [['a', 'current', 'a'], ['b', 'lost', 'b']]
 * ```
 */
export function classifyAll<T>(transactions: Iterable<T>, accessors: ClassifyAccessors<T>, options: ClassifyAllOptions): ClassifyAllResult {
  const batch = createBatch(accessors, options);
  for (const record of transactions) batch.add(record);
  return batch.finish();
}

/**
 * {@link classifyAll} over an async stream (a database cursor, a file read line by line).
 *
 * @example
 * ```ts
 * import { classifyAllAsync } from 'crm-taxonomy';
 *
 * async function* rows() {
 *   yield { id: 1, at: '2024-06-01', amount: 10 };
 * }
 * const { profiles } = await classifyAllAsync(rows(), { customerId: (r) => r.id, at: (r) => r.at, amount: (r) => r.amount }, { asOf: '2024-06-30' });
 * profiles[0]?.dimensions.time_state.value; //=> 'present'
 * ```
 */
export async function classifyAllAsync<T>(transactions: AsyncIterable<T> | Iterable<T>, accessors: ClassifyAccessors<T>, options: ClassifyAllOptions): Promise<ClassifyAllResult> {
  const batch = createBatch(accessors, options);
  for await (const record of transactions) batch.add(record);
  return batch.finish();
}
