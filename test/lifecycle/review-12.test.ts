/** A hostile review of machine definitions: an edge's parts, a guard named __proto__. */
import { describe, expect, it } from 'vitest';
import { assessB2bRelationship, b2bRelationshipMachine, can, defineMachine, extendMachine, machineToJSON, statusMachine } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const edge = (extra: object) => ({ from: ['effective'], to: 'ineffective', guards: ['has_reason'], source: [{ seed: '002' }], ...extra });
const define = (e: object, guards?: object) =>
  defineMachine({
    id: 'eff',
    dimension: 'effectiveness',
    events: {
      lapse: { label: { en: 'Lapse' }, edges: [e] },
      revive: { label: { en: 'Revive' }, edges: [{ from: ['ineffective'], to: 'effective', source: [{ seed: '002' }] }] },
    },
    ...(guards === undefined ? {} : { guards }),
  } as never);

describe("a machine definition's edges", () => {
  it('refuse a part they do not know: a misspelt guards dropped the guard, and the move ran unguarded', () => {
    const { guards: _, ...unguarded } = edge({});
    // Before: the machine was built without has_reason, and can(…) allowed the move with no reason.
    const error = thrown(() => define({ ...unguarded, gaurds: ['has_reason'] }));
    expect([error.code, error.path, error.details]).toEqual(['invalid_definition', ['events', 'lapse', 'edges', 0, 'gaurds'], { expected: 'known_key', received: '"gaurds"', allowed: ['from', 'to', 'guards', 'why', 'source'] }]);
    expect(can(define(edge({})) as never, 'effective' as never, 'lapse' as never).ok).toBe(false);
  });

  it("refuse a `key`, which let one edge's explanation overwrite another's", () => {
    expect(thrown(() => define(edge({ key: 'zz' }))).path).toEqual(['events', 'lapse', 'edges', 0, 'key']);
    // An extension regroups edges under their keys as before.
    const extended = extendMachine(statusMachine, { require: [{ event: 'first_purchase', from: 'potential', guards: ['has_reason'] }] });
    expect(machineToJSON(extended).events.find((e) => e.id === 'first_purchase')!.edges.map((e) => e.why.en)).toEqual(machineToJSON(statusMachine).events.find((e) => e.id === 'first_purchase')!.edges.flatMap((e) => (e.from.length === 2 ? [e.why.en, e.why.en] : [e.why.en])));
  });
});

it('a host guard named __proto__ is refused at its name (it set the table prototype, and was lost)', () => {
  const error = thrown(() => define(edge({ guards: [] }), { ['__proto__']: { test: () => true, description: { en: 'd' }, refusal: { en: 'r' } } }));
  expect([error.code, error.path]).toEqual(['invalid_definition', ['guards', '__proto__']]);
});

it("the B2B machine's upgrade past preferred supplier reads the four conditions assessB2bRelationship reads (seeds 000, 002)", () => {
  const names = ['mutualImportance', 'balancedBargainingPower', 'mutualNeed', 'highSwitchingCost'] as const;
  for (let bits = 0; bits < 16; bits++) {
    const facts = Object.fromEntries(names.map((n, i) => [n, (bits & (1 << i)) !== 0])) as Record<(typeof names)[number], boolean>;
    const fits = assessB2bRelationship(facts).fitsAbovePreferredSupplier;
    // Before: mutualNeed was not read (and two facts had other names), so the machine upgraded where the assessment did not.
    expect(can(b2bRelationshipMachine, 'preferred_supplier', 'upgrade', { facts: { ...facts, topManagementTies: true } }).ok, JSON.stringify(facts)).toBe(fits);
  }
});
