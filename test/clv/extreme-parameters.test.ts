import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError } from '../../src/errors/index.js';
import { expectedPurchases, expectedSpend, fitParetoNbd, probabilityAlive, probabilityOfPurchases, projectRetention } from '../../src/clv/index.js';

/**
 * Extreme but valid parameters: the predictions either match an independent reference (a closed
 * form, or a brute-force integral written here) or refuse with `not_computable`, never a wrong number.
 */

const weeks = (value: number) => ({ value, unit: 'weeks' }) as const;

function expectRelative(actual: number, expected: number, tol = 1e-6): void {
  expect(Number.isFinite(actual)).toBe(true);
  const rel = Math.abs(actual - expected) / Math.abs(expected);
  if (!(rel <= tol)) expect.fail(`${actual} vs ${expected}: relative error ${rel} > ${tol}`);
}

/** Composite Simpson's rule with `n` (even) intervals. */
function simpson(f: (u: number) => number, a: number, b: number, n = 20_000): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

const pareto = (r: number, alpha: number, s: number, beta: number) => ({ model: 'pareto-nbd', timeUnit: 'weeks', params: { r, alpha, s, beta } }) as const;

/**
 * Brute-force P(X(t) = n) for a customer acquired now under Pareto/NBD: alive throughout (the NBD
 * count at t times P(τ > t) = (1 + t/β)^−s) plus dropout at τ < t (the NBD count at τ), integrated
 * over the dropout time on u = −ln P(τ > t) = s·ln(1 + τ/β), where the dropout density is e^−u.
 */
function paretoPmfNewReference(r: number, alpha: number, s: number, beta: number, n: number, t: number): number {
  let coef = 1;
  for (let j = 0; j < n; j++) coef *= (r + j) / (j + 1);
  const nbd = (tau: number): number => (tau === 0 ? (n === 0 ? 1 : 0) : coef * Math.exp(-r * Math.log1p(tau / alpha) + n * Math.log(tau / (alpha + tau))));
  const U = s * Math.log1p(t / beta);
  const alive = nbd(t) * Math.exp(-U);
  // Beyond u = 80 the dropout mass is below e^−80: negligible.
  const dropped = simpson((u) => nbd(beta * Math.expm1(u / s)) * Math.exp(-u), 0, Math.min(U, 80));
  return alive + dropped;
}

describe('Pareto/NBD probabilityOfPurchases with a large dropout shape s (a narrow dropout spike)', () => {
  it('the reference agrees with the library on an ordinary (CDNOW-like) model', () => {
    const m = pareto(0.5533, 10.578, 0.6062, 11.67);
    for (const n of [0, 1, 3]) expectRelative(probabilityOfPurchases(m, { purchases: n, horizon: weeks(52) }), paretoPmfNewReference(0.5533, 10.578, 0.6062, 11.67, n, 52));
  });

  it('new customer, {r: 0.5, alpha: 10, beta: 1}: P(0), P(1), P(2) over 52 weeks for s from 1e2 to 1e100', () => {
    for (const s of [1e2, 1e4, 1e5, 1e6, 1e9, 1e100]) {
      const m = pareto(0.5, 10, s, 1);
      for (const n of [0, 1, 2]) {
        const got = probabilityOfPurchases(m, { purchases: n, horizon: weeks(52) });
        expectRelative(got, paretoPmfNewReference(0.5, 10, s, 1, n, 52));
      }
      // A customer seen at T = 0 is a new customer.
      expectRelative(probabilityOfPurchases(m, { x: 0, tx: 0, T: 0 }, { purchases: 0, horizon: weeks(52) }), paretoPmfNewReference(0.5, 10, s, 1, 0, 52));
    }
  });

  it('the degenerate fit of two non-buyers (r 1e-6, s ≈ 1e6): P(0) ≈ 1, P(1) matches the reference and is below E[X]', () => {
    const [r, alpha, s, beta] = [1e-6, 9.68, 999999.99, 0.384];
    const m = pareto(r, alpha, s, beta);
    const horizon = weeks(52);
    expectRelative(probabilityOfPurchases(m, { purchases: 0, horizon }), paretoPmfNewReference(r, alpha, s, beta, 0, 52));
    const p1 = probabilityOfPurchases(m, { purchases: 1, horizon });
    expectRelative(p1, paretoPmfNewReference(r, alpha, s, beta, 1, 52));
    expectRelative(probabilityOfPurchases(m, { purchases: 2, horizon }), paretoPmfNewReference(r, alpha, s, beta, 2, 52));
    expect(p1).toBeLessThan(expectedPurchases(m, { horizon }));
  });

  it('the reviewer’s reproduction: the fit itself, then P(0), P(1) for a new and a T = 0 customer', () => {
    const m = fitParetoNbd(
      [
        { x: 0, tx: 0, T: 10 },
        { x: 0, tx: 0, T: 20 },
      ],
      { timeUnit: 'weeks' },
    );
    const { r, alpha, s, beta } = m.params;
    for (const n of [0, 1]) {
      const reference = paretoPmfNewReference(r, alpha, s, beta, n, 52);
      expectRelative(probabilityOfPurchases(m, { purchases: n, horizon: weeks(52) }), reference);
      expectRelative(probabilityOfPurchases(m, { x: 0, tx: 0, T: 0 }, { purchases: n, horizon: weeks(52) }), reference);
    }
  });

  it('existing customer who just bought (P(alive) = 1): the posterior pmf has no hole either', () => {
    const m = pareto(0.5, 10, 1e6, 1);
    const customer = { x: 3, tx: 10, T: 10 };
    for (const n of [0, 1]) {
      const got = probabilityOfPurchases(m, customer, { purchases: n, horizon: weeks(52) });
      expectRelative(got, paretoPmfNewReference(0.5 + 3, 10 + 10, 1e6, 1 + 10, n, 52));
    }
  });
});

describe('Pareto/NBD probabilityAlive and expectedPurchases with r + s + x beyond 1e12', () => {
  /** α = β: the dropout integral is elementary, P(alive) = 1/(1 + s/K·(((α+T)/(α+tx))^K − 1)), K = r+s+x. */
  function pAliveEqualScales(r: number, alpha: number, s: number, x: number, tx: number, T: number): number {
    const K = r + s + x;
    return 1 / (1 + (s / K) * Math.expm1(K * Math.log1p((T - tx) / (alpha + tx))));
  }

  it('{r, alpha, s, beta} all k, customer {x: 1, tx: 1, T: 2}: P(alive) → e⁻²/(e⁻² + ½(1 − e⁻²)) = 0.23841', () => {
    const limit = Math.exp(-2) / (Math.exp(-2) + 0.5 * -Math.expm1(-2));
    const customer = { x: 1, tx: 1, T: 2 };
    for (const k of [1e4, 1e10, 1e12, 1e13, 1e14, 1e15, 1e20, 1e100, 1e300]) {
      const m = pareto(k, k, k, k);
      const pa = probabilityAlive(m, customer);
      expectRelative(pa, pAliveEqualScales(k, k, k, 1, 1, 2), 1e-9);
      if (k >= 1e12) expectRelative(pa, limit, 1e-9);
      // E[X(T, T+t)] = P(alive)·(r+x)/(α+T)·∫₀ᵗ ((β+T)/(β+T+τ))^s dτ, here P(alive)·(1 − e^−t) in the limit.
      const expected = expectedPurchases(m, customer, { horizon: weeks(1) });
      const reference = pAliveEqualScales(k, k, k, 1, 1, 2) * ((k + 1) / (k + 2)) * simpson((tau) => Math.exp(-k * Math.log1p(tau / (k + 2))), 0, 1, 200);
      expectRelative(expected, reference, 1e-9);
    }
  });

  it('unequal scales (alpha = k, beta = 1.5k): P(alive) matches a brute-force dropout integral', () => {
    for (const k of [1e4, 1e12, 1e15, 1e20]) {
      const [r, alpha, s, beta, x, tx, T] = [k, k, k, 1.5 * k, 1, 1, 2];
      // Both terms relative to the integrand's value at τ = tx, so nothing large is subtracted.
      const lnRel = (tau: number) => -(r + x) * Math.log1p((tau - tx) / (alpha + tx)) - s * Math.log1p((tau - tx) / (beta + tx));
      const alive = Math.exp(lnRel(T));
      const dropped = s * simpson((tau) => Math.exp(lnRel(tau)) / (beta + tau), tx, T, 2000);
      expectRelative(probabilityAlive(pareto(r, alpha, s, beta), { x, tx, T }), alive / (alive + dropped), 1e-9);
    }
  });

  it('where r + s + x overflows, a typed not_computable rather than a number', () => {
    const m = pareto(1e308, 1e308, 1e308, 1e308);
    const customer = { x: 1, tx: 1, T: 2 };
    const calls = [
      () => probabilityAlive(m, customer),
      () => expectedPurchases(m, customer, { horizon: weeks(1) }),
      () => probabilityOfPurchases(m, customer, { purchases: 0, horizon: weeks(1) }),
    ];
    for (const call of calls) {
      try {
        call();
        expect.fail('expected not_computable');
      } catch (error) {
        expect(isCrmTaxonomyError(error) && error.code).toBe('not_computable');
      }
    }
  });
});

describe('sBG projectRetention with huge alpha and beta', () => {
  it('alpha = beta = 1e308: retention β/(α+β) = 0.5 (Fader & Hardie 2007, eq. 8)', () => {
    const { retention, survival } = projectRetention({ model: 'sbg', params: { alpha: 1e308, beta: 1e308 } }, { periods: 2 });
    expectRelative(retention[0]!, 0.5);
    expectRelative(retention[1]!, 0.5);
    expectRelative(survival[2]!, 0.25);
  });
  it('one of them huge: (β+t−1)/(α+β+t−1) evaluated on halves as the reference', () => {
    for (const [alpha, beta] of [
      [1e308, 1],
      [1, 1e308],
      [1.5e308, 1.7e308],
      [0.704, 1.182],
    ] as const) {
      const { retention } = projectRetention({ model: 'sbg', params: { alpha, beta } }, { periods: 3 });
      retention.forEach((r, i) => {
        const b = beta + i;
        expectRelative(r, b / 2 / (alpha / 2 + b / 2), 1e-12);
      });
    }
  });
});

describe('Gamma-Gamma expectedSpend with a huge p', () => {
  it('p = 1e308, q = 2, gamma = 1, {x: 2, m: 10}: (γ + x·m)/(x + (q−1)/p) = 10.5', () => {
    expectRelative(expectedSpend({ model: 'gamma-gamma', params: { p: 1e308, q: 2, gamma: 1 } }, { x: 2, meanRepeatSpend: 10 }), 10.5, 1e-12);
  });
  it('ordinary models are unchanged (p(γ + x·m)/(p·x + q − 1))', () => {
    const params = { p: 6.25, q: 3.74, gamma: 15.44 };
    for (const [x, m] of [
      [0, 0],
      [10, 100],
      [3, 42.5],
    ] as const) {
      expectRelative(expectedSpend({ model: 'gamma-gamma', params }, { x, meanRepeatSpend: m }), (params.p * (params.gamma + x * m)) / (params.p * x + params.q - 1), 1e-14);
    }
  });
});
