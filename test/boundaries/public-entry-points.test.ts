import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError, type ErrorCode, type ErrorPath } from '../../src/errors.js';
import {
  abcClasses,
  aggregateTransactions,
  applyRfmModel,
  can,
  classify,
  customerLifetimeValue,
  explain,
  fitRfmModel,
  fitValueModel,
  foldTransaction,
  mergeAggregates,
  rankByLifetimeValue,
  replay,
  scoreRfmMetrics,
  statusMachine,
  transition,
  validateHistory,
} from '../../src/index.js';

/** Runs `fn`, expects a CrmTaxonomyError, and returns its code, path and message. */
function caught(fn: () => unknown): { code: ErrorCode; path: ErrorPath; message: string } {
  try {
    fn();
  } catch (error) {
    expect(isCrmTaxonomyError(error), `expected a CrmTaxonomyError, got ${String(error)}`).toBe(true);
    const e = error as { code: ErrorCode; path: ErrorPath; message: string };
    expect(e.message.length).toBeGreaterThan(10);
    return { code: e.code, path: e.path, message: e.message };
  }
  throw new Error('expected a throw, the call returned');
}

const expectError = (fn: () => unknown, code: ErrorCode, path: ErrorPath): void => {
  const e = caught(fn);
  expect({ code: e.code, path: e.path }).toEqual({ code, path });
};

const model = fitRfmModel({
  asOf: '2024-06-30',
  method: 'thresholds',
  scores: 3,
  thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] },
});

const clvModels = {
  purchases: { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } },
  spend: { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } },
} as const;

describe('scoreRfmMetrics validates its metrics', () => {
  it('rejects a metrics argument that is not an object', () => {
    expectError(() => scoreRfmMetrics(model, null as never), 'invalid_argument', ['metrics']);
    expectError(() => scoreRfmMetrics(model, undefined as never), 'invalid_argument', ['metrics']);
    expectError(() => scoreRfmMetrics(model, [1, 2, 3] as never), 'invalid_argument', ['metrics']);
  });

  it('rejects NaN metrics instead of scoring them 1', () => {
    expectError(() => scoreRfmMetrics(model, { recencyDays: NaN, frequency: NaN, monetary: NaN }), 'invalid_argument', ['metrics', 'recencyDays']);
    expectError(() => scoreRfmMetrics(model, { recencyDays: 1, frequency: NaN, monetary: 1 }), 'invalid_argument', ['metrics', 'frequency']);
    expectError(() => scoreRfmMetrics(model, { recencyDays: 1, frequency: 1, monetary: NaN }), 'invalid_argument', ['metrics', 'monetary']);
  });

  it('rejects infinite, missing, mistyped and negative metrics', () => {
    expectError(() => scoreRfmMetrics(model, { recencyDays: Infinity, frequency: 1, monetary: 1 }), 'invalid_argument', ['metrics', 'recencyDays']);
    expectError(() => scoreRfmMetrics(model, { recencyDays: 1, frequency: 1 } as never), 'invalid_argument', ['metrics', 'monetary']);
    expectError(() => scoreRfmMetrics(model, { recencyDays: '1', frequency: 1, monetary: 1 } as never), 'invalid_argument', ['metrics', 'recencyDays']);
    expectError(() => scoreRfmMetrics(model, { recencyDays: -1, frequency: 1, monetary: 1 }), 'invalid_argument', ['metrics', 'recencyDays']);
    expectError(() => scoreRfmMetrics(model, { recencyDays: 1, frequency: -1, monetary: 1 }), 'invalid_argument', ['metrics', 'frequency']);
  });

  it('still scores valid metrics, negative monetary included', () => {
    expect(scoreRfmMetrics(model, { recencyDays: 10, frequency: 2, monetary: 5000 })).toEqual({ r: 3, f: 2, m: 3 });
    expect(scoreRfmMetrics(model, { recencyDays: 0, frequency: 0, monetary: -50 })).toEqual({ r: 3, f: 1, m: 1 });
  });
});

describe('public entry points reject null and undefined with a CrmTaxonomyError', () => {
  it('applyRfmModel', () => {
    expectError(() => applyRfmModel(model, null as never), 'invalid_argument', ['aggregate']);
    expectError(() => applyRfmModel(model, undefined as never), 'invalid_argument', ['aggregate']);
    expectError(() => applyRfmModel(model, {} as never), 'invalid_argument', ['aggregate']);
    expectError(() => applyRfmModel(null as never, null as never), 'invalid_model', ['model']);
    const d = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 15 });
    expectError(() => applyRfmModel(model, d, null as never), 'invalid_argument', ['options']);
  });

  it('abcClasses', () => {
    expectError(() => abcClasses(null as never), 'invalid_argument', ['values']);
    expectError(() => abcClasses(undefined as never), 'invalid_argument', ['values']);
    expectError(() => abcClasses(42 as never), 'invalid_argument', ['values']);
    expectError(() => abcClasses('ab' as never), 'invalid_argument', ['values']);
    expectError(() => abcClasses([null] as never), 'invalid_argument', ['values', 0]);
    expectError(() => abcClasses([{ customerId: 'a', value: 1 }, 7] as never), 'invalid_argument', ['values', 1]);
  });

  it('abcClasses checks each customer id and value', () => {
    expectError(() => abcClasses([{ value: 1 }] as never), 'missing_customer_id', ['values', 0, 'customerId']);
    expectError(() => abcClasses([{ customerId: '', value: 1 }]), 'missing_customer_id', ['values', 0, 'customerId']);
    expectError(() => abcClasses([{ customerId: null, value: 1 }] as never), 'missing_customer_id', ['values', 0, 'customerId']);
    expectError(() => abcClasses([{ customerId: NaN, value: 1 }]), 'missing_customer_id', ['values', 0, 'customerId']);
    expectError(() => abcClasses([{ customerId: 'a', value: 1 }, { customerId: Infinity, value: 1 }]), 'missing_customer_id', ['values', 1, 'customerId']);
    expectError(() => abcClasses([{ customerId: { id: 1 }, value: 1 }] as never), 'invalid_record', ['values', 0, 'customerId']);
    expectError(() => abcClasses([{ customerId: true, value: 1 }] as never), 'invalid_record', ['values', 0, 'customerId']);
    expectError(() => abcClasses([{ customerId: 'a', value: NaN }]), 'non_finite_amount', ['values', 0, 'value']);
    expectError(() => abcClasses([{ customerId: 'a' }] as never), 'non_finite_amount', ['values', 0, 'value']);
  });

  it('foldTransaction', () => {
    expectError(() => foldTransaction(undefined, null as never), 'invalid_argument', ['transaction']);
    expectError(() => foldTransaction(undefined, undefined as never), 'invalid_argument', ['transaction']);
    expectError(() => foldTransaction(null as never, { customerId: 'a', at: '2024-01-01', amount: 1 }), 'invalid_argument', ['aggregate']);
    expectError(() => foldTransaction('a' as never, { customerId: 'a', at: '2024-01-01', amount: 1 }), 'invalid_argument', ['aggregate']);
  });

  it('mergeAggregates', () => {
    const a = foldTransaction(undefined, { customerId: 'a', at: '2024-01-01', amount: 1 });
    expectError(() => mergeAggregates(null as never, null as never), 'invalid_argument', ['a']);
    expectError(() => mergeAggregates(a, null as never), 'invalid_argument', ['b']);
    expectError(() => mergeAggregates(undefined as never, a), 'invalid_argument', ['a']);
    expect(mergeAggregates(a, a).purchases).toBe(2);
  });

  it('aggregateTransactions', () => {
    expectError(() => aggregateTransactions(null as never), 'invalid_argument', ['transactions']);
  });

  it('can and transition', () => {
    expectError(() => can(undefined as never, 'current', 'churn' as never), 'unknown_machine', ['machine']);
    expectError(() => can(null as never, 'current', 'churn' as never), 'unknown_machine', ['machine']);
    expectError(() => can({ id: 'status' } as never, 'current', 'churn' as never), 'unknown_machine', ['machine']);
    expectError(() => transition(undefined as never, 'current', 'churn' as never, { at: '2024-06-30' }), 'unknown_machine', ['machine']);
    expect(can(statusMachine, 'current', 'churn', { daysSinceLastPurchase: 200 }).ok).toBe(true);
  });

  it('validateHistory and replay', () => {
    expectError(() => validateHistory(null as never, []), 'unknown_machine', ['machine']);
    expectError(() => validateHistory(undefined as never, []), 'unknown_machine', ['machine']);
    expectError(() => replay(null as never, []), 'unknown_machine', ['machine']);
    expectError(() => validateHistory(statusMachine, [], null as never), 'invalid_argument', ['options']);
    expect(validateHistory(statusMachine, [])).toEqual({ ok: true, state: 'potential', issues: [] });
  });

  it('customerLifetimeValue and rankByLifetimeValue', () => {
    const customer = { x: 2, tx: 30.43, T: 38.86, meanRepeatSpend: 22.35 };
    const options = { horizon: { value: 39, unit: 'weeks' } } as const;
    expectError(() => customerLifetimeValue(null as never, customer, options), 'invalid_model', ['models']);
    expectError(() => customerLifetimeValue(undefined as never, customer, options), 'invalid_model', ['models']);
    expectError(() => customerLifetimeValue({ purchases: clvModels.purchases } as never, customer, options), 'invalid_model', ['models']);
    const summary = { timeUnit: 'weeks', calibrationEnd: 0, customers: [] } as const;
    expectError(() => rankByLifetimeValue(null as never, summary, options), 'invalid_model', ['models']);
    expectError(() => rankByLifetimeValue(undefined as never, summary, options), 'invalid_model', ['models']);
    expect(Number(customerLifetimeValue(clvModels, customer, options).toFixed(2))).toBe(30.24);
  });

  it('explain', () => {
    expectError(() => explain('status', null as never), 'invalid_argument', ['result']);
    expectError(() => explain('status', undefined as never), 'invalid_argument', ['result']);
    expectError(() => explain('status', { known: true, value: 'current' } as never), 'invalid_argument', ['result']);
    const profile = classify({ transactions: [{ at: '2024-01-10', amount: 3000 }] }, {}, '2024-03-10');
    expect(explain('loyalty', profile.dimensions.loyalty)).toMatch(/^New customer/);
  });
});

describe('abcClasses rejects a customer listed twice', () => {
  it('rejects duplicate string ids at the second occurrence', () => {
    const e = caught(() => abcClasses([{ customerId: 'a', value: 10 }, { customerId: 'a', value: 5 }]));
    expect({ code: e.code, path: e.path }).toEqual({ code: 'invalid_argument', path: ['values', 1, 'customerId'] });
    expect(e.message).toContain('"a"');
  });

  it('rejects duplicate numeric ids, but keeps 1 and "1" apart', () => {
    expectError(
      () => abcClasses([{ customerId: 1, value: 10 }, { customerId: 2, value: 3 }, { customerId: 1, value: 5 }]),
      'invalid_argument',
      ['values', 2, 'customerId'],
    );
    expect(abcClasses([{ customerId: 1, value: 10 }, { customerId: '1', value: 5 }]).customers).toHaveLength(2);
  });

  it('does not trip on ids that are Object.prototype keys', () => {
    const result = abcClasses([{ customerId: 'constructor', value: 3 }, { customerId: '__proto__', value: 2 }, { customerId: 'toString', value: 1 }]);
    expect(result.customers.map((c) => c.customerId)).toEqual(['constructor', '__proto__', 'toString']);
  });

  it('fitValueModel rejects duplicates too', () => {
    expectError(() => fitValueModel([{ customerId: 'a', value: 10 }, { customerId: 'a', value: 5 }]), 'invalid_argument', ['values', 1, 'customerId']);
  });

  it('accepts any iterable', () => {
    function* gen() {
      yield { customerId: 'x', value: 2 };
      yield { customerId: 'y', value: 1 };
    }
    expect(abcClasses(gen()).customers.map((c) => c.customerId)).toEqual(['x', 'y']);
    expect(abcClasses(new Set([{ customerId: 'z', value: 1 }])).counts).toEqual({ a: 1, b: 0, c: 0 });
  });
});
