import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  holdoutCheck,
  probabilityAlive,
  type BgNbdModel,
  type CustomerSummary,
  type GammaGammaModel,
  type ParetoNbdModel,
} from '../../src/clv/index.js';
import { cdnowSummary, publishedSummary } from './cdnow-data.js';

/** |actual − expected| <= tolerance · |expected| (testthat's relative tolerance, as CLVTools' tests use). */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(tolerance);
}

/** numpy's assert_almost_equal(decimal=2), as lifetimes' tests use: |actual − expected| < 1.5e-2. */
function expectDecimal2(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThan(1.5e-2);
}

let summary: CustomerSummary;
let bg: BgNbdModel;
let pnbd: ParetoNbdModel;
let gg: GammaGammaModel;

beforeAll(() => {
  summary = cdnowSummary('weeks');
  bg = fitBgNbd(summary);
  pnbd = fitParetoNbd(summary);
  gg = fitGammaGamma(summary);
});

describe('CDNOW summary', () => {
  it('reproduces the published per-customer summary (rounded to 2 dp)', () => {
    expect(summary.customers).toHaveLength(2357);
    expect(publishedSummary).toHaveLength(2357);
    summary.customers.forEach((c, i) => {
      const [id, x, tx, T, zbar] = publishedSummary[i] as number[];
      expect(c.customerId).toBe(id);
      expect(c.x).toBe(x);
      // The file rounds half-way values either way (binary floats): allow half a cent of rounding.
      expect(Math.abs(c.tx - (tx as number))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.T - (T as number))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(c.meanRepeatSpend - (zbar as number))).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  it('has the published totals', () => {
    const xs = summary.customers.map((c) => c.x);
    expect(xs.reduce((a, b) => a + b, 0)).toBe(2457);
    expect(xs.filter((x) => x > 0)).toHaveLength(946);
    expect(xs.filter((x) => x === 0)).toHaveLength(1411);
    // 6,696 customer-days in all; 2,357 first purchases + 2,457 repeats in calibration.
    expect(summary.customers.reduce((a, c) => a + (c.holdoutPurchases ?? 0), 0)).toBe(6696 - 2357 - 2457);
  });
});

describe('BG/NBD on CDNOW (Fader, Hardie & Lee 2005)', () => {
  it('matches CLVTools to its test tolerance (relative 1e-3)', () => {
    expectRelative(bg.params.r, 0.2425945, 1e-3);
    expectRelative(bg.params.alpha, 4.4136019, 1e-3);
    expectRelative(bg.params.a, 0.7929199, 1e-3);
    expectRelative(bg.params.b, 2.4258881, 1e-3);
  });
  it('matches the paper to lifetimes’ test precision (2 decimals) and the log-likelihood -9582.429', () => {
    expectDecimal2(bg.params.r, 0.243);
    expectDecimal2(bg.params.alpha, 4.414);
    expectDecimal2(bg.params.a, 0.793);
    expectDecimal2(bg.params.b, 2.426);
    expect(Math.abs(bg.logLikelihood - -9582.429)).toBeLessThan(1e-3);
    expect(bg.fit.converged).toBe(true);
    expect(bg.fit.atBound).toBeUndefined();
    expect(bg.data).toMatchObject({ customers: 2357, repeatCustomers: 946, totalRepeatPurchases: 2457 });
  });
  it('reproduces the paper’s worked customer: x = 2, tx = 30.43, T = 38.86 → 1.226 purchases in 39 weeks', () => {
    const c = { x: 2, tx: 30.43, T: 38.86 };
    expect(expectedPurchases(bg, c, { value: 39, unit: 'weeks' })).toBeCloseTo(1.226, 3);
  });
});

describe('Pareto/NBD on CDNOW (Schmittlein, Morrison & Colombo 1987)', () => {
  it('matches CLVTools to its test tolerance (relative 1e-3) for r, alpha, s and the log-likelihood', () => {
    expectRelative(pnbd.params.r, 0.55315, 1e-3);
    expectRelative(pnbd.params.alpha, 10.57633, 1e-3);
    expectRelative(pnbd.params.s, 0.60625, 1e-3);
    expectRelative(pnbd.params.beta, 11.6715, 1e-3);
    expect(Math.abs(pnbd.logLikelihood - -9594.976)).toBeLessThan(1e-3);
  });
  it('matches the paper to 2 decimals (beta is weakly identified, SE 6.2)', () => {
    expectDecimal2(pnbd.params.r, 0.553);
    expectDecimal2(pnbd.params.alpha, 10.578);
    expectDecimal2(pnbd.params.s, 0.606);
    expectDecimal2(pnbd.params.beta, 11.669);
    expect(pnbd.fit.converged).toBe(true);
  });
});

describe('Gamma-Gamma on CDNOW (Fader, Hardie & Lee 2005, RFM and CLV)', () => {
  it('matches p = 6.25, q = 3.74, gamma = 15.44 (2 decimals) and CLVTools’ log-likelihood -4055.9177', () => {
    expectDecimal2(gg.params.p, 6.25);
    expectDecimal2(gg.params.q, 3.74);
    expectDecimal2(gg.params.gamma, 15.44);
    expect(Math.abs(gg.logLikelihood - -4055.9177)).toBeLessThan(1e-3);
    expect(gg.data.customers).toBe(946);
    // Population mean spend p·gamma/(q − 1) ≈ $35.
    expect((gg.params.p * gg.params.gamma) / (gg.params.q - 1)).toBeCloseTo(35.2, 1);
  });
});

describe('holdout check (weeks 40-78)', () => {
  it('expected total repeat purchases are close to the actual 1,882', () => {
    const b = holdoutCheck(bg, summary);
    const p = holdoutCheck(pnbd, summary);
    expect(b.actual).toBe(1882);
    expect(b.holdout).toEqual({ value: 39, unit: 'weeks' });
    // Recorded for the report: BG/NBD and Pareto/NBD totals.
    expect(Math.abs(b.expected - b.actual) / b.actual).toBeLessThan(0.15);
    expect(Math.abs(p.expected - p.actual) / p.actual).toBeLessThan(0.15);
    expect({ bg: Math.round(b.expected), pnbd: Math.round(p.expected) }).toMatchSnapshot();
  });
});

describe('time units', () => {
  it('a model fitted in days forecasts the same as one fitted in weeks', () => {
    const days = fitBgNbd(cdnowSummary('days'));
    expect(days.timeUnit).toBe('days');
    expectRelative(days.params.alpha, bg.params.alpha * 7, 1e-3);
    expectRelative(days.params.r, bg.params.r, 1e-3);
    const c = summary.customers[0]!;
    const inDays = { x: c.x, tx: c.tx * 7, T: c.T * 7 };
    expectRelative(
      expectedPurchases(days, inDays, { value: 1, unit: 'years' }),
      expectedPurchases(bg, c, { value: 1, unit: 'years' }),
      2e-3,
    );
    expectRelative(probabilityAlive(days, inDays), probabilityAlive(bg, c), 2e-3);
  });
  it('refuses a summary in another unit than the model', () => {
    expect(() => holdoutCheck(bg, cdnowSummary('days'))).toThrowError(/days.*weeks/);
  });
});

describe('fitted models are plain JSON', () => {
  it('survive a JSON round trip and predict the same', () => {
    for (const model of [bg, pnbd]) {
      const stored = JSON.parse(JSON.stringify(model)) as typeof model;
      expect(stored).toEqual(model);
      const c = { x: 3, tx: 20, T: 35 };
      expect(probabilityAlive(stored, c)).toBe(probabilityAlive(model, c));
    }
    expect(JSON.parse(JSON.stringify(gg))).toEqual(gg);
  });
});
