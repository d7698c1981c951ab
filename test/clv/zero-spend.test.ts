/**
 * A repeat buyer whose repeat purchases were all free (mean repeat spend 0; one such customer in
 * CDNOW): the Gamma-Gamma fit refuses it by path (its likelihood takes log m, as lifetimes
 * refuses non-positive spend), while predictions take it — the conditional expectation
 * p(γ + x·m)/(p·x + q − 1) is defined at m = 0.
 */
import { describe, expect, it } from 'vitest';
import { CrmTaxonomyError } from '../../src/index.js';
import { customerLifetimeValue, expectedSpend, fitGammaGamma, rankByLifetimeValue } from '../../src/clv/index.js';

const spend = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
const purchases = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;

describe('mean repeat spend 0', () => {
  it('is a prediction: the expectation shrinks fully towards the population', () => {
    const { p, q, gamma } = spend.params;
    expect(expectedSpend(spend, { x: 3, meanRepeatSpend: 0 })).toBeCloseTo((p * gamma) / (p * 3 + q - 1), 12);
    const value = customerLifetimeValue({ purchases, spend }, { x: 3, tx: 20, T: 30, meanRepeatSpend: 0 }, { horizon: { value: 1, unit: 'years' } });
    expect(value).toBeGreaterThan(0);
    const summary = {
      timeUnit: 'weeks',
      calibrationEnd: 0,
      customers: [
        { customerId: 'free', x: 3, tx: 20, T: 30, firstPurchase: 0, meanRepeatSpend: 0 },
        { customerId: 'paying', x: 3, tx: 20, T: 30, firstPurchase: 0, meanRepeatSpend: 40 },
      ],
    } as const;
    expect(rankByLifetimeValue({ purchases, spend }, summary, { horizon: { value: 1, unit: 'years' } }).map((c) => c.customerId)).toEqual(['paying', 'free']);
  });

  it('is refused by the fit, at its path', () => {
    const rows = [{ x: 2, meanRepeatSpend: 30 }, { x: 3, meanRepeatSpend: 0 }, { x: 1, meanRepeatSpend: 12 }];
    const error = (() => {
      try {
        fitGammaGamma(rows);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CrmTaxonomyError);
    expect(error).toMatchObject({ code: 'invalid_record', path: ['customers', 1, 'meanRepeatSpend'] });
  });
});
