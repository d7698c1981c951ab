/** DistinctDays: distinct purchase days per customer, against a Set per customer, on both of its stores. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistinctDays } from '../../src/records/day-pairs.js';

/** The reference: a Set of days per customer. */
function reference(pairs: readonly (readonly [number, number])[], n: number): number[] {
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (const [k, d] of pairs) sets[k]!.add(d);
  return sets.map((s) => s.size);
}

function counted(pairs: readonly (readonly [number, number])[], n: number): number[] {
  const days = new DistinctDays();
  for (const [k, d] of pairs) days.push(k, d);
  return [...days.counts(n)];
}

describe('DistinctDays', () => {
  it('counts each customer’s distinct days, repeats and any order included (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1200 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: -3000, max: 3000 })), { maxLength: 3000 })),
        ),
        ([n, pairs]) => {
          expect(counted(pairs, n)).toEqual(reference(pairs, n));
        },
      ),
    );
  });

  it('counts days outside the packed window and customers beyond 2^21 through the general store', () => {
    const n = 2 ** 21 + 3;
    const far = n - 1;
    const pairs: [number, number][] = [
      [0, 100], [0, 100], [0, 101],
      [0, 100 + 5000], [0, 100 + 5000], [0, 100 - 5000], // outside the 2,048-day window of the first day
      [far, 100], [far, 100], [far, 102], // a customer index a 32-bit packed pair cannot hold
      [5, -40_000], [5, 90_000], [5, 90_000],
    ];
    const out = counted(pairs, n);
    expect([out[0], out[5], out[far], out[1]]).toEqual([4, 2, 2, 0]);
  });

  it('counts nothing when no pair was added', () => {
    expect([...new DistinctDays().counts(3)]).toEqual([0, 0, 0]);
  });
});
