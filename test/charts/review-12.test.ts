/** A hostile review of the charts: the same chart whatever the cuts' order, fields read once, a diagram's description in words. */
import { describe, expect, it } from 'vitest';
import { paretoCurve, rfmHeatmap, stateDiagram } from '../../src/charts/index.js';

/** An object whose getter for `key` answers `first`, then `later`. */
function twice<T extends object>(base: T, key: string, first: unknown, later: unknown): T {
  let reads = 0;
  return Object.defineProperty({ ...base }, key, { enumerable: true, get: () => (reads++ === 0 ? first : later) });
}

it('paretoCurve draws the same chart whatever the order of cuts at one share', () => {
  const a = { label: 'A', customers: 0.5, value: 0.5 };
  const b = { label: 'B', customers: 0.5, value: 0.7 };
  // Before: two different SVGs.
  expect(paretoCurve([], { cuts: [a, b] })).toBe(paretoCurve([], { cuts: [b, a] }));
});

describe('charts read each field once', () => {
  it('rfmHeatmap: a share or a count that changes after the check is drawn as checked', () => {
    const cell = twice({ r: 1, f: 1, count: 3 }, 'revenueShare', 0.5, 'x');
    // Before: "NaN% of revenue".
    expect(rfmHeatmap([cell as never])).toContain('<title>R 1, F 1: 3 customers, 50.0% of revenue; most common segment: —</title>');
    const counted = twice({ r: 1, f: 1, revenueShare: 0.5 }, 'count', 1, 'boom');
    // Before: "0boom customers on a 1 × 1 grid".
    expect(rfmHeatmap([counted as never])).toContain('<desc>1 customer on a 1 × 1 grid');
  });

  it('stateDiagram: a state id that changes after the check is drawn as checked', () => {
    const state = twice({}, 'id', 'a', 42);
    // Before: TypeError: text is not iterable.
    expect(stateDiagram({ states: [state as never], edges: [] })).toContain('>a</text>');
  });
});

it("a state diagram's description counts in words, and says when there is no transition", () => {
  const one = stateDiagram({ states: [{ id: 'a' }], edges: [{ from: 'a', to: 'a' }] });
  expect(one).toContain('1 state and 1 transition: ');
  // Before: "1 states and 0 transitions: ."
  expect(stateDiagram({ states: [{ id: 'a' }], edges: [] })).toContain('1 state and no transitions.');
});
