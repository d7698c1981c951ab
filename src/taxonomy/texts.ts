import type { Locale } from '../i18n/index.js';
import type { DimensionId, DimensionValue } from './builtin.js';
import { BUILTIN_DIMENSIONS } from './dimensions/index.js';
import { createTaxonomy, type ListedValue, type Taxonomy } from './taxonomy.js';

/**
 * The built-in taxonomy: every dimension and relationship model of the domain, with labels and
 * descriptions in `en`, `zh-Hans` and `zh-Hant`. Extend it with `taxonomy.extend(…)`.
 *
 * @example
 * ```ts
 * import { taxonomy } from 'crm-taxonomy';
 *
 * taxonomy.ids('status'); //=> ['non_customer', 'potential', 'target', 'current', 'lost']
 * taxonomy.dimensionLabel('status', 'zh-Hans'); //=> '客户状态'
 * taxonomy.sort('value_tier', ['key', 'vip', 'ordinary']); //=> ['vip', 'key', 'ordinary']
 * ```
 */
export const taxonomy: Taxonomy<typeof BUILTIN_DIMENSIONS> = /* @__PURE__ */ createTaxonomy(BUILTIN_DIMENSIONS);

/**
 * The label of a built-in value in a locale (`en` by default). Any BCP 47 tag negotiates
 * (`zh-TW` → `zh-Hant`, `de-DE` → `en`; see `resolveLocale`); an unknown value throws `invalid_value`.
 *
 * @example
 * ```ts
 * import { label } from 'crm-taxonomy';
 *
 * label('value_tier', 'vip'); //=> 'VIP customer'
 * label('value_tier', 'vip', 'zh-TW'); //=> '貴賓客戶'
 * label('value_tier', 'vip', 'de-DE'); //=> 'VIP customer'
 * ```
 */
export function label<K extends DimensionId>(dimension: K, value: DimensionValue<K>, locale?: Locale): string {
  return taxonomy.label(dimension, value as never, locale);
}

/**
 * The one-line description of a built-in value in a locale.
 *
 * @example
 * ```ts
 * import { description } from 'crm-taxonomy';
 *
 * description('loyalty', 'new'); //=> 'Has just started trading and knows the offer little'
 * ```
 */
export function description<K extends DimensionId>(dimension: K, value: DimensionValue<K>, locale?: Locale): string {
  return taxonomy.description(dimension, value as never, locale);
}

/**
 * Every value of a built-in dimension with its rank (ordered dimensions) and texts in one locale.
 *
 * @example
 * ```ts
 * import { list } from 'crm-taxonomy';
 *
 * list('loyalty', 'zh-Hans').map((v) => v.label); //=> ['潜在客户', '新客户', '老客户', '忠诚客户']
 * list('value_tier')[2]; //=> { id: 'vip', rank: 2, label: 'VIP customer' }
 * ```
 */
export function list<K extends DimensionId>(dimension: K, locale?: Locale): readonly ListedValue<DimensionValue<K>>[] {
  return taxonomy.list(dimension, locale) as unknown as readonly ListedValue<DimensionValue<K>>[];
}
