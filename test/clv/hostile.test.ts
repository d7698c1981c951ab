import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError } from '../../src/errors/index.js';
import * as clv from '../../src/clv/index.js';

/**
 * Hostile input (issue 11): every export of the clv module, called with a valid input in which one
 * argument, option or nested field at a time is replaced by a hostile value. Each call must answer
 * with finite numbers or throw a CrmTaxonomyError, within a few seconds: no NaN or ±Infinity where a
 * number belongs, no TypeError or RangeError, no hang, no abort. What a hostile proxy or getter
 * throws is the host's own error and passes through unchanged, as in every entry of the library.
 */
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const trap = (): never => {
  throw new Error('trap');
};
const HOSTILE: readonly (readonly [string, () => unknown])[] = [
  ['NaN', () => Number.NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['1e308', () => 1e308],
  ['-1e308', () => -1e308],
  ['5e-324', () => 5e-324],
  ['-0', () => -0],
  ['0', () => 0],
  ['-1', () => -1],
  ['0.5', () => 0.5],
  ['2^53', () => 2 ** 53],
  ['1e9', () => 1e9],
  ['empty text', () => ''],
  ['text', () => 'x'],
  ['long text', () => 'x'.repeat(100_000)],
  ['date text', () => '2024-01-01'],
  ['{}', () => ({})],
  ['[]', () => []],
  ['null', () => null],
  ['undefined', () => undefined],
  ['true', () => true],
  ['function', () => () => 1],
  ['symbol', () => Symbol('s')],
  ['bigint', () => 10n],
  ['invalid Date', () => new Date(Number.NaN)],
  ['object without prototype', () => Object.create(null) as object],
  ['__proto__ key', () => JSON.parse('{"__proto__": {"x": 1}, "x": 1}') as object],
  ['throwing proxy', () => new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap })],
  ['revoked proxy', () => revoked.proxy],
  ['throwing getter', () => Object.defineProperty({}, 'x', { get: trap, enumerable: true })],
  ['array of hostile values', () => [Number.NaN, {}, null, 'x']],
  ['sparse array of 1e6', () => new Array(1_000_000)],
  ['array of 1e5 numbers', () => Array.from({ length: 100_000 }, (_, i) => i)],
];

const bg = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } };
const pnbd = { model: 'pareto-nbd', timeUnit: 'weeks', params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 } };
const gg = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } };
const bgbb = { model: 'bg-bb', params: { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 } };
const sbg = { model: 'sbg', params: { alpha: 0.704, beta: 1.182 } };
const withCovariance = {
  ...bg,
  fit: { iterations: 1, converged: true, covariance: [[1e-4, 0, 0, 0], [0, 0.1, 0, 0], [0, 0, 0.03, 0.1], [0, 0, 0.1, 0.5]] },
};
const ggWithCovariance = { ...gg, fit: { iterations: 1, converged: true, covariance: [[1.4, -0.2, -4.8], [-0.2, 0.08, 1], [-4.8, 1, 17]] } };
const customer = { x: 2, tx: 30.43, T: 38.86, meanRepeatSpend: 22.35 };
const summary = {
  timeUnit: 'weeks',
  calibrationEnd: 10_000,
  holdoutEnd: 10_273,
  customers: [
    { customerId: 'a', x: 2, tx: 30, T: 38, firstPurchase: 9734, meanRepeatSpend: 20, holdoutPurchases: 1 },
    { customerId: 'b', x: 0, tx: 0, T: 20, firstPurchase: 9860, meanRepeatSpend: 0, holdoutPurchases: 0 },
  ],
};
const histories = [
  { x: 0, tx: 0, T: 30, covariates: { z: 0 } },
  { x: 1, tx: 5, T: 30, covariates: { z: 1 } },
  { x: 3, tx: 25, T: 30, covariates: { z: 0 } },
  { x: 2, tx: 18, T: 20, covariates: { z: 1 } },
];
const horizon = { value: 39, unit: 'weeks' };
const ltvOptions = { horizon, discountRate: { rate: 0.1, per: { value: 1, unit: 'years' } }, step: { value: 4, unit: 'weeks' }, margin: 0.3 };

/** Each export with a valid call. */
const CALLS: readonly { readonly name: string; readonly fn: (...args: unknown[]) => unknown; readonly args: readonly unknown[] }[] = [
  {
    name: 'summarizeTransactions',
    fn: clv.summarizeTransactions as never,
    args: [
      [{ customerId: 'a', at: '2024-01-01', amount: 5 }, { customerId: 'a', at: '2024-01-10', amount: 7 }],
      { calibrationEnd: '2024-02-01', holdoutEnd: '2024-03-01', timeUnit: 'days', timeZone: 'UTC', onMissingCustomerId: 'error', onProgress: () => undefined },
    ],
  },
  { name: 'fitBgNbd', fn: clv.fitBgNbd as never, args: [histories, { timeUnit: 'weeks', start: { r: 1, alpha: 3, a: 1, b: 3 }, covariates: { purchase: ['z'], dropout: ['z'] } }] },
  { name: 'fitParetoNbd', fn: clv.fitParetoNbd as never, args: [histories, { timeUnit: 'weeks', start: { r: 1, alpha: 3, s: 1, beta: 3 }, covariates: { purchase: ['z'] } }] },
  { name: 'fitGammaGamma', fn: clv.fitGammaGamma as never, args: [[{ x: 1, meanRepeatSpend: 20, covariates: { z: 1 } }, { x: 3, meanRepeatSpend: 35, covariates: { z: 0 } }], { start: { p: 1, q: 2, gamma: 20 }, covariates: ['z'] }] },
  { name: 'fitBgBb', fn: clv.fitBgBb as never, args: [[{ x: 0, tx: 0, n: 6, count: 30 }, { x: 2, tx: 5, n: 6, count: 12 }, { x: 6, tx: 6, n: 6, count: 9 }], { start: { alpha: 1, beta: 1, gamma: 1, delta: 1 } }] },
  { name: 'fitSbg', fn: clv.fitSbg as never, args: [[1000, 631, 468, 382], { start: { alpha: 1, beta: 1 } }] },
  { name: 'projectRetention', fn: clv.projectRetention as never, args: [sbg, { periods: 12, renewals: 3 }] },
  { name: 'probabilityAlive (BG/NBD)', fn: clv.probabilityAlive as never, args: [bg, customer] },
  { name: 'probabilityAlive (Pareto/NBD)', fn: clv.probabilityAlive as never, args: [pnbd, customer] },
  { name: 'probabilityAlive (BG/BB)', fn: clv.probabilityAlive as never, args: [bgbb, { x: 2, tx: 4, n: 6 }] },
  { name: 'expectedPurchases', fn: clv.expectedPurchases as never, args: [pnbd, customer, { horizon }] },
  { name: 'expectedPurchases (interval)', fn: clv.expectedPurchases as never, args: [bg, customer, { from: horizon, to: { value: 2, unit: 'years' } }] },
  { name: 'expectedPurchases (BG/BB)', fn: clv.expectedPurchases as never, args: [bgbb, { x: 2, tx: 4, n: 6 }, { opportunities: 5 }] },
  { name: 'probabilityOfPurchases', fn: clv.probabilityOfPurchases as never, args: [pnbd, customer, { purchases: 2, horizon }] },
  { name: 'probabilityOfPurchases (BG/NBD)', fn: clv.probabilityOfPurchases as never, args: [bg, customer, { purchases: 1, horizon }] },
  { name: 'expectedSpend', fn: clv.expectedSpend as never, args: [gg, { x: 2, meanRepeatSpend: 22 }] },
  { name: 'customerLifetimeValue', fn: clv.customerLifetimeValue as never, args: [{ purchases: bg, spend: gg }, customer, ltvOptions] },
  { name: 'rankByLifetimeValue', fn: clv.rankByLifetimeValue as never, args: [{ purchases: pnbd, spend: gg }, summary, ltvOptions] },
  { name: 'churnSignal', fn: clv.churnSignal as never, args: [bg, customer, { threshold: 0.3 }] },
  { name: 'holdoutCheck', fn: clv.holdoutCheck as never, args: [bg, summary] },
  { name: 'expectedCumulativeRepeatPurchases', fn: clv.expectedCumulativeRepeatPurchases as never, args: [bg, summary, { at: [0, 10, 39], origin: '1996-08-01' }] },
  { name: 'customerForecast', fn: clv.customerForecast as never, args: [{ purchases: withCovariance, spend: ggWithCovariance }, customer, { ...ltvOptions, level: 0.9 }] },
];

/** Every path to a replaceable place: each argument, each key of objects, index 0 and the last index of arrays (depth <= 4). */
function paths(value: unknown, depth = 0): (string | number)[][] {
  if (depth > 4 || typeof value !== 'object' || value === null) return [];
  const out: (string | number)[][] = [];
  const keys: (string | number)[] = Array.isArray(value) ? [...new Set([0, value.length - 1])].filter((k) => k >= 0) : Object.keys(value);
  for (const key of keys) {
    out.push([key]);
    for (const rest of paths((value as Record<string | number, unknown>)[key], depth + 1)) out.push([key, ...rest]);
  }
  return out;
}

function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced((value as Record<string | number, unknown>)[head], rest, by);
  return copy;
}

/** A number that is not finite anywhere in a result. */
function nonFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => nonFinite(v, seen));
}

interface Tally {
  calls: number;
  answers: number;
  typedErrors: number;
  hostErrors: number;
  failures: string[];
}

/** What a hostile proxy itself throws: the trap's error, or the engine's on a revoked proxy. */
const isHostError = (error: unknown): boolean => error instanceof Error && (error.message === 'trap' || (error instanceof TypeError && /revoked/.test(error.message)));

async function attempt(tally: Tally, label: string, run: () => unknown): Promise<void> {
  tally.calls++;
  const start = performance.now();
  try {
    let result = run();
    if (result instanceof Promise) result = await result;
    if (nonFinite(result)) tally.failures.push(`${label}: a non-finite number in the result`);
    else tally.answers++;
  } catch (error) {
    if (isCrmTaxonomyError(error)) tally.typedErrors++;
    else if (isHostError(error)) tally.hostErrors++;
    else tally.failures.push(`${label}: untyped ${(error as Error)?.name}: ${(error as Error)?.message}`);
  }
  const ms = performance.now() - start;
  if (process.env.HOSTILE_LOG !== undefined && ms > 50) console.log(`${Math.round(ms)} ms ${label}`);
  if (ms > 5000) tally.failures.push(`${label}: took ${Math.round(ms)} ms`);
}

describe('hostile input: every clv export', () => {
  it.each(CALLS.map((c) => [c.name, c] as const))('%s answers with finite numbers or a CrmTaxonomyError, quickly', async (_name, call) => {
    const tally: Tally = { calls: 0, answers: 0, typedErrors: 0, hostErrors: 0, failures: [] };
    // The valid call itself answers.
    await attempt(tally, `${call.name}(valid)`, () => call.fn(...call.args));
    expect(tally.typedErrors, 'the valid call must answer').toBe(0);
    for (let i = 0; i <= call.args.length; i++) {
      const target = [...paths(call.args).filter((p) => p[0] === i), [i]];
      for (const path of target) {
        for (const [label, make] of HOSTILE) {
          const args = replaced(call.args, path, make()) as unknown[];
          await attempt(tally, `${call.name} ${JSON.stringify(path)} = ${label}`, () => call.fn(...args));
        }
      }
    }
    expect(tally.failures).toEqual([]);
    expect(tally.calls).toBeGreaterThan(HOSTILE.length);
    expect(tally.answers + tally.typedErrors + tally.hostErrors).toBe(tally.calls);
    if (process.env.HOSTILE_LOG !== undefined) console.log(`TALLY ${call.name}: ${tally.calls} calls, ${tally.answers} answers, ${tally.typedErrors} typed errors`);
  }, 300_000);
});
