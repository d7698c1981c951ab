import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { DAY_MS, dayToIso, type DayCounter } from '../records/index.js';
import type { CustomerId, MissingCustomerIdPolicy } from '../records/index.js';
import { fastWallDay } from './fastdate.js';
import { findOrInsert, lookup, MAX_INLINE, MAX_WORDS, newIdTable, packId, touch, type IdTable } from './idtable.js';
import type { ResolvedRfmPolicy, ScoringAccessors } from './types.js';

const NONE = -2147483648;

/** Integer ids in 0..DIRECT_LIMIT − 1 are indexed through a direct table (at most 16 MB). */
const DIRECT_LIMIT = 4_194_304; // 2^22, a literal so bundlers can drop it

/** Records applied together (see `flush` in {@link createIngest}). */
const BLOCK = 256;
/** How a buffered record's customer is found: as the previous record's, in the id table, otherwise. */
const SAME = 0;
const TABLE = 1;
const OTHER = 2;

/** Fields of the per-customer state, stride {@link STRIDE}. @internal */
export const LAST_PURCHASE = 0;
/** @internal */
export const LAST_ANY = 1;
/** @internal */
export const PURCHASES = 2;
/** @internal */
export const STRIDE = 4;

/**
 * Per-customer state: days and counts interleaved in one Int32Array, `STRIDE` integers per customer
 * (last purchase day, last day, purchases, unused), and net sums in a Float64Array, so one
 * transaction touches two cache lines at most. Indexed by dense customer index
 * (order of first appearance). Memory is proportional to customers; with `sameDay: 'once'` one
 * (customer, day) pair per purchase is kept as well. `comp` holds the compensation of the
 * compensated sums and is written only when a sum rounds (never for integer amounts).
 * @internal
 */
export interface Columns {
  count: number;
  ids: CustomerId[];
  /** Customer id → dense index. */
  index: { get(id: CustomerId): number | undefined } | undefined;
  /** The table holding the string ids of up to {@link MAX_INLINE} code units, when any. */
  table?: IdTable | undefined;
  state: Int32Array;
  sum: Float64Array;
  /**
   * Compensations; allocated (zeros) on first read when no sum ever rounded: check
   * {@link Columns.rounded} first to skip it.
   */
  comp: Float64Array;
  /** Whether any compensated sum rounded (false: every compensation is 0). */
  rounded?: boolean;
  profit: Float64Array | undefined;
  profitComp: Float64Array | undefined;
  /** (customer, day) pairs of purchases, only for sameDay 'once'. */
  pairCustomer: Int32Array | undefined;
  pairDay: Int32Array | undefined;
  pairs: number;
}

/** A fresh state array for `n` customers. @internal */
export function newState(n: number): Int32Array {
  const state = new Int32Array(n * STRIDE);
  for (let k = 0; k < n; k++) {
    state[k * STRIDE + LAST_PURCHASE] = NONE;
    state[k * STRIDE + LAST_ANY] = NONE;
  }
  return state;
}

/** What the ingest needs to know. @internal */
export interface IngestSettings {
  readonly policy: ResolvedRfmPolicy;
  readonly days: DayCounter;
  /** Calendar day of asOf, or undefined when no future check applies. */
  readonly asOfDay: number | undefined;
  readonly onMissingCustomerId: MissingCustomerIdPolicy;
  readonly withProfit: boolean;
}

function grow<A extends Int32Array | Float64Array>(a: A, size: number): A {
  const next = new (a.constructor as new (n: number) => A)(size);
  next.set(a);
  return next;
}

/** An ingest: `add(record, index)` for each record, then `done()`. @internal */
export interface Ingest<T> {
  add(record: T, index: number): void;
  done(): Columns;
}

/** Creates the one-pass ingest of host records into {@link Columns}. @internal */
export function createIngest<T>(accessors: ScoringAccessors<T>, settings: IngestSettings): Ingest<T> {
  if (typeof accessors !== 'object' || accessors === null || typeof accessors.customerId !== 'function' || typeof accessors.at !== 'function' || typeof accessors.amount !== 'function') {
    throw legacyError('invalid_argument', 'accessors must be an object with customerId, at and amount functions', { path: ['accessors'] });
  }
  const { policy, days, onMissingCustomerId } = settings;
  const withProfit = settings.withProfit && typeof accessors.profit === 'function';
  if (settings.withProfit && !withProfit) {
    throw legacyError('invalid_argument', "value: 'profit' needs a profit accessor", { path: ['accessors', 'profit'] });
  }
  const asOf = settings.asOfDay ?? Number.POSITIVE_INFINITY;
  const future = policy.future;
  const ignoreZero = policy.zeroAmounts === 'ignore';
  const ignoreRefunds = policy.refunds === 'ignore';
  const once = policy.sameDay === 'once';
  const utc = days.timeZone.toUpperCase() === 'UTC' || days.timeZone === 'Etc/UTC';
  const getId = accessors.customerId;
  const getAt = accessors.at;
  const getAmount = accessors.amount;
  const getProfit = accessors.profit;

  let cap = 1024;
  // Compensations of the sums: integer amounts never round, so allocated on the first rounding.
  let comp: Float64Array | undefined;
  // Ids → dense indexes: small non-negative integer ids through a direct table (no hashing), the
  // rest through a Map. Which one holds an id depends on the id alone, so they never overlap.
  // Short string ids go to an inline-key table (one cache line per lookup of a fresh string).
  const map = new Map<CustomerId, number>();
  const table = newIdTable();
  let direct = new Int32Array(1024);
  const index = {
    get: (id: CustomerId): number | undefined => {
      if (typeof id === 'number' && id >= 0 && id < DIRECT_LIMIT && Number.isInteger(id)) {
        const k = id < direct.length ? direct[id]! - 1 : -1;
        return k < 0 ? undefined : k;
      }
      if (typeof id === 'string' && id.length <= MAX_INLINE) {
        const k = lookup(table, id);
        return k < 0 ? undefined : k;
      }
      return map.get(id);
    },
  };
  const c: Columns = {
    count: 0,
    ids: [],
    index,
    table,
    state: newState(cap),
    sum: new Float64Array(cap),
    get comp(): Float64Array {
      return (comp ??= new Float64Array(cap));
    },
    set comp(value: Float64Array) {
      comp = value;
    },
    get rounded(): boolean {
      return comp !== undefined;
    },
    profit: withProfit ? new Float64Array(cap) : undefined,
    profitComp: withProfit ? new Float64Array(cap) : undefined,
    pairCustomer: once ? new Int32Array(1024) : undefined,
    pairDay: once ? new Int32Array(1024) : undefined,
    pairs: 0,
  };
  let state = c.state;
  let sums = c.sum;
  // A small cache of date strings: transactions of one day repeat the same string.
  let lastString: string | undefined;
  let lastStringDay = 0;
  // The previous record's customer: exports grouped by customer skip the map lookup.
  let lastId: CustomerId | undefined;
  let lastK = 0;
  // Records are validated one by one and applied a block at a time (see flush).
  let fill = 0;
  let touched = 0;
  const bId = new Array<CustomerId>(BLOCK);
  const bKind = new Uint8Array(BLOCK);
  const bHash = new Int32Array(BLOCK);
  const bWords = new Int32Array(BLOCK * MAX_WORDS);
  const bK = new Int32Array(BLOCK);
  const bDay = new Int32Array(BLOCK);
  const bAmount = new Float64Array(BLOCK);
  const bProfit = new Float64Array(withProfit ? BLOCK : 0);

  /** Records a new customer (index c.count) and grows the state when full. */
  const added = (id: CustomerId): void => {
    const k = c.count++;
    c.ids.push(id);
    if (k === cap) {
      const next = newState(cap * 2);
      next.set(state);
      state = c.state = next;
      sums = c.sum = grow(c.sum, cap * 2);
      if (comp !== undefined) comp = grow(comp, cap * 2);
      if (c.profit !== undefined) c.profit = grow(c.profit, cap * 2);
      if (c.profitComp !== undefined) c.profitComp = grow(c.profitComp, cap * 2);
      cap *= 2;
    }
  };

  const add = (record: T, i: number): void => {
    const id = getId(record);
    if (id === null || id === undefined || id === '' || (typeof id === 'number' && !Number.isFinite(id))) {
      if (onMissingCustomerId === 'skip') return;
      throw legacyError(
        'missing_customer_id',
        `Transaction ${i} has no customer id (received ${describeValue(id)}); pass onMissingCustomerId: 'skip' to leave such records out`,
        { path: ['transactions', i, 'customerId'], details: { index: i } },
      );
    }
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw legacyError('invalid_record', `Transaction ${i}: a customer id must be a string or a number, received ${describeValue(id)}`, {
        path: ['transactions', i, 'customerId'],
        details: { index: i },
      });
    }
    const at = getAt(record);
    let day: number;
    if (typeof at === 'string') {
      if (at === lastString) day = lastStringDay;
      else {
        day = fastWallDay(at, utc);
        if (day !== day) day = days.day(at, ['transactions', i, 'at']);
        lastString = at;
        lastStringDay = day;
      }
    } else if (utc && typeof at === 'number' && Number.isFinite(at)) day = Math.floor(at / DAY_MS);
    else day = days.day(at, ['transactions', i, 'at']);
    const amount = getAmount(record);
    if (typeof amount !== 'number' || !Number.isFinite(amount)) {
      throw legacyError('non_finite_amount', `Transaction ${i}: amount must be a finite number, received ${describeValue(amount)}`, {
        path: ['transactions', i, 'amount'],
        details: { index: i, received: describeValue(amount) },
      });
    }
    let profit = 0;
    if (withProfit) {
      profit = (getProfit as (r: T) => number)(record);
      if (typeof profit !== 'number' || !Number.isFinite(profit)) {
        throw legacyError('non_finite_amount', `Transaction ${i}: profit must be a finite number, received ${describeValue(profit)}`, {
          path: ['transactions', i, 'profit'],
          details: { index: i, received: describeValue(profit) },
        });
      }
    }
    if (day > asOf) {
      if (future === 'error') {
        throw legacyError(
          'future_transaction',
          `Transaction ${i} is dated ${dayToIso(day)}, after asOf (${dayToIso(asOf)}); pass future: 'ignore' or 'include' to accept such records`,
          { path: ['transactions', i, 'at'], details: { index: i, day: dayToIso(day), asOf: dayToIso(asOf) } },
        );
      }
      if (future === 'ignore') return;
    }
    if (amount === 0 ? ignoreZero : amount < 0 && ignoreRefunds) return;
    const j = fill;
    bId[j] = id;
    bDay[j] = day;
    bAmount[j] = amount;
    if (withProfit) bProfit[j] = profit;
    if (++fill === BLOCK) flush();
  };

  /**
   * Applies the buffered records in three passes over the block, so that the cache misses of
   * different records overlap instead of queueing one behind the other: hash each string id and
   * touch its slot; resolve every dense index and touch its state; update the state in record order.
   */
  const flush = (): void => {
    const n = fill;
    fill = 0;
    let sink = 0;
    let prev = lastId;
    for (let j = 0; j < n; j++) {
      const id = bId[j]!;
      if (id === prev) bKind[j] = SAME;
      else if (typeof id === 'string' && id.length <= MAX_INLINE) {
        bHash[j] = packId(id, bWords, j * MAX_WORDS);
        bKind[j] = TABLE;
      } else bKind[j] = OTHER;
      prev = id;
    }
    // A loop of loads alone: the misses of many records are in flight at once.
    for (let j = 0; j < n; j++) if (bKind[j] === TABLE) sink += touch(table, bHash[j]!);
    let k = lastK;
    for (let j = 0; j < n; j++) {
      const kind = bKind[j]!;
      if (kind === TABLE) {
        const id = bId[j] as string;
        k = findOrInsert(table, bHash[j]!, id.length, bWords, j * MAX_WORDS, c.count);
        if (k === c.count) added(id);
      } else if (kind === OTHER) k = other(bId[j]!);
      bK[j] = k;
    }
    for (let j = 0; j < n; j++) {
      const k = bK[j]!;
      sink += state[k << 2]! + sums[k]!;
    }
    touched = sink;
    lastId = prev;
    lastK = k;
    for (let j = 0; j < n; j++) {
      const k = bK[j]!;
      const day = bDay[j]!;
      const amount = bAmount[j]!;
      const o = k << 2;
      if (day > state[o + LAST_ANY]!) state[o + LAST_ANY] = day;
      if (amount >= 0) {
        if (day > state[o + LAST_PURCHASE]!) state[o + LAST_PURCHASE] = day;
        state[o + PURCHASES]!++;
        if (once) {
          if (c.pairs === c.pairDay!.length) {
            c.pairDay = grow(c.pairDay!, c.pairs * 2);
            c.pairCustomer = grow(c.pairCustomer!, c.pairs * 2);
          }
          c.pairDay![c.pairs] = day;
          c.pairCustomer![c.pairs++] = k;
        }
      }
      // Neumaier's compensated summation, inlined; the compensation is stored only when a sum rounds.
      const s = sums[k]!;
      const t = s + amount;
      const e = Math.abs(s) >= Math.abs(amount) ? s - t + amount : amount - t + s;
      if (e !== 0) (comp ??= new Float64Array(cap))[k]! += e;
      sums[k] = t;
      if (withProfit) {
        const profit = bProfit[j]!;
        const ps = c.profit![k]!;
        const pt = ps + profit;
        c.profitComp![k]! += Math.abs(ps) >= Math.abs(profit) ? ps - pt + profit : profit - pt + ps;
        c.profit![k] = pt;
      }
    }
    for (let j = 0; j < n; j++) bId[j] = undefined as unknown as CustomerId;
  };

  /** The dense index of an id the table does not hold (numbers, long strings). */
  const other = (id: CustomerId): number => {
    if (typeof id === 'number' && id >= 0 && id < DIRECT_LIMIT && (id | 0) === id) {
      let k = id < direct.length ? direct[id]! - 1 : -1;
      if (k < 0) {
        k = c.count;
        if (id >= direct.length) {
          const next = new Int32Array(Math.max(id + 1, direct.length * 2));
          next.set(direct);
          direct = next;
        }
        direct[id] = k + 1;
        added(id);
      }
      return k;
    }
    const v = map.get(id);
    if (v !== undefined) return v;
    const k = c.count;
    map.set(id, k);
    added(id);
    return k;
  };
  return {
    add,
    done: () => {
      flush();
      return c;
    },
  };
}

/** Reads a sync iterable through an ingest. @internal */
export function ingestSync<T>(records: Iterable<T>, ingest: Ingest<T>): Columns {
  if (records === null || records === undefined || typeof (records as Iterable<T>)[Symbol.iterator] !== 'function') {
    throw legacyError('invalid_argument', 'transactions must be an array or an iterable', { path: ['transactions'] });
  }
  if (Array.isArray(records)) {
    for (let i = 0; i < records.length; i++) ingest.add(records[i] as T, i);
  } else {
    let i = 0;
    for (const r of records) ingest.add(r, i++);
  }
  return ingest.done();
}

/** Reads an async (or sync) iterable through an ingest. @internal */
export async function ingestAsync<T>(records: AsyncIterable<T> | Iterable<T>, ingest: Ingest<T>): Promise<Columns> {
  if (records !== null && records !== undefined && typeof (records as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') {
    let i = 0;
    for await (const r of records as AsyncIterable<T>) ingest.add(r, i++);
    return ingest.done();
  }
  return ingestSync(records as Iterable<T>, ingest);
}

/** Distinct purchase days per customer from the (customer, day) pairs. @internal */
export function distinctDayCounts(c: Pick<Columns, 'count' | 'pairs' | 'pairDay' | 'pairCustomer'>): Float64Array {
  const out = new Float64Array(c.count);
  const n = c.pairs;
  if (n === 0) return out;
  const pd = c.pairDay!;
  const pc = c.pairCustomer!;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const d = pd[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const span = max - min + 1;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = pc[i]! * span + (pd[i]! - min);
  keys.sort();
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (key !== prev) {
      out[Math.floor(key / span)]!++;
      prev = key;
    }
  }
  return out;
}

/** The "no day" sentinel of the state. @internal */
export const NO_DAY = NONE;
