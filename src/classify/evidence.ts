import { inputError, isRecord, recordError, type ErrorPath } from '../errors/index.js';
import { idKey, isCustomerId, type CustomerId } from '../records/index.js';
import { AMOUNT_BOUNDS, isAmount } from '../scoring/shapes.js';
import { boolean, checkShape, int, number, object, string } from '../shape/index.js';
import { Ingest, type TxEvidence } from './ingest.js';
import type { ClassificationPolicy } from './policy.js';
import { CONTACT_KINDS, type ContactKind, type CustomerFacts } from './types.js';

/** A contact after reading. @internal */
export interface ReadContact {
  readonly day: number;
  /** The instant (epoch milliseconds), which orders contacts within a day. */
  readonly at: number;
  readonly kind: ContactKind;
  readonly expectedDay: number | null;
}

/** A purchase model's churn decision for one customer (`churnSignal` of the clv module). @internal */
export interface ChurnEvidence {
  readonly pAlive: number;
  readonly threshold: number;
  readonly likelyChurned: boolean;
}

/** A customer's RFM segment and scores (a row of `fitRfm` with its segment id). @internal */
export interface RfmEvidence {
  readonly segment: string;
  readonly r: number;
  readonly f: number;
  readonly m: number;
}

/** What the classifiers read, computed once per customer. @internal */
export interface Evidence {
  readonly asOfDay: number;
  /** The transactions' evidence; `null` when the transactions are not known. */
  readonly tx: TxEvidence | null;
  /** Contacts up to asOf, oldest first; `null` when the contact log is not known. */
  readonly contacts: readonly ReadContact[] | null;
  readonly referrals: number | null;
  readonly costToServe: number | null;
  readonly canBuy: boolean | undefined;
  readonly targeted: boolean | undefined;
}

const CHURN_SHAPE = /* @__PURE__ */ object(
  {
    pAlive: number({ min: 0, max: 1 }),
    threshold: number({ min: 0, max: 1 }),
    likelyChurned: boolean(),
  },
  // A verdict its own numbers contradict would decide the status against the reason it gives. At
  // pAlive = threshold either verdict stands: a host that rounds pAlive before storing it lands there.
  { check: (c) => ((c.likelyChurned ? c.pAlive <= c.threshold : c.pAlive >= c.threshold) ? undefined : { path: ['likelyChurned'], expected: 'same_as_other', value: c.likelyChurned, other: 'pAlive < threshold' }) },
);

const RFM_SHAPE = /* @__PURE__ */ object(
  {
    segment: string(),
    r: int({ min: 1, max: 100 }),
    f: int({ min: 1, max: 100 }),
    m: int({ min: 1, max: 100 }),
  },
  { open: true },
);

/** Checks a churn signal at the boundary (`invalid_argument` at its path). @internal */
export function checkChurn(signal: unknown, path: ErrorPath): ChurnEvidence | undefined {
  return signal === undefined ? undefined : checkShape(CHURN_SHAPE, signal, 'invalid_argument', path);
}

/** Checks RFM evidence at the boundary: a segment id and the three scores (a `fitRfm` row with its segment). @internal */
export function checkRfm(evidence: unknown, path: ErrorPath): RfmEvidence | undefined {
  return evidence === undefined ? undefined : (checkShape(RFM_SHAPE, evidence, 'invalid_argument', path) as RfmEvidence);
}

function list(value: unknown, path: () => ErrorPath): readonly unknown[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) throw inputError('invalid_argument', path(), 'array', value);
  return value;
}

const KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(CONTACT_KINDS);

/** Reads a date as a calendar day; the path is built only for an error. @internal */
export type ReadDay = (value: unknown, path: () => ErrorPath) => number;

/** Reads a date as an instant (epoch milliseconds, wall-clock text in the policy's zone). @internal */
export type ReadInstant = (value: unknown, path: () => ErrorPath) => number;

/** The rank of each contact kind: contacts at the same instant are ordered by it, never by their place in the host's list. */
const KIND_RANK: ReadonlyMap<ContactKind, number> = /* @__PURE__ */ new Map(CONTACT_KINDS.map((k, i) => [k, i] as const));

/** Reads the contact log, dropping contacts after asOf; oldest first. @internal */
export function readContacts(value: unknown, readDay: ReadDay, readInstant: ReadInstant, asOfDay: number, path: () => ErrorPath): readonly ReadContact[] | null {
  const items = list(value, path);
  if (items === null) return null;
  const out: ReadContact[] = [];
  for (let i = 0; i < items.length; i++) {
    const c = items[i];
    if (!isRecord(c)) throw recordError([...path(), i], i, 'object', c);
    if (!KINDS.has(c.kind)) throw recordError([...path(), i, 'kind'], i, 'one_of', c.kind, { allowed: [...CONTACT_KINDS] });
    const day = readDay(c.at, () => [...path(), i, 'at']);
    // null is not given, as a transaction's category (a database's NULL).
    const expectedDay = c.expectedPurchaseAt == null ? null : readDay(c.expectedPurchaseAt, () => [...path(), i, 'expectedPurchaseAt']);
    if (day <= asOfDay) out.push({ day, at: readInstant(c.at, () => [...path(), i, 'at']), kind: c.kind as ContactKind, expectedDay });
  }
  // By instant, then kind, then expected day: the same contacts give the same answer in any order
  // (an interest and a refusal on one day are read in the order they happened; of two interests at
  // one instant, the later expected purchase is read last). A contact without an expected day
  // (null, read as 0 here) ties only with ones that differ in nothing a classifier reads.
  return out.sort((a, b) => a.at - b.at || KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)! || (a.expectedDay as number) - (b.expectedDay as number));
}

/** A flag of the facts: `null` is not given (a database's NULL), as a purchase's category. */
function optionalBoolean(value: unknown, path: () => ErrorPath): boolean | undefined {
  if (value == null) return undefined;
  if (typeof value === 'boolean') return value;
  throw inputError('invalid_argument', path(), 'boolean', value);
}

/**
 * The keys of a customer's side facts in a batch: all but its transactions, which come from the
 * rows (its id may come along, as in its whole facts). A misspelt key (`costToserve`) was not
 * read, silently. @internal
 */
export const SIDE_FACT_KEYS = ['customerId', 'contacts', 'referrals', 'costToServe', 'canBuy', 'targeted', 'given'] as const satisfies readonly (keyof CustomerFacts)[];
/** The keys of a customer's facts. @internal */
export const FACT_KEYS = ['transactions', ...SIDE_FACT_KEYS] as const satisfies readonly (keyof CustomerFacts)[];
/** Every key of `CustomerFacts` is listed (a key added to the interface and not here fails to compile). */
const EVERY_FACT_KEY: Exclude<keyof CustomerFacts, (typeof FACT_KEYS)[number]> extends never ? true : never = true;
void EVERY_FACT_KEY;

/**
 * The evidence of a customer: its transactions' evidence and its side facts (everything but
 * transactions and host-given values), read and checked; `path` is built only for an error.
 * @internal
 */
export function evidenceOf(tx: TxEvidence | null, facts: Readonly<Record<string, unknown>> | undefined, readDay: ReadDay, readInstant: ReadInstant, asOfDay: number, path: () => ErrorPath): Evidence {
  if (facts === undefined) return { asOfDay, tx, contacts: null, referrals: null, costToServe: null, canBuy: undefined, targeted: undefined };
  const referralList = list(facts.referrals, () => [...path(), 'referrals']);
  let referrals: number | null = null;
  if (referralList !== null) {
    // Distinct customers referred: an entry without a `referredId` (or with null) is one referral of
    // its own. Ids as strings, which a `Set` hashes with a seed (numbers it hashes without one: ids
    // built to collide were quadratic); `42` and `"42"` stay two customers.
    const referred = new Set<string>();
    let anonymous = 0;
    for (let i = 0; i < referralList.length; i++) {
      const r = referralList[i];
      if (!isRecord(r)) throw recordError([...path(), 'referrals', i], i, 'object', r);
      const id = r.referredId;
      if (id != null && !isCustomerId(id)) throw recordError([...path(), 'referrals', i, 'referredId'], i, 'customer_id', id);
      if (readDay(r.at, () => [...path(), 'referrals', i, 'at']) <= asOfDay) {
        if (id == null) anonymous++;
        else referred.add(idKey(id as CustomerId));
      }
    }
    referrals = referred.size + anonymous;
  }
  const cost = facts.costToServe as number | null | undefined;
  // A cost, never negative, an amount as a transaction's is (at most 1e30: profit after it is always finite); null is not given.
  if (cost != null && !(isAmount(cost) && cost >= 0)) throw inputError('invalid_argument', [...path(), 'costToServe'], 'number', cost, { min: 0, max: AMOUNT_BOUNDS.max });
  return {
    asOfDay,
    tx,
    contacts: readContacts(facts.contacts, readDay, readInstant, asOfDay, () => [...path(), 'contacts']),
    referrals,
    costToServe: cost == null ? null : cost === 0 ? 0 : cost,
    canBuy: optionalBoolean(facts.canBuy, () => [...path(), 'canBuy']),
    targeted: optionalBoolean(facts.targeted, () => [...path(), 'targeted']),
  };
}

/**
 * Reads one customer's transactions (an array of purchase facts) through the same ingest as
 * `classifyAll`, so both give the same evidence. Every record is checked first.
 * @internal
 */
export function transactionsEvidence(value: unknown, readDay: ReadDay, asOfDay: number, policy: ClassificationPolicy, path: ErrorPath): TxEvidence | null {
  const items = list(value, () => path);
  if (items === null) return null;
  const ingest = new Ingest(asOfDay);
  const c = ingest.addCustomer();
  let i = 0;
  const atPath = (): ErrorPath => [...path, i, 'at'];
  for (; i < items.length; i++) {
    const t = items[i];
    if (!isRecord(t)) throw recordError([...path, i], i, 'object', t);
    const day = readDay(t.at, atPath);
    const { amount, profit, category, directed } = t;
    if (!isAmount(amount)) throw recordError([...path, i, 'amount'], i, 'number', amount, AMOUNT_BOUNDS);
    if (profit !== undefined && !isAmount(profit)) throw recordError([...path, i, 'profit'], i, 'number', profit, AMOUNT_BOUNDS);
    // null is not given, as classifyAll reads it (a database's NULL).
    if (category != null && typeof category !== 'string') throw recordError([...path, i, 'category'], i, 'string', category);
    if (directed != null && typeof directed !== 'boolean') throw recordError([...path, i, 'directed'], i, 'boolean', directed);
    if (day > asOfDay) continue;
    ingest.add(c, day, amount, profit, category, directed);
  }
  ingest.prepare(path, policy.patronage.regular.windowDays);
  return ingest.evidence(c, policy.effectiveness.marginRate);
}
