import { describe, expect, it } from 'vitest';
import { eightClass, fitRfm, fitRfmFromAggregates, foldTransaction, mergeAggregates } from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';

const base = foldTransaction(undefined, { customerId: 'c', at: '2024-01-01', amount: 1 });

describe('stored aggregates hold what transactions can make', () => {
  it('a compensation that is not below half an ulp of its sum is refused (it would shift the sum)', () => {
    const made = { ...base, spendCompensation: -50 };
    expect(thrown(() => fitRfmFromAggregates([made], { asOf: '2024-06-30' }))).toMatchObject({ code: 'invalid_argument', path: ['aggregates', 0, 'spendCompensation'] });
    // A canonical pair passes: 0.1 + 0.2 folded keeps the exact rest.
    const exact = foldTransaction(foldTransaction(undefined, { customerId: 'c', at: '2024-01-01', amount: 0.1 }), { customerId: 'c', at: '2024-01-02', amount: 0.2 });
    expect(exact.spendCompensation).not.toBe(0);
    expect(fitRfmFromAggregates([exact], { asOf: '2024-06-30' }).customers[0]!.monetary).toBe(0.30000000000000004);
  });

  it('counts stop at 2^53 − 1; folding or merging past it is input_too_large', () => {
    const huge = { ...base, purchases: 1e300, transactions: 1e300 };
    expect(thrown(() => mergeAggregates(huge, base)).path).toEqual(['a', 'purchases']);
    const full = { ...base, purchases: Number.MAX_SAFE_INTEGER, transactions: Number.MAX_SAFE_INTEGER };
    expect(thrown(() => mergeAggregates(full, base))).toMatchObject({ code: 'input_too_large', path: ['b', 'transactions'] });
    expect(thrown(() => foldTransaction(full, { customerId: 'c', at: '2024-01-02', amount: 1 }))).toMatchObject({ code: 'input_too_large', path: ['aggregate', 'transactions'] });
  });
});

describe('centres of an empty model', () => {
  it('eightClass refuses a model fitted on no customer, as scoreRfm does', () => {
    const model = fitRfm([], { asOf: '2024-06-30' }).model;
    expect(thrown(() => eightClass({ recencyDays: 5, frequency: 1, monetary: 10 }, model)).code).toBe('empty_input');
  });
});

describe('foldTransaction reads its time zone and instants as aggregateTransactions does', () => {
  it('a time zone Intl does not know is refused at options.timeZone, as a non-string one is', () => {
    const tx = { customerId: 'c', at: '2024-01-01', amount: 1 };
    expect(thrown(() => foldTransaction(undefined, tx, { timeZone: 'Mars/Olympus' }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'timeZone'] });
    expect(thrown(() => foldTransaction(undefined, tx, { timeZone: 5 as never }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'timeZone'] });
  });

  it('the instant -0 is day 0, not -0 (Object.is and structuredClone keep -0, so the aggregate would differ from its JSON round trip)', () => {
    for (const timeZone of ['UTC', 'Africa/Abidjan']) {
      const folded = foldTransaction(undefined, { customerId: 'c', at: -0, amount: 1 }, { timeZone });
      expect(Object.is(folded.firstDay, 0) && Object.is(folded.purchaseDays[0], 0)).toBe(true);
    }
  });
});

describe('an aggregate is read once', () => {
  const base = foldTransaction(undefined, { customerId: 'h', at: '2024-01-01', amount: 15 });
  /** The aggregate with one field a getter that answers `good` for its first `reads` reads, then `bad`. */
  const flipping = (field: string, good: unknown, bad: unknown, reads: number) => {
    let n = 0;
    const out: Record<string, unknown> = { ...base };
    Object.defineProperty(out, field, { enumerable: true, get: () => (n++ < reads ? good : bad) });
    return out as unknown as typeof base;
  };

  it('a getter that changes its answer after the check changes nothing: the checked value is used', () => {
    for (const reads of [1, 2, 3, 6]) {
      const result = fitRfmFromAggregates([flipping('spend', 15, Number.NaN, reads)], { asOf: '2024-06-01' });
      expect(result.customers[0]!.monetary).toBe(15);
      expect(mergeAggregates(flipping('spend', 15, -1e300, reads), base).spend).toBe(30);
      expect(mergeAggregates(flipping('purchaseDays', [19723], [1, 2, 3], reads), base).purchaseDays).toEqual([19723]);
    }
  });

  it('a getter that answers a bad value is refused at its field', () => {
    const error = thrown(() => foldTransaction(flipping('spend', Number.NaN, Number.NaN, 0), { customerId: 'h', at: '2024-02-01', amount: 1 }));
    expect([error.code, error.path]).toEqual(['invalid_argument', ['aggregate', 'spend']]);
  });
});
