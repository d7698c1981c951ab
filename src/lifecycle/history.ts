import { CrmTaxonomyError, describeValue, inputError, isRecord, optionsRecord, type ErrorPath, type Expectation, type MessageParams } from '../errors/index.js';
import { isCustomerId, toEpochMs, type CustomerId } from '../records/index.js';
import { checkMachine, forbidden, noSuchEvent, notAllowed, unknownState, type Refusal } from './can.js';
import { edgeOf, forbiddenMove, isState } from './lookup.js';
import type { AnyMachine, StateOf } from './define.js';

/** The code of a problem in a stored history: a refused move's code, or one of the history's own. */
export type HistoryIssueCode =
  | 'invalid_record'
  | 'wrong_machine'
  | 'customer_mismatch'
  | 'out_of_order'
  | 'unknown_state'
  | 'no_such_event'
  | 'edge_not_allowed'
  | 'edge_forbidden'
  | 'state_mismatch'
  | 'missing_reason';

/** A problem found at one record of a history, as data: its index, the rule, the field at fault, and the parameters of its message. */
export interface HistoryIssue {
  /** The record's index in the history. */
  readonly index: number;
  readonly code: HistoryIssueCode;
  /** The index and the field at fault. */
  readonly path: ErrorPath;
  readonly params: MessageParams;
}

/** What `validateHistory` answers: whether the history is valid, the state it reached, and its issues. */
export interface HistoryReport<S extends string = string> {
  readonly ok: boolean;
  /** The state after the last valid record before the first problem (the initial state for an empty history). */
  readonly state: S | undefined;
  readonly issues: readonly HistoryIssue[];
}

/** Options of `validateHistory` and `replay`. */
export interface HistoryOptions {
  /** `'first'` (default) stops at the first problem; `'all'` reports every bad record. */
  readonly mode?: 'first' | 'all';
  /** The state before the first record, when the log starts mid-life (default: the machine's initial state). */
  readonly from?: string;
  /** The customer the history belongs to (default: the first record's `customerId`). */
  readonly customerId?: CustomerId;
}

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

function shapeProblem(record: unknown): { field: string | undefined; expected: Expectation; received: unknown } | undefined {
  if (!isRecord(record)) return { field: undefined, expected: 'lifecycle_event', received: record };
  for (const field of ['machine', 'from', 'to', 'event', 'at'] as const) {
    if (typeof record[field] !== 'string') return { field, expected: 'string', received: record[field] };
  }
  // What `transition` writes: a reason, a cause and an actor are text that is not blank (the schemas read them so).
  for (const field of ['reason', 'cause', 'actor'] as const) {
    const value = record[field];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) return { field, expected: 'non_empty_string', received: value };
  }
  if (record.customerId !== undefined && !isCustomerId(record.customerId)) return { field: 'customerId', expected: 'customer_id', received: record.customerId };
  try {
    toEpochMs(record.at);
  } catch {
    return { field: 'at', expected: 'date', received: record.at };
  }
  return undefined;
}

function fromRefusal(index: number, field: string, refusal: Refusal): HistoryIssue {
  return { index, code: refusal.code as HistoryIssueCode, path: [index, field], params: { ...refusal.params, index } };
}

const issueAt = (index: number, code: HistoryIssueCode, field: string, params: MessageParams): HistoryIssue => ({ index, code, path: [index, field], params: { index, ...params } });

/** What is wrong with a well-formed record as a move of this history (its time aside), or undefined. */
function recordIssue(machine: AnyMachine, record: RecordShape, index: number, state: string | undefined, customer: CustomerId | undefined): HistoryIssue | undefined {
  const issue = (code: HistoryIssueCode, field: string, params: MessageParams): HistoryIssue => issueAt(index, code, field, params);
  const ids = { machine: machine.id, dimension: machine.dimension };
  if (record.machine !== machine.id) return issue('wrong_machine', 'machine', { received: describeValue(record.machine), machine: machine.id });
  if (customer !== undefined && record.customerId !== undefined && record.customerId !== customer) {
    // As values are written (`42` and `"42"` are two customers, and the text tells them apart).
    return issue('customer_mismatch', 'customerId', { received: describeValue(record.customerId), expected: describeValue(customer) });
  }
  if (!isState(machine, record.from)) return fromRefusal(index, 'from', unknownState(machine, record.from, { field: 'from' }));
  if (!isState(machine, record.to)) return fromRefusal(index, 'to', unknownState(machine, record.to, { from: record.from, field: 'to' }));
  if (state !== undefined && record.from !== state) return issue('state_mismatch', 'from', { ...ids, from: record.from, state });
  const edge = edgeOf(machine, record.from, record.event);
  if (edge === undefined || edge.to !== record.to) {
    const rule = forbiddenMove(machine, record.from, { event: record.event });
    if (rule !== undefined && rule.to === record.to) return fromRefusal(index, 'event', forbidden(machine, rule));
    if (!Object.hasOwn(machine.events, record.event)) return fromRefusal(index, 'event', noSuchEvent(machine, record.event, record.from));
    if (edge === undefined) return fromRefusal(index, 'event', notAllowed(machine, record.from, { event: record.event }));
    // The event does leave `from`, to another state: say where it leads (`via: 'leads'`), not that no move does.
    const refusal = notAllowed(machine, record.from, { to: record.to });
    return fromRefusal(index, 'to', { ...refusal, params: { ...refusal.params, event: record.event, leads: edge.to, via: 'leads' } });
  }
  const hasText = (value: string | undefined): boolean => value !== undefined && value.trim().length > 0;
  if (edge.guards.includes('has_reason') && !hasText(record.reason) && !hasText(record.cause)) return issue('missing_reason', 'reason', { ...ids, event: record.event });
  return undefined;
}

/** The options of `replay`; `validateHistory` takes `mode` too. */
const REPLAY_KEYS = ['from', 'customerId'];
const HISTORY_KEYS = ['mode', ...REPLAY_KEYS];

/**
 * Checks a stored history of event records against a machine: each record well formed, in time
 * order, for the same customer, from the state the history had reached, along an edge that
 * exists (downgrades with a reason). Returns the state reached and the issues as data
 * (`message(issue, locale)` renders one), stopping at the first unless `mode: 'all'`.
 *
 * @example
 * ```ts
 * import { message, statusMachine, validateHistory } from 'crm-taxonomy';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * const history = [
 *   { machine: 'status', from: 'potential', to: 'target', event: 'select_target', at: '2024-01-02T00:00:00.000Z' },
 *   { machine: 'status', from: 'target', to: 'lost', event: 'churn', at: '2024-02-01T00:00:00.000Z' },
 * ];
 * const report = validateHistory(statusMachine, history);
 * report.ok; //=> false
 * report.state; //=> 'target'
 * report.issues[0]; //=> { index: 1, code: 'edge_not_allowed', path: [1, 'event'] }
 * message(report.issues[0]!, { locale: 'zh-Hant', texts: zhHant });
 * //=> '「流失（久未購買）」不適用於目標客戶；目標客戶可進行的變更為：判定為非客戶、移出目標客戶、首次購買'
 * ```
 */
export function validateHistory<M extends AnyMachine>(machine: M, events: readonly unknown[], options?: HistoryOptions): HistoryReport<StateOf<M>> {
  const m = checkMachine(machine);
  if (!Array.isArray(events)) throw inputError('invalid_argument', ['events'], 'array', events);
  const o = optionsRecord(options, HISTORY_KEYS);
  if (o.mode !== undefined && o.mode !== 'first' && o.mode !== 'all') throw inputError('invalid_argument', ['options', 'mode'], 'one_of', o.mode, { allowed: ['first', 'all'] });
  if (o.from !== undefined && !isState(m, o.from)) {
    throw new CrmTaxonomyError('unknown_state', { machine: m.id, received: describeValue(o.from), allowed: m.states }, { path: ['options', 'from'] });
  }
  if (o.customerId !== undefined && !isCustomerId(o.customerId)) throw inputError('invalid_argument', ['options', 'customerId'], 'customer_id', o.customerId);
  const all = o.mode === 'all';
  let state: string | undefined = o.from ?? (m.initial as string | undefined);
  let reached: string | undefined = state;
  let customer: CustomerId | undefined = o.customerId;
  let previous: { at: number; iso: string } | undefined;
  const issues: HistoryIssue[] = [];
  for (let index = 0; index < events.length; index++) {
    if (!all && issues.length > 0) break;
    const raw: unknown = events[index];
    const problem = shapeProblem(raw);
    const move = problem === undefined ? recordIssue(m, raw as RecordShape, index, state, customer) : undefined;
    // A record of this history's machine and customer, earlier than the latest before it, is out of order first.
    const ours = problem === undefined && move?.code !== 'wrong_machine' && move?.code !== 'customer_mismatch';
    const late = ours && previous !== undefined && toEpochMs((raw as RecordShape).at) < previous.at;
    const found =
      problem !== undefined
        ? { index, code: 'invalid_record' as const, path: problem.field === undefined ? [index] : [index, problem.field], params: { index, field: problem.field ?? 'record', expected: problem.expected, received: describeValue(problem.received) } }
        : late
          ? issueAt(index, 'out_of_order', 'at', { at: (raw as RecordShape).at, previous: previous!.iso })
          : move;
    if (found !== undefined) {
      if (issues.length === 0) reached = state;
      issues.push(found);
    }
    // A record that is not one of this history (malformed, another machine's, another customer's)
    // sets no time to be in order with; what it did to the state is unknown, so the next record
    // is read from where it says it starts.
    if (!ours) {
      state = undefined;
      continue;
    }
    const record = raw as RecordShape;
    if (record.customerId !== undefined) customer ??= record.customerId;
    // The latest time so far: a record out of order does not lower it.
    if (!late) previous = { at: toEpochMs(record.at), iso: record.at };
    // A move the machine allows (a record out of order, or one without its reason, still moved the
    // history) is followed from where it leads, so a bad record after it is reported too.
    state = move === undefined || move.code === 'missing_reason' ? record.to : undefined;
  }
  if (issues.length === 0) reached = state;
  return { ok: issues.length === 0, state: reached as StateOf<M> | undefined, issues };
}

/**
 * The state a valid history ends in; throws `invalid_history` (with the first issue in
 * `details.issue`) when a record breaks the machine's rules. An empty history ends in the initial
 * state (or `options.from`).
 *
 * @example
 * ```ts
 * import { replay, statusMachine } from 'crm-taxonomy';
 *
 * replay(statusMachine, [
 *   { machine: 'status', from: 'potential', to: 'current', event: 'first_purchase', at: '2024-01-05T00:00:00.000Z' },
 * ]); //=> 'current'
 * replay(statusMachine, []); //=> 'potential'
 * ```
 */
export function replay<M extends AnyMachine>(
  machine: M,
  events: readonly unknown[],
  options?: Omit<HistoryOptions, 'mode'>,
): M['initial'] extends string ? StateOf<M> : StateOf<M> | undefined {
  // `mode` is validateHistory's alone: replay stops at the first issue.
  const o = optionsRecord(options, REPLAY_KEYS);
  const result = validateHistory(machine, events, { ...o, mode: 'first' });
  const first = result.issues[0];
  if (first !== undefined) {
    throw new CrmTaxonomyError('invalid_history', { index: first.index, issue: { code: first.code, params: first.params } }, { path: ['events', ...first.path] });
  }
  return result.state as never;
}
