import { optionsRecord } from '../errors/index.js';
import type { CustomerId, DateInput } from '../records/index.js';
import { sum } from './sum.js';
import { readAccount, type CustomerAccount, type Ledger } from './account.js';
import { readTime, TIME_KEYS } from './read.js';
import { why, type AnalysisReason } from './reasons.js';

/**
 * A customer's value in the three parts of seed 002 (既成价值, 潜在价值, 模型价值), each a number in
 * the host's unit over the account's span, or `null` when the host did not give what it needs.
 */
export interface CustomerValue {
  readonly customerId: CustomerId;
  /** Realized value (既成价值): the net of its transactions to date, refunds deducted; an exact, order-independent sum. */
  readonly realized: number;
  /** Potential value (潜在价值): what it spends elsewhere on what you sell (`elsewhere.spend`), the part of its wallet you don't have; `null` when not known. */
  readonly potential: number | null;
  /** Share of wallet: `realized / (realized + potential)`; `null` when the potential is not known or nothing was spent. */
  readonly shareOfWallet: number | null;
  /** Model value (模型价值): the host's model estimate (`predictedValue`, e.g. a lifetime value), as given; `null` when not given. */
  readonly model: number | null;
  /** Why each part is what it is. */
  readonly reasons: readonly AnalysisReason[];
}

/** Realized value: the exact net of the transactions. @internal */
export function realizedOf(l: Ledger): number {
  const amounts = new Array<number>(l.tx.length);
  for (let i = 0; i < l.tx.length; i++) amounts[i] = (l.tx[i] as Ledger['tx'][number]).amount;
  return sum(amounts);
}

/** Share of wallet: what you have of what it spends here and elsewhere; `null` when not known or nothing was spent. @internal */
export function walletShare(realized: number, potential: number | null): number | null {
  if (potential === null || realized < 0 || realized + potential <= 0) return null;
  return realized / (realized + potential);
}

/** The three parts of a customer's value from a checked account. @internal */
export function valueOf(l: Ledger): CustomerValue {
  let refunds = 0;
  for (const t of l.tx) if (t.amount < 0) refunds++;
  const realized = realizedOf(l);
  const reasons: AnalysisReason[] = [why('realized_value', { amount: realized, transactions: l.tx.length, refunds })];
  const potential = l.elsewhereSpend ?? null;
  const shareOfWallet = walletShare(realized, potential);
  if (potential === null) reasons.push(why('potential_value_unknown'));
  else {
    reasons.push(why('potential_value', { amount: potential }));
    if (shareOfWallet !== null) reasons.push(why('wallet_share', { share: shareOfWallet, realized, elsewhere: potential }));
  }
  const model = l.predicted ?? null;
  reasons.push(model === null ? why('model_value_unknown') : why('model_value', { amount: model }));
  return Object.freeze({ customerId: l.customerId, realized, potential, shareOfWallet, model, reasons: Object.freeze(reasons) });
}

/**
 * The customer's value in three parts (seed 002: 既成价值、潜在价值和模型价值). The seed names the
 * parts without defining them; the definitions are the library's:
 *
 * - **realized** (既成价值, history): the net of the account's transactions to date (`asOf`, when
 *   given), refunds deducted — an exact sum, whatever the order of the transactions;
 * - **potential** (潜在价值): what the customer spends elsewhere on what you sell
 *   (`account.elsewhere.spend`, a figure only the host can know) — the share of its wallet you
 *   don't have yet, a ceiling for growth rather than a forecast; with it comes the share of wallet;
 * - **model** (模型价值): a statistical model's estimate, taken from the host as a number
 *   (`account.predictedValue`, e.g. the expected value from the library's lifetime-value models or
 *   any model of the host's own) and returned as given.
 *
 * The three are not added up: they measure different things (the past, the headroom, a forecast
 * that may already include part of the headroom).
 *
 * @param account - one customer ({@link CustomerAccount}); amounts in the host's unit (integer minor units recommended).
 * @param options - `asOf`: transactions after it are refused (`futureTransactions: 'ignore'` leaves them out, `'include'` counts them); `timeZone` for reading dates (UTC).
 * @example
 * ```ts
 * import { message } from 'crm-taxonomy';
 * import { customerValue } from 'crm-taxonomy/analysis';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const value = customerValue({
 *   customerId: 'c-0042',
 *   transactions: [
 *     { at: '1997-01-12', amount: 2_997 },
 *     { at: '1997-03-02', amount: 4_150 },
 *     { at: '1997-03-09', amount: -1_147 },
 *   ],
 *   elsewhere: { spend: 9_000 },
 *   predictedValue: 7_420,
 * });
 * value.realized; //=> 6_000
 * value.potential; //=> 9_000
 * value.shareOfWallet; //=> 0.4
 * value.model; //=> 7_420
 * message(value.reasons[0], { locale: 'en', money: { currency: 'USD', minorUnitExponent: 2 } });
 * //=> 'Realized value $60.00: the net of 3 transactions to date, 1 refund deducted'
 * message(value.reasons[2], { locale: 'zh-Hans', texts: zhHans }); //=> '我们占其钱包份额的 40%（我们 6,000 金额单位，别处 9,000 金额单位）'
 * ```
 */
export function customerValue(account: CustomerAccount, options?: { readonly asOf?: DateInput; readonly timeZone?: string; readonly futureTransactions?: 'error' | 'ignore' | 'include' }): CustomerValue {
  const o = optionsRecord(options, TIME_KEYS) as Readonly<Record<string, unknown>>;
  return valueOf(readAccount(account, ['account'], readTime(o, false)));
}
