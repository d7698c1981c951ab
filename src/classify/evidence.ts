import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import type { DayCounter } from '../records/index.js';
import { addCompensated, type CompensatedSum, type CustomerId } from '../records/index.js';
import { metricsOfAggregate, unionDays } from '../scoring/aggregate.js';
import { resolvePolicy } from '../scoring/policy.js';
import type { CustomerAggregate } from '../scoring/types.js';
import type { ClassificationPolicy } from './policy.js';
import { CONTACT_KINDS, type ContactKind, type CustomerFacts } from './types.js';

/**
 * Per-customer state while reading transactions: what the scoring aggregate (fold/merge) holds,
 * kept mutable so that each record costs O(1), plus what the loyalty behaviours need. The days are
 * kept as sets (distinct days, in arrival order) and sorted once, in {@link transactionEvidence}.
 * Memory is one of these per customer (and one entry per distinct day).
 * @internal
 */
export interface Accumulator {
  /** The customer of the first transaction (undefined until one is read). */
  customerId: CustomerId | undefined;
  transactions: number;
  firstDay: number;
  lastDay: number;
  purchases: number;
  zeroPurchases: number;
  refunds: number;
  lastRefundDay: number | null;
  /** Distinct days with amount > 0. */
  readonly purchaseDays: Set<number>;
  /** Distinct days with amount === 0. */
  readonly zeroDays: Set<number>;
  readonly spend: CompensatedSum;
  readonly refunded: CompensatedSum;
  readonly profit: CompensatedSum;
  readonly categories: Set<string>;
  uncategorized: number;
  directed: number;
  directedUnknown: number;
  profitMissing: number;
}

/** @internal */
export function newAccumulator(): Accumulator {
  return {
    customerId: undefined,
    transactions: 0,
    firstDay: Number.MAX_SAFE_INTEGER,
    lastDay: Number.MIN_SAFE_INTEGER,
    purchases: 0,
    zeroPurchases: 0,
    refunds: 0,
    lastRefundDay: null,
    purchaseDays: new Set(),
    zeroDays: new Set(),
    spend: { sum: 0, compensation: 0 },
    refunded: { sum: 0, compensation: 0 },
    profit: { sum: 0, compensation: 0 },
    categories: new Set(),
    uncategorized: 0,
    directed: 0,
    directedUnknown: 0,
    profitMissing: 0,
  };
}

/**
 * Folds one already-read transaction (a calendar day, not after asOf; a finite amount and profit,
 * validated where the record was read) into an accumulator. Same arithmetic as the scoring
 * module's `foldTransaction`, in place and without re-checking: no check in this loop. @internal
 */
export function accumulate(
  acc: Accumulator,
  customerId: CustomerId,
  day: number,
  amount: number,
  profit: number | undefined,
  category: string | null | undefined,
  directed: boolean | null | undefined,
): void {
  if (acc.transactions === 0) acc.customerId = customerId;
  acc.transactions++;
  if (day < acc.firstDay) acc.firstDay = day;
  if (day > acc.lastDay) acc.lastDay = day;
  addCompensated(acc.profit, profit ?? 0);
  if (profit === undefined) acc.profitMissing++;
  if (amount > 0) {
    acc.purchases++;
    acc.purchaseDays.add(day);
    addCompensated(acc.spend, amount);
  } else if (amount === 0) {
    acc.zeroPurchases++;
    acc.zeroDays.add(day);
  } else {
    acc.refunds++;
    if (acc.lastRefundDay === null || day > acc.lastRefundDay) acc.lastRefundDay = day;
    addCompensated(acc.refunded, amount);
    return;
  }
  if (category === undefined || category === null || category === '') acc.uncategorized++;
  else acc.categories.add(category);
  if (directed === true) acc.directed++;
  else if (directed !== false) acc.directedUnknown++;
}

const ascending = (x: number, y: number): number => x - y;

/** The distinct days of a set, sorted (once per customer). */
function sortedDays(days: ReadonlySet<number>): number[] {
  return [...days].sort(ascending);
}

/** A contact after reading. @internal */
export interface ReadContact {
  readonly day: number;
  readonly kind: ContactKind;
  readonly expectedDay: number | null;
}

/** What the classifiers read, computed once per customer. @internal */
export interface Evidence {
  readonly asOfDay: number;
  readonly tx: {
    readonly agg: CustomerAggregate | undefined;
    /** Sorted distinct days with a purchase (amount >= 0), none after asOf. */
    readonly days: readonly number[];
    readonly revenue: number;
    readonly profit: number | null;
    readonly categories: number;
    readonly uncategorized: number;
    readonly directed: number;
    readonly directedUnknown: number;
  } | null;
  /** Contacts up to asOf, oldest first. */
  readonly contacts: readonly ReadContact[] | null;
  readonly referrals: number | null;
  readonly costToServe: number | null;
  readonly canBuy: boolean | undefined;
  readonly targeted: boolean | undefined;
}

const READ_POLICY = /* @__PURE__ */ resolvePolicy({ future: 'include' });

/**
 * The scoring aggregate of an accumulator, built once per customer: the same value as folding its
 * transactions, in the order read, with `foldTransaction` (same compensated sums, sorted distinct
 * days), or undefined when it holds no transaction.
 */
function aggregateOf(acc: Accumulator): CustomerAggregate | undefined {
  if (acc.transactions === 0) return undefined;
  const purchaseDays = sortedDays(acc.purchaseDays);
  const zeroDays = sortedDays(acc.zeroDays);
  return {
    customerId: acc.customerId!,
    firstDay: acc.firstDay,
    lastDay: acc.lastDay,
    lastPositiveDay: purchaseDays.length === 0 ? null : purchaseDays[purchaseDays.length - 1]!,
    lastZeroDay: zeroDays.length === 0 ? null : zeroDays[zeroDays.length - 1]!,
    lastRefundDay: acc.lastRefundDay,
    purchases: acc.purchases,
    zeroPurchases: acc.zeroPurchases,
    refunds: acc.refunds,
    purchaseDays,
    zeroDays,
    spend: acc.spend.sum,
    spendCompensation: acc.spend.compensation,
    refunded: acc.refunded.sum,
    refundedCompensation: acc.refunded.compensation,
    profit: acc.profit.sum,
    profitCompensation: acc.profit.compensation,
    transactions: acc.transactions,
  };
}

/** Turns an accumulator into the transaction part of the evidence (once per customer). @internal */
export function transactionEvidence(acc: Accumulator, asOfDay: number, policy: ClassificationPolicy): NonNullable<Evidence['tx']> {
  const agg = aggregateOf(acc);
  const revenue = agg === undefined ? 0 : (metricsOfAggregate(agg, asOfDay, READ_POLICY, ['transactions'])?.monetary ?? 0);
  const profit =
    agg === undefined
      ? 0
      : acc.profitMissing === 0
        ? agg.profit + agg.profitCompensation
        : policy.effectiveness.marginRate === null
          ? null
          : revenue * policy.effectiveness.marginRate;
  return {
    agg,
    days: agg === undefined ? [] : unionDays(agg.purchaseDays, agg.zeroDays),
    revenue,
    profit,
    categories: acc.categories.size,
    uncategorized: acc.uncategorized,
    directed: acc.directed,
    directedUnknown: acc.directedUnknown,
  };
}

function finite(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw legacyError('non_finite_amount', `${path.join('.')} must be a finite number, received ${describeValue(value)}`, { path });
  }
  return value;
}

function array(value: unknown, path: string): readonly unknown[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) throw legacyError('invalid_record', `${path} must be an array, received ${describeValue(value)}`, { path: [path] });
  return value;
}

function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw legacyError('invalid_record', `${path} must be a boolean, received ${describeValue(value)}`, { path: [path] });
}

/** Reads the contact log, dropping contacts after asOf. @internal */
export function readContacts(value: unknown, days: DayCounter, asOfDay: number): readonly ReadContact[] | null {
  const list = array(value, 'contacts');
  if (list === null) return null;
  const out: ReadContact[] = [];
  list.forEach((raw, i) => {
    const c = raw as { at?: unknown; kind?: unknown; expectedPurchaseAt?: unknown } | null;
    if (typeof c !== 'object' || c === null) throw legacyError('invalid_record', `contacts[${i}] must be an object, received ${describeValue(c)}`, { path: ['contacts', i] });
    if (!(CONTACT_KINDS as readonly unknown[]).includes(c.kind)) {
      throw legacyError('invalid_record', `contacts[${i}].kind must be one of ${CONTACT_KINDS.join(', ')}, received ${describeValue(c.kind)}`, {
        path: ['contacts', i, 'kind'],
        details: { allowed: [...CONTACT_KINDS] },
      });
    }
    const day = days.day(c.at, ['contacts', i, 'at']);
    const expectedDay = c.expectedPurchaseAt === undefined ? null : days.day(c.expectedPurchaseAt, ['contacts', i, 'expectedPurchaseAt']);
    if (day <= asOfDay) out.push({ day, kind: c.kind as ContactKind, expectedDay });
  });
  return out.sort((a, b) => a.day - b.day);
}

/** Reads the side facts (everything but transactions). @internal */
export function sideEvidence(facts: Omit<CustomerFacts, 'transactions'>, days: DayCounter, asOfDay: number): Omit<Evidence, 'asOfDay' | 'tx'> {
  const referralList = array(facts.referrals, 'referrals');
  let referrals: number | null = null;
  if (referralList !== null) {
    referrals = 0;
    referralList.forEach((r, i) => {
      const at = (r as { at?: unknown } | null)?.at;
      if (days.day(at, ['referrals', i, 'at']) <= asOfDay) referrals!++;
    });
  }
  return {
    contacts: readContacts(facts.contacts, days, asOfDay),
    referrals,
    costToServe: facts.costToServe === undefined ? null : finite(facts.costToServe, ['costToServe']),
    canBuy: optionalBoolean(facts.canBuy, 'canBuy'),
    targeted: optionalBoolean(facts.targeted, 'targeted'),
  };
}

/** Builds the evidence of one customer from its facts. @internal */
export function evidenceOf(facts: CustomerFacts, policy: ClassificationPolicy, days: DayCounter, asOfDay: number): Evidence {
  if (typeof facts !== 'object' || facts === null) throw legacyError('invalid_argument', `facts must be an object, received ${describeValue(facts)}`, { path: ['facts'] });
  const list = array(facts.transactions, 'transactions');
  let tx: Evidence['tx'] = null;
  if (list !== null) {
    const acc = newAccumulator();
    const id = facts.customerId ?? 0;
    list.forEach((raw, i) => {
      const t = raw as { at?: unknown; amount?: unknown; profit?: unknown; category?: unknown; directed?: unknown } | null;
      if (typeof t !== 'object' || t === null) throw legacyError('invalid_record', `transactions[${i}] must be an object, received ${describeValue(t)}`, { path: ['transactions', i] });
      const day = days.day(t.at, ['transactions', i, 'at']);
      const amount = finite(t.amount, ['transactions', i, 'amount']);
      const profit = t.profit === undefined ? undefined : finite(t.profit, ['transactions', i, 'profit']);
      if (t.category !== undefined && typeof t.category !== 'string') {
        throw legacyError('invalid_record', `transactions[${i}].category must be a string, received ${describeValue(t.category)}`, { path: ['transactions', i, 'category'] });
      }
      if (t.directed !== undefined && typeof t.directed !== 'boolean') {
        throw legacyError('invalid_record', `transactions[${i}].directed must be a boolean, received ${describeValue(t.directed)}`, { path: ['transactions', i, 'directed'] });
      }
      if (day > asOfDay) return;
      accumulate(acc, id, day, amount, profit, t.category as string | undefined, t.directed as boolean | undefined);
    });
    tx = transactionEvidence(acc, asOfDay, policy);
  }
  return { asOfDay, tx, ...sideEvidence(facts, days, asOfDay) };
}
