import { describe, expect, it } from 'vitest';
import { classify, classifyAll, message } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

// The side facts of a customer (referrals, contacts) read as the transactions are: a referral's
// `referredId` must be a customer id, and null is "not given" as it is for a purchase's category
// (a database's NULL), in `classify` and in `classifyAll`'s `facts`.

const asOf = '2024-07-31';
const bought = [{ at: '2024-07-01', amount: 100 }];

describe('referrals', () => {
  it('refuses a referredId that is not a customer id, at its path', () => {
    for (const referredId of [{}, Number.NaN, Infinity, '', true, ['c2']]) {
      const error = thrown(() => classify({ transactions: bought, referrals: [{ at: '2024-06-01', referredId: referredId as never }] }, { asOf }));
      expect(error.code).toBe('invalid_record');
      expect(error.path).toEqual(['facts', 'referrals', 0, 'referredId']);
      expect(error.details).toMatchObject({ expected: 'customer_id', index: 0 });
      expect(message(error)).toContain('a customer id');
    }
  });

  it('counts distinct ids; an entry without one, or with null, is a referral of its own', () => {
    const referrals = [
      { at: '2024-05-01', referredId: 'c2' },
      { at: '2024-06-01', referredId: 'c2' },
      { at: '2024-06-02', referredId: 7 },
      { at: '2024-06-03', referredId: null },
      { at: '2024-06-04' },
    ];
    const profile = classify({ transactions: bought, referrals }, { asOf });
    expect(profile.dimensions.effectiveness.reasons[0]).toEqual({ code: 'referred_customers', params: { count: 4 } });
  });

  it('refuses the same referredId in classifyAll, at the path of the facts', () => {
    const rows = [{ customerId: 'c1', at: '2024-07-01', amount: 100 }];
    const error = thrown(() => classifyAll(rows, { asOf, facts: () => ({ referrals: [{ at: '2024-06-01', referredId: { id: 'c2' } as never }] }) }));
    expect(error.code).toBe('invalid_record');
    expect(error.path).toEqual(['options', 'facts', 'c1', 'referrals', 0, 'referredId']);
  });
});

describe('contacts', () => {
  it('reads expectedPurchaseAt: null as not given, like a purchase category of null', () => {
    const contacts = [{ at: '2024-07-20', kind: 'interest' as const, expectedPurchaseAt: null }];
    const withNull = classify({ transactions: [], contacts }, { asOf });
    const without = classify({ transactions: [], contacts: [{ at: '2024-07-20', kind: 'interest' as const }] }, { asOf });
    expect(withNull).toStrictEqual(without);
    expect(withNull.dimensions.purchase_intent.value).toBe('interested');
  });

  it('still refuses an expectedPurchaseAt that is no date', () => {
    const error = thrown(() => classify({ transactions: [], contacts: [{ at: '2024-07-20', kind: 'interest', expectedPurchaseAt: 'soon' }] }, { asOf }));
    expect(error.code).toBe('invalid_date');
    expect(error.path).toEqual(['facts', 'contacts', 0, 'expectedPurchaseAt']);
  });
});

describe('the flags and the cost to serve', () => {
  it('read null as not given (a database’s NULL), as undefined', () => {
    const withNull = classify({ transactions: bought, costToServe: null, canBuy: null, targeted: null }, { asOf });
    expect(withNull).toStrictEqual(classify({ transactions: bought }, { asOf }));
    expect(classify({ transactions: [], targeted: null, contacts: [] }, { asOf }).dimensions.status.value).toBe('potential');
  });

  it('still refuse what is neither', () => {
    expect(thrown(() => classify({ transactions: bought, costToServe: 'x' as never }, { asOf })).path).toEqual(['facts', 'costToServe']);
    expect(thrown(() => classify({ transactions: bought, canBuy: 0 as never }, { asOf })).path).toEqual(['facts', 'canBuy']);
  });
});
