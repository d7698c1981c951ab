import { describe, expect, it } from 'vitest';
import { customerValue, differentiate, profitView, reviewMembership, type AnalysisReason, type CustomerAccount } from '../../src/analysis/index.js';
import { analysisEn } from '../../src/locales/en/analysis.js';
import { analysisZhHans } from '../../src/locales/zh-Hans/analysis.js';
import { analysisZhHant } from '../../src/locales/zh-Hant/analysis.js';
import { message } from '../../src/messages/message.js';
import { toHant } from '../support/hant.js';

const asOf = '1998-06-30';
const unitCosts = { agent: 500, ivr: 36 };
const buy = (at: string, amount: number, category?: string) => ({ at, amount, ...(category === undefined ? {} : { category }) });

/** Scenarios that between them give every reason and piece of advice the analyses have. */
function everyReason(): AnalysisReason[] {
  const out: AnalysisReason[] = [];
  const rich: CustomerAccount = { customerId: 'r', transactions: [buy('1997-03-01', 9_000, 'jazz'), buy('1998-03-01', 9_000, 'jazz')], elsewhere: { spend: 3_000, categories: 4 }, predictedValue: 5_000, complaints: ['1997-01-01', '1997-02-01'] };
  const poor: CustomerAccount = { customerId: 'p', transactions: [buy('1997-03-01', 800), buy('1998-03-01', -100)], serviceContacts: { agent: 2, ivr: 1 }, costToServe: 10 };
  const gone: CustomerAccount = { customerId: 'g', transactions: [buy('1997-03-01', 8_000)] };
  const less: CustomerAccount = { customerId: 'l', transactions: [buy('1997-03-01', 8_500), buy('1998-03-01', 100)] };
  for (const a of [rich, poor]) {
    out.push(...customerValue(a).reasons);
    const view = profitView(a, { unitCosts, marginRate: 0.3 });
    out.push(...view.reasons, ...view.advice);
  }
  out.push(...profitView({ customerId: 'x', transactions: [buy('1997-03-01', 1)] }).reasons);
  out.push(...profitView({ customerId: 'z', transactions: [] }, { marginRate: 0.3 }).reasons);
  out.push(...profitView({ customerId: 'y', transactions: [{ ...buy('1997-03-01', 10), profit: 4 }] }).reasons);
  const batch = differentiate([rich, poor, gone, less, ...Array.from({ length: 6 }, (_, i) => ({ customerId: `f${i}`, transactions: [buy('1997-03-01', 10)] }))], {
    asOf,
    unitCosts,
    marginRate: 0.3,
    abc: { cuts: [0.4, 0.6] },
  });
  for (const c of batch.customers) out.push(...c.findings);
  for (const basis of ['net_profit', 'model'] as const) {
    out.push(...(differentiate([rich], { asOf, basis, marginRate: 0.3 }).customers[0]?.findings ?? []));
  }
  const policy = { silver: { minAverageSpend: 1_000 }, vip: { minCumulativeSpend: 50_000 } };
  const weekly = Array.from({ length: 12 }, (_, i) => buy(`1998-0${4 + Math.floor(i / 4)}-${String(1 + (i % 4) * 7).padStart(2, '0')}`, 5_000));
  for (const [tier, transactions] of [
    [undefined, weekly],
    [undefined, []],
    ['ordinary', weekly.slice(0, 4)],
    ['vip', weekly.slice(0, 1)],
    ['silver', weekly.slice(0, 4)],
    ['ordinary', [buy('1997-12-01', 10)]],
    ['ordinary', []],
  ] as const) {
    const review = reviewMembership({ customerId: 'm', transactions, ...(tier === undefined ? {} : { membershipTier: tier }) }, { asOf, policy });
    out.push(...review.reasons, ...review.advice);
  }
  return out;
}

describe('analysis messages', () => {
  it('have the same keys in every locale, and zh-Hant is zh-Hans through OpenCC and the Taiwan vocabulary', () => {
    expect(Object.keys(analysisZhHans).sort()).toEqual(Object.keys(analysisEn).sort());
    expect(Object.keys(analysisZhHant).sort()).toEqual(Object.keys(analysisEn).sort());
    for (const [key, text] of Object.entries(analysisZhHans)) expect(analysisZhHant[key as keyof typeof analysisZhHant]).toBe(toHant(text));
  });

  it('render every reason the analyses give, in every locale, with no unfilled placeholder', () => {
    const reasons = everyReason();
    const codes = new Set(reasons.map((r) => r.code));
    const all = Object.keys(analysisEn).filter((k) => !k.startsWith('analysis.'));
    expect([...all].filter((c) => !codes.has(c as AnalysisReason['code']))).toEqual([]);
    for (const reason of reasons) {
      for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
        const text = message(reason, { locale, money: { currency: 'CNY', minorUnitExponent: 2 } });
        expect(text, `${reason.code} ${locale}`).not.toBe(reason.code);
        expect(text, `${reason.code} ${locale}: ${text}`).not.toMatch(/\?|\{|\}|analysis\.|taxonomy\./);
      }
    }
  });

  it('reasons are plain JSON', () => {
    const reasons = everyReason();
    expect(JSON.parse(JSON.stringify(reasons))).toEqual(reasons);
  });
});
