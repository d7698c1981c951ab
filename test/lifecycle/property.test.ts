import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  can,
  message,
  replay,
  transition,
  validateHistory,
  type AnyMachine,
  type LifecycleEvent,
} from '../../src/index.js';
import { LIFECYCLE_GUARDS } from '../../src/lifecycle/guards.js';
import { BUILTIN_MACHINES } from '../../src/lifecycle/machines/index.js';
import { PASSING, passing } from './support.js';

const machineArb = fc.constantFrom(...(BUILTIN_MACHINES as readonly AnyMachine[]));
const guardIds = Object.keys(LIFECYCLE_GUARDS) as (keyof typeof LIFECYCLE_GUARDS)[];

/** Facts: a random mix of the facts that make some guards pass, and random noise. */
const factsArb = fc
  .tuple(fc.subarray(guardIds), fc.dictionary(fc.constantFrom('reason', 'daysSinceLastPurchase', 'contactCount', 'purchaseCount'), fc.anything()))
  .map(([guards, noise]) => ({ ...noise, ...Object.assign({}, ...guards.map((g) => PASSING[g])) }));

const ask = (m: AnyMachine, from: string, move: unknown, facts: object) => can(m, from as never, move as never, { facts: facts as never });

interface Walk {
  readonly machine: AnyMachine;
  readonly start: string;
  readonly events: LifecycleEvent[];
  readonly end: string;
}

/** A valid history made by `transition`: random outgoing edges, at increasing times. */
const walkArb: fc.Arbitrary<Walk> = machineArb.chain((machine) =>
  fc
    .record({
      start: fc.constantFrom(...machine.states),
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 25 }),
      gaps: fc.array(fc.integer({ min: 1, max: 90 * 86_400_000 }), { minLength: 25, maxLength: 25 }),
    })
    .map(({ start, picks, gaps }) => {
      let state = start;
      let at = Date.UTC(2020, 0, 1);
      const events: LifecycleEvent[] = [];
      picks.forEach((pick, i) => {
        const out = machine.edges.filter((e) => e.from === state);
        const edge = out[pick % out.length]!;
        at += gaps[i]!;
        const event = transition(machine, state as never, edge.event as never, { at, customerId: 'c1', facts: passing(edge.guards), actor: 'prop' });
        events.push(event);
        state = event.to;
      });
      return { machine, start, events, end: state };
    }),
);

describe('lifecycle properties', () => {
  it('random walks of events (valid or not) never reach a state outside the machine', () => {
    fc.assert(
      fc.property(
        machineArb.chain((m) =>
          fc.tuple(
            fc.constant(m),
            fc.constantFrom(...m.states),
            fc.array(fc.tuple(fc.oneof(fc.constantFrom(...Object.keys(m.events)), fc.string()), factsArb), { maxLength: 30 }),
          ),
        ),
        ([machine, start, steps]) => {
          let state: string = start;
          for (const [event, facts] of steps) {
            const result = ask(machine, state, event, facts);
            if (result.ok) {
              expect(machine.edges.some((e) => e.from === state && e.event === event && e.to === result.to)).toBe(true);
              state = result.to;
            } else {
              expect(typeof result.code).toBe('string');
              expect(message(result).replaceAll(String(result.params.received ?? '\u0000'), '')).not.toMatch(/\{\w*\}|\bundefined\b|\[object/);
            }
            expect(machine.states).toContain(state);
          }
        },
      ),
    );
  });

  it('can never throws for any from state and move', () => {
    fc.assert(
      fc.property(machineArb, fc.anything(), fc.anything(), factsArb, (machine, from, move, facts) => {
        const result = ask(machine, from as string, move, facts);
        return result.ok ? machine.states.includes(result.to) : result.code.length > 0;
      }),
    );
  });

  it('replay of a history produced by transition yields the same final state', () => {
    fc.assert(
      fc.property(walkArb, ({ machine, start, events, end }) => {
        const stored: unknown[] = JSON.parse(JSON.stringify(events));
        expect(replay(machine, stored, { from: start })).toBe(end);
        expect(validateHistory(machine, stored, { from: start, mode: 'all' })).toEqual({ ok: true, state: end, issues: [] });
      }),
    );
  });

  it('any single corrupted event in a valid history is reported by validateHistory at its index', () => {
    const corruption = fc.constantFrom('machine', 'from', 'to', 'event', 'at', 'customerId', 'drop_field', 'not_an_object');
    fc.assert(
      fc.property(walkArb, fc.nat(), corruption, fc.nat(), ({ machine, start, events }, pick, kind, other) => {
        const index = pick % events.length;
        const original = events[index]!;
        const otherState = (s: string): string => {
          const rest = machine.states.filter((x) => x !== s);
          return rest[other % rest.length]!;
        };
        let bad: unknown;
        switch (kind) {
          case 'machine':
            bad = { ...original, machine: `${machine.id}_other` };
            break;
          case 'from':
            bad = { ...original, from: otherState(original.from) };
            break;
          case 'to':
            bad = { ...original, to: otherState(original.to) };
            break;
          case 'event':
            bad = { ...original, event: 'no_such_event_here' };
            break;
          case 'at':
            bad = { ...original, at: index === 0 ? 'not a date' : new Date(Date.parse(events[index - 1]!.at) - 1).toISOString() };
            break;
          case 'customerId':
            bad = { ...original, customerId: index === 0 ? true : 'someone-else' };
            break;
          case 'drop_field': {
            const { event: _, ...rest } = original;
            bad = rest;
            break;
          }
          default:
            bad = JSON.stringify(original);
        }
        const history = events.map((e, i) => (i === index ? bad : e));
        const first = validateHistory(machine, history, { from: start });
        expect(first.ok).toBe(false);
        expect(first.issues.map((i) => i.index)).toEqual([index]);
        const all = validateHistory(machine, history, { from: start, mode: 'all' });
        expect(all.issues.map((i) => i.index)).toEqual([index]);
        expect(() => replay(machine, history, { from: start })).toThrowError(expect.objectContaining({ code: 'invalid_history' }));
      }),
    );
  });
});
