import type { TextInput } from '../i18n/index.js';
import type { Assert, Equals } from '../shape/index.js';

/** One value of a dimension: its stable id, and for a host's values their texts. */
export interface ValueDefinition<Id extends string = string> {
  /** Stable snake_case id: what hosts store. Never changes once released. */
  readonly id: Id;
  /** A host value's label by locale (built-in values take theirs from the message tables). */
  readonly label?: TextInput;
  /** A host value's one-line description by locale. */
  readonly description?: TextInput;
}

/** The kind of a dimension: a classification axis (DOMAIN §1), a relationship model (§2) or a set of reason codes. */
export type DimensionKind = 'classification' | 'relationship' | 'reason';

/** The kinds a dimension may have, as a list for the core's check and the zod schema (the type above, every kind once). @internal */
export const DIMENSION_KINDS = ['classification', 'relationship', 'reason'] as const satisfies readonly DimensionKind[];

/** Every kind is in the list (a compile-time proof). */
type _KindsListed = Assert<Equals<(typeof DIMENSION_KINDS)[number], DimensionKind>>;

/**
 * A dimension as data: its id, kind, whether its values are ranked (`ordered`, listed from the
 * lowest rank to the highest) and its values. Built-in dimensions carry ids only (their texts are
 * in the message tables); a host's carry their texts inline. A taxonomy keeps a frozen copy of
 * these fields (and a value's `id`, `label`, `description`): other fields are left out.
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
  /** A host dimension's label by locale. */
  readonly label?: TextInput;
  /** A host dimension's one-line description by locale. */
  readonly description?: TextInput;
  /** The values; for an ordered dimension, from the lowest rank to the highest. */
  readonly values: Values;
}

/**
 * Declares a dimension, keeping every id as a literal type so the union of its values follows
 * from the data. Use it for a host's own dimension, then add it with `taxonomy.extend`.
 *
 * @example
 * ```ts
 * import { defineDimension, taxonomy, type ValueOf } from 'crm-taxonomy';
 *
 * const needs = defineDimension({
 *   id: 'needs',
 *   kind: 'classification',
 *   ordered: false,
 *   label: { en: 'Needs', 'zh-Hans': '需求' },
 *   values: [
 *     { id: 'savings', label: { en: 'Savings', 'zh-Hans': '储蓄型' } },
 *     { id: 'wealth', label: { en: 'Wealth', 'zh-Hans': '理财型' } },
 *   ],
 * });
 * type Need = ValueOf<typeof needs>; // 'savings' | 'wealth'
 * const bank = taxonomy.extend({ dimensions: [needs] });
 * bank.parse('needs', 'wealth'); //=> 'wealth'
 * bank.label('needs', 'wealth', 'zh-CN'); //=> '理财型'
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineDimension<const Id extends string, const Values extends readonly ValueDefinition[], const Ordered extends boolean>(
  definition: DimensionDefinition<Id, Values, Ordered>,
): DimensionDefinition<Id, readonly ValueDefinition<Values[number]['id']>[], Ordered> {
  return definition;
}

/** The ids of a dimension's values, in its order. @internal */
export const valueIds = <V extends string>(dimension: { readonly values: readonly { readonly id: V }[] }): V[] => dimension.values.map((v) => v.id);

/** The union of a dimension's value ids. */
export type ValueOf<D extends { readonly values: readonly { readonly id: string }[] }> = D['values'][number]['id'];
