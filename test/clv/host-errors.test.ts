import { describe, expect, it } from 'vitest';
import { customerLifetimeValue, fitBgNbd, fitGammaGamma, fitParetoNbd, fitSbg, probabilityAlive } from '../../src/clv/index.js';

// What the host's own code throws while the library reads its input (a getter, a proxy) is the
// host's failure, not bad data: it passes through unchanged, the same object, in lifetime value as
// in every entry (it was an `invalid_record` "expected an object, received (none)" of an object).

class HostError extends Error {}
const hostError = new HostError('the database went away');
const failing = (): never => {
  throw hostError;
};
const row = (field: string) => Object.defineProperty({ x: 1, tx: 1, T: 2, meanRepeatSpend: 5 }, field, { get: failing, enumerable: true });
const bg = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
const gg = { model: 'gamma-gamma', params: { p: 6.25, q: 3.74, gamma: 15.44 } } as const;

describe('a host’s error passes through the lifetime-value functions unchanged', () => {
  const calls: Record<string, () => unknown> = {
    fitBgNbd: () => fitBgNbd([row('x'), { x: 0, tx: 0, T: 3 }], { timeUnit: 'weeks' }),
    fitParetoNbd: () => fitParetoNbd([{ x: 2, tx: 1, T: 3 }, row('T')], { timeUnit: 'weeks' }),
    fitGammaGamma: () => fitGammaGamma([{ x: 2, meanRepeatSpend: 3 }, row('meanRepeatSpend')]),
    fitSbg: () => fitSbg(Object.defineProperty([100, 50, 30], 1, { get: failing })),
    probabilityAlive: () => probabilityAlive(bg, row('tx')),
    customerLifetimeValue: () => customerLifetimeValue({ purchases: bg, spend: gg }, row('meanRepeatSpend'), { horizon: { value: 1, unit: 'years' } }),
  };
  it.each(Object.keys(calls))('%s', (name) => {
    let caught: unknown;
    try {
      calls[name]!();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(hostError);
  });
});
