import { optionsRecord } from '../errors/index.js';
import { growExpansion, roundExpansion } from '../records/index.js';
import type { CustomerId, DateInput } from '../records/index.js';
import { sum } from './sum.js';
import { readAccount, type CustomerAccount, type Ledger } from './account.js';
import { checkChannels, cheaperChannel, costReasons, costToServeOf, type CostToServe } from './cost-to-serve.js';
import { readShare, readTime, readUnitCosts, TIME_KEYS } from './read.js';
import { why, type AnalysisReason } from './reasons.js';

/**
 * A customer's profit in the three figures of seed 000 (边缘利润, 总利润额, 净利润) and the cost to
 * serve of seed 004, in the host's unit over the account's span. Profit figures are `null` when a
 * transaction has no `profit` and no `marginRate` is set.
 */
export interface ProfitView {
  readonly customerId: CustomerId;
  /** Purchases (transactions with a positive amount). */
  readonly purchases: number;
  /** Net revenue: the exact sum of the amounts, refunds deducted. */
  readonly revenue: number;
  /** Total profit (总利润额): the exact sum of the transactions' margins (`profit`, or `amount × marginRate` rounded to a double), rounded once. */
  readonly totalProfit: number | null;
  /** Marginal profit (边缘利润): the margin a purchase leaves on average, `totalProfit / purchases`; `null` without purchases. */
  readonly marginalProfit: number | null;
  /** The margin as a share of revenue, `totalProfit / revenue`; `null` unless revenue is positive and the ratio fits a double. */
  readonly marginRate: number | null;
  /** Cost to serve: service contacts × the unit cost of their channel, plus the account's `costToServe`: the exact sum of the exact products and the other cost, rounded once. */
  readonly costToServe: number;
  /** Net profit (净利润): total profit less the cost to serve, the exact difference of the exact sums above, rounded once (so its sign is the exact one). Negative: the customer causes cost. */
  readonly netProfit: number | null;
  /** Why each figure is what it is. */
  readonly reasons: readonly AnalysisReason[];
  /** What to do about it (seed 004's cheaper channel, for a customer that costs more than it earns). */
  readonly advice: readonly AnalysisReason[];
}

/** How margins and costs to serve are counted. @internal */
export interface Costing {
  readonly unitCosts: ReadonlyMap<string, number>;
  readonly marginRate: number | null;
}

/** The options `readCosting` reads. @internal */
export const COSTING_KEYS: readonly string[] = ['unitCosts', 'marginRate'];

/** Reads `unitCosts` and `marginRate` from options. @internal */
export function readCosting(o: Readonly<Record<string, unknown>>): { readonly unitCosts: ReadonlyMap<string, number> | undefined; readonly marginRate: number | null } {
  const { unitCosts: costs, marginRate: rate } = o;
  const unitCosts = readUnitCosts(costs, ['options', 'unitCosts']);
  const marginRate = rate === undefined || rate === null ? null : readShare(rate, ['options', 'marginRate']);
  return { unitCosts, marginRate };
}

/** The figures of a profit view, without its reasons. @internal */
export interface ProfitFigures {
  readonly purchases: number;
  readonly revenue: number;
  /** Transactions without a profit and no margin rate: then no profit figure is known. */
  readonly missing: number;
  /** Transactions counted at the margin rate. */
  readonly fromRate: number;
  readonly cost: CostToServe;
  readonly totalProfit: number | null;
  readonly netProfit: number | null;
}

/** A checked account's profit figures: exact sums over its transactions and costs. @internal */
export function profitFigures(l: Ledger, costing: Costing): ProfitFigures {
  const n = l.tx.length;
  const amounts = new Array<number>(n);
  const margins: number[] = [];
  let purchases = 0;
  let missing = 0;
  let fromRate = 0;
  for (let i = 0; i < n; i++) {
    const t = l.tx[i] as Ledger['tx'][number];
    amounts[i] = t.amount;
    if (t.amount > 0) purchases++;
    if (t.profit !== undefined) margins.push(t.profit);
    else if (costing.marginRate !== null) {
      margins.push(t.amount * costing.marginRate);
      fromRate++;
    } else missing++;
  }
  const cost = costToServeOf(l, costing.unitCosts);
  if (missing > 0) return { purchases, revenue: sum(amounts), missing, fromRate, cost, totalProfit: null, netProfit: null };
  // The margins less the exact cost, summed exactly and rounded once (`+ 0`: nothing nets 0, not -0).
  const net = cost.exact.map((x) => -x);
  for (const m of margins) growExpansion(net, m);
  return { purchases, revenue: sum(amounts), missing, fromRate, cost, totalProfit: sum(margins), netProfit: roundExpansion(net) + 0 };
}

/** A checked account's profit view. @internal */
export function profitOf(l: Ledger, costing: Costing): ProfitView {
  const f = profitFigures(l, costing);
  const { purchases, revenue, totalProfit, netProfit, cost } = f;
  const reasons: AnalysisReason[] = [];
  const marginalProfit = totalProfit !== null && purchases > 0 ? totalProfit / purchases : null;
  const rate = totalProfit !== null && revenue > 0 ? totalProfit / revenue : null;
  // A revenue of a few subnormal units can make the ratio overflow: no rate rather than Infinity.
  const marginRate = rate !== null && Number.isFinite(rate) ? rate : null;
  if (totalProfit === null) reasons.push(why('profit_unknown', { missing: f.missing, transactions: l.tx.length }));
  else {
    reasons.push(why('total_profit', { totalProfit, revenue, transactions: l.tx.length }));
    if (marginalProfit !== null && marginRate !== null) reasons.push(why('marginal_profit', { marginalProfit, purchases, marginRate }));
    if (f.fromRate > 0) reasons.push(why('margin_rate_applied', { count: f.fromRate, marginRate: costing.marginRate }));
  }
  reasons.push(...costReasons(cost));
  const advice: AnalysisReason[] = [];
  if (totalProfit !== null && netProfit !== null) {
    reasons.push(why(netProfit < 0 ? 'net_loss' : 'net_profit', { netProfit, totalProfit, costToServe: cost.total }));
    if (netProfit < 0) {
      const move = cheaperChannel(cost, costing.unitCosts);
      if (move !== undefined) advice.push(move);
    }
  }
  return Object.freeze({
    customerId: l.customerId,
    purchases,
    revenue,
    totalProfit,
    marginalProfit,
    marginRate,
    costToServe: cost.total,
    netProfit,
    reasons: Object.freeze(reasons),
    advice: Object.freeze(advice),
  });
}

/**
 * The profit view of one customer (seed 000, 客户利润分析: 边缘利润、总利润额、净利润), with the cost to
 * serve of seed 004. The seed names the three figures; the definitions are the library's:
 *
 * - **total profit** (总利润额): the sum of the margins of the customer's transactions — each
 *   transaction's `profit` (amount less the cost of the goods), or `amount × marginRate` for a
 *   transaction without one; refunds carry their margin back;
 * - **marginal profit** (边缘利润): what a purchase leaves on average, total profit per purchase
 *   (with the margin rate, the share of revenue it is);
 * - **net profit** (净利润): total profit less the cost to serve.
 *
 * The cost to serve is computed from the host's figures, never assumed: the account's service
 * contacts by channel, each at the unit cost the host gives in `unitCosts`, plus its other
 * `costToServe`. What is exact: each figure is the exact sum of its parts, rounded once — total
 * profit of the margins (`amount × marginRate` is rounded to a double first), the cost to serve of
 * the exact products `count × unitCost` and the other cost, net profit of the margins less those
 * same parts. So `netProfit` is `totalProfit − costToServe` computed exactly (it may differ from
 * the difference of the two rounded figures in the last bit, never in sign). Seed 004 cites a survey (e-Satisfy, for the International Customer Service
 * Association): an agent-handled call averages USD 5 per contact, an IVR contact USD 0.36 — in
 * cents, `unitCosts: { agent: 500, ivr: 36 }`. For a customer with a negative net profit, `advice`
 * holds the seed's move (serve its contacts through the cheaper channel) with the saving, and the
 * message carries the seed's warning that it can backfire.
 *
 * @param account - one customer ({@link CustomerAccount}); every contact channel needs a unit cost.
 * @param options - `unitCosts` by channel (host units per contact); `marginRate` (0…1) for transactions without `profit`; `asOf`, `timeZone`, `futureTransactions` as in {@link customerValue}.
 * @example
 * ```ts
 * import { message } from 'crm-taxonomy';
 * import { profitView } from 'crm-taxonomy/analysis';
 *
 * // Amounts in cents; seed 004's unit costs: an agent call USD 5, an IVR contact USD 0.36.
 * const view = profitView(
 *   {
 *     customerId: 'c-0042',
 *     transactions: [{ at: '1997-01-12', amount: 2_997 }, { at: '1997-03-02', amount: 1_399 }],
 *     serviceContacts: { agent: 4, ivr: 10 },
 *   },
 *   { unitCosts: { agent: 500, ivr: 36 }, marginRate: 0.3 },
 * );
 * view.totalProfit; //=> 1_318.8
 * view.costToServe; //=> 2_360
 * view.netProfit; //=> -1_041.2
 * const usd = { currency: 'USD', minorUnitExponent: 2 };
 * message(view.advice[0], { locale: 'en', money: usd });
 * //=> 'Moving its 4 contacts from agent-handled calls to interactive voice response (IVR) would save $18.56 — but routing low-profit customers to cheaper channels can backfire on the relationship'
 * ```
 */
export function profitView(
  account: CustomerAccount,
  options?: {
    readonly unitCosts?: Readonly<Record<string, number>>;
    readonly marginRate?: number;
    readonly asOf?: DateInput;
    readonly timeZone?: string;
    readonly futureTransactions?: 'error' | 'ignore' | 'include';
  },
): ProfitView {
  const o = optionsRecord(options, [...TIME_KEYS, ...COSTING_KEYS]) as Readonly<Record<string, unknown>>;
  const time = readTime(o, false);
  const { unitCosts, marginRate } = readCosting(o);
  const ledger = readAccount(account, ['account'], time);
  checkChannels(ledger, unitCosts, ['account']);
  return profitOf(ledger, { unitCosts: unitCosts ?? new Map(), marginRate });
}
