import { describe, expect, it } from 'vitest';
import { formatMessage, localeFallbacks, localize, localizeAll, pickText, resolveLocale } from '../../src/index.js';

describe('locales', () => {
  it('builds fallback chains', () => {
    expect(localeFallbacks('zh-Hant-HK')).toEqual(['zh-Hant-HK', 'zh-Hant', 'zh', 'en']);
    expect(localeFallbacks('zh-SG')).toEqual(['zh-SG', 'zh-Hans', 'zh', 'en']);
    expect(localeFallbacks('zh-hant')).toEqual(['zh-hant', 'zh-Hant', 'zh', 'en']);
    expect(localeFallbacks('zh')).toEqual(['zh', 'zh-Hans', 'en']);
    expect(localeFallbacks('en')).toEqual(['en']);
  });

  it('resolves case-insensitively and refuses what is not available', () => {
    const available = ['en', 'zh-Hans', 'zh-Hant', 'ja'];
    expect(resolveLocale('ZH-hant', available)).toBe('zh-Hant');
    expect(resolveLocale('ja-JP', available)).toBe('ja');
    expect(resolveLocale('en-US', available)).toBe('en');
    expect(() => resolveLocale('fr-FR', available)).toThrowError(/available locales are en, zh-Hans, zh-Hant, ja/);
    expect(() => resolveLocale(undefined, available)).toThrowError(/Expected a locale tag/);
  });

  it('formats messages', () => {
    expect(formatMessage('{a} and {b} and {c}', { a: 1, b: 'two', c: null })).toBe('1 and two and {c}');
    expect(formatMessage('{toString}', {})).toBe('{toString}');
    const text = { en: '{n} days', 'zh-Hans': '{n} 天', 'zh-Hant': '{n} 天', ja: '{n} 日' };
    expect(localize(text, 'ja', { n: 2 })).toBe('2 日');
    expect(localizeAll(text, { n: 2 })).toEqual({ en: '2 days', 'zh-Hans': '2 天', 'zh-Hant': '2 天' });
    expect(pickText({ en: 'x' }, 'zh-Hant')).toBe('x');
  });
});
