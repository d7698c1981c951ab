import { inputError, isRecord, knownParts, thrower, type ErrorPath } from '../errors/index.js';
import { checkTextInput as checkText, markHostWritten, textTable, type LocaleTables, type TextInput } from '../i18n/index.js';
import { builtinIndex, keepsBuiltinValues, type DimensionId, type DimensionValue } from '../taxonomy/builtin.js';
import type { AnyDimension } from '../taxonomy/types.js';
import { deepFreeze } from '../shape/freeze.js';
import { isSnakeCase } from '../shape/formats.js';
import { brandMachine } from './brand.js';
import { LIFECYCLE_GUARDS, type BuiltinGuardId, type Guard, type GuardDefinition } from './guards.js';

/** Where an edge comes from: a seed document with the seed's own term, or a section of the domain spec for the rules this library adds. */
export type EdgeSource = { readonly seed: string; readonly term?: string } | { readonly domain: string };

/** One edge as written in a machine definition: the states it leaves from, the state it reaches, the guards that must pass, and where the rule comes from. */
export interface EdgeInput<S extends string = string, G extends string = string> {
  /** The states the edge leaves from. */
  readonly from: readonly S[];
  /** The state it reaches. */
  readonly to: S;
  /** Guards (ids) that must all pass, in order; the first that fails names the refusal. */
  readonly guards?: readonly G[];
  /** Why the edge exists, for a person (a host's machines; the built-in ones keep theirs in the message tables). */
  readonly why?: TextInput;
  /** Where the rule comes from. */
  readonly source: readonly EdgeSource[];
}

/** A named event of a machine: its edges (at most one per from state) and, for a host's events, a label. */
export interface EventInput<S extends string = string, G extends string = string> {
  /** The event's label (a host's events; the built-in ones keep theirs in the message tables). */
  readonly label?: TextInput;
  /** Its edges. */
  readonly edges: readonly EdgeInput<S, G>[];
}

/** One possible move: an event from one state to another. A machine's moves are a union of these. */
export interface Move<E extends string = string, F extends string = string, T extends string = string> {
  readonly event: E;
  readonly from: F;
  readonly to: T;
}

/** The moves of one event from several states to one state (one `Move` per from state). */
export type Moves<E extends string, F extends string, T extends string> = F extends string ? Move<E, F, T> : never;

/** One edge of a built machine, flattened: one event from one state to one state, with its guards and source. */
export type Edge<Mv extends Move = Move, G extends string = string> = Mv extends Move
  ? Mv & { readonly guards: readonly G[]; readonly source: readonly EdgeSource[] }
  : never;

/** The edges of one event as the machine holds them: grouped as defined, without texts. */
export interface MachineEvent<S extends string = string, G extends string = string> {
  readonly edges: readonly {
    readonly from: readonly S[];
    readonly to: S;
    readonly guards: readonly G[];
    readonly source: readonly EdgeSource[];
    /** The state that keys the edge's texts (`machine.<id>.<event>.<key>.why`): the first from state as defined. */
    readonly key: S;
  }[];
}

/** An edge a host forbade with `extendMachine`: kept so a refusal names the host's rule (`edge_forbidden`). */
export interface ForbiddenEdge {
  readonly event: string;
  readonly from: string;
  readonly to: string;
}

/**
 * A lifecycle machine: states from a taxonomy dimension, named events, their edges, the guards
 * they use, and the edges a host forbade. Plain data (the guards hold functions), with no texts:
 * labels and reasons are rendered on demand (`message`, `toMermaid`).
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
  /** The id of the taxonomy dimension the states come from. */
  readonly dimension: string;
  /** The states, in the dimension's order. */
  readonly states: readonly S[];
  /** Where a history starts when it has no earlier state, or `undefined`. */
  readonly initial: I;
  /** The events with their edges, as defined. */
  readonly events: { readonly [K in Mv['event']]: MachineEvent<S, G> };
  /** Every edge, flattened: one per event and from state. */
  readonly edges: readonly Edge<Mv, G>[];
  /** The guards the edges use, by id. */
  readonly guards: { readonly [K in G]: Guard };
  /** Edges a host forbade. */
  readonly forbidden: readonly ForbiddenEdge[];
  /** Texts a host wrote for its events, edges, guards and states, by locale and key. */
  readonly texts: readonly LocaleTables[];
}

/** Any machine, whatever its states and events. */
export type AnyMachine = Machine<string, string, Move, string, string | undefined>;

/** The states of a machine. */
export type StateOf<M extends AnyMachine> = M['states'][number];

/** The moves of a machine (a union of `{ event, from, to }`). */
export type MovesOf<M extends AnyMachine> = M['edges'][number] extends infer E
  ? E extends Move
    ? Move<E['event'], E['from'], E['to']>
    : never
  : never;

/** The event names of a machine. */
export type EventOf<M extends AnyMachine> = MovesOf<M>['event'];

/** The guard ids of a machine. */
export type GuardOf<M extends AnyMachine> = M extends Machine<string, string, Move, infer G, infer _I> ? G : string;

/** The events that leave state `F` in machine `M`. */
export type EventsFrom<M extends AnyMachine, F extends string> = F extends unknown ? Extract<MovesOf<M>, { readonly from: F }>['event'] : never;

/** The states reachable in one move from state `F` in machine `M`. */
export type TargetsFrom<M extends AnyMachine, F extends string> = F extends unknown ? Extract<MovesOf<M>, { readonly from: F }>['to'] : never;

/** The moves written in a definition's `events`. @internal */
export type MovesOfEvents<E> = {
  [K in keyof E & string]: E[K] extends { readonly edges: readonly (infer X)[] }
    ? X extends { readonly from: readonly (infer F extends string)[]; readonly to: infer T extends string }
      ? Moves<K, F, T>
      : never
    : never;
}[keyof E & string];

/** A compile-time check that every state appears on some edge: a definition that leaves one out needs a property naming it, which it lacks. @internal */
export type CoverageCheck<S extends string, E> = [Exclude<S, MovesOfEvents<E>['from'] | MovesOfEvents<E>['to']>] extends [never]
  ? unknown
  : { readonly uncoveredStates: Exclude<S, MovesOfEvents<E>['from'] | MovesOfEvents<E>['to']> };

/** The states of a dimension given by definition or by built-in id. */
export type StatesOfDimension<D> = D extends DimensionId ? DimensionValue<D> : D extends AnyDimension ? D['values'][number]['id'] : never;

/** A machine as written: its id, the dimension its states come from, an optional initial state, the events, and the host's own guards. */
export interface MachineDefinition<
  Id extends string = string,
  D extends AnyDimension | DimensionId = AnyDimension | DimensionId,
  E extends { readonly [event: string]: EventInput<StatesOfDimension<D>, string> } = { readonly [event: string]: EventInput<StatesOfDimension<D>, string> },
  HG extends string = never,
  I extends StatesOfDimension<D> | undefined = StatesOfDimension<D> | undefined,
> {
  /** The machine id: snake_case, stored in event records. */
  readonly id: Id;
  /** The dimension whose values are the states: a built-in dimension's id, or a definition (a host's own, or one it extended). */
  readonly dimension: D;
  /** Where histories start. */
  readonly initial?: I;
  /** The events and their edges. */
  readonly events: E;
  /** The host's own guards, with their texts. */
  readonly guards?: { readonly [K in HG]: GuardDefinition };
}


/** The raw parts of a machine, before checks. @internal */
export interface MachineParts {
  readonly id: unknown;
  readonly dimension: AnyDimension;
  readonly initial: unknown;
  readonly events: unknown;
  readonly guards: Readonly<Record<string, Guard>>;
  readonly forbidden: readonly ForbiddenEdge[];
  readonly texts: readonly LocaleTables[];
  /** Where a state left on no edge is refused (`events` when not given). */
  readonly blame?: (state: string) => ErrorPath;
  /** Whether the edges say which key their texts are under (`key`: an extension's regrouped edges; a host's edge has no such part). */
  readonly keyed?: true;
}

/** The parts of an edge a host writes (a misspelt one, `gaurds`, would drop the edge's guards silently). */
const EDGE_PARTS = ['from', 'to', 'guards', 'why', 'source'];

/** A copy of checked sources (`checkEdge`'s own): the edges and the events of a machine hold their own. */
const copySources = (sources: readonly EdgeSource[]): readonly EdgeSource[] => sources.map((s) => ({ ...s }));

/** An edge as checked: each field read once from the host's object, its lists and sources copied. @internal */
export interface CheckedEdge {
  readonly from: readonly string[];
  readonly to: string;
  readonly guards: readonly string[];
  readonly why: TextInput | undefined;
  readonly source: readonly EdgeSource[];
  readonly key: string | undefined;
}

/**
 * Checks one edge as written, at `at`: an object whose `to` is a state, whose `from` is a non-empty
 * list of states other than `to`, whose guards are known and whose `source` names at least one
 * source. Whether its (event, from) pairs are new is the caller's to check. Throws `code`. Each
 * field is read once and the edge is built from what was checked (a getter cannot pass the check
 * with one value and build the machine with another).
 * @internal
 */
export function checkEdge(
  edge: unknown,
  at: ErrorPath,
  states: readonly string[],
  known: ReadonlySet<string>,
  guards: Readonly<Record<string, unknown>>,
  code: 'invalid_definition' | 'invalid_extension',
  keyed = false,
): CheckedEdge {
  const fail = thrower(code);
  if (!isRecord(edge)) fail(at, 'object', edge);
  knownParts(edge as object, keyed ? [...EDGE_PARTS, 'key'] : EDGE_PARTS, code, at);
  const { to, from: fromIn, guards: guardsGiven, source: sourceIn, why, key } = edge as Readonly<Record<string, unknown>>;
  const guardsIn = guardsGiven ?? [];
  if (typeof to !== 'string' || !known.has(to)) fail([...at, 'to'], 'one_of', to, { allowed: states });
  if (!Array.isArray(fromIn) || fromIn.length === 0) fail([...at, 'from'], 'array', fromIn, { min: 1 });
  const from: unknown[] = [...(fromIn as unknown[])];
  if (!Array.isArray(guardsIn)) fail([...at, 'guards'], 'array', guardsIn);
  const edgeGuards: unknown[] = [...(guardsIn as unknown[])];
  checkGuardIds(edgeGuards, [...at, 'guards'], guards, code);
  if (!Array.isArray(sourceIn) || sourceIn.length === 0) fail([...at, 'source'], 'array', sourceIn, { min: 1 });
  // Each source as `MachineDocumentSchema` reads it back: `{ seed, term? }` or `{ domain }`, strings;
  // copied with only those fields (the machine is frozen, the host's objects stay as they were).
  const source = [...(sourceIn as unknown[])].map((s: unknown, k: number): EdgeSource => {
    if (!isRecord(s)) fail([...at, 'source', k], 'object', s);
    const { seed, term, domain } = s as Readonly<Record<string, unknown>>;
    if (typeof seed === 'string' && (term === undefined || typeof term === 'string')) return term === undefined ? { seed } : { seed, term };
    if (typeof domain === 'string') return { domain };
    if (seed === undefined && domain === undefined) fail([...at, 'source', k, 'seed'], 'string', seed);
    if (seed !== undefined && typeof seed !== 'string') fail([...at, 'source', k, 'seed'], 'string', seed);
    if (seed !== undefined) fail([...at, 'source', k, 'term'], 'string', term);
    return fail([...at, 'source', k, 'domain'], 'string', domain);
  });
  from.forEach((state: unknown, k: number) => {
    if (typeof state !== 'string' || !known.has(state)) fail([...at, 'from', k], 'one_of', state, { allowed: states });
    if (state === to) fail([...at, 'from', k], 'one_of', state, { allowed: states.filter((s) => s !== to) });
  });
  return { from: from as string[], to: to as string, guards: edgeGuards as string[], why: why as TextInput | undefined, source, key: keyed && typeof key === 'string' ? key : undefined };
}

/** Checks that every entry of a list of guard ids names one of `guards`: `code` at its index otherwise. @internal */
export function checkGuardIds(list: readonly unknown[], at: ErrorPath, guards: Readonly<Record<string, unknown>>, code: 'invalid_definition' | 'invalid_extension'): void {
  list.forEach((g: unknown, k: number) => {
    if (typeof g !== 'string' || !Object.hasOwn(guards, g)) thrower(code)([...at, k], 'one_of', g, { allowed: Object.keys(guards) });
  });
}

/**
 * Checks the parts of a machine and builds it: ids, states, guards, one edge per (event, from),
 * no self-loops, every state on some edge, texts (where given) with an English entry. Throws
 * `code` (`invalid_definition` or `invalid_extension`) with a path. The machine is frozen.
 * @internal
 */
export function buildMachine(parts: MachineParts, code: 'invalid_definition' | 'invalid_extension'): AnyMachine {
  const { id, dimension, initial, guards, forbidden } = parts;
  const fail = thrower(code);
  if (!isSnakeCase(id)) fail(['id'], 'snake_case', id);
  const machineId = id as string;
  const states = dimension.values.map((v) => v.id);
  const known = new Set(states);
  const isState = (value: unknown): value is string => typeof value === 'string' && known.has(value);
  if (initial !== undefined && !isState(initial)) fail(['initial'], 'one_of', initial, { allowed: states });
  const texts: (readonly [string, TextInput | undefined])[] = [];
  for (const [guardId, guard] of Object.entries(guards)) {
    if (!isSnakeCase(guardId)) fail(['guards', guardId], 'snake_case', guardId);
    if (!isRecord(guard) || typeof guard.test !== 'function') fail(['guards', guardId, 'test'], 'function', isRecord(guard) ? guard.test : guard);
  }
  if (!isRecord(parts.events)) fail(['events'], 'object', parts.events);
  const events: Record<string, MachineEvent> = {};
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  for (const [event, definition] of Object.entries(parts.events as Readonly<Record<string, unknown>>)) {
    const path: ErrorPath = ['events', event];
    if (!isSnakeCase(event)) fail(path, 'snake_case', event);
    if (!isRecord(definition)) fail(path, 'object', definition);
    const { label, edges: edgesIn } = definition as unknown as EventInput;
    texts.push([`machine.${machineId}.${event}.label`, checkText(label, [...path, 'label'], code)]);
    if (!Array.isArray(edgesIn) || edgesIn.length === 0) fail([...path, 'edges'], 'array', edgesIn, { min: 1 });
    const group: MachineEvent['edges'][number][] = [];
    [...edgesIn].forEach((edge: unknown, i: number) => {
      const at: ErrorPath = [...path, 'edges', i];
      const e = checkEdge(edge, at, states, known, guards, code, parts.keyed);
      const edgeGuards = e.guards;
      e.from.forEach((from, k) => {
        const key = `${event}\u0000${from}`;
        if (seen.has(key)) fail([...at, 'from', k], 'unique', from);
        seen.add(key);
        covered.add(from).add(e.to);
        edges.push({ event, from, to: e.to, guards: [...edgeGuards], source: copySources(e.source) } as Edge);
      });
      const key = e.key ?? (e.from[0] as string);
      texts.push([`machine.${machineId}.${event}.${key}.why`, checkText(e.why, [...at, 'why'], code)]);
      group.push({ from: [...e.from], to: e.to, guards: [...edgeGuards], source: copySources(e.source), key });
    });
    events[event] = { edges: group };
  }
  const uncovered = states.filter((s) => !covered.has(s));
  if (uncovered.length > 0) fail(parts.blame?.(uncovered[0]!) ?? ['events'], 'state_on_an_edge', uncovered[0]);
  const machine = {
    id: machineId,
    dimension: dimension.id,
    states,
    initial,
    events,
    edges,
    guards,
    forbidden,
    texts: [...parts.texts, textTable(texts)],
  };
  return deepFreeze(brandMachine(machine)) as unknown as AnyMachine;
}

/** The dimension of a definition: a built-in one by id, or the definition itself (checked). @internal */
export function dimensionOf(dimension: unknown, code: 'invalid_definition' | 'invalid_extension'): AnyDimension {
  if (typeof dimension === 'string') {
    const found = builtinIndex().byId.get(dimension);
    if (found === undefined) throw inputError(code, ['dimension'], 'one_of', dimension, { allowed: [...builtinIndex().byId.keys()] });
    return found.definition;
  }
  if (!isRecord(dimension) || !Array.isArray(dimension.values)) throw inputError(code, ['dimension'], 'object', dimension);
  if (!isSnakeCase(dimension.id)) throw inputError(code, ['dimension', 'id'], 'snake_case', dimension.id);
  // State ids are the taxonomy's (snake_case: safe in every diagram and document); labels are texts.
  dimension.values.forEach((v: unknown, i: number) => {
    if (!isRecord(v)) throw inputError(code, ['dimension', 'values', i], 'object', v);
    if (!isSnakeCase(v.id)) throw inputError(code, ['dimension', 'values', i, 'id'], 'snake_case', v.id);
    checkText(v.label, ['dimension', 'values', i, 'label'], code);
  });
  const ids = dimension.values.map((v: { id: string }) => v.id);
  if (new Set(ids).size !== ids.length) throw inputError(code, ['dimension', 'values'], 'unique', ids.find((v: string, i: number) => ids.indexOf(v) !== i));
  // A built-in dimension's id: its values must be there (its states' texts are the built-in ones).
  if (!keepsBuiltinValues(dimension.id, ids)) throw inputError(code, ['dimension', 'id'], 'builtin_dimension', dimension.id);
  return dimension as unknown as AnyDimension;
}

/** The state labels a host's dimension carries inline, as a table. @internal */
export function stateTexts(dimension: AnyDimension): LocaleTables {
  // A host's labels of its states (its dimension's) win over a call's `texts`, as its taxonomy's
  // do; a machine's other texts (events, reasons: a copy rebuilt from a document carries the
  // library's own) yield to them, so a call can reword them.
  return markHostWritten(textTable(dimension.values.map((v) => [`taxonomy.${dimension.id}.${v.id}.label`, v.label] as const)));
}

/** A host's guards: their test functions for the machine, their texts for the tables. @internal */
export function splitGuards(own: unknown, code: 'invalid_definition' | 'invalid_extension', builtins: Readonly<Record<string, Guard>>): { guards: Record<string, Guard>; texts: LocaleTables } {
  if (own !== undefined && !isRecord(own)) throw inputError(code, ['guards'], 'object', own);
  const guards: Record<string, Guard> = {};
  const texts: (readonly [string, TextInput | undefined])[] = [];
  for (const [id, definition] of Object.entries((own ?? {}) as Readonly<Record<string, unknown>>)) {
    if (Object.hasOwn(builtins, id)) throw inputError(code, ['guards', id], 'unique', id);
    // A guard's id is a snake_case id, checked before it keys anything (`__proto__` would set the table's prototype).
    if (!isSnakeCase(id)) throw inputError(code, ['guards', id], 'snake_case', id);
    if (!isRecord(definition) || typeof definition.test !== 'function') throw inputError(code, ['guards', id, 'test'], 'function', isRecord(definition) ? definition.test : definition);
    // `params` and `missing` are called when the guard refuses: functions, or absent.
    for (const field of ['params', 'missing'] as const) {
      if (definition[field] !== undefined && typeof definition[field] !== 'function') throw inputError(code, ['guards', id, field], 'function', definition[field]);
    }
    const { description, refusal, test, params, missing } = definition as unknown as GuardDefinition;
    texts.push([`guard.${id}.description`, checkText(description, ['guards', id, 'description'], code)]);
    texts.push([`guard.${id}.refusal`, checkText(refusal, ['guards', id, 'refusal'], code)]);
    // Only the fields a guard has: the machine is frozen, and a host's other fields (its own objects) are not the machine's.
    guards[id] = { test, ...(params === undefined ? {} : { params }), ...(missing === undefined ? {} : { missing }) };
  }
  return { guards, texts: textTable(texts) };
}

/**
 * Declares a machine from data and checks it once (ids, known states and guards, one edge per
 * event and from state, no self-loops, every state on some edge; `invalid_definition`
 * otherwise). The types follow the data: `can(machine, 'lost', 'first_purchase')` compiles only
 * if that event leaves `lost`, and a definition that leaves a state off every edge fails to
 * compile. The built-in guards are always available; a host's own come with their texts.
 *
 * @example
 * ```ts
 * import { can, defineMachine, message } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const machine = defineMachine({
 *   id: 'effectiveness',
 *   dimension: 'effectiveness',
 *   initial: 'effective',
 *   events: {
 *     lapse: { label: { en: 'Lapse', 'zh-Hans': '失效' }, edges: [{ from: ['effective'], to: 'ineffective', guards: ['has_reason'], source: [{ seed: '002' }] }] },
 *     revive: { label: { en: 'Revive', 'zh-Hans': '恢复' }, edges: [{ from: ['ineffective'], to: 'effective', guards: ['has_purchase'], source: [{ seed: '002' }] }] },
 *   },
 * });
 * can(machine, 'ineffective', 'revive', { facts: { hasPurchase: true } }); //=> { ok: true, to: 'effective' }
 * const refused = can(machine, 'effective', 'lapse');
 * refused.ok; //=> false
 * message(refused, { locale: 'zh-Hans', texts: zhHans, machine }); //=> '无法从有效客户变为无效客户（失效）：此变更需要说明原因：文字（事实 reason）或破裂原因（事实 cause）'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMachine<
  const Id extends string,
  const D extends AnyDimension | DimensionId,
  const E extends { readonly [event: string]: EventInput<StatesOfDimension<D>, BuiltinGuardId | NoInfer<HG>> },
  const HG extends string = never,
  const I extends StatesOfDimension<D> | undefined = undefined,
>(
  definition: MachineDefinition<Id, D, E, HG, I> & CoverageCheck<StatesOfDimension<D>, E>,
): Machine<Id, StatesOfDimension<D>, MovesOfEvents<E>, BuiltinGuardId | HG, I> {
  if (!isRecord(definition)) throw inputError('invalid_definition', [], 'object', definition);
  knownParts(definition, ['id', 'dimension', 'initial', 'events', 'guards'], 'invalid_definition');
  const dimension = dimensionOf(definition.dimension, 'invalid_definition');
  const own = splitGuards(definition.guards, 'invalid_definition', LIFECYCLE_GUARDS);
  return buildMachine(
    {
      id: definition.id,
      dimension,
      initial: definition.initial,
      events: definition.events,
      guards: { ...LIFECYCLE_GUARDS, ...own.guards },
      forbidden: [],
      texts: [own.texts, stateTexts(dimension)],
    },
    'invalid_definition',
  ) as never;
}
