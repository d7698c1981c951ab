/**
 * Results built to share one hash: the interner's hash of a result is public and invertible, so
 * a reason with two integer parameters can be given values that all land on one chain. A lookup
 * walks a bounded number of slots, so a batch stays linear.
 */
import { expect, it } from 'vitest';
import { interner } from '../../src/classify/intern.js';
import type { DimensionResult } from '../../src/classify/types.js';

const P = 0x01000193;
const mix = (h: number, x: number): number => Math.imul(h ^ x, P);
const P_INV = (() => {
  let x = P;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(P, x));
  return x;
})();
const hashId = (h: number, t: string): number => mix(mix(mix(mix(h, t.length), t.charCodeAt(0)), t.charCodeAt(t.length >> 1)), t.charCodeAt(t.length - 1));

it('results built to share one hash are looked up in bounded time', () => {
  const n = 60_000;
  const start = hashId(hashId(0x811c9dc5, 'loyal'), 'zz_reason');
  const target = Math.imul(0x13579bdf, P_INV);
  const results: DimensionResult[] = Array.from({ length: n }, (_, x) => {
    const h = mix(mix(mix(start, 1), x), 1);
    const y = h ^ target;
    return { value: 'loyal', known: true, source: 'derived', reasons: [{ code: 'zz_reason', params: { x, y } }] } as unknown as DimensionResult;
  });
  const share = interner(1_000_000);
  const t0 = performance.now();
  const out = results.map((r) => share(r, 0));
  const ms = performance.now() - t0;
  // Every one is its own: none was taken for another.
  expect(out.every((r, i) => r === results[i])).toBe(true);
  // Unbounded, the chain makes this n²/2 comparisons: minutes.
  expect(ms).toBeLessThan(5_000);
});
