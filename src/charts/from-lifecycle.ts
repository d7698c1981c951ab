import type { TextInput, TextOptions } from '../i18n/index.js';
import type { AnyMachine } from '../lifecycle/index.js';
import { machineToJSON } from '../lifecycle/index.js';
import type { StateDiagramInput } from './diagram.js';

/**
 * Turns a lifecycle machine into {@link stateDiagram} input: its states with their labels, and one
 * arrow per pair of states that an event connects (events sharing a pair are joined with " / ").
 * Edges a host forbade are left out. Labels are in English and in the locales of the `texts`
 * given (the locale modules), as `machineToJSON` writes them.
 *
 * @example
 * ```ts
 * import { statusMachine } from 'crm-taxonomy';
 * import { stateDiagram, stateDiagramFromMachine } from 'crm-taxonomy/charts';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const input = stateDiagramFromMachine(statusMachine, { texts: zhHans });
 * input.states.map((s) => s.id); //=> ['non_customer', 'potential', 'target', 'current', 'lost']
 * stateDiagram(input, { locale: 'zh-Hans' }).includes('流失客户'); //=> true
 * ```
 */
export function stateDiagramFromMachine(machine: AnyMachine, options?: Pick<TextOptions, 'texts'>): StateDiagramInput {
  const document = machineToJSON(machine, options);
  const forbidden = new Set(document.forbidden.map((f) => `${f.event}\u0000${f.from}`));
  const pairs = new Map<string, { from: string; to: string; labels: TextInput[] }>();
  for (const event of document.events) {
    for (const group of event.edges) {
      for (const from of group.from) {
        if (forbidden.has(`${event.id}\u0000${from}`)) continue;
        const key = `${from}\u0000${group.to}`;
        const pair = pairs.get(key) ?? { from, to: group.to, labels: [] };
        pair.labels.push(event.label as TextInput);
        pairs.set(key, pair);
      }
    }
  }
  const join = (labels: readonly TextInput[]): TextInput => {
    const locales = new Set(labels.flatMap((l) => Object.keys(l)));
    const out: Record<string, string> = {};
    for (const locale of locales) out[locale] = labels.map((l) => l[locale] ?? l.en ?? '').join(' / ');
    return out as unknown as TextInput;
  };
  return {
    states: document.states.map((s) => ({ id: s.id, label: s.label as TextInput })),
    edges: [...pairs.values()].map((p) => ({ from: p.from, to: p.to, label: join(p.labels) })),
  };
}
