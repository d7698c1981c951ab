import type { LocaleTables } from '../i18n/index.js';
import type { TextInput } from '../i18n/index.js';
import type { DimensionDefinition, ValueDefinition } from './define.js';

/** Any dimension definition, whatever its ids. */
export type AnyDimension = DimensionDefinition<string, readonly ValueDefinition[], boolean>;

/** The ids of the dimensions in a list of dimensions. */
export type DimensionIdOf<Dims extends readonly AnyDimension[]> = Dims[number]['id'];

/** The dimension with a given id in a list of dimensions. */
export type DimensionById<Dims extends readonly AnyDimension[], K extends string> = Extract<Dims[number], { readonly id: K }>;

/** The union of value ids of one dimension of a list of dimensions. */
export type ValueIdOf<Dims extends readonly AnyDimension[], K extends string> = DimensionById<Dims, K>['values'][number]['id'];

/** The ids of the ordered dimensions (those with a rank) in a list of dimensions. */
export type OrderedDimensionIdOf<Dims extends readonly AnyDimension[]> = Extract<Dims[number], { readonly ordered: true }>['id'];

/** A value a host adds to an existing dimension; for an ordered one, `after` places it just above an existing value (by default it becomes the highest); in one without an order, `after` is `not_ordered`. */
export interface AddedValue<Id extends string = string> extends ValueDefinition<Id> {
  /** For an ordered dimension: the existing value just below the new one. */
  readonly after?: string;
}

/** Per-value text overrides: `{ [dimension]: { [value]: { [locale]: text } } }`. */
export type TextOverrides<Dims extends readonly AnyDimension[]> = {
  readonly [K in DimensionIdOf<Dims>]?: {
    readonly [V in ValueIdOf<Dims, K>]?: Partial<TextInput> & { readonly [locale: string]: string | undefined };
  };
};

/** How a host extends a taxonomy: new dimensions, new values in existing ones, new locales, and label or description overrides. */
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
  /** Text tables by locale that the new taxonomy's texts and `toJSON` read: a locale module (`crm-taxonomy/locales/zh-Hans`) or a host's own; their tags join `locales`. */
  readonly texts?: LocaleTables | readonly LocaleTables[];
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

/** The dimensions of a taxonomy after an extension: existing ones with the added values, then the new ones. */
export type ExtendedDimensions<Dims extends readonly AnyDimension[], E> = readonly [
  ...{
    [I in keyof Dims]: Dims[I] extends AnyDimension ? WithAddedValues<Dims[I], AddedValuesFor<E, Dims[I]['id']>> : Dims[I];
  },
  ...(E extends { readonly dimensions: infer N extends readonly AnyDimension[] } ? N : readonly []),
];
