import { describe, expect, it } from 'vitest';
import { reviewMembership } from '../../src/analysis/index.js';
import { message } from '../../src/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';

// An amount beside the threshold it is compared with shows the decimals that tell them apart: an
// average of 2,999.6 cents against a Silver-card minimum of 3,000 read "US$30.00 per purchase
// day, US$30.00 needed (not met)".

const usd = { currency: 'USD', minorUnitExponent: 2 };
const cny = { currency: 'CNY', minorUnitExponent: 2 };
const render = (code: string, params: Record<string, unknown>, options: object = {}) => message({ code, params } as never, { texts: zhHans, ...options });

describe('{v:amount:t}', () => {
  it('a membership average a fraction of a cent short of its minimum reads short of it', () => {
    // Four purchase days of whole cents: 2,999.75 cents a day on average, against 3,000.
    const orders = [3_000, 3_000, 3_000, 2_999].map((amount, i) => ({ at: `1998-0${i + 1}-10`, amount }));
    const review = reviewMembership({ customerId: 'm1', membershipTier: 'ordinary', transactions: orders }, { asOf: '1998-06-30', policy: { silver: { minAverageSpend: 3_000 } } });
    const reason = review.reasons.find((r) => r.code === 'tier_average_spend')!;
    expect(reason.params).toMatchObject({ averageSpend: 2_999.75, min: 3_000, met: false });
    expect(message(reason, { locale: 'en', money: usd })).toBe('Silver-card customer: an average of $29.998 per purchase day, $30.000 needed (not met)');
    expect(message(reason, { locale: 'zh-Hans', texts: zhHans, money: cny })).toBe('银卡客户：每个购买日平均消费 ¥29.998，需要 ¥30.000（未达到）');
  });

  it('adds decimals until the two differ, up to five more, in every locale', () => {
    expect(render('tier_average_spend', { tier: 'silver', averageSpend: 2_999.6, min: 3_000, met: false }, { money: usd })).toBe('Silver-card customer: an average of $29.996 per purchase day, $30.000 needed (not met)');
    expect(render('tier_average_spend', { tier: 'silver', averageSpend: 2_999.6, min: 3_000, met: false }, { locale: 'zh-Hans', money: cny })).toBe('银卡客户：每个购买日平均消费 ¥29.996，需要 ¥30.000（未达到）');
    expect(render('tier_cumulative_spend', { tier: 'vip', cumulativeSpend: 49_999.999, min: 50_000, met: false }, { money: usd })).toContain('$499.99999 spent to date, $500.00000 needed');
    // Without a currency: at least two decimals, then more.
    expect(render('tier_cumulative_spend', { tier: 'vip', cumulativeSpend: 49_999.996, min: 50_000, met: false })).toContain('49,999.996 amount units spent to date, 50,000 amount units needed');
  });

  it('leaves amounts as they were when they read apart, are equal, or never read apart (float noise)', () => {
    expect(render('tier_average_spend', { tier: 'silver', averageSpend: 2_999.9999999999995, min: 3_000, met: false }, { money: usd })).toContain('an average of $30.00 per purchase day, $30.00 needed');
    expect(render('tier_average_spend', { tier: 'silver', averageSpend: 0.15000000000000002, min: 0.15, met: true }, { money: { currency: 'USD', minorUnitExponent: 0 } })).toContain('an average of $0.2 per purchase day, $0.2 needed');
    expect(render('tier_average_spend', { tier: 'silver', averageSpend: 2_950, min: 3_000, met: false }, { money: usd })).toContain('an average of $29.50 per purchase day, $30.00 needed');
    expect(render('tier_average_spend', { tier: 'silver', averageSpend: 3_000, min: 3_000, met: true }, { money: usd })).toContain('an average of $30.00 per purchase day, $30.00 needed (met)');
    expect(render('member_qualification', { purchases: 3, spend: 12_000, windowDays: 365, minPurchases: 1, minSpend: 0, met: true }, { money: usd })).toContain('$120.00 spent');
  });

  it('an ABC value beside either cut, and a B2B relationship beside what it returns', () => {
    expect(render('value_revenue', { value: 119_999.6, cut: 'ab', aMin: 120_000, bMin: 60_000 }, { money: cny })).toBe('net revenue CN¥1,199.996; A from CN¥1,200.000, B from CN¥600.00');
    expect(render('value_revenue', { value: 119_999.6, cut: 'ab', aMin: 120_000, bMin: 60_000 }, { locale: 'zh-Hans', money: cny })).toBe('净收入 ¥1,199.996；A 类起点 ¥1,200.000，B 类起点 ¥600.00');
    expect(render('value_profit', { value: 59_999.9, cut: 'b', bMin: 60_000 }, { money: usd })).toBe('profit $599.999; no customer in A, B from $600.000');
    expect(render('b2b_luxury', { cost: 10_000.4, expected: 10_000 }, { money: usd })).toBe('The relationship costs $100.004 and is expected to return $100.000: it is a "luxury"');
  });
});
