import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedPurchases, expectedSpend, probabilityAlive, summarizeTransactions, type CustomerHistory } from '../../src/clv/index.js';
import { bgNbdExpected, bgNbdExpectedIntegral, bgNbdObjective } from '../../src/clv/bg-nbd.js';
import { groupHistories } from '../../src/clv/histories.js';
import { exactSum } from '../../src/records/index.js';
import { logGamma, logHyp2f1Series } from '../../src/clv/math/special.js';
import { paretoNbdObjective, paretoNbdRowLogLikelihood } from '../../src/clv/pareto-nbd.js';

const positive = (min: number, max: number) => fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((v) => Math.exp(v));

/** A valid history: x whole >= 0, 0 <= tx <= T, tx = 0 when x = 0. */
const history = (maxT: number): fc.Arbitrary<CustomerHistory> =>
  fc
    .record({ x: fc.integer({ min: 0, max: 200 }), T: fc.double({ min: 0, max: maxT, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
    .map(({ x, T, share }) => ({ x, tx: x === 0 ? 0 : T * share, T }));

const bgParams = (lo: number, hi: number) => fc.record({ r: positive(lo, hi), alpha: positive(lo, hi), a: positive(lo, hi), b: positive(lo, hi) });
const pnbdParams = (lo: number, hi: number) => fc.record({ r: positive(lo, hi), alpha: positive(lo, hi), s: positive(lo, hi), beta: positive(lo, hi) });
const bg = (params: { r: number; alpha: number; a: number; b: number }) => ({ model: 'bg-nbd', timeUnit: 'weeks', params }) as const;
const pnbd = (params: { r: number; alpha: number; s: number; beta: number }) => ({ model: 'pareto-nbd', timeUnit: 'weeks', params }) as const;

/** Total log-likelihood of histories under BG/NBD or Pareto/NBD parameters (through the fits' objective). */
function bgLl(p: { r: number; alpha: number; a: number; b: number }, hs: readonly CustomerHistory[]): number {
  const g = groupHistories(hs, []);
  return -g.customers * bgNbdObjective(g, 0, 0)(Float64Array.of(p.r, p.alpha, p.a, p.b), undefined);
}
function pnbdLl(p: { r: number; alpha: number; s: number; beta: number }, hs: readonly CustomerHistory[]): number {
  const g = groupHistories(hs, []);
  return -g.customers * paretoNbdObjective(g, 0, 0)(Float64Array.of(p.r, p.alpha, p.s, p.beta), undefined);
}

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
      fc.property(positive(1e-3, 50), positive(1e-3, 50), fc.double({ min: 0, max: 0.95, noNaN: true }), (a, b, z) => {
        const v = logHyp2f1Series(a, b, b, z);
        if (!Number.isNaN(v)) expect(v).toBeCloseTo(-a * Math.log1p(-z), 6);
      }),
    );
  });
});

describe('BG/NBD likelihood', () => {
  it('is finite for valid histories and parameters in [1e-4, 1e4]; a probability (<= 0) for x = 0', () => {
    fc.assert(
      fc.property(bgParams(1e-4, 1e4), fc.array(history(1000), { minLength: 1, maxLength: 20 }), (p, hs) => {
        expect(Number.isFinite(bgLl(p, hs))).toBe(true);
        for (const h of hs) if (h.x === 0) expect(bgLl(p, [h])).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('its analytic gradient matches central differences (with covariates too)', () => {
    fc.assert(
      fc.property(bgParams(0.05, 20), fc.array(history(100), { minLength: 2, maxLength: 12 }), fc.double({ min: -1, max: 1, noNaN: true }), (p, hs, gamma) => {
        const rows = hs.map((h, i) => ({ ...h, covariates: { z: i % 2 } }));
        const g = groupHistories(rows, ['z', 'z']);
        const f = bgNbdObjective(g, 1, 1);
        const v = Float64Array.of(p.r, p.alpha, p.a, p.b, gamma, -gamma / 2);
        const grad = new Float64Array(6);
        f(v, grad);
        for (let i = 0; i < 6; i++) {
          const h = 1e-6 * Math.max(1, Math.abs(v[i]!));
          const up = Float64Array.from(v);
          const down = Float64Array.from(v);
          up[i] = v[i]! + h;
          down[i] = v[i]! - h;
          const numeric = (f(up, undefined) - f(down, undefined)) / (2 * h);
          expect(Math.abs(grad[i]! - numeric)).toBeLessThan(1e-5 * (1 + Math.abs(numeric)));
        }
      }),
      { numRuns: 60 },
    );
  });
  it('P(alive) is in [0, 1], is 1 for x = 0, and expectations grow with the horizon', () => {
    fc.assert(
      fc.property(bgParams(1e-2, 1e2), history(200), positive(0.1, 100), (p, h, t) => {
        const model = bg(p);
        const alive = probabilityAlive(model, h);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        if (h.x === 0) expect(alive).toBe(1);
        const e1 = expectedPurchases(model, h, { horizon: { value: t, unit: 'weeks' } });
        const e2 = expectedPurchases(model, h, { horizon: { value: 2 * t, unit: 'weeks' } });
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9));
      }),
    );
  });
  it('the closed form (eq. 10) and the integral over the dropout probability agree', () => {
    fc.assert(
      fc.property(bgParams(0.05, 20), history(100), positive(0.5, 200), (p, h, t) => {
        fc.pre(Math.abs(p.a - 1) > 1e-2);
        const closed = bgNbdExpected(p, h.x, h.tx, h.T, 0, t);
        const integral = bgNbdExpectedIntegral(p, h.x, h.tx, h.T, 0, t);
        expect(Math.abs(closed - integral)).toBeLessThanOrEqual(1e-8 * Math.max(1e-300, integral) + 1e-300);
      }),
      { numRuns: 60 },
    );
  });
  it('a = 1 (a removable singularity of the closed form) gives the limit of its neighbours', () => {
    const p = { r: 0.5, alpha: 5, a: 1, b: 2 };
    const h = { x: 3, tx: 20, T: 30 };
    const at = expectedPurchases(bg(p), h, { horizon: { value: 10, unit: 'weeks' } });
    const near = expectedPurchases(bg({ ...p, a: 1.0001 }), h, { horizon: { value: 10, unit: 'weeks' } });
    expect(at).toBeCloseTo(near, 4);
  });
});

describe('Pareto/NBD likelihood', () => {
  it('is finite for valid histories and parameters in [1e-4, 1e4]; a probability (<= 0) for x = 0', () => {
    fc.assert(
      fc.property(pnbdParams(1e-4, 1e4), fc.array(history(1000), { minLength: 1, maxLength: 10 }), (p, hs) => {
        expect(Number.isFinite(pnbdLl(p, hs))).toBe(true);
        for (const h of hs) if (h.x === 0) expect(paretoNbdRowLogLikelihood(p, h.x, h.tx, h.T)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
  it('regression (FC_SEED=1055009391): x = 0, t_x = 0 and T = 1.8e-10 or T = 0 gave +1.8e-12', () => {
    const p = { r: 1, alpha: 1, s: 1, beta: 1 };
    expect(paretoNbdRowLogLikelihood(p, 0, 0, 1.8e-10)).toBeLessThanOrEqual(0);
    expect(paretoNbdRowLogLikelihood(p, 0, 0, 0)).toBe(0);
    expect(pnbdLl(p, [{ x: 0, tx: 0, T: 1.8e-10 }, { x: 0, tx: 0, T: 0 }])).toBeLessThanOrEqual(0);
  });
  it('regression (issue 13): extreme parameters and x = 0 give a log-probability <= 0 (was +1.8e-6; true −8.4e-17)', () => {
    const p = { r: 1.3310841788180418e-6, alpha: 6515.43196083198, s: 30865.526279964604, beta: 0.012721388928639468 };
    expect(paretoNbdRowLogLikelihood(p, 0, 0, 10)).toBeLessThanOrEqual(0);
    expect(pnbdLl(p, [{ x: 0, tx: 0, T: 10 }])).toBeLessThanOrEqual(0);
  });
  it('its analytic gradient matches central differences (series and quadrature paths, covariates)', () => {
    fc.assert(
      fc.property(pnbdParams(0.05, 20), fc.array(history(100), { minLength: 2, maxLength: 10 }), fc.double({ min: -1, max: 1, noNaN: true }), (p, hs, gamma) => {
        const rows = hs.map((h, i) => ({ ...h, covariates: { z: i % 2 } }));
        const g = groupHistories(rows, ['z', 'z']);
        const f = paretoNbdObjective(g, 1, 1);
        const v = Float64Array.of(p.r, p.alpha, p.s, p.beta, gamma, -gamma / 2);
        const grad = new Float64Array(6);
        f(v, grad);
        for (let i = 0; i < 6; i++) {
          const h = 1e-6 * Math.max(1, Math.abs(v[i]!));
          const up = Float64Array.from(v);
          const down = Float64Array.from(v);
          up[i] = v[i]! + h;
          down[i] = v[i]! - h;
          const numeric = (f(up, undefined) - f(down, undefined)) / (2 * h);
          expect(Math.abs(grad[i]! - numeric)).toBeLessThan(1e-5 * (1 + Math.abs(numeric)));
        }
      }),
      { numRuns: 60 },
    );
  });
  it('with alpha = beta reduces to the closed form (no integral term)', () => {
    fc.assert(
      fc.property(positive(1e-2, 1e2), positive(1e-2, 1e2), positive(1e-2, 1e2), history(100), (r, ab, s, h) => {
        const { x, tx, T } = h;
        const k = r + s + x;
        const a0 = Math.pow(ab + tx, -k) - Math.pow(ab + T, -k);
        const direct = logGamma(r + x) - logGamma(r) + r * Math.log(ab) + s * Math.log(ab) + Math.log(Math.pow(ab + T, -(r + x)) * Math.pow(ab + T, -s) + (s / k) * a0);
        fc.pre(Number.isFinite(direct) && Math.pow(ab + T, -(k + 1)) > 1e-250);
        expect(pnbdLl({ r, alpha: ab, s, beta: ab }, [h])).toBeCloseTo(direct, 6);
      }),
    );
  });
  it('is continuous across alpha = beta', () => {
    const h = { x: 4, tx: 12, T: 30 };
    const at = (alpha: number) => pnbdLl({ r: 0.6, alpha, s: 0.7, beta: 10 }, [h]);
    expect(at(10 - 1e-7)).toBeCloseTo(at(10 + 1e-7), 6);
  });
  it('P(alive) is in [0, 1] and expectations are finite and grow with the horizon (s = 1 included)', () => {
    fc.assert(
      fc.property(pnbdParams(1e-2, 1e2), fc.boolean(), history(200), positive(0.1, 100), (p0, sIsOne, h, t) => {
        const model = pnbd(sIsOne ? { ...p0, s: 1 } : p0);
        const alive = probabilityAlive(model, h);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        const e1 = expectedPurchases(model, h, { horizon: { value: t, unit: 'weeks' } });
        const e2 = expectedPurchases(model, h, { horizon: { value: 2 * t, unit: 'weeks' } });
        expect(Number.isFinite(e1) && e1 >= 0).toBe(true);
        expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9));
      }),
    );
  });
});

describe('Gamma-Gamma', () => {
  it('the expected spend lies between the population mean and the customer’s mean', () => {
    fc.assert(
      fc.property(positive(0.1, 50), positive(1.01, 50), positive(0.1, 100), fc.integer({ min: 0, max: 100 }), positive(0.1, 1000), (p, q, gamma, x, m) => {
        const model = { model: 'gamma-gamma', params: { p, q, gamma } } as const;
        const e = expectedSpend(model, { x, meanRepeatSpend: x === 0 ? 0 : m });
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
  const tx = fc.record({ c: fc.integer({ min: 1, max: 6 }), d: fc.integer({ min: 0, max: 120 }), v: fc.integer({ min: 1, max: 10_000 }) });
  const accessors = { customerId: (t: { c: number }) => t.c, at: (t: { d: number }) => t.d * 86_400_000, amount: (t: { v: number }) => t.v };
  it('gives valid histories and does not depend on the order of the transactions', () => {
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 60 }), fc.integer({ min: 0, max: 120 }), (rows, end) => {
        const options = { accessors, calibrationEnd: end * 86_400_000, holdoutEnd: 130 * 86_400_000, timeUnit: 'days' } as const;
        const a = summarizeTransactions(rows, options);
        const b = summarizeTransactions([...rows].reverse(), options);
        expect(b).toEqual(a);
        for (const c of a.customers) {
          expect(c.tx).toBeLessThanOrEqual(c.T);
          expect(c.x >= 0 && Number.isInteger(c.x)).toBe(true);
          if (c.x === 0) expect(c.tx).toBe(0);
          // The mean spend is the mean of the repeat days' totals, from the raw rows.
          const mine = rows.filter((r) => r.c === c.customerId && r.d * 86_400_000 <= options.calibrationEnd);
          const first = Math.min(...mine.map((r) => r.d));
          const repeat = mine.filter((r) => r.d !== first).reduce((s, r) => s + r.v, 0);
          expect(c.meanRepeatSpend).toBe(c.x === 0 ? 0 : repeat / c.x);
        }
        if (a.customers.length > 0) expect(Number.isFinite(bgLl({ r: 1, alpha: 1, a: 1, b: 1 }, a.customers))).toBe(true);
      }),
    );
  });
  it('gives the same summary in any order of the rows, amounts in cents or any double, refunds included: exact sums', () => {
    const amount = fc.oneof(fc.integer({ min: -5_000, max: 100_000 }).map((n) => n / 100), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const row = fc.record({ c: fc.integer({ min: 1, max: 3 }), d: fc.integer({ min: 0, max: 15 }), v: amount });
    const shuffled = fc.array(row, { maxLength: 40 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    fc.assert(
      fc.property(shuffled, ([rows, other]) => {
        const options = { accessors, calibrationEnd: 12 * 86_400_000, holdoutEnd: 15 * 86_400_000, timeUnit: 'days' } as const;
        const a = summarizeTransactions(rows, options);
        expect(summarizeTransactions(other, options)).toEqual(a);
        for (const c of a.customers) {
          // The exact sum of the repeat days' amounts, rounded once, over x.
          const mine = rows.filter((r) => r.c === c.customerId && r.d <= 12);
          const first = Math.min(...mine.map((r) => r.d));
          expect(c.meanRepeatSpend).toBe(c.x === 0 ? 0 : exactSum(mine.filter((r) => r.d !== first).map((r) => r.v)) / c.x);
        }
      }),
    );
  });
  it('does not mutate its input', () => {
    fc.assert(
      fc.property(fc.array(tx, { maxLength: 30 }), (rows) => {
        const copy = structuredClone(rows);
        summarizeTransactions(rows, { accessors, calibrationEnd: 100 * 86_400_000, timeUnit: 'weeks' });
        expect(rows).toEqual(copy);
      }),
    );
  });
});
