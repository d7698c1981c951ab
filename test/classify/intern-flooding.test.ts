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

it('ordinary results are shared: parameters that differ only in their low bits spread over the table', () => {
  for (const param of [(k: number) => k + 0.5, (k: number) => k / 4]) {
    const make = () => Array.from({ length: 3000 }, (_, k) => ({ value: 'loyal', known: true, source: 'derived', reasons: [{ code: 'zz_reason', params: { x: param(k) } }] }) as unknown as DimensionResult);
    const share = interner(1_000_000);
    const first = make().map((r) => share(r, 0));
    const again = make().map((r) => share(r, 0));
    expect(again.filter((r, i) => r === first[i]).length).toBe(3000);
    expect(again.every((r) => Object.isFrozen(r))).toBe(true);
  }
});
