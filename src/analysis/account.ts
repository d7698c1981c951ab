import { CrmTaxonomyError, inputError, isPlainRecord, isRecord, ownValue, recordError, type ErrorPath } from '../errors/index.js';
import { dayToIso, isCustomerId, type CustomerId, type DateInput } from '../records/index.js';
import { safeParse, type DimensionValue } from '../taxonomy/index.js';
import { MAX_COUNT, MAX_MONEY, MAX_RECORDS, futureError, readCount, readMoney, type TimeOptions } from './read.js';

type MembershipTier = DimensionValue<'membership_tier'>;

/** One transaction of an account: a purchase, or a refund when `amount < 0`. @internal */
export interface AccountTransaction {
  /** When it happened (a `Date`, epoch milliseconds or an ISO 8601 string). */
  readonly at: DateInput;
  /** What the customer paid, in the host's unit (integer minor units recommended); negative for a refund. */
  readonly amount: number;
  /** The margin it left: `amount` less the cost of the goods, same unit. Without it, `marginRate` applies. */
  readonly profit?: number;
  /** The product or product category bought, for how many kinds the customer buys from you. */
  readonly category?: string;
}

/**
 * What a host knows about one customer, as the analyses read it: its transactions, and what the
 * host knows beside them — service contacts by channel, other costs to serve, complaints, what it
 * buys elsewhere, a model's estimate of its value and its membership tier. Every money figure is
 * in the host's unit and covers the span the host chose for the account (a year, two years, all
 * history); a left-out field means "not known".
 */
export interface CustomerAccount {
  /** The host's customer id (a non-empty string or a finite number). */
  readonly customerId: CustomerId;
  /** Purchases and refunds, in any order (`[]`: known to have bought nothing); at most 1,000,000 (`input_too_large` beyond). */
  readonly transactions: readonly AccountTransaction[];
  /** Service contacts by channel over the account's span, e.g. `{ agent: 12, ivr: 40 }`; costed with the `unitCosts` option. */
  readonly serviceContacts?: Readonly<Record<string, number>>;
  /** Cost to serve beyond the contacts listed in `serviceContacts` (visits, delivery, rebates), over the account's span. */
  readonly costToServe?: number;
  /** When the customer complained (a host's complaint tickets); at most 1,000,000 (`input_too_large` beyond). */
  readonly complaints?: readonly DateInput[];
  /** What the host knows the customer buys elsewhere, over the account's span: money spent on what you sell, and how many kinds of product. */
  readonly elsewhere?: { readonly spend?: number; readonly categories?: number };
  /** A statistical model's estimate of the customer's value (e.g. a lifetime value from the library's CLV models), in the host's unit. */
  readonly predictedValue?: number;
  /** The customer's membership tier now; left out for a customer who is not a member. */
  readonly membershipTier?: MembershipTier;
}

/** A transaction as read at the boundary. @internal */
export interface Tx {
  readonly day: number;
  readonly amount: number;
  readonly profit: number | undefined;
  readonly category: string | undefined;
}

/** An account as read at the boundary: checked, dates as days, contacts in a map. @internal */
export interface Ledger {
  readonly customerId: CustomerId;
  readonly tx: readonly Tx[];
  /** Service contacts by channel, channels in code-unit order. */
  readonly contacts: ReadonlyMap<string, number>;
  readonly costToServe: number | undefined;
  /** Complaint days; `undefined` when the host keeps no complaints for the account. */
  readonly complaints: readonly number[] | undefined;
  readonly elsewhereSpend: number | undefined;
  readonly elsewhereCategories: number | undefined;
  readonly predicted: number | undefined;
  readonly tier: MembershipTier | undefined;
}


const NO_PATH: ErrorPath = [];

/** A date as a calendar day; a bad one is `invalid_date` at `path()`, built only then. */
function dayOf(time: TimeOptions, value: unknown, path: () => ErrorPath): number {
  try {
    return time.days.day(value, NO_PATH);
  } catch (error) {
    if (error instanceof CrmTaxonomyError) throw new CrmTaxonomyError(error.code, error.details, { path: path() });
    throw error;
  }
}

const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_MONEY;

function readTx(value: unknown, index: number, path: ErrorPath, time: TimeOptions): Tx | undefined {
  if (!isRecord(value)) throw recordError([...path, index], index, 'object', value);
  const day = dayOf(time, ownValue(value, 'at'), () => [...path, index, 'at']);
  const amount = ownValue(value, 'amount');
  if (!isAmount(amount)) throw recordError([...path, index, 'amount'], index, 'number', amount, { min: -MAX_MONEY, max: MAX_MONEY });
  const profit = ownValue(value, 'profit');
  if (profit !== undefined && !isAmount(profit)) throw recordError([...path, index, 'profit'], index, 'number', profit, { min: -MAX_MONEY, max: MAX_MONEY });
  const category = ownValue(value, 'category');
  if (category !== undefined && (typeof category !== 'string' || category.length === 0)) throw recordError([...path, index, 'category'], index, 'non_empty_string', category);
  if (time.asOfDay !== undefined && day > time.asOfDay && time.future !== 'include') {
    if (time.future === 'ignore') return undefined;
    throw futureError([...path, index, 'at'], index, dayToIso(day), dayToIso(time.asOfDay));
  }
  return { day, amount, profit, category };
}

/**
 * An account's list (transactions, complaints) at `path`: an array of at most {@link MAX_RECORDS}
 * items (`input_too_large` beyond), its length read once, each item read once by `read`
 * (`undefined`: left out).
 */
function readList<T>(value: unknown, path: ErrorPath, read: (item: unknown, index: number) => T | undefined): T[] {
  if (!Array.isArray(value)) throw inputError('invalid_argument', path, 'array', value);
  const n = value.length;
  if (n > MAX_RECORDS) throw new CrmTaxonomyError('input_too_large', { what: String(path[path.length - 1]), limit: MAX_RECORDS, received: n }, { path });
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    const item = read(value[i], i);
    if (item !== undefined) out.push(item);
  }
  return out;
}

function readContacts(value: unknown, path: ErrorPath): ReadonlyMap<string, number> {
  const contacts = new Map<string, number>();
  if (value === undefined) return contacts;
  if (!isPlainRecord(value)) throw inputError('invalid_argument', path, 'object', value);
  for (const channel of Object.keys(value).sort()) contacts.set(channel, readCount(value[channel], [...path, channel]));
  return contacts;
}

/**
 * Reads one account at the boundary: every field checked (a `CrmTaxonomyError` with the path of
 * the first bad one), dates read as calendar days in the call's time zone.
 * @internal
 */
export function readAccount(account: unknown, path: ErrorPath, time: TimeOptions): Ledger {
  if (!isRecord(account)) throw inputError('invalid_argument', path, 'object', account);
  const customerId = ownValue(account, 'customerId');
  if (!isCustomerId(customerId)) throw inputError('invalid_argument', [...path, 'customerId'], 'customer_id', customerId);
  const txPath = [...path, 'transactions'];
  const tx = readList(ownValue(account, 'transactions'), txPath, (value, i) => readTx(value, i, txPath, time));
  const contacts = readContacts(ownValue(account, 'serviceContacts'), [...path, 'serviceContacts']);
  const cost = ownValue(account, 'costToServe');
  const costToServe = cost === undefined ? undefined : readMoney(cost, [...path, 'costToServe'], 0);
  const complaintsIn = ownValue(account, 'complaints');
  const complaintsPath = [...path, 'complaints'];
  const complaints = complaintsIn === undefined ? undefined : readList(complaintsIn, complaintsPath, (value, i) => dayOf(time, value, () => [...complaintsPath, i]));
  const elsewhere = ownValue(account, 'elsewhere');
  let elsewhereSpend: number | undefined;
  let elsewhereCategories: number | undefined;
  if (elsewhere !== undefined) {
    if (!isPlainRecord(elsewhere)) throw inputError('invalid_argument', [...path, 'elsewhere'], 'object', elsewhere);
    const spend = ownValue(elsewhere, 'spend');
    const categories = ownValue(elsewhere, 'categories');
    if (spend !== undefined) elsewhereSpend = readMoney(spend, [...path, 'elsewhere', 'spend'], 0);
    if (categories !== undefined) elsewhereCategories = readCount(categories, [...path, 'elsewhere', 'categories'], MAX_COUNT);
  }
  const predictedIn = ownValue(account, 'predictedValue');
  const predicted = predictedIn === undefined ? undefined : readMoney(predictedIn, [...path, 'predictedValue']);
  const tierIn = ownValue(account, 'membershipTier');
  if (tierIn !== undefined) {
    const parsed = safeParse('membership_tier', tierIn);
    if (!parsed.ok) throw new CrmTaxonomyError(parsed.error.code, parsed.error.details, { path: [...path, 'membershipTier'] });
  }
  return {
    customerId,
    tx,
    contacts,
    costToServe,
    complaints,
    elsewhereSpend,
    elsewhereCategories,
    predicted,
    tier: tierIn as MembershipTier | undefined,
  };
}
