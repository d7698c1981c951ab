import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError, type CrmTaxonomyError } from '../../src/errors/index.js';
import { message } from '../../src/messages/message.js';
import {
  churnSignal,
  customerLifetimeValue,
  expectedPurchases,
  expectedSpend,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  holdoutCheck,
  probabilityAlive,
  rankByLifetimeValue,
  summarizeTransactions,
  type Duration,
} from '../../src/clv/index.js';

function thrown(fn: () => unknown): CrmTaxonomyError {
  try {
    fn();
  } catch (error) {
    expect(isCrmTaxonomyError(error)).toBe(true);
    return error as CrmTaxonomyError;
  }
  throw new Error('expected a CrmTaxonomyError');
}

const bg = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
const gg = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
const weeks = (value: number): Duration => ({ value, unit: 'weeks' });

describe('invalid histories', () => {
  it('t_x > T: an invalid record naming the field and the other bound', () => {
    const e = thrown(() => fitBgNbd([{ x: 1, tx: 40, T: 30 }], { timeUnit: 'weeks' }));
    expect(e.code).toBe('invalid_record');
    expect(e.path).toEqual(['customers', 0, 'tx']);
    expect(e.details).toMatchObject({ expected: 'at_most_other', other: 'T', max: 30, index: 0 });
    expect(message(e, 'en')).toBe('Invalid record at customers[0].tx: expected at most T (30), received 40');
  });
  it('negative or fractional counts', () => {
    expect(thrown(() => fitParetoNbd([{ x: -1, tx: 0, T: 3 }], { timeUnit: 'weeks' })).path).toEqual(['customers', 0, 'x']);
    expect(thrown(() => fitBgNbd([{ x: 1.5, tx: 1, T: 3 }], { timeUnit: 'weeks' })).code).toBe('invalid_record');
  });
  it('tx > 0 with x = 0, negative or non-finite T for one customer: invalid_argument', () => {
    const e = thrown(() => probabilityAlive(bg, { x: 0, tx: 2, T: 3 }));
    expect(e.code).toBe('invalid_argument');
    expect(e.path).toEqual(['customer', 'tx']);
    expect(thrown(() => probabilityAlive(bg, { x: 0, tx: 0, T: -1 })).path).toEqual(['customer', 'T']);
    expect(thrown(() => probabilityAlive(bg, { x: 0, tx: 0, T: Number.NaN })).path).toEqual(['customer', 'T']);
  });
  it('non-positive spend for Gamma-Gamma; no repeat buyer is empty input', () => {
    expect(thrown(() => fitGammaGamma([{ x: 2, meanRepeatSpend: 0 }])).path).toEqual(['customers', 0, 'meanRepeatSpend']);
    const e = thrown(() => fitGammaGamma([{ x: 0, meanRepeatSpend: 0 }]));
    expect(e.code).toBe('empty_input');
    expect(message(e, 'en')).toBe('Nothing to work on: no customer with a repeat purchase');
  });
});

describe('invalid models and starts', () => {
  it('non-positive or missing parameters: invalid_model with the path of the parameter', () => {
    const e = thrown(() => probabilityAlive({ ...bg, params: { ...bg.params, b: Number.NaN } }, { x: 0, tx: 0, T: 1 }));
    expect(e.code).toBe('invalid_model');
    expect(e.path).toEqual(['model', 'params', 'b']);
    expect(thrown(() => probabilityAlive({ ...bg, params: { ...bg.params, r: 0 } }, { x: 0, tx: 0, T: 1 })).path).toEqual(['model', 'params', 'r']);
    expect(thrown(() => fitParetoNbd([{ x: 0, tx: 0, T: 1 }], { timeUnit: 'weeks', start: { r: 1, alpha: -1, s: 1, beta: 1 } })).path).toEqual(['options', 'start', 'alpha']);
  });
  it('a model of the wrong kind', () => {
    expect(thrown(() => probabilityAlive(gg as never, { x: 0, tx: 0, T: 1 })).code).toBe('invalid_model');
    expect(thrown(() => expectedSpend(bg as never, { x: 1, meanRepeatSpend: 1 })).code).toBe('invalid_model');
  });
  it('q <= 1 has no population mean spend: not_computable', () => {
    const e = thrown(() => expectedSpend({ model: 'gamma-gamma', params: { p: 1, q: 0.5, gamma: 1 } }, { x: 0, meanRepeatSpend: 0 }));
    expect(e.code).toBe('not_computable');
  });
});

describe('invalid arguments', () => {
  it('time units', () => {
    expect(thrown(() => fitBgNbd([{ x: 0, tx: 0, T: 1 }])).path).toEqual(['options', 'timeUnit']);
    expect(thrown(() => expectedPurchases(bg, { x: 0, tx: 0, T: 1 }, { horizon: { value: 1, unit: 'months' as never } })).path).toEqual(['options', 'horizon', 'unit']);
    expect(thrown(() => expectedPurchases(bg, { x: 0, tx: 0, T: 1 }, { horizon: weeks(-1) })).path).toEqual(['options', 'horizon', 'value']);
    const summary = { timeUnit: 'days', calibrationEnd: 0, customers: [] } as const;
    expect(thrown(() => fitBgNbd(summary, { timeUnit: 'weeks' })).details).toMatchObject({ expected: 'same_time_unit', allowed: ['days'] });
    expect(thrown(() => rankByLifetimeValue({ purchases: bg, spend: gg }, summary, { horizon: weeks(1) })).path).toEqual(['summary', 'timeUnit']);
  });
  it('summary options', () => {
    const rows = [{ customerId: 1, at: '2024-01-01', amount: 1 }];
    expect(thrown(() => summarizeTransactions(rows, { calibrationEnd: '2024-02-01', timeUnit: 'months' as never })).path).toEqual(['options', 'timeUnit']);
    expect(thrown(() => summarizeTransactions(rows, { calibrationEnd: 'soon', timeUnit: 'days' })).code).toBe('invalid_date');
    expect(thrown(() => summarizeTransactions(rows, { calibrationEnd: '2024-02-01', holdoutEnd: '2024-01-01', timeUnit: 'days' })).path).toEqual(['options', 'holdoutEnd']);
    expect(thrown(() => summarizeTransactions(42 as never, { calibrationEnd: '2024-02-01', timeUnit: 'days' })).details).toMatchObject({ expected: 'iterable' });
  });
  it('lifetime value options', () => {
    const c = { x: 1, tx: 1, T: 2, meanRepeatSpend: 10 };
    const models = { purchases: bg, spend: gg };
    expect(thrown(() => customerLifetimeValue(models, c, { horizon: weeks(10), step: weeks(0) })).path).toEqual(['options', 'step', 'value']);
    expect(thrown(() => customerLifetimeValue(models, c, { horizon: weeks(10), discountRate: { rate: -1, per: weeks(1) } })).path).toEqual(['options', 'discountRate', 'rate']);
    expect(thrown(() => customerLifetimeValue(models, c, { horizon: weeks(10), margin: Number.NaN })).path).toEqual(['options', 'margin']);
    expect(thrown(() => churnSignal(bg, c, { threshold: 2 })).path).toEqual(['options', 'threshold']);
    expect(thrown(() => holdoutCheck(bg, { timeUnit: 'weeks', calibrationEnd: 0, customers: [] })).path).toEqual(['summary', 'holdoutEnd']);
  });
  it('empty fits', () => {
    expect(thrown(() => fitBgNbd([], { timeUnit: 'weeks' })).code).toBe('empty_input');
    expect(thrown(() => fitParetoNbd([], { timeUnit: 'weeks' })).code).toBe('empty_input');
  });
  it('errors render in every locale without placeholders', () => {
    const e = thrown(() => fitBgNbd([{ x: 1, tx: 40, T: 30 }], { timeUnit: 'weeks' }));
    for (const locale of ['en', 'zh-Hans', 'zh-Hant']) expect(message(e, locale)).not.toMatch(/\{|undefined|\[object/);
  });
});

describe('lifetime value', () => {
  const models = { purchases: bg, spend: gg };
  const c = { x: 4, tx: 30, T: 35, meanRepeatSpend: 40 };
  it('is the undiscounted expected purchases times expected spend without a discount rate', () => {
    const value = customerLifetimeValue(models, c, { horizon: weeks(52) });
    expect(value).toBeCloseTo(expectedPurchases(bg, c, { horizon: weeks(52) }) * expectedSpend(gg, c), 9);
  });
  it('converts the discount period explicitly: 10 %/year equals its weekly equivalent', () => {
    const perYear = customerLifetimeValue(models, c, { horizon: weeks(104), discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } } });
    const weekly = 1.1 ** (7 / 365.25) - 1;
    const perWeek = customerLifetimeValue(models, c, { horizon: weeks(104), discountRate: { rate: weekly, per: weeks(1) } });
    expect(perYear).toBeCloseTo(perWeek, 9);
    expect(perYear).toBeLessThan(customerLifetimeValue(models, c, { horizon: weeks(104) }));
  });
  it('takes a rate of 0 as no discount and a negative rate as weighing later steps more', () => {
    const none = customerLifetimeValue(models, c, { horizon: weeks(104) });
    const zero = customerLifetimeValue(models, c, { horizon: weeks(104), discountRate: { rate: 0, per: weeks(1) } });
    const negative = customerLifetimeValue(models, c, { horizon: weeks(104), discountRate: { rate: -0.5, per: { value: 1, unit: 'years' } } });
    expect(zero).toBeCloseTo(none, 9);
    expect(negative).toBeGreaterThan(none);
    expect(Number.isFinite(negative)).toBe(true);
  });
  it('ranks with percentiles and ties; refuses duplicate ids', () => {
    const row = (customerId: string, x: number, tx: number, meanRepeatSpend: number) => ({ customerId, x, tx, T: 30, firstPurchase: 0, meanRepeatSpend });
    const summary = { timeUnit: 'weeks', calibrationEnd: 0, customers: [row('b', 0, 0, 0), row('a', 0, 0, 0), row('c', 8, 29, 90)] } as const;
    const ranked = rankByLifetimeValue(models, summary, { horizon: weeks(52), margin: 0.3 });
    expect(ranked.map((r) => [r.customerId, r.rank, r.percentile])).toEqual([
      ['c', 1, 1],
      ['a', 2, 0],
      ['b', 2, 0],
    ]);
    const dup = { ...summary, customers: [row('a', 0, 0, 0), row('a', 1, 2, 3)] };
    expect(thrown(() => rankByLifetimeValue(models, dup, { horizon: weeks(1) })).details).toMatchObject({ expected: 'unique' });
  });
});

describe('issue 11 reproductions', () => {
  const models = { purchases: bg, spend: gg };
  const customer = { x: 2, tx: 30.43, T: 38.86, meanRepeatSpend: 22.35 };
  it('a 1e9-week horizon (a V8 abort before) is input_too_large; 1e6 days answers at once', () => {
    const e = thrown(() => customerLifetimeValue(models, customer, { horizon: { value: 1e9, unit: 'weeks' } }));
    expect(e.code).toBe('input_too_large');
    expect(e.path).toEqual(['options', 'horizon', 'value']);
    // Undiscounted, the value over a horizon is one expectation whatever the step (31 s before).
    expect(Number.isFinite(customerLifetimeValue(models, customer, { horizon: { value: 1e6, unit: 'days' } }))).toBe(true);
    // Discounted, 1e6 days in weekly steps is more steps than the function sums: refused, not waited for.
    const steps = thrown(() => customerLifetimeValue(models, customer, { horizon: { value: 1e6, unit: 'days' }, discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } } }));
    expect(steps.code).toBe('input_too_large');
    expect(Number.isFinite(customerLifetimeValue(models, customer, { horizon: { value: 1e6, unit: 'days' }, step: { value: 1, unit: 'years' }, discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } } }))).toBe(true);
    // A step of 5e-324 weeks: the count of steps is Infinity, reported as a finite number (JSON has no Infinity).
    const tiny = thrown(() => customerLifetimeValue(models, customer, { horizon: { value: 52, unit: 'weeks' }, step: { value: 5e-324, unit: 'weeks' }, discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } } }));
    expect(tiny.code).toBe('input_too_large');
    expect(JSON.parse(JSON.stringify(tiny)).details.received).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('fitParetoNbd with x = 1e308 (> 30 s before) is refused at once', () => {
    const e = thrown(() => fitParetoNbd([{ x: 1e308, tx: 5, T: 30 }, { x: 1, tx: 2, T: 30 }], { timeUnit: 'weeks' }));
    expect(e.code).toBe('invalid_record');
    expect(e.path).toEqual(['customers', 0, 'x']);
  });
});

describe('holdoutCheck names the end that is wrong', () => {
  const customers = [{ customerId: 'a', x: 1, tx: 2, T: 5, holdoutPurchases: 1 }];
  it('a calibrationEnd that is not an integer is refused at its own path, with a clean message', () => {
    for (const calibrationEnd of [Number.NaN, Number.POSITIVE_INFINITY, '100', 1.5]) {
      const e = thrown(() => holdoutCheck(bg, { timeUnit: 'weeks', calibrationEnd, holdoutEnd: 107, customers } as never));
      expect(e.path).toEqual(['summary', 'calibrationEnd']);
      for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(message(e, { locale })).not.toMatch(/\?|undefined|\{/);
    }
    expect(thrown(() => holdoutCheck(bg, { timeUnit: 'weeks', calibrationEnd: 100, holdoutEnd: 99, customers } as never))).toMatchObject({ path: ['summary', 'holdoutEnd'], details: { min: 100 } });
  });
});
