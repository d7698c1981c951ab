import { inputError, isRecord, type ErrorPath } from '../errors/index.js';
import { checkTextInput, type LocaleTables, type TextInput } from '../i18n/index.js';
import { isSnakeCase } from '../shape/formats.js';
import type { ValueDefinition } from '../taxonomy/define.js';
import type { AnyDimension } from '../taxonomy/types.js';
import { checkMachine } from './can.js';
import {
  buildMachine,
  dimensionOf,
  splitGuards,
  stateTexts,
  textTable,
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
  const ext = extension as unknown as MachineExtension<string, string, string, AnyDimension, string, ExtensionEvents<string, string>, string>;
  const fail = (path: ErrorPath, expected: Parameters<typeof inputError>[2], value: unknown, allowed?: readonly string[]): never => {
    throw inputError('invalid_extension', path, expected, value, allowed === undefined ? {} : { allowed });
  };
  let values: readonly ValueDefinition[] = base.states.map((id) => ({ id }));
  let dimensionTexts: LocaleTables = {};
  if (ext.dimension !== undefined) {
    const replacement = dimensionOf(ext.dimension, 'invalid_extension');
    const ids = new Set(replacement.values.map((v) => v.id));
    const missing = base.states.filter((s) => !ids.has(s));
    if (replacement.id !== base.dimension) fail(['dimension', 'id'], 'one_of', replacement.id, [base.dimension]);
    if (missing.length > 0) fail(['dimension', 'values'], 'present', missing[0], missing);
    values = replacement.values;
    dimensionTexts = stateTexts(replacement);
  }
  const newStates = ext.states ?? [];
  if (!Array.isArray(newStates)) fail(['states'], 'array', newStates);
  newStates.forEach((state: unknown, i: number) => {
    if (!isRecord(state)) fail(['states', i], 'object', state);
    const s = state as unknown as ValueDefinition;
    if (!isSnakeCase(s.id)) fail(['states', i, 'id'], 'snake_case', s.id);
    if (values.some((v) => v.id === s.id)) fail(['states', i, 'id'], 'unique', s.id);
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
  const events = ext.events ?? {};
  if (!isRecord(events)) fail(['events'], 'object', events);
  for (const [event, definition] of Object.entries(events as Readonly<Record<string, unknown>>)) {
    if (!isRecord(definition) || !Array.isArray(definition.edges)) fail(['events', event], 'object', definition);
    const input = definition as unknown as EventInput;
    const isNew = !Object.hasOwn(base.events, event);
    if (isNew && input.label === undefined) fail(['events', event, 'label'], 'text', undefined);
    texts.push([`machine.${base.id}.${event}.label`, checkTextInput(input.label, ['events', event, 'label'], 'invalid_extension')]);
    input.edges.forEach((edge, i) => {
      if (!isRecord(edge) || !Array.isArray(edge.from)) fail(['events', event, 'edges', i, 'from'], 'array', isRecord(edge) ? edge.from : edge);
      if (edge.guards !== undefined && !Array.isArray(edge.guards)) fail(['events', event, 'edges', i, 'guards'], 'array', edge.guards);
      for (const from of edge.from) flat.push({ event, from, to: edge.to, guards: [...(edge.guards ?? [])], source: edge.source, group: edge.from[0] as string });
      texts.push([`machine.${base.id}.${event}.${edge.from[0] as string}.why`, checkTextInput(edge.why, ['events', event, 'edges', i, 'why'], 'invalid_extension')]);
    });
  }
  const matches = (rule: { event: string; from?: string | undefined }) => (e: FlatEdge) => e.event === rule.event && (rule.from === undefined || e.from === rule.from);
  const require = ext.require ?? [];
  if (!Array.isArray(require)) fail(['require'], 'array', require);
  require.forEach((rule, i) => {
    if (!isRecord(rule) || !Array.isArray(rule.guards)) fail(['require', i], 'object', rule);
    if (!flat.some(matches(rule))) fail(['require', i, 'event'], 'one_of', rule.event, [...new Set(flat.map((e) => e.event))]);
    flat = flat.map((e) => (matches(rule)(e) ? { ...e, guards: [...e.guards, ...rule.guards.filter((g: string) => !e.guards.includes(g))] } : e));
  });
  const forbidden: ForbiddenEdge[] = [...base.forbidden];
  const forbid = ext.forbid ?? [];
  if (!Array.isArray(forbid)) fail(['forbid'], 'array', forbid);
  forbid.forEach((rule, i) => {
    if (!isRecord(rule)) fail(['forbid', i], 'object', rule);
    const hit = flat.filter(matches(rule));
    if (hit.length === 0) fail(['forbid', i, 'event'], 'one_of', rule.event, [...new Set(flat.map((e) => e.event))]);
    if (rule.why === undefined) fail(['forbid', i, 'why'], 'text', rule.why);
    checkTextInput(rule.why, ['forbid', i, 'why'], 'invalid_extension');
    for (const e of hit) {
      forbidden.push({ event: e.event, from: e.from, to: e.to });
      texts.push([`machine.${base.id}.${e.event}.${e.from}.forbidden`, rule.why]);
    }
    flat = flat.filter((e) => !matches(rule)(e));
  });

  // Regroup as defined: edges of one group keep one entry (and the key of its texts), in order.
  type Grouped = EdgeInput & { from: string[]; key: string };
  const grouped: Record<string, { edges: Grouped[] }> = {};
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
    (grouped[e.event] ??= { edges: [] }).edges.push(edge);
  }
  return buildMachine(
    {
      id: base.id,
      dimension,
      initial: base.initial,
      events: grouped,
      guards,
      forbidden,
      texts: [textTable(texts), own.texts, dimensionTexts, stateTexts(dimension), ...base.texts],
    },
    'invalid_extension',
  ) as never;
}
