import { CrmTaxonomyError, describeValue } from '../errors.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { ValueDefinition, ValueOf } from '../taxonomy/define.js';
import type { AnyDimension } from '../taxonomy/types.js';
import {
  buildMachine,
  type AnyMachine,
  type Edge,
  type EdgeInput,
  type EventInput,
  type EventOf,
  type ForbiddenEdge,
  type GuardOf,
  type Machine,
  type MovesOf,
  type MovesOfEvents,
  type StateOf,
} from './define.js';
import type { GuardDefinition } from './guards.js';

/**
 * Events a host adds with {@link extendMachine}: new events (with a label) or more edges for an
 * existing event (the label may be left out).
 *
 * @example
 * ```ts
 * import type { ExtensionEvents } from 'crm-taxonomy';
 *
 * const events: ExtensionEvents<'lost' | 'dormant', 'has_reason'> = {
 *   go_dormant: {
 *     label: { en: 'Goes dormant', 'zh-Hans': '沉睡', 'zh-Hant': '沉睡' },
 *     edges: [{ from: ['lost'], to: 'dormant', guards: ['has_reason'], why: { en: 'Parked', 'zh-Hans': '搁置', 'zh-Hant': '擱置' }, source: [{ seed: 'added' }] }],
 *   },
 * };
 * Object.keys(events); //=> ['go_dormant']
 * ```
 */
export type ExtensionEvents<S extends string, G extends string> = {
  readonly [event: string]: Omit<EventInput<S, G>, 'label'> & { readonly label?: LocalizedText };
};

/**
 * How a host tightens or extends a machine:
 *
 * - `dimension`: the machine's dimension as the host extended it (`taxonomy.extend`): its new values become states;
 * - `states`: new states written here (added to the dimension the machine carries);
 * - `events`: new events, or more edges for existing ones;
 * - `guards`: the host's own guard definitions;
 * - `require`: more guards on existing edges (of an event, optionally from one state);
 * - `forbid`: edges to remove (of an event, optionally from one state), with the host's reason, which refusals then cite.
 *
 * @example
 * ```ts
 * import type { MachineExtension } from 'crm-taxonomy';
 *
 * const tighten: MachineExtension<'current' | 'lost', 'win_back' | 'churn', 'has_reason'> = {
 *   require: [{ event: 'churn', guards: ['has_reason'] }],
 * };
 * tighten.require?.length; //=> 1
 * ```
 */
export interface MachineExtension<
  S extends string = string,
  Ev extends string = string,
  G extends string = string,
  D extends AnyDimension = never,
  NS extends string = never,
  E extends ExtensionEvents<string, string> = ExtensionEvents<string, string>,
  NG extends string = never,
> {
  readonly dimension?: D;
  readonly states?: readonly ValueDefinition<NS>[];
  readonly events?: E;
  readonly guards?: { readonly [K in NG]: GuardDefinition };
  readonly require?: readonly { readonly event: Ev; readonly from?: S; readonly guards: readonly (G | NoInfer<NG>)[] }[];
  readonly forbid?: readonly { readonly event: Ev; readonly from?: S; readonly why: LocalizedText }[];
}

/**
 * The machine {@link extendMachine} returns: the states, moves and guards of `M` with the
 * extension's added. (Forbidden moves stay in the types and are refused at run time with
 * `edge_forbidden`.)
 *
 * @example
 * ```ts
 * import type { ExtendedMachine, statusMachine } from 'crm-taxonomy';
 *
 * type WithDormant = ExtendedMachine<typeof statusMachine, 'dormant', never, never>;
 * const state: WithDormant['states'][number] = 'dormant';
 * state; //=> 'dormant'
 * ```
 */
export type ExtendedMachine<M extends AnyMachine, NS extends string, NMv extends MovesOf<AnyMachine>, NG extends string> = Machine<
  M['id'],
  StateOf<M> | NS,
  MovesOf<M> | NMv,
  GuardOf<M> | NG,
  M['initial']
>;

function extensionError(message: string, path: readonly (string | number)[], details: Record<string, unknown> = {}): CrmTaxonomyError {
  return new CrmTaxonomyError('invalid_extension', message, { path, details });
}

/**
 * A new machine from an existing one with a host's states, events, guards, required guards and
 * forbidden edges; the original is unchanged. The types follow: new states and events compile in
 * {@link can}. Checked like {@link defineMachine} (`invalid_extension` otherwise, for instance when
 * a forbidden edge leaves a state unreachable, or a rule names no existing edge).
 *
 * @example
 * ```ts
 * import { can, extendMachine, statusMachine } from 'crm-taxonomy';
 *
 * const why = { en: 'Parked after a year lost', 'zh-Hans': '流失一年后搁置', 'zh-Hant': '流失一年後擱置' };
 * const strict = extendMachine(statusMachine, {
 *   states: [{ id: 'dormant', label: { en: 'Dormant', 'zh-Hans': '沉睡客户', 'zh-Hant': '沉睡客戶' }, description: { en: 'Lost for over a year' } }],
 *   events: {
 *     go_dormant: { label: { en: 'Goes dormant', 'zh-Hans': '转入沉睡', 'zh-Hant': '轉入沉睡' }, edges: [{ from: ['lost'], to: 'dormant', guards: ['has_reason'], why, source: [{ seed: 'added' }] }] },
 *     win_back: { edges: [{ from: ['dormant'], to: 'target', guards: ['has_reason'], why, source: [{ seed: 'added' }] }] },
 *   },
 *   require: [{ event: 'churn', guards: ['has_reason'] }],
 *   forbid: [{ event: 'repurchase', why: { en: 'A returning customer is re-qualified by sales first', 'zh-Hans': '回头客须先由销售重新确认', 'zh-Hant': '回頭客須先由銷售重新確認' } }],
 * });
 * can(strict, 'lost', 'go_dormant', { reason: 'No answer for a year' }); //=> { ok: true, to: 'dormant' }
 * can(strict, 'current', 'churn', { daysSinceLastPurchase: 400 }).code; //=> 'guard_failed:has_reason'
 * can(strict, 'lost', 'repurchase', { daysSinceLastPurchase: 3 }).code; //=> 'edge_forbidden'
 * can(statusMachine, 'lost', 'repurchase', { daysSinceLastPurchase: 3 }).ok; //=> true
 * ```
 */
export function extendMachine<
  M extends AnyMachine,
  const D extends AnyDimension = never,
  const NS extends string = never,
  const E extends ExtensionEvents<StateOf<M> | NS | ValueOf<D>, GuardOf<M> | NoInfer<NG>> = { readonly [event: string]: never },
  const NG extends string = never,
>(
  machine: M,
  extension: MachineExtension<StateOf<M> | NS | ValueOf<D>, EventOf<M>, GuardOf<M>, D, NS, E, NG>,
): ExtendedMachine<M, NS | ValueOf<D>, MovesOfEvents<E>, NG> {
  if (typeof extension !== 'object' || extension === null) throw extensionError('An extension must be an object', []);
  let dimension: AnyDimension = machine.dimension;
  if (extension.dimension !== undefined) {
    const replacement: AnyDimension = extension.dimension;
    const ids = new Set(replacement.values?.map((v) => v.id));
    const missing = machine.states.filter((s) => !ids.has(s));
    if (replacement.id !== dimension.id || missing.length > 0) {
      throw extensionError(
        `extension.dimension must be the "${dimension.id}" dimension with all its values (${missing.join(', ') || 'id differs'})`,
        ['dimension'],
      );
    }
    dimension = replacement;
  }
  if (extension.states !== undefined && extension.states.length > 0) {
    const ids = new Set(dimension.values.map((v) => v.id));
    extension.states.forEach((state, i) => {
      if (ids.has(state?.id)) throw extensionError(`State "${state.id}" already exists in ${machine.id}`, ['states', i, 'id']);
    });
    dimension = { ...dimension, values: [...dimension.values, ...extension.states] };
  }
  const guards: Record<string, GuardDefinition> = { ...(machine.guards as Readonly<Record<string, GuardDefinition>>) };
  for (const [id, guard] of Object.entries((extension.guards ?? {}) as Readonly<Record<string, GuardDefinition>>)) {
    if (Object.prototype.hasOwnProperty.call(guards, id)) throw extensionError(`Guard "${id}" already exists`, ['guards', id]);
    guards[id] = guard;
  }

  type FlatEdge = { event: string; from: string; to: string; guards: string[]; why: LocalizedText; source: EdgeInput['source'] };
  let flat: FlatEdge[] = (machine.edges as readonly Edge[]).map((e) => ({ ...e, guards: [...e.guards] }));
  const labels = new Map<string, LocalizedText>();
  for (const [event, definition] of Object.entries(machine.events as Readonly<Record<string, EventInput>>)) labels.set(event, definition.label);

  for (const [event, definition] of Object.entries((extension.events ?? {}) as ExtensionEvents<string, string>)) {
    if (definition.label !== undefined) labels.set(event, definition.label);
    if (!labels.has(event)) throw extensionError(`New event "${event}" needs a label`, ['events', event, 'label']);
    (definition.edges ?? []).forEach((edge, i) => {
      if (!Array.isArray(edge.from)) {
        throw extensionError(`Edge ${event}[${i}] needs an array of from states, received ${describeValue(edge.from)}`, ['events', event, 'edges', i, 'from']);
      }
      for (const from of edge.from) {
        flat.push({ event, from, to: edge.to, guards: [...(edge.guards ?? [])], why: edge.why, source: edge.source });
      }
    });
  }
  const matches = (rule: { event: string; from?: string | undefined }) => (e: FlatEdge) =>
    e.event === rule.event && (rule.from === undefined || e.from === rule.from);
  (extension.require ?? []).forEach((rule, i) => {
    const hit = flat.filter(matches(rule));
    if (hit.length === 0) throw extensionError(`extension.require[${i}] names no edge (${rule.event} from ${rule.from ?? 'any state'})`, ['require', i]);
    flat = flat.map((e) => (matches(rule)(e) ? { ...e, guards: [...e.guards, ...rule.guards.filter((g) => !e.guards.includes(g))] } : e));
  });
  const forbidden: ForbiddenEdge[] = [...machine.forbidden];
  (extension.forbid ?? []).forEach((rule, i) => {
    const hit = flat.filter(matches(rule));
    if (hit.length === 0) throw extensionError(`extension.forbid[${i}] names no edge (${rule.event} from ${rule.from ?? 'any state'})`, ['forbid', i]);
    for (const e of hit) forbidden.push({ event: e.event, from: e.from, to: e.to, why: rule.why, label: labels.get(e.event) as LocalizedText });
    flat = flat.filter((e) => !matches(rule)(e));
  });

  const events: Record<string, EventInput> = {};
  for (const e of flat) {
    const label = labels.get(e.event) as LocalizedText;
    const entry = (events[e.event] ??= { label, edges: [] });
    (entry.edges as EdgeInput[]).push({
      from: [e.from],
      to: e.to,
      ...(e.guards.length > 0 ? { guards: e.guards } : {}),
      why: e.why,
      source: e.source,
    });
  }
  return buildMachine(
    { id: machine.id, dimension, initial: machine.initial as string | undefined, events, guards, forbidden },
    'invalid_extension',
  ) as never;
}
