import { inputError, isRecord, type ErrorPath } from '../errors/index.js';
import type { LocaleTables } from './format.js';
import { tagKey } from './negotiate.js';

/** A text a host writes for its own values, events or locales: English, and any other locales. */
export interface TextInput {
  readonly en: string;
  readonly [locale: string]: string | undefined;
}

/** A language, subtags of 2 to 8 letters or digits, extensions (`-u-nu-arab`) and a private use (`-x-hk`). */
const LOCALE_TAG = /^[a-z]{2,3}(-[a-z\d]{2,8})*(-[a-wyz\d](-[a-z\d]{2,8})+)*(-x(-[a-z\d]{1,8})+)?$/i;

/** Whether a string is a tag a host may write texts under (`en`, `zh-Hans`, `pt-BR`, `en-US-u-nu-arab`, `zh-Hant-TW-x-hk`): never `__proto__`. @internal */
export function isLocaleTag(tag: unknown): tag is string {
  // And one that negotiation can serve (at most 8 subtags): a table under a longer tag would never be read.
  return typeof tag === 'string' && LOCALE_TAG.test(tag) && tagKey(tag) !== undefined;
}

/**
 * A host's inline text, checked once: an object with a non-empty English entry of its own, every key a
 * locale tag, every entry a non-empty string. Throws `code` at the path of the bad part.
 * @internal
 */
export function checkTextInput(text: unknown, path: ErrorPath, code: 'invalid_definition' | 'invalid_extension'): TextInput | undefined {
  if (text === undefined) return undefined;
  // Its own English: an inherited one would be lost where texts are copied by their own entries.
  if (!isRecord(text) || !Object.hasOwn(text, 'en') || typeof text.en !== 'string' || text.en === '') throw inputError(code, path, 'text', text);
  for (const [locale, value] of Object.entries(text)) {
    if (!isLocaleTag(locale)) throw inputError(code, [...path, locale], 'locale', locale);
    if (value !== undefined && (typeof value !== 'string' || value === '')) throw inputError(code, [...path, locale], 'non_empty_string', value);
  }
  return text as TextInput;
}

/**
 * Texts by key as tables by locale: each text's entries filed under their locale (absent texts and
 * entries skipped), a later text of a key winning. The keys of a {@link TextInput} are checked
 * locale tags, never `__proto__`.
 * @internal
 */
export function textTable(entries: readonly (readonly [key: string, text: Readonly<Record<string, string | undefined>> | undefined])[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [key, text] of entries) {
    if (text === undefined) continue;
    for (const [locale, value] of Object.entries(text)) if (typeof value === 'string') (out[locale] ??= {})[key] = value;
  }
  return out;
}
