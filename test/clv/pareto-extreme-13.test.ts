/**
 * Pareto/NBD's probability alive at parameters a fit can reach (review 13), against the integral of
 * the likelihood computed apart (Simpson's rule on the dropout time, Fader & Hardie's note 008).
 */
import { describe, expect, it } from 'vitest';
import { probabilityAlive } from '../../src/clv/index.js';

/** P(alive) by Simpson's rule over the dropout time, in log space: (α+T)^−(r+x)(β+T)^−s against s·∫(α+τ)^−(r+x)(β+τ)^−(s+1)dτ. */
function reference(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const lnF = (tau: number): number => -(r + x) * Math.log1p((tau - tx) / (alpha + tx)) - (s + 1) * Math.log1p((tau - tx) / (beta + tx));
  const n = 200_000;
  const h = (T - tx) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) sum += (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2) * Math.exp(lnF(tx + i * h));
  // Relative to f(tx)·(β+tx): s·I/E0 = s·∫(f/f(tx))/(β+tx); alive/E0 = ln E1.
  const lnSI = Math.log(s) + Math.log((sum * h) / 3) - Math.log(beta + tx);
  const lnE1 = -(r + x) * Math.log1p((T - tx) / (alpha + tx)) - s * Math.log1p((T - tx) / (beta + tx));
  return 1 / (1 + Math.exp(lnSI - lnE1));
}

describe('Pareto/NBD probability alive at extreme parameters', () => {
  it('with r large and α far above β: the integral in τ where the substitution fails (it read 0.63, then 1, for 0.42)', () => {
    const customer = { x: 1, tx: 0.5, T: 39 };
    for (const [r, alpha] of [[0.553277, 10.577683], [100, 1e10], [1000, 1e11], [1e5, 1e14]] as const) {
      const params = { r, alpha, s: 0.60624, beta: 11.668735 };
      const p = probabilityAlive({ model: 'pareto-nbd', timeUnit: 'weeks', params }, customer);
      expect(p).toBeCloseTo(reference(r, alpha, params.s, params.beta, 1, 0.5, 39), 5);
    }
  });

  it('when the integral underflows (222 purchases in the first hours, none for three years): near 0, not 1', () => {
    const params = { r: 0.058, alpha: 280, s: 892, beta: 0.261 };
    const p = probabilityAlive({ model: 'pareto-nbd', timeUnit: 'weeks', params }, { x: 222, tx: 0.033, T: 165.3 });
    expect(p).toBeLessThan(1e-300);
  });
});
