import { optionsRecord } from '../errors/index.js';
import { dayToIso, type CustomerId, type DateInput } from '../records/index.js';
import { sum } from './sum.js';
import { next, previous, rank, type DimensionValue } from '../taxonomy/index.js';
import { readAccount, type CustomerAccount, type Ledger } from './account.js';
import { resolveMembershipPolicy, type MembershipPolicy } from './membership-policy.js';
import { readTime, TIME_KEYS } from './read.js';
import { why, type AnalysisReason } from './reasons.js';

type MembershipTier = DimensionValue<'membership_tier'>;

/** The tiers from the lowest, named in a typed table (`test/analysis` checks it against the taxonomy's order). @internal */
export const TIERS_FROM_LOWEST = ['ordinary', 'silver', 'vip'] as const satisfies readonly MembershipTier[];
const ORDINARY = 'ordinary' satisfies (typeof TIERS_FROM_LOWEST)[0];
const SILVER = 'silver' satisfies (typeof TIERS_FROM_LOWEST)[1];
const VIP = 'vip' satisfies (typeof TIERS_FROM_LOWEST)[2];

/** A test a tier asks for, as named in the advice (`analysis.criterion.*`). @internal */
type Criterion = 'purchases' | 'spend' | 'average_spend' | 'cumulative_spend';

/** The outcome of a membership review (seed 004's 会员管理): the tier before and after, why, and what to do. */
export interface MembershipReview {
  readonly customerId: CustomerId;
  /** The day of the review (ISO). */
  readonly asOf: string;
  /** Its tier before the review (`account.membershipTier`); `null`: not a member. */
  readonly from: MembershipTier | null;
  /** The highest tier its figures qualify for; `null`: they don't qualify it for membership. */
  readonly qualifiesFor: MembershipTier | null;
  /** Its tier after the review; `null`: still not a member. */
  readonly to: MembershipTier | null;
  /** The move: `join`, `upgrade`, `downgrade` (one tier at a time), `keep`, or `none` (not a member and not qualified). */
  readonly move: 'join' | 'upgrade' | 'downgrade' | 'keep' | 'none';
  /** The figures the policy reads: purchase days and net spend in the window, average spend per purchase day, cumulative spend, days since the last purchase day (a day with a positive net amount). */
  readonly figures: {
    readonly purchases: number;
    readonly spend: number;
    readonly averageSpend: number | null;
    readonly cumulativeSpend: number;
    readonly daysSinceLastPurchase: number | null;
  };
  /** Why: qualification and each tier's tests (met or not), then the move. */
  readonly reasons: readonly AnalysisReason[];
  /** Seed 004's advice as data: register, reward, discount, the next tier, keeping the tier, retention. */
  readonly advice: readonly AnalysisReason[];
}

interface Figures {
  readonly purchases: number;
  readonly spend: number;
  readonly averageSpend: number | null;
  readonly cumulativeSpend: number;
  readonly daysSinceLastPurchase: number | null;
}

function figuresOf(l: Ledger, asOfDay: number, windowDays: number): Figures {
  const from = asOfDay - windowDays;
  const byDay = new Map<number, number[]>();
  const window: number[] = [];
  for (const t of l.tx) {
    const amounts = byDay.get(t.day);
    if (amounts === undefined) byDay.set(t.day, [t.amount]);
    else amounts.push(t.amount);
    if (t.day > from && t.day <= asOfDay) window.push(t.amount);
  }
  // A purchase day has a positive net amount: a day refunded in full is none, in the window or not.
  let purchases = 0;
  let last: number | undefined;
  for (const [day, amounts] of byDay) {
    if (!(sum(amounts) > 0)) continue;
    if (day > from && day <= asOfDay) purchases++;
    if (last === undefined || day > last) last = day;
  }
  const spend = sum(window);
  return {
    purchases,
    spend,
    averageSpend: purchases > 0 ? spend / purchases : null,
    cumulativeSpend: sum(l.tx.map((t) => t.amount)),
    daysSinceLastPurchase: last === undefined ? null : Math.max(0, asOfDay - last),
  };
}

/** The tests of each tier: which are met, which are missed, with their reasons. */
function tests(f: Figures, p: MembershipPolicy): { member: Criterion[]; silver: Criterion[]; vip: Criterion[]; reasons: AnalysisReason[] } {
  const reasons: AnalysisReason[] = [];
  const member: Criterion[] = [];
  const silver: Criterion[] = [];
  const vip: Criterion[] = [];
  const q = p.qualification;
  const memberMet = f.purchases >= q.minPurchases && f.spend >= q.minSpend;
  if (f.purchases < q.minPurchases) member.push('purchases');
  if (f.spend < q.minSpend) member.push('spend');
  reasons.push(why('member_qualification', { purchases: f.purchases, spend: f.spend, windowDays: p.windowDays, minPurchases: q.minPurchases, minSpend: q.minSpend, met: memberMet }));
  const frequency = (tier: MembershipTier, min: number, missed: Criterion[]): void => {
    const met = f.purchases >= min;
    if (!met) missed.push('purchases');
    reasons.push(why('tier_frequency', { tier, purchases: f.purchases, min, windowDays: p.windowDays, met }));
  };
  frequency(SILVER, p.silver.minPurchases, silver);
  if (p.silver.minAverageSpend !== null) {
    const met = f.averageSpend !== null && f.averageSpend >= p.silver.minAverageSpend;
    if (!met) silver.push('average_spend');
    reasons.push(why('tier_average_spend', { tier: SILVER, averageSpend: f.averageSpend ?? 0, min: p.silver.minAverageSpend, met }));
  }
  frequency(VIP, p.vip.minPurchases, vip);
  if (p.vip.minCumulativeSpend !== null) {
    const met = f.cumulativeSpend >= p.vip.minCumulativeSpend;
    if (!met) vip.push('cumulative_spend');
    reasons.push(why('tier_cumulative_spend', { tier: VIP, cumulativeSpend: f.cumulativeSpend, min: p.vip.minCumulativeSpend, met }));
  }
  return { member, silver, vip, reasons };
}

/** A checked account's membership review. @internal */
export function reviewOf(l: Ledger, asOfDay: number, p: MembershipPolicy): MembershipReview {
  const f = figuresOf(l, asOfDay, p.windowDays);
  const t = tests(f, p);
  const missedBy = (tier: MembershipTier): Criterion[] => [...new Set([...t.member, ...(tier === VIP ? t.vip : tier === SILVER ? t.silver : [])])];
  const qualifiesFor: MembershipTier | null = t.member.length > 0 ? null : t.vip.length === 0 ? VIP : t.silver.length === 0 ? SILVER : ORDINARY;
  const from = l.tier ?? null;
  let to: MembershipTier | null;
  let move: MembershipReview['move'];
  const reasons = t.reasons;
  const advice: AnalysisReason[] = [];
  if (from === null) {
    to = qualifiesFor;
    move = to === null ? 'none' : 'join';
    if (to === null) reasons.push(why('tier_none', { missing: t.member }));
    else {
      reasons.push(why('tier_join', { to }));
      advice.push(why('advice_register', { to }));
    }
  } else {
    const floor = qualifiesFor ?? ORDINARY;
    const step = rank('membership_tier', floor) - rank('membership_tier', from);
    if (step > 0) {
      to = floor;
      move = 'upgrade';
      reasons.push(why('tier_upgrade', { from, to }));
      advice.push(why('advice_reward', { to }));
    } else if (step < 0) {
      to = previous('membership_tier', from) as MembershipTier;
      move = 'downgrade';
      reasons.push(why('tier_downgrade', { from, to, qualifiesFor }));
      advice.push(why('advice_keep_tier', { tier: from, missing: missedBy(from) }));
    } else {
      to = from;
      move = 'keep';
      reasons.push(why('tier_keep', { tier: from }));
    }
  }
  if (to !== null && rank('membership_tier', to) > rank('membership_tier', ORDINARY)) advice.push(why('advice_discount', { tier: to }));
  if (to !== null && move !== 'downgrade') {
    const up = next('membership_tier', to);
    if (up !== undefined) advice.push(why('advice_next_tier', { tier: up, missing: missedBy(up) }));
  }
  if (to !== null && f.daysSinceLastPurchase === null) advice.push(why('advice_retention_no_purchase', { atRiskDays: p.atRiskDays }));
  else if (to !== null && (f.daysSinceLastPurchase as number) > p.atRiskDays) advice.push(why('advice_retention', { days: f.daysSinceLastPurchase, atRiskDays: p.atRiskDays }));
  return Object.freeze({
    customerId: l.customerId,
    asOf: dayToIso(asOfDay),
    from,
    qualifiesFor,
    to,
    move,
    figures: Object.freeze({ ...f }),
    reasons: Object.freeze(reasons),
    advice: Object.freeze(advice),
  });
}

/**
 * Reviews one customer's membership (seed 004, 会员管理) over the `membership_tier` dimension
 * (`ordinary` < `silver` < `vip`, the tiers of seed 003) under the host's {@link MembershipPolicy}:
 *
 * - **qualification** (会员资格获得): a customer who is not a member (`membershipTier` left out)
 *   joins when its figures meet the policy's qualification — automatically, as the seed allows
 *   (a host that enrols members by hand sets `membershipTier` itself);
 * - **tier management** (资格会员管理): the highest tier whose tests are met. A member moves up to it
 *   at once, and down one tier per review when its figures no longer hold its tier (a member is
 *   never dropped from the programme by a review: `ordinary` is the floor);
 * - **rewards and discounts** (会员奖励与优惠): the seed places rewards in the membership process
 *   and discounts in the sale: an upgrade is answered with a reward (`advice_reward`), a tier
 *   above `ordinary` with its discount at the point of sale (`advice_discount`);
 * - **analysis and retention** (会员分析与保持): what is missing for the next tier
 *   (`advice_next_tier`), what would keep a tier about to be lost (`advice_keep_tier`), and a
 *   member with no purchase for more than `atRiskDays` (`advice_retention`).
 *
 * @param account - one customer ({@link CustomerAccount}), with `membershipTier` when it is a member.
 * @param options - `asOf` (required): the day of the review; `policy`: a partial {@link MembershipPolicy} over the defaults; `timeZone`, `futureTransactions` as in {@link customerValue}.
 * @example
 * ```ts
 * import { message } from 'crm-taxonomy';
 * import { reviewMembership } from 'crm-taxonomy/analysis';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const purchases = ['1998-01-05', '1998-02-11', '1998-03-20', '1998-05-02', '1998-06-10'];
 * const review = reviewMembership(
 *   { customerId: 'c-0042', membershipTier: 'ordinary', transactions: purchases.map((at) => ({ at, amount: 4_500 })) },
 *   { asOf: '1998-06-30', policy: { silver: { minAverageSpend: 3_000 }, vip: { minCumulativeSpend: 100_000 } } },
 * );
 * review.move; //=> 'upgrade'
 * review.to; //=> 'silver'
 * review.advice.map((a) => a.code); //=> ['advice_reward', 'advice_discount', 'advice_next_tier']
 * message(review.advice[2], { locale: 'zh-Hans', texts: zhHans }); //=> '距离VIP客户还差：购买天数、累计消费'
 * ```
 */
export function reviewMembership(
  account: CustomerAccount,
  options: {
    readonly asOf: DateInput;
    readonly policy?: Partial<{ readonly [K in keyof MembershipPolicy]: MembershipPolicy[K] extends object ? Partial<MembershipPolicy[K]> : MembershipPolicy[K] }>;
    readonly timeZone?: string;
    readonly futureTransactions?: 'error' | 'ignore' | 'include';
  },
): MembershipReview {
  const o = optionsRecord(options as object | undefined, [...TIME_KEYS, 'policy']) as Readonly<Record<string, unknown>>;
  const time = readTime(o, true);
  const policy = resolveMembershipPolicy(o.policy);
  return reviewOf(readAccount(account, ['account'], time), time.asOfDay as number, policy);
}
