import { checkTextTables, lookup, type TextOptions } from '../i18n/index.js';
import { optionsRecord } from '../errors/index.js';
import { checkMachine } from './can.js';
import { GUARD_SPECS, LIFECYCLE_GUARDS } from './guards.js';
import type { GuardRule, ParamSource } from './rules.js';
import type { AnyMachine, EdgeSource, MachineEvent } from './define.js';
import { eventLabel, machineContext, machineTables, stateLabel } from './texts.js';

/** The display options a host shares among the renderers and the charts (`{ locale, texts }`): the machine writers take both. */
const DISPLAY_KEYS = ['locale', 'texts'];

/** Texts by locale, as plain JSON. */
export type LocalizedTexts = Readonly<Record<string, string>>;

/** A machine as a plain JSON document (states, events, edges, guards and every text by locale): what other systems read. */
export interface MachineDocument {
  readonly id: string;
  /** The dimension id the states come from. */
  readonly dimension: string;
  readonly initial?: string;
  readonly states: readonly { readonly id: string; readonly label: LocalizedTexts }[];
  readonly events: readonly {
    readonly id: string;
    readonly label: LocalizedTexts;
    readonly edges: readonly {
      readonly from: readonly string[];
      readonly to: string;
      readonly guards: readonly string[];
      readonly why: LocalizedTexts;
      readonly source: readonly EdgeSource[];
    }[];
  }[];
  /** The guards the edges use; a built-in guard also gives its rule and refusal parameters as data (docs/spec.md), so another implementation can evaluate it. */
  readonly guards: readonly {
    readonly id: string;
    readonly description: LocalizedTexts;
    readonly refusal: LocalizedTexts;
    readonly rule?: GuardRule;
    readonly params?: Readonly<Record<string, ParamSource>>;
    readonly namesMissing?: false;
  }[];
  readonly forbidden: readonly { readonly event: string; readonly from: string; readonly to: string; readonly why: LocalizedTexts }[];
}

/**
 * The machine as a plain JSON document: states, events with their edge groups, guards, forbidden
 * edges, and every text in English, in the locales of the `texts` given (the locale modules) and in
 * any a host wrote. `MachineDocumentSchema` in `crm-taxonomy/schema` reads it back.
 *
 * @example
 * ```ts
 * import { machineToJSON, kotlerLevelMachine } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * const document = machineToJSON(kotlerLevelMachine, { texts: { ...zhHans, ...zhHant } });
 * document.events.map((e) => e.id); //=> ['upgrade', 'downgrade']
 * document.states[4]; //=> { id: 'partnership', label: { en: 'Partnership', 'zh-Hans': '伙伴型', 'zh-Hant': '夥伴型' } }
 * machineToJSON(kotlerLevelMachine).states[4]; //=> { id: 'partnership', label: { en: 'Partnership' } }
 * ```
 */
export function machineToJSON(machine: AnyMachine, options?: TextOptions): MachineDocument {
  const m = checkMachine(machine);
  // A display object shared with the renderers (`{ locale, texts }`) is taken: the document holds every locale, so `locale` is not read.
  const o = optionsRecord(options, DISPLAY_KEYS);
  const extra = checkTextTables(o.texts, ['options', 'texts']);
  const tables = machineTables(m, extra);
  // English (built in), then the locales of the tables given and of the machine's own texts.
  const locales = [...new Set(['en', ...[...extra, ...m.texts].flatMap((t) => Object.keys(t))])];
  const texts = (key: string): LocalizedTexts => {
    const out: Record<string, string> = {};
    for (const locale of locales) {
      const t = lookup({ chain: [locale], tables }, key);
      if (t !== undefined) out[locale] = t;
    }
    return out;
  };
  const used = [...new Set(m.edges.flatMap((e) => e.guards))].sort();
  return {
    id: m.id,
    dimension: m.dimension,
    ...(m.initial === undefined ? {} : { initial: m.initial }),
    states: m.states.map((id) => ({ id, label: texts(`taxonomy.${m.dimension}.${id}.label`) })),
    events: Object.entries(m.events as Readonly<Record<string, MachineEvent>>).map(([id, event]) => ({
      id,
      label: texts(`machine.${m.id}.${id}.label`),
      edges: event.edges.map((e) => ({ from: [...e.from], to: e.to, guards: [...e.guards], why: texts(`machine.${m.id}.${id}.${e.key}.why`), source: e.source.map((s) => ({ ...s })) })),
    })),
    guards: used.map((id) => {
      const builtin = Object.hasOwn(LIFECYCLE_GUARDS, id) && (m.guards as Readonly<Record<string, unknown>>)[id] === (LIFECYCLE_GUARDS as Readonly<Record<string, unknown>>)[id];
      const spec = builtin ? GUARD_SPECS[id as keyof typeof GUARD_SPECS] : undefined;
      return { id, description: texts(`guard.${id}.description`), refusal: texts(`guard.${id}.refusal`), ...(spec === undefined ? {} : spec) };
    }),
    forbidden: m.forbidden.map((f) => ({ ...f, why: texts(`machine.${m.id}.${f.event}.${f.from}.forbidden`) })),
  };
}

/**
 * A label as Mermaid text: entity codes for what ends a label (`;`, `:`, a newline) or a state
 * string (`"`), and for what Mermaid's lexer reads anywhere on a line (`<<choice>>`, `[[fork]]`,
 * `direction LR`, which would turn the label into a pseudo-state or the diagram's direction). Every
 * `d` before `irection` is coded ("Redirection" too): Mermaid decodes it when it draws.
 */
const escape = (text: string): string =>
  text.replace(/[";:<>[\]\n\r]|d(?=irection)/gi, (c) => (c === '\n' || c === '\r' ? ' ' : c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`));

/**
 * A state's id in the diagram: its own, but for the words Mermaid's state diagrams read as
 * keywords at the start of a line and the names it gives the start and end circles, which take a
 * leading `_`, and for an id ending in `direction`, which takes a trailing one (at a line's end,
 * `…direction` and the next line's `lr…` or `tb…` read as a direction statement). No snake_case id
 * starts or ends with `_`, so no two states meet.
 */
const nodeId = (id: string): string =>
  /^(?:click|href|default|scale|acctitle|accdescr|classdef|class|style|state|note|statediagram|root_start|root_end)$/.test(id) ? `_${id}` : id.endsWith('direction') ? `${id}_` : id;

/**
 * The machine as a Mermaid `stateDiagram-v2`: one `state "label" as id` per state, the initial
 * state from `[*]`, one arrow per edge labelled with the event and, in brackets, its guards.
 * Paste it in a ```` ```mermaid ```` block (GitHub, GitLab and most docs sites render it). Labels
 * are in the options' locale (`en` by default; any tag negotiates) from the built-in English and
 * the `texts` given.
 *
 * @example
 * ```ts
 * import { toMermaid, kotlerLevelMachine } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const text = toMermaid(kotlerLevelMachine);
 * text.split('\n')[0]; //=> 'stateDiagram-v2'
 * text.includes('    proactive --> partnership: Upgrade [few_customers_high_margin]'); //=> true
 * toMermaid(kotlerLevelMachine, { locale: 'zh-Hans', texts: zhHans }).includes('state "伙伴型" as partnership'); //=> true
 * ```
 */
export function toMermaid(machine: AnyMachine, options?: TextOptions): string {
  const m = checkMachine(machine);
  const ctx = machineContext(m, optionsRecord(options, DISPLAY_KEYS));
  const lines = ['stateDiagram-v2'];
  for (const state of m.states) lines.push(`    state "${escape(stateLabel(ctx, m, state))}" as ${nodeId(state)}`);
  if (m.initial !== undefined) lines.push(`    [*] --> ${nodeId(m.initial)}`);
  for (const edge of m.edges) {
    const guards = edge.guards.length > 0 ? ` [${edge.guards.join(', ')}]` : '';
    lines.push(`    ${nodeId(edge.from)} --> ${nodeId(edge.to)}: ${escape(eventLabel(ctx, m, edge.event))}${guards}`);
  }
  return `${lines.join('\n')}\n`;
}
