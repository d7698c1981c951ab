/** A hostile review of lifetime value: figures finite, the work budget as documented, the tracking chart's two lines on one cohort. */
import { describe, expect, it } from 'vitest';
import { actualRepeatPurchases } from '../../src/charts/index.js';
import { expectedCumulativeRepeatPurchases, holdoutCheck, rankByLifetimeValue, summarizeTransactions } from '../../src/clv/index.js';
import { thrown } from '../support/thrown.js';

const spend = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;

describe('rankByLifetimeValue', () => {
  it('refuses a probability alive it cannot compute, as probabilityAlive does (r = s = 1e308 gave pAlive NaN)', () => {
    const purchases = { model: 'pareto-nbd', timeUnit: 'weeks', params: { r: 1e308, alpha: 1, s: 1e308, beta: 1 } } as const;
    const summary = { timeUnit: 'weeks', calibrationEnd: 0, customers: [{ customerId: 'a', x: 2, tx: 5, T: 10, firstPurchase: 0, meanRepeatSpend: 20 }] } as const;
    expect(thrown(() => rankByLifetimeValue({ purchases, spend }, summary as never, { horizon: { value: 0, unit: 'weeks' } })).code).toBe('not_computable');
  });

  it('ranks 20,000 customers of a BG/NBD fit with a near 1 (expectations by quadrature): each horizon computed once (it ran out of its budget at 15,000)', () => {
    const customers = Array.from({ length: 20_000 }, (_, i) => ({ customerId: i, x: 1 + (i % 7), tx: 20 + (i % 10), T: 39, firstPurchase: 0, meanRepeatSpend: 20 + (i % 13), holdoutPurchases: 0 }));
    const summary = { timeUnit: 'weeks', calibrationEnd: 273, holdoutEnd: 546, customers } as never;
    const purchases = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.2425945, alpha: 4.413602, a: 1.0005, b: 2.425907 } } as const;
    const ranked = rankByLifetimeValue({ purchases, spend }, summary, { horizon: { value: 39, unit: 'weeks' } });
    expect(ranked).toHaveLength(20_000);
    // The value is the horizon's purchases times the spend: one expectation serves both.
    for (const c of ranked.slice(0, 50)) expect(c.lifetimeValue).toBeCloseTo(c.expectedPurchases * c.expectedSpend, 9);
    expect(holdoutCheck(purchases, summary).expected).toBeGreaterThan(0);
  }, 30_000);
});

describe('the tracking chart', () => {
  it("counts in its actual line the summary's cohort, with the summary's calibrationEnd (a customer acquired in the holdout was counted in it alone)", () => {
    const rows = [
      { customerId: 'a', at: '2024-01-01', amount: 10 }, { customerId: 'a', at: '2024-01-10', amount: 10 },
      { customerId: 'late', at: '2024-02-05', amount: 10 }, { customerId: 'late', at: '2024-02-06', amount: 10 },
      { customerId: 'late', at: '2024-02-07', amount: 10 }, { customerId: 'late', at: '2024-02-08', amount: 10 },
    ];
    const summary = summarizeTransactions(rows, { calibrationEnd: '2024-01-31', holdoutEnd: '2024-02-29', timeUnit: 'days' });
    expect(summary.customers.map((c) => c.customerId)).toEqual(['a']);
    const at = [30, 59];
    // The model's line sums the one customer of the summary: a few tenths of a purchase, never the late customer's 3.
    const expected = expectedCumulativeRepeatPurchases({ model: 'bg-nbd', timeUnit: 'days', params: { r: 0.24, alpha: 30, a: 0.8, b: 2.4 } }, summary, { at, origin: '2024-01-01' });
    expect(expected[1]!).toBeLessThan(1);
    expect(actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at })).toEqual([1, 4]);
    expect(actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at, calibrationEnd: '2024-01-31' })).toEqual([1, 1]);
    expect(thrown(() => actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at, calibrationEnd: 'soon' })).path).toEqual(['options', 'calibrationEnd']);
  });
});

describe('customerForecast near the Gamma-Gamma pole', () => {
  it('the spend\'s slope in q is not taken across q = 1 (at q = 1.000001 a step of 1e-5 crossed it: the wrong sign, an interval 100 times too narrow)', async () => {
    const { customerForecast } = await import('../../src/clv/index.js');
    const purchases = {
      model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.2425945, alpha: 4.413602, a: 0.792922, b: 2.425907 },
      fit: { iterations: 27, converged: true, covariance: [[0.000157688, 0.00370642, -0.000087847, 0.000065637], [0.00370642, 0.143053, -0.00286568, 0.0105233], [-0.000087847, -0.00286568, 0.0344971, 0.123218], [0.000065637, 0.0105233, 0.123218, 0.497609]] },
    } as const;
    const customer = { x: 0, tx: 0, T: 38.86, meanRepeatSpend: 0 };
    for (const q of [1.5, 1.000001]) {
      const poleSpend = { model: 'gamma-gamma', params: { p: 6.25, q, gamma: 15.44 }, fit: { iterations: 1, converged: true, covariance: [[1e-4, 0, 0], [0, 1e-12, 0], [0, 0, 1e-4]] } } as const;
      const value = customerForecast({ purchases, spend: poleSpend }, customer, { horizon: { value: 52, unit: 'weeks' } }).lifetimeValue!;
      // The spend's own relative error, by its analytic gradient (p·γ/(q−1) with x = 0).
      const dq = (-6.25 * 15.44) / (q - 1) ** 2, dp = 15.44 / (q - 1), dg = 6.25 / (q - 1);
      const relative = Math.sqrt(dp * dp * 1e-4 + dq * dq * 1e-12 + dg * dg * 1e-4) / ((6.25 * 15.44) / (q - 1));
      // The lifetime value's relative error is at least the spend's (the purchases add theirs).
      expect(value.standardError / value.value, String(q)).toBeGreaterThanOrEqual(relative * 0.99);
    }
  });
});
