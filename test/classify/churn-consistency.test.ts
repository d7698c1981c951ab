/** A churn signal whose verdict its own numbers contradict is refused, not followed against the reason it states. */
import { describe, expect, it } from 'vitest';
import { classify, classifyAll, message } from '../../src/index.js';
import { inLocale } from '../support/locales.js';
import { thrown } from '../support/thrown.js';

describe('churn evidence that contradicts itself', () => {
  const facts = { transactions: [{ at: '2024-06-01', amount: 1 }] };
  it('classify refuses likelyChurned that is not pAlive < threshold', () => {
    const error = thrown(() => classify(facts, { asOf: '2024-06-30', churn: { pAlive: 0.9, threshold: 0.5, likelyChurned: true } }));
    expect(error).toMatchObject({ code: 'invalid_argument', path: ['options', 'churn', 'likelyChurned'], details: { expected: 'same_as_other', other: 'pAlive < threshold' } });
    expect(message(error)).toBe('Invalid options.churn.likelyChurned: expected the same as pAlive < threshold, received true');
    for (const locale of ['zh-Hans', 'zh-Hant']) expect(message(error, inLocale(locale))).not.toMatch(/expected|\?|undefined/);
    // At pAlive = threshold either verdict stands (a host that rounded pAlive before storing it).
    expect(classify(facts, { asOf: '2024-06-30', churn: { pAlive: 0.5, threshold: 0.5, likelyChurned: true } }).dimensions.status.value).toBe('lost');
    // A consistent signal decides the status, as before.
    expect(classify(facts, { asOf: '2024-06-30', churn: { pAlive: 0.2, threshold: 0.5, likelyChurned: true } }).dimensions.status.value).toBe('lost');
    expect(classify(facts, { asOf: '2024-06-30', churn: { pAlive: 0.5, threshold: 0.5, likelyChurned: false } }).dimensions.status.value).toBe('current');
  });
  it('classifyAll refuses it from the churn callback', () => {
    const rows = [{ customerId: 'a', at: '2024-06-01', amount: 1 }];
    expect(() => classifyAll(rows, { asOf: '2024-06-30', churn: () => ({ pAlive: 0.1, threshold: 0.5, likelyChurned: false }) })).toThrow(/likelyChurned/);
  });
});
