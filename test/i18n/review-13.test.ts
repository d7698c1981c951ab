/** A hostile review of the renderer and the locale chain (the chain's own cases are in locale.test.ts). */
import { describe, expect, it } from 'vitest';
import { CrmTaxonomyError, message } from '../../src/index.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';

const probe = (template: string, params: Record<string, unknown>, options: object = {}): string =>
  message({ code: 'probe', params: params as never }, { texts: { en: { probe: template } }, ...options });

describe('a non-zero figure is never written as zero', () => {
  it('a share of 1e-9 is 0.0000001%, beside its threshold (a lapsed customer was "alive at 0%")', () => {
    expect(message({ code: 'model_churn', params: { pAlive: 1e-9, threshold: 0.05 } })).toContain('alive at 0.0000001%, against a threshold of 5%');
    expect(probe('{p:percent}', { p: 1e-12 })).toBe('0.0000000001%');
    // Past 20 decimals, scientific notation; zero stays 0%.
    expect(probe('{p:percent}', { p: 1e-30 })).toMatch(/^1E-28%$/);
    expect(probe('{p:percent}', { p: 0 })).toBe('0%');
  });

  it('an amount keeps five decimals past its minor unit: less is the residue of a sum of doubles', () => {
    expect(probe('loss {v:amount}', { v: 1e-5 }, { money: { currency: 'USD', minorUnitExponent: 2 } })).toBe('loss $0.0000001');
    expect(probe('loss {v:amount}', { v: -1e-12 }, { money: { currency: 'USD', minorUnitExponent: 2 } })).toBe('loss $0.00');
  });
});

describe('what the renderer is given is read once', () => {
  it('a money format is the fields checked, not a getter\'s next answer (a RangeError escaped)', () => {
    let reads = 0;
    const money = { currency: 'USD', get minorUnitExponent() { return reads++ === 0 ? 2 : 200; } };
    expect(probe('total {a:amount}', { a: 12345 }, { money })).toBe('total $123.45');
    let currencyReads = 0;
    const lying = { get currency() { return currencyReads++ === 0 ? 'USD' : {}; }, minorUnitExponent: 2 };
    expect(probe('total {a:amount}', { a: 12345 }, { money: lying })).toBe('total $123.45');
  });
});

describe('plurals and codes', () => {
  it('a bigint count takes the plural its number takes (1n fact, not 1 facts)', () => {
    expect(probe('{n} {n:plural:fact|facts}', { n: 1n })).toBe('1 fact');
    expect(probe('{n} {n:plural:fact|facts}', { n: 2n })).toBe('2 facts');
  });

  it('an error whose code no table knows (from another version, read from a log) gives its own line, not the key', () => {
    const logged = Object.assign(Object.create(CrmTaxonomyError.prototype) as object, { name: 'CrmTaxonomyError', code: 'gone_in_v2', message: 'gone_in_v2 at x', path: ['x'], details: {} });
    expect(message(logged)).toBe('gone_in_v2 at x');
    expect(message(JSON.parse('{"name":"CrmTaxonomyError","code":"gone_in_v2","message":"gone_in_v2 at x","path":["x"],"details":{}}'))).toBe('gone_in_v2 at x');
  });
});

describe('Taiwan vocabulary', () => {
  it('a reply is 回覆 (回復 is "to restore"), a likelihood 概似, a level 水準', () => {
    expect(message({ code: 'quote_answered', params: { days: 3 } }, { locale: 'zh-TW', texts: zhHant })).toBe('3 天前回覆了報價');
    expect(message({ code: 'taxonomy.kotler_level.label' }, { locale: 'zh-TW', texts: zhHant })).toBe('科特勒客戶關係水準');
  });
});

describe('numbers follow the reader', () => {
  it("are written for the requested tag when the text is in its language (the table's key was used: en-IN read 1,234,567.5)", () => {
    const texts = { en: { p: '{n} {s:percent}' }, de: { p: '{n} {s:percent}' } };
    const at = (locale: string): string => message({ code: 'p', params: { n: 1234567.5, s: 0.123 } }, { locale, texts });
    expect(at('en')).toBe('1,234,567.5 12.3%');
    expect(at('en-IN')).toBe('12,34,567.5 12.3%');
    expect(at('de-CH')).toBe("1'234'567.5 12.3%");
    expect(at('en-u-nu-arab')).toMatch(/^١٬٢٣٤٬٥٦٧٫٥ /);
    // A reader answered in another language reads that language's numbers.
    expect(at('fr')).toBe('1,234,567.5 12.3%');
    expect(at('de')).toBe('1.234.567,5 12,3\u00a0%');
  });
});
