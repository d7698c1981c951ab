import { describe, expect, it } from 'vitest';
import { can, createTaxonomy, defineMachine, extendMachine, statusMachine, toMermaid } from '../../src/index.js';
import { stateDiagram } from '../../src/charts/index.js';
import { thrown } from '../support/thrown.js';

/** Hostile definitions a host might build from stored JSON: each is refused with a typed error at its path. */
const source = [{ domain: 'x' }];
const dimension = { id: 'd', values: [{ id: 'a' }, { id: 'b' }] };
const machine = defineMachine({ id: 'm', dimension, events: { go: { edges: [{ from: ['a'], to: 'b', source }] } } } as never);

describe('machine and taxonomy definitions from hostile JSON', () => {
  it('refuses a text keyed __proto__ instead of writing Object.prototype', () => {
    const label = JSON.parse('{"en":"Go","__proto__":"polluted"}') as { en: string };
    const define = thrown(() => defineMachine({ id: 'm', dimension, events: { go: { label, edges: [{ from: ['a'], to: 'b', source }] } } } as never));
    expect([define.code, define.path]).toEqual(['invalid_definition', ['events', 'go', 'label', '__proto__']]);
    const taxonomy = thrown(() => createTaxonomy([{ id: 'tier', kind: 'classification', ordered: false, label, values: [{ id: 'x', label: { en: 'X' } }] }] as never));
    expect([taxonomy.code, taxonomy.path]).toEqual(['invalid_definition', ['dimensions', 0, 'label', '__proto__']]);
    const extend = thrown(() => extendMachine(machine, { states: [{ id: 'c', label }], events: { back: { label: { en: 'Back' }, edges: [{ from: ['b'], to: 'c', source }] } } } as never));
    expect(extend.path).toEqual(['states', 0, 'label', '__proto__']);
    expect(Object.prototype).not.toHaveProperty(['machine.m.go.label']);
    expect(Object.prototype).not.toHaveProperty(['taxonomy.tier.label']);
  });

  it('refuses a state id that is not snake_case, so no id can write Mermaid lines', () => {
    const injected = { id: 'd', values: [{ id: 'a\n    click a href "javascript:alert(1)"\n    x' }, { id: 'b' }] };
    const error = thrown(() => defineMachine({ id: 'm', dimension: injected, events: { go: { edges: [{ from: [injected.values[0]!.id], to: 'b', source }] } } } as never));
    expect([error.code, error.path]).toEqual(['invalid_definition', ['dimension', 'values', 0, 'id']]);
    const spaced = thrown(() => extendMachine(machine, { states: [{ id: 'b c' }] } as never));
    expect([spaced.code, spaced.path]).toEqual(['invalid_extension', ['states', 0, 'id']]);
    // Labels are escaped, carriage returns included.
    const labelled = defineMachine({ id: 'm', dimension, events: { go: { label: { en: 'Go\r\n    a --> b: x' }, edges: [{ from: ['a'], to: 'b', source }] } } } as never);
    expect(toMermaid(labelled).split('\n').filter((line) => line.includes('-->'))).toEqual(['    a --> b: Go      a --#62; b#58; x']);
  });

  it('answers null or ill-formed texts with a typed error at their path, in definitions, extensions and diagrams', () => {
    const withNull = { id: 'd', values: [{ id: 'a', label: null }, { id: 'b' }] };
    expect(thrown(() => defineMachine({ id: 'm', dimension: withNull, events: { go: { edges: [{ from: ['a'], to: 'b', source }] } } } as never)).path).toEqual(['dimension', 'values', 0, 'label']);
    const back = (edge: object, label: unknown = { en: 'Back' }) => ({ events: { back: { label, edges: [{ from: ['b'], to: 'a', source, ...edge }] } } });
    expect(thrown(() => extendMachine(machine, back({}, null) as never)).path).toEqual(['events', 'back', 'label']);
    expect(thrown(() => extendMachine(machine, back({}, 'Back') as never)).path).toEqual(['events', 'back', 'label']);
    expect(thrown(() => extendMachine(machine, back({}, { en: '' }) as never)).path).toEqual(['events', 'back', 'label']);
    expect(thrown(() => extendMachine(machine, back({ why: null }) as never)).path).toEqual(['events', 'back', 'edges', 0, 'why']);
    expect(thrown(() => extendMachine(machine, back({ guards: 5 }) as never)).path).toEqual(['events', 'back', 'edges', 0, 'guards']);
    expect(thrown(() => extendMachine(machine, { states: [{ id: 'c', label: null }] } as never)).path).toEqual(['states', 0, 'label']);
    expect(thrown(() => stateDiagram({ states: [{ id: 'a', label: null as never }], edges: [] })).path).toEqual(['machine', 'states', 0, 'label']);
  });
});

describe('extendMachine checks an extension where the host wrote it', () => {
  const source = [{ seed: 'host' }];
  const edge = (from: string[], to: string, extra: object = {}) => ({ from, to, source, ...extra });

  it('an event named like a member of Object.prototype is an event like any other', () => {
    const m = extendMachine(statusMachine, { events: { constructor: { label: { en: 'C' }, edges: [edge(['current'], 'target')] } } } as never);
    expect(can(m, 'current', 'constructor' as never).ok).toBe(true);
    const defined = defineMachine({ id: 'm', dimension: 'status', events: { constructor: { label: { en: 'C' }, edges: [edge(['non_customer', 'potential', 'target', 'current'], 'lost')] } } } as never);
    expect(Object.keys(extendMachine(defined, {}).events)).toEqual(['constructor']);
    for (const event of ['__proto__', 'toString']) {
      const events = JSON.parse(`{"${event}": {"label": {"en": "X"}, "edges": [{"from": ["current"], "to": "target", "source": [{"seed": "x"}]}]}}`);
      expect(thrown(() => extendMachine(statusMachine, { events }))).toMatchObject({ code: 'invalid_extension', path: ['events', event] });
    }
  });

  it('errors name the extension edge, not its place in the regrouped machine', () => {
    expect(thrown(() => extendMachine(statusMachine, { require: [{ event: 'churn', guards: ['nope' as never] }] })).path).toEqual(['require', 0, 'guards', 0]);
    expect(thrown(() => extendMachine(statusMachine, { events: { churn: { edges: [edge(['bogus'], 'lost')] } } } as never)).path).toEqual(['events', 'churn', 'edges', 0, 'from', 0]);
    expect(thrown(() => extendMachine(statusMachine, { events: { churn: { edges: [edge(['target'], 'gold')] } } } as never)).path).toEqual(['events', 'churn', 'edges', 0, 'to']);
    expect(thrown(() => extendMachine(statusMachine, { events: { churn: { edges: [{ from: ['target'], to: 'lost', source: [] }] } } } as never)).path).toEqual(['events', 'churn', 'edges', 0, 'source']);
    expect(thrown(() => extendMachine(statusMachine, { events: { churn: { edges: [edge(['lost'], 'lost')] } } } as never)).path).toEqual(['events', 'churn', 'edges', 0, 'from', 0]);
    // A (event, from) pair the machine has already: refused at the extension's from.
    expect(thrown(() => extendMachine(statusMachine, { events: { churn: { edges: [edge(['current'], 'lost')] } } } as never))).toMatchObject({ code: 'invalid_extension', path: ['events', 'churn', 'edges', 0, 'from', 0], details: { expected: 'unique' } });
  });

  it('a new event needs an edge, and an edge a from state, as in defineMachine', () => {
    expect(thrown(() => extendMachine(statusMachine, { events: { foo: { label: { en: 'Foo' }, edges: [] } } } as never))).toMatchObject({ code: 'invalid_extension', path: ['events', 'foo', 'edges'] });
    expect(thrown(() => extendMachine(statusMachine, { events: { foo: { label: { en: 'Foo' }, edges: [edge([], 'lost')] } } } as never)).path).toEqual(['events', 'foo', 'edges', 0, 'from']);
  });

  it('an edge forbidden by one extension and defined again by the next is allowed, and drawn', () => {
    const forbidden = extendMachine(statusMachine, { forbid: [{ event: 'churn', why: { en: 'no' } }] });
    const again = extendMachine(forbidden, { events: { churn: { label: { en: 'Churn again' }, edges: [edge(['current'], 'lost', { guards: ['has_reason'] })] } } } as never);
    expect(can(again, 'current', 'churn', { facts: { reason: 'moved away' } }).ok).toBe(true);
    expect(again.forbidden.some((f) => f.event === 'churn' && f.from === 'current')).toBe(false);
    expect(toMermaid(again)).toContain('current --> lost: Churn again');
    // The event keeps its label: defining it again needs none.
    const unlabelled = extendMachine(forbidden, { events: { churn: { edges: [edge(['current'], 'lost', { guards: ['has_reason'] })] } } } as never);
    expect(toMermaid(unlabelled)).toContain('current --> lost: Churn (inactive)');
    // Defining it again still takes an edge.
    expect(thrown(() => extendMachine(forbidden, { events: { churn: { edges: [] } } } as never)).path).toEqual(['events', 'churn', 'edges']);
  });

  it("a text's English must be its own, as in the taxonomy (an inherited one was dropped from the machine's texts)", () => {
    const label = Object.create({ en: 'Lapse' }) as { en: string };
    expect(thrown(() => extendMachine(statusMachine, { states: [{ id: 'dormant', label }] } as never))).toMatchObject({ code: 'invalid_extension', path: ['states', 0, 'label'] });
    expect(thrown(() => defineMachine({ id: 'm', dimension: 'status', events: { lapse: { label, edges: [edge(['non_customer', 'potential', 'target', 'current'], 'lost')] } } } as never))).toMatchObject({ code: 'invalid_definition', path: ['events', 'lapse', 'label'] });
  });
});
