/** A claim of more customers at once than the daily limit: never allowed, and its message names no day to wait for. */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { canClaim } from '../../src/pool/index.js';
import { inLocale } from '../support/locales.js';

describe('more than the daily limit at once', () => {
  it.each([0, 3])('dailyLimit %i', (dailyLimit) => {
    const decision = canClaim({ claimant: 'a', claimedToday: 0, count: 5, owned: 0 }, { asOf: '2026-02-01', policy: { claim: { dailyLimit } } });
    expect(decision).toMatchObject({ ok: false, code: 'pool_claim_over_daily_limit', params: { claimant: 'a', count: 5, limit: dailyLimit }, allowedFrom: null, allowedAt: null });
    expect(message(decision)).toBe(`a cannot claim 5 customers at once: the daily limit is ${dailyLimit}`);
    for (const locale of ['zh-Hans', 'zh-Hant']) expect(message(decision, inLocale(locale))).not.toMatch(/未提供|not given/);
  });
});
