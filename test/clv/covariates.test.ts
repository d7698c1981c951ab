import { describe, expect, it } from 'vitest';
import { customerLifetimeValue, expectedPurchases, expectedSpend, fitBgNbd, fitGammaGamma, fitParetoNbd, probabilityAlive } from '../../src/clv/index.js';
import { cdnowSummary } from './cdnow-data.js';
import { simulateBgNbd, simulateParetoNbd } from './simulate.js';

/** |estimate − truth| within 3.5 standard errors. */
function recovers(estimate: number, truth: number, se: number | undefined): void {
  expect(se).toBeDefined();
  expect(Math.abs(estimate - truth)).toBeLessThan(3.5 * se!);
}

describe('time-invariant covariates (CLVTools’ form)', () => {
  it('with no covariates the fit is today’s; a covariate that is always 0 changes nothing', () => {
    const summary = cdnowSummary();
    const plain = fitBgNbd(summary);
    expect(fitBgNbd(summary, { covariates: {} })).toEqual(plain);
    expect(fitBgNbd(summary, { covariates: { purchase: [], dropout: [] } })).toEqual(plain);
    const zero = fitBgNbd({ ...summary, customers: summary.customers.map((c) => ({ ...c, covariates: { z: 0 } })) }, { covariates: { purchase: ['z'], dropout: ['z'] } });
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(zero.params[k] / plain.params[k] - 1)).toBeLessThan(1e-6);
    expect(zero.covariates?.purchase[0]?.coefficient).toBe(0);
    expect(zero.logLikelihood).toBeCloseTo(plain.logLikelihood, 6);
  });

  it('BG/NBD recovers the purchase and dropout coefficients from simulated customers', () => {
    const truth = { r: 0.8, alpha: 6, a: 0.9, b: 2.5 };
    const data = simulateBgNbd(truth, { customers: 6000, seed: 11, covariate: { name: 'vip', purchase: 0.6, dropout: -0.5 } });
    const model = fitBgNbd(data, { timeUnit: 'weeks', covariates: { purchase: ['vip'], dropout: ['vip'] } });
    const p = model.covariates!.purchase[0]!;
    const d = model.covariates!.dropout[0]!;
    recovers(p.coefficient, 0.6, p.standardError);
    recovers(d.coefficient, -0.5, d.standardError);
    recovers(model.params.r, truth.r, model.fit.standardErrors?.r);
    recovers(model.params.alpha, truth.alpha, model.fit.standardErrors?.alpha);
    expect(model.fit.covariance).toHaveLength(6);
    // Predictions read the customer's covariates: a VIP buys more.
    const h = { x: 3, tx: 20, T: 30 };
    const horizon = { horizon: { value: 52, unit: 'weeks' } } as const;
    expect(expectedPurchases(model, { ...h, covariates: { vip: 1 } }, horizon)).toBeGreaterThan(expectedPurchases(model, { ...h, covariates: { vip: 0 } }, horizon));
    expect(() => probabilityAlive(model, h)).toThrowError(/invalid_argument at customer.covariates/);
  });

  it('Pareto/NBD recovers the coefficients (exp(γ·z) scales the purchase and dropout rates)', () => {
    const truth = { r: 0.7, alpha: 8, s: 0.9, beta: 10 };
    const data = simulateParetoNbd(truth, { customers: 6000, seed: 12, covariate: { name: 'app', purchase: 0.5, dropout: 0.7 } });
    const model = fitParetoNbd(data, { timeUnit: 'weeks', covariates: { purchase: ['app'], dropout: ['app'] } });
    recovers(model.covariates!.purchase[0]!.coefficient, 0.5, model.covariates!.purchase[0]!.standardError);
    recovers(model.covariates!.dropout[0]!.coefficient, 0.7, model.covariates!.dropout[0]!.standardError);
    recovers(model.params.s, truth.s, model.fit.standardErrors?.s);
  });

  it('the spend model recovers a covariate that scales the mean spend, and the CLV reads it', () => {
    const data = simulateBgNbd({ r: 1, alpha: 4, a: 0.8, b: 2.5 }, { customers: 6000, seed: 13, covariate: { name: 'b2b', purchase: 0, dropout: 0, spend: 0.4 }, spend: { p: 6, q: 4, gamma: 15 } });
    const spend = fitGammaGamma(data.map((c) => ({ x: c.x, meanRepeatSpend: c.meanRepeatSpend!, covariates: c.covariates! })), { covariates: ['b2b'] });
    const c = spend.covariates!.spend[0]!;
    recovers(c.coefficient, 0.4, c.standardError);
    const b2b = expectedSpend(spend, { x: 0, meanRepeatSpend: 0, covariates: { b2b: 1 } });
    const retail = expectedSpend(spend, { x: 0, meanRepeatSpend: 0, covariates: { b2b: 0 } });
    expect(b2b / retail).toBeCloseTo(Math.exp(c.coefficient), 10);
    const purchases = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 1, alpha: 4, a: 0.8, b: 2.5 } } as const;
    const value = customerLifetimeValue({ purchases, spend }, { x: 2, tx: 10, T: 30, meanRepeatSpend: 20, covariates: { b2b: 1 } }, { horizon: { value: 1, unit: 'years' } });
    expect(value).toBeGreaterThan(0);
  });
});
