import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  can,
  CrmTaxonomyError,
  defineMachine,
  extendMachine,
  LOCALES,
  machineToJSON,
  message,
  statusMachine,
  toMermaid,
  validateHistory,
  type AnyMachine,
} from '../../src/index.js';
import { MachineDocumentSchema } from '../../src/schema/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';
import { BUILTIN_DIMENSIONS } from '../../src/index.js';

/** The built-in status dimension, as a host would pass it again with labels of its own. */
const inLocaleDimension = () => BUILTIN_DIMENSIONS.find((d) => d.id === 'status')! as unknown as { id: string; values: readonly { id: string; label?: unknown }[] };
import { inLocale } from '../support/locales.js';

const UNFILLED = /\{[\w:.*@|]+\}|\bundefined\b|\[object Object\]|NaN|(^|[^\w"])\?([^\w"]|$)/;
const CJK = /[\u3400-\u9fff]/u;

/** The error a call throws (the test fails when it throws none, or something else). */
function thrown(run: () => unknown): CrmTaxonomyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrmTaxonomyError);
    return error as CrmTaxonomyError;
  }
  throw new Error('expected a CrmTaxonomyError');
}

/** A small machine over a built-in dimension, with the host's parts patched in. */
const effectiveness = (patch: { guards?: unknown; source?: unknown; guardIds?: readonly string[] } = {}) =>
  defineMachine({
    id: 'effectiveness',
    dimension: 'effectiveness',
    initial: 'effective',
    events: {
      lapse: { label: { en: 'Lapse' }, edges: [{ from: ['effective'], to: 'ineffective', guards: (patch.guardIds ?? []) as never, source: (patch.source ?? [{ seed: '002' }]) as never }] },
      revive: { label: { en: 'Revive' }, edges: [{ from: ['ineffective'], to: 'effective', source: [{ seed: '002' }] }] },
    },
    ...(patch.guards === undefined ? {} : { guards: patch.guards as never }),
  } as never);

describe('1. a history record whose event leads elsewhere', () => {
  const record = { machine: 'status', from: 'target', to: 'non_customer', event: 'first_purchase', at: '2024-01-01', reason: 'x' };

  it('says where the recorded event leads (code and path unchanged)', () => {
    const issue = validateHistory(statusMachine, [record], { from: 'target' }).issues[0]!;
    expect(issue).toMatchObject({ index: 0, code: 'edge_not_allowed', path: [0, 'to'] });
    expect(issue.params).toMatchObject({ from: 'target', to: 'non_customer', event: 'first_purchase', leads: 'current', via: 'leads' });
    expect(message(issue)).toBe('“First purchase” leads from Target customer to Current customer, not to Non-customer');
    expect(message(issue, inLocale('zh-Hans'))).toBe('「首次购买」是从目标客户变为现实客户，而不是变为非客户');
    expect(message(issue)).not.toContain('No single move');
  });

  it('renders in every locale with every placeholder filled, like the other edge_not_allowed texts', () => {
    const issue = validateHistory(statusMachine, [record], { from: 'target' }).issues[0]!;
    const byEvent = validateHistory(statusMachine, [{ ...record, event: 'churn' }], { from: 'target' }).issues[0]!;
    const byTarget = can(statusMachine, 'non_customer' as string, { to: 'current' });
    for (const decision of [issue, byEvent, byTarget]) {
      for (const locale of LOCALES) {
        const text = message(decision, inLocale(locale));
        expect(text, `${locale}: ${text}`).not.toMatch(UNFILLED);
        if (locale !== 'en') expect(text).toMatch(CJK);
      }
    }
    // The other cases keep their texts.
    expect(byEvent.params.via).toBe('event');
    expect(message(byEvent)).toContain('does not apply to Target customer');
  });
});

describe('2. extendMachine keys a host-added group so its why lands on no other group', () => {
  it("the built-in group that lost `potential` keeps the built-in why; the host's new group has the host's", () => {
    const m1 = extendMachine(statusMachine, { forbid: [{ event: 'disqualify', from: 'potential', why: { en: 'Use the pool' } }] });
    const m2 = extendMachine(m1, {
      events: {
        disqualify: { edges: [{ from: ['potential'], to: 'non_customer', guards: ['has_reason'], why: { en: 'NEW WHY for potential only' }, source: [{ seed: 'host' }] }] },
      },
    });
    const edges = machineToJSON(m2).events.find((e) => e.id === 'disqualify')!.edges;
    const builtin = edges.find((e) => e.from.includes('target'))!;
    const host = edges.find((e) => e.from.includes('potential'))!;
    expect(builtin.from).toEqual(['target', 'lost']);
    expect(builtin.why.en).toBe(machineToJSON(statusMachine).events.find((e) => e.id === 'disqualify')!.edges[0]!.why.en);
    expect(builtin.why.en).not.toBe('NEW WHY for potential only');
    expect(host.why).toEqual({ en: 'NEW WHY for potential only' });
    expect(MachineDocumentSchema.safeParse(machineToJSON(m2)).success).toBe(true);
  });

  it('two host groups of one event added in one extension keep their own texts', () => {
    const none = extendMachine(statusMachine, { forbid: [{ event: 'disqualify', why: { en: 'Not this way' } }] });
    const m = extendMachine(none, {
      events: {
        disqualify: {
          edges: [
            { from: ['potential'], to: 'non_customer', why: { en: 'one' }, source: [{ seed: 'host' }] },
            { from: ['target', 'lost'], to: 'non_customer', why: { en: 'two' }, source: [{ seed: 'host' }] },
          ],
        },
      },
    });
    const whys = machineToJSON(m).events.find((e) => e.id === 'disqualify')!.edges.map((e) => [e.from, e.why.en]);
    expect(whys).toEqual([
      [['potential'], 'one'],
      [['target', 'lost'], 'two'],
    ]);
  });

  it("a group re-added after its event was forbidden whole wears no built-in text, in any locale", () => {
    const none = extendMachine(statusMachine, { forbid: [{ event: 'disqualify', why: { en: 'Not this way' } }] });
    const m = extendMachine(none, { events: { disqualify: { edges: [{ from: ['potential'], to: 'target', why: { en: 'HOST: one' }, source: [{ seed: 'host' }] }] } } });
    const edge = machineToJSON(m, { texts: zhHans }).events.find((e) => e.id === 'disqualify')!.edges[0]!;
    // The built-in group keyed `potential` said (in every locale) that the customer becomes a non-customer.
    expect(edge.why).toEqual({ en: 'HOST: one' });
  });
});

describe("a host machine's own texts win over a call's texts, as a host taxonomy's do", () => {
  it('in messages and diagrams', () => {
    const gone = { ...inLocaleDimension(), values: inLocaleDimension().values.map((v) => (v.id === 'lost' ? { ...v, label: { en: 'Gone', 'zh-Hans': '已离开客户' } } : v)) };
    const m = extendMachine(statusMachine, { dimension: gone as never });
    const refused = can(m, 'lost', 'win_back', { facts: {} });
    expect(message(refused, { locale: 'zh-Hans', texts: zhHans, machine: m })).toContain('已离开客户');
    expect(toMermaid(m, { locale: 'zh-Hans', texts: zhHans })).toContain('state "已离开客户" as lost');
  });
});

describe('3. a host guard whose params or missing is not a function', () => {
  for (const field of ['params', 'missing'] as const) {
    for (const bad of [42, 'abc', {}]) {
      it(`${field}: ${JSON.stringify(bad)} is invalid_definition / invalid_extension at its path`, () => {
        const guard = { description: { en: 'g' }, refusal: { en: 'no' }, test: () => false, [field]: bad };
        const defined = thrown(() => effectiveness({ guards: { g: guard }, guardIds: ['g'] }));
        expect(defined.code).toBe('invalid_definition');
        expect(defined.path).toEqual(['guards', 'g', field]);
        const extended = thrown(() => extendMachine(statusMachine, { guards: { g: guard } } as never));
        expect(extended.code).toBe('invalid_extension');
        expect(extended.path).toEqual(['guards', 'g', field]);
      });
    }
  }

  it('functions (or nothing) are accepted and used', () => {
    const guard = { description: { en: 'g' }, refusal: { en: 'no {n}' }, test: () => false, params: () => ({ n: 7 }), missing: () => [] };
    const m = effectiveness({ guards: { g: guard }, guardIds: ['g'] });
    expect(can(m as AnyMachine, 'effective' as string, 'lapse')).toMatchObject({ ok: false, code: 'guard_failed', params: { n: 7 } });
  });
});

describe('4. an object that inherits the brand is not a machine', () => {
  const lookAlikes = [
    Object.create(statusMachine, { edges: { value: null } }) as typeof statusMachine,
    Object.create(statusMachine, { states: { value: 7 } }) as typeof statusMachine,
    Object.create(statusMachine) as typeof statusMachine,
  ];
  it('is unknown_machine at every entry', () => {
    for (const fake of lookAlikes) {
      expect(thrown(() => can(fake, 'lost', 'win_back')).code).toBe('unknown_machine');
      expect(thrown(() => toMermaid(fake)).code).toBe('unknown_machine');
      expect(thrown(() => machineToJSON(fake)).code).toBe('unknown_machine');
      expect(thrown(() => validateHistory(fake, [])).code).toBe('unknown_machine');
      expect(thrown(() => extendMachine(fake, {})).code).toBe('unknown_machine');
    }
  });

  it('the machines the library builds still pass', () => {
    const defined = effectiveness();
    const extended = extendMachine(statusMachine, { forbid: [{ event: 'win_back', why: { en: 'no' } }] });
    for (const m of [statusMachine, defined, extended]) expect(() => toMermaid(m)).not.toThrow();
  });
});

describe("5. defineMachine leaves the host's own objects unfrozen", () => {
  it('a guard definition with fields of its own, and a source with fields of its own', () => {
    const meta = { owner: 'team' };
    const note = { a: 1 };
    const source = { seed: 'x', note };
    const guard = { description: { en: 'g' }, refusal: { en: 'no' }, test: () => true, meta };
    const m = effectiveness({ guards: { g: guard }, guardIds: ['g'], source: [source] });
    expect(Object.isFrozen(meta)).toBe(false);
    expect(Object.isFrozen(note)).toBe(false);
    expect(Object.isFrozen(source)).toBe(false);
    expect(Object.isFrozen(guard)).toBe(false);
    meta.owner = 'other';
    note.a = 2;
    expect(Object.isFrozen(m)).toBe(true);
    expect(machineToJSON(m).events[0]!.edges[0]!.source).toEqual([{ seed: 'x' }]);
    expect(Object.keys((m.guards as Record<string, object>).g!).sort()).toEqual(['test']);
  });

  it('extendMachine too', () => {
    const meta = { owner: 'team' };
    const note = { a: 1 };
    extendMachine(statusMachine, {
      guards: { g: { description: { en: 'g' }, refusal: { en: 'no' }, test: () => true, meta } as never },
      require: [{ event: 'win_back', guards: ['g'] }],
      events: { first_purchase: { edges: [{ from: ['non_customer'], to: 'current', source: [{ domain: 'host', note } as never] }] } },
    });
    expect(Object.isFrozen(meta)).toBe(false);
    expect(Object.isFrozen(note)).toBe(false);
  });
});

describe('6. an edge source must be one MachineDocumentSchema reads back', () => {
  const cases: readonly (readonly [unknown, readonly (string | number)[]])[] = [
    [{}, [0, 'seed']],
    [{ seed: 42 }, [0, 'seed']],
    [{ seed: 'x', term: 3 }, [0, 'term']],
    [{ domain: 5 }, [0, 'domain']],
    [null, [0]],
    ['002', [0]],
  ];
  for (const [source, at] of cases) {
    it(`${JSON.stringify(source)} is invalid_definition at its path`, () => {
      const error = thrown(() => effectiveness({ source: [source] }));
      expect(error.code).toBe('invalid_definition');
      expect(error.path).toEqual(['events', 'lapse', 'edges', 0, 'source', ...at]);
    });
  }

  it('extendMachine checks them too (invalid_extension)', () => {
    const error = thrown(() => extendMachine(statusMachine, { events: { first_purchase: { edges: [{ from: ['non_customer'], to: 'current', source: [{ seed: 42 }] as never }] } } }));
    expect(error.code).toBe('invalid_extension');
    expect(error.path).toEqual(['events', 'first_purchase', 'edges', 0, 'source', 0, 'seed']);
  });

  it('the sources it accepts give a document the schema reads back', () => {
    for (const source of [{ seed: '002' }, { seed: '002', term: '失效' }, { domain: '§1' }, { seed: 'a', domain: 'b' }, { seed: 42, domain: 'b' }]) {
      const document = machineToJSON(effectiveness({ source: [source] }));
      expect(MachineDocumentSchema.safeParse(JSON.parse(JSON.stringify(document))).success, JSON.stringify(source)).toBe(true);
    }
  });
});

describe('7. has_reason as documented', () => {
  it('passes with any non-blank reason or cause text, and the doc says so', () => {
    expect(can(statusMachine, 'current', 'mark_lost', { facts: { cause: 'lol what' } }).ok).toBe(true);
    expect(can(statusMachine, 'current', 'mark_lost', { facts: { cause: '  ' } }).ok).toBe(false);
    const row = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('| `has_reason` |'))!;
    expect(row).toContain('not checked');
  });
});

describe("a machine rebuilt from its document: a call's texts still reword its events", () => {
  it('as they reword the built-in machine', () => {
    const doc = machineToJSON(statusMachine);
    const rebuilt = defineMachine({ id: doc.id, dimension: doc.dimension, initial: doc.initial, events: Object.fromEntries(doc.events.map(({ id, ...event }) => [id, event])) } as never) as AnyMachine;
    const texts = { en: { 'machine.status.first_purchase.label': 'Closed won' } };
    const refused = (m: AnyMachine) => message(can(m as typeof statusMachine, 'target', 'first_purchase', { facts: { hasPurchase: false } }), { texts, machine: m });
    expect(refused(statusMachine)).toContain('(Closed won)');
    expect(refused(rebuilt)).toContain('(Closed won)');
    expect(toMermaid(rebuilt, { texts })).toContain('Closed won');
  });
});
