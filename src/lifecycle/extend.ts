import { inputError, isRecord, knownParts, thrower, type ErrorPath } from '../errors/index.js';
import { checkTextInput, textTable, type LocaleTables, type TextInput } from '../i18n/index.js';
import { isSnakeCase } from '../shape/formats.js';
import type { ValueDefinition } from '../taxonomy/define.js';
import type { AnyDimension } from '../taxonomy/types.js';
import { checkMachine } from './can.js';
import {
  buildMachine,
  checkEdge,
  checkGuardIds,
  dimensionOf,
  splitGuards,
  stateTexts,
  type AnyMachine,
  type EdgeInput,
  type EventInput,
  type EventOf,
  type ForbiddenEdge,
  type GuardOf,
  type Machine,
  type MachineEvent,
  type MovesOf,
  type MovesOfEvents,
  type StateOf,
} from './define.js';
import type { GuardDefinition } from './guards.js';

/** New events of an extension (or new edges of existing ones): like `EventInput`, where the label may be left out for an existing event. */
export type ExtensionEvents<S extends string, G extends string> = { readonly [event: string]: EventInput<S, G> };

/** How a host changes a machine: new states, events and guards, guards required on existing edges, and edges forbidden with the host's reason. */
export interface MachineExtension<
  S extends string = string,
  Ev extends string = string,
  G extends string = string,
  D extends AnyDimension = never,
  NS extends string = never,
  E extends ExtensionEvents<string, string> = ExtensionEvents<string, string>,
  NG extends string = never,
> {
  /** The machine's dimension as the host extended it (`taxonomy.extend`), with every old state. */
  readonly dimension?: D;
  /** New states, with their labels. */
  readonly states?: readonly ValueDefinition<NS>[];
  /** New events, or new edges of existing events. */
  readonly events?: E;
  /** The host's guards, with their texts. */
  readonly guards?: { readonly [K in NG]: GuardDefinition };
  /** Guards to add to existing edges (all edges of the event, or only those leaving `from`). */
  readonly require?: readonly { readonly event: Ev; readonly from?: S; readonly guards: readonly (G | NoInfer<NG>)[] }[];
  /** Edges to forbid, with the host's reason (refusals then say `edge_forbidden` and quote it). */
  readonly forbid?: readonly { readonly event: Ev; readonly from?: S; readonly why: TextInput }[];
}

/** The machine `extendMachine` returns: the old states and moves plus the new ones. */
export type ExtendedMachine<M extends AnyMachine, NS extends string, NMv extends MovesOf<AnyMachine>, NG extends string> = Machine<
  M['id'],
  StateOf<M> | NS,
  MovesOf<M> | NMv,
  GuardOf<M> | NG,
  M['initial']
>;

/** An edge with the first from state of the group it was defined in (its texts are keyed by it). */
type FlatEdge = { event: string; from: string; to: string; guards: string[]; source: EdgeInput['source']; group: string };

/**
 * A new machine from an existing one and a host's changes: new states (with labels), events and
 * guards; guards required on existing edges; edges forbidden with the host's reason. The result
 * is checked like `defineMachine` (`invalid_extension` otherwise); the original is unchanged.
 *
 * @example
 * ```ts
 * import { can, extendMachine, message, statusMachine } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const strict = extendMachine(statusMachine, {
 *   forbid: [{ event: 'win_back', why: { en: 'Win-backs go through the public pool', 'zh-Hans': '挽回须经公海' } }],
 *   require: [{ event: 'first_purchase', guards: ['has_reason'] }],
 * });
 * const refused = can(strict, 'lost', 'win_back', { facts: { reason: 'campaign' } });
 * refused.ok ? '' : refused.code; //=> 'edge_forbidden'
 * message(refused, { locale: 'zh-CN', texts: zhHans, machine: strict }); //=> '此处禁止从流失客户变为目标客户（挽回）：挽回须经公海'
 * ```
 */
export function extendMachine<
  M extends AnyMachine,
  const D extends AnyDimension = never,
  const NS extends string = never,
  const E extends ExtensionEvents<StateOf<M> | NS | D['values'][number]['id'], GuardOf<M> | NoInfer<NG>> = { readonly [event: string]: never },
  const NG extends string = never,
>(
  machine: M,
  extension: MachineExtension<StateOf<M> | NS | D['values'][number]['id'], EventOf<M>, GuardOf<M>, D, NS, E, NG>,
): ExtendedMachine<M, NS | D['values'][number]['id'], MovesOfEvents<E>, NG> {
  const base = checkMachine(machine);
  if (!isRecord(extension)) throw inputError('invalid_extension', [], 'object', extension);
  // A misspelt part (`edge` for `events`) would extend nothing, silently.
  knownParts(extension, ['dimension', 'states', 'events', 'guards', 'require', 'forbid'], 'invalid_extension');
  const ext = extension as unknown as MachineExtension<string, string, string, AnyDimension, string, ExtensionEvents<string, string>, string>;
  const fail = thrower('invalid_extension');
  let values: readonly ValueDefinition[] = base.states.map((id) => ({ id }));
  let dimensionTexts: LocaleTables = {};
  if (ext.dimension !== undefined) {
    const replacement = dimensionOf(ext.dimension, 'invalid_extension');
    const ids = new Set(replacement.values.map((v) => v.id));
    const missing = base.states.filter((s) => !ids.has(s));
    if (replacement.id !== base.dimension) fail(['dimension', 'id'], 'one_of', replacement.id, { allowed: [base.dimension] });
    if (missing.length > 0) fail(['dimension', 'values'], 'present', missing[0], { allowed: missing });
    values = replacement.values;
    dimensionTexts = stateTexts(replacement);
  }
  const statesIn = ext.states ?? [];
  if (!Array.isArray(statesIn)) fail(['states'], 'array', statesIn);
  // Each state copied (its fields read once), then checked: the machine holds what was checked.
  const newStates = [...statesIn].map((state: unknown, i: number): ValueDefinition => {
    if (!isRecord(state)) fail(['states', i], 'object', state);
    return { ...(state as unknown as ValueDefinition) };
  });
  const seen = new Set(values.map((v) => v.id));
  newStates.forEach((s, i) => {
    if (!isSnakeCase(s.id)) fail(['states', i, 'id'], 'snake_case', s.id);
    if (seen.has(s.id)) fail(['states', i, 'id'], 'unique', s.id);
    seen.add(s.id);
    checkTextInput(s.label, ['states', i, 'label'], 'invalid_extension');
  });
  values = [...values, ...newStates];
  const dimension: AnyDimension = { id: base.dimension, kind: 'classification', ordered: false, values };
  const own = splitGuards(ext.guards, 'invalid_extension', base.guards as Readonly<Record<string, never>>);
  const guards = { ...(base.guards as Readonly<Record<string, GuardDefinition>>), ...own.guards };

  let flat: FlatEdge[] = Object.entries(base.events as Readonly<Record<string, MachineEvent>>).flatMap(([event, { edges }]) =>
    edges.flatMap((g) => g.from.map((from) => ({ event, from, to: g.to, guards: [...g.guards], source: g.source, group: g.key }))),
  );
  const texts: (readonly [string, TextInput | undefined])[] = [];
  const stateIds = values.map((v) => v.id);
  const known = new Set(stateIds);
  const pairs = new Set(flat.map((e) => `${e.event}\u0000${e.from}`));
  // The keys of an event's edge texts (`machine.<id>.<event>.<key>.why`) already used, which a group
  // the host adds must not take: its groups' keys (a group that lost some from states keeps its
  // key); the from states of its forbidden edges (a group forbidden whole is gone, but the built-in
  // tables still hold its texts under its first from state); and every key the machine's own tables
  // have a text for (a host group of an earlier extension, forbidden since).
  const taken = new Set([...flat.map((e) => `${e.event}\u0000${e.group}`), ...base.forbidden.map((f) => `${f.event}\u0000${f.from}`)]);
  const forbiddenEvents = new Set(base.forbidden.map((f) => f.event));
  const prefix = `machine.${base.id}.`;
  for (const tables of base.texts) {
    for (const table of Object.values(tables)) {
      for (const key of Object.keys(table ?? {})) {
        const parts = key.startsWith(prefix) && key.endsWith('.why') ? key.slice(prefix.length).split('.') : [];
        if (parts.length === 3) taken.add(`${parts[0]}\u0000${parts[1]}`);
      }
    }
  }
  /** A key for the texts of a group the host adds: its first from state, or that with a suffix when the key is taken (a host's `why` never lands on another group). */
  const newKey = (event: string, first: string): string => {
    let key = first;
    for (let n = 2; taken.has(`${event}\u0000${key}`); n++) key = `${first}_${n}`;
    taken.add(`${event}\u0000${key}`);
    return key;
  };
  const events = ext.events ?? {};
  if (!isRecord(events)) fail(['events'], 'object', events);
  // Each edge is checked as written, at its place in the extension (not in the regrouped machine).
  for (const [event, definition] of Object.entries(events as Readonly<Record<string, unknown>>)) {
    if (!isSnakeCase(event)) fail(['events', event], 'snake_case', event);
    if (!isRecord(definition)) fail(['events', event], 'object', definition);
    // Each field read once (a getter cannot pass the check with one value and extend with another).
    const { label, edges: edgesIn } = definition as unknown as EventInput;
    // An event the machine has no edge of needs one; it needs a label too unless every edge of it
    // was forbidden (its label is still the machine's).
    const absent = !Object.hasOwn(base.events, event);
    if (absent && label === undefined && !forbiddenEvents.has(event)) fail(['events', event, 'label'], 'text', undefined);
    if (!Array.isArray(edgesIn) || (absent && edgesIn.length === 0)) {
      fail(['events', event, 'edges'], 'array', edgesIn, absent ? { min: 1 } : {});
    }
    texts.push([`machine.${base.id}.${event}.label`, checkTextInput(label, ['events', event, 'label'], 'invalid_extension')]);
    [...edgesIn].forEach((edge, i) => {
      const at = ['events', event, 'edges', i];
      const e = checkEdge(edge, at, stateIds, known, guards, 'invalid_extension');
      e.from.forEach((from, k) => {
        const pair = `${event}\u0000${from}`;
        if (pairs.has(pair)) fail([...at, 'from', k], 'unique', from);
        pairs.add(pair);
      });
      const why = checkTextInput(e.why, [...at, 'why'], 'invalid_extension');
      const group = newKey(event, e.from[0] as string);
      for (const from of e.from) flat.push({ event, from, to: e.to, guards: [...e.guards], source: e.source, group });
      texts.push([`machine.${base.id}.${event}.${group}.why`, why]);
    });
  }
  // The edges by event and by event and from state, so that each rule costs what it names (a
  // rule that scanned every edge made an extension with a rule per edge quadratic). A forbid rule
  // marks its edges gone; later rules no longer find them.
  const byEvent = new Map<string, FlatEdge[]>();
  const byPair = new Map<string, FlatEdge>();
  for (const e of flat) {
    const list = byEvent.get(e.event);
    if (list === undefined) byEvent.set(e.event, [e]);
    else list.push(e);
    byPair.set(`${e.event}\u0000${e.from}`, e);
  }
  const gone = new Set<FlatEdge>();
  /** The edges a rule names; `invalid_extension` at its `event`, or at its `from` for an event with no edge from there. */
  const ruleEdges = (rule: { event: unknown; from?: unknown }, at: ErrorPath): FlatEdge[] => {
    const event = typeof rule.event === 'string' ? rule.event : undefined;
    const all = event === undefined ? undefined : byEvent.get(event);
    if (all !== undefined && all.length > 0 && rule.from === undefined) {
      // The list drops its gone edges as it is read, so each edge is passed over once in all.
      const live = all.filter((e) => !gone.has(e));
      byEvent.set(event as string, live);
      if (live.length > 0) return live;
    } else if (all !== undefined && typeof rule.from === 'string') {
      const hit = byPair.get(`${event as string}\u0000${rule.from}`);
      if (hit !== undefined && !gone.has(hit)) return [hit];
    }
    // Refused: the lists of what the rule could have named (once, on the way out).
    const live = flat.filter((e) => !gone.has(e));
    const ofEvent = live.filter((e) => e.event === rule.event);
    if (ofEvent.length === 0) fail([...at, 'event'], 'one_of', rule.event, { allowed: [...new Set(live.map((e) => e.event))] });
    return fail([...at, 'from'], 'one_of', rule.from, { allowed: ofEvent.map((e) => e.from) });
  };
  const require = ext.require ?? [];
  if (!Array.isArray(require)) fail(['require'], 'array', require);
  [...require].forEach((given, i) => {
    // Each field read once; a guard the rule names twice is added once.
    const guardsIn = isRecord(given) ? given.guards : undefined;
    if (!Array.isArray(guardsIn)) fail(['require', i], 'object', given);
    knownParts(given, ['event', 'from', 'guards'], 'invalid_extension', ['require', i]);
    const rule = { event: given.event, from: given.from, guards: [...new Set(guardsIn as readonly unknown[])] };
    checkGuardIds(rule.guards, ['require', i, 'guards'], guards, 'invalid_extension');
    const added = rule.guards as string[];
    // The edges are this function's own copies: each takes the guards it lacks, in the rule's order.
    for (const e of ruleEdges(rule, ['require', i])) for (const g of added) if (!e.guards.includes(g)) e.guards.push(g);
  });
  // An edge the extension defines again is allowed again: it leaves the forbidden list.
  const forbidden: ForbiddenEdge[] = base.forbidden.filter((f) => !pairs.has(`${f.event}\u0000${f.from}`));
  const forbid = ext.forbid ?? [];
  if (!Array.isArray(forbid)) fail(['forbid'], 'array', forbid);
  /** The last forbid rule that took a move to or from each state. */
  const lastForbid = new Map<string, number>();
  [...forbid].forEach((given, i) => {
    if (!isRecord(given)) fail(['forbid', i], 'object', given);
    knownParts(given, ['event', 'from', 'why'], 'invalid_extension', ['forbid', i]);
    const rule = { event: given.event, from: given.from, why: given.why };
    const hit = ruleEdges(rule, ['forbid', i]);
    if (rule.why === undefined) fail(['forbid', i, 'why'], 'text', rule.why);
    const why = checkTextInput(rule.why, ['forbid', i, 'why'], 'invalid_extension');
    for (const e of hit) {
      lastForbid.set(e.from, i).set(e.to, i);
      forbidden.push({ event: e.event, from: e.from, to: e.to });
      texts.push([`machine.${base.id}.${e.event}.${e.from}.forbidden`, why]);
    }
    for (const e of hit) gone.add(e);
  });
  flat = flat.filter((e) => !gone.has(e));


  // Regroup as defined: edges of one group keep one entry (and the key of its texts), in order.
  type Grouped = EdgeInput & { from: string[]; key: string };
  // A Map, so an event named like a member of Object.prototype (`constructor`) is one like any other.
  const grouped = new Map<string, { edges: Grouped[] }>();
  const byGroup = new Map<string, Grouped>();
  for (const e of flat) {
    const key = `${e.event}\u0000${e.group}\u0000${e.to}\u0000${e.guards.join(',')}`;
    const existing = byGroup.get(key);
    if (existing !== undefined && existing.source === e.source) {
      existing.from.push(e.from);
      continue;
    }
    const edge: Grouped = { from: [e.from], to: e.to, ...(e.guards.length > 0 ? { guards: e.guards } : {}), source: e.source, key: e.group };
    byGroup.set(key, edge);
    let group = grouped.get(e.event);
    if (group === undefined) grouped.set(e.event, (group = { edges: [] }));
    group.edges.push(edge);
  }
  return buildMachine(
    {
      id: base.id,
      dimension,
      initial: base.initial,
      events: Object.fromEntries(grouped),
      guards,
      forbidden,
      texts: [textTable(texts), own.texts, dimensionTexts, stateTexts(dimension), ...base.texts],
      keyed: true,
      // A state left on no move is refused where that happened: at the forbid rule that took its
      // last move, or at the state the extension added without one.
      blame: (state) => {
        const rule = lastForbid.get(state);
        const added = newStates.findIndex((s) => s.id === state);
        return rule !== undefined ? ['forbid', rule] : added >= 0 ? ['states', added] : ['events'];
      },
    },
    'invalid_extension',
  ) as never;
}
