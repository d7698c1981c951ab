/** BG/BB's likelihood series: shared by histories with the same x and tx, and bounded, so no input makes a fit run for minutes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBgBb } from '../../src/clv/index.js';
import { message } from '../../src/index.js';
import { bgBbGroupLogLikelihood, bgBbLogLikelihood, seriesTerms } from '../../src/clv/bg-bb.js';
import { groupDiscrete } from '../../src/clv/histories.js';
import { thrown } from '../support/thrown.js';

describe("BG/BB's grouped likelihood", () => {
  it('equals the sum of each history’s own, bit for bit, whatever the parameters (property)', () => {
    const history = fc
      .record({ n: fc.integer({ min: 0, max: 400 }), a: fc.nat(), b: fc.nat(), count: fc.integer({ min: 1, max: 50 }) })
      .map(({ n, a, b, count }) => {
        const tx = n === 0 ? 0 : a % (n + 1);
        const x = tx === 0 ? 0 : 1 + (b % tx);
        return { x, tx, n, count };
      });
    const shape = fc.double({ min: 0.01, max: 50, noNaN: true });
    fc.assert(
      fc.property(fc.array(history, { minLength: 1, maxLength: 40 }), shape, shape, shape, shape, (histories, alpha, beta, gamma, delta) => {
        const p = { alpha, beta, gamma, delta };
        const g = groupDiscrete(histories);
        let one = 0;
        for (let i = 0; i < g.n; i++) one += g.w[i]! * bgBbLogLikelihood(p, g.x[i]!, g.tx[i]!, g.opp[i]!);
        expect(bgBbGroupLogLikelihood(p, g)).toBe(one);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});

describe('fitBgBb on histories whose series are long', () => {
  it('refuses past 2,000,000 terms (input_too_large), where a thousand histories of 100,000 opportunities ran for minutes', () => {
    // Before: 1,000 distinct histories with n ≈ 100,000 took 224 s on the development machine.
    const histories = Array.from({ length: 1000 }, (_, i) => ({ x: 1, tx: 1 + i, n: 100_000 - i }));
    const t0 = performance.now();
    const error = thrown(() => fitBgBb(histories));
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect([error.code, error.path, error.details]).toEqual(['input_too_large', ['customers'], { what: 'Σ (n − tx)', limit: 2_000_000, received: 99_000_000 }]);
    expect(message(error)).toBe('Σ (n − tx) is 99000000, more than this function can serve (2,000,000)');
  });

  const cohorts = (ns: readonly number[]) => {
    const histories: { x: number; tx: number; n: number; count: number }[] = [];
    for (const n of ns) for (let tx = 0; tx <= n; tx++) for (let x = tx === 0 ? 0 : 1; x <= tx; x++) histories.push({ x, tx, n, count: 1 + ((x * 7 + tx) % 5) });
    return histories;
  };

  it('takes every history of ten years of monthly opportunities (histories sharing x and tx share the series)', () => {
    // Every possible history of cohorts of 118, 119 and 120 months: 21,424 histories, 288,100 terms.
    expect(seriesTerms(groupDiscrete(cohorts([118, 119, 120])))).toBe(288_100);
    const model = fitBgBb(cohorts([28, 29, 30]));
    expect(model.data.maxOpportunities).toBe(30);
    expect(model.fit.converged).toBe(true);
  });
});
