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
