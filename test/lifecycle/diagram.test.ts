import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  extendMachine,
  machineToJSON,
  purchaseIntentMachine,
  statusMachine,
  toMermaid,
  type AnyMachine,
} from '../../src/index.js';
import { BUILTIN_MACHINES } from '../../src/lifecycle/machines/index.js';
import { MachineDocumentSchema } from '../../src/schema/index.js';
import { CHINESE, inLocale } from '../support/locales.js';

const doc = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
const committed = [...doc.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/lifecycle.md', () => {
  for (const machine of BUILTIN_MACHINES as readonly AnyMachine[]) {
    it(`holds the current diagram of ${machine.id} (regenerate with toMermaid if this fails)`, () => {
      expect(committed).toContain(toMermaid(machine));
      expect(doc).toContain(`## ${machine.id}:`);
    });
  }
  it('has no other diagram', () => expect(committed).toHaveLength(BUILTIN_MACHINES.length));
});

describe('toMermaid', () => {
  it('draws every state, the initial state and every edge with its guards', () => {
    for (const machine of BUILTIN_MACHINES as readonly AnyMachine[]) {
      const lines = toMermaid(machine).trimEnd().split('\n');
      expect(lines[0]).toBe('stateDiagram-v2');
      expect(lines.filter((l) => l.trim().startsWith('state '))).toHaveLength(machine.states.length);
      expect(lines.filter((l) => l.includes(' --> ') && !l.includes('[*]'))).toHaveLength(machine.edges.length);
      expect(lines.some((l) => l.includes('[*] -->'))).toBe(machine.initial !== undefined);
    }
    expect(toMermaid(purchaseIntentMachine)).not.toContain('[*]');
  });

  it('writes labels in a locale, with fallback, and escapes quotes', () => {
    expect(toMermaid(statusMachine, { ...inLocale('zh-TW') })).toContain('    current --> lost: 流失（久未購買） [inactive_beyond_churn_window]');
    expect(toMermaid(statusMachine, { ...inLocale('zh-Hans') })).toContain('state "流失客户" as lost');
    expect(toMermaid(statusMachine, { locale: 'fr' })).toBe(toMermaid(statusMachine));
    const quoted = extendMachine(statusMachine, {
      states: [{ id: 'vip_lost', label: { en: 'The "big" one; lost: gone' } }],
      events: { win_back: { edges: [{ from: ['vip_lost'], to: 'target', why: { en: 'x' }, source: [{ seed: 'added' }] }] } },
    });
    expect(toMermaid(quoted)).toContain('state "The #quot;big#quot; one#59; lost#58; gone" as vip_lost');
  });
});

describe('machineToJSON', () => {
  it('is plain JSON, stable, and valid against its schema', () => {
    for (const machine of BUILTIN_MACHINES as readonly AnyMachine[]) {
      const document = machineToJSON(machine);
      const parsed: unknown = JSON.parse(JSON.stringify(document));
      expect(parsed).toEqual(document);
      expect(MachineDocumentSchema.parse(parsed)).toEqual(document);
      expect(document.events.flatMap((e) => e.edges.flatMap((g) => g.from))).toHaveLength(machine.edges.length);
      expect(document.guards.map((g) => g.id)).toEqual([...new Set(machine.edges.flatMap((e) => e.guards))].sort());
    }
    expect(machineToJSON(purchaseIntentMachine)).not.toHaveProperty('initial');
  });

  it('keeps forbidden edges with the host reason', () => {
    const why = { en: 'No', 'zh-Hans': '否' };
    const document = machineToJSON(extendMachine(statusMachine, { forbid: [{ event: 'win_back', why }] }));
    expect(document.forbidden).toEqual([{ event: 'win_back', from: 'lost', to: 'target', why }]);
    expect(document.events.map((e) => e.id)).not.toContain('win_back');
    expect(MachineDocumentSchema.safeParse(document).success).toBe(true);
  });
});
