import { describe, expect, it } from 'vitest';
import { can, defineMachine, statusMachine, toMermaid, transition, validateHistory, type AnyMachine, type LifecycleEvent } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

// A review of the lifecycle: validateHistory's 'all' mode hid a bad record after an out-of-order
// one and flagged a good record as out of order behind another machine's; a host guard that
// answered a Promise allowed every move.

const at = (day: number): string => new Date(Date.UTC(2024, 0, 1 + day)).toISOString();
const history: LifecycleEvent[] = [
  transition(statusMachine, 'potential', 'select_target', { at: at(1), customerId: 'c1' }),
  transition(statusMachine, 'target', 'first_purchase', { at: at(3), customerId: 'c1', facts: { hasPurchase: true } }),
  transition(statusMachine, 'current', 'churn', { at: at(300), customerId: 'c1', facts: { daysSinceLastPurchase: 297 } }),
];
const codes = (events: readonly unknown[]) => validateHistory(statusMachine, events, { mode: 'all' }).issues.map((i) => [i.index, i.code]);

describe("validateHistory { mode: 'all' }", () => {
  it('after a record out of order, the next is checked against where that record led', () => {
    // Record 1 is out of order (its move is fine); record 2 starts from lost, which the log never reached.
    const log = [history[0], { ...history[1], at: at(0) }, { ...history[2], from: 'lost', to: 'target', event: 'win_back', reason: 'campaign' }];
    expect(codes(log)).toEqual([
      [1, 'out_of_order'],
      [2, 'state_mismatch'],
    ]);
  });

  it("another machine's record sets no time: the record after it is not out of order", () => {
    const log = [history[0], { ...history[1], machine: 'loyalty', at: at(900) }, history[1], history[2]];
    expect(codes(log)).toEqual([[1, 'wrong_machine']]);
  });

  it("a record out of order does not lower the time the next is held to", () => {
    const log = [history[0], { ...history[1], at: at(0) }, { ...history[2], at: at(2) }];
    // Record 2 (day 2) is after record 0 (day 1): in order, though record 1 (day 0) was not.
    expect(codes(log)).toEqual([[1, 'out_of_order']]);
    expect(codes([history[0], { ...history[1], at: at(0) }, { ...history[2], at: at(0) }])).toEqual([
      [1, 'out_of_order'],
      [2, 'out_of_order'],
    ]);
  });

  it('one bad move is reported once: the next record is read from where it says it starts', () => {
    expect(codes([history[0], { ...history[1], event: 'churn' }, history[2]])).toEqual([[1, 'edge_not_allowed']]);
  });
});

describe('a host guard answers true or false', () => {
  const machine = (test: () => unknown): AnyMachine =>
    defineMachine({
      id: 'contract',
      dimension: { id: 'contract_state', values: [{ id: 'effective', label: { en: 'Effective' } }, { id: 'lapsed', label: { en: 'Lapsed' } }] },
      initial: 'effective',
      events: { lapse: { label: { en: 'Lapse' }, edges: [{ from: ['effective'], to: 'lapsed', guards: ['slow'], why: { en: 'The term ended' }, source: [{ seed: '002' }] }] } },
      guards: { slow: { description: { en: 'the term has ended' }, refusal: { en: 'the term has not ended' }, test: test as never } },
    } as never);

  it.each([
    ['a Promise', async () => false],
    ['a number', () => 1],
    ['nothing', () => undefined],
  ])('%s is invalid_definition at the guard, not a move allowed', (_, test) => {
    expect(thrown(() => can(machine(test), 'effective', 'lapse' as never))).toMatchObject({ code: 'invalid_definition', path: ['guards', 'slow', 'test'], details: { expected: 'boolean' } });
  });

  it('true and false decide', () => {
    expect(can(machine(() => true), 'effective', 'lapse' as never).ok).toBe(true);
    expect(can(machine(() => false), 'effective', 'lapse' as never)).toMatchObject({ ok: false, code: 'guard_failed' });
  });
});

describe('toMermaid writes what Mermaid parses as the machine', () => {
  const named = (ids: readonly string[], label = 'Go') =>
    defineMachine({
      id: 'm',
      dimension: { id: 'd', values: ids.map((id) => ({ id, label: { en: id.toUpperCase() } })) },
      initial: ids[0],
      events: { go: { label: { en: label }, edges: [{ from: [ids[0]!], to: ids[1]!, why: { en: 'w' }, source: [{ seed: 'added' }] }, { from: [ids[1]!], to: ids[0]!, why: { en: 'w' }, source: [{ seed: 'added' }] }] } },
    } as never);

  // Checked against Mermaid 11's state-diagram parser: these ids start a keyword's line
  // (`class a`, `note …`, `click …`) or name the start and end circles; each broke the diagram or
  // dropped an edge.
  it.each(['class', 'classdef', 'note', 'scale', 'style', 'default', 'click', 'href', 'acctitle', 'accdescr', 'state', 'statediagram', 'root_start', 'root_end'])('a state named %s is written as _%s', (id) => {
    const text = toMermaid(named(['a', id]));
    expect(text).toContain(`state "${id.toUpperCase()}" as _${id}\n`);
    expect(text).toContain(`    a --> _${id}: Go\n    _${id} --> a: Go\n`);
  });

  it('an id ending in direction takes a trailing underscore (with a next line starting lr…, it read as a direction)', () => {
    const text = toMermaid(named(['redirection', 'lr_team']));
    expect(text).toContain('    [*] --> redirection_\n    redirection_ --> lr_team: Go\n');
  });

  it('other ids are written as they are', () => {
    expect(toMermaid(named(['a', 'end']))).toContain('    a --> end: Go\n');
    expect(toMermaid(named(['a', 'class_a']))).toContain('    a --> class_a: Go\n');
  });

  it('a label that Mermaid would read as a pseudo-state or a direction is written in entity codes', () => {
    const text = toMermaid(named(['a', 'b'], 'Change direction LR <<choice>> [[fork]]'));
    expect(text).toContain('    a --> b: Change #100;irection LR #60;#60;choice#62;#62; #91;#91;fork#93;#93;\n');
    expect(text).not.toMatch(/direction\s+LR|<<|\[\[/);
  });
});
