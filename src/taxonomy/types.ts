import type { TextInput } from '../i18n/locale.js';
import type { DimensionDefinition, ValueDefinition } from './define.js';

/**
 * Any dimension definition, whatever its ids.
 *
 * @example
 * ```ts
 * import { loyalty, type AnyDimension } from 'crm-taxonomy';
 *
 * const dimension: AnyDimension = loyalty;
 * dimension.id; //=> 'loyalty'
 * ```
 */
export type AnyDimension = DimensionDefinition<string, readonly ValueDefinition[], boolean>;

/**
 * The ids of the dimensions in a list of dimensions.
 *
 * @example
 * ```ts
 * import type { BUILTIN_DIMENSIONS, DimensionIdOf } from 'crm-taxonomy';
 *
 * const id: DimensionIdOf<typeof BUILTIN_DIMENSIONS> = 'value_tier';
 * id; //=> 'value_tier'
 * ```
 */
export type DimensionIdOf<Dims extends readonly AnyDimension[]> = Dims[number]['id'];

/**
 * The dimension with a given id in a list of dimensions.
 *
 * @example
 * ```ts
 * import type { BUILTIN_DIMENSIONS, DimensionById } from 'crm-taxonomy';
 *
 * type Loyalty = DimensionById<typeof BUILTIN_DIMENSIONS, 'loyalty'>;
 * const ordered: Loyalty['ordered'] = true;
 * ordered; //=> true
 * ```
 */
export type DimensionById<Dims extends readonly AnyDimension[], K extends string> = Extract<
  Dims[number],
  { readonly id: K }
>;

/**
 * The union of value ids of one dimension of a list of dimensions.
 *
 * @example
 * ```ts
 * import type { BUILTIN_DIMENSIONS, ValueIdOf } from 'crm-taxonomy';
 *
 * const tier: ValueIdOf<typeof BUILTIN_DIMENSIONS, 'value_tier'> = 'vip';
 * tier; //=> 'vip'
 * ```
 */
export type ValueIdOf<Dims extends readonly AnyDimension[], K extends string> = DimensionById<
  Dims,
  K
>['values'][number]['id'];

/**
 * The ids of the ordered dimensions (those with a rank) in a list of dimensions.
 *
 * @example
 * ```ts
 * import type { BUILTIN_DIMENSIONS, OrderedDimensionIdOf } from 'crm-taxonomy';
 *
 * const id: OrderedDimensionIdOf<typeof BUILTIN_DIMENSIONS> = 'abc_class';
 * id; //=> 'abc_class'
 * ```
 */
export type OrderedDimensionIdOf<Dims extends readonly AnyDimension[]> = Extract<
  Dims[number],
  { readonly ordered: true }
>['id'];

/**
 * A value added by a host to an existing dimension. For an ordered dimension, `after` places it
 * just above an existing value (by default it becomes the highest).
 *
 * @example
 * ```ts
 * import type { AddedValue } from 'crm-taxonomy';
 *
 * const ambassador: AddedValue = {
 *   id: 'ambassador',
 *   label: { en: 'Ambassador' },
 *   description: { en: 'Loyal and recruits others' },
 *   after: 'loyal',
 * };
 * ambassador.after; //=> 'loyal'
 * ```
 */
export interface AddedValue<Id extends string = string> extends ValueDefinition<Id> {
  /** For an ordered dimension: the existing value just below the new one. */
  readonly after?: string;
}

/**
 * Per-value text overrides: `{ [dimension]: { [value]: { [locale]: text } } }`.
 *
 * @example
 * ```ts
 * import type { BUILTIN_DIMENSIONS, TextOverrides } from 'crm-taxonomy';
 *
 * const overrides: TextOverrides<typeof BUILTIN_DIMENSIONS> = { loyalty: { loyal: { en: 'Devoted' } } };
 * overrides.loyalty?.loyal?.en; //=> 'Devoted'
 * ```
 */
export type TextOverrides<Dims extends readonly AnyDimension[]> = {
  readonly [K in DimensionIdOf<Dims>]?: {
    readonly [V in ValueIdOf<Dims, K>]?: Partial<TextInput> & { readonly [locale: string]: string | undefined };
  };
};

/**
 * How a host extends or customises a taxonomy: new dimensions, new values in existing dimensions,
 * new locales, and label or description overrides.
 *
 * @example
 * ```ts
 * import type { BUILTIN_DIMENSIONS, TaxonomyExtension } from 'crm-taxonomy';
 *
 * const extension: TaxonomyExtension<typeof BUILTIN_DIMENSIONS> = {
 *   locales: ['ja'],
 *   labels: { loyalty: { loyal: { ja: '優良顧客' } } },
 * };
 * extension.locales; //=> ['ja']
 * ```
 */
export interface TaxonomyExtension<Dims extends readonly AnyDimension[]> {
  /** Whole new dimensions (declare them with `defineDimension`). */
  readonly dimensions?: readonly AnyDimension[];
  /** New values for existing dimensions. */
  readonly values?: { readonly [K in DimensionIdOf<Dims>]?: readonly AddedValue[] };
  /** Locales the host adds (their texts come through `labels` and `descriptions`). */
  readonly locales?: readonly string[];
  /** Label overrides per dimension and value. */
  readonly labels?: TextOverrides<Dims>;
  /** Description overrides per dimension and value. */
  readonly descriptions?: TextOverrides<Dims>;
}

type AddedValuesFor<E, K extends string> = E extends { readonly values: infer V }
  ? K extends keyof V
    ? V[K] extends readonly ValueDefinition[]
      ? V[K]
      : readonly []
    : readonly []
  : readonly [];

type WithAddedValues<D extends AnyDimension, Added extends readonly ValueDefinition[]> = Added extends readonly []
  ? D
  : DimensionDefinition<D['id'], readonly [...D['values'], ...Added], D['ordered']>;

/**
 * The dimensions of a taxonomy after an extension: existing dimensions with the added values,
 * then the new dimensions. Types follow the extension, so hosts need no casts.
 *
 * @example
 * ```ts
 * import { taxonomy, defineDimension } from 'crm-taxonomy';
 *
 * const bank = taxonomy.extend({
 *   values: { loyalty: [{ id: 'ambassador', label: { en: 'Ambassador' }, description: { en: 'Recruits others' } }] },
 * });
 * const level: ReturnType<typeof bank.parse<'loyalty'>> = 'ambassador';
 * level; //=> 'ambassador'
 * ```
 */
export type ExtendedDimensions<Dims extends readonly AnyDimension[], E> = readonly [
  ...{
    [I in keyof Dims]: Dims[I] extends AnyDimension
      ? WithAddedValues<Dims[I], AddedValuesFor<E, Dims[I]['id']>>
      : Dims[I];
  },
  ...(E extends { readonly dimensions: infer N extends readonly AnyDimension[] } ? N : readonly []),
];
