import { settled } from '../scoring/ingest/row.js';
import { CrmTaxonomyError, inputError, isPlainRecord, knownKeys, optionsRecord } from '../errors/index.js';
import { MAX_DAY, dayToIso, idKey, type CustomerId, type DateInput } from '../records/index.js';
import { sum } from './sum.js';
import type { DimensionValue } from '../taxonomy/index.js';
import { CLASS_A, abcRank, type AbcCut } from './abc.js';
import { readAccount, type CustomerAccount, type Ledger } from './account.js';
import { checkChannels } from './cost-to-serve.js';
import { COSTING_KEYS, profitFigures, readCosting, type Costing } from './profit.js';
import { MAX_ACCOUNTS, MAX_COUNT, MAX_DAYS, readChoice, readCount, readShare, readTime, TIME_KEYS, type TimeOptions } from './read.js';
import { why, type AnalysisReason } from './reasons.js';
import { realizedOf, walletShare } from './value.js';

type AbcClass = DimensionValue<'abc_class'>;

/** What a customer's value is, for the A/B/C ranking: its realized value, its net profit, or the host's model value. @internal */
export type ValueBasis = 'realized' | 'net_profit' | 'model';

/** One customer of a {@link Differentiation}: its class, its figures, and what the seed's questions found. */
export interface DifferentiatedCustomer {
  readonly customerId: CustomerId;
  /** 1-based rank by value; tied customers share the rank of the first of them. */
  readonly rank: number;
  /** A, B or C by value (seed 002). */
  readonly abcClass: AbcClass;
  /** The value it is ranked by (`basis`): realized value, net profit or model value, in the host's unit. */
  readonly value: number;
  /** Its class by revenue in the previous period: `a` is one of last year's biggest customers. */
  readonly previousClass: AbcClass;
  /** Net revenue in the previous and the current period. */
  readonly revenue: { readonly previous: number; readonly current: number };
  /** Net profit over the account's span, as `profitView` gives it; `null` when profit is not known. */
  readonly netProfit: number | null;
  /** Complaints in the previous period; `null` when the account gives no complaints (none kept, not none made). */
  readonly complaints: number | null;
  /** How many product categories it buys from you; `null` when a purchase has no category. */
  readonly categories: number | null;
  /** Its share of wallet, as `customerValue` gives it; `null` when not known. */
  readonly shareOfWallet: number | null;
  /** What the questions found, as data: its class, and each question it answers. */
  readonly findings: readonly AnalysisReason[];
}

/** The seed 002 differentiation of a batch of customers: each customer's class and findings, and the answer to each question. */
export interface Differentiation {
  /** The day of the analysis (ISO). */
  readonly asOf: string;
  /** The previous and the current period, first and last day (ISO), `periodDays` each, the current one ending on `asOf`. */
  readonly periods: {
    readonly previous: { readonly from: string; readonly to: string };
    readonly current: { readonly from: string; readonly to: string };
  };
  /** What the customers are ranked by. */
  readonly basis: ValueBasis;
  /** Every customer, in rank order. */
  readonly customers: readonly DifferentiatedCustomer[];
  /** The answers, as customer ids in rank order. */
  readonly answers: {
    /** Gold customers (金牌客户): class A. */
    readonly gold: readonly CustomerId[];
    /** Customers who cause cost (导致了企业成本的发生): negative net profit. */
    readonly causingCost: readonly CustomerId[];
    /** Last year's big customers who complained repeatedly (多次提出了抱怨). */
    readonly bigComplainers: readonly CustomerId[];
    /** Last year's biggest customers who no longer order much this year (stopped, or below `keepShare` of last year). */
    readonly lapsedBig: readonly CustomerId[];
    /** Customers who buy one or two kinds of product from you and many elsewhere (只订购一两种产品). */
    readonly narrowBuyers: readonly CustomerId[];
  };
  /**
   * How many customers a question could not be answered for, for want of data: profit; the
   * complaints of last year's big customers; categories here or elsewhere.
   */
  readonly unknown: { readonly causingCost: number; readonly bigComplainers: number; readonly narrowBuyers: number };
}

interface Settings {
  readonly time: TimeOptions & { readonly asOfDay: number };
  readonly costing: Costing;
  readonly unitCostsGiven: boolean;
  readonly periodDays: number;
  readonly basis: ValueBasis;
  readonly cut: AbcCut;
  readonly repeatedComplaints: number;
  readonly keepShare: number;
  readonly narrowCategories: number;
  readonly manyElsewhere: number;
}

function readSettings(options: unknown): Settings {
  const o = optionsRecord(options as object | undefined, [...TIME_KEYS, ...COSTING_KEYS, 'periodDays', 'basis', 'abc', 'repeatedComplaints', 'keepShare', 'narrowCategories', 'manyCategoriesElsewhere']) as Readonly<Record<string, unknown>>;
  const time = readTime(o, true) as TimeOptions & { readonly asOfDay: number };
  const { unitCosts, marginRate } = readCosting(o);
  // Each option read once: a getter's second answer never reaches the analysis.
  const { periodDays: days, basis: basisIn, abc, repeatedComplaints, keepShare, narrowCategories, manyCategoriesElsewhere } = o;
  const periodDays = days === undefined ? 365 : readCount(days, ['options', 'periodDays'], MAX_DAYS, 1);
  // The previous period's first day must be one a Date holds: blame asOf when even 1-day periods would not fit.
  if (time.asOfDay - 2 * periodDays + 1 < -MAX_DAY) {
    const blame = days === undefined || time.asOfDay - 1 < -MAX_DAY ? 'asOf' : 'periodDays';
    throw new CrmTaxonomyError('not_computable', { what: 'period', cause: 'beyond_date_range' }, { path: ['options', blame] });
  }
  const basis = readChoice(basisIn, ['realized', 'net_profit', 'model'] as const, 'realized', ['options', 'basis']);
  let cut: AbcCut = { by: 'customers', cuts: [0.05, 0.2] };
  if (abc !== undefined) {
    if (!isPlainRecord(abc)) throw inputError('invalid_argument', ['options', 'abc'], 'object', abc);
    knownKeys(abc, ['by', 'cuts'], ['options', 'abc']);
    const { by: byIn, cuts: given } = abc;
    const by = readChoice(byIn, ['customers', 'value'] as const, 'customers', ['options', 'abc', 'by']);
    let cuts = by === 'customers' ? cut.cuts : ([0.8, 0.95] as const);
    if (given !== undefined) {
      if (!Array.isArray(given) || given.length !== 2) throw inputError('invalid_argument', ['options', 'abc', 'cuts'], 'array', given, { min: 2, max: 2 });
      const [first, second] = given as unknown[];
      const a = readShare(first, ['options', 'abc', 'cuts', 0], true);
      const b = readShare(second, ['options', 'abc', 'cuts', 1], true);
      if (b < a) throw inputError('invalid_argument', ['options', 'abc', 'cuts', 1], 'ascending', b);
      cuts = [a, b];
    }
    cut = { by, cuts };
  }
  return {
    time,
    costing: { unitCosts: unitCosts ?? new Map(), marginRate },
    unitCostsGiven: unitCosts !== undefined,
    periodDays,
    basis,
    cut,
    repeatedComplaints: repeatedComplaints === undefined ? 2 : readCount(repeatedComplaints, ['options', 'repeatedComplaints'], MAX_COUNT, 1),
    keepShare: keepShare === undefined ? 0.5 : readShare(keepShare, ['options', 'keepShare']),
    narrowCategories: narrowCategories === undefined ? 2 : readCount(narrowCategories, ['options', 'narrowCategories'], MAX_COUNT, 1),
    manyElsewhere: manyCategoriesElsewhere === undefined ? 3 : readCount(manyCategoriesElsewhere, ['options', 'manyCategoriesElsewhere'], MAX_COUNT, 1),
  };
}

function readOne(account: unknown, index: number, s: Settings, seen: Set<string>): Ledger {
  const l = readAccount(account, ['accounts', index], s.time);
  checkChannels(l, s.unitCostsGiven ? s.costing.unitCosts : undefined, ['accounts', index]);
  // Ids are data, as everywhere in the library: 1 and '1' are two customers.
  const key = idKey(l.customerId);
  if (seen.has(key)) throw inputError('invalid_argument', ['accounts', index, 'customerId'], 'unique', l.customerId);
  seen.add(key);
  return l;
}

function tooMany(): CrmTaxonomyError<'input_too_large'> {
  return new CrmTaxonomyError('input_too_large', { what: 'accounts', limit: MAX_ACCOUNTS, received: MAX_ACCOUNTS + 1 }, { path: ['accounts'] });
}

/** One customer's figures, before ranking. */
interface Figures {
  readonly customerId: CustomerId;
  readonly elsewhereCategories: number | undefined;
  readonly value: number;
  readonly previous: number;
  readonly current: number;
  readonly netProfit: number | null;
  readonly costToServe: number;
  readonly complaints: number | null;
  readonly categories: number | null;
  readonly shareOfWallet: number | null;
}

function figuresOf(l: Ledger, index: number, s: Settings): Figures {
  const end = s.time.asOfDay;
  const currentFrom = end - s.periodDays;
  const previousFrom = currentFrom - s.periodDays;
  const previous: number[] = [];
  const current: number[] = [];
  const kinds = new Set<string>();
  let uncategorized = false;
  for (const t of l.tx) {
    if (t.day > currentFrom && t.day <= end) current.push(t.amount);
    else if (t.day > previousFrom && t.day <= currentFrom) previous.push(t.amount);
    if (t.amount > 0) {
      if (t.category === undefined) uncategorized = true;
      else kinds.add(t.category);
    }
  }
  let complaints: number | null = null;
  if (l.complaints !== undefined) {
    complaints = 0;
    for (const day of l.complaints) if (day > previousFrom && day <= currentFrom) complaints++;
  }
  const realized = realizedOf(l);
  const profit = profitFigures(l, s.costing);
  let value: number;
  if (s.basis === 'realized') value = realized;
  else if (s.basis === 'model') {
    if (l.predicted === undefined) throw inputError('invalid_argument', ['accounts', index, 'predictedValue'], 'present', undefined);
    value = l.predicted;
  } else {
    if (profit.netProfit === null) throw new CrmTaxonomyError('not_computable', { what: 'net_profit', cause: 'profit_unknown' }, { path: ['accounts', index] });
    value = profit.netProfit;
  }
  return {
    customerId: l.customerId,
    elsewhereCategories: l.elsewhereCategories,
    value,
    previous: sum(previous),
    current: sum(current),
    netProfit: profit.netProfit,
    costToServe: profit.cost.total,
    complaints,
    categories: uncategorized ? null : kinds.size,
    shareOfWallet: walletShare(realized, l.elsewhereSpend ?? null),
  };
}

function answer(all: readonly Figures[], s: Settings): Differentiation {
  const ids = all.map((f) => f.customerId);
  const ranked = abcRank(ids, all.map((f) => f.value), s.cut);
  const before = abcRank(ids, all.map((f) => f.previous), s.cut).places;
  const customers: DifferentiatedCustomer[] = [];
  const gold: CustomerId[] = [];
  const causingCost: CustomerId[] = [];
  const bigComplainers: CustomerId[] = [];
  const lapsedBig: CustomerId[] = [];
  const narrowBuyers: CustomerId[] = [];
  let unknownProfit = 0;
  let unknownComplaints = 0;
  let unknownNarrow = 0;
  for (const i of ranked.order) {
    const f = all[i] as Figures;
    const id = f.customerId;
    const place = ranked.places[i] as (typeof ranked.places)[number];
    const previousClass = (before[i] as (typeof before)[number]).abcClass;
    const findings: AnalysisReason[] = [why('abc_rank', { abcClass: place.abcClass, rank: place.rank, customers: all.length, value: f.value, basis: s.basis })];
    if (place.abcClass === CLASS_A) gold.push(id);
    if (f.netProfit === null) unknownProfit++;
    else if (f.netProfit < 0) {
      causingCost.push(id);
      findings.push(why('causes_cost', { netProfit: f.netProfit, costToServe: f.costToServe }));
    }
    if (previousClass === CLASS_A) {
      if (f.complaints === null) unknownComplaints++;
      else if (f.complaints >= s.repeatedComplaints) {
        bigComplainers.push(id);
        findings.push(why('complained_repeatedly', { complaints: f.complaints, minComplaints: s.repeatedComplaints, previousRevenue: f.previous, periodDays: s.periodDays }));
      }
      // Finite even over a subnormal previous revenue (a ratio beyond 1.8e308 is kept at it).
      const params = { previous: f.previous, current: f.current, ratio: Math.min(f.current / f.previous, Number.MAX_VALUE), keepShare: s.keepShare };
      if (f.current <= 0) {
        lapsedBig.push(id);
        findings.push(why('biggest_stopped', { previous: f.previous, current: f.current }));
      } else if (params.ratio < s.keepShare) {
        // The ratio the message shows: keepShare × previous rounds (0.55 × 100 is 55.000000000000007),
        // which declined a customer exactly at its share.
        lapsedBig.push(id);
        findings.push(why('biggest_declined', params));
      } else findings.push(why('biggest_kept', params));
    }
    if (f.categories === null || f.elsewhereCategories === undefined) unknownNarrow++;
    else if (f.categories >= 1 && f.categories <= s.narrowCategories && f.elsewhereCategories >= s.manyElsewhere) {
      narrowBuyers.push(id);
      findings.push(why('narrow_buyer', { categories: f.categories, maxCategories: s.narrowCategories, elsewhere: f.elsewhereCategories, minElsewhere: s.manyElsewhere }));
    }
    customers.push(
      Object.freeze({
        customerId: id,
        rank: place.rank,
        abcClass: place.abcClass,
        value: f.value,
        previousClass,
        revenue: Object.freeze({ previous: f.previous, current: f.current }),
        netProfit: f.netProfit,
        complaints: f.complaints,
        categories: f.categories,
        shareOfWallet: f.shareOfWallet,
        findings: Object.freeze(findings),
      }),
    );
  }
  const end = s.time.asOfDay;
  return Object.freeze({
    asOf: dayToIso(end),
    periods: Object.freeze({
      // Days a Date holds: readSettings checked the first of them.
      previous: Object.freeze({ from: dayToIso(end - 2 * s.periodDays + 1), to: dayToIso(end - s.periodDays) }),
      current: Object.freeze({ from: dayToIso(end - s.periodDays + 1), to: dayToIso(end) }),
    }),
    basis: s.basis,
    customers: Object.freeze(customers),
    answers: Object.freeze({
      gold: Object.freeze(gold),
      causingCost: Object.freeze(causingCost),
      bigComplainers: Object.freeze(bigComplainers),
      lapsedBig: Object.freeze(lapsedBig),
      narrowBuyers: Object.freeze(narrowBuyers),
    }),
    unknown: Object.freeze({ causingCost: unknownProfit, bigComplainers: unknownComplaints, narrowBuyers: unknownNarrow }),
  });
}

/** Options of {@link differentiate}. */
interface DifferentiateOptions {
  readonly asOf: DateInput;
  readonly periodDays?: number;
  readonly basis?: ValueBasis;
  readonly abc?: { readonly by?: 'customers' | 'value'; readonly cuts?: readonly [number, number] };
  readonly unitCosts?: Readonly<Record<string, number>>;
  readonly marginRate?: number;
  readonly repeatedComplaints?: number;
  readonly keepShare?: number;
  readonly narrowCategories?: number;
  readonly manyCategoriesElsewhere?: number;
  readonly timeZone?: string;
  readonly futureTransactions?: 'error' | 'ignore' | 'include';
}

/**
 * Seed 002's differentiation of customers (对客户进行差异分析) over a batch: rank them A, B and C by
 * value, and answer its questions, each as a list of customer ids and, per customer, a finding
 * with the figures behind it:
 *
 * - **gold customers** (识别企业的"金牌"客户): class A;
 * - **customers who cause cost** (哪些客户导致了企业成本的发生): a negative net profit, as
 *   `profitView` computes it (total profit less the cost to serve);
 * - **last year's big customers who complained repeatedly** (上年度有哪些大宗客户…多次提出了抱怨):
 *   class A by revenue in the previous period, with at least `repeatedComplaints` (2) complaints
 *   in it;
 * - **whether last year's biggest still order** (去年最大的客户是否今年也订了不少的产品): each of
 *   them `kept` (current revenue at least `keepShare` (½) of last year's), `declined` or `stopped`;
 *   `lapsedBig` lists the last two;
 * - **who buys one or two kinds from you and many elsewhere** (只订购一两种产品，却会从其他地方订购很多种):
 *   1…`narrowCategories` (2) categories among its purchases here, at least
 *   `manyCategoriesElsewhere` (3) elsewhere (`account.elsewhere.categories`, which only the host
 *   knows).
 *
 * The ranking value (`basis`) is the realized value of `customerValue` (default), the net profit of
 * `profitView`, or the host's model value; the classes are cut as seed 002 does, the top 5 % of
 * customers A and the next 15 % B (`abc: { by: 'customers', cuts: [0.05, 0.2] }`), or by cumulative
 * share of value (`abc: { by: 'value', cuts: [0.8, 0.95] }`), with `fitAbc`'s cut: A while the share
 * ranked before a customer is below `cuts[0]`, B while below `cuts[1]` (7 % of 100 customers is 7).
 * A value of 0 or less is class C. The
 * current period is the `periodDays` (365) ending on `asOf`, the previous one the `periodDays`
 * before it. Thresholds in parentheses are the defaults, the library's design (the seed gives none).
 *
 * One linear pass reads the accounts (any iterable, or an async iterable — then the answer is a
 * `Promise`), up to 1,000,000 of them (`input_too_large` beyond); the ranking sorts the customers
 * once per period. The result does not depend on the order of the accounts or of their
 * transactions.
 *
 * @param accounts - one {@link CustomerAccount} per customer (an id given twice is refused; `42` and `'42'` are two ids).
 * @param options - `asOf` (required) and the thresholds above; `unitCosts` and `marginRate` as in {@link profitView}.
 * @example
 * ```ts
 * import { message } from 'crm-taxonomy';
 * import { differentiate } from 'crm-taxonomy/analysis';
 *
 * const result = differentiate(
 *   [
 *     { customerId: 'c1', transactions: [{ at: '1997-03-01', amount: 900, category: 'jazz' }, { at: '1998-03-01', amount: 100, category: 'jazz' }], complaints: ['1997-02-01', '1997-05-01'] },
 *     { customerId: 'c2', transactions: [{ at: '1997-04-01', amount: 300, category: 'rock' }, { at: '1998-02-01', amount: 400, category: 'rock' }], elsewhere: { categories: 5 } },
 *     { customerId: 'c3', transactions: [{ at: '1998-01-15', amount: 50, category: 'pop' }], serviceContacts: { agent: 3 } },
 *   ],
 *   { asOf: '1998-06-30', unitCosts: { agent: 5, ivr: 0.36 }, marginRate: 0.25, abc: { cuts: [0.3, 0.6] } },
 * );
 * result.customers.map((c) => `${c.customerId}:${c.abcClass}`); //=> ['c1:a', 'c2:b', 'c3:c']
 * result.answers; //=> { gold: ['c1'], causingCost: ['c3'], bigComplainers: ['c1'], lapsedBig: ['c1'], narrowBuyers: ['c2'] }
 * message(result.customers[0]?.findings[2], 'en');
 * //=> "One of the previous period's biggest customers orders less: 100 amount units this period, 11.1% of the previous period's 900 amount units (below 50%)"
 * ```
 */
export function differentiate(accounts: Iterable<CustomerAccount>, options: DifferentiateOptions): Differentiation;
export function differentiate(accounts: AsyncIterable<CustomerAccount>, options: DifferentiateOptions): Promise<Differentiation>;
export function differentiate(accounts: Iterable<CustomerAccount> | AsyncIterable<CustomerAccount>, options: DifferentiateOptions): Differentiation | Promise<Differentiation> {
  return settled(accounts, () => differentiateNow(accounts, options));
}

/** {@link differentiate}, for an input it may answer or refuse directly. */
function differentiateNow(accounts: Iterable<CustomerAccount> | AsyncIterable<CustomerAccount>, options: DifferentiateOptions): Differentiation | Promise<Differentiation> {
  const s = readSettings(options);
  const seen = new Set<string>();
  const all: Figures[] = [];
  const take = (account: unknown): void => {
    const index = all.length;
    if (index >= MAX_ACCOUNTS) throw tooMany();
    all.push(figuresOf(readOne(account, index, s, seen), index, s));
  };
  if (typeof accounts === 'object' && accounts !== null && Symbol.asyncIterator in accounts) {
    return (async () => {
      for await (const account of accounts as AsyncIterable<unknown>) take(account);
      return answer(all, s);
    })();
  }
  if (typeof accounts !== 'object' || accounts === null || !(Symbol.iterator in accounts)) throw inputError('invalid_argument', ['accounts'], 'iterable', accounts);
  for (const account of accounts as Iterable<unknown>) take(account);
  return answer(all, s);
}
