/** Review 14: a finding never reads as the threshold it fails. */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { differentiate } from '../../src/analysis/index.js';

describe('biggest_declined beside its keep share', () => {
  it.each([
    [1e15, 5e14 - 1, '49.9999999999999% of the previous period'],
    [7, 3.4999999999, '49.999999999% of the previous period'],
    [1e6, 499_999, '49.9999% of the previous period'],
  ])('previous %d, current %d: %s (below 50%)', (previous, current, shown) => {
    const result = differentiate([{ customerId: 'x', transactions: [{ at: '2019-01-01', amount: previous }, { at: '2020-01-01', amount: current }] }], { asOf: '2020-06-01' });
    const finding = result.customers[0]!.findings.at(-1)!;
    expect(finding.code).toBe('biggest_declined');
    const text = message(finding, 'en');
    expect(text).toContain(shown);
    expect(text).toMatch(/\(below 50%\)$/);
  });
});
