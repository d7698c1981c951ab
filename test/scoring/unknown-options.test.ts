/**
 * A misspelt option is refused, not read as its default: `score: 3` fitted five scores, `asof`
 * classified without a day of its own (a new user's review).
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyAll, defineRfmModel, fitRfm, fitRfmColumns, fitRfmFromAggregates, reconcile } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const rows = [{ customerId: 'a', at: '2024-06-01', amount: 10 }];
const facts = { customerId: 'a', transactions: [{ at: '2024-06-01', amount: 10 }] };

describe('unknown option keys', () => {
  it.each([
    ['fitRfm', () => fitRfm(rows, { asOf: '2024-06-30', score: 3 } as never), ['options', 'score']],
    ['fitRfmFromAggregates', () => fitRfmFromAggregates([], { asOf: '2024-06-30', accessors: {} } as never), ['options', 'accessors']],
    ['fitRfmColumns', () => fitRfmColumns({ customer: new Int32Array(0), day: new Int32Array(0), amount: new Float64Array(0) }, { asOf: '2024-06-30', onProgress: () => {} } as never), ['options', 'onProgress']],
    ['defineRfmModel', () => defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', threshold: {} } as never), ['options', 'threshold']],
    ['classify', () => classify(facts, { asOf: '2024-06-30', asof: '2020-01-01' } as never), ['options', 'asof']],
    ['classifyAll', () => classifyAll(rows, { asOf: '2024-06-30', polcy: {} } as never), ['options', 'polcy']],
    ['reconcile', () => reconcile({}, facts, { asOf: '2024-06-30', actr: 'x' } as never), ['options', 'actr']],
  ])('%s refuses a key it does not know, with the keys it knows', (_, call, path) => {
    const error = thrown(call) as unknown as { code: string; path: unknown; details: { expected: string; allowed: string[] } };
    expect(error).toMatchObject({ code: 'invalid_argument', path, details: { expected: 'known_key' } });
    expect(error.details.allowed).toContain('asOf');
  });

  it('every documented option is known, and read', () => {
    const progress: number[] = [];
    const fit = fitRfm(rows, { asOf: '2024-06-30', scores: 3, method: 'quantile', policy: {}, accessors: { customerId: (r) => r.customerId, at: (r) => r.at, amount: (r) => r.amount }, onMissingCustomerId: 'skip', onProgress: (p) => progress.push(p.records) });
    expect(fit.model.scores).toBe(3);
    expect(fit.customers.map((c) => [c.customerId, c.recencyDays])).toEqual([['a', 29]]);
    expect(progress).toEqual([1]);
    const batch = classifyAll(rows, { asOf: '2024-06-30', policy: {}, facts: () => undefined, customers: ['b'], onMissingCustomerId: 'skip', onProgress: () => {}, churn: () => undefined, rfm: () => undefined });
    expect(batch.profiles.map((p) => [p.customerId, p.dimensions.status.value])).toEqual([['a', 'current'], ['b', null]]);
    const done = reconcile({}, facts, { asOf: '2024-06-30', actor: 'nightly', lifecyclePolicy: {} });
    expect(done.events.every((e) => e.actor === 'nightly')).toBe(true);
    expect(done.events.length).toBeGreaterThan(0);
  });
});
