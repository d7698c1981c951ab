import { CrmTaxonomyError, legacyError, describeValue, type ErrorPath } from '../errors/index.js';
import { BUILTIN_LOCALES, formatMessage, type LocalizedMessage, type LocalizedText } from '../i18n/legacy.js';
import type { Reason, ReasonParams } from '../i18n/legacy.js';
import { label, type DimensionId, type DimensionValue } from '../taxonomy/index.js';

/**
 * A reason whose message names taxonomy values by their label in each locale: `labels` maps a
 * placeholder to a dimension and value, `texts` a placeholder to a localized word; `params` keep
 * the ids (plain JSON).
 * @internal
 */
export function labelledReason<const Code extends string>(
  code: Code,
  template: LocalizedText,
  params: ReasonParams,
  labels: Readonly<Record<string, readonly [DimensionId, string]>> = {},
  texts: Readonly<Record<string, LocalizedText>> = {},
): Reason<Code> {
  const message = {} as Record<(typeof BUILTIN_LOCALES)[number], string>;
  for (const locale of BUILTIN_LOCALES) {
    const named: Record<string, string> = {};
    for (const [key, text] of Object.entries(texts)) named[key] = text[locale];
    for (const [key, [dimension, value]] of Object.entries(labels)) {
      named[key] = label(dimension, value as DimensionValue<typeof dimension>, locale);
    }
    message[locale] = formatMessage(template[locale], { ...params, ...named });
  }
  return { code, params, message: message as LocalizedMessage };
}

/** @internal */
export function invalidArgument(path: ErrorPath, expected: string, received: unknown): CrmTaxonomyError {
  return legacyError(
    'invalid_argument',
    `Expected ${expected} at ${path.join('.') || 'input'}, received ${describeValue(received)}`,
    { path, details: { expected, received: describeValue(received) } },
  );
}

/** @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
