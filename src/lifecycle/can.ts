import { CrmTaxonomyError, describeValue, inputError, isRecord, optionsRecord, type MessageParams } from '../errors/index.js';
import { isBranded } from './brand.js';
import type { AnyMachine, Edge, EventOf, EventsFrom, ForbiddenEdge, GuardOf, StateOf, TargetsFrom } from './define.js';
import { resolveLifecyclePolicy, type Guard, type LifecycleFacts, type LifecyclePolicy } from './guards.js';
import { edgeOf, forbiddenMove, isState, outgoing } from './lookup.js';

/** The stable code of a refused move. */
export type RefusalCode = 'unknown_state' | 'no_such_event' | 'edge_not_allowed' | 'edge_forbidden' | 'guard_failed';

/** A move as the host asks for it: an event name, or `{ to }` the state it wants to reach. For a literal from state only the moves that leave it compile. */
export type MoveRequest<M extends AnyMachine, F extends string> = string extends F
  ? EventOf<M> | (string & {}) | { readonly to: StateOf<M> | (string & {}) }
  : F extends StateOf<M>
    ? EventsFrom<M, F> | { readonly to: TargetsFrom<M, F> }
    : never;

/** An allowed move: where it goes and by which event. */
export interface Allowed<S extends string = string, Ev extends string = string> {
  readonly ok: true;
  readonly from: S;
  readonly to: S;
  readonly event: Ev;
}

/** A refused move, as data: the rule it broke (`code`), the failing guard, and the parameters of its message (`message(refusal, locale)`). */
export interface Refusal<G extends string = string> {
  readonly ok: false;
  /** The rule the move broke. */
  readonly code: RefusalCode;
  /** The failing guard, for `guard_failed`. */
  readonly guard?: G;
  /** The machine, states and event asked for, what was allowed instead, and the guard's values. */
  readonly params: MessageParams;
}

/** The answer of `can` for machine `M`. */
export type CanResult<M extends AnyMachine = AnyMachine> = Allowed<StateOf<M>, EventOf<M>> | Refusal<GuardOf<M>>;

/** Options of `can`: the facts the guards read and the thresholds they use. */
export interface CanOptions {
  /** What the guards read (`LifecycleFacts`, plus a host's own facts). */
  readonly facts?: LifecycleFacts;
  /** Thresholds; the defaults are `DEFAULT_LIFECYCLE_POLICY`. */
  readonly policy?: Partial<LifecyclePolicy>;
}

const base = (machine: AnyMachine): { machine: string; dimension: string } => ({ machine: machine.id, dimension: machine.dimension });

/** A refusal for an unknown state. @internal */
export function unknownState(machine: AnyMachine, state: unknown, extra: MessageParams = {}): Refusal {
  return { ok: false, code: 'unknown_state', params: { ...base(machine), ...extra, received: describeValue(state), allowed: machine.states } };
}

/** A refusal for an unknown event. @internal */
export function noSuchEvent(machine: AnyMachine, event: unknown, from: string): Refusal {
  return { ok: false, code: 'no_such_event', params: { ...base(machine), from, received: describeValue(event), allowed: Object.keys(machine.events) } };
}

/** A refusal for a move with no edge. @internal */
export function notAllowed(machine: AnyMachine, from: string, request: { readonly event: string } | { readonly to: string }): Refusal {
  const allowed = [...new Set(outgoing(machine, from).map((e) => e.event))];
  return {
    ok: false,
    code: 'edge_not_allowed',
    params: { ...base(machine), from, ...request, via: 'event' in request ? 'event' : 'target', allowed },
  };
}

/** A refusal for an edge the host forbade. @internal */
export function forbidden(machine: AnyMachine, rule: ForbiddenEdge): Refusal {
  return { ok: false, code: 'edge_forbidden', params: { ...base(machine), from: rule.from, to: rule.to, event: rule.event } };
}

function checkGuards(machine: AnyMachine, edge: Edge, facts: LifecycleFacts, policy: LifecyclePolicy): Refusal | undefined {
  for (const guardId of edge.guards) {
    const guard = (machine.guards as Readonly<Record<string, Guard>>)[guardId] as Guard;
    const passed: unknown = guard.test(facts, policy);
    if (passed === true) continue;
    // A host's test that answers anything but a boolean (a Promise, 1, undefined) decides nothing.
    if (passed !== false) throw inputError('invalid_definition', ['guards', guardId, 'test'], 'boolean', passed);
    const missing = guard.missing?.(facts, policy) ?? [];
    return {
      ok: false,
      code: 'guard_failed',
      guard: guardId,
      params: {
        ...(guard.params?.(facts, policy) ?? {}),
        ...base(machine),
        from: edge.from,
        to: edge.to,
        event: edge.event,
        guard: guardId,
        detail: missing.length > 0 ? 'missing' : 'refusal',
        ...(missing.length > 0 ? { missing } : {}),
      },
    };
  }
  return undefined;
}

/**
 * Checks at a public entry that `machine` is a lifecycle machine the library built (a built-in
 * one, or one from `defineMachine` or `extendMachine`), with `unknown_machine` at path `['machine']`.
 * @internal
 */
export function checkMachine(machine: unknown): AnyMachine {
  if (!isBranded(machine)) throw new CrmTaxonomyError('unknown_machine', { received: describeValue(machine) }, { path: ['machine'] });
  return machine as AnyMachine;
}

/** The facts at a public entry: `undefined` is none, anything but an object is an `invalid_argument`. @internal */
export function checkFacts(facts: unknown, path: readonly (string | number)[]): LifecycleFacts {
  if (facts === undefined) return {};
  if (!isRecord(facts)) throw inputError('invalid_argument', path, 'object', facts);
  return facts as LifecycleFacts;
}

/** Decides a move (the inputs already checked). @internal */
export function decide(machine: AnyMachine, from: unknown, move: unknown, facts: LifecycleFacts, policy: LifecyclePolicy): Allowed | Refusal {
  const byTarget = isRecord(move);
  const target = byTarget ? (move as { to?: unknown }).to : undefined;
  if (!isState(machine, from)) return unknownState(machine, from, { field: 'from' });
  if (byTarget) {
    if (!isState(machine, target)) return unknownState(machine, target, { from, field: 'to' });
    const candidates = outgoing(machine, from).filter((e) => e.to === target);
    if (candidates.length === 0) {
      const rule = forbiddenMove(machine, from, { to: target });
      return rule === undefined ? notAllowed(machine, from, { to: target }) : forbidden(machine, rule);
    }
    let first: Refusal | undefined;
    for (const edge of candidates) {
      const refusal = checkGuards(machine, edge, facts, policy);
      if (refusal === undefined) return { ok: true, from, to: edge.to, event: edge.event };
      first ??= refusal;
    }
    return first as Refusal;
  }
  if (typeof move !== 'string') return noSuchEvent(machine, move, from);
  const edge = edgeOf(machine, from, move);
  if (edge === undefined) {
    const rule = forbiddenMove(machine, from, { event: move });
    if (rule !== undefined) return forbidden(machine, rule);
    if (!Object.hasOwn(machine.events, move)) return noSuchEvent(machine, move, from);
    return notAllowed(machine, from, { event: move });
  }
  return checkGuards(machine, edge, facts, policy) ?? { ok: true, from, to: edge.to, event: edge.event };
}

/**
 * Whether a move is valid: from a state, by an event (or `{ to }` a target state), with the facts
 * the guards read and the host's policy. Returns `{ ok: true, from, to, event }`, or a refusal as
 * data — `{ ok: false, code, guard?, params }` — that `message(refusal, locale)` renders for a
 * person. Never throws for a bad state or event: it refuses. Where the from state is a literal,
 * an event that does not leave it is a compile error.
 *
 * @throws CrmTaxonomyError `unknown_machine` when `machine` is not a lifecycle machine;
 * `invalid_argument` for facts that are not an object; `invalid_policy` for a bad threshold.
 * @example
 * ```ts
 * import { can, message, statusMachine } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 200 } }); //=> { ok: true, to: 'lost', event: 'churn' }
 * can(statusMachine, 'current', { to: 'lost' }, { facts: { reason: 'Closed its shop' } }); //=> { ok: true, event: 'mark_lost' }
 *
 * const refused = can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 40 }, policy: { churnWindowDays: 90 } });
 * refused; //=> { ok: false, code: 'guard_failed', guard: 'inactive_beyond_churn_window' }
 * message(refused, { locale: 'zh-Hans', texts: zhHans });
 * //=> '无法从现实客户变为流失客户（流失（久未购买））：最近一次购买在 40 天前，仍在 90 天的流失期限内（事实 daysSinceLastPurchase）'
 * message(can(statusMachine, 'current', 'churn'));
 * //=> 'Cannot move from Current customer to Lost customer (Churn (inactive)): the fact daysSinceLastPurchase is missing or not usable (needed to check: no purchase for longer than the churn window)'
 * ```
 */
export function can<M extends AnyMachine, const F extends string>(machine: M, from: F, move: MoveRequest<M, F>, options?: CanOptions): CanResult<M> {
  const m = checkMachine(machine);
  const o = optionsRecord(options, ['facts', 'policy']);
  return decide(m, from, move, checkFacts(o.facts, ['options', 'facts']), resolveLifecyclePolicy(o.policy, ['options', 'policy'])) as CanResult<M>;
}
