import { createTaxonomy, type Taxonomy } from './taxonomy.js';
import { BUILTIN_DIMENSIONS } from './dimensions/index.js';
import type { DimensionIdOf, OrderedDimensionIdOf, ValueIdOf } from './types.js';

/**
 * The built-in taxonomy: every dimension and relationship model of the domain, with labels and
 * descriptions in `en`, `zh-Hans` and `zh-Hant`. Extend it with `taxonomy.extend(...)`.
 *
 * @example
 * ```ts
 * import { taxonomy } from 'crm-taxonomy';
 *
 * taxonomy.ids('status'); //=> ['non_customer', 'potential', 'target', 'current', 'lost']
 * taxonomy.label('status', 'lost', 'zh-Hans'); //=> '流失客户'
 * ```
 */
export const taxonomy: Taxonomy<typeof BUILTIN_DIMENSIONS> = /* @__PURE__ */ createTaxonomy(BUILTIN_DIMENSIONS);

type Builtin = Taxonomy<typeof BUILTIN_DIMENSIONS>;

/**
 * A method of the built-in taxonomy as a standalone function. The call is marked pure, so a bundle
 * that uses none of the root helpers drops the taxonomy data (a property read would keep it).
 */
/* @__NO_SIDE_EFFECTS__ */
function method<K extends keyof Builtin>(name: K): Builtin[K] {
  return taxonomy[name];
}

/**
 * The id of a built-in dimension.
 *
 * @example
 * ```ts
 * import type { DimensionId } from 'crm-taxonomy';
 *
 * const id: DimensionId = 'purchase_intent';
 * id; //=> 'purchase_intent'
 * ```
 */
export type DimensionId = DimensionIdOf<typeof BUILTIN_DIMENSIONS>;

/**
 * The id of a built-in dimension whose values are ranked.
 *
 * @example
 * ```ts
 * import type { OrderedDimensionId } from 'crm-taxonomy';
 *
 * const id: OrderedDimensionId = 'kotler_level';
 * id; //=> 'kotler_level'
 * ```
 */
export type OrderedDimensionId = OrderedDimensionIdOf<typeof BUILTIN_DIMENSIONS>;

/**
 * The values of one built-in dimension: `DimensionValue<'loyalty'>` is
 * `'potential' | 'new' | 'established' | 'loyal'`.
 *
 * @example
 * ```ts
 * import type { DimensionValue } from 'crm-taxonomy';
 *
 * const tier: DimensionValue<'abc_class'> = 'a';
 * tier; //=> 'a'
 * ```
 */
export type DimensionValue<K extends DimensionId> = ValueIdOf<typeof BUILTIN_DIMENSIONS, K>;

/**
 * Checks that a value is an id of a built-in dimension and returns it typed; throws
 * `CrmTaxonomyError` (`invalid_value`, `not_a_string` or `unknown_dimension`) with the allowed
 * values in its message and `details.allowed`.
 *
 * @example
 * ```ts
 * import { parse } from 'crm-taxonomy';
 *
 * parse('loyalty', 'loyal'); //=> 'loyal'
 * try {
 *   parse('loyalty', 'gold');
 * } catch (error) {
 *   (error as Error).message; //=> 'Invalid loyalty "gold": expected one of potential, new, established, loyal'
 * }
 * ```
 */
export const parse: Taxonomy<typeof BUILTIN_DIMENSIONS>['parse'] = /* @__PURE__ */ method('parse');

/**
 * Like {@link parse}, but returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParse } from 'crm-taxonomy';
 *
 * safeParse('abc_class', 'a'); //=> { success: true, data: 'a' }
 * safeParse('abc_class', 7); //=> { success: false }
 * ```
 */
export const safeParse: Taxonomy<typeof BUILTIN_DIMENSIONS>['safeParse'] = /* @__PURE__ */ method('safeParse');

/**
 * A type guard: whether a value is an id of a built-in dimension.
 *
 * @example
 * ```ts
 * import { is } from 'crm-taxonomy';
 *
 * is('value_tier', 'vip'); //=> true
 * is('value_tier', 'VIP'); //=> false
 * ```
 */
export const is: Taxonomy<typeof BUILTIN_DIMENSIONS>['is'] = /* @__PURE__ */ method('is');

/**
 * The label of a built-in value in a locale (`en` by default). Regional tags fall back
 * (`zh-TW` → `zh-Hant`, `en-GB` → `en`); an unknown locale throws `unknown_locale`.
 *
 * @example
 * ```ts
 * import { label } from 'crm-taxonomy';
 *
 * label('value_tier', 'vip'); //=> 'VIP customer'
 * label('value_tier', 'vip', 'zh-TW'); //=> '貴賓客戶'
 * ```
 */
export const label: Taxonomy<typeof BUILTIN_DIMENSIONS>['label'] = /* @__PURE__ */ method('label');

/**
 * The one-line description of a built-in value in a locale.
 *
 * @example
 * ```ts
 * import { description } from 'crm-taxonomy';
 *
 * description('loyalty', 'new', 'en'); //=> 'Has just started trading and knows the offer little'
 * ```
 */
export const description: Taxonomy<typeof BUILTIN_DIMENSIONS>['description'] = /* @__PURE__ */ method('description');

/**
 * Every value of a built-in dimension with its rank and texts in one locale.
 *
 * @example
 * ```ts
 * import { list } from 'crm-taxonomy';
 *
 * list('loyalty', 'zh-Hans').map((v) => v.label); //=> ['潜在客户', '新客户', '老客户', '忠诚客户']
 * ```
 */
export const list: Taxonomy<typeof BUILTIN_DIMENSIONS>['list'] = /* @__PURE__ */ method('list');

/**
 * The rank of a value of an ordered built-in dimension, 0 for the lowest.
 *
 * @example
 * ```ts
 * import { rank } from 'crm-taxonomy';
 *
 * rank('kotler_level', 'partnership'); //=> 4
 * ```
 */
export const rank: Taxonomy<typeof BUILTIN_DIMENSIONS>['rank'] = /* @__PURE__ */ method('rank');

/**
 * Compares two values of an ordered built-in dimension: a comparator for `sort`.
 *
 * @example
 * ```ts
 * import { compare } from 'crm-taxonomy';
 *
 * compare('value_tier', 'vip', 'key') > 0; //=> true
 * ```
 */
export const compare: Taxonomy<typeof BUILTIN_DIMENSIONS>['compare'] = /* @__PURE__ */ method('compare');

/**
 * A sorted copy of values of an ordered built-in dimension, highest first unless `'ascending'`.
 *
 * @example
 * ```ts
 * import { sort } from 'crm-taxonomy';
 *
 * sort('abc_class', ['c', 'a', 'b']); //=> ['a', 'b', 'c']
 * sort('abc_class', ['c', 'a', 'b'], 'ascending'); //=> ['c', 'b', 'a']
 * ```
 */
export const sort: Taxonomy<typeof BUILTIN_DIMENSIONS>['sort'] = /* @__PURE__ */ method('sort');

/**
 * The next value up an ordered built-in dimension, `undefined` at the top.
 *
 * @example
 * ```ts
 * import { next } from 'crm-taxonomy';
 *
 * next('loyalty', 'new'); //=> 'established'
 * next('loyalty', 'loyal'); //=> undefined
 * ```
 */
export const next: Taxonomy<typeof BUILTIN_DIMENSIONS>['next'] = /* @__PURE__ */ method('next');

/**
 * The next value down an ordered built-in dimension, `undefined` at the bottom.
 *
 * @example
 * ```ts
 * import { previous } from 'crm-taxonomy';
 *
 * previous('b2b_relationship', 'partnership'); //=> 'preferred_supplier'
 * ```
 */
export const previous: Taxonomy<typeof BUILTIN_DIMENSIONS>['previous'] = /* @__PURE__ */ method('previous');
