import type { Locale, TextOptions } from '../i18n/index.js';
import type { DimensionId, DimensionValue } from './builtin.js';
import { BUILTIN_DIMENSIONS } from './dimensions/index.js';
import { createTaxonomy, type ListedValue, type Taxonomy } from './taxonomy.js';

/**
 * The built-in taxonomy: every dimension and relationship model of the domain, with labels and
 * descriptions in English; `zh-Hans` and `zh-Hant` come as locale modules (pass them as `texts`,
 * or `taxonomy.extend({ texts })` for a taxonomy that speaks them). Extend it with `taxonomy.extend(…)`.
 *
 * @example
 * ```ts
 * import { taxonomy } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * taxonomy.ids('status'); //=> ['non_customer', 'potential', 'target', 'current', 'lost']
 * taxonomy.dimensionLabel('status'); //=> 'Status'
 * taxonomy.extend({ texts: zhHans }).dimensionLabel('status', 'zh-Hans'); //=> '客户状态'
 * taxonomy.sort('value_tier', ['key', 'vip', 'ordinary']); //=> ['vip', 'key', 'ordinary']
 * ```
 */
export const taxonomy: Taxonomy<typeof BUILTIN_DIMENSIONS> = /* @__PURE__ */ createTaxonomy(BUILTIN_DIMENSIONS);

/**
 * The label of a built-in value in a locale (`en` by default), from the built-in English and the
 * `texts` given (a locale module such as `crm-taxonomy/locales/zh-Hant`, or a host's table). Any
 * BCP 47 tag negotiates (`zh-TW` → `zh-Hant`, `de-DE` → `en`; see `resolveLocale`); an unknown value throws `invalid_value`.
 *
 * @example
 * ```ts
 * import { label } from 'crm-taxonomy';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * label('value_tier', 'vip'); //=> 'VIP customer'
 * label('value_tier', 'vip', { locale: 'zh-TW', texts: zhHant }); //=> '貴賓客戶'
 * label('value_tier', 'vip', 'de-DE'); //=> 'VIP customer'
 * ```
 */
export function label<K extends DimensionId>(dimension: K, value: DimensionValue<K>, options?: Locale | TextOptions): string {
  return taxonomy.label(dimension, value as never, options);
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
export function description<K extends DimensionId>(dimension: K, value: DimensionValue<K>, options?: Locale | TextOptions): string {
  return taxonomy.description(dimension, value as never, options);
}

/**
 * Every value of a built-in dimension with its rank (ordered dimensions) and texts in one locale.
 *
 * @example
 * ```ts
 * import { list } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * list('loyalty', { locale: 'zh-Hans', texts: zhHans }).map((v) => v.label); //=> ['潜在客户', '新客户', '老客户', '忠诚客户']
 * list('value_tier')[2]; //=> { id: 'vip', rank: 2, label: 'VIP customer' }
 * ```
 */
export function list<K extends DimensionId>(dimension: K, options?: Locale | TextOptions): readonly ListedValue<DimensionValue<K>>[] {
  return taxonomy.list(dimension, options) as unknown as readonly ListedValue<DimensionValue<K>>[];
}
