/** A hostile review of classification: effectiveness without a cost that cannot matter, a non-customer's time state, reconcile's stored states, what explain takes. */
import { describe, expect, it } from 'vitest';
import { classify, explain, reconcile, statusMachine, transition, validateHistory } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const asOf = '2024-06-30';

describe('effectiveness without a cost to serve', () => {
  it('is ineffective when the profit before it is at most the minimum and the referrals fall short (a cost only lowers it)', () => {
    const facts = { transactions: [{ at: '2024-06-01', amount: 100, profit: -50 }], referrals: [] };
    const result = classify(facts, { asOf, policy: { effectiveness: { missingCostToServe: 'unknown' } } }).dimensions.effectiveness;
    // Before: unknown, "referred 0 customers, cost to serve not given", the −50 in no reason.
    expect([result.value, result.reasons.map((r) => r.code)]).toEqual(['ineffective', ['referred_customers', 'profit_before_cost']]);
    expect(explain(result)).toBe('Ineffective customer: referred 0 customers, profit -50 amount units before a cost to serve, which can only lower it');
  });

  it('stays unknown when the missing cost or referrals could still decide it', () => {
    const above = classify({ transactions: [{ at: '2024-06-01', amount: 100, profit: 50 }], referrals: [] }, { asOf, policy: { effectiveness: { missingCostToServe: 'unknown' } } });
    expect(above.dimensions.effectiveness.known).toBe(false);
    const noReferrals = classify({ transactions: [{ at: '2024-06-01', amount: 100, profit: -50 }] }, { asOf, policy: { effectiveness: { missingCostToServe: 'unknown' } } });
    expect(noReferrals.dimensions.effectiveness.known).toBe(false);
  });

  it('refuses a cost beyond an amount (1e30), as a transaction amount is refused: profit after it is always finite', () => {
    const error = thrown(() => classify({ transactions: [{ at: '2024-06-01', amount: 1, profit: -1e30 }], costToServe: Number.MAX_VALUE }, { asOf }));
    expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['facts', 'costToServe'], { expected: 'number', received: '1.7976931348623157e+308', min: 0, max: 1e30 }]);
  });
});

it('a non-customer (cannot buy, never bought) has no time state: not a future customer, who may buy', () => {
  const profile = classify({ transactions: [], contacts: [], canBuy: false }, { asOf });
  expect(profile.dimensions.status.value).toBe('non_customer');
  // Before: time state future ("may buy in the future").
  expect([profile.dimensions.time_state.known, profile.dimensions.time_state.reasons.map((r) => r.code)]).toEqual([false, ['no_purchase', 'cannot_buy']]);
  // Nor a present one after a visit.
  const visited = classify({ transactions: [], contacts: [{ at: '2024-06-29', kind: 'visit' }], canBuy: false }, { asOf }).dimensions.time_state;
  expect([visited.known, visited.reasons.map((r) => r.code)]).toEqual([false, ['no_purchase', 'cannot_buy']]);
  // One who bought before and cannot buy now is a past customer.
  expect(classify({ transactions: [{ at: '2020-01-01', amount: 5 }], contacts: [], canBuy: false }, { asOf }).dimensions.time_state.value).toBe('past');
});

describe("reconcile's stored states", () => {
  const facts = { customerId: 'c9', transactions: [{ at: '2024-06-01', amount: 5 }], contacts: [] };
  it('refuses a reconciled id written otherwise, which made every move start from the initial state', () => {
    // Before: status potential → current (first_purchase) for a customer stored as current.
    const error = thrown(() => reconcile({ Status: 'current' } as never, facts, { asOf }));
    expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['stored', 'Status'], { expected: 'known_key', received: '"Status"', allowed: ['status', 'loyalty', 'purchase_intent'] }]);
  });

  it('leaves other keys of a stored row alone, and reads only its own states', () => {
    expect(thrown(() => reconcile({ purchaseIntent: 'interested' } as never, facts, { asOf })).path).toEqual(['stored', 'purchaseIntent']);
    const row = { status: 'current', value_tier: 'vip', region_tier: 'a', customerId: 'c9' };
    expect(reconcile(row as never, facts, { asOf }).events.filter((e) => e.machine === 'status')).toEqual([]);
    // An inherited state was never stored: the move starts from the initial state.
    const inherited = reconcile(Object.create({ status: 'current' }), facts, { asOf });
    expect(inherited.events.find((e) => e.machine === 'status')).toMatchObject({ from: 'potential', to: 'current' });
  });
});

describe('explain takes classifications only', () => {
  it('refuses a profile without dimensions and a template key given as a reason', () => {
    // Before: {} and "?: ?".
    expect(thrown(() => explain({ dimensions: {} } as never)).details).toMatchObject({ expected: 'classification' });
    expect(thrown(() => explain({ code: 'classify.explain.known', params: {} } as never)).details).toMatchObject({ expected: 'classification' });
    expect(explain({ code: 'no_purchase', params: {} })).toBe('no purchase yet');
  });
});

it("reconcile's events come after the day's facts and a person's moves of that day: the log stays valid", () => {
  const manual = transition(statusMachine, 'potential', 'select_target', { at: '2024-06-30T10:00:00Z', customerId: 'c1' });
  const result = reconcile({ status: 'target' }, { customerId: 'c1', transactions: [{ at: '2024-06-30T15:00:00Z', amount: 50 }], contacts: [] }, { asOf: '2024-06-30' });
  const status = result.events.filter((e) => e.machine === 'status');
  // Before: first_purchase at 2024-06-30T00:00:00.000Z, before the purchase and the manual move: out_of_order.
  expect(status.map((e) => [e.event, e.at])).toEqual([['first_purchase', '2024-06-30T23:59:59.999Z']]);
  expect(validateHistory(statusMachine, [manual, ...status])).toMatchObject({ ok: true, state: 'current' });
});

it("reconcile run during the day records its events when it runs (`at`): a person's later move of the day stays in order", () => {
  const facts = { customerId: 'c1', transactions: [{ at: '2024-06-30T00:30:00Z', amount: 50 }], contacts: [] };
  const run = reconcile({ status: 'target' }, facts, { asOf: '2024-06-30', at: '2024-06-30T01:00:00Z' });
  const first = run.events.filter((e) => e.machine === 'status');
  expect(first.map((e) => e.at)).toEqual(['2024-06-30T01:00:00.000Z']);
  const later = transition(statusMachine, 'current', 'mark_lost', { at: '2024-06-30T10:00:00Z', customerId: 'c1', reason: 'closed' });
  expect(validateHistory(statusMachine, [...first, later], { from: 'target' })).toMatchObject({ ok: true, state: 'lost' });
  // Not before asOf's day: the events would precede the facts they rest on.
  const error = thrown(() => reconcile({ status: 'target' }, facts, { asOf: '2024-06-30', at: '2024-06-29T23:00:00Z' }));
  expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['options', 'at'], { expected: 'not_before_other', received: '"2024-06-29T23:00:00Z"', other: 'asOf' }]);
});
