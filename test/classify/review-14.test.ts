/** Review 14 of classification: facts' keys, directed purchases by day, time state without transactions, shared results. */
import { describe, expect, it } from 'vitest';
import { classify, classifyAll, message } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const asOf = '2024-06-30';

describe('a misspelt key of the facts is refused, never read as absent', () => {
  it('costToserve (the cost left unread made the customer effective) and canbuy', () => {
    const tx = [{ at: '2024-05-01', amount: 300, profit: 100 }];
    expect(classify({ transactions: tx, referrals: [], costToServe: 500 }, { asOf }).dimensions.effectiveness.value).toBe('ineffective');
    const error = thrown(() => classify({ transactions: tx, referrals: [], costToserve: 500 } as never, { asOf }));
    expect([error.code, error.path, (error.details as { expected?: string }).expected]).toEqual(['invalid_argument', ['facts', 'costToserve'], 'known_key']);
    expect(message(error, 'en')).toContain('costToserve');
    expect(thrown(() => classify({ contacts: [], canbuy: false } as never, { asOf })).path).toEqual(['facts', 'canbuy']);
  });
  it("classifyAll's side facts: at the customer's key; transactions there are refused (they come from the rows); its id may come along", () => {
    const rows = [{ customerId: 'a', at: '2024-05-01', amount: 10 }];
    expect(thrown(() => classifyAll(rows, { asOf, facts: () => ({ costToserve: 5 }) as never })).path).toEqual(['options', 'facts', 'a', 'costToserve']);
    expect(thrown(() => classifyAll(rows, { asOf, facts: () => ({ transactions: [] }) as never })).path).toEqual(['options', 'facts', 'a', 'transactions']);
    expect(classifyAll(rows, { asOf, facts: (id) => ({ customerId: id, canBuy: true }) }).profiles).toHaveLength(1);
  });
  it("rows inside the facts may carry the host's other fields", () => {
    const profile = classify({ transactions: [{ at: '2024-05-01', amount: 1, orderId: 'o-1' }], contacts: [{ at: '2024-06-01', kind: 'call', note: 'x' }] } as never, { asOf });
    expect(profile.dimensions.status.value).toBe('current');
  });
});

describe('directed purchases are purchase days, as purchases are', () => {
  const days = ['2023-06-01', '2023-08-01', '2023-10-01', '2023-12-01', '2024-03-01', '2024-06-01'];
  const base = days.map((at) => ({ at, amount: 100, category: 'tea', directed: false }));
  const loyalty = (extra: readonly { at: string; amount: number; category: string; directed: boolean }[]) => classify({ transactions: [...base, ...extra], referrals: [{ at: '2024-01-01' }] }, { asOf }).dimensions.loyalty;
  it('one visit split into two directed rows is one directed purchase (it made the customer loyal)', () => {
    const split = loyalty([{ at: '2024-06-01', amount: 50, category: 'tea', directed: true }, { at: '2024-06-01', amount: 20, category: 'tea', directed: true }]);
    const whole = loyalty([{ at: '2024-06-01', amount: 70, category: 'tea', directed: true }]);
    expect(split).toEqual(whole);
    expect(split.value).toBe('established');
    expect(split.reasons.find((r) => r.code === 'directed_purchases')?.params).toEqual({ count: 1 });
  });
  it('a day with no marked row is unknown; a day with a marked row and unmarked ones reads as marked', () => {
    const tx = (marks: readonly (boolean | undefined)[][]) => marks.flatMap((m, d) => m.map((directed) => ({ at: `2024-0${d + 1}-01`, amount: 1, ...(directed === undefined ? {} : { directed }) })));
    const one = (marks: readonly (boolean | undefined)[][]) => classifyAll(tx(marks).map((t) => ({ customerId: 'c', ...t })), { asOf }).profiles[0]!;
    const single = (marks: readonly (boolean | undefined)[][]) => classify({ transactions: tx(marks) }, { asOf });
    for (const marks of [[[true, undefined], [false, undefined], [undefined]], [[true, true], [true], [false, false]]]) {
      expect(one(marks).dimensions.loyalty).toEqual(single(marks).dimensions.loyalty);
    }
  });
});

describe('time state without transactions', () => {
  it('says the transactions are missing, not that there was no purchase', () => {
    const r = classify({ canBuy: false, contacts: [] }, { asOf }).dimensions.time_state;
    expect(r.value).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(['missing_transactions', 'cannot_buy']);
    expect(classify({ canBuy: false, contacts: [], transactions: [] }, { asOf }).dimensions.time_state.reasons.map((x) => x.code)).toEqual(['no_purchase', 'cannot_buy']);
  });
});

describe('referrals by numeric ids', () => {
  it('50,000 numeric ids count once each, an id given twice once, one without an id on its own', () => {
    const referrals = Array.from({ length: 50_000 }, (_, i) => ({ at: '2024-01-01', referredId: 2 ** 31 + i * 4099 }));
    const t0 = performance.now();
    const transactions = ['2023-06-01', '2023-08-01', '2023-10-01', '2023-12-01', '2024-03-01', '2024-06-01'].map((at) => ({ at, amount: 1 }));
    const profile = classify({ transactions, referrals: [...referrals, { at: '2024-01-01', referredId: 2 ** 31 }, { at: '2024-01-01' }] }, { asOf });
    expect(performance.now() - t0).toBeLessThan(5_000);
    // 50,000 ids, one of them twice, and one referral without an id.
    expect(profile.dimensions.loyalty.reasons.find((r) => r.code === 'referred_customers')?.params).toEqual({ count: 50_001 });
  });
});

describe('results shared within a batch', () => {
  it('a shared result is one frozen object; where results rarely repeat each is the customer own', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ customerId: `c${String(i).padStart(5, '0')}`, at: '2024-01-01', amount: i + 1 }));
    const { profiles } = classifyAll(rows, { asOf });
    const [a, b] = [profiles[0]!, profiles[1]!];
    expect(a.dimensions.status).toBe(b.dimensions.status);
    expect(Object.isFrozen(a.dimensions.status)).toBe(true);
    const late = profiles.slice(-2);
    expect(late[0]!.dimensions.abc_class).not.toBe(late[1]!.dimensions.abc_class);
  });
});
