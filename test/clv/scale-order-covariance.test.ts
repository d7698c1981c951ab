import { describe, expect, it } from 'vitest';
import { customerForecast, expectedCumulativeRepeatPurchases, fitBgNbd, fitParetoNbd, holdoutCheck, type BgNbdModel } from '../../src/clv/index.js';
import { cdnowSummary } from './cdnow-data.js';
import { simulateBgNbd } from './simulate.js';
import { thrown } from '../support/thrown.js';


describe('covariate fits do not depend on the covariate’s unit', () => {
  const data = simulateBgNbd({ r: 1, alpha: 4, a: 0.8, b: 2.5 }, { customers: 400, seed: 21, covariate: { name: 'inc', purchase: 0.3, dropout: 0 } });
  const scaled = (k: number) => data.map((c) => ({ x: c.x, tx: c.tx, T: c.T, covariates: { inc: c.covariates!.inc! * k } }));

  it.each([
    ['BG/NBD', fitBgNbd],
    ['Pareto/NBD', fitParetoNbd],
  ] as const)('%s: the same likelihood and γ·scale at ×1, ×1000 and ×1e5, with no coefficient at a bound', (_, fit) => {
    const fits = [1, 1000, 1e5].map((k) => ({ k, model: fit(scaled(k), { timeUnit: 'weeks', covariates: { purchase: ['inc'] } }) }));
    const [base] = fits;
    for (const { k, model } of fits) {
      expect(model.logLikelihood).toBeCloseTo(base!.model.logLikelihood, 5);
      expect(model.covariates!.purchase[0]!.coefficient * k).toBeCloseTo(base!.model.covariates!.purchase[0]!.coefficient, 4);
      expect(model.fit.atBound ?? []).toEqual([]);
      // The covariance scales with the unit too: the coefficient's standard error times k is the base one.
      const se = model.covariates!.purchase[0]!.standardError!;
      expect(Math.abs((se * k) / base!.model.covariates!.purchase[0]!.standardError! - 1)).toBeLessThan(1e-2);
    }
  });

  it('a covariate of ±1e12 fits at least as well as no covariate (coefficient 0 is allowed)', () => {
    const d = Array.from({ length: 60 }, (_, i) => ({ x: i % 4, tx: i % 4 ? 5 : 0, T: 10, covariates: { z: i % 2 ? 1e12 : -1e12 } }));
    const plain = fitBgNbd(d, { timeUnit: 'weeks' });
    const withZ = fitBgNbd(d, { timeUnit: 'weeks', covariates: { purchase: ['z'] } });
    expect(withZ.logLikelihood).toBeGreaterThanOrEqual(plain.logLikelihood - 1e-6);
    const pareto = fitParetoNbd(d, { timeUnit: 'weeks', covariates: { purchase: ['z'] } });
    expect(pareto.logLikelihood).toBeGreaterThanOrEqual(fitParetoNbd(d, { timeUnit: 'weeks' }).logLikelihood - 1e-6);
  });
});

describe('a stored covariance must be one', () => {
  const bg = fitBgNbd(cdnowSummary());
  const customer = { x: 2, tx: 30, T: 38 };
  const options = { horizon: { value: 52, unit: 'weeks' } } as const;
  const withCovariance = (covariance: unknown): BgNbdModel => ({ ...bg, fit: { ...bg.fit, covariance } }) as unknown as BgNbdModel;
  const cov = bg.fit.covariance!.map((row) => [...row]);

  it('a hole, a missing row or a sparse matrix is invalid_model at the entry', () => {
    const hole = cov.map((row) => [...row]);
    delete hole[1]![1];
    expect(thrown(() => customerForecast({ purchases: withCovariance(hole) }, customer, options))).toMatchObject({ code: 'invalid_model', path: ['models', 'purchases', 'fit', 'covariance', 1, 1] });
    const sparse = new Array(4);
    expect(thrown(() => customerForecast({ purchases: withCovariance(sparse) }, customer, options))).toMatchObject({ code: 'invalid_model', path: ['models', 'purchases', 'fit', 'covariance', 0] });
  });

  it('a negative variance, an asymmetric matrix or a covariance beyond its variances is invalid_model', () => {
    const negative = cov.map((row) => [...row]);
    negative[2]![2] = -negative[2]![2]!;
    expect(thrown(() => customerForecast({ purchases: withCovariance(negative) }, customer, options))).toMatchObject({ code: 'invalid_model', path: ['models', 'purchases', 'fit', 'covariance', 2, 2] });
    const asymmetric = cov.map((row) => [...row]);
    asymmetric[3]![0] = cov[0]![3]! + 1e-3 * Math.sqrt(cov[0]![0]! * cov[3]![3]!);
    expect(thrown(() => customerForecast({ purchases: withCovariance(asymmetric) }, customer, options)).code).toBe('invalid_model');
    const beyond = cov.map((row) => [...row]);
    beyond[1]![0] = beyond[0]![1] = 2 * Math.sqrt(cov[0]![0]! * cov[1]![1]!);
    expect(thrown(() => customerForecast({ purchases: withCovariance(beyond) }, customer, options))).toMatchObject({ code: 'invalid_model', path: ['models', 'purchases', 'fit', 'covariance', 1, 0] });
  });

  it('the fitted covariance passes, and gives an interval', () => {
    const f = customerForecast({ purchases: bg }, customer, options);
    expect(f.expectedPurchases.lower).toBeLessThan(f.expectedPurchases.upper);
  });
});

describe('sums over customers do not depend on their order', () => {
  const summary = cdnowSummary();
  const bg = fitBgNbd(summary);
  const reversed = { ...summary, customers: [...summary.customers].reverse() };

  it('holdoutCheck', () => {
    expect(holdoutCheck(bg, reversed).expected).toBe(holdoutCheck(bg, summary).expected);
  });

  it('expectedCumulativeRepeatPurchases, customers of one first day with different covariates', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ customerId: i, meanRepeatSpend: 0, x: i % 3, tx: i % 3 ? 4 : 0, T: 20, firstPurchase: 9_000 + (i % 2), covariates: { z: (i % 7) / 3 } }));
    const model = fitBgNbd(rows, { timeUnit: 'weeks', covariates: { purchase: ['z'] } });
    const at = { at: [5, 20, 39] };
    const forward = expectedCumulativeRepeatPurchases(model, { timeUnit: 'weeks', calibrationEnd: 9_200, customers: rows }, at);
    const backward = expectedCumulativeRepeatPurchases(model, { timeUnit: 'weeks', calibrationEnd: 9_200, customers: [...rows].reverse() }, at);
    expect(backward).toEqual(forward);
  });
});
