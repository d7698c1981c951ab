/** The findings of the third hostile review of the lifecycle and the taxonomy, each as it was reproduced. */
import { describe, expect, it } from 'vitest';
import { can, defineMachine, extendMachine, loyaltyMachine, message, statusMachine, taxonomy, validateHistory } from '../../src/index.js';
import { inLocale } from '../support/locales.js';
import { thrown } from '../support/thrown.js';

describe('the third review of the lifecycle and the taxonomy', () => {
  it('1. defineMachine builds each edge from the fields it checked (a getter cannot slip an unknown guard in)', () => {
    let reads = 0;
    const edge = { from: ['effective'], to: 'ineffective', source: [{ seed: 'x' }], get guards() { return ++reads === 1 ? [] : ['nope']; } };
    const m = defineMachine({
      id: 'a',
      dimension: 'effectiveness',
      events: {
        x: { label: { en: 'x' }, edges: [edge] },
        y: { label: { en: 'y' }, edges: [{ from: ['ineffective'], to: 'effective', source: [{ seed: 'x' }] }] },
      },
    } as never);
    expect(reads).toBe(1);
    expect(m.edges[0]!.guards).toEqual([]);
    expect(can(m, 'effective' as never, 'x' as never).ok).toBe(true);
    // A source is read once too, and copied with only its fields.
    let seedReads = 0;
    const source = { get seed() { return ++seedReads === 1 ? 'seed' : 42; } };
    const n = defineMachine({
      id: 'b',
      dimension: 'effectiveness',
      events: {
        x: { label: { en: 'x' }, edges: [{ from: ['effective'], to: 'ineffective', source: [source] }] },
        y: { label: { en: 'y' }, edges: [{ from: ['ineffective'], to: 'effective', source: [{ domain: 'd' }] }] },
      },
    } as never);
    expect(n.edges[0]!.source).toEqual([{ seed: 'seed' }]);
  });

  it('3. a state an extension leaves on no move is refused at the rule that took its last one, in words that say so', () => {
    const error = thrown(() => extendMachine(loyaltyMachine, { forbid: [{ event: 'first_purchase', why: { en: 'w' } }] } as never));
    expect(error).toMatchObject({ code: 'invalid_extension', path: ['forbid', 0], details: { expected: 'state_on_an_edge', received: '"potential"' } });
    expect(message(error)).toBe('Invalid extension at forbid[0]: expected a state some move leads to or from, received "potential"');
    for (const locale of ['zh-Hans', 'zh-Hant']) expect(message(error, inLocale(locale))).not.toMatch(/expected|undefined|\?/);
    // A state it adds without a move is refused at that state.
    const added = thrown(() => extendMachine(statusMachine, { states: [{ id: 'dormant', label: { en: 'Dormant' } }] } as never));
    expect(added).toMatchObject({ code: 'invalid_extension', path: ['states', 0], details: { expected: 'state_on_an_edge' } });
  });

  it('4. a history record that is not an object says so, not "0 must be…"', () => {
    const issue = validateHistory(statusMachine, [null] as never).issues[0]!;
    expect(message(issue)).toBe('Record 1 is not an event record: it must be a lifecycle event record, received null');
    expect(message(issue, inLocale('zh-Hans'))).toContain('该记录');
  });

  it('5. an error about the whole input names it in the locale', () => {
    const error = thrown(() => taxonomy.extend(null as never));
    expect(message(error)).toContain('(the input)');
    expect(message(error, inLocale('zh-Hans'))).toBe('扩展无效（输入本身）：应为普通对象，实际为 null');
    expect(message(error, inLocale('zh-Hant'))).not.toContain('(input)');
  });

  it('6. sort checks its dimension whatever the list holds', () => {
    expect(thrown(() => taxonomy.sort('status' as never, []))).toMatchObject({ code: 'not_ordered' });
    expect(thrown(() => taxonomy.sort('no_such_dimension' as never, []))).toMatchObject({ code: 'unknown_dimension' });
    expect(taxonomy.sort('loyalty', [])).toEqual([]);
  });

  it('7. a record of another machine shows its machine as a value, not as a token', () => {
    const issue = validateHistory(statusMachine, [{ machine: '(array of 3)', from: 'potential', to: 'target', event: 'select_target', at: '2024-01-01' }] as never).issues[0]!;
    expect(message(issue)).toBe('Record 1 belongs to the "(array of 3)" lifecycle, not status');
  });

  it('8b. the guards of a require rule are read once; those of an edge may be null', () => {
    let n = 0;
    const rule = { event: 'churn', get guards() { return ++n === 1 ? [] : 5; } };
    // The check's empty list is what the machine holds: churn keeps its own guards, nothing added.
    const extended = extendMachine(statusMachine, { require: [rule] } as never);
    expect(n).toBe(1);
    expect(extended.edges.filter((e) => e.event === 'churn').map((e) => e.guards)).toEqual(statusMachine.edges.filter((e) => e.event === 'churn').map((e) => e.guards));
    const m = defineMachine({
      id: 'c',
      dimension: 'effectiveness',
      events: {
        x: { label: { en: 'x' }, edges: [{ from: ['effective'], to: 'ineffective', guards: null, source: [{ seed: 'x' }] }] },
        y: { label: { en: 'y' }, edges: [{ from: ['ineffective'], to: 'effective', source: [{ seed: 'x' }] }] },
      },
    } as never);
    expect(m.edges[0]!.guards).toEqual([]);
  });

  it('8. a guard a require rule names twice is added once', () => {
    const m = extendMachine(statusMachine, { require: [{ event: 'churn', guards: ['has_reason', 'has_reason'] }] } as never);
    const churn = m.edges.filter((e) => e.event === 'churn');
    for (const e of churn) expect(new Set(e.guards).size).toBe(e.guards.length);
  });
});

describe('the third review: texts as written', () => {
  it('2. message({ code }) writes a label or a description as written, not as a template', () => {
    const bank = taxonomy.extend({ values: { membership_tier: [{ id: 'gold', label: { en: 'Gold {tier}' } }] } } as never);
    expect(bank.label('membership_tier' as never, 'gold' as never)).toBe('Gold {tier}');
    expect(message({ code: 'taxonomy.membership_tier.gold.label' }, { taxonomy: bank } as never)).toBe('Gold {tier}');
    expect(message({ code: 'segment.best.label' }, { texts: { en: { 'segment.best.label': 'Best {A}' } } })).toBe('Best {A}');
  });
});
