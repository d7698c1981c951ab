import { describe, expect, it } from 'vitest';
import {
  can,
  extendMachine,
  kotlerLevelMachine,
  REFUSAL_CODES,
  statusMachine,
  transition,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const anyCan = (from: unknown, move: unknown, facts?: unknown) => can(statusMachine, from as string, move as never, facts as never);

describe('refusal codes', () => {
  it('lists them', () => {
    expect(REFUSAL_CODES).toEqual(['unknown_state', 'no_such_event', 'edge_not_allowed', 'edge_forbidden', 'guard_failed']);
  });

  it('unknown_state: an unknown from state, or an unknown target', () => {
    const refusal = anyCan('gold', 'churn');
    expect(refusal).toMatchObject({ ok: false, code: 'unknown_state', details: { from: 'gold', event: 'churn' } });
    expect(refusal.message?.en).toBe('Unknown status state "gold": expected one of non_customer, potential, target, current, lost');
    expect(refusal.message?.['zh-Hans']).toBe('未知的客户状态状态 "gold"：应为 non_customer, potential, target, current, lost 之一');
    expect(refusal.message?.['zh-Hant']).toContain('客戶狀態');
    expect(anyCan('current', { to: 'gone' }).code).toBe('unknown_state');
    expect(anyCan(42, { to: 'lost' }).code).toBe('unknown_state');
    expect(anyCan('__proto__', 'churn').code).toBe('unknown_state');
  });

  it('no_such_event: an event the machine does not have', () => {
    const refusal = anyCan('current', 'explode');
    expect(refusal.code).toBe('no_such_event');
    expect(refusal.message?.en).toContain('The status lifecycle has no event "explode": its events are qualify, disqualify');
    expect(refusal.details?.allowed).toContain('churn');
    expect(anyCan('current', 42).code).toBe('no_such_event');
    expect(anyCan('current', 'toString').code).toBe('no_such_event');
    expect(anyCan('current', null).code).toBe('no_such_event');
  });

  it('edge_not_allowed: the event does not leave the state, or no single move reaches the target', () => {
    const refusal = anyCan('lost', 'first_purchase', { hasPurchase: true });
    expect(refusal.code).toBe('edge_not_allowed');
    expect(refusal.message?.en).toBe(
      '"First purchase" does not apply to Lost customer; from Lost customer the possible moves are: Disqualify → Non-customer, Buys again → Current customer, Win-back campaign → Target customer',
    );
    expect(refusal.message?.['zh-Hans']).toBe(
      '「首次购买」不适用于流失客户；流失客户可进行的变更为：判定为非客户 → 非客户、再次购买 → 现实客户、挽回 → 目标客户',
    );
    expect(refusal.details?.allowed).toEqual(['disqualify', 'repurchase', 'win_back']);
    expect(anyCan('current', { to: 'current' }).code).toBe('edge_not_allowed');
  });

  it('edge_forbidden: a host forbade the edge, and its reason is shown', () => {
    const why = { en: 'Only sales re-qualifies a lost customer', 'zh-Hans': '只能由销售重新确认', 'zh-Hant': '只能由銷售重新確認' };
    const strict = extendMachine(statusMachine, { forbid: [{ event: 'win_back', why }] });
    const refusal = can(strict, 'lost', 'win_back', { reason: 'campaign' });
    expect(refusal.code).toBe('edge_forbidden');
    expect(refusal.message?.en).toBe(
      'Moving from Lost customer to Target customer (Win-back campaign) is forbidden here: Only sales re-qualifies a lost customer',
    );
    expect(can(strict, 'lost', { to: 'target' }).code).toBe('edge_forbidden');
  });

  it('guard_failed:<guard>: names the guard and explains it in three locales', () => {
    const refusal = can(statusMachine, 'non_customer', 'qualify', { hasNeed: true });
    expect(refusal.code).toBe('guard_failed:needs_and_can_pay');
    expect(refusal.message?.['zh-Hant']).toBe(
      '無法從非客戶變為潛在客戶（確認潛在需求）：潛在客戶須有需求、購買動機和支付能力；請確認兩者（事實 hasNeed 與 canPay）',
    );
  });
});

describe('can: arguments', () => {
  it('refuses facts that are not an object, and a bad policy', () => {
    expect(thrown(() => anyCan('current', 'churn', 'x')).code).toBe('invalid_argument');
    expect(thrown(() => anyCan('current', 'churn', [])).code).toBe('invalid_argument');
    const error = thrown(() => can(statusMachine, 'current', 'churn', {}, { churnWindowDays: -1 }));
    expect(error.code).toBe('invalid_policy');
    expect(error.path).toEqual(['policy', 'churnWindowDays']);
  });

  it('never mutates its inputs', () => {
    const facts = Object.freeze({ reason: 'x', daysSinceLastPurchase: 400 });
    const policy = Object.freeze({ churnWindowDays: 30 });
    const before = JSON.stringify(statusMachine.edges);
    expect(can(statusMachine, 'current', 'churn', facts, policy).ok).toBe(true);
    expect(JSON.stringify(statusMachine.edges)).toBe(before);
  });
});

describe('transition', () => {
  it('returns a plain JSON event record', () => {
    const event = transition(statusMachine, 'target', 'first_purchase', {
      at: Date.UTC(2024, 0, 5, 9, 30),
      customerId: 7,
      facts: { hasPurchase: true },
      actor: 'order-webhook',
    });
    expect(event).toEqual({
      customerId: 7,
      machine: 'status',
      from: 'target',
      to: 'current',
      event: 'first_purchase',
      at: '2024-01-05T09:30:00.000Z',
      actor: 'order-webhook',
    });
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });

  it('stores the reason and cause, from the options or the facts, and feeds them to the guards', () => {
    expect(transition(kotlerLevelMachine, 'reactive', 'downgrade', { at: '2024-02-01', reason: 'Too many customers' })).toMatchObject({
      to: 'basic',
      reason: 'Too many customers',
    });
    expect(transition(kotlerLevelMachine, 'reactive', { to: 'basic' }, { at: '2024-02-01', facts: { cause: 'price_war' } })).toMatchObject({
      cause: 'price_war',
    });
    expect(transition(kotlerLevelMachine, 'basic', 'upgrade', { at: '2024-02-01', facts: { reason: ' ' } })).not.toHaveProperty('reason');
  });

  it('throws unknown_state, unknown_event or transition_refused with the refusal in details', () => {
    const unknown = thrown(() => transition(statusMachine, 'gold' as never, 'churn' as never, { at: 0 }));
    expect(unknown.code).toBe('unknown_state');
    expect(unknown.path).toEqual(['from']);
    const unknownTarget = thrown(() => transition(statusMachine, 'current', { to: 'gone' } as never, { at: 0 }));
    expect(unknownTarget.path).toEqual(['to']);
    const noEvent = thrown(() => transition(statusMachine, 'current', 'explode' as never, { at: 0 }));
    expect(noEvent.code).toBe('unknown_event');
    expect(noEvent.path).toEqual(['event']);
    const refused = thrown(() => transition(statusMachine, 'current', 'churn', { at: 0, facts: { daysSinceLastPurchase: 1 } }));
    expect(refused.code).toBe('transition_refused');
    expect(refused.details).toMatchObject({ code: 'guard_failed:inactive_beyond_churn_window', from: 'current', event: 'churn' });
    expect(refused.message).toContain('Cannot move from Current customer to Lost customer (Churn (inactive))');
  });

  it('checks its options', () => {
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', undefined as never)).code).toBe('invalid_argument');
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 'soon' })).code).toBe('invalid_date');
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, customerId: '' })).path).toEqual(['customerId']);
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, customerId: Number.NaN })).code).toBe('invalid_argument');
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, actor: 7 as never })).path).toEqual(['actor']);
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, reason: '' })).path).toEqual(['reason']);
  });
});
