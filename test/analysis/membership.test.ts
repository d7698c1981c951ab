import { describe, expect, it } from 'vitest';
import { reviewMembership, type CustomerAccount, type MembershipPolicy } from '../../src/analysis/index.js';
import { DEFAULT_MEMBERSHIP_POLICY } from '../../src/analysis/membership-policy.js';
import { message } from '../../src/messages/message.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const asOf = '1998-06-30';
const days = (n: number, amount = 1_000, from = '1998-04-07'): CustomerAccount['transactions'] =>
  Array.from({ length: n }, (_, i) => ({ at: new Date(Date.parse(from) + i * 86_400_000 * 7).toISOString().slice(0, 10), amount }));
const account = (transactions: CustomerAccount['transactions'], membershipTier?: CustomerAccount['membershipTier']): CustomerAccount => ({
  customerId: 'm1',
  transactions,
  ...(membershipTier === undefined ? {} : { membershipTier }),
});

describe('the membership policy (one shape, the library\'s defaults)', () => {
  it('has documented defaults, frozen', () => {
    expect(DEFAULT_MEMBERSHIP_POLICY).toEqual({
      windowDays: 365,
      qualification: { minPurchases: 1, minSpend: 0 },
      silver: { minPurchases: 4, minAverageSpend: null },
      vip: { minPurchases: 12, minCumulativeSpend: null },
      atRiskDays: 90,
    } satisfies MembershipPolicy);
    expect(Object.isFrozen(DEFAULT_MEMBERSHIP_POLICY.silver)).toBe(true);
  });

  it('refuses a bad setting with invalid_policy at its path', () => {
    const bad = (policy: unknown) => thrown(() => reviewMembership(account([]), { asOf, policy: policy as never }));
    expect(bad({ windowDays: 0 })).toMatchObject({ code: 'invalid_policy', path: ['options', 'policy', 'windowDays'] });
    expect(bad({ silver: { minAverageSpend: -1 } }).path).toEqual(['options', 'policy', 'silver', 'minAverageSpend']);
    expect(bad({ vip: { minCumulativeSpend: Number.NaN } }).path).toEqual(['options', 'policy', 'vip', 'minCumulativeSpend']);
    expect(bad({ gold: {} })).toMatchObject({ path: ['options', 'policy', 'gold'], details: { expected: 'known_key' } });
    expect(bad('strict').details).toMatchObject({ expected: 'object' });
  });
});

describe('reviewMembership: qualification (会员资格获得)', () => {
  it('a customer who qualifies joins at the tier its figures reach', () => {
    const review = reviewMembership(account(days(1)), { asOf });
    expect(review).toMatchObject({ from: null, qualifiesFor: 'ordinary', to: 'ordinary', move: 'join' });
    expect(review.advice.map((a) => a.code)).toEqual(['advice_register', 'advice_next_tier']);
    expect(reviewMembership(account(days(12)), { asOf })).toMatchObject({ move: 'join', to: 'vip' });
  });

  it('a customer who does not qualify stays outside, with what it lacks', () => {
    const review = reviewMembership(account(days(1, 1_000, '1997-01-01')), { asOf, policy: { qualification: { minSpend: 500 } } });
    expect(review).toMatchObject({ from: null, qualifiesFor: null, to: null, move: 'none' });
    expect(review.reasons.at(-1)).toEqual({ code: 'tier_none', params: { missing: ['purchases', 'spend'] } });
    expect(message(review.reasons.at(-1), 'en')).toBe('Does not qualify for membership: short of purchase days, spend');
    expect(review.advice).toEqual([]);
  });

  it('counts purchase days in the window: one day with several rows is one purchase, a day refunded in full none', () => {
    const review = reviewMembership(
      account([
        { at: '1998-06-30', amount: 10 },
        { at: '1998-06-30', amount: 20 },
        { at: '1998-05-01', amount: 40 },
        { at: '1998-05-01', amount: -40 },
        { at: '1997-06-30', amount: 999 }, // outside the 365 days ending 1998-06-30
        { at: '1997-07-01', amount: 5 }, // inside
      ]),
      { asOf },
    );
    expect(review.figures).toEqual({ purchases: 2, spend: 35, averageSpend: 17.5, cumulativeSpend: 1_034, daysSinceLastPurchase: 0 });
  });
});

describe('reviewMembership: tier moves (资格会员管理)', () => {
  const policy = { silver: { minAverageSpend: 3_000 }, vip: { minCumulativeSpend: 100_000 } };

  it('moves up at once, even two tiers', () => {
    expect(reviewMembership(account(days(12, 9_000), 'ordinary'), { asOf, policy })).toMatchObject({ move: 'upgrade', from: 'ordinary', to: 'vip' });
  });

  it('silver asks for a higher spending level and a stable frequency (seed 003)', () => {
    expect(reviewMembership(account(days(4, 3_000), 'ordinary'), { asOf, policy })).toMatchObject({ move: 'upgrade', to: 'silver' });
    const cheap = reviewMembership(account(days(4, 2_999), 'ordinary'), { asOf, policy });
    expect(cheap).toMatchObject({ move: 'keep', to: 'ordinary' });
    expect(cheap.advice.at(-1)).toEqual({ code: 'advice_next_tier', params: { tier: 'silver', missing: ['average_spend'] } });
  });

  it('VIP asks for a stable volume and a cumulative spend (seed 003)', () => {
    const rich = reviewMembership(account([...days(12, 100), { at: '1990-01-01', amount: 98_800 }], 'vip'), { asOf, policy });
    expect(rich).toMatchObject({ move: 'keep', to: 'vip', figures: { cumulativeSpend: 100_000 } });
    expect(rich.advice.map((a) => a.code)).toEqual(['advice_discount']);
  });

  it('moves down one tier per review, and advises keeping the tier first', () => {
    const review = reviewMembership(account(days(1, 100), 'vip'), { asOf, policy });
    expect(review).toMatchObject({ from: 'vip', qualifiesFor: 'ordinary', to: 'silver', move: 'downgrade' });
    expect(review.advice).toEqual([
      { code: 'advice_keep_tier', params: { tier: 'vip', missing: ['purchases', 'cumulative_spend'] } },
      { code: 'advice_discount', params: { tier: 'silver' } },
    ]);
    expect(message(review.advice[0], inLocale('zh-Hans'))).toBe('在降级生效前联系客户，说明保持VIP客户所需：购买天数、累计消费');
    expect(message(review.reasons.at(-1), inLocale('zh-Hant'))).toBe('從VIP客戶降為銀卡客戶：其購買情況已不足以保持原等級（每次評審只降一級）');
  });

  it('never drops a member from the programme: ordinary is the floor', () => {
    const lapsed = reviewMembership(account(days(1, 100, '1996-01-01'), 'ordinary'), { asOf });
    expect(lapsed).toMatchObject({ from: 'ordinary', qualifiesFor: null, to: 'ordinary', move: 'keep' });
    const silver = reviewMembership(account([], 'silver'), { asOf });
    expect(silver).toMatchObject({ to: 'ordinary', move: 'downgrade' });
    expect(silver.advice[0]).toEqual({ code: 'advice_keep_tier', params: { tier: 'silver', missing: ['purchases'] } });
  });
});

describe('reviewMembership: rewards, discounts and retention (会员奖励与优惠、会员分析与保持)', () => {
  it('answers an upgrade with a reward, a tier above ordinary with its discount', () => {
    const review = reviewMembership(account(days(4), 'ordinary'), { asOf });
    expect(review.advice.map((a) => a.code)).toEqual(['advice_reward', 'advice_discount', 'advice_next_tier']);
    expect(review.advice.map((a) => message(a, 'en'))).toEqual([
      'Reward the move to Silver-card customer in the membership programme (points, a gift, recognition) rather than with a price cut',
      'Give the Silver-card customer discount at the point of sale',
      'Short of VIP customer: purchase days',
    ]);
  });

  it('advises retention for a member with no purchase for more than atRiskDays', () => {
    const at90 = reviewMembership(account([{ at: '1998-04-01', amount: 10 }], 'ordinary'), { asOf: '1998-06-30' });
    expect(at90.figures.daysSinceLastPurchase).toBe(90);
    expect(at90.advice.some((a) => a.code === 'advice_retention')).toBe(false);
    const at91 = reviewMembership(account([{ at: '1998-04-01', amount: 10 }], 'ordinary'), { asOf: '1998-07-01' });
    expect(at91.advice.at(-1)).toEqual({ code: 'advice_retention', params: { days: 91, atRiskDays: 90 } });
    expect(message(at91.advice.at(-1), 'en')).toBe('At risk: its last purchase was 91 days ago (more than 90); reach out to keep it');
  });

  it('needs asOf and a known tier', () => {
    expect(thrown(() => reviewMembership(account([]), {} as never)).path).toEqual(['options', 'asOf']);
    const error = thrown(() => reviewMembership(account([], 'gold' as never), { asOf }));
    expect(error).toMatchObject({ code: 'invalid_value', path: ['account', 'membershipTier'], details: { dimension: 'membership_tier', allowed: ['ordinary', 'silver', 'vip'] } });
  });

  it('reads dates in the time zone given', () => {
    const late = account([{ at: '1998-06-30T20:00:00Z', amount: 10 }], 'ordinary');
    expect(reviewMembership(late, { asOf: '1998-06-30' }).figures.purchases).toBe(1);
    expect(thrown(() => reviewMembership(late, { asOf: '1998-06-30', timeZone: 'Asia/Shanghai' })).code).toBe('future_transaction');
  });
});

describe('MembershipPolicySchema (crm-taxonomy/schema)', () => {
  it('accepts and refuses what reviewMembership does, from the same shape', async () => {
    const { MembershipPolicySchema } = await import('../../src/schema/index.js');
    expect(MembershipPolicySchema.parse(JSON.parse(JSON.stringify(DEFAULT_MEMBERSHIP_POLICY)))).toEqual(DEFAULT_MEMBERSHIP_POLICY);
    const bad = [
      { ...DEFAULT_MEMBERSHIP_POLICY, windowDays: 0 },
      { ...DEFAULT_MEMBERSHIP_POLICY, windowDays: 36_501 },
      { ...DEFAULT_MEMBERSHIP_POLICY, silver: { minPurchases: 1.5, minAverageSpend: null } },
      { ...DEFAULT_MEMBERSHIP_POLICY, vip: { minPurchases: 1, minCumulativeSpend: -1 } },
      { ...DEFAULT_MEMBERSHIP_POLICY, gold: {} },
    ];
    for (const policy of bad) {
      expect(MembershipPolicySchema.safeParse(policy).success).toBe(false);
      expect(() => reviewMembership(account([]), { asOf, policy: policy as never })).toThrow();
    }
  });
});

describe('the tier and class tables follow the taxonomy', () => {
  it('name the values in the taxonomy order', async () => {
    const { taxonomy } = await import('../../src/index.js');
    const { TIERS_FROM_LOWEST } = await import('../../src/analysis/membership.js');
    const { ABC_FROM_TOP } = await import('../../src/analysis/abc.js');
    expect([...TIERS_FROM_LOWEST]).toEqual(taxonomy.ids('membership_tier'));
    expect([...ABC_FROM_TOP]).toEqual([...taxonomy.ids('abc_class')].reverse());
  });
});
