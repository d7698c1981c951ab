import { describe, expect, it } from 'vitest';
import {
  CrmTaxonomyError,
  extendMachine,
  message,
  purchaseIntentMachine,
  replay,
  statusMachine,
  transition,
  validateHistory,
  type LifecycleEvent,
} from '../../src/index.js';
import { CHINESE, inLocale } from '../support/locales.js';

const at = (day: number): string => new Date(Date.UTC(2024, 0, 1 + day)).toISOString();

/** potential → target → current → lost → target, for customer c1. */
const history: LifecycleEvent[] = [
  transition(statusMachine, 'potential', 'select_target', { at: at(0), customerId: 'c1' }),
  transition(statusMachine, 'target', 'first_purchase', { at: at(3), customerId: 'c1', facts: { hasPurchase: true } }),
  transition(statusMachine, 'current', 'churn', { at: at(300), customerId: 'c1', facts: { daysSinceLastPurchase: 297 } }),
  transition(statusMachine, 'lost', 'win_back', { at: at(300), customerId: 'c1', reason: 'Spring campaign' }),
];

const corrupt = (index: number, patch: Record<string, unknown>): unknown[] =>
  history.map((e, i) => (i === index ? { ...e, ...patch } : e));

function codesOf(events: readonly unknown[], options = {}) {
  return validateHistory(statusMachine, events, { mode: 'all', ...options }).issues.map((i) => [i.index, i.code, i.path]);
}

describe('validateHistory', () => {
  it('accepts a valid history (equal timestamps allowed) and reports the state reached', () => {
    expect(validateHistory(statusMachine, history)).toEqual({ ok: true, state: 'target', issues: [] });
    expect(validateHistory(statusMachine, [])).toEqual({ ok: true, state: 'potential', issues: [] });
    expect(validateHistory(purchaseIntentMachine, [])).toEqual({ ok: true, state: undefined, issues: [] });
  });

  it('invalid_record: not an object, a missing or mistyped field, an unparseable date', () => {
    expect(codesOf([null])).toEqual([[0, 'invalid_record', [0]]]);
    expect(codesOf(corrupt(1, { to: undefined }))).toEqual([[1, 'invalid_record', [1, 'to']]]);
    expect(codesOf(corrupt(1, { at: 'tomorrow' }))).toEqual([[1, 'invalid_record', [1, 'at']]]);
    expect(codesOf(corrupt(1, { reason: 5 }))).toEqual([[1, 'invalid_record', [1, 'reason']]]);
    expect(codesOf(corrupt(1, { customerId: {} }))).toEqual([[1, 'invalid_record', [1, 'customerId']]]);
    const report = validateHistory(statusMachine, [42]);
    expect(report.issues[0]).toEqual({ index: 0, code: 'invalid_record', path: [0], params: { index: 0, field: 'record', expected: 'lifecycle_event', received: '42' } });
    expect(message(report.issues[0])).toBe('Record 1 is not an event record: it must be a lifecycle event record, received 42');
    expect(message(validateHistory(statusMachine, corrupt(1, { at: 'tomorrow' })).issues[0], inLocale('zh-Hans'))).toBe(
      '第 2 条记录不是有效的事件记录：at 应为日期（Date、毫秒时间戳或 ISO 8601 字符串），实际为 "tomorrow"',
    );
  });

  it('wrong_machine: a record of another machine', () => {
    expect(codesOf(corrupt(2, { machine: 'loyalty' }))).toEqual([[2, 'wrong_machine', [2, 'machine']]]);
  });

  it('customer_mismatch: a record of another customer', () => {
    expect(codesOf(corrupt(2, { customerId: 'c2' }))).toEqual([[2, 'customer_mismatch', [2, 'customerId']]]);
    expect(codesOf(history, { customerId: 'c9' })[0]).toEqual([0, 'customer_mismatch', [0, 'customerId']]);
    // 42 and '42' are two customers, and the message tells them apart.
    const [issue] = validateHistory(statusMachine, history.map((r) => ({ ...r, customerId: 42 })), { customerId: '42' }).issues;
    expect(message(issue!)).toBe('Record 1 is for customer 42, not "42"');
  });

  it('out_of_order: a record earlier than the one before it', () => {
    const report = validateHistory(statusMachine, corrupt(2, { at: at(1) }));
    expect(report.issues.map((i) => [i.index, i.code])).toEqual([[2, 'out_of_order']]);
    expect(message(report.issues[0], inLocale('zh-Hans'))).toContain('早于上一条记录');
    expect(report.state).toBe('current');
  });

  it('unknown_state: an unknown from or to', () => {
    expect(codesOf(corrupt(1, { from: 'gold' }))).toEqual([[1, 'unknown_state', [1, 'from']]]);
    expect(codesOf(corrupt(1, { to: 'gold' }))).toEqual([[1, 'unknown_state', [1, 'to']]]);
  });

  it('no_such_event: an event the machine does not have', () => {
    const report = validateHistory(statusMachine, corrupt(1, { event: 'buy' }));
    expect(report.issues.map((i) => [i.index, i.code, i.path])).toEqual([[1, 'no_such_event', [1, 'event']]]);
    expect(message(report.issues[0])).toMatch(/^The status lifecycle has no event "buy"/);
  });

  it('edge_not_allowed: an event that does not leave the state, or that reaches another state', () => {
    expect(codesOf(corrupt(1, { event: 'churn' }))).toEqual([[1, 'edge_not_allowed', [1, 'event']]]);
    expect(codesOf(corrupt(2, { to: 'non_customer' }))).toEqual([[2, 'edge_not_allowed', [2, 'to']]]);
  });

  it('edge_forbidden: an edge the host forbade', () => {
    const strict = extendMachine(statusMachine, {
      forbid: [{ event: 'win_back', why: { en: 'No win-backs', 'zh-Hans': '不挽回' } }],
    });
    const report = validateHistory(strict, history);
    expect(report.issues.map((i) => [i.index, i.code])).toEqual([[3, 'edge_forbidden']]);
    expect(report.state).toBe('lost');
  });

  it('state_mismatch: a record that does not start where the history had reached', () => {
    expect(codesOf(corrupt(2, { from: 'target', event: 'first_purchase', to: 'current' }))).toEqual([
      [2, 'state_mismatch', [2, 'from']],
    ]);
    expect(validateHistory(statusMachine, history.slice(1), { from: 'target' }).ok).toBe(true);
    expect(validateHistory(statusMachine, history.slice(1)).issues[0]?.code).toBe('state_mismatch');
  });

  it('missing_reason: an edge that needs a reason, stored without one', () => {
    const { reason: _, ...noReason } = history[3]!;
    expect(codesOf([...history.slice(0, 3), noReason])).toEqual([[3, 'missing_reason', [3, 'reason']]]);
    expect(codesOf([...history.slice(0, 3), { ...noReason, cause: 'competitor' }])).toEqual([]);
  });

  it("'first' stops at the first problem; 'all' reports every one", () => {
    const broken = [...corrupt(1, { machine: 'x' })];
    broken[3] = { ...history[3], at: at(-5) };
    expect(validateHistory(statusMachine, broken).issues.map((i) => i.index)).toEqual([1]);
    expect(validateHistory(statusMachine, broken, { mode: 'all' }).issues.map((i) => i.index)).toEqual([1, 3]);
  });

  it('a machine without an initial state starts from the first record', () => {
    const events = [
      transition(purchaseIntentMachine, 'hesitating', 'show_interest', { at: at(0), facts: { contactCount: 4 } }),
      transition(purchaseIntentMachine, 'interested', 'quote_unanswered', { at: at(9), facts: { quoteSent: true, daysSinceQuote: 8 } }),
    ];
    expect(validateHistory(purchaseIntentMachine, events)).toEqual({ ok: true, state: 'quoted_no_reply', issues: [] });
    expect(replay(purchaseIntentMachine, [])).toBeUndefined();
  });

  it('checks its arguments', () => {
    expect(() => validateHistory(statusMachine, 'x' as never)).toThrowError(CrmTaxonomyError);
    expect(() => validateHistory(statusMachine, [], { from: 'gold' })).toThrowError(/unknown_state at options.from/);
    expect(() => validateHistory(statusMachine, [], { mode: 'some' as never })).toThrowError(/invalid_argument at options.mode/);
    expect(() => validateHistory({} as never, [])).toThrowError(/unknown_machine/);
  });
});

describe('replay', () => {
  it('rebuilds the state', () => {
    expect(replay(statusMachine, history)).toBe('target');
    expect(replay(statusMachine, history.slice(0, 3))).toBe('lost');
    expect(replay(statusMachine, [])).toBe('potential');
    expect(replay(statusMachine, history.slice(2), { from: 'current' })).toBe('target');
  });

  it('throws invalid_history at the first invalid record, with its index in path', () => {
    try {
      replay(statusMachine, corrupt(2, { at: at(1) }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrmTaxonomyError);
      const e = error as CrmTaxonomyError;
      expect(e.code).toBe('invalid_history');
      expect(e.path).toEqual(['events', 2, 'at']);
      expect(e.details).toMatchObject({ index: 2, issue: { code: 'out_of_order' } });
      expect(message(e)).toBe(`Record 3 of the history is invalid (Record 3 at ${at(1)} is earlier than the record before it (${at(3)}))`);
    }
  });
});
