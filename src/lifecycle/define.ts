import { CrmTaxonomyError, describeValue, type ErrorCode } from '../errors.js';
import { BUILTIN_LOCALES, type LocalizedText } from '../i18n/locale.js';
import type { ValueOf } from '../taxonomy/define.js';
import type { AnyDimension } from '../taxonomy/types.js';
import { LIFECYCLE_GUARDS, type BuiltinGuardId, type GuardDefinition } from './guards.js';

/**
 * Where an edge comes from: a seed document (`'000'` … `'004'`) with the seed's own term, or a
 * section of the domain spec (`'§3'`) for the rules this library adds.
 *
 * @example
 * ```ts
 * import type { EdgeSource } from 'crm-taxonomy';
 *
 * const sources: EdgeSource[] = [{ seed: '000', term: '现实客户' }, { domain: '§3' }];
 * sources.length; //=> 2
 * ```
 */
export type EdgeSource = { readonly seed: string; readonly term?: string } | { readonly domain: string };

/**
 * One edge as written in a machine definition: the states it leaves from, the state it reaches,
 * the guards that must pass, why it exists (in the three locales) and where that comes from.
 *
 * @example
 * ```ts
 * import type { EdgeInput } from 'crm-taxonomy';
 *
 * const edge: EdgeInput<'target' | 'current', 'has_purchase'> = {
 *   from: ['target'],
 *   to: 'current',
 *   guards: ['has_purchase'],
 *   why: { en: 'A purchase makes a buyer', 'zh-Hans': '购买即成为现实客户', 'zh-Hant': '購買即成為現實客戶' },
 *   source: [{ seed: '000', term: '现实客户' }],
 * };
 * edge.to; //=> 'current'
 * ```
 */
export interface EdgeInput<S extends string = string, G extends string = string> {
  /** The states the edge leaves from. */
  readonly from: readonly S[];
  /** The state it reaches. */
  readonly to: S;
  /** Guards (ids) that must all pass, in order; the first that fails names the refusal. */
  readonly guards?: readonly G[];
  /** Why the edge exists, for a person. */
  readonly why: LocalizedText;
  /** Where the reason comes from. */
  readonly source: readonly EdgeSource[];
}

/**
 * A named event of a machine: its label and its edges. At most one edge per (event, from state),
 * so an event moves a given state to one place.
 *
 * @example
 * ```ts
 * import type { EventInput } from 'crm-taxonomy';
 *
 * const lose: EventInput<'current' | 'lost', 'has_reason'> = {
 *   label: { en: 'Mark lost', 'zh-Hans': '标记流失', 'zh-Hant': '標記流失' },
 *   edges: [{ from: ['current'], to: 'lost', guards: ['has_reason'], why: { en: 'Stopped buying', 'zh-Hans': '不再购买', 'zh-Hant': '不再購買' }, source: [{ domain: '§3' }] }],
 * };
 * lose.edges.length; //=> 1
 * ```
 */
export interface EventInput<S extends string = string, G extends string = string> {
  /** The event's label, for diagrams and user interfaces. */
  readonly label: LocalizedText;
  /** Its edges. */
  readonly edges: readonly EdgeInput<S, G>[];
}

/**
 * One possible move at the type level: an event from one state to another. A machine's moves are
 * a union of these, derived from its data.
 *
 * @example
 * ```ts
 * import type { Move } from 'crm-taxonomy';
 *
 * const move: Move = { event: 'first_purchase', from: 'target', to: 'current' };
 * move.event; //=> 'first_purchase'
 * ```
 */
export interface Move {
  readonly event: string;
  readonly from: string;
  readonly to: string;
}

/**
 * One edge of a built machine, flattened: one event from one state to one state.
 *
 * @example
 * ```ts
 * import { statusMachine } from 'crm-taxonomy';
 *
 * const edge = statusMachine.edges.find((e) => e.event === 'first_purchase' && e.from === 'target');
 * edge?.to; //=> 'current'
 * edge?.guards; //=> ['has_purchase']
 * ```
 */
export type Edge<Mv extends Move = Move, G extends string = string> = Mv extends Move
  ? Mv & {
      readonly guards: readonly G[];
      readonly why: LocalizedText;
      readonly source: readonly EdgeSource[];
    }
  : never;

/**
 * An edge a host forbade with {@link extendMachine}: kept so that a refusal can name the host's
 * rule (`edge_forbidden`) instead of saying the edge does not exist.
 *
 * @example
 * ```ts
 * import type { ForbiddenEdge } from 'crm-taxonomy';
 *
 * const rule: ForbiddenEdge = {
 *   event: 'win_back', from: 'lost', to: 'target',
 *   why: { en: 'Win-backs go through the public pool', 'zh-Hans': '挽回须经公海', 'zh-Hant': '挽回須經公海' },
 * };
 * rule.from; //=> 'lost'
 * ```
 */
export interface ForbiddenEdge {
  readonly event: string;
  readonly from: string;
  readonly to: string;
  /** The host's reason. */
  readonly why: LocalizedText;
  /** The event's label, kept for refusals once every edge of the event is forbidden. */
  readonly label?: LocalizedText;
}

/**
 * A lifecycle machine: states from a taxonomy dimension, named events, their edges, the guards
 * they use, and the edges a host forbade. Plain data (the guards hold functions); build one with
 * {@link defineMachine}, change one with {@link extendMachine}.
 *
 * @typeParam Id - the machine id.
 * @typeParam S - the states (value ids of the dimension).
 * @typeParam Mv - the moves, a union of `{ event, from, to }`: what `can` accepts at compile time.
 * @typeParam G - the guard ids.
 * @typeParam I - the initial state, or `undefined`.
 * @example
 * ```ts
 * import { statusMachine } from 'crm-taxonomy';
 *
 * statusMachine.id; //=> 'status'
 * statusMachine.initial; //=> 'potential'
 * statusMachine.states; //=> ['non_customer', 'potential', 'target', 'current', 'lost']
 * ```
 */
export interface Machine<
  Id extends string = string,
  S extends string = string,
  Mv extends Move = Move,
  G extends string = string,
  I extends S | undefined = S | undefined,
> {
  /** The machine id (stored in every event record). */
  readonly id: Id;
  /** The taxonomy dimension the states come from (possibly extended by the host). */
  readonly dimension: AnyDimension;
  /** The states, in the dimension's order. */
  readonly states: readonly S[];
  /** Where a history starts when it has no earlier state, or `undefined`. */
  readonly initial: I;
  /** The events with their labels and edges, as defined. */
  readonly events: { readonly [K in Mv['event']]: EventInput<S, G> };
  /** Every edge, flattened: one per event and from state. */
  readonly edges: readonly Edge<Mv, G>[];
  /** The guards the edges use, by id. */
  readonly guards: { readonly [K in G]: GuardDefinition };
  /** Edges a host forbade, with the host's reason. */
  readonly forbidden: readonly ForbiddenEdge[];
}

/**
 * Any machine, whatever its states and events.
 *
 * @example
 * ```ts
 * import { loyaltyMachine, statusMachine, type AnyMachine } from 'crm-taxonomy';
 *
 * const machines: AnyMachine[] = [statusMachine, loyaltyMachine];
 * machines.map((m) => m.id); //=> ['status', 'loyalty']
 * ```
 */
export type AnyMachine = Machine<string, string, Move, string, string | undefined>;

/**
 * The states of a machine.
 *
 * @example
 * ```ts
 * import type { statusMachine, StateOf } from 'crm-taxonomy';
 *
 * const state: StateOf<typeof statusMachine> = 'lost';
 * state; //=> 'lost'
 * ```
 */
export type StateOf<M extends AnyMachine> = M['states'][number];

/**
 * The moves of a machine (a union of `{ event, from, to }`).
 *
 * @example
 * ```ts
 * import type { kotlerLevelMachine, MovesOf } from 'crm-taxonomy';
 *
 * const move: MovesOf<typeof kotlerLevelMachine> = { event: 'upgrade', from: 'basic', to: 'reactive' };
 * move.to; //=> 'reactive'
 * ```
 */
export type MovesOf<M extends AnyMachine> = M['edges'][number] extends infer E
  ? E extends Move
    ? { readonly event: E['event']; readonly from: E['from']; readonly to: E['to'] }
    : never
  : never;

/**
 * The event names of a machine.
 *
 * @example
 * ```ts
 * import type { loyaltyMachine, EventOf } from 'crm-taxonomy';
 *
 * const event: EventOf<typeof loyaltyMachine> = 'demote';
 * event; //=> 'demote'
 * ```
 */
export type EventOf<M extends AnyMachine> = MovesOf<M>['event'];

/**
 * The guard ids of a machine.
 *
 * @example
 * ```ts
 * import type { statusMachine, GuardOf } from 'crm-taxonomy';
 *
 * const guard: GuardOf<typeof statusMachine> = 'inactive_beyond_churn_window';
 * guard; //=> 'inactive_beyond_churn_window'
 * ```
 */
export type GuardOf<M extends AnyMachine> = M extends Machine<string, string, Move, infer G, infer _I> ? G : string;

/**
 * The events that leave state `F` in machine `M`: for a literal state, only those; for a union of
 * states, any event leaving one of them.
 *
 * @example
 * ```ts
 * import type { statusMachine, EventsFrom } from 'crm-taxonomy';
 *
 * const event: EventsFrom<typeof statusMachine, 'lost'> = 'win_back';
 * event; //=> 'win_back'
 * ```
 */
export type EventsFrom<M extends AnyMachine, F extends string> = F extends unknown
  ? Extract<MovesOf<M>, { readonly from: F }>['event']
  : never;

/**
 * The states reachable in one move from state `F` in machine `M`.
 *
 * @example
 * ```ts
 * import type { statusMachine, TargetsFrom } from 'crm-taxonomy';
 *
 * const to: TargetsFrom<typeof statusMachine, 'non_customer'> = 'potential';
 * to; //=> 'potential'
 * ```
 */
export type TargetsFrom<M extends AnyMachine, F extends string> = F extends unknown
  ? Extract<MovesOf<M>, { readonly from: F }>['to']
  : never;

/**
 * The moves of one event edge, one per from state (a helper of {@link MovesOfEvents}).
 *
 * @example
 * ```ts
 * import type { SpreadMoves } from 'crm-taxonomy';
 *
 * const move: SpreadMoves<'go', 'a' | 'b', 'c'> = { event: 'go', from: 'b', to: 'c' };
 * move.from; //=> 'b'
 * ```
 */
export type SpreadMoves<K extends string, F, T> = F extends string ? (T extends string ? { readonly event: K; readonly from: F; readonly to: T } : never) : never;

/**
 * The moves written in a definition's `events` (a union of `{ event, from, to }`).
 *
 * @example
 * ```ts
 * import type { MovesOfEvents } from 'crm-taxonomy';
 *
 * type Moves = MovesOfEvents<{ go: { edges: readonly [{ from: readonly ['a']; to: 'b' }] } }>;
 * const move: Moves = { event: 'go', from: 'a', to: 'b' };
 * move.to; //=> 'b'
 * ```
 */
export type MovesOfEvents<E> = {
  [K in keyof E & string]: E[K] extends { readonly edges: readonly (infer X)[] }
    ? X extends { readonly from: readonly (infer F)[]; readonly to: infer T }
      ? SpreadMoves<K, F, T>
      : never
    : never;
}[keyof E & string];

/**
 * A compile-time check that every state of the dimension appears on some edge: when one does
 * not, the definition needs a property `uncoveredStates` naming it, which it lacks, so the call
 * fails to compile with the state's name in the message.
 *
 * @example
 * ```ts
 * import type { CoverageCheck } from 'crm-taxonomy';
 *
 * type Covered = CoverageCheck<'a' | 'b', { go: { edges: readonly [{ from: readonly ['a']; to: 'b' }] } }>;
 * type Uncovered = CoverageCheck<'a' | 'b' | 'c', { go: { edges: readonly [{ from: readonly ['a']; to: 'b' }] } }>;
 * const covered: Covered = {}; // every state is on an edge: anything goes
 * const uncovered: Uncovered = { uncoveredStates: 'c' }; // 'c' is named in the compile error
 * uncovered.uncoveredStates; //=> 'c'
 * ```
 */
export type CoverageCheck<S extends string, E> = [Exclude<S, MovesOfEvents<E>['from'] | MovesOfEvents<E>['to']>] extends [never]
  ? unknown
  : { readonly uncoveredStates: Exclude<S, MovesOfEvents<E>['from'] | MovesOfEvents<E>['to']> };

/**
 * A machine as written: its id, the taxonomy dimension its states come from, an optional initial
 * state, the events, and the host's own guards (the built-in {@link LIFECYCLE_GUARDS} are always
 * available).
 *
 * @example
 * ```ts
 * import { status, type MachineDefinition } from 'crm-taxonomy';
 *
 * const definition: MachineDefinition<'mini', typeof status> = { id: 'mini', dimension: status, events: {} };
 * definition.dimension.id; //=> 'status'
 * ```
 */
export interface MachineDefinition<
  Id extends string = string,
  D extends AnyDimension = AnyDimension,
  E extends { readonly [event: string]: EventInput<ValueOf<D>, string> } = { readonly [event: string]: EventInput<ValueOf<D>, string> },
  HG extends string = never,
  I extends ValueOf<D> | undefined = ValueOf<D> | undefined,
> {
  /** The machine id: snake_case, stored in event records. */
  readonly id: Id;
  /** The dimension whose values are the states (a built-in one, or one a host extended). */
  readonly dimension: D;
  /** Where histories start. */
  readonly initial?: I;
  /** The events and their edges. */
  readonly events: E;
  /** The host's own guards. */
  readonly guards?: { readonly [K in HG]: GuardDefinition };
}

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

function definitionError(code: ErrorCode, message: string, path: readonly (string | number)[]): CrmTaxonomyError {
  return new CrmTaxonomyError(code, message, { path });
}

function checkLocalized(text: unknown, path: readonly (string | number)[], code: ErrorCode): void {
  for (const locale of BUILTIN_LOCALES) {
    const value = typeof text === 'object' && text !== null ? (text as Record<string, unknown>)[locale] : undefined;
    if (typeof value !== 'string' || value.length === 0) {
      throw definitionError(code, `${path.join('.')} needs a non-empty "${locale}" text`, [...path, locale]);
    }
  }
}

/** The raw parts of a machine, before checks. @internal */
export interface MachineParts {
  readonly id: string;
  readonly dimension: AnyDimension;
  readonly initial: string | undefined;
  readonly events: Readonly<Record<string, EventInput>>;
  readonly guards: Readonly<Record<string, GuardDefinition>>;
  readonly forbidden: readonly ForbiddenEdge[];
}

/**
 * Checks the parts of a machine and builds it: ids, texts, states, guards, one edge per (event,
 * from), no self-loops, every state on some edge. Throws `code` (`invalid_definition` or
 * `invalid_extension`) with a path.
 * @internal
 */
export function buildMachine(parts: MachineParts, code: ErrorCode): AnyMachine {
  const { id, dimension, initial, events, guards, forbidden } = parts;
  if (typeof id !== 'string' || !SNAKE_CASE.test(id)) {
    throw definitionError(code, `A machine id must be snake_case ASCII, received ${describeValue(id)}`, ['id']);
  }
  if (typeof dimension !== 'object' || dimension === null || !Array.isArray(dimension.values)) {
    throw definitionError(code, `Machine "${id}" needs a taxonomy dimension`, ['dimension']);
  }
  const states = dimension.values.map((v) => v.id);
  const known = new Set(states);
  if (known.size !== states.length) {
    throw definitionError(code, `Machine "${id}": the dimension "${dimension.id}" repeats a value id`, ['dimension', 'values']);
  }
  const isState = (value: unknown): value is string => typeof value === 'string' && known.has(value);
  if (initial !== undefined && !isState(initial)) {
    throw definitionError(
      code,
      `Machine "${id}": initial state ${describeValue(initial)} is not a ${dimension.id} value (${states.join(', ')})`,
      ['initial'],
    );
  }
  const guardIds = new Set(Object.keys(guards));
  for (const [guardId, guard] of Object.entries(guards)) {
    if (!SNAKE_CASE.test(guardId) || typeof guard?.test !== 'function') {
      throw definitionError(code, `Guard "${guardId}" needs a snake_case id and a test function`, ['guards', guardId]);
    }
    checkLocalized(guard.description, ['guards', guardId, 'description'], code);
    checkLocalized(guard.refusal, ['guards', guardId, 'refusal'], code);
  }
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  for (const [event, definition] of Object.entries(events)) {
    const path = ['events', event];
    if (!SNAKE_CASE.test(event)) throw definitionError(code, `Event names must be snake_case ASCII, received "${event}"`, path);
    checkLocalized(definition?.label, [...path, 'label'], code);
    if (!Array.isArray(definition.edges) || definition.edges.length === 0) {
      throw definitionError(code, `Event "${event}" of machine "${id}" needs at least one edge`, [...path, 'edges']);
    }
    definition.edges.forEach((edge, i) => {
      const at = [...path, 'edges', i];
      if (!isState(edge.to)) {
        throw definitionError(code, `Edge ${event}[${i}] goes to ${describeValue(edge.to)}, not a ${dimension.id} value (${states.join(', ')})`, [...at, 'to']);
      }
      if (!Array.isArray(edge.from) || edge.from.length === 0) {
        throw definitionError(code, `Edge ${event}[${i}] needs at least one from state`, [...at, 'from']);
      }
      for (const guard of edge.guards ?? []) {
        if (!guardIds.has(guard)) {
          throw definitionError(code, `Edge ${event}[${i}] uses an unknown guard ${describeValue(guard)}`, [...at, 'guards']);
        }
      }
      checkLocalized(edge.why, [...at, 'why'], code);
      if (!Array.isArray(edge.source) || edge.source.length === 0) {
        throw definitionError(code, `Edge ${event}[${i}] must cite a source (a seed or a DOMAIN section)`, [...at, 'source']);
      }
      for (const from of edge.from) {
        if (!isState(from)) {
          throw definitionError(code, `Edge ${event}[${i}] leaves from ${describeValue(from)}, not a ${dimension.id} value (${states.join(', ')})`, [...at, 'from']);
        }
        if (from === edge.to) throw definitionError(code, `Edge ${event}[${i}] loops on "${from}"`, [...at, 'from']);
        const key = `${event}\u0000${from}`;
        if (seen.has(key)) throw definitionError(code, `Event "${event}" has two edges from "${from}"`, [...at, 'from']);
        seen.add(key);
        covered.add(from).add(edge.to);
        edges.push({ event, from, to: edge.to, guards: [...(edge.guards ?? [])], why: edge.why, source: edge.source });
      }
    });
  }
  const uncovered = states.filter((s) => !covered.has(s));
  if (uncovered.length > 0) {
    throw definitionError(code, `Machine "${id}": no edge reaches or leaves ${uncovered.join(', ')}`, ['events']);
  }
  return { id, dimension, states, initial, events, edges, guards, forbidden } as unknown as AnyMachine;
}

/**
 * Declares a machine from data and checks it once (ids, texts, known states and guards, one edge
 * per event and from state, no self-loops, every state on some edge; `invalid_definition`
 * otherwise). The types follow the data: `can(machine, 'lost', 'first_purchase')` compiles only
 * if that event leaves `lost`. A definition that leaves a state of the dimension off every edge
 * fails to compile ({@link CoverageCheck}).
 *
 * @example
 * ```ts
 * import { can, defineMachine, effectiveness } from 'crm-taxonomy';
 *
 * const why = { en: 'Brings profit again', 'zh-Hans': '重新带来利润', 'zh-Hant': '重新帶來利潤' };
 * const machine = defineMachine({
 *   id: 'effectiveness',
 *   dimension: effectiveness,
 *   initial: 'effective',
 *   events: {
 *     lapse: { label: { en: 'Lapse', 'zh-Hans': '失效', 'zh-Hant': '失效' }, edges: [{ from: ['effective'], to: 'ineffective', guards: ['has_reason'], why, source: [{ seed: '002' }] }] },
 *     revive: { label: { en: 'Revive', 'zh-Hans': '恢复', 'zh-Hant': '恢復' }, edges: [{ from: ['ineffective'], to: 'effective', guards: ['has_purchase'], why, source: [{ seed: '002' }] }] },
 *   },
 * });
 * can(machine, 'ineffective', 'revive', { hasPurchase: true }); //=> { ok: true, to: 'effective' }
 * can(machine, 'effective', 'lapse').ok; //=> false
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMachine<
  const Id extends string,
  const D extends AnyDimension,
  const E extends { readonly [event: string]: EventInput<ValueOf<D>, BuiltinGuardId | NoInfer<HG>> },
  const HG extends string = never,
  const I extends ValueOf<D> | undefined = undefined,
>(
  definition: MachineDefinition<Id, D, E, HG, I> & CoverageCheck<ValueOf<D>, E>,
): Machine<Id, ValueOf<D>, MovesOfEvents<E>, BuiltinGuardId | HG, I> {
  const own = (definition.guards ?? {}) as Readonly<Record<string, GuardDefinition>>;
  for (const guardId of Object.keys(own)) {
    if (Object.prototype.hasOwnProperty.call(LIFECYCLE_GUARDS, guardId)) {
      throw definitionError('invalid_definition', `Guard "${guardId}" is built in; give the host's guard another id`, ['guards', guardId]);
    }
  }
  return buildMachine(
    {
      id: definition.id,
      dimension: definition.dimension,
      initial: definition.initial,
      events: definition.events as Readonly<Record<string, EventInput>>,
      guards: { ...LIFECYCLE_GUARDS, ...own },
      forbidden: [],
    },
    'invalid_definition',
  ) as never;
}
