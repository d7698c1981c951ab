import { describe, expect, it } from 'vitest';
import { customerForecast, customerLifetimeValue, expectedPurchases, fitBgNbd, fitGammaGamma, fitParetoNbd, probabilityAlive } from '../../src/clv/index.js';
import { simulateBgNbd, simulateParetoNbd } from './simulate.js';

/**
 * Coverage of the delta-method intervals on simulated data: draw a customer base from known
 * parameters, fit, and check how often the 90 % interval of a fixed customer's P(alive), expected
 * purchases and lifetime value holds the value at the true parameters.
 */
const REPLICATIONS = 120;
const LEVEL = 0.9;

function coverage(results: readonly boolean[]): number {
  return results.filter(Boolean).length / results.length;
}

describe('interval coverage on simulated customer bases (delta method, 90 %)', () => {
  it('BG/NBD + Gamma-Gamma: P(alive), expected purchases and CLV cover the truth about 90 % of the time', () => {
    const truth = { r: 0.8, alpha: 6, a: 0.9, b: 2.5 };
    const spendTruth = { p: 6, q: 4, gamma: 15 };
    const purchasesTruth = { model: 'bg-nbd', timeUnit: 'weeks', params: truth } as const;
    const spendModelTruth = { model: 'gamma-gamma', params: spendTruth } as const;
    const customer = { x: 3, tx: 20, T: 32, meanRepeatSpend: 30 };
    const options = { horizon: { value: 52, unit: 'weeks' }, level: LEVEL } as const;
    const trueAlive = probabilityAlive(purchasesTruth, customer);
    const truePurchases = expectedPurchases(purchasesTruth, customer, options);
    const trueValue = customerLifetimeValue({ purchases: purchasesTruth, spend: spendModelTruth }, customer, options);
    const hits: { alive: boolean[]; purchases: boolean[]; value: boolean[] } = { alive: [], purchases: [], value: [] };
    for (let k = 0; k < REPLICATIONS; k++) {
      const data = simulateBgNbd(truth, { customers: 1500, seed: 5000 + k, spend: spendTruth });
      const purchases = fitBgNbd(data, { timeUnit: 'weeks' });
      const spend = fitGammaGamma(data.map((c) => ({ x: c.x, meanRepeatSpend: c.meanRepeatSpend! })));
      const f = customerForecast({ purchases, spend }, customer, options);
      hits.alive.push(f.pAlive.lower <= trueAlive && trueAlive <= f.pAlive.upper);
      hits.purchases.push(f.expectedPurchases.lower <= truePurchases && truePurchases <= f.expectedPurchases.upper);
      hits.value.push(f.lifetimeValue!.lower <= trueValue && trueValue <= f.lifetimeValue!.upper);
    }
    // Binomial sd at 120 replications is 0.027: within 3 sd of 0.9.
    for (const key of ['alive', 'purchases', 'value'] as const) {
      const c = coverage(hits[key]);
      expect(c, key).toBeGreaterThanOrEqual(0.82);
      expect(c, key).toBeLessThanOrEqual(0.98);
    }
  }, 120_000);

  it('Pareto/NBD: P(alive) and expected purchases cover the truth about 90 % of the time', () => {
    const truth = { r: 0.7, alpha: 8, s: 0.9, beta: 10 };
    const model = { model: 'pareto-nbd', timeUnit: 'weeks', params: truth } as const;
    const customer = { x: 2, tx: 15, T: 33 };
    const options = { horizon: { value: 52, unit: 'weeks' }, level: LEVEL } as const;
    const trueAlive = probabilityAlive(model, customer);
    const truePurchases = expectedPurchases(model, customer, options);
    const alive: boolean[] = [];
    const purchases: boolean[] = [];
    for (let k = 0; k < 60; k++) {
      const data = simulateParetoNbd(truth, { customers: 1500, seed: 9000 + k, grain: 1 / 7 });
      const fitted = fitParetoNbd(data, { timeUnit: 'weeks' });
      const f = customerForecast({ purchases: fitted }, customer, options);
      alive.push(f.pAlive.lower <= trueAlive && trueAlive <= f.pAlive.upper);
      purchases.push(f.expectedPurchases.lower <= truePurchases && truePurchases <= f.expectedPurchases.upper);
    }
    // Binomial sd at 60 replications is 0.039.
    expect(coverage(alive)).toBeGreaterThanOrEqual(0.78);
    expect(coverage(purchases)).toBeGreaterThanOrEqual(0.78);
    expect(coverage(alive)).toBeLessThanOrEqual(1);
  }, 120_000);

  it('a model without covariance (a parameter at a bound) refuses intervals as not computable', () => {
    const model = fitBgNbd([{ x: 0, tx: 0, T: 10 }, { x: 0, tx: 0, T: 12 }], { timeUnit: 'weeks' });
    expect(() => customerForecast({ purchases: model }, { x: 0, tx: 0, T: 10 }, { horizon: { value: 1, unit: 'weeks' } })).toThrowError(/not_computable/);
  });
});
