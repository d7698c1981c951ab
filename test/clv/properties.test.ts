import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bgNbdLogLikelihood,
  expectedAverageSpend,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  gammaGammaLogLikelihood,
  logGamma,
  logHyp2f1,
  paretoNbdLogLikelihood,
  probabilityAlive,
  summarizeTransactions,
  type CustomerHistory,
} from '../../src/clv/index.js';
import { logHyp2f1Ap1 } from '../../src/clv/math/special.js';

const positive = (min: number, max: number) =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((v) => Math.exp(v));

/** A valid history: x whole >= 0, 0 <= tx <= T, tx = 0 when x = 0. */
const history = (maxT: number): fc.Arbitrary<CustomerHistory> =>
  fc
    .record({
      x: fc.integer({ min: 0, max: 200 }),
      T: fc.double({ min: 0, max: maxT, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ x, T, share }) => ({ x, tx: x === 0 ? 0 : T * share, T }));

const bgParams = (lo: number, hi: number) => fc.record({ r: positive(lo, hi), alpha: positive(lo, hi), a: positive(lo, hi), b: positive(lo, hi) });
const pnbdParams = (lo: number, hi: number) => fc.record({ r: positive(lo, hi), alpha: positive(lo, hi), s: positive(lo, hi), beta: positive(lo, hi) });
const bg = (params: { r: number; alpha: number; a: number; b: number }) => ({ model: 'bg-nbd', timeUnit: 'weeks', params }) as const;
const pnbd = (params: { r: number; alpha: number; s: number; beta: number }) => ({ model: 'pareto-nbd', timeUnit: 'weeks', params }) as const;

describe('special functions', () => {
  it('logGamma satisfies ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    fc.assert(
      fc.property(positive(1e-6, 1e6), (x) => {
        expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 8 - Math.max(0, Math.log10(Math.abs(logGamma(x)) + 1)));
      }),
    );
  });
  it('2F1(a, b; b; z) = (1 − z)^(−a)', () => {
    fc.assert(
      fc.property(positive(1e-3, 50), positive(1e-3, 50), fc.double({ min: -5, max: 0.95, noNaN: true }), (a, b, z) => {
        expect(logHyp2f1(a, b, b, z)).toBeCloseTo(-a * Math.log1p(-z), 6);
      }),
    );
  });
  it('the quadrature and the series agree for 2F1(a, b; a + 1; z) where both are valid', () => {
    fc.assert(
      fc.property(positive(1e-2, 100), positive(1e-2, 20), fc.double({ min: 0.8, max: 0.99, noNaN: true }), (a, b, z) => {
        expect(logHyp2f1Ap1(a, b, z)).toBeCloseTo(logHyp2f1(a, b, a + 1, z), 8);
      }),
    );
  });
});

describe('BG/NBD likelihood', () => {
  it('is finite for valid histories and parameters in [1e-4, 1e4]; a probability (<= 0) for x = 0', () => {
    fc.assert(
      fc.property(bgParams(1e-4, 1e4), fc.array(history(1000), { minLength: 1, maxLength: 20 }), (p, hs) => {
        expect(Number.isFinite(bgNbdLogLikelihood(p, hs))).toBe(true);
        for (const h of hs) if (h.x === 0) expect(bgNbdLogLikelihood(p, [h])).toBeLessThanOrEqual(1e-9) // log of a probability, up to rounding in log-sum-exp;
      }),
    );
  });
  it('stays finite at the parameter bounds of the search box and for very large T', () => {
    fc.assert(
      fc.property(bgParams(1e-6, 1e6), fc.constantFrom(1e-6, 1e6), history(1e7), (p, bound, h) => {
        for (const key of ['r', 'alpha', 'a', 'b'] as const) {
          expect(Number.isFinite(bgNbdLogLikelihood({ ...p, [key]: bound }, [h]))).toBe(true);
        }
        expect(Number.isFinite(bgNbdLogLikelihood(p, [{ x: h.x, tx: h.tx, T: 1e9 }]))).toBe(true);
      }),
    );
  });
  it('P(alive) is in [0, 1], is 1 for x = 0, and expectations grow with the horizon', () => {
    fc.assert(
      fc.property(bgParams(1e-2, 1e2), history(200), positive(0.1, 100), (p, h, t) => {
        fc.pre(p.a + p.b > 1.01 && Math.abs(p.a - 1) > 1e-3);
        const model = bg(p);
        const alive = probabilityAlive(model, h);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        if (h.x === 0) expect(alive).toBe(1);
        const e1 = expectedPurchases(model, h, { value: t, unit: 'weeks' });
        const e2 = expectedPurchases(model, h, { value: 2 * t, unit: 'weeks' });
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9));
        const n1 = expectedPurchasesNewCustomer(model, { value: t, unit: 'weeks' });
        expect(Number.isFinite(n1) && n1 >= 0).toBe(true);
      }),
    );
  });
  it('a = 1 (a removable singularity) gives the limit of its neighbours', () => {
    const p = { r: 0.5, alpha: 5, a: 1, b: 2 };
    const h = { x: 3, tx: 20, T: 30 };
    const at = expectedPurchases(bg(p), h, { value: 10, unit: 'weeks' });
    const near = expectedPurchases(bg({ ...p, a: 1.001 }), h, { value: 10, unit: 'weeks' });
    expect(at).toBeCloseTo(near, 3);
  });
});

describe('Pareto/NBD likelihood', () => {
  it('is finite for valid histories and parameters in [1e-4, 1e4]; a probability (<= 0) for x = 0', () => {
    fc.assert(
      fc.property(pnbdParams(1e-4, 1e4), fc.array(history(1000), { minLength: 1, maxLength: 10 }), (p, hs) => {
        expect(Number.isFinite(paretoNbdLogLikelihood(p, hs))).toBe(true);
        for (const h of hs) if (h.x === 0) expect(paretoNbdLogLikelihood(p, [h])).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 60 },
    );
  });
  it('stays finite at the parameter bounds of the search box and for very large T', () => {
    fc.assert(
      fc.property(pnbdParams(1e-6, 1e6), fc.constantFrom(1e-6, 1e6), history(1e7), (p, bound, h) => {
        for (const key of ['r', 'alpha', 's', 'beta'] as const) {
          expect(Number.isFinite(paretoNbdLogLikelihood({ ...p, [key]: bound }, [h]))).toBe(true);
        }
        expect(Number.isFinite(paretoNbdLogLikelihood(p, [{ x: h.x, tx: h.tx, T: 1e9 }]))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
  it('with alpha = beta reduces to the closed form (no hypergeometric term)', () => {
    fc.assert(
      fc.property(positive(1e-2, 1e2), positive(1e-2, 1e2), positive(1e-2, 1e2), history(100), (r, ab, s, h) => {
        const { x, tx, T } = h;
        const k = r + s + x;
        const a0 = Math.pow(ab + tx, -k) - Math.pow(ab + T, -k);
        const direct =
          logGamma(r + x) - logGamma(r) + r * Math.log(ab) + s * Math.log(ab) +
          Math.log(Math.pow(ab + T, -(r + x)) * Math.pow(ab + T, -s) + (s / k) * a0);
        // Keep the reference formula away from subnormal powers, where it (not the library) loses digits.
        fc.pre(Number.isFinite(direct) && Math.pow(ab + T, -(k + 1)) > 1e-250);
        expect(paretoNbdLogLikelihood({ r, alpha: ab, s, beta: ab }, [h])).toBeCloseTo(direct, 6);
      }),
    );
  });
  it('is continuous across alpha = beta (where the formula switches branches)', () => {
    const h = { x: 4, tx: 12, T: 30 };
    const at = (alpha: number) => paretoNbdLogLikelihood({ r: 0.6, alpha, s: 0.7, beta: 10 }, [h]);
    expect(at(10 - 1e-7)).toBeCloseTo(at(10 + 1e-7), 6);
  });
  it('P(alive) is in [0, 1] and expectations are finite and grow with the horizon (s = 1 included)', () => {
    fc.assert(
      fc.property(pnbdParams(1e-2, 1e2), fc.boolean(), history(200), positive(0.1, 100), (p0, sIsOne, h, t) => {
        const model = pnbd(sIsOne ? { ...p0, s: 1 } : p0);
        const alive = probabilityAlive(model, h);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        const e1 = expectedPurchases(model, h, { value: t, unit: 'weeks' });
        const e2 = expectedPurchases(model, h, { value: 2 * t, unit: 'weeks' });
        expect(Number.isFinite(e1) && e1 >= 0).toBe(true);
        expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9));
      }),
    );
  });
});

describe('Gamma-Gamma', () => {
  it('the likelihood is finite for positive spends and parameters in [1e-4, 1e4]', () => {
    fc.assert(
      fc.property(
        fc.record({ p: positive(1e-4, 1e4), q: positive(1e-4, 1e4), gamma: positive(1e-4, 1e4) }),
        fc.array(fc.record({ x: fc.integer({ min: 1, max: 500 }), meanRepeatSpend: positive(1e-2, 1e6) }), { minLength: 1, maxLength: 20 }),
        (p, rows) => {
          expect(Number.isFinite(gammaGammaLogLikelihood(p, rows))).toBe(true);
        },
      ),
    );
  });
  it('the expected spend lies between the population mean and the customer’s mean', () => {
    fc.assert(
      fc.property(positive(0.1, 50), positive(1.01, 50), positive(0.1, 100), fc.integer({ min: 0, max: 100 }), positive(0.1, 1000), (p, q, gamma, x, m) => {
        const model = { model: 'gamma-gamma', params: { p, q, gamma } } as const;
        const e = expectedAverageSpend(model, { x, meanRepeatSpend: x === 0 ? 0 : m });
        const population = (p * gamma) / (q - 1);
        const lo = Math.min(population, x === 0 ? population : m);
        const hi = Math.max(population, x === 0 ? population : m);
        expect(e).toBeGreaterThanOrEqual(lo * (1 - 1e-9));
        expect(e).toBeLessThanOrEqual(hi * (1 + 1e-9));
      }),
    );
  });
});

describe('summarizeTransactions', () => {
  const tx = fc.record({
    c: fc.integer({ min: 1, max: 6 }),
    d: fc.integer({ min: 0, max: 120 }),
    v: fc.integer({ min: 1, max: 10_000 }),
  });
  const accessors = { customerId: (t: { c: number }) => t.c, at: (t: { d: number }) => t.d * 86_400_000, amount: (t: { v: number }) => t.v };
  it('gives valid histories and does not depend on the order of the transactions', () => {
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 60 }), fc.integer({ min: 0, max: 120 }), (rows, end) => {
        const options = { calibrationEnd: end * 86_400_000, holdoutEnd: 130 * 86_400_000, timeUnit: 'days' } as const;
        const a = summarizeTransactions(rows, accessors, options);
        const b = summarizeTransactions([...rows].reverse(), accessors, options);
        expect(b).toEqual(a);
        for (const c of a.customers) {
          expect(c.tx).toBeLessThanOrEqual(c.T);
          expect(c.x >= 0 && Number.isInteger(c.x)).toBe(true);
          if (c.x === 0) expect(c.tx).toBe(0);
        }
        // Every valid summary has a finite likelihood.
        if (a.customers.length > 0) expect(Number.isFinite(bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, a))).toBe(true);
      }),
    );
  });
  it('does not mutate its input', () => {
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 30 }), (rows) => {
        const copy = structuredClone(rows);
        summarizeTransactions(rows, accessors, { calibrationEnd: 100 * 86_400_000, timeUnit: 'weeks' });
        expect(rows).toEqual(copy);
      }),
    );
  });
});
