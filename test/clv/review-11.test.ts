/**
 * A hostile review of lifetime value: BG/NBD's expectation where the dropout density piles its
 * mass near zero (a small a) or in a narrow peak, beta shapes past what a double keeps, a window
 * a count would ignore.
 */
import { describe, expect, it } from 'vitest';
import { churnSignal, expectedPurchases, probabilityAlive, probabilityOfPurchases } from '../../src/clv/index.js';
import { thrown } from '../support/thrown.js';

const bg = (a: number, b: number, r = 0.25, alpha = 4.4) => ({ model: 'bg-nbd', timeUnit: 'weeks', params: { r, alpha, a, b } }) as const;
const weeks = (value: number) => ({ horizon: { value, unit: 'weeks' } }) as const;
const relative = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe('BG/NBD expected purchases with a small a (a + b < 1, the fit reaches a = 1e-6)', () => {
  it('answers every case of a grid where it refused 60 of 864 (not_computable) and answered others without the mass near 0', () => {
    for (const a of [1e-5, 1.8e-4, 8e-4, 1e-3, 3e-3]) {
      for (const b of [0.01, 0.5, 0.9]) {
        for (const h of [0.1, 1, 52, 5200]) {
          for (const T of [0.5, 30]) expect(Number.isFinite(expectedPurchases(bg(a, b), { x: 0, tx: 0, T }, weeks(h)))).toBe(true);
        }
      }
    }
  });

  it('agrees with the expansion in the dropout probability at a short horizon, and falls as a grows', () => {
    // E = E_p[(1 − (1 + p·u)^−k)/p] = k·u·(1 − (k+1)/2·u·E[p] + (k+1)(k+2)/6·u²·E[p²] − (k+1)(k+2)(k+3)/24·u³·E[p³] + …), u = t/(α + T).
    const k = 0.25;
    const u = 1 / 34.4;
    let before = Infinity;
    for (const a of [1e-4, 2e-4, 1e-3, 3e-3]) {
      const b = 0.5;
      const mean = a / (a + b);
      const square = (mean * (a + 1)) / (a + b + 1);
      const cube = (square * (a + 2)) / (a + b + 2);
      const series = k * u * (1 - ((k + 1) / 2) * u * mean + (((k + 1) * (k + 2)) / 6) * u ** 2 * square - (((k + 1) * (k + 2) * (k + 3)) / 24) * u ** 3 * cube);
      const e = expectedPurchases(bg(a, b), { x: 0, tx: 0, T: 30 }, weeks(1));
      expect(relative(e, series)).toBeLessThan(1e-8);
      expect(e).toBeLessThan(before);
      before = e;
    }
  });

  it('matches high-precision references at a century (mpmath, 6 digits) (the fixed nodes answered 1e-3 off at a = 1e-4)', () => {
    expect(relative(expectedPurchases(bg(1e-4, 1e4), { x: 0, tx: 0, T: 30 }, weeks(5200)), 37.7907)).toBeLessThan(2e-6);
    expect(relative(expectedPurchases(bg(1e-4, 0.5), { x: 5, tx: 20, T: 30 }, weeks(5200)), 793.165)).toBeLessThan(1e-6);
  });

  it('answers a vanishing a (1e-12 to 1e-20), where nearly all the dropout mass is at 0: the no-dropout limit r·t/(α + T)', () => {
    for (const a of [1e-12, 1e-14, 1e-20]) {
      for (const h of [52, 5_200_000]) expect(relative(expectedPurchases(bg(a, 1, 0.24), { x: 0, tx: 0, T: 40 }, weeks(h)), (0.24 * h) / 44.4)).toBeLessThan(1e-9);
    }
  });

  it('answers a narrow dropout density (a = 1000, b = 1e6) at a century, as its mean does', () => {
    const customer = { x: 1, tx: 20, T: 30 };
    const e = expectedPurchases(bg(1000, 1e6), customer, { horizon: { value: 100, unit: 'years' } });
    // The density's spread is 3% of its mean: E ≈ P(alive)·(1 − (1 + p̄u)^−(r+x))/p̄ to a few parts in 1e4.
    const p = 1000 / (1000 + 1e6 + 1);
    const u = (36_524.25 / 7) / (4.4 + 30);
    expect(relative(e, (probabilityAlive(bg(1000, 1e6), customer) * -Math.expm1(-1.25 * Math.log1p(p * u))) / p)).toBeLessThan(1e-3);
  });
});

describe('beta shapes past what a double keeps', () => {
  it('a stored BG/NBD or BG/BB model with a shape beyond 1e8 is refused (at b = 1e15 the expectation read 0.24 for 6.07)', () => {
    const error = thrown(() => expectedPurchases(bg(0.79, 1e15), { x: 2, tx: 1, T: 10 }, weeks(39)));
    expect([error.code, error.path, error.details]).toEqual(['invalid_model', ['model', 'params', 'b'], { expected: 'number', received: '1000000000000000', min: 0, exclusiveMin: true, max: 1e8 }]);
    const bgbb = { model: 'bg-bb', params: { alpha: 1e15, beta: 1e15, gamma: 1e15, delta: 1e15 } } as const;
    expect(thrown(() => expectedPurchases(bgbb, { x: 3, tx: 5, n: 6 }, { opportunities: 10 })).path).toEqual(['model', 'params', 'alpha']);
    // At the bound, the answers hold: the limit of no dropout, to 1e-6.
    expect(relative(expectedPurchases(bg(0.79, 1e8, 0.2425945, 4.413602), weeks(39)), (0.2425945 / 4.413602) * 39)).toBeLessThan(1e-6);
    expect(relative(probabilityAlive({ model: 'bg-bb', params: { alpha: 1e8, beta: 1e8, gamma: 1e8, delta: 1e8 } }, { x: 3, tx: 5, n: 6 }), 1 / 6)).toBeLessThan(1e-6);
  });
});

it('probabilityOfPurchases refuses a window it would ignore beside its horizon', () => {
  const error = thrown(() => probabilityOfPurchases(bg(0.79, 2.4), { x: 2, tx: 1, T: 10 }, { purchases: 1, ...weeks(39), from: { value: 4, unit: 'weeks' } } as never));
  expect([error.code, error.path]).toEqual(['invalid_argument', ['options', 'from']]);
});

it("Pareto/NBD with α far above β: P(alive) tends to ((β + tx)/(β + T))^s, where it read 1 (and turned a churn signal)", () => {
  const pareto = (alpha: number) => ({ model: 'pareto-nbd', timeUnit: 'weeks', params: { r: 0.553277, alpha, s: 0.60624, beta: 11.668735 } }) as const;
  const customer = { x: 2, tx: 1, T: 10 };
  const limit = (12.668735 / 21.668735) ** 0.60624;
  for (const alpha of [1e12, 1e15, 1e20, 1e100]) expect(relative(probabilityAlive(pareto(alpha), customer), limit)).toBeLessThan(1e-9);
  expect(churnSignal(pareto(1e20), customer, { threshold: 0.9 }).likelyChurned).toBe(true);
  // Growing towards it without a step, also where the integral changes its variable (α ≈ 3e7 here).
  let before = 0;
  for (let e = 3; e <= 30; e += 0.25) {
    const pa = probabilityAlive(pareto(10 ** e), customer);
    expect(pa).toBeGreaterThanOrEqual(before - 1e-12);
    before = pa;
  }
});
