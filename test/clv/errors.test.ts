import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError } from '../../src/errors.js';
import {
  bgNbdLogLikelihood,
  churnSignal,
  convertDuration,
  customerLifetimeValue,
  cumulativeRepeatChart,
  expectedAverageSpend,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  holdoutCheck,
  paretoNbdLogLikelihood,
  probabilityAlive,
  rankByLifetimeValue,
  summarizeTransactions,
  type Duration,
} from '../../src/clv/index.js';

function thrown(fn: () => unknown): { code: string; message: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    expect(isCrmTaxonomyError(error)).toBe(true);
    return error as { code: string; message: string; path: readonly (string | number)[] };
  }
  throw new Error('expected a CrmTaxonomyError');
}

const bg = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
const gg = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
const weeks = (value: number): Duration => ({ value, unit: 'weeks' });

describe('invalid summaries', () => {
  it('t_x > T', () => {
    const e = thrown(() => bgNbdLogLikelihood(bg.params, [{ x: 1, tx: 40, T: 30 }]));
    expect(e.code).toBe('invalid_summary');
    expect(e.path).toEqual(['customers', 0, 'tx']);
    expect(e.message).toMatch(/must not exceed T/);
  });
  it('negative or fractional counts', () => {
    expect(thrown(() => paretoNbdLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, [{ x: -1, tx: 0, T: 3 }])).path).toEqual(['customers', 0, 'x']);
    expect(thrown(() => fitBgNbd([{ x: 1.5, tx: 1, T: 3 }], { timeUnit: 'weeks' })).code).toBe('invalid_summary');
  });
  it('tx > 0 with x = 0, negative or non-finite T', () => {
    expect(thrown(() => probabilityAlive(bg, { x: 0, tx: 2, T: 3 })).message).toMatch(/must be 0 when x = 0/);
    expect(thrown(() => probabilityAlive(bg, { x: 0, tx: 0, T: -1 })).code).toBe('invalid_summary');
    expect(thrown(() => probabilityAlive(bg, { x: 0, tx: 0, T: Number.NaN })).code).toBe('invalid_summary');
  });
  it('non-positive spend for Gamma-Gamma', () => {
    expect(thrown(() => fitGammaGamma([{ x: 2, meanRepeatSpend: 0 }])).code).toBe('invalid_summary');
    expect(thrown(() => fitGammaGamma([{ x: 0, meanRepeatSpend: 0 }])).code).toBe('empty_input');
  });
});

describe('invalid parameters and models', () => {
  it('non-positive or missing parameters', () => {
    const e = thrown(() => bgNbdLogLikelihood({ r: 0, alpha: 1, a: 1, b: 1 }, []));
    expect(e.code).toBe('invalid_parameters');
    expect(e.path).toEqual(['params', 'r']);
    expect(thrown(() => probabilityAlive({ ...bg, params: { ...bg.params, b: Number.NaN } }, { x: 0, tx: 0, T: 1 })).code).toBe('invalid_parameters');
    expect(thrown(() => fitParetoNbd([{ x: 0, tx: 0, T: 1 }], { timeUnit: 'weeks', start: { r: 1, alpha: -1, s: 1, beta: 1 } })).path).toEqual([
      'options',
      'start',
      'alpha',
    ]);
  });
  it('a model of the wrong kind', () => {
    expect(thrown(() => probabilityAlive(gg as never, { x: 0, tx: 0, T: 1 })).code).toBe('invalid_model');
    expect(thrown(() => expectedAverageSpend(bg as never, { x: 1, meanRepeatSpend: 1 })).code).toBe('invalid_model');
  });
  it('q <= 1 has no expected spend', () => {
    expect(thrown(() => expectedAverageSpend({ model: 'gamma-gamma', params: { p: 1, q: 0.5, gamma: 1 } }, { x: 1, meanRepeatSpend: 3 })).code).toBe(
      'invalid_parameters',
    );
  });
});

describe('invalid arguments', () => {
  it('time units', () => {
    expect(thrown(() => fitBgNbd([{ x: 0, tx: 0, T: 1 }])).code).toBe('invalid_argument');
    expect(thrown(() => expectedPurchases(bg, { x: 0, tx: 0, T: 1 }, { value: 1, unit: 'months' as never })).code).toBe('invalid_argument');
    expect(thrown(() => expectedPurchases(bg, { x: 0, tx: 0, T: 1 }, { value: -1, unit: 'weeks' })).code).toBe('invalid_argument');
    expect(thrown(() => convertDuration({ value: 1, unit: 'weeks' }, 'fortnights' as never)).code).toBe('invalid_argument');
    const summary = { timeUnit: 'days', calibrationEnd: 0, customers: [] } as const;
    expect(thrown(() => fitBgNbd(summary, { timeUnit: 'weeks' })).code).toBe('invalid_argument');
    expect(thrown(() => rankByLifetimeValue({ purchases: bg, spend: gg }, summary, { horizon: weeks(1) })).message).toMatch(/days.*weeks/);
  });
  it('summary options', () => {
    const acc = { customerId: (r: number) => r, at: () => '2024-01-01', amount: () => 1 };
    expect(thrown(() => summarizeTransactions([1], acc, { calibrationEnd: '2024-02-01', timeUnit: 'months' as never })).code).toBe('invalid_argument');
    expect(thrown(() => summarizeTransactions([1], acc, { calibrationEnd: 'soon', timeUnit: 'days' })).code).toBe('invalid_date');
    expect(
      thrown(() => summarizeTransactions([1], acc, { calibrationEnd: '2024-02-01', holdoutEnd: '2024-01-01', timeUnit: 'days' })).code,
    ).toBe('invalid_argument');
  });
  it('lifetime value options', () => {
    const c = { x: 1, tx: 1, T: 2, meanRepeatSpend: 10 };
    const models = { purchases: bg, spend: gg };
    expect(thrown(() => customerLifetimeValue(models, c, { horizon: weeks(10), step: weeks(0) })).code).toBe('invalid_argument');
    expect(thrown(() => customerLifetimeValue(models, c, { horizon: weeks(10), discountRate: { rate: -1, per: weeks(1) } })).code).toBe(
      'invalid_argument',
    );
    expect(thrown(() => customerLifetimeValue(models, c, { horizon: weeks(10), margin: Number.NaN })).code).toBe('invalid_argument');
    expect(thrown(() => churnSignal(bg, c, { threshold: 2 })).code).toBe('invalid_argument');
    expect(thrown(() => holdoutCheck(bg, { timeUnit: 'weeks', calibrationEnd: 0, customers: [] })).code).toBe('invalid_summary');
    expect(thrown(() => cumulativeRepeatChart({ at: [0, 1], expected: [0], actual: [0, 1], unit: 'weeks' })).code).toBe('invalid_argument');
  });
  it('empty fits', () => {
    expect(thrown(() => fitBgNbd([], { timeUnit: 'weeks' })).code).toBe('empty_input');
    expect(thrown(() => fitParetoNbd([], { timeUnit: 'weeks' })).code).toBe('empty_input');
  });
});

describe('lifetime value', () => {
  const models = { purchases: bg, spend: gg };
  const c = { x: 4, tx: 30, T: 35, meanRepeatSpend: 40 };
  it('is the undiscounted expected purchases times expected spend without a discount rate', () => {
    const value = customerLifetimeValue(models, c, { horizon: weeks(52) });
    const spend = expectedAverageSpend(gg, c);
    expect(value).toBeCloseTo(expectedPurchases(bg, c, weeks(52)) * spend, 9);
  });
  it('converts the discount period explicitly: 10 %/year equals its weekly equivalent', () => {
    const perYear = customerLifetimeValue(models, c, { horizon: weeks(104), discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } } });
    const weekly = 1.1 ** (7 / 365.25) - 1;
    const perWeek = customerLifetimeValue(models, c, { horizon: weeks(104), discountRate: { rate: weekly, per: weeks(1) } });
    expect(perYear).toBeCloseTo(perWeek, 9);
    expect(perYear).toBeLessThan(customerLifetimeValue(models, c, { horizon: weeks(104) }));
  });
  it('ranks with percentiles and ties', () => {
    const summary = {
      timeUnit: 'weeks',
      calibrationEnd: 0,
      customers: [
        { customerId: 'b', x: 0, tx: 0, T: 30, firstPurchase: 0, meanRepeatSpend: 0 },
        { customerId: 'a', x: 0, tx: 0, T: 30, firstPurchase: 0, meanRepeatSpend: 0 },
        { customerId: 'c', x: 8, tx: 29, T: 30, firstPurchase: 0, meanRepeatSpend: 90 },
      ],
    } as const;
    const ranked = rankByLifetimeValue(models, summary, { horizon: weeks(52), margin: 0.3 });
    expect(ranked.map((r) => [r.customerId, r.rank, r.percentile])).toEqual([
      ['c', 1, 1],
      ['a', 2, 0],
      ['b', 2, 0],
    ]);
  });
});
