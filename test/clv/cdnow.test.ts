import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  holdoutCheck,
  probabilityAlive,
  probabilityOfPurchases,
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
  it('matches CLVTools to its test tolerance (relative 1e-3) and the log-likelihood −9582.429', () => {
    expectRelative(bg.params.r, 0.2425945, 1e-3);
    expectRelative(bg.params.alpha, 4.4136019, 1e-3);
    expectRelative(bg.params.a, 0.7929199, 1e-3);
    expectRelative(bg.params.b, 2.4258881, 1e-3);
    expect(Math.abs(bg.logLikelihood - -9582.429)).toBeLessThan(1e-3);
  });
  it('matches the paper to lifetimes’ test precision (2 decimals), converged, no warning', () => {
    expectDecimal2(bg.params.r, 0.243);
    expectDecimal2(bg.params.alpha, 4.414);
    expectDecimal2(bg.params.a, 0.793);
    expectDecimal2(bg.params.b, 2.426);
    expect(bg.fit.converged).toBe(true);
    expect(bg.fit.atBound).toBeUndefined();
    expect(bg.fit.warnings).toBeUndefined();
    expect(bg.data).toMatchObject({ customers: 2357, repeatCustomers: 946, totalRepeatPurchases: 2457 });
  });
  it('has standard errors from the observed information (r 0.0126, alpha 0.378, a 0.186, b 0.705)', () => {
    const se = bg.fit.standardErrors!;
    expectRelative(se.r, 0.012557, 1e-3);
    expectRelative(se.alpha, 0.37822, 1e-3);
    expectRelative(se.a, 0.18573, 2e-3);
    expectRelative(se.b, 0.70541, 2e-3);
    expect(bg.fit.covariance).toHaveLength(4);
  });
  it('reproduces the paper’s worked customer: x = 2, tx = 30.43, T = 38.86 → 1.226 purchases in 39 weeks', () => {
    expect(expectedPurchases(bg, { x: 2, tx: 30.43, T: 38.86 }, { horizon: { value: 39, unit: 'weeks' } })).toBeCloseTo(1.226, 3);
  });
  it('expectations at any horizon: x = 1000, tx = 38, T = 39 gives 0.0015384 in 1,000 years (the series alone went negative)', () => {
    const c = { x: 1000, tx: 38, T: 39 };
    const at = (years: number): number => expectedPurchases(bg, c, { horizon: { value: years, unit: 'years' } });
    expectRelative(at(1000), 0.0015384, 1e-4);
    // Increasing in the horizon, and the interval form agrees with the difference of the cumulative ones.
    expect(at(100)).toBeLessThan(at(1000));
    const interval = expectedPurchases(bg, c, { from: { value: 100, unit: 'years' }, to: { value: 1000, unit: 'years' } });
    expectRelative(interval, at(1000) - at(100), 1e-9);
  });
});

describe('Pareto/NBD on CDNOW (Schmittlein, Morrison & Colombo 1987)', () => {
  it('matches CLVTools (relative 1e-3) for the parameters, the log-likelihood −9594.976 and the standard errors', () => {
    expectRelative(pnbd.params.r, 0.55315, 1e-3);
    expectRelative(pnbd.params.alpha, 10.57633, 1e-3);
    expectRelative(pnbd.params.s, 0.60625, 1e-3);
    expectRelative(pnbd.params.beta, 11.6715, 1e-3);
    expect(Math.abs(pnbd.logLikelihood - -9594.976)).toBeLessThan(1e-3);
    const se = pnbd.fit.standardErrors!;
    expectRelative(se.r, 0.0476264, 1e-3);
    expectRelative(se.alpha, 0.8427222, 1e-3);
    expectRelative(se.s, 0.1872594, 1e-3);
    expectRelative(se.beta, 6.2105448, 1e-3);
  });
  it('matches the paper to 2 decimals (beta is weakly identified, SE 6.2)', () => {
    expectDecimal2(pnbd.params.r, 0.553);
    expectDecimal2(pnbd.params.alpha, 10.578);
    expectDecimal2(pnbd.params.s, 0.606);
    expectDecimal2(pnbd.params.beta, 11.669);
    expect(pnbd.fit.converged).toBe(true);
  });
  it('BTYD’s worked customers: P(alive) 0.9979 for x = 26, tx = 30.86, T = 31; E[X(52)] 25.46', () => {
    const btyd = { model: 'pareto-nbd', timeUnit: 'weeks', params: { r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 } } as const;
    expect(Math.abs(probabilityAlive(btyd, { x: 26, tx: 30.86, T: 31 }) - 0.9979)).toBeLessThan(1e-3);
    expect(Math.abs(expectedPurchases(pnbd, { x: 26, tx: 30.86, T: 31 }, { horizon: { value: 52, unit: 'weeks' } }) - 25.46)).toBeLessThan(0.01);
  });
});

describe('Gamma-Gamma on CDNOW (Fader, Hardie & Lee 2005, RFM and CLV)', () => {
  it('matches p = 6.25, q = 3.74, gamma = 15.44 (2 decimals) and CLVTools’ log-likelihood −4055.9177', () => {
    expectDecimal2(gg.params.p, 6.25);
    expectDecimal2(gg.params.q, 3.74);
    expectDecimal2(gg.params.gamma, 15.44);
    expect(Math.abs(gg.logLikelihood - -4055.9177)).toBeLessThan(1e-3);
    expect(gg.data.customers).toBe(946);
    expect((gg.params.p * gg.params.gamma) / (gg.params.q - 1)).toBeCloseTo(35.2, 1);
    expect(gg.fit.standardErrors).toBeDefined();
  });
});

describe('P(X(t) = n)', () => {
  const horizon = { value: 39, unit: 'weeks' } as const;
  it('sums to 1 and its mean is the expectation, for both models and a history', () => {
    for (const model of [bg, pnbd]) {
      const c = { x: 2, tx: 30.43, T: 38.86 };
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 80; n++) {
        const p = probabilityOfPurchases(model, c, { purchases: n, horizon });
        total += p;
        mean += n * p;
      }
      expect(total).toBeCloseTo(1, 10);
      expectRelative(mean, expectedPurchases(model, c, { horizon }), 1e-9);
    }
  });
  it('for a new customer, BG/NBD eq. 8 summed over the CDNOW ages gives the in-sample histogram', () => {
    // Expected number of customers with 0 repeat purchases in calibration, from the fitted model.
    let zero = 0;
    for (const c of summary.customers) zero += probabilityOfPurchases(bg, { purchases: 0, horizon: { value: c.T, unit: 'weeks' } });
    expect(Math.abs(zero - 1411) / 1411).toBeLessThan(0.02);
  });
});

describe('holdout check (weeks 40-78)', () => {
  it('expected total repeat purchases are close to the actual 1,882', () => {
    const b = holdoutCheck(bg, summary);
    const p = holdoutCheck(pnbd, summary);
    expect(b.actual).toBe(1882);
    expect(b.holdout).toEqual({ value: 39, unit: 'weeks' });
    expect(Math.round(b.expected)).toBe(1653);
    expect(Math.round(p.expected)).toBe(1666);
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
    expectRelative(expectedPurchases(days, inDays, { horizon: { value: 1, unit: 'years' } }), expectedPurchases(bg, c, { horizon: { value: 1, unit: 'years' } }), 2e-3);
    expectRelative(probabilityAlive(days, inDays), probabilityAlive(bg, c), 2e-3);
  });
  it('refuses a summary in another unit than the model', () => {
    expect(() => holdoutCheck(bg, cdnowSummary('days'))).toThrowError(/same_time_unit/);
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
