import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError } from '../../src/errors.js';
import {
  aggregateTransactions,
  applyRfmModel,
  emptyAggregate,
  fitRfm,
  fitRfmFromAggregates,
  foldTransaction,
  mergeAggregates,
  scoreRfmMetrics,
} from '../../src/scoring/index.js';

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(isCrmTaxonomyError(e)).toBe(true);
    return (e as { code: string }).code;
  }
  return 'none';
};

describe('aggregates', () => {
  it('are plain JSON and never mutated', () => {
    const a = foldTransaction(undefined, { customerId: 'c', at: '2024-01-01', amount: 0.1 });
    const frozen = structuredClone(a);
    const b = foldTransaction(a, { customerId: 'c', at: '2024-01-01', amount: 0.2, profit: 0.05 });
    expect(a).toEqual(frozen);
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
    expect(b.purchaseDays).toEqual([19723]);
    expect(b.spend + b.spendCompensation).toBeCloseTo(0.3, 15);
  });

  it('refuse bad transactions and foreign customers', () => {
    const a = emptyAggregate('c');
    expect(code(() => foldTransaction(a, { customerId: 'd', at: 0, amount: 1 }))).toBe('invalid_argument');
    expect(code(() => foldTransaction(a, { customerId: 'c', at: 'nope', amount: 1 }))).toBe('invalid_date');
    expect(code(() => foldTransaction(a, { customerId: 'c', at: 0, amount: Number.NaN }))).toBe('non_finite_amount');
    expect(code(() => foldTransaction(a, { customerId: 'c', at: 0, amount: 1, profit: Number.NaN }))).toBe('non_finite_amount');
    expect(code(() => mergeAggregates(a, emptyAggregate('d')))).toBe('invalid_argument');
  });

  it('future transactions in an aggregate: counted only with future include', () => {
    const [a] = aggregateTransactions([{ customerId: 'c', at: '2024-03-01', amount: 5 }]);
    const { model } = fitRfm([{ id: 'x', at: '2024-01-01', amount: 1 }], { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-02-01' });
    expect(code(() => applyRfmModel(model, a!))).toBe('future_transaction');
    expect(applyRfmModel(model, a!, { asOf: '2024-03-31' })).toMatchObject({ recencyDays: 30 });
    expect(code(() => fitRfmFromAggregates([a!], { asOf: '2024-02-01', future: 'ignore' }))).toBe('future_transaction');
    expect(fitRfmFromAggregates([a!], { asOf: '2024-02-01', future: 'include' }).customers[0]).toMatchObject({ recencyDays: 0 });
  });

  it('a customer with refunds only under refunds: ignore has nothing to score', () => {
    const [a] = aggregateTransactions([{ customerId: 'c', at: '2024-01-01', amount: -5 }]);
    const { model } = fitRfm([{ id: 'x', at: '2024-01-01', amount: 1 }], { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-02-01', refunds: 'ignore' });
    expect(applyRfmModel(model, a!)).toBeUndefined();
    expect(fitRfmFromAggregates([a!], { asOf: '2024-02-01', refunds: 'ignore' }).customers).toEqual([]);
  });

  it('refuses duplicate aggregates and bad models', () => {
    const [a] = aggregateTransactions([{ customerId: 'c', at: '2024-01-01', amount: 5 }]);
    expect(code(() => fitRfmFromAggregates([a!, a!], { asOf: '2024-02-01' }))).toBe('invalid_argument');
    expect(code(() => applyRfmModel({} as never, a!))).toBe('invalid_model');
    const { model } = fitRfm([{ id: 'x', at: '2024-01-01', amount: 1 }], { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-02-01' });
    expect(code(() => scoreRfmMetrics({ ...model, recency: { ...model.recency, thresholds: [1] } }, { recencyDays: 1, frequency: 1, monetary: 1 }))).toBe('invalid_model');
  });

  it('orders mixed id types numbers first, then strings by code units', () => {
    const tx = [10, 'b', 2, 'B', 'a'].map((id) => ({ id, at: '2024-01-01', amount: 1 }));
    const { customers } = fitRfm(tx, { customerId: (t) => t.id, at: (t) => t.at, amount: (t) => t.amount }, { asOf: '2024-01-02', method: 'ntile' });
    expect(customers.map((c) => c.customerId)).toEqual([2, 10, 'B', 'a', 'b']);
    expect(customers.map((c) => c.m)).toEqual([1, 2, 3, 4, 5]);
  });
});
