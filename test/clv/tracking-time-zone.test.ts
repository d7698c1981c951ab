import { describe, expect, it } from 'vitest';
import { expectedCumulativeRepeatPurchases, summarizeTransactions } from '../../src/clv/index.js';
import { thrown } from '../support/thrown.js';

// The tracking curve reads `origin` in the zone the summary's days were counted in: midnight in
// Shanghai as an instant is 2024-01-01 there and 2023-12-31 in UTC.

const rows = [
  { customerId: 1, at: '2024-01-01T08:00:00+08:00', amount: 5 },
  { customerId: 2, at: '2024-01-01T09:00:00+08:00', amount: 5 },
];
const summary = summarizeTransactions(rows, { calibrationEnd: '2024-03-31', timeUnit: 'days', timeZone: 'Asia/Shanghai' });
const model = { model: 'bg-nbd', timeUnit: 'days', params: { r: 0.243, alpha: 30.898, a: 0.793, b: 2.426 } } as const;

describe('expectedCumulativeRepeatPurchases: origin in the summary’s time zone', () => {
  const byDefault = expectedCumulativeRepeatPurchases(model, summary, { at: [1] });

  it('an instant at local midnight is the summary’s first day when the zone is given', () => {
    for (const origin of ['2024-01-01T00:00:00+08:00', new Date('2024-01-01T00:00:00+08:00'), '2024-01-01']) {
      expect(expectedCumulativeRepeatPurchases(model, summary, { at: [1], origin, timeZone: 'Asia/Shanghai' })).toEqual(byDefault);
    }
    expect(byDefault).toEqual([0.015652022343694724]);
  });

  it('is read in UTC without a zone (the day before, here), as every date of the library', () => {
    expect(expectedCumulativeRepeatPurchases(model, summary, { at: [1], origin: '2024-01-01T00:00:00+08:00' })).toEqual([0]);
    expect(expectedCumulativeRepeatPurchases(model, summary, { at: [2], origin: '2024-01-01T00:00:00+08:00' })).toEqual(byDefault);
  });

  it('refuses a zone that is not one', () => {
    const error = thrown(() => expectedCumulativeRepeatPurchases(model, summary, { at: [1], timeZone: 'Mars/Olympus' }));
    expect(error.code).toBe('invalid_argument');
    expect(error.path).toEqual(['options', 'timeZone']);
  });
});
