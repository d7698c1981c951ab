import type { BuiltinTexts, TaxonomyTextKey } from './keys.js';

/**
 * A locale's taxonomy texts, written by dimension (each key once, not once per text), as the flat
 * table of keys the renderer reads: `taxonomy.<dimension>.label`, `taxonomy.<dimension>.<value>.description`, …
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function flatTexts(texts: BuiltinTexts): { readonly [K in TaxonomyTextKey]: string } {
  const table: Record<string, string> = {};
  for (const [dimension, [label, description, values]] of Object.entries(texts)) {
    table[`taxonomy.${dimension}.label`] = label;
    table[`taxonomy.${dimension}.description`] = description;
    for (const [value, [valueLabel, valueDescription]] of Object.entries(values as Readonly<Record<string, readonly [string, string]>>)) {
      table[`taxonomy.${dimension}.${value}.label`] = valueLabel;
      table[`taxonomy.${dimension}.${value}.description`] = valueDescription;
    }
  }
  return table as { readonly [K in TaxonomyTextKey]: string };
}
