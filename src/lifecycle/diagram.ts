import { pickText, resolveLocale, type Locale, type LocalizedText } from '../i18n/locale.js';
import type { AnyMachine, Edge, EdgeSource, EventInput, ForbiddenEdge } from './define.js';
import type { GuardDefinition } from './guards.js';

/**
 * A machine as plain JSON: states with labels, events with their edges (one per from state),
 * the guards the edges use (what each checks and its refusal template), the host's forbidden
 * edges. What a CRM in another language or a UI reads; validated by `MachineDocumentSchema` from
 * `crm-taxonomy/schema`.
 *
 * @example
 * ```ts
 * import { machineToJSON, kotlerLevelMachine, type MachineDocument } from 'crm-taxonomy';
 *
 * const document: MachineDocument = machineToJSON(kotlerLevelMachine);
 * document.guards.map((g) => g.id); //=> ['few_customers_high_margin', 'has_reason']
 * ```
 */
export interface MachineDocument {
  readonly id: string;
  /** The dimension id the states come from. */
  readonly dimension: string;
  readonly initial?: string;
  readonly states: readonly { readonly id: string; readonly label: LocalizedText }[];
  readonly events: readonly {
    readonly id: string;
    readonly label: LocalizedText;
    readonly edges: readonly {
      readonly from: string;
      readonly to: string;
      readonly guards: readonly string[];
      readonly why: LocalizedText;
      readonly source: readonly EdgeSource[];
    }[];
  }[];
  readonly guards: readonly { readonly id: string; readonly description: LocalizedText; readonly refusal: LocalizedText }[];
  readonly forbidden: readonly ForbiddenEdge[];
}

function plain(text: LocalizedText): LocalizedText {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(text)) if (v !== undefined) out[k] = v;
  return out as unknown as LocalizedText;
}

/**
 * The machine as a {@link MachineDocument}: plain JSON (no functions), stable order (states in
 * the dimension's order, events and edges as defined, guards by id).
 *
 * @example
 * ```ts
 * import { machineToJSON, statusMachine } from 'crm-taxonomy';
 *
 * const document = machineToJSON(statusMachine);
 * document.initial; //=> 'potential'
 * document.events.find((e) => e.id === 'churn')?.edges;
 * //=> [{ from: 'current', to: 'lost', guards: ['inactive_beyond_churn_window'] }]
 * JSON.parse(JSON.stringify(document)).states.length; //=> 5
 * ```
 */
export function machineToJSON(machine: AnyMachine): MachineDocument {
  const edges = machine.edges as readonly Edge[];
  const used = new Set(edges.flatMap((e) => e.guards));
  const guards = machine.guards as Readonly<Record<string, GuardDefinition>>;
  return {
    id: machine.id,
    dimension: machine.dimension.id,
    ...(machine.initial === undefined ? {} : { initial: machine.initial as string }),
    states: machine.dimension.values.map((v) => ({ id: v.id, label: plain(v.label as LocalizedText) })),
    events: Object.entries(machine.events as Readonly<Record<string, EventInput>>).map(([id, event]) => ({
      id,
      label: plain(event.label),
      edges: edges
        .filter((e) => e.event === id)
        .map((e) => ({ from: e.from, to: e.to, guards: [...e.guards], why: plain(e.why), source: e.source.map((s) => ({ ...s })) })),
    })),
    guards: [...used].sort().map((id) => ({
      id,
      description: plain((guards[id] as GuardDefinition).description),
      refusal: plain((guards[id] as GuardDefinition).refusal),
    })),
    forbidden: machine.forbidden.map((f) => ({ ...f, why: plain(f.why), ...(f.label === undefined ? {} : { label: plain(f.label) }) })),
  };
}

/**
 * Options of {@link toMermaid}.
 *
 * @example
 * ```ts
 * import type { MermaidOptions } from 'crm-taxonomy';
 *
 * const options: MermaidOptions = { locale: 'zh-Hant' };
 * options.locale; //=> 'zh-Hant'
 * ```
 */
export interface MermaidOptions {
  /** The locale of state and event labels (`en` by default; `zh-TW` falls back to `zh-Hant`). */
  readonly locale?: Locale;
}

const escape = (text: string): string => text.replace(/[";\n]/g, (c) => (c === '"' ? '#quot;' : c === ';' ? '#59;' : ' '));

/**
 * The machine as a Mermaid `stateDiagram-v2`: one `state "label" as id` per state, the initial
 * state from `[*]`, one arrow per edge labelled with the event and, in brackets, its guards.
 * Paste it in a ```` ```mermaid ```` block (GitHub, GitLab and most docs sites render it).
 *
 * @example
 * ```ts
 * import { toMermaid, kotlerLevelMachine } from 'crm-taxonomy';
 *
 * const text = toMermaid(kotlerLevelMachine);
 * text.split('\n')[0]; //=> 'stateDiagram-v2'
 * text.includes('    proactive --> partnership: Upgrade [few_customers_high_margin]'); //=> true
 * toMermaid(kotlerLevelMachine, { locale: 'zh-Hans' }).includes('state "伙伴型" as partnership'); //=> true
 * ```
 */
export function toMermaid(machine: AnyMachine, options: MermaidOptions = {}): string {
  const locale = resolveLocale(options.locale ?? 'en', ['en', 'zh-Hans', 'zh-Hant', ...localesOf(machine)]);
  const lines = ['stateDiagram-v2'];
  for (const value of machine.dimension.values) {
    lines.push(`    state "${escape(pickText(value.label, locale))}" as ${value.id}`);
  }
  if (machine.initial !== undefined) lines.push(`    [*] --> ${machine.initial as string}`);
  const events = machine.events as Readonly<Record<string, EventInput>>;
  for (const edge of machine.edges as readonly Edge[]) {
    const label = escape(pickText((events[edge.event] as EventInput).label, locale));
    const guards = edge.guards.length > 0 ? ` [${edge.guards.join(', ')}]` : '';
    lines.push(`    ${edge.from} --> ${edge.to}: ${label}${guards}`);
  }
  return `${lines.join('\n')}\n`;
}

function localesOf(machine: AnyMachine): string[] {
  const locales = new Set<string>();
  for (const value of machine.dimension.values) for (const locale of Object.keys(value.label)) locales.add(locale);
  return [...locales];
}
