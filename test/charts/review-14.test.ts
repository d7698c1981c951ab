/** Review 14: a tracking chart whose range is below the precision of its times. */
import { describe, expect, it } from 'vitest';
import { cumulativeRepeatChart } from '../../src/charts/index.js';

describe('cumulativeRepeatChart at the precision of its times', () => {
  it('a range of 1e-7 at 1e9 draws its ticks and ends (it looped for 90 s, then threw a RangeError)', () => {
    const t0 = performance.now();
    const svg = cumulativeRepeatChart({ at: [1e9, 1e9 + 1e-7], expected: [0, 1], actual: [0, 1], unit: 'days' });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg.length).toBeLessThan(20_000);
  });
  it('the smallest range a double holds, at 0 and far from it', () => {
    for (const at of [[0, 5e-324], [1e12 - 0.125, 1e12], [-1e12, -1e12 + 1e-4]]) {
      const svg = cumulativeRepeatChart({ at, expected: [0, 1], actual: [0, 1], unit: 'weeks' });
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });
});
