import { describe, expect, it } from 'vitest';
import { churnSignal, expectedPurchases, fitBgBb, fitSbg, probabilityAlive, projectRetention } from '../../src/clv/index.js';
import { bgBbLogLikelihood } from '../../src/clv/bg-bb.js';
import { donations, highEnd, regular } from './cdnow-data.js';

describe('BG/BB on the donations data (Fader, Hardie & Shang 2010)', () => {
  const model = fitBgBb(donations);
  it('reproduces the published parameters and log-likelihood: alpha 1.204, beta 0.750, gamma 0.657, delta 2.783, LL −33,225.6', () => {
    const { alpha, beta, gamma, delta } = model.params;
    expect([alpha, beta, gamma, delta].map((v) => Number(v.toFixed(3)))).toEqual([1.204, 0.75, 0.657, 2.783]);
    expect(model.logLikelihood.toFixed(1)).toBe('-33225.6');
    expect(model.data).toEqual({ customers: 11104, repeatCustomers: 7640, totalTransactions: 24615, maxOpportunities: 6 });
    expect(model.fit.converged).toBe(true);
    expect(model.fit.standardErrors).toBeDefined();
  });
  it('P(alive in 2002) of Table 6: 0.11 (no donation), 0.59 (x = 2, last in 1999), 0.93 (every year)', () => {
    const p = (x: number, tx: number) => probabilityAlive(model, { x, tx, n: 6 });
    expect([p(0, 0), p(2, 4), p(6, 6)].map((v) => Number(v.toFixed(2)))).toEqual([0.11, 0.59, 0.93]);
  });
  it('expected donations in 2002–2006 summed over the donors: 12,884.2 (Hardie’s spreadsheet)', () => {
    let total = 0;
    for (const h of donations) total += h.count * expectedPurchases(model, h, { opportunities: 5 });
    expect(total.toFixed(1)).toBe('12884.2');
  });
  it('the in-sample fit: 3,454.9 donors expected with no repeat donation (Hardie’s spreadsheet)', () => {
    // P(X(6) = 0) for a new donor: the likelihood of the history (0, 0, 6).
    expect((11104 * Math.exp(bgBbLogLikelihood(model.params, 0, 0, 6))).toFixed(1)).toBe('3454.9');
  });
  it('a new customer: P(alive at the first opportunity) is delta/(gamma + delta); expectations grow with the opportunities', () => {
    const { gamma, delta } = model.params;
    expect(probabilityAlive(model, { x: 0, tx: 0, n: 0 })).toBeCloseTo(delta / (gamma + delta), 12);
    const e = (k: number) => expectedPurchases(model, { opportunities: k });
    expect(e(0)).toBe(0);
    expect(e(1)).toBeLessThan(e(5));
    expect(e(1_000_000)).toBeGreaterThan(e(100));
  });
  it('gives a churn signal and refuses bad histories', () => {
    expect(churnSignal(model, { x: 0, tx: 0, n: 6 }, { threshold: 0.5 }).likelyChurned).toBe(true);
    expect(() => probabilityAlive(model, { x: 3, tx: 2, n: 6 })).toThrowError(/invalid_argument at customer.tx/);
    expect(() => expectedPurchases(model, { x: 1, tx: 1, n: 6 }, { opportunities: 1.5 })).toThrowError(/options.opportunities/);
  });
  it('is order-independent and equals the fit on the expanded (one row per donor) data', () => {
    const reversed = fitBgBb([...donations].reverse());
    expect(reversed.params).toEqual(model.params);
    const expanded = donations.flatMap((h) => Array.from({ length: h.count }, () => ({ x: h.x, tx: h.tx, n: h.n })));
    expect(fitBgBb(expanded).params).toEqual(model.params);
  });
  it('refuses donors with no opportunity at all (the likelihood is 0 whatever the parameters), and fits one opportunity', () => {
    expect(() => fitBgBb([{ x: 0, tx: 0, n: 0 }, { x: 0, tx: 0, n: 0 }])).toThrowError(/empty_input at customers \(what: opportunities\)/);
    expect(fitBgBb([{ x: 0, tx: 0, n: 0 }, { x: 0, tx: 0, n: 1 }]).logLikelihood).toBeLessThanOrEqual(0);
  });
});

describe('sBG on the retention cohorts (Fader & Hardie 2007)', () => {
  const reg = fitSbg(regular.slice(0, 8));
  const high = fitSbg(highEnd.slice(0, 8));
  it('reproduces the published parameters from years 0–7: regular 0.704 / 1.182, high end 0.668 / 3.806 (LL −1,611.2)', () => {
    expect([reg.params.alpha, reg.params.beta].map((v) => Number(v.toFixed(3)))).toEqual([0.704, 1.182]);
    expect([high.params.alpha, high.params.beta].map((v) => Number(v.toFixed(3)))).toEqual([0.668, 3.806]);
    expect(high.logLikelihood.toFixed(1)).toBe('-1611.2');
    expect(reg.logLikelihood.toFixed(1)).toBe('-1680.3');
  });
  it('projects years 8–12 within the published errors: year 12 survival 0.170 vs 0.173 and 0.378 vs 0.394', () => {
    const r = projectRetention(reg, { periods: 12 });
    const h = projectRetention(high, { periods: 12 });
    expect(r.survival[12]!.toFixed(3)).toBe('0.170');
    expect(h.survival[12]!.toFixed(3)).toBe('0.378');
    for (let t = 8; t <= 12; t++) {
      expect(Math.abs(r.survival[t]! - regular[t]! / 1000)).toBeLessThan(0.01);
      expect(Math.abs(h.survival[t]! - highEnd[t]! / 1000)).toBeLessThan(0.02);
    }
    // Retention rises with tenure (the "ruse of heterogeneity"): r(t) = (beta + t − 1)/(alpha + beta + t − 1).
    for (let t = 1; t < 12; t++) expect(r.retention[t]!).toBeGreaterThan(r.retention[t - 1]!);
    expect(r.retention[0]).toBeCloseTo(reg.params.beta / (reg.params.alpha + reg.params.beta), 12);
  });
  it('a customer who has renewed 7 times: next-year retention 0.942 (high end)', () => {
    expect(projectRetention(high, { periods: 1, renewals: 7 }).retention[0]!.toFixed(3)).toBe('0.942');
  });
  it('refuses a cohort that grows and bad options', () => {
    expect(() => fitSbg([100, 120])).toThrowError(/invalid_record at survivors\[1\]/);
    expect(() => fitSbg([100])).toThrowError(/survivors/);
    expect(() => projectRetention(reg, { periods: 1e9 })).toThrowError(/options.periods/);
  });
  it('degenerate cohorts fit quickly: nobody leaves → beta at its bound, named', () => {
    const none = fitSbg([100, 100, 100, 100]);
    expect(none.fit.converged).toBe(true);
    expect(none.fit.warnings?.map((w) => w.code)).toContain('parameters_at_bound');
    expect(none.logLikelihood).toBeLessThanOrEqual(0);
  });
});
