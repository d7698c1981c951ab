import { CrmTaxonomyError, describeValue } from '../errors.js';

/**
 * The locales every built-in label, description and message is written in.
 *
 * @example
 * ```ts
 * import { BUILTIN_LOCALES } from 'crm-taxonomy';
 *
 * BUILTIN_LOCALES; //=> ['en', 'zh-Hans', 'zh-Hant']
 * ```
 */
export const BUILTIN_LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;

/**
 * A locale the library ships text for: `en`, `zh-Hans` (Simplified Chinese), `zh-Hant`
 * (Traditional Chinese, Taiwan usage).
 *
 * @example
 * ```ts
 * import type { BuiltinLocale } from 'crm-taxonomy';
 *
 * const locale: BuiltinLocale = 'zh-Hant';
 * locale; //=> 'zh-Hant'
 * ```
 */
export type BuiltinLocale = (typeof BUILTIN_LOCALES)[number];

/**
 * A BCP 47 locale tag. The built-in ones autocomplete; hosts that add a locale to a taxonomy use
 * their own tag (`'ja'`, `'fr-CA'`). Regional tags fall back: `zh-TW` → `zh-Hant`, `en-GB` → `en`.
 *
 * @example
 * ```ts
 * import type { Locale } from 'crm-taxonomy';
 *
 * const locales: Locale[] = ['en', 'zh-Hans', 'ja'];
 * locales.length; //=> 3
 * ```
 */
export type Locale = BuiltinLocale | (string & {});

/**
 * A text in every built-in locale, plus any locales a host adds.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'crm-taxonomy';
 *
 * const text: LocalizedText = { en: 'Loyal', 'zh-Hans': '忠诚客户', 'zh-Hant': '忠誠客戶' };
 * text['zh-Hant']; //=> '忠誠客戶'
 * ```
 */
export interface LocalizedText {
  readonly en: string;
  readonly 'zh-Hans': string;
  readonly 'zh-Hant': string;
  readonly [locale: string]: string | undefined;
}

/**
 * A text in English and any other locales: what a host writes for its own values and labels.
 * Missing locales fall back to English.
 *
 * @example
 * ```ts
 * import type { TextInput } from 'crm-taxonomy';
 *
 * const text: TextInput = { en: 'Wealth', ja: '資産運用' };
 * text.ja; //=> '資産運用'
 * ```
 */
export interface TextInput {
  readonly en: string;
  readonly [locale: string]: string | undefined;
}

/** Chinese region subtags written in Traditional characters. */
const HANT_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * The chain of tags to try for a requested locale, most specific first: the tag itself, its
 * truncations, the script for Chinese regional tags, then `en`.
 *
 * @example
 * ```ts
 * import { localeFallbacks } from 'crm-taxonomy';
 *
 * localeFallbacks('zh-TW'); //=> ['zh-TW', 'zh-Hant', 'zh', 'en']
 * localeFallbacks('en-GB'); //=> ['en-GB', 'en']
 * ```
 */
export function localeFallbacks(locale: string): string[] {
  const chain: string[] = [];
  const push = (tag: string): void => {
    if (!chain.includes(tag)) chain.push(tag);
  };
  push(locale);
  const parts = locale.split('-');
  const language = (parts[0] ?? '').toLowerCase();
  if (language === 'zh') {
    const subtags = parts.slice(1);
    const script = subtags.find((p) => p.length === 4);
    const region = subtags.find((p) => p.length === 2 || /^\d{3}$/.test(p));
    if (script !== undefined) push(`zh-${script[0]?.toUpperCase()}${script.slice(1).toLowerCase()}`);
    else if (region !== undefined) push(HANT_REGIONS.has(region.toUpperCase()) ? 'zh-Hant' : 'zh-Hans');
    else push('zh-Hans');
  }
  for (let i = parts.length - 1; i >= 1; i--) push(parts.slice(0, i).join('-'));
  push('en');
  return chain;
}

/**
 * Resolves a requested locale against the ones available: the first tag of
 * {@link localeFallbacks} that is available, ignoring the final `en` unless the request was for
 * English. Throws `unknown_locale` (listing the available locales) when nothing matches, so a typo
 * like `'zh_CN'` or an unsupported `'fr'` is an error rather than silent English.
 *
 * @example
 * ```ts
 * import { resolveLocale } from 'crm-taxonomy';
 *
 * resolveLocale('zh-HK', ['en', 'zh-Hans', 'zh-Hant']); //=> 'zh-Hant'
 * ```
 */
export function resolveLocale(locale: unknown, available: readonly string[]): string {
  if (typeof locale !== 'string' || locale.length === 0) {
    throw new CrmTaxonomyError(
      'unknown_locale',
      `Expected a locale tag (one of ${available.join(', ')}), received ${describeValue(locale)}`,
      { path: ['locale'], details: { received: locale, allowed: [...available] } },
    );
  }
  const chain = localeFallbacks(locale);
  const candidates = chain.length > 1 && !/^en\b/i.test(locale) ? chain.slice(0, -1) : chain;
  for (const tag of candidates) {
    const match = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (match !== undefined) return match;
  }
  throw new CrmTaxonomyError(
    'unknown_locale',
    `Unknown locale ${describeValue(locale)}: available locales are ${available.join(', ')}`,
    { path: ['locale'], details: { received: locale, allowed: [...available] } },
  );
}

/**
 * Picks the text for a resolved locale from a localized text, falling back along
 * {@link localeFallbacks} and finally to English (a host-added value may lack a host-added locale).
 *
 * @example
 * ```ts
 * import { pickText } from 'crm-taxonomy';
 *
 * pickText({ en: 'Loyal', 'zh-Hans': '忠诚客户', 'zh-Hant': '忠誠客戶' }, 'zh-Hant'); //=> '忠誠客戶'
 * pickText({ en: 'Loyal', 'zh-Hans': '忠诚客户', 'zh-Hant': '忠誠客戶' }, 'ja'); //=> 'Loyal'
 * ```
 */
export function pickText(text: TextInput, locale: string): string {
  for (const tag of localeFallbacks(locale)) {
    const value = text[tag];
    if (value !== undefined) return value;
  }
  return text.en;
}

/**
 * Fills `{name}` placeholders of a message template with parameters. Numbers are written as they
 * are; missing parameters stay visible as `{name}` so a gap is noticed rather than hidden.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'crm-taxonomy';
 *
 * formatMessage('{count} purchases over {years} years', { count: 14, years: 3 });
 * //=> '14 purchases over 3 years'
 * ```
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number | boolean | null | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}

/**
 * Formats a localized message template for a locale: {@link pickText} then {@link formatMessage}.
 *
 * @example
 * ```ts
 * import { localize } from 'crm-taxonomy';
 *
 * const template = { en: '{n} days', 'zh-Hans': '{n} 天', 'zh-Hant': '{n} 天' };
 * localize(template, 'zh-Hans', { n: 30 }); //=> '30 天'
 * ```
 */
export function localize(
  template: LocalizedText,
  locale: string,
  params: Readonly<Record<string, string | number | boolean | null | undefined>> = {},
): string {
  return formatMessage(pickText(template, locale), params);
}

/**
 * A message in all three built-in locales, for reasons and refusals that a host shows a person.
 *
 * @example
 * ```ts
 * import type { LocalizedMessage } from 'crm-taxonomy';
 *
 * const message: LocalizedMessage = { en: 'Lost', 'zh-Hans': '流失', 'zh-Hant': '流失' };
 * message.en; //=> 'Lost'
 * ```
 */
export type LocalizedMessage = Readonly<Record<BuiltinLocale, string>>;

/**
 * Renders a template with parameters in every built-in locale at once.
 *
 * @example
 * ```ts
 * import { localizeAll } from 'crm-taxonomy';
 *
 * localizeAll({ en: '{n} days', 'zh-Hans': '{n} 天', 'zh-Hant': '{n} 天' }, { n: 3 });
 * //=> { en: '3 days', 'zh-Hans': '3 天', 'zh-Hant': '3 天' }
 * ```
 */
export function localizeAll(
  template: LocalizedText,
  params: Readonly<Record<string, string | number | boolean | null | undefined>> = {},
): LocalizedMessage {
  return {
    en: formatMessage(template.en, params),
    'zh-Hans': formatMessage(template['zh-Hans'], params),
    'zh-Hant': formatMessage(template['zh-Hant'], params),
  };
}
