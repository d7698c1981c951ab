/**
 * A misspelt option is refused (`invalid_argument` at it, `known_key`) by every lifetime-value
 * function and by `fitValueModel`: it was read as its default, silently (`margn` gave a value
 * without the margin, `timezone` counted days in UTC). The functions that apply a fitted model
 * take each other's options, so one options object serves them all.
 */
import { describe, expect, it } from 'vitest';
import { fitValueModel } from '../../src/index.js';
import {
  churnSignal,
  customerForecast,
  customerLifetimeValue,
  expectedCumulativeRepeatPurchases,
  expectedPurchases,
  fitBgBb,
  fitBgNbd,
  fitGammaGamma,
  fitSbg,
  probabilityOfPurchases,
  projectRetention,
  rankByLifetimeValue,
  summarizeTransactions,
} from '../../src/clv/index.js';
import { CDNOW_BG_NBD } from '../support/models.js';
import { thrown } from '../support/thrown.js';

const purchases = CDNOW_BG_NBD;
const spend = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;
const customer = { x: 2, tx: 30.43, T: 38.86, meanRepeatSpend: 35 };
const horizon = { value: 52, unit: 'weeks' } as const;
const rows = [
  { customerId: 1, at: '2024-01-01', amount: 5 },
  { customerId: 1, at: '2024-01-09', amount: 7 },
  { customerId: 2, at: '2024-01-03', amount: 4 },
];
const summary = summarizeTransactions(rows, { calibrationEnd: '2024-02-01', timeUnit: 'weeks' });
const histories = [{ x: 2, tx: 30, T: 38 }, { x: 0, tx: 0, T: 38 }, { x: 5, tx: 36, T: 38 }, { x: 1, tx: 3, T: 38 }];

describe('a misspelt option is refused, not read as its default', () => {
  const calls: Record<string, [(options: never) => unknown, string]> = {
    customerLifetimeValue: [(o) => customerLifetimeValue({ purchases, spend }, customer, o), 'margn'],
    rankByLifetimeValue: [(o) => rankByLifetimeValue({ purchases, spend }, summary, o), 'margn'],
    customerForecast: [(o) => customerForecast({ purchases }, customer, o), 'levl'],
    expectedPurchases: [(o) => expectedPurchases(purchases, customer, o), 'horizn'],
    probabilityOfPurchases: [(o) => probabilityOfPurchases(purchases, customer, o), 'purchase'],
    churnSignal: [(o) => churnSignal(purchases, customer, o), 'treshold'],
    expectedCumulativeRepeatPurchases: [(o) => expectedCumulativeRepeatPurchases(purchases, summary, o), 'orign'],
    projectRetention: [(o) => projectRetention({ model: 'sbg', params: { alpha: 0.7, beta: 1.2 } }, o), 'renewal'],
    summarizeTransactions: [(o) => summarizeTransactions(rows, o), 'timezone'],
    fitBgNbd: [(o) => fitBgNbd(histories, o), 'timeunit'],
    fitGammaGamma: [(o) => fitGammaGamma([{ x: 2, meanRepeatSpend: 30 }, { x: 3, meanRepeatSpend: 40 }], o), 'strat'],
    fitBgBb: [(o) => fitBgBb([{ x: 1, tx: 2, n: 6 }, { x: 0, tx: 0, n: 6 }], o), 'strat'],
    fitSbg: [(o) => fitSbg([1000, 631, 468, 382], o), 'strat'],
    fitValueModel: [(o) => fitValueModel([{ customerId: 'a', value: 1 }], o), 'polcy'],
  };
  const valid: Record<string, object> = {
    customerLifetimeValue: { horizon },
    rankByLifetimeValue: { horizon },
    customerForecast: { horizon },
    expectedPurchases: { horizon },
    probabilityOfPurchases: { purchases: 1, horizon },
    churnSignal: {},
    expectedCumulativeRepeatPurchases: { at: [1, 2] },
    projectRetention: { periods: 3 },
    summarizeTransactions: { calibrationEnd: '2024-02-01', timeUnit: 'weeks' },
    fitBgNbd: { timeUnit: 'weeks' },
    fitGammaGamma: {},
    fitBgBb: {},
    fitSbg: {},
    fitValueModel: {},
  };
  it.each(Object.keys(calls))('%s', (name) => {
    const [call, misspelt] = calls[name]!;
    expect(thrown(() => call({ ...valid[name], [misspelt]: 0.3 } as never))).toMatchObject({ code: 'invalid_argument', path: ['options', misspelt], details: { expected: 'known_key' } });
  });

  it('a discount rate with a misspelt field is refused too', () => {
    expect(thrown(() => customerLifetimeValue({ purchases, spend }, customer, { horizon, discountRate: { rate: 0.1, per: horizon, every: 1 } } as never))).toMatchObject({ path: ['options', 'discountRate', 'every'] });
  });

  it('one options object serves every function that applies a model', () => {
    const options = { horizon, level: 0.9, margin: 0.3, threshold: 0.4 } as const;
    expect(customerLifetimeValue({ purchases, spend }, customer, options)).toBeCloseTo(customerLifetimeValue({ purchases, spend }, customer, { horizon, margin: 0.3 }), 12);
    expect(expectedPurchases(purchases, customer, options)).toBe(expectedPurchases(purchases, customer, { horizon }));
    expect(churnSignal(purchases, customer, options).threshold).toBe(0.4);
    expect(customerForecast({ purchases }, customer, options).pAlive.value).toBeGreaterThan(0);
  });
});
