import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profitView } from '../../src/analysis/index.js';
import { message } from '../../src/messages/message.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const usd = { currency: 'USD', minorUnitExponent: 2 };
/** Seed 004 (e-Satisfy survey): an agent-handled call USD 5 per contact, an IVR contact USD 0.36 — in cents. */
const SEED_004_UNIT_COSTS = { agent: 500, ivr: 36 };

describe('profitView: seed 000 profit figures', () => {
  it('total profit sums the transactions\' profit; marginal profit is per purchase', () => {
    const view = profitView({
      customerId: 'c1',
      transactions: [
        { at: '1997-01-01', amount: 1_000, profit: 300 },
        { at: '1997-02-01', amount: 3_000, profit: 500 },
        { at: '1997-03-01', amount: -1_000, profit: -300 },
      ],
    });
    expect(view).toMatchObject({ purchases: 2, revenue: 3_000, totalProfit: 500, marginalProfit: 250, costToServe: 0, netProfit: 500 });
    expect(view.marginRate).toBeCloseTo(1 / 6, 15);
    expect(view.reasons.map((r) => r.code)).toEqual(['total_profit', 'marginal_profit', 'cost_to_serve', 'net_profit']);
    expect(message(view.reasons[1], inLocale('zh-Hans'))).toBe('边缘利润：2 次购买，每次 250 金额单位，利润率 16.7%');
    expect(view.advice).toEqual([]);
  });

  it('applies the margin rate to transactions without a profit, and says so', () => {
    const view = profitView({ customerId: 'c1', transactions: [{ at: '1997-01-01', amount: 1_000, profit: 100 }, { at: '1997-01-02', amount: 2_000 }] }, { marginRate: 0.25 });
    expect(view.totalProfit).toBe(600);
    expect(view.reasons[2]).toEqual({ code: 'margin_rate_applied', params: { count: 1, marginRate: 0.25 } });
  });

  it('leaves profit unknown (null) rather than assuming a margin', () => {
    const view = profitView({ customerId: 'c1', transactions: [{ at: '1997-01-01', amount: 1_000, profit: 100 }, { at: '1997-01-02', amount: 2_000 }] });
    expect(view).toMatchObject({ revenue: 3_000, totalProfit: null, marginalProfit: null, marginRate: null, netProfit: null });
    expect(view.reasons[0]).toEqual({ code: 'profit_unknown', params: { missing: 1, transactions: 2 } });
    expect(message(view.reasons[0], 'en')).toBe('Profit not known: 1 of 2 transactions carry no profit figure and no margin rate is set');
  });

  it('a customer without purchases has no marginal profit and no margin rate', () => {
    const view = profitView({ customerId: 'c1', transactions: [], costToServe: 40 }, { marginRate: 0.3 });
    expect(view).toMatchObject({ purchases: 0, revenue: 0, totalProfit: 0, marginalProfit: null, marginRate: null, costToServe: 40, netProfit: -40 });
  });

  it('gives no margin rate when the ratio overflows a double (a subnormal revenue; found by test:fuzz)', () => {
    const view = profitView({ customerId: 'c1', transactions: [{ at: '1998-01-01', amount: 5e-324, profit: 8.881784197001252e-16 }] });
    expect(view).toMatchObject({ revenue: 5e-324, totalProfit: 8.881784197001252e-16, marginRate: null });
    expect(Number.isFinite(view.marginalProfit)).toBe(true);
  });
});

describe('profitView: seed 004 cost to serve', () => {
  const account = { customerId: 'c-0042', transactions: [{ at: '1997-01-12', amount: 2_997 }, { at: '1997-03-02', amount: 1_399 }], serviceContacts: { agent: 4, ivr: 10 } };

  it('costs contacts by channel at the host unit costs (seed 004: USD 5 and USD 0.36)', () => {
    const view = profitView(account, { unitCosts: SEED_004_UNIT_COSTS, marginRate: 0.3 });
    expect(view.costToServe).toBe(4 * 500 + 10 * 36);
    expect(view.reasons.filter((r) => r.code === 'channel_cost').map((r) => r.params)).toEqual([
      { channel: 'agent', count: 4, unitCost: 500, cost: 2_000 },
      { channel: 'ivr', count: 10, unitCost: 36, cost: 360 },
    ]);
    expect(view.reasons.filter((r) => r.code === 'channel_cost').map((r) => message(r, { locale: 'en', money: usd }))).toEqual([
      '4 contacts by agent-handled calls at $5.00 each: $20.00',
      '10 contacts by interactive voice response (IVR) at $0.36 each: $3.60',
    ]);
  });

  it('adds the host\'s other cost to serve', () => {
    const view = profitView({ ...account, costToServe: 640 }, { unitCosts: SEED_004_UNIT_COSTS, marginRate: 0.3 });
    expect(view.costToServe).toBe(3_000);
    expect(view.reasons.find((r) => r.code === 'cost_to_serve')?.params).toEqual({ costToServe: 3_000, contactCost: 2_360, otherCost: 640, contacts: 14 });
  });

  it('advises the cheaper channel only for a net loss, with the saving and the seed\'s warning', () => {
    const loss = profitView(account, { unitCosts: SEED_004_UNIT_COSTS, marginRate: 0.3 });
    expect(loss.netProfit).toBeCloseTo(1_318.8 - 2_360, 9);
    expect(loss.reasons.at(-1)?.code).toBe('net_loss');
    expect(loss.advice).toEqual([{ code: 'cheaper_channel', params: { from: 'agent', to: 'ivr', count: 4, saving: 4 * (500 - 36) } }]);
    expect(message(loss.advice[0], { ...inLocale('zh-Hans'), money: usd })).toBe('将其 4 次联络从人工座席转到交互式语音应答（IVR），可节省 US$18.56；但把赢利少的客户转到更便宜的联络方式可能损害客户关系');
    expect(message(loss.advice[0], { ...inLocale('zh-Hant'), money: usd })).toBe('將其 4 次聯絡從真人客服轉到互動式語音應答（IVR），可節省 US$18.56；但把贏利少的客戶轉到更便宜的聯絡方式可能損害客戶關係');
    const gain = profitView(account, { unitCosts: SEED_004_UNIT_COSTS, marginRate: 0.9 });
    expect(gain.netProfit).toBeGreaterThan(0);
    expect(gain.advice).toEqual([]);
  });

  it('gives no channel advice when no cheaper channel exists', () => {
    const onlyIvr = profitView({ customerId: 'c', transactions: [], serviceContacts: { ivr: 3 } }, { unitCosts: SEED_004_UNIT_COSTS, marginRate: 0.3 });
    expect(onlyIvr.netProfit).toBe(-108);
    expect(onlyIvr.advice).toEqual([]);
  });

  it('an unknown channel names the ones with a unit cost; contacts without unitCosts are refused', () => {
    const error = thrown(() => profitView({ ...account, serviceContacts: { email: 2 } }, { unitCosts: SEED_004_UNIT_COSTS }));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toEqual(['account', 'serviceContacts', 'email']);
    expect(error.details).toMatchObject({ expected: 'known_key', allowed: ['agent', 'ivr'] });
    expect(thrown(() => profitView(account)).path).toEqual(['options', 'unitCosts']);
  });

  it('net profit is the exact sum of margins less costs, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: -1e9, max: 1e9 }), profit: fc.integer({ min: -1e9, max: 1e9 }) }), { maxLength: 30 }),
        fc.nat({ max: 1000 }),
        fc.nat({ max: 1000 }),
        (rows, agent, ivr) => {
          const transactions = rows.map((r) => ({ at: '1997-01-01', ...r }));
          const view = profitView({ customerId: 'c', transactions, serviceContacts: { agent, ivr } }, { unitCosts: SEED_004_UNIT_COSTS });
          const expected = rows.reduce((a, r) => a + r.profit, 0) - agent * 500 - ivr * 36;
          expect(view.netProfit).toBe(expected);
          expect(profitView({ customerId: 'c', transactions: [...transactions].reverse(), serviceContacts: { ivr, agent } }, { unitCosts: SEED_004_UNIT_COSTS })).toEqual(view);
        },
      ),
    );
  });
});
