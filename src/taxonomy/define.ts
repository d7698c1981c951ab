import type { TextInput } from '../i18n/locale.js';

/**
 * Where a definition comes from: a seed document of the domain (`'000'` … `'004'`, the source
 * articles the taxonomy was distilled from), the term the seed uses, or `'added'` for values this
 * library or a host added.
 *
 * @example
 * ```ts
 * import type { SourceRef } from 'crm-taxonomy';
 *
 * const source: SourceRef = { seed: '000', term: '根据客户的忠诚度' };
 * source.seed; //=> '000'
 * ```
 */
export interface SourceRef {
  /** The seed document id (`'000'` … `'004'`), or `'added'`. */
  readonly seed: string;
  /** The seed's own term for it, in the seed's script. */
  readonly term?: string;
}

/**
 * One value of a dimension, as written in the data.
 *
 * @example
 * ```ts
 * import type { ValueDefinition } from 'crm-taxonomy';
 *
 * const value: ValueDefinition = {
 *   id: 'savings',
 *   label: { en: 'Savings', 'zh-Hans': '储蓄型客户', 'zh-Hant': '儲蓄型客戶' },
 *   description: { en: 'Keeps deposits', 'zh-Hans': '以存款为主', 'zh-Hant': '以存款為主' },
 * };
 * value.id; //=> 'savings'
 * ```
 */
export interface ValueDefinition<Id extends string = string> {
  /** Stable snake_case id: what hosts store. Never changes once released. */
  readonly id: Id;
  /** Short label per locale (every built-in value has all three built-in locales). */
  readonly label: TextInput;
  /** One-line description per locale. */
  readonly description: TextInput;
  /** Where the value comes from. */
  readonly source?: readonly SourceRef[];
}

/**
 * The kind of a dimension: a customer classification axis (DOMAIN §1), a relationship model
 * (§2), or a set of reason codes (why a relationship broke down).
 *
 * @example
 * ```ts
 * import type { DimensionKind } from 'crm-taxonomy';
 *
 * const kind: DimensionKind = 'relationship';
 * kind; //=> 'relationship'
 * ```
 */
export type DimensionKind = 'classification' | 'relationship' | 'reason';

/**
 * A dimension as written in the data: its id, whether its values are ranked (`ordered`, values
 * listed from the lowest rank to the highest), labels, descriptions and values.
 *
 * @example
 * ```ts
 * import type { DimensionDefinition } from 'crm-taxonomy';
 *
 * const needs = {
 *   id: 'needs',
 *   kind: 'classification',
 *   ordered: false,
 *   label: { en: 'Needs', 'zh-Hans': '需求', 'zh-Hant': '需求' },
 *   description: { en: 'What the customer needs', 'zh-Hans': '客户的需求', 'zh-Hant': '客戶的需求' },
 *   values: [],
 * } satisfies DimensionDefinition;
 * needs.ordered; //=> false
 * ```
 */
export interface DimensionDefinition<
  Id extends string = string,
  Values extends readonly ValueDefinition[] = readonly ValueDefinition[],
  Ordered extends boolean = boolean,
> {
  /** Stable snake_case id of the dimension. */
  readonly id: Id;
  /** Classification axis, relationship model or reason codes. */
  readonly kind: DimensionKind;
  /** Whether values have a rank; if so, `values` runs from the lowest rank to the highest. */
  readonly ordered: Ordered;
  /** Short label per locale. */
  readonly label: TextInput;
  /** One-line description per locale. */
  readonly description: TextInput;
  /** Where the dimension comes from. */
  readonly source?: readonly SourceRef[];
  /** The values; for an ordered dimension, from the lowest rank to the highest. */
  readonly values: Values;
}

/**
 * Declares a dimension, keeping every id as a literal type so the union of its values follows
 * from the data (labels and descriptions stay plain strings, so declarations stay small). Use it for a host's own dimension, then add it with `extendTaxonomy`.
 *
 * @example
 * ```ts
 * import { defineDimension, type ValueOf } from 'crm-taxonomy';
 *
 * const needs = defineDimension({
 *   id: 'needs',
 *   kind: 'classification',
 *   ordered: false,
 *   label: { en: 'Needs', 'zh-Hans': '需求', 'zh-Hant': '需求' },
 *   description: { en: 'Which products fit', 'zh-Hans': '适合的产品', 'zh-Hant': '適合的產品' },
 *   values: [
 *     { id: 'savings', label: { en: 'Savings', 'zh-Hans': '储蓄型', 'zh-Hant': '儲蓄型' }, description: { en: 'Deposits', 'zh-Hans': '存款', 'zh-Hant': '存款' } },
 *     { id: 'wealth', label: { en: 'Wealth', 'zh-Hans': '理财型', 'zh-Hant': '理財型' }, description: { en: 'Investments', 'zh-Hans': '理财', 'zh-Hant': '理財' } },
 *   ],
 * });
 * type Need = ValueOf<typeof needs>; // 'savings' | 'wealth'
 * const need: Need = 'wealth';
 * need; //=> 'wealth'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineDimension<
  const Id extends string,
  const Values extends readonly ValueDefinition[],
  const Ordered extends boolean,
>(
  definition: DimensionDefinition<Id, Values, Ordered>,
): DimensionDefinition<Id, readonly ValueDefinition<Values[number]['id']>[], Ordered> {
  return definition;
}

/**
 * The union of a dimension's value ids.
 *
 * @example
 * ```ts
 * import { loyalty, type ValueOf } from 'crm-taxonomy';
 *
 * const level: ValueOf<typeof loyalty> = 'established';
 * level; //=> 'established'
 * ```
 */
export type ValueOf<D extends { readonly values: readonly { readonly id: string }[] }> =
  D['values'][number]['id'];
