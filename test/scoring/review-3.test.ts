/**
 * A hostile review of the scoring core: metrics with a `transactions` key, the lists of a first
 * fold, the bound of an empty column fit. (Chosen colliding ids: hash-flooding.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { defineRfmModel, fitRfmColumns, foldTransaction, scoreRfm } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

describe('scoreRfm', () => {
  const model = defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 5, thresholds: { recency: [90, 60, 30, 10], frequency: [1, 2, 3, 4], monetary: [1, 5, 10, 100] } });
  it('scores metrics that carry other keys, a `transactions` count among them', () => {
    const plain = scoreRfm(model, { recencyDays: 3, frequency: 2, monetary: 10 });
    expect(scoreRfm(model, { recencyDays: 3, frequency: 2, monetary: 10, transactions: 2 } as never)).toEqual(plain);
    expect(scoreRfm(model, { recencyDays: 3, frequency: 2, monetary: 10, extra: 1 } as never)).toEqual(plain);
  });
  it('still reads an aggregate as an aggregate, also one stored with its last metrics beside it', () => {
    const a = foldTransaction(undefined, { customerId: 'a', at: '2024-06-27', amount: 10 });
    expect(scoreRfm(model, a)).toMatchObject({ customerId: 'a', recencyDays: 3, frequency: 1, monetary: 10 });
    const stored = { ...a, recencyDays: 3, frequency: 1, monetary: 10 };
    expect(scoreRfm(model, stored, { asOf: '2025-06-30' })).toMatchObject({ customerId: 'a', recencyDays: 368 });
  });
});

it('a first fold returns lists of its own, as every later fold does', () => {
  const a = foldTransaction(undefined, { customerId: 'a', at: '2024-01-01', amount: 5 });
  const b = foldTransaction(undefined, { customerId: 'b', at: '2024-01-01', amount: 7 });
  expect(a.zeroDays).not.toBe(b.zeroDays);
  expect(Object.isFrozen(a.zeroDays)).toBe(false);
  expect(Object.isFrozen(a.purchaseDays)).toBe(false);
});

describe('fitRfmColumns with no customers', () => {
  const one = (customer: number, customers?: number) => () =>
    fitRfmColumns({ customer: new Int32Array([customer]), day: new Int32Array([19_000]), amount: new Float64Array([1]), ...(customers === undefined ? {} : { customers }) }, { asOf: '2024-06-30' });
  it('a negative index is below 0, with no empty range', () => {
    expect(thrown(one(-1))).toMatchObject({ code: 'invalid_record', path: ['input', 'customer', 0], details: { expected: 'integer', min: 0 } });
    expect((thrown(one(-1)) as { details: object }).details).not.toHaveProperty('max');
  });
  it('an index with `customers: 0` asks for a count above it', () => {
    expect(thrown(one(3, 0))).toMatchObject({ code: 'invalid_argument', path: ['input', 'customers'], details: { expected: 'integer', min: 4, received: '0' } });
  });
});
