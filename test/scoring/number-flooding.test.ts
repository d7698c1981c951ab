/**
 * Numeric customer ids chosen to share one hash: V8 hashes a number without a seed (an
 * invertible function of its value), so ids outside the direct table (0..2^22 − 1) built to land
 * in one bucket of a `Map` made every insert walk one chain: 60,000 took 17 s in `fitRfm` and
 * 22 s in `fitAbcFromValues`, where ordinary ids take 0.1 s. The ids here collide under V8's
 * unseeded integer hash (review 13).
 */
import { describe, expect, it } from 'vitest';
import { aggregateTransactions, fitAbcFromValues, fitRfm } from '../../src/index.js';
import { summarizeTransactions } from '../../src/clv/index.js';

/** The multiplicative inverse of an odd `a` modulo 2^32. */
const inverse = (a: number): number => {
  let x = a;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
};
const unXorShift = (h: number, s: number): number => {
  let x = h >>> 0;
  for (let i = 0; i < 32 / s + 1; i++) x = (h ^ (x >>> s)) >>> 0;
  return x;
};
/** V8's `ComputeUnseededHash` of a 32-bit integer (Thomas Wang's). */
const v8Hash = (k: number): number => {
  let h = k >>> 0;
  h = (~h + (h << 15)) >>> 0;
  h = (h ^ (h >>> 12)) >>> 0;
  h = (h + (h << 2)) >>> 0;
  h = (h ^ (h >>> 4)) >>> 0;
  h = Math.imul(h, 2057) >>> 0;
  return (h ^ (h >>> 16)) & 0x3fffffff;
};
/** The integer whose hash is `h`. */
const invert = (h6: number): number => {
  let h = (h6 ^ (h6 >>> 16)) >>> 0;
  h = Math.imul(h, inverse(2057)) >>> 0;
  h = unXorShift(h, 4);
  h = Math.imul(h, inverse(5)) >>> 0;
  h = unXorShift(h, 12);
  return Math.imul((h + 1) >>> 0, inverse(32767)) | 0;
};

/** `n` integer ids outside the direct table whose hashes agree in their low 15 bits (one bucket of any table up to 32,768 buckets). */
function collidingNumbers(n: number): number[] {
  const ids: number[] = [];
  for (let hi = 0; ids.length < n; hi++) {
    const k = invert(((hi << 15) | 0x1234) >>> 0);
    if (k >= -(2 ** 30) && k < 2 ** 30 && !(k >= 0 && k < 2 ** 22)) ids.push(k);
  }
  return ids;
}

describe('numeric ids chosen to collide', () => {
  const ids = collidingNumbers(60_000);
  const rows = ids.map((customerId, i) => ({ customerId, at: 19_000 * 86_400_000 + (i % 90) * 86_400_000, amount: 100 + (i % 7) }));

  it('the ids do collide in a Map (the test builds what it means to)', () => {
    expect(new Set(ids).size).toBe(60_000);
    expect(new Set(ids.slice(0, 2000).map((k) => v8Hash(k) & 0x7fff)).size).toBe(1);
  });

  it('fitRfm, aggregateTransactions, summarizeTransactions and fitAbcFromValues stay linear: 60,000 such ids well under 10 s together (one took 17 s)', () => {
    const t0 = performance.now();
    expect(fitRfm(rows, { asOf: '2024-06-30' }).customers).toHaveLength(60_000);
    expect(aggregateTransactions(rows)).toHaveLength(60_000);
    expect(summarizeTransactions(rows, { calibrationEnd: '2024-06-30', timeUnit: 'days' }).customers).toHaveLength(60_000);
    expect(fitAbcFromValues(ids.map((customerId, i) => ({ customerId, value: i }))).customers).toHaveLength(60_000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 60_000);
});

describe('accessors', () => {
  it('a given accessor that is not a function is refused at its key, where it was called at the first row (a TypeError)', async () => {
    const { thrown } = await import('../support/thrown.js');
    const accessors = { customerId: (r: { id: string }) => r.id, at: () => '2024-01-01', amount: () => 1 };
    for (const profit of ['margin', 42, null]) {
      const error = thrown(() => aggregateTransactions([{ id: 'a' }], { accessors: { ...accessors, profit } as never }));
      expect(error).toMatchObject({ code: 'invalid_argument', path: ['options', 'accessors', 'profit'] });
      expect(thrown(() => fitRfm([{ id: 'a' }], { asOf: '2024-06-30', accessors: { ...accessors, profit } as never })).path).toEqual(['options', 'accessors', 'profit']);
    }
  });
});
