import { describe, expect, it } from 'vitest';
import { createTaxonomy, defineMachine, extendMachine, toMermaid } from '../../src/index.js';
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
    expect(toMermaid(labelled).split('\n').filter((line) => line.includes('-->'))).toEqual(['    a --> b: Go      a --> b#58; x']);
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
    expect(thrown(() => stateDiagram({ states: [{ id: 'a', label: null as never }], edges: [] })).path).toEqual(['states', 0, 'label']);
  });
});
