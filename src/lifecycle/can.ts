import { CrmTaxonomyError, describeValue, type ErrorCode } from '../errors.js';
import { BUILTIN_LOCALES, localizeAll, pickText, type LocalizedMessage, type LocalizedText } from '../i18n/locale.js';
import { toEpochMs, type DateInput } from '../records/dates.js';
import type { CustomerId } from '../records/transactions.js';
import type { AnyMachine, Edge, EventOf, EventsFrom, ForbiddenEdge, GuardOf, StateOf, TargetsFrom } from './define.js';
import { resolvePolicy, type GuardDefinition, type LifecycleFacts, type LifecyclePolicy, type ResolvedLifecyclePolicy } from './guards.js';

/**
 * The stable codes of a refused move, besides `guard_failed:<guard>`:
 *
 * - `unknown_state`: the from (or target) state is not a state of the machine;
 * - `no_such_event`: the machine has no event of that name;
 * - `edge_not_allowed`: the event does not leave that state, or no single move leads to the target;
 * - `edge_forbidden`: a host forbade the edge ({@link extendMachine}), with its reason;
 * - `guard_failed:<guard>`: the edge exists, and the named guard refused it with the facts given.
 *
 * @example
 * ```ts
 * import { REFUSAL_CODES } from 'crm-taxonomy';
 *
 * REFUSAL_CODES; //=> ['unknown_state', 'no_such_event', 'edge_not_allowed', 'edge_forbidden', 'guard_failed']
 * ```
 */
export const REFUSAL_CODES = ['unknown_state', 'no_such_event', 'edge_not_allowed', 'edge_forbidden', 'guard_failed'] as const;

/**
 * The code of a refused move: one of {@link REFUSAL_CODES}, with `guard_failed` naming the guard
 * (`'guard_failed:has_purchase'`). Typed per machine: `RefusalCode<GuardOf<typeof statusMachine>>`.
 *
 * @example
 * ```ts
 * import type { RefusalCode } from 'crm-taxonomy';
 *
 * const code: RefusalCode<'has_reason'> = 'guard_failed:has_reason';
 * code; //=> 'guard_failed:has_reason'
 * ```
 */
export type RefusalCode<G extends string = string> =
  | 'unknown_state'
  | 'no_such_event'
  | 'edge_not_allowed'
  | 'edge_forbidden'
  | `guard_failed:${G}`;

/**
 * A move as the host asks for it: an event name, or `{ to }` the state it wants to reach. For a
 * literal from state, only the events and targets that leave it compile; for a state read from a
 * database (`string`), anything does, and `can` refuses at run time.
 *
 * @example
 * ```ts
 * import type { MoveRequest, statusMachine } from 'crm-taxonomy';
 *
 * const moves: MoveRequest<typeof statusMachine, 'lost'>[] = ['win_back', { to: 'current' }];
 * moves.length; //=> 2
 * ```
 */
export type MoveRequest<M extends AnyMachine, F extends string> = string extends F
  ? EventOf<M> | (string & {}) | { readonly to: StateOf<M> | (string & {}) }
  : F extends StateOf<M>
    ? EventsFrom<M, F> | { readonly to: TargetsFrom<M, F> }
    : never;

/**
 * An allowed move: where it goes, by which event, and why the edge exists.
 *
 * @example
 * ```ts
 * import { can, statusMachine, type Allowed } from 'crm-taxonomy';
 *
 * const result = can(statusMachine, 'potential', 'select_target');
 * if (result.ok) {
 *   const allowed: Allowed = result;
 *   allowed.to; //=> 'target'
 * }
 * ```
 */
export interface Allowed<S extends string = string, Ev extends string = string> {
  readonly ok: true;
  readonly from: S;
  readonly to: S;
  readonly event: Ev;
  /** Why the edge exists. */
  readonly why: LocalizedText;
  readonly code?: never;
  readonly message?: never;
  readonly guard?: never;
  readonly details?: never;
}

/**
 * A refused move: the rule it broke (`code`), a message in the three built-in locales for the
 * person who asked, and the data behind it.
 *
 * @example
 * ```ts
 * import { can, statusMachine } from 'crm-taxonomy';
 *
 * const refusal = can(statusMachine, 'target', 'first_purchase', { hasPurchase: false });
 * refusal.code; //=> 'guard_failed:has_purchase'
 * refusal.message?.en;
 * //=> 'Cannot move from Target customer to Current customer (First purchase): no purchase is recorded yet (fact hasPurchase or purchaseCount)'
 * ```
 */
export interface Refusal<G extends string = string> {
  readonly ok: false;
  /** The rule the move broke. */
  readonly code: RefusalCode<G>;
  /** What to show the user, in `en`, `zh-Hans` and `zh-Hant`. */
  readonly message: LocalizedMessage;
  /** The failing guard, for `guard_failed:*`. */
  readonly guard?: G;
  /** The from state, the event and target asked for, and what was allowed instead. */
  readonly details: {
    readonly from: unknown;
    readonly event?: unknown;
    readonly to?: unknown;
    readonly allowed?: readonly string[];
  };
  readonly to?: never;
  readonly event?: never;
}

/**
 * The answer of {@link can} for machine `M`.
 *
 * @example
 * ```ts
 * import { can, loyaltyMachine, type CanResult } from 'crm-taxonomy';
 *
 * const result: CanResult<typeof loyaltyMachine> = can(loyaltyMachine, 'potential', 'first_purchase', { purchaseCount: 1 });
 * result.ok; //=> true
 * ```
 */
export type CanResult<M extends AnyMachine> = Allowed<StateOf<M>, EventOf<M>> | Refusal<GuardOf<M>>;

const TEMPLATES = {
  unknown_state: {
    en: 'Unknown {dimension} state {state}: expected one of {allowed}',
    'zh-Hans': '未知的{dimensionLabel}状态 {state}：应为 {allowed} 之一',
    'zh-Hant': '未知的{dimensionLabel}狀態 {state}：應為 {allowed} 之一',
  },
  no_such_event: {
    en: 'The {machine} lifecycle has no event {event}: its events are {allowed}',
    'zh-Hans': '{machine} 生命周期没有事件 {event}：可用事件为 {allowed}',
    'zh-Hant': '{machine} 生命週期沒有事件 {event}：可用事件為 {allowed}',
  },
  edge_not_allowed_event: {
    en: '"{eventLabel}" does not apply to {fromLabel}; from {fromLabel} the possible moves are: {allowed}',
    'zh-Hans': '「{eventLabel}」不适用于{fromLabel}；{fromLabel}可进行的变更为：{allowed}',
    'zh-Hant': '「{eventLabel}」不適用於{fromLabel}；{fromLabel}可進行的變更為：{allowed}',
  },
  edge_not_allowed_to: {
    en: 'No single move leads from {fromLabel} to {toLabel}; from {fromLabel} the possible moves are: {allowed}',
    'zh-Hans': '无法一步从{fromLabel}变为{toLabel}；{fromLabel}可进行的变更为：{allowed}',
    'zh-Hant': '無法一步從{fromLabel}變為{toLabel}；{fromLabel}可進行的變更為：{allowed}',
  },
  edge_forbidden: {
    en: 'Moving from {fromLabel} to {toLabel} ({eventLabel}) is forbidden here: {why}',
    'zh-Hans': '此处禁止从{fromLabel}变为{toLabel}（{eventLabel}）：{why}',
    'zh-Hant': '此處禁止從{fromLabel}變為{toLabel}（{eventLabel}）：{why}',
  },
  guard_failed: {
    en: 'Cannot move from {fromLabel} to {toLabel} ({eventLabel}): {refusal}',
    'zh-Hans': '无法从{fromLabel}变为{toLabel}（{eventLabel}）：{refusal}',
    'zh-Hant': '無法從{fromLabel}變為{toLabel}（{eventLabel}）：{refusal}',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

const LIST_SEPARATOR: Readonly<Record<(typeof BUILTIN_LOCALES)[number], string>> = { en: ', ', 'zh-Hans': '、', 'zh-Hant': '、' };
const NONE: LocalizedText = { en: 'none', 'zh-Hans': '无', 'zh-Hant': '無' };

type Params = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Renders a template in each built-in locale with per-locale parameters. */
function render(template: LocalizedText, params: (locale: (typeof BUILTIN_LOCALES)[number]) => Params): LocalizedMessage {
  const out: Record<string, string> = {};
  for (const locale of BUILTIN_LOCALES) out[locale] = localizeAll(template, params(locale))[locale];
  return out as unknown as LocalizedMessage;
}

/** The label of a state in a locale, or the raw value quoted when it is not a state. @internal */
export function stateLabel(machine: AnyMachine, state: unknown, locale: string): string {
  const value = machine.dimension.values.find((v) => v.id === state);
  return value === undefined ? describeValue(state) : pickText(value.label, locale);
}

/** The label of an event in a locale. @internal */
export function eventLabel(machine: AnyMachine, event: string, locale: string): string {
  const definition = (machine.events as Readonly<Record<string, { label: LocalizedText } | undefined>>)[event];
  return definition === undefined ? event : pickText(definition.label, locale);
}

function outgoing(machine: AnyMachine, from: string): readonly Edge[] {
  return machine.edges.filter((e) => e.from === from) as readonly Edge[];
}

function allowedList(machine: AnyMachine, from: string, locale: (typeof BUILTIN_LOCALES)[number]): string {
  const edges = outgoing(machine, from);
  if (edges.length === 0) return pickText(NONE, locale);
  return edges
    .map((e) => `${eventLabel(machine, e.event, locale)} → ${stateLabel(machine, e.to, locale)}`)
    .join(LIST_SEPARATOR[locale]);
}

/** Whether the value is one of the machine's states. @internal */
export function isState(machine: AnyMachine, value: unknown): value is string {
  return typeof value === 'string' && (machine.states as readonly string[]).includes(value);
}

/** A refusal for an unknown state. @internal */
export function unknownState(machine: AnyMachine, state: unknown, details: Refusal['details']): Refusal {
  return {
    ok: false,
    code: 'unknown_state',
    message: render(TEMPLATES.unknown_state, (locale) => ({
      dimension: machine.dimension.id,
      dimensionLabel: pickText(machine.dimension.label, locale),
      state: describeValue(state),
      allowed: machine.states.join(', '),
    })),
    details: { ...details, allowed: machine.states },
  };
}

/** A refusal for an unknown event. @internal */
export function noSuchEvent(machine: AnyMachine, event: unknown, from: unknown): Refusal {
  const events = Object.keys(machine.events);
  return {
    ok: false,
    code: 'no_such_event',
    message: render(TEMPLATES.no_such_event, () => ({ machine: machine.id, event: describeValue(event), allowed: events.join(', ') })),
    details: { from, event, allowed: events },
  };
}

/** A refusal for a move with no edge. @internal */
export function notAllowed(machine: AnyMachine, from: string, request: { event?: string; to?: string }): Refusal {
  const template = request.event !== undefined ? TEMPLATES.edge_not_allowed_event : TEMPLATES.edge_not_allowed_to;
  return {
    ok: false,
    code: 'edge_not_allowed',
    message: render(template, (locale) => ({
      eventLabel: request.event === undefined ? undefined : eventLabel(machine, request.event, locale),
      fromLabel: stateLabel(machine, from, locale),
      toLabel: request.to === undefined ? undefined : stateLabel(machine, request.to, locale),
      allowed: allowedList(machine, from, locale),
    })),
    details: { from, ...request, allowed: [...new Set(outgoing(machine, from).map((e) => e.event))] },
  };
}

/** A refusal for an edge the host forbade. @internal */
export function forbidden(machine: AnyMachine, rule: ForbiddenEdge): Refusal {
  return {
    ok: false,
    code: 'edge_forbidden',
    message: render(TEMPLATES.edge_forbidden, (locale) => ({
      fromLabel: stateLabel(machine, rule.from, locale),
      toLabel: stateLabel(machine, rule.to, locale),
      eventLabel: rule.label === undefined ? eventLabel(machine, rule.event, locale) : pickText(rule.label, locale),
      why: pickText(rule.why, locale),
    })),
    details: { from: rule.from, event: rule.event, to: rule.to },
  };
}

function checkGuards(machine: AnyMachine, edge: Edge, facts: LifecycleFacts, policy: ResolvedLifecyclePolicy): Refusal | undefined {
  for (const guardId of edge.guards) {
    const guard = (machine.guards as Readonly<Record<string, GuardDefinition>>)[guardId] as GuardDefinition;
    if (guard.test(facts, policy)) continue;
    const params = guard.params?.(facts, policy) ?? {};
    return {
      ok: false,
      code: `guard_failed:${guardId}`,
      guard: guardId,
      message: render(TEMPLATES.guard_failed, (locale) => ({
        fromLabel: stateLabel(machine, edge.from, locale),
        toLabel: stateLabel(machine, edge.to, locale),
        eventLabel: eventLabel(machine, edge.event, locale),
        refusal: localizeAll(guard.refusal, params)[locale],
      })),
      details: { from: edge.from, event: edge.event, to: edge.to },
    };
  }
  return undefined;
}

/**
 * Checks at a public entry that `machine` is a lifecycle machine (a built-in one or one from
 * {@link defineMachine} / {@link extendMachine}), with `unknown_machine` at path `['machine']`.
 * @internal
 */
export function checkMachine(machine: unknown): AnyMachine {
  const m = machine as Partial<AnyMachine> | null;
  if (
    typeof m !== 'object' ||
    m === null ||
    typeof m.id !== 'string' ||
    typeof m.dimension !== 'object' ||
    m.dimension === null ||
    !Array.isArray(m.states) ||
    !Array.isArray(m.edges) ||
    !Array.isArray(m.forbidden) ||
    typeof m.events !== 'object' ||
    m.events === null ||
    typeof m.guards !== 'object' ||
    m.guards === null
  ) {
    throw new CrmTaxonomyError(
      'unknown_machine',
      `machine must be a lifecycle machine (a built-in one such as statusMachine, or one from defineMachine or extendMachine), received ${describeValue(machine)}`,
      { path: ['machine'] },
    );
  }
  return m as AnyMachine;
}

function checkFacts(facts: unknown): LifecycleFacts {
  if (facts === undefined) return {};
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    throw new CrmTaxonomyError('invalid_argument', `facts must be an object, received ${describeValue(facts)}`, { path: ['facts'] });
  }
  return facts as LifecycleFacts;
}

function decide(
  machine: AnyMachine,
  from: unknown,
  move: unknown,
  facts: LifecycleFacts,
  policy: ResolvedLifecyclePolicy,
): Allowed | Refusal {
  const target = typeof move === 'object' && move !== null ? (move as { to?: unknown }).to : undefined;
  const byTarget = typeof move === 'object' && move !== null;
  if (!isState(machine, from)) {
    return unknownState(machine, from, byTarget ? { from, to: target } : { from, event: move });
  }
  if (byTarget) {
    if (!isState(machine, target)) return unknownState(machine, target, { from, to: target });
    const candidates = outgoing(machine, from).filter((e) => e.to === target);
    if (candidates.length === 0) {
      const rule = machine.forbidden.find((f) => f.from === from && f.to === target);
      return rule === undefined ? notAllowed(machine, from, { to: target }) : forbidden(machine, rule);
    }
    let first: Refusal | undefined;
    for (const edge of candidates) {
      const refusal = checkGuards(machine, edge, facts, policy);
      if (refusal === undefined) return { ok: true, from, to: edge.to, event: edge.event, why: edge.why };
      first ??= refusal;
    }
    return first as Refusal;
  }
  if (typeof move !== 'string') return noSuchEvent(machine, move, from);
  const edge = outgoing(machine, from).find((e) => e.event === move);
  if (edge === undefined) {
    const rule = machine.forbidden.find((f) => f.from === from && f.event === move);
    if (rule !== undefined) return forbidden(machine, rule);
    if (!Object.prototype.hasOwnProperty.call(machine.events, move)) return noSuchEvent(machine, move, from);
    return notAllowed(machine, from, { event: move });
  }
  return checkGuards(machine, edge, facts, policy) ?? { ok: true, from, to: edge.to, event: edge.event, why: edge.why };
}

/**
 * Whether a move is valid: from a state, by an event (or to a target state, `{ to }`), with the
 * facts the guards read and the host's policy. Returns `{ ok: true, to, event, why }`, or
 * `{ ok: false, code, message }` naming the rule the move broke ({@link RefusalCode}) with a message in
 * the three built-in locales. Never throws for a bad state or event: it refuses. Where the from
 * state is a literal, an event that does not leave it is a compile error.
 *
 * @throws CrmTaxonomyError `unknown_machine` when `machine` is not a lifecycle machine (path
 * `['machine']`); `invalid_argument` when `facts` is not an object; `invalid_policy` for a bad policy.
 *
 * @param machine - a built-in machine or one from {@link defineMachine} / {@link extendMachine}.
 * @param from - the customer's current state, as stored.
 * @param move - an event name, or `{ to: state }`.
 * @param facts - what the guards read ({@link LifecycleFacts}).
 * @param policy - thresholds; defaults in {@link DEFAULT_LIFECYCLE_POLICY}.
 * @example
 * ```ts
 * import { can, statusMachine } from 'crm-taxonomy';
 *
 * can(statusMachine, 'current', 'churn', { daysSinceLastPurchase: 200 }); //=> { ok: true, to: 'lost', event: 'churn' }
 * can(statusMachine, 'current', { to: 'lost' }, { reason: 'Closed its shop' }); //=> { ok: true, event: 'mark_lost' }
 *
 * const refused = can(statusMachine, 'current', 'churn', { daysSinceLastPurchase: 40 }, { churnWindowDays: 90 });
 * refused.code; //=> 'guard_failed:inactive_beyond_churn_window'
 * refused.message?.['zh-Hans'];
 * //=> '无法从现实客户变为流失客户（流失（久未购买））：最近一次购买在 40 天前，仍在 90 天的流失期限内（事实 daysSinceLastPurchase）'
 * ```
 */
export function can<M extends AnyMachine, const F extends string>(
  machine: M,
  from: F,
  move: MoveRequest<M, F>,
  facts?: LifecycleFacts,
  policy?: LifecyclePolicy,
): CanResult<M> {
  return decide(checkMachine(machine), from, move, checkFacts(facts), resolvePolicy(policy)) as CanResult<M>;
}

/**
 * What a host stores for one move: plain JSON, validated on the way back by
 * `lifecycleEventSchema` from `crm-taxonomy/schema`. `at` is an ISO 8601 UTC timestamp.
 *
 * @example
 * ```ts
 * import type { LifecycleEvent } from 'crm-taxonomy';
 *
 * const stored: LifecycleEvent = {
 *   customerId: 'c-42', machine: 'status', from: 'current', to: 'lost', event: 'churn', at: '2024-06-30T00:00:00.000Z',
 * };
 * stored.to; //=> 'lost'
 * ```
 */
export interface LifecycleEvent<S extends string = string, Ev extends string = string> {
  /** The host's customer id. */
  readonly customerId?: CustomerId;
  /** The machine id. */
  readonly machine: string;
  readonly from: S;
  readonly to: S;
  readonly event: Ev;
  /** When the move happened: ISO 8601, UTC. */
  readonly at: string;
  /** The reason a person gave. */
  readonly reason?: string;
  /** A `breakdown_cause` id, for downgrades and losses. */
  readonly cause?: string;
  /** Who made the move: a user id, a job name. */
  readonly actor?: string;
}

/**
 * The event record of machine `M`.
 *
 * @example
 * ```ts
 * import type { LifecycleEventOf, loyaltyMachine } from 'crm-taxonomy';
 *
 * const event: LifecycleEventOf<typeof loyaltyMachine> = {
 *   machine: 'loyalty', from: 'potential', to: 'new', event: 'first_purchase', at: '2024-01-05T00:00:00.000Z',
 * };
 * event.event; //=> 'first_purchase'
 * ```
 */
export type LifecycleEventOf<M extends AnyMachine> = LifecycleEvent<StateOf<M>, EventOf<M>>;

/**
 * Options of {@link transition}: when the move happens (no clock is read), the facts and policy
 * the guards read, and what to store with the event.
 *
 * @example
 * ```ts
 * import type { TransitionOptions } from 'crm-taxonomy';
 *
 * const options: TransitionOptions = { at: '2024-06-30', customerId: 'c-42', actor: 'nightly-churn-job' };
 * options.actor; //=> 'nightly-churn-job'
 * ```
 */
export interface TransitionOptions {
  /** When the move happens: a Date, epoch ms or an ISO string (stored as ISO UTC). */
  readonly at: DateInput;
  /** What the guards read. `reason` and `cause` below are added to them. */
  readonly facts?: LifecycleFacts;
  /** Thresholds for the guards. */
  readonly policy?: LifecyclePolicy;
  readonly customerId?: CustomerId;
  /** The reason to store (and for the `has_reason` guard). */
  readonly reason?: string;
  /** A `breakdown_cause` id to store (and for the `has_reason` guard). */
  readonly cause?: string;
  readonly actor?: string;
}

const ERROR_FOR: Readonly<Record<string, ErrorCode>> = { unknown_state: 'unknown_state', no_such_event: 'unknown_event' };

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new CrmTaxonomyError('invalid_argument', `${name} must be a non-empty string, received ${describeValue(value)}`, { path: [name] });
  }
  return value;
}

/**
 * Makes a move and returns the event record to store, or throws a {@link CrmTaxonomyError} when
 * {@link can} refuses it: `unknown_state`, `unknown_event`, or `transition_refused` with the
 * refusal in `details` (`code`, the localized `message`); `unknown_machine` when `machine` is not a
 * lifecycle machine. Pure: `at` is an argument.
 *
 * @example
 * ```ts
 * import { transition, statusMachine, isCrmTaxonomyError } from 'crm-taxonomy';
 *
 * transition(statusMachine, 'current', 'mark_lost', { at: '2024-06-30', customerId: 'c-42', cause: 'competitor', actor: 'u-7' });
 * //=> { customerId: 'c-42', machine: 'status', from: 'current', to: 'lost', event: 'mark_lost', at: '2024-06-30T00:00:00.000Z', cause: 'competitor', actor: 'u-7' }
 *
 * try {
 *   transition(statusMachine, 'non_customer' as string, { to: 'current' }, { at: '2024-06-30' });
 * } catch (error) {
 *   isCrmTaxonomyError(error, 'transition_refused'); //=> true
 *   (error as { details: { code: string } }).details.code; //=> 'edge_not_allowed'
 * }
 * ```
 */
export function transition<M extends AnyMachine, const F extends string>(
  machine: M,
  from: F,
  move: MoveRequest<M, F>,
  options: TransitionOptions,
): LifecycleEventOf<M> {
  checkMachine(machine);
  if (typeof options !== 'object' || options === null) {
    throw new CrmTaxonomyError('invalid_argument', 'transition needs options with at least `at`', { path: ['options'] });
  }
  const at = new Date(toEpochMs(options.at, ['at'])).toISOString();
  const reason = optionalString(options.reason, 'reason');
  const cause = optionalString(options.cause, 'cause');
  const actor = optionalString(options.actor, 'actor');
  const { customerId } = options;
  if (customerId !== undefined && !(typeof customerId === 'string' ? customerId.length > 0 : Number.isFinite(customerId))) {
    throw new CrmTaxonomyError('invalid_argument', `customerId must be a non-empty string or a finite number, received ${describeValue(customerId)}`, {
      path: ['customerId'],
    });
  }
  const base = checkFacts(options.facts);
  const facts: LifecycleFacts = { ...base, ...(reason === undefined ? {} : { reason }), ...(cause === undefined ? {} : { cause }) };
  const result = decide(machine, from, move, facts, resolvePolicy(options.policy));
  if (!result.ok) {
    const code = ERROR_FOR[result.code] ?? 'transition_refused';
    const path = result.code === 'unknown_state' ? [isState(machine, from) ? 'to' : 'from'] : result.code === 'no_such_event' ? ['event'] : [];
    throw new CrmTaxonomyError(code, result.message.en, {
      path,
      details: { code: result.code, message: result.message, ...result.details },
    });
  }
  const storedReason = reason ?? (typeof facts.reason === 'string' && facts.reason.trim() !== '' ? facts.reason : undefined);
  const storedCause = cause ?? (typeof facts.cause === 'string' && facts.cause.trim() !== '' ? facts.cause : undefined);
  return {
    ...(customerId === undefined ? {} : { customerId }),
    machine: machine.id,
    from: result.from,
    to: result.to,
    event: result.event,
    at,
    ...(storedReason === undefined ? {} : { reason: storedReason }),
    ...(storedCause === undefined ? {} : { cause: storedCause }),
    ...(actor === undefined ? {} : { actor }),
  } as LifecycleEventOf<M>;
}
