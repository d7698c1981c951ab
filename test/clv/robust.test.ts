import { describe, expect, it } from 'vitest';
import { customerLifetimeValue, expectedPurchases, fitBgNbd, fitGammaGamma, fitParetoNbd, rankByLifetimeValue, type CustomerHistory } from '../../src/clv/index.js';
import { message } from '../../src/messages/message.js';
import { inLocale } from '../support/locales.js';
import { thrown } from '../support/thrown.js';

/** Degenerate data (issue 13): every fit returns, converged, with the parameters at a bound named and warnings as data. */
const zeros = (n: number): CustomerHistory[] => Array.from({ length: n }, (_, i) => ({ x: 0, tx: 0, T: 10 + (i % 7) }));
const fewRepeaters: CustomerHistory[] = Array.from({ length: 400 }, (_, i) => (i < 10 ? { x: 1 + (i % 3), tx: 5 + i, T: 30 } : { x: 0, tx: 0, T: 20 + (i % 10) }));

describe.each([
  ['BG/NBD', fitBgNbd],
  ['Pareto/NBD', fitParetoNbd],
] as const)('%s on degenerate data', (_name, fit) => {
  it.each([10, 50, 5000])('%i customers, none buying again: converged, a bound named, a warning, log-likelihood <= 0', (n) => {
    const model = fit(zeros(n), { timeUnit: 'weeks' });
    expect(model.fit.converged).toBe(true);
    expect(model.fit.atBound?.length).toBeGreaterThan(0);
    const codes = model.fit.warnings?.map((w) => w.code);
    expect(codes).toContain('no_repeat_purchases');
    expect(codes).toContain('parameters_at_bound');
    expect(model.logLikelihood).toBeLessThanOrEqual(0);
    expect(model.fit.standardErrors).toBeUndefined();
    expect(message(model.fit.warnings![0]!, 'en')).toMatch(/None of the [\d,]+ customers bought again/);
  });
  it('400 customers with 10 repeaters: the runaway parameter is named, and the few repeaters too', () => {
    const model = fit(fewRepeaters, { timeUnit: 'weeks' });
    expect(model.fit.converged).toBe(true);
    expect(model.fit.atBound?.length).toBeGreaterThan(0);
    expect(model.fit.warnings?.map((w) => w.code)).toEqual(['few_repeat_purchases', 'parameters_at_bound']);
    expect(message(model.fit.warnings![0]!, inLocale('zh-Hans'))).toBe('400 位客户中只有 10 位再次购买：参数由少数重复购买客户估计而来，不确定性较大');
  });
  it('one customer: an answer with warnings, never a throw', () => {
    expect(fit([{ x: 5, tx: 10, T: 10 }], { timeUnit: 'weeks' }).fit.warnings?.map((w) => w.code)).toContain('parameters_at_bound');
  });
  it('customers observed for no time: refused, not the start values reported as a fit', () => {
    // The likelihood is 0 whatever the parameters: nothing is learnt, so nothing is reported as learnt.
    const error = thrown(() => fit([{ x: 0, tx: 0, T: 0 }, { x: 0, tx: 0, T: 0 }], { timeUnit: 'days' }));
    expect([error.code, error.path, error.details]).toEqual(['empty_input', ['customers'], { what: 'observed_time' }]);
    expect(message(error, 'en')).toBe('Nothing to work on: no customer observed for any time (every T is 0)');
    expect(message(error, inLocale('zh-Hans'))).toBe('没有可处理的数据：缺少观察时长大于零的客户（每个 T 都是 0）');
    // One customer observed for a moment is data.
    expect(fit([{ x: 0, tx: 0, T: 0 }, { x: 0, tx: 0, T: 1 }], { timeUnit: 'days' }).logLikelihood).toBeLessThanOrEqual(0);
  });
  it('refuses counts no calendar holds (x = 1e308) at once, and fits the largest accepted one', () => {
    expect(() => fit([{ x: 1e308, tx: 5, T: 30 }], { timeUnit: 'weeks' })).toThrowError(/invalid_record at customers\[0\]\.x/);
    const big = fit([{ x: 2e8, tx: 1e6, T: 1e6 }, { x: 0, tx: 0, T: 5 }, { x: 3, tx: 4, T: 9 }], { timeUnit: 'days' });
    expect(Number.isFinite(big.logLikelihood)).toBe(true);
  });
});

describe('Gamma-Gamma on degenerate data', () => {
  it('one repeat buyer, or identical spends: p and q at their bound, named', () => {
    for (const rows of [[{ x: 1, meanRepeatSpend: 5 }], [{ x: 1, meanRepeatSpend: 5 }, { x: 3, meanRepeatSpend: 5 }, { x: 2, meanRepeatSpend: 5 }]]) {
      const model = fitGammaGamma(rows);
      expect(model.fit.converged).toBe(true);
      expect(model.fit.atBound).toEqual(['p', 'q']);
      // The mean spend is still recovered: p·gamma/(q − 1) → 5.
      expect((model.params.p * model.params.gamma) / (model.params.q - 1)).toBeCloseTo(5, 3);
    }
  });
});

describe('BG/NBD expectations where the closed form cancels', () => {
  // b at the fit's bound with a near 1: c/(a − 1) is about 1e9 and the two hypergeometric logs
  // agree to 16 digits, so the closed form kept nothing; the integral answers there.
  const model = (r: number, a: number) => ({ model: 'bg-nbd', timeUnit: 'weeks', params: { r, alpha: 100, a, b: 1e6 } }) as const;
  it('expected purchases of a new customer are r·t/α to 4 digits and grow with the horizon', () => {
    for (const [r, a] of [[1e-6, 0.999], [0.01, 0.998], [1e-6, 1.002]] as const) {
      let before = 0;
      for (const t of [0.001, 0.01, 0.1, 1]) {
        const e = expectedPurchases(model(r, a) as never, { horizon: { value: t, unit: 'weeks' } });
        expect(Math.abs(e / ((r * t) / 100) - 1)).toBeLessThan(1e-4);
        expect(e).toBeGreaterThan(before);
        before = e;
      }
    }
  });
});

describe('a model with b at its bound serves a population', () => {
  it('ranks 3,000 customers by discounted value with weekly steps, within the batch budget', () => {
    const models = {
      purchases: { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 1e6 } },
      spend: { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } },
    } as const;
    const customers = Array.from({ length: 3000 }, (_, i) => ({ customerId: `c${i}`, x: i % 7, tx: (i % 7) * 4, T: 30, firstPurchase: 0, meanRepeatSpend: 20 + (i % 13) }));
    const options = { horizon: { value: 1, unit: 'years' }, discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } } } as const;
    const ranked = rankByLifetimeValue(models, { timeUnit: 'weeks', calibrationEnd: 0, customers }, options);
    expect(ranked).toHaveLength(3000);
    // Each customer's value is the one customerLifetimeValue gives it alone.
    const byId = new Map(ranked.map((c) => [c.customerId, c.lifetimeValue]));
    for (const c of [customers[0]!, customers[6]!, customers[2999]!]) {
      expect(byId.get(c.customerId)).toBeCloseTo(customerLifetimeValue(models, c, options), 9);
    }
    expect(ranked[0]!.lifetimeValue).toBeGreaterThan(ranked[2999]!.lifetimeValue);
  });
});
