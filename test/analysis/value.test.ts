import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerValue } from '../../src/analysis/index.js';
import { message } from '../../src/messages/message.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const usd = { currency: 'USD', minorUnitExponent: 2 };

describe('customerValue: the three parts of seed 002', () => {
  it('realized is the net of the transactions, refunds deducted', () => {
    const v = customerValue({ customerId: 'c1', transactions: [{ at: '1997-01-01', amount: 2_997 }, { at: '1997-02-01', amount: -997 }] });
    expect(v).toMatchObject({ customerId: 'c1', realized: 2_000, potential: null, shareOfWallet: null, model: null });
    expect(v.reasons.map((r) => r.code)).toEqual(['realized_value', 'potential_value_unknown', 'model_value_unknown']);
    expect(v.reasons[0]?.params).toEqual({ amount: 2_000, transactions: 2, refunds: 1 });
  });

  it('a customer who never bought has a realized value of 0', () => {
    expect(customerValue({ customerId: 0, transactions: [] }).realized).toBe(0);
  });

  it('potential is the spend elsewhere, with the share of wallet', () => {
    const v = customerValue({ customerId: 'c1', transactions: [{ at: '1997-01-01', amount: 300 }], elsewhere: { spend: 700 } });
    expect(v.potential).toBe(700);
    expect(v.shareOfWallet).toBe(0.3);
    expect(v.reasons.map((r) => r.code)).toEqual(['realized_value', 'potential_value', 'wallet_share', 'model_value_unknown']);
  });

  it('has no share of wallet when nothing was spent anywhere, or when refunds exceed purchases', () => {
    expect(customerValue({ customerId: 'c1', transactions: [], elsewhere: { spend: 0 } }).shareOfWallet).toBeNull();
    expect(customerValue({ customerId: 'c1', transactions: [{ at: '1997-01-01', amount: -5 }], elsewhere: { spend: 10 } }).shareOfWallet).toBeNull();
  });

  it('model value is the host model estimate, as given', () => {
    const v = customerValue({ customerId: 'c1', transactions: [], predictedValue: 1234.5 });
    expect(v.model).toBe(1234.5);
    expect(v.reasons.at(-1)).toEqual({ code: 'model_value', params: { amount: 1234.5 } });
  });

  it('sums exactly, whatever the order (integer cents and fractions alike)', () => {
    const amounts = [...Array<number>(10).fill(0.1), -1];
    const expected = customerValue({ customerId: 'c', transactions: amounts.map((amount) => ({ at: '1997-01-01', amount })) }).realized;
    expect(expected).toBe(5.551115123125783e-17); // the exactly rounded sum (as Python's math.fsum)
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(-1.1102230246251565e-16); // left to right drifts
    fc.assert(
      fc.property(fc.shuffledSubarray(amounts, { minLength: amounts.length, maxLength: amounts.length }), (order) => {
        expect(customerValue({ customerId: 'c', transactions: order.map((amount) => ({ at: '1997-01-01', amount })) }).realized).toBe(expected);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 50 }), (cents) => {
        const v = customerValue({ customerId: 'c', transactions: cents.map((amount) => ({ at: '1997-01-01', amount })) });
        expect(v.realized).toBe(cents.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('reads asOf: later transactions are refused, left out or counted', () => {
    const account = { customerId: 'c', transactions: [{ at: '1997-01-01', amount: 10 }, { at: '1997-06-01', amount: 5 }] };
    const error = thrown(() => customerValue(account, { asOf: '1997-03-01' }));
    expect(error.code).toBe('future_transaction');
    expect(error.path).toEqual(['account', 'transactions', 1, 'at']);
    expect(error.details).toEqual({ index: 1, day: '1997-06-01', asOf: '1997-03-01' });
    expect(customerValue(account, { asOf: '1997-03-01', futureTransactions: 'ignore' }).realized).toBe(10);
    expect(customerValue(account, { asOf: '1997-03-01', futureTransactions: 'include' }).realized).toBe(15);
    expect(customerValue(account, { asOf: '1997-06-01' }).realized).toBe(15);
  });

  it('renders every reason in the three locales, amounts with the host currency', () => {
    const v = customerValue({ customerId: 'c', transactions: [{ at: '1997-01-01', amount: 6_000 }], elsewhere: { spend: 9_000 }, predictedValue: 7_420 });
    expect(v.reasons.map((r) => message(r, { locale: 'en', money: usd }))).toEqual([
      'Realized value $60.00: the net of 1 transaction to date, 0 refunds deducted',
      'Potential value $90.00: what it spends elsewhere on what you sell',
      'You hold 40% of its wallet ($60.00 with you, $90.00 elsewhere)',
      "Model value $74.20: your model's estimate (such as a lifetime value)",
    ]);
    expect(message(v.reasons[0], { ...inLocale('zh-Hans'), money: { currency: 'CNY', minorUnitExponent: 2 } })).toBe('既成价值 ¥60.00：迄今 1 笔交易的净额，已扣除 0 笔退款');
    expect(message(v.reasons[1], inLocale('zh-TW'))).toBe('潛在價值 9,000 金額單位：客戶在別處購買我們所售產品的花費');
  });

  it('returns frozen results', () => {
    const v = customerValue({ customerId: 'c', transactions: [] });
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.reasons[0])).toBe(true);
    expect(Object.isFrozen(v.reasons[0]?.params)).toBe(true);
  });
});
