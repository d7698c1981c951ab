import { withChinese } from '../support/locales.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, message, resolveLocale } from '../../src/index.js';
import { localeChain, render, renderContext } from '../../src/i18n/index.js';
import { WORDS } from '../../src/locales/words.js';

describe('locale negotiation (docs/i18n.md)', () => {
  it('builds the documented fallback chains', () => {
    expect(localeChain('zh-Hant-HK')).toEqual(['zh-Hant-HK', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-Hant-MO', 'zh-MO', 'zh', 'zh-Hans', 'zh-Hans-CN', 'zh-CN', 'zh-Hans-SG', 'zh-SG', 'en']);
    expect(localeChain('zh-SG')).toEqual(['zh-SG', 'zh-Hans-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-CN', 'zh', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-Hant-HK', 'zh-HK', 'zh-Hant-MO', 'zh-MO', 'en']);
    expect(localeChain('zh-hant')).toEqual(['zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-Hant-HK', 'zh-HK', 'zh-Hant-MO', 'zh-MO', 'zh', 'zh-Hans', 'zh-Hans-CN', 'zh-CN', 'zh-Hans-SG', 'zh-SG', 'en']);
    expect(localeChain('zh')).toEqual(['zh', 'zh-Hans', 'zh-Hans-CN', 'zh-CN', 'zh-Hans-SG', 'zh-SG', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-Hant-HK', 'zh-HK', 'zh-Hant-MO', 'zh-MO', 'en']);
    expect(localeChain('zh_TW')).toEqual(['zh-TW', 'zh-Hant-TW', 'zh-Hant', 'zh-Hant-HK', 'zh-HK', 'zh-Hant-MO', 'zh-MO', 'zh', 'zh-Hans', 'zh-Hans-CN', 'zh-CN', 'zh-Hans-SG', 'zh-SG', 'en']);
    expect(localeChain('de-DE')).toEqual(['de-DE', 'de', 'en']);
    expect(localeChain('en')).toEqual(['en']);
  });

  it('negotiates any tag to an available locale, never throwing', () => {
    expect(resolveLocale('ZH-hant')).toBe('zh-Hant');
    expect(resolveLocale('zh-HK')).toBe('zh-Hant');
    expect(resolveLocale('zh-MO')).toBe('zh-Hant');
    expect(resolveLocale('zh-CN')).toBe('zh-Hans');
    expect(resolveLocale('zh')).toBe('zh-Hans');
    expect(resolveLocale('de-DE')).toBe('en');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('ja-JP', [...LOCALES, 'ja'])).toBe('ja');
    expect(resolveLocale('fr-CA', ['en', 'fr'])).toBe('fr');
    // Any iterable of tags (review: a Set was read as no list, and 'ja' answered 'en').
    expect(resolveLocale('ja', new Set(['en', 'ja']))).toBe('ja');
    // None of the chain offered: the first offered.
    expect(resolveLocale('de', ['ja', 'zh-Hans'])).toBe('ja');
    for (const bad of [undefined, null, 7, {}, '', '   ', 'x'.repeat(500), 'en--US', '__proto__', '@@']) expect(resolveLocale(bad)).toBe('en');
  });

  it("reaches a host's regional Chinese table with or without the script the region is written in", () => {
    const statusLabel = { code: 'taxonomy.status.current.label' };
    const tw = { 'zh-TW': { 'taxonomy.status.current.label': '現有客戶（TW）' } };
    const hantTw = { 'zh-Hant-TW': { 'taxonomy.status.current.label': '現有客戶（Hant-TW）' } };
    expect(message(statusLabel, { locale: 'zh-Hant-TW', texts: tw })).toBe('現有客戶（TW）');
    expect(message(statusLabel, { locale: 'zh-TW', texts: hantTw })).toBe('現有客戶（Hant-TW）');
    expect(resolveLocale('zh-Hant-TW', [...LOCALES, 'zh-TW'])).toBe('zh-TW');
    expect(resolveLocale('zh-CN', [...LOCALES, 'zh-Hans-CN'])).toBe('zh-Hans-CN');
    // A script the region is not written in is not the region's table.
    expect(resolveLocale('zh-Hans-TW', [...LOCALES, 'zh-TW'])).toBe('zh-Hans');
    // Another script reads the region's characters, and reaches the region's table only after the script's own.
    const latnTw = localeChain('zh-Latn-TW');
    expect(latnTw.indexOf('zh-TW')).toBeGreaterThan(latnTw.indexOf('zh-Hant'));
    const latnCn = localeChain('zh-Latn-CN');
    expect(latnCn.indexOf('zh-CN')).toBeGreaterThan(latnCn.indexOf('zh-Hans'));
    expect(resolveLocale('zh-Bopo-TW')).toBe('zh-Hant');
    expect(resolveLocale('zh-Latn-TW')).toBe('zh-Hant');
    // A reader of one script reaches a host's table of that script keyed by a region (review: these gave English or the other script).
    expect(resolveLocale('zh-Hant', ['en', 'zh-TW'])).toBe('zh-TW');
    expect(resolveLocale('zh-TW', ['en', 'zh-HK'])).toBe('zh-HK');
    expect(resolveLocale('zh-MO', ['en', 'zh-Hans', 'zh-TW'])).toBe('zh-TW');
    for (const tag of ['zh', 'zh-Hans', 'zh-SG']) expect(resolveLocale(tag, ['en', 'zh-CN'])).toBe('zh-CN');
    expect(message(statusLabel, { locale: 'zh-Hant', texts: tw })).toBe('現有客戶（TW）');
    // Mandarin and Cantonese tags reach the host's zh tables of their region.
    expect(resolveLocale('cmn-TW', [...LOCALES, 'zh-TW'])).toBe('zh-TW');
    expect(resolveLocale('yue-HK', [...LOCALES, 'zh-HK'])).toBe('zh-HK');
  });

  it('always answers one of the available locales, whatever the input (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.anything()), (tag) => LOCALES.includes(resolveLocale(tag) as never)));
  });
});

describe('templates', () => {
  const ctx = (locale: string, money?: { currency?: string; minorUnitExponent?: number }) =>
    renderContext(locale, [{ en: { 'k.a': 'A({n})', 'k.b': '{n:text:k.*}' } }, withChinese(WORDS)], money);

  it('write numbers for the locale, lists with its separator, and ? for a missing parameter', () => {
    expect(render(ctx('en'), '{n} and {list} and {gone}', { n: 1234567.891, list: ['a', 'b'] })).toBe('1,234,567.89 and a, b and ?');
    expect(render(ctx('zh-Hans'), '{list}', { list: ['甲', '乙'] })).toBe('甲、乙');
    expect(render(ctx('en'), '{list}', { list: [] })).toBe('none');
  });

  it('format amounts with the host currency and minor-unit exponent, or name their unit', () => {
    expect(render(ctx('en', { currency: 'USD', minorUnitExponent: 2 }), '{v:amount}', { v: 118000 })).toBe('$1,180.00');
    expect(render(ctx('zh-Hans', { currency: 'CNY', minorUnitExponent: 2 }), '{v:amount}', { v: 118000 })).toBe('¥1,180.00');
    expect(render(ctx('en'), '{v:amount}', { v: 118000 })).toBe('118,000 amount units');
    expect(render(ctx('zh-Hans'), '{v:amount}', { v: 118000 })).toBe('118,000 金额单位');
    expect(render(ctx('en', { currency: 'XQQ' }), '{v:amount}', { v: 5 })).toBe('XQQ\u00a05');
    expect(render(ctx('en', { currency: 'not a code' }), '{v:amount}', { v: 5 })).toBe('5 not a code');
  });

  it('choose plural words and percent, and nest texts by key', () => {
    expect(render(ctx('en'), '{n} {n:plural:day|days}', { n: 1 })).toBe('1 day');
    expect(render(ctx('en'), '{n} {n:plural:day|days}', { n: 2 })).toBe('2 days');
    expect(render(ctx('en'), '{s:percent}', { s: 0.805 })).toBe('80.5%');
    expect(render(ctx('en'), '{x:text:k.*}', { x: 'a', n: 3 })).toBe('A(3)');
    expect(render(ctx('en'), '{x:text:k.*}', { x: 'zzz' })).toBe('zzz');
    expect(render(ctx('en'), '{x:text:k.*}', { x: 'b', n: 'b' })).toBe('b');
  });

  it('treat parameter names like __proto__ as data', () => {
    expect(render(ctx('en'), '{__proto__} {constructor} {toString}', {})).toBe('? ? ?');
  });
});

describe('the languages of the zh macrolanguage', () => {
  it('negotiate as Chinese: Mandarin by its region or script, Cantonese Traditional unless mainland or Hans', () => {
    const cases: [string, string][] = [
      ['cmn', 'zh-Hans'],
      ['cmn-Hant-TW', 'zh-Hant'],
      ['cmn-TW', 'zh-Hant'],
      ['yue', 'zh-Hant'],
      ['yue-HK', 'zh-Hant'],
      ['yue-CN', 'zh-Hans'],
      ['yue-Hans-HK', 'zh-Hans'],
      ['nan-TW', 'zh-Hant'],
      ['wuu', 'zh-Hans'],
      ['de-DE', 'en'],
    ];
    for (const [tag, locale] of cases) expect([tag, resolveLocale(tag)]).toEqual([tag, locale]);
    // A host's Simplified-only text still reaches a Cantonese reader before English.
    expect(resolveLocale('yue-HK', ['en', 'zh-Hans'])).toBe('zh-Hans');
  });
});
