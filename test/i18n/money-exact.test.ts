import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';

// Amounts are minor units: their text is exact for every integer, keeps its currency whatever the
// locale tag, and never shows a negative zero.
const amount = (a: number, money: object, key = 'en'): string => message({ code: 'x', params: { a } } as never, { locale: key, texts: { [key]: { x: '{a:amount}' } }, money } as never);

describe('amounts in text', () => {
  it('every integer number of minor units is written exactly (2^53 − 1 cents is …409.91, not …409.90)', () => {
    expect(amount(9_007_199_254_740_991, { currency: 'USD', minorUnitExponent: 2 })).toBe('$90,071,992,547,409.91');
    expect(amount(9_007_199_254_740_991, { currency: 'USD', minorUnitExponent: 8 })).toBe('$90,071,992.54740991');
    expect(amount(-12_345, { currency: 'USD', minorUnitExponent: 2 })).toBe('-$123.45');
    expect(amount(5, { currency: 'USD', minorUnitExponent: 2 })).toBe('$0.05');
    expect(amount(7, { currency: 'points', minorUnitExponent: 0 })).toBe('7 points');
  });

  it('a table under a tag Intl does not take keeps the currency and its digits (English numbers)', () => {
    expect(amount(123_456_789, { currency: 'EUR', minorUnitExponent: 8 }, 'root')).toBe('€1.23456789');
  });

  it('no negative zero: −0 and amounts that show as zero are written unsigned; one that is not zero shows the decimals that say so', () => {
    expect(amount(-0, { currency: 'USD', minorUnitExponent: 2 })).toBe('$0.00');
    expect(amount(-1e-9, { currency: 'USD', minorUnitExponent: 2 })).toBe('$0.00');
    // A net loss of a tenth of a cent is a loss (it read $0.00 under "Net loss").
    expect(amount(-0.1, { currency: 'USD', minorUnitExponent: 2 })).toBe('-$0.001');
    expect(amount(-0.001, {})).toBe('-0.001 amount units');
    expect(amount(-0.3, {})).toBe('-0.3 amount units');
  });
});

it('a non-zero amount beside one it never reads apart from keeps the digits that tell it from zero, and a huge share is written in scientific notation', async () => {
  const { message } = await import('../../src/index.js');
  const money = { currency: 'USD', minorUnitExponent: 2 };
  const text = message({ code: 'net_loss', params: { totalProfit: 0.4, costToServe: 0.4 + 1e-12, netProfit: -1e-12 } }, { money });
  // Before: "total profit $0.00 does not cover the cost to serve $0.00", then "$0.004 … $0.004":
  // beside each other, the two show the digits that tell them apart (review 14); from zero, the
  // net profit keeps five decimals at most (less is the residue of a sum).
  expect(text).toBe('Net loss: total profit $0.00400000000000 does not cover the cost to serve $0.00400000000001 (net profit $0.00)');
  const huge = message({ code: 'kotler_margin_band', params: { margin: 1e300, band: 'high', low: 0.15, high: 0.4 } });
  expect(huge.length).toBeLessThan(120);
  expect(huge).toMatch(/1E302%/);
});
