import { CrmTaxonomyError, describeValue } from '../errors.js';
import { localizeAll, type LocalizedMessage, type LocalizedText } from '../i18n/locale.js';
import { toEpochMs } from '../records/dates.js';
import type { CustomerId } from '../records/transactions.js';
import { checkMachine, forbidden, isState, noSuchEvent, notAllowed, unknownState, type Refusal } from './can.js';
import type { AnyMachine, StateOf } from './define.js';

/**
 * The stable codes of a problem in a stored history:
 *
 * - `invalid_record`: not an event record (missing or mistyped field, unparseable `at`);
 * - `wrong_machine`: the record belongs to another machine;
 * - `customer_mismatch`: the record names another customer than the history;
 * - `out_of_order`: its `at` is earlier than the previous record's;
 * - `unknown_state`, `no_such_event`, `edge_not_allowed`, `edge_forbidden`: as for {@link can};
 * - `state_mismatch`: its `from` is not the state the history had reached;
 * - `missing_reason`: the edge needs a reason (`has_reason`) and the record has neither `reason` nor `cause`.
 *
 * Guards that read other facts cannot be checked again from a stored record and are not.
 *
 * @example
 * ```ts
 * import { HISTORY_ISSUE_CODES } from 'crm-taxonomy';
 *
 * HISTORY_ISSUE_CODES.includes('out_of_order'); //=> true
 * ```
 */
export const HISTORY_ISSUE_CODES = [
  'invalid_record',
  'wrong_machine',
  'customer_mismatch',
  'out_of_order',
  'unknown_state',
  'no_such_event',
  'edge_not_allowed',
  'edge_forbidden',
  'state_mismatch',
  'missing_reason',
] as const;

/**
 * One of {@link HISTORY_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { HistoryIssueCode } from 'crm-taxonomy';
 *
 * const code: HistoryIssueCode = 'state_mismatch';
 * code; //=> 'state_mismatch'
 * ```
 */
export type HistoryIssueCode = (typeof HISTORY_ISSUE_CODES)[number];

/**
 * A problem found at one record of a history: its index, the rule, the field at fault, and a
 * message in the three built-in locales.
 *
 * @example
 * ```ts
 * import type { HistoryIssue } from 'crm-taxonomy';
 *
 * const issue: HistoryIssue = {
 *   index: 3, code: 'out_of_order', path: [3, 'at'],
 *   message: { en: 'Out of order', 'zh-Hans': '时间顺序错误', 'zh-Hant': '時間順序錯誤' },
 * };
 * issue.path; //=> [3, 'at']
 * ```
 */
export interface HistoryIssue {
  /** The record's index in the history. */
  readonly index: number;
  readonly code: HistoryIssueCode;
  /** The index and the field at fault. */
  readonly path: readonly (string | number)[];
  readonly message: LocalizedMessage;
}

/**
 * The answer of {@link validateHistory}: whether the history is valid, the state it reaches (up
 * to the first problem), and the problems found.
 *
 * @example
 * ```ts
 * import { validateHistory, statusMachine, type HistoryReport } from 'crm-taxonomy';
 *
 * const report: HistoryReport<'potential'> = validateHistory(statusMachine, []) as HistoryReport<'potential'>;
 * report; //=> { ok: true, state: 'potential', issues: [] }
 * ```
 */
export interface HistoryReport<S extends string = string> {
  readonly ok: boolean;
  /** The state after the last valid record before the first problem (the initial state for an empty history). */
  readonly state: S | undefined;
  readonly issues: readonly HistoryIssue[];
}

/**
 * Options of {@link validateHistory} and {@link replay}.
 *
 * @example
 * ```ts
 * import type { HistoryOptions } from 'crm-taxonomy';
 *
 * const options: HistoryOptions = { mode: 'all', from: 'target' };
 * options.mode; //=> 'all'
 * ```
 */
export interface HistoryOptions {
  /** `'first'` (default) stops at the first problem; `'all'` reports every bad record. */
  readonly mode?: 'first' | 'all';
  /** The state before the first record, when the log starts mid-life (default: the machine's initial state). */
  readonly from?: string;
  /** The customer the history belongs to (default: the first record's `customerId`). */
  readonly customerId?: CustomerId;
}

const MESSAGES = {
  invalid_record: {
    en: 'Record {index} is not an event record: {problem}',
    'zh-Hans': '第 {index} 条记录不是有效的事件记录：{problem}',
    'zh-Hant': '第 {index} 筆記錄不是有效的事件記錄：{problem}',
  },
  wrong_machine: {
    en: 'Record {index} belongs to the {received} lifecycle, not {machine}',
    'zh-Hans': '第 {index} 条记录属于 {received} 生命周期，而不是 {machine}',
    'zh-Hant': '第 {index} 筆記錄屬於 {received} 生命週期，而不是 {machine}',
  },
  customer_mismatch: {
    en: 'Record {index} is for customer {received}, not {expected}',
    'zh-Hans': '第 {index} 条记录属于客户 {received}，而不是 {expected}',
    'zh-Hant': '第 {index} 筆記錄屬於客戶 {received}，而不是 {expected}',
  },
  out_of_order: {
    en: 'Record {index} at {at} is earlier than the record before it ({previous})',
    'zh-Hans': '第 {index} 条记录的时间 {at} 早于上一条记录（{previous}）',
    'zh-Hant': '第 {index} 筆記錄的時間 {at} 早於上一筆記錄（{previous}）',
  },
  state_mismatch: {
    en: 'Record {index} moves from {from}, but the history had reached {state}',
    'zh-Hans': '第 {index} 条记录从 {from} 出发，但此前的状态是 {state}',
    'zh-Hant': '第 {index} 筆記錄從 {from} 出發，但此前的狀態是 {state}',
  },
  missing_reason: {
    en: 'Record {index} ({event}) needs a reason or a cause, and has none',
    'zh-Hans': '第 {index} 条记录（{event}）须有原因（reason 或 cause），但没有',
    'zh-Hant': '第 {index} 筆記錄（{event}）須有原因（reason 或 cause），但沒有',
  },
  prefix: {
    en: 'Record {index}: {message}',
    'zh-Hans': '第 {index} 条记录：{message}',
    'zh-Hant': '第 {index} 筆記錄：{message}',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

interface RecordShape {
  readonly customerId?: CustomerId;
  readonly machine: string;
  readonly from: string;
  readonly to: string;
  readonly event: string;
  readonly at: string;
  readonly reason?: string;
  readonly cause?: string;
}

function shapeProblem(record: unknown): { problem: string; field: string | undefined } | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { problem: `expected an object, received ${describeValue(record)}`, field: undefined };
  }
  const r = record as Record<string, unknown>;
  for (const field of ['machine', 'from', 'to', 'event', 'at'] as const) {
    if (typeof r[field] !== 'string') return { problem: `${field} must be a string, received ${describeValue(r[field])}`, field };
  }
  for (const field of ['reason', 'cause', 'actor'] as const) {
    if (r[field] !== undefined && typeof r[field] !== 'string') return { problem: `${field} must be a string`, field };
  }
  const id = r.customerId;
  if (id !== undefined && !(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
    return { problem: 'customerId must be a string or a finite number', field: 'customerId' };
  }
  try {
    toEpochMs(r.at as string);
  } catch {
    return { problem: `at must be an ISO 8601 timestamp, received ${describeValue(r.at)}`, field: 'at' };
  }
  return undefined;
}

function fromRefusal(index: number, field: string, refusal: Refusal): HistoryIssue {
  const message: Record<string, string> = {};
  for (const [locale, text] of Object.entries(refusal.message)) {
    message[locale] = localizeAll(MESSAGES.prefix, { index, message: text })[locale as keyof LocalizedMessage];
  }
  return { index, code: refusal.code as HistoryIssueCode, path: [index, field], message: message as unknown as LocalizedMessage };
}

/**
 * Checks a stored event log against a machine without throwing: record shapes, machine and
 * customer ids, timestamps in order (equal ones are allowed), known states and events, each
 * record leaving the state the previous one reached by an edge of the machine, and a reason
 * where the edge needs one. `mode: 'first'` (default) stops at the first problem; `'all'` goes on
 * and reports every problem, trusting the `from` of the record after a bad one (so one bad record
 * is reported once, not again at every later record). Problems in the records are reported; bad
 * arguments throw: `unknown_machine` when `machine` is not a lifecycle machine (path `['machine']`),
 * `invalid_argument` when `events` is not an array or `options` not an object, `unknown_state` for
 * an `options.from` that is not a state.
 *
 * @example
 * ```ts
 * import { transition, validateHistory, statusMachine } from 'crm-taxonomy';
 *
 * const bought = transition(statusMachine, 'potential', 'first_purchase', { at: '2024-01-10', facts: { hasPurchase: true } });
 * const lost = transition(statusMachine, 'current', 'churn', { at: '2024-09-01', facts: { daysSinceLastPurchase: 235 } });
 * validateHistory(statusMachine, [bought, lost]); //=> { ok: true, state: 'lost', issues: [] }
 *
 * const report = validateHistory(statusMachine, [lost, bought], { mode: 'all' });
 * report.issues.map((i) => [i.index, i.code]); //=> [[0, 'state_mismatch'], [1, 'out_of_order']]
 * ```
 */
export function validateHistory<M extends AnyMachine>(
  machine: M,
  events: readonly unknown[],
  options: HistoryOptions = {},
): HistoryReport<StateOf<M>> {
  checkMachine(machine);
  if (!Array.isArray(events)) {
    throw new CrmTaxonomyError('invalid_argument', `A history must be an array of event records, received ${describeValue(events)}`, {
      path: ['events'],
    });
  }
  if (typeof options !== 'object' || options === null) {
    throw new CrmTaxonomyError('invalid_argument', `options must be an object ({ mode?, from?, customerId? }), received ${describeValue(options)}`, {
      path: ['options'],
    });
  }
  const all = options.mode === 'all';
  if (options.from !== undefined && !isState(machine, options.from)) {
    throw new CrmTaxonomyError('unknown_state', `options.from ${describeValue(options.from)} is not a state of ${machine.id} (${machine.states.join(', ')})`, {
      path: ['from'],
      details: { allowed: machine.states },
    });
  }
  let state: string | undefined = options.from ?? (machine.initial as string | undefined);
  let reached: string | undefined = state;
  let customer: CustomerId | undefined = options.customerId;
  let previousAt: number | undefined;
  let previousIso: string | undefined;
  const issues: HistoryIssue[] = [];
  const report = (issue: HistoryIssue): void => {
    if (issues.length === 0) reached = state;
    issues.push(issue);
  };
  const issue = (index: number, code: HistoryIssueCode, field: string | undefined, params: Record<string, string | number>): HistoryIssue => ({
    index,
    code,
    path: field === undefined ? [index] : [index, field],
    message: localizeAll(MESSAGES[code as keyof typeof MESSAGES], { index, ...params }),
  });

  for (let index = 0; index < events.length; index++) {
    if (!all && issues.length > 0) break;
    const raw = events[index];
    const problem = shapeProblem(raw);
    if (problem !== undefined) {
      report(issue(index, 'invalid_record', problem.field, { problem: problem.problem }));
      state = undefined;
      continue;
    }
    const record = raw as RecordShape;
    const found = recordIssue(machine, record, index, state, customer, previousAt, previousIso, issue);
    if (record.customerId !== undefined) customer ??= record.customerId;
    const at = toEpochMs(record.at);
    previousAt = at;
    previousIso = record.at;
    if (found !== undefined) {
      report(found);
      state = undefined;
      continue;
    }
    state = record.to;
  }
  if (issues.length === 0) reached = state;
  return { ok: issues.length === 0, state: reached as StateOf<M> | undefined, issues };
}

function recordIssue(
  machine: AnyMachine,
  record: RecordShape,
  index: number,
  state: string | undefined,
  customer: CustomerId | undefined,
  previousAt: number | undefined,
  previousIso: string | undefined,
  issue: (index: number, code: HistoryIssueCode, field: string | undefined, params: Record<string, string | number>) => HistoryIssue,
): HistoryIssue | undefined {
  if (record.machine !== machine.id) return issue(index, 'wrong_machine', 'machine', { received: record.machine, machine: machine.id });
  if (customer !== undefined && record.customerId !== undefined && record.customerId !== customer) {
    return issue(index, 'customer_mismatch', 'customerId', { received: String(record.customerId), expected: String(customer) });
  }
  if (previousAt !== undefined && toEpochMs(record.at) < previousAt) {
    return issue(index, 'out_of_order', 'at', { at: record.at, previous: previousIso ?? '' });
  }
  if (!isState(machine, record.from)) return fromRefusal(index, 'from', unknownState(machine, record.from, { from: record.from }));
  if (!isState(machine, record.to)) return fromRefusal(index, 'to', unknownState(machine, record.to, { from: record.from, to: record.to }));
  if (state !== undefined && record.from !== state) {
    return issue(index, 'state_mismatch', 'from', { from: record.from, state });
  }
  const edge = machine.edges.find((e) => e.from === record.from && e.event === record.event);
  if (edge === undefined || edge.to !== record.to) {
    const rule = machine.forbidden.find((f) => f.from === record.from && f.event === record.event && f.to === record.to);
    if (rule !== undefined) return fromRefusal(index, 'event', forbidden(machine, rule));
    if (!Object.prototype.hasOwnProperty.call(machine.events, record.event)) {
      return fromRefusal(index, 'event', noSuchEvent(machine, record.event, record.from));
    }
    return fromRefusal(index, edge === undefined ? 'event' : 'to', notAllowed(machine, record.from, { event: record.event }));
  }
  const hasText = (value: string | undefined): boolean => value !== undefined && value.trim().length > 0;
  if (edge.guards.includes('has_reason') && !hasText(record.reason) && !hasText(record.cause)) {
    return issue(index, 'missing_reason', 'reason', { event: record.event });
  }
  return undefined;
}

/**
 * The state a customer reaches after a stored event log: the machine's initial state (or
 * `options.from`) moved by each record in turn. Throws `invalid_history` at the first invalid
 * record, with the record's index and field in `path` and the issue in `details`
 * ({@link validateHistory} reports without throwing), and for bad arguments as
 * {@link validateHistory} (`unknown_machine`, `invalid_argument`, `unknown_state`). For an empty log
 * of a machine without an initial state, returns `undefined`.
 *
 * @example
 * ```ts
 * import { replay, transition, loyaltyMachine } from 'crm-taxonomy';
 *
 * const first = transition(loyaltyMachine, 'potential', 'first_purchase', { at: '2024-01-10', facts: { hasPurchase: true } });
 * const again = transition(loyaltyMachine, 'new', 'establish', { at: '2024-08-01', facts: { purchaseCount: 5, daysSinceFirstPurchase: 204 } });
 * replay(loyaltyMachine, [first, again]); //=> 'established'
 *
 * try {
 *   replay(loyaltyMachine, [again]);
 * } catch (error) {
 *   (error as { code: string; path: unknown[] }).code; //=> 'invalid_history'
 *   (error as { code: string; path: unknown[] }).path; //=> [0, 'from']
 * }
 * ```
 */
export function replay<M extends AnyMachine>(
  machine: M,
  events: readonly unknown[],
  options: Omit<HistoryOptions, 'mode'> = {},
): M['initial'] extends string ? StateOf<M> : StateOf<M> | undefined {
  const result = validateHistory(machine, events, { ...options, mode: 'first' });
  const first = result.issues[0];
  if (first !== undefined) {
    throw new CrmTaxonomyError('invalid_history', first.message.en, {
      path: first.path,
      details: { index: first.index, code: first.code, message: first.message, state: result.state },
    });
  }
  return result.state as never;
}
