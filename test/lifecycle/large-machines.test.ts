/**
 * Machines of thousands of states and extensions of thousands of rules (review 14): every rule
 * of an extension scanned (and rebuilt) every edge, and `can` and `validateHistory` scanned the
 * machine's states and edges for each call or record. 20,000 `require` rules took 35 s and 20,000
 * `can` calls on a machine of 8,000 edges 10.6 s; the machine's lookups are now built once.
 */
import { describe, expect, it } from 'vitest';
import { can, defineMachine, extendMachine, validateHistory } from '../../src/index.js';

/** A ring: state s_i moves to s_(i+1) by event e_i. */
const ring = (n: number) =>
  defineMachine({
    id: 'ring',
    dimension: { id: 'ring', kind: 'classification', ordered: false, values: Array.from({ length: n }, (_, i) => ({ id: `s_${i}`, label: { en: `S${i}` } })) },
    events: Object.fromEntries(Array.from({ length: n }, (_, i) => [`e_${i}`, { label: { en: `E${i}` }, edges: [{ from: [`s_${i}`], to: `s_${(i + 1) % n}`, source: [{ domain: 'test' }] }] }])),
  } as never);

describe('large machines stay linear', () => {
  it('an extension with a rule per edge: 20,000 require and 10,000 forbid rules well under 10 s (20,000 require rules took 35 s)', () => {
    const n = 20_000;
    const m = ring(n);
    const t0 = performance.now();
    const extended = extendMachine(m as never, {
      require: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? { event: `e_${i}`, guards: ['has_reason'] } : { event: `e_${i}`, from: `s_${i}`, guards: ['has_reason', 'has_purchase'] })),
      forbid: Array.from({ length: n / 2 }, (_, i) => (i % 2 === 0 ? { event: `e_${2 * i}`, why: { en: 'no' } } : { event: `e_${2 * i}`, from: `s_${2 * i}`, why: { en: 'no' } })),
    } as never) as unknown as { edges: readonly { event: string; guards: readonly string[] }[]; forbidden: readonly unknown[] };
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(extended.edges).toHaveLength(n / 2);
    expect(extended.forbidden).toHaveLength(n / 2);
    expect(extended.edges[0]).toMatchObject({ event: 'e_1', guards: ['has_reason', 'has_purchase'] });
  });
  it('refuses a rule on an edge an earlier rule forbade, at its event or its from state', () => {
    const m = ring(4);
    const at = (extension: object) => {
      try {
        extendMachine(m as never, extension as never);
      } catch (error) {
        return (error as { path: unknown }).path;
      }
      return undefined;
    };
    expect(at({ forbid: [{ event: 'e_1', why: { en: 'no' } }, { event: 'e_1', why: { en: 'again' } }] })).toEqual(['forbid', 1, 'event']);
    expect(at({ forbid: [{ event: 'e_1', from: 's_1', why: { en: 'no' } }, { event: 'e_1', from: 's_1', why: { en: 'again' } }] })).toEqual(['forbid', 1, 'event']);
    expect(at({ require: [{ event: 'e_1', from: 's_2', guards: ['has_reason'] }] })).toEqual(['require', 0, 'from']);
    expect(at({ require: [{ event: 'e_9', guards: ['has_reason'] }] })).toEqual(['require', 0, 'event']);
  });
  it('20,000 can calls and a history of 20,000 records on a machine of 8,000 edges, well under 5 s (they took 10.6 s and 4.3 s)', () => {
    const n = 8000;
    const m = ring(n);
    const t0 = performance.now();
    for (let i = 0; i < 20_000; i++) expect(can(m as never, `s_${i % n}`, `e_${i % n}` as never).ok).toBe(true);
    const history = Array.from({ length: 20_000 }, (_, i) => ({ machine: 'ring', from: `s_${i % n}`, to: `s_${(i + 1) % n}`, event: `e_${i % n}`, at: new Date(1e12 + i * 1000).toISOString() }));
    expect(validateHistory(m as never, history as never, { mode: 'all' })).toMatchObject({ ok: true });
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
