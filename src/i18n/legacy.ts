/**
 * TEMPORARY (v0.2 port): the v0.1 text helpers, kept only so that modules not yet moved to the
 * message tables compile. Every import of this file is removed by the port; then the file goes.
 * @internal
 */
import { localeChain } from './negotiate.js';
import type { TextInput } from './text.js';

/** @internal */
export interface LocalizedText {
  readonly en: string;
  readonly 'zh-Hans': string;
  readonly 'zh-Hant': string;
  readonly [locale: string]: string | undefined;
}
/** @internal */
export type LocalizedMessage = Readonly<Record<'en' | 'zh-Hans' | 'zh-Hant', string>>;
/** @internal */
export type ReasonParams = Readonly<Record<string, string | number | boolean | null>>;
/** @internal */
export interface Reason<Code extends string = string> {
  readonly code: Code;
  readonly params: ReasonParams;
  readonly message: LocalizedMessage;
}
/** @internal */
export const BUILTIN_LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
/** @internal */
export type BuiltinLocale = (typeof BUILTIN_LOCALES)[number];
/** @internal */
export function pickText(text: TextInput, locale: string): string {
  for (const tag of localeChain(locale)) {
    const value = Object.prototype.hasOwnProperty.call(text, tag) ? text[tag] : undefined;
    if (typeof value === 'string') return value;
  }
  return text.en;
}
/** @internal */
export function formatMessage(template: string, params: Readonly<Record<string, string | number | boolean | null | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}
/** @internal */
export function localize(template: LocalizedText, locale: string, params: Readonly<Record<string, string | number | boolean | null | undefined>> = {}): string {
  return formatMessage(pickText(template, locale), params);
}
/** @internal */
export function localizeAll(template: LocalizedText, params: Readonly<Record<string, string | number | boolean | null | undefined>> = {}): LocalizedMessage {
  return { en: formatMessage(template.en, params), 'zh-Hans': formatMessage(template['zh-Hans'], params), 'zh-Hant': formatMessage(template['zh-Hant'], params) };
}
/** @internal */
export function reason<const Code extends string>(code: Code, template: LocalizedText, params: ReasonParams = {}): Reason<Code> {
  return { code, params, message: localizeAll(template, params) };
}
export { resolveLocale } from './negotiate.js';
export type { Locale } from './negotiate.js';
export type { TextInput } from './text.js';
