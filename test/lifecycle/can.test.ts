import { describe, expect, it } from 'vitest';
import { can, extendMachine, isCrmTaxonomyError, kotlerLevelMachine, message, statusMachine, transition } from '../../src/index.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const anyCan = (from: unknown, move: unknown, facts?: unknown) => can(statusMachine, from as string, move as never, { facts: facts as never });
const refusal = (result: ReturnType<typeof anyCan>) => {
  if (result.ok) throw new Error('expected a refusal');
  return result;
};

describe('refusal codes', () => {
  it('unknown_state: an unknown from state, or an unknown target', () => {
    const r = refusal(anyCan('gold', 'churn'));
    expect(r).toEqual({
      ok: false,
      code: 'unknown_state',
      params: { machine: 'status', dimension: 'status', field: 'from', received: '"gold"', allowed: ['non_customer', 'potential', 'target', 'current', 'lost'] },
    });
    expect(message(r)).toBe('Status: unknown state "gold", expected one of Non-customer, Potential customer, Target customer, Current customer, Lost customer');
    expect(message(r, inLocale('zh-Hans'))).toBe('未知的客户状态取值 "gold"：应为 非客户、潜在客户、目标客户、现实客户、流失客户 之一');
    expect(message(r, inLocale('zh-Hant'))).toBe('未知的客戶狀態取值 "gold"：應為 非客戶、潛在客戶、目標客戶、現實客戶、流失客戶 之一');
    expect(refusal(anyCan('current', { to: 'gone' })).params).toMatchObject({ field: 'to', from: 'current' });
    expect(refusal(anyCan(42, { to: 'lost' })).code).toBe('unknown_state');
    expect(refusal(anyCan('__proto__', 'churn')).code).toBe('unknown_state');
  });

  it('no_such_event: an event the machine does not have', () => {
    const r = refusal(anyCan('current', 'explode'));
    expect(r.code).toBe('no_such_event');
    expect(message(r)).toContain('The status lifecycle has no event "explode"; its events are Qualify, Disqualify');
    expect(r.params.allowed).toContain('churn');
    for (const odd of [42, 'toString', null, '__proto__']) expect(refusal(anyCan('current', odd)).code).toBe('no_such_event');
  });

  it('edge_not_allowed: the event does not leave the state, or no single move reaches the target', () => {
    const r = refusal(anyCan('lost', 'first_purchase', { hasPurchase: true }));
    expect(r.code).toBe('edge_not_allowed');
    expect(message(r)).toBe('“First purchase” does not apply to Lost customer; from Lost customer the possible moves are: Disqualify, Buys again, Win-back campaign');
    expect(message(r, inLocale('zh-Hans'))).toBe('「首次购买」不适用于流失客户；流失客户可进行的变更为：判定为非客户、再次购买、挽回');
    expect(r.params.allowed).toEqual(['disqualify', 'repurchase', 'win_back']);
    const byTarget = refusal(anyCan('current', { to: 'current' }));
    expect(byTarget.code).toBe('edge_not_allowed');
    expect(message(byTarget)).toBe('No single move leads from Current customer to Current customer; from Current customer the possible moves are: Churn (inactive), Mark lost');
  });

  it('edge_forbidden: a host forbade the edge, and its reason is shown', () => {
    const why = { en: 'Only sales re-qualifies a lost customer', 'zh-Hans': '只能由销售重新确认' };
    const strict = extendMachine(statusMachine, { forbid: [{ event: 'win_back', why }] });
    const r = can(strict, 'lost', 'win_back', { facts: { reason: 'campaign' } });
    expect(r).toMatchObject({ ok: false, code: 'edge_forbidden' });
    expect(message(r, { machine: strict })).toBe('Moving from Lost customer to Target customer (Win-back campaign) is forbidden here: Only sales re-qualifies a lost customer');
    expect(message(r, { ...inLocale('zh-TW'), machine: strict })).toBe('此處禁止從流失客戶變為目標客戶（挽回）：只能由销售重新确认');
    expect(can(strict, 'lost', { to: 'target' })).toMatchObject({ ok: false, code: 'edge_forbidden' });
  });

  it('guard_failed: names the guard, and names the facts that were not given', () => {
    const r = refusal(can(statusMachine, 'non_customer', 'qualify', { facts: { hasNeed: true } }));
    expect(r).toMatchObject({ code: 'guard_failed', guard: 'needs_and_can_pay', params: { detail: 'missing', missing: ['canPay'] } });
    expect(message(r, inLocale('zh-Hant'))).toBe('無法從非客戶變為潛在客戶（確認潛在需求）：事實 canPay 未提供或無效（用於判斷：有需求且有支付能力）');
    const decided = refusal(can(statusMachine, 'non_customer', 'qualify', { facts: { hasNeed: true, canPay: false } }));
    expect(decided.params.detail).toBe('refusal');
    expect(message(decided, inLocale('zh-Hant'))).toBe('無法從非客戶變為潛在客戶（確認潛在需求）：潛在客戶須有需求、購買動機和支付能力；請確認兩者（事實 hasNeed 與 canPay）');
  });

  it('is plain JSON that survives a round trip and renders the same', () => {
    const r = can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 12 } });
    const back = JSON.parse(JSON.stringify(r)) as typeof r;
    expect(back).toEqual(r);
    expect(message(back, inLocale('zh-Hans'))).toBe(message(r, inLocale('zh-Hans')));
  });
});

describe('can: arguments', () => {
  it('refuses facts that are not an object, and a bad policy', () => {
    expect(thrown(() => anyCan('current', 'churn', 'x')).code).toBe('invalid_argument');
    expect(thrown(() => anyCan('current', 'churn', [])).path).toEqual(['options', 'facts']);
    const error = thrown(() => can(statusMachine, 'current', 'churn', { policy: { churnWindowDays: -1 } }));
    expect(error.code).toBe('invalid_policy');
    expect(error.path).toEqual(['options', 'policy', 'churnWindowDays']);
    expect(message(error)).toBe('Invalid policy setting options.policy.churnWindowDays: expected an integer from 0 to 36,500, received -1');
    expect(thrown(() => can(statusMachine, 'current', 'churn', 7 as never)).code).toBe('invalid_argument');
    expect(thrown(() => can({} as never, 'current', 'churn' as never)).code).toBe('unknown_machine');
  });

  it('never mutates its inputs', () => {
    const facts = Object.freeze({ reason: 'x', daysSinceLastPurchase: 400 });
    const policy = Object.freeze({ churnWindowDays: 30 });
    const before = JSON.stringify(statusMachine);
    expect(can(statusMachine, 'current', 'churn', { facts, policy }).ok).toBe(true);
    expect(JSON.stringify(statusMachine)).toBe(before);
  });

  it('built-in machines are frozen', () => {
    expect(Object.isFrozen(statusMachine)).toBe(true);
    expect(() => {
      (statusMachine as { id: string }).id = 'x';
    }).toThrow(TypeError);
    expect(statusMachine.id).toBe('status');
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
    expect(event).toEqual({ customerId: 7, machine: 'status', from: 'target', to: 'current', event: 'first_purchase', at: '2024-01-05T09:30:00.000Z', actor: 'order-webhook' });
    expect(JSON.parse(JSON.stringify(event))).toEqual(event);
  });

  it('stores the reason and cause, from the options or the facts, and feeds them to the guards', () => {
    expect(transition(kotlerLevelMachine, 'reactive', 'downgrade', { at: '2024-02-01', reason: 'Too many customers' })).toMatchObject({ to: 'basic', reason: 'Too many customers' });
    expect(transition(kotlerLevelMachine, 'reactive', { to: 'basic' }, { at: '2024-02-01', facts: { cause: 'price_war' } })).toMatchObject({ cause: 'price_war' });
    expect(transition(kotlerLevelMachine, 'basic', 'upgrade', { at: '2024-02-01', facts: { reason: ' ' } })).not.toHaveProperty('reason');
  });

  it('writes the far future as the expanded ISO year it is', () => {
    expect(transition(statusMachine, 'potential', 'select_target', { at: '9999-12-31T23:00:00-05:00' }).at).toBe('+010000-01-01T04:00:00.000Z');
  });

  it('throws unknown_state, unknown_event or transition_refused with the refusal in details', () => {
    const unknown = thrown(() => transition(statusMachine, 'gold' as never, 'churn' as never, { at: 0 }));
    expect(unknown.code).toBe('unknown_state');
    expect(unknown.path).toEqual(['from']);
    expect(thrown(() => transition(statusMachine, 'current', { to: 'gone' } as never, { at: 0 })).path).toEqual(['to']);
    const noEvent = thrown(() => transition(statusMachine, 'current', 'explode' as never, { at: 0 }));
    expect(noEvent.code).toBe('unknown_event');
    expect(noEvent.path).toEqual(['event']);
    expect(message(noEvent, inLocale('zh-Hans'))).toContain('status 生命周期没有事件 "explode"');
    const refused = thrown(() => transition(statusMachine, 'current', 'churn', { at: 0, facts: { daysSinceLastPurchase: 1 } }));
    expect(isCrmTaxonomyError(refused, 'transition_refused')).toBe(true);
    expect((refused.details as { refusal: { code: string; params: { guard: string } } }).refusal).toMatchObject({ code: 'guard_failed', params: { guard: 'inactive_beyond_churn_window', from: 'current', event: 'churn' } });
    expect(message(refused)).toBe('The move was refused (Cannot move from Current customer to Lost customer (Churn (inactive)): the last purchase was 1 days ago, within the churn window of 180 days (fact daysSinceLastPurchase))');
  });

  it('checks its options', () => {
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', undefined as never)).code).toBe('invalid_date');
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', 5 as never)).code).toBe('invalid_argument');
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 'soon' })).code).toBe('invalid_date');
    for (const at of [1e17, -1e17, '2024-01-01T00:00:00+99:99', '2024-0101', Number.NaN]) {
      expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at })).code).toBe('invalid_date');
    }
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, customerId: '' })).path).toEqual(['options', 'customerId']);
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, customerId: Number.NaN })).code).toBe('invalid_argument');
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, actor: 7 as never })).path).toEqual(['options', 'actor']);
    expect(thrown(() => transition(statusMachine, 'potential', 'select_target', { at: 0, reason: '' })).path).toEqual(['options', 'reason']);
  });
});
