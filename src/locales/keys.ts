import type { BUILTIN_DIMENSIONS } from '../taxonomy/dimensions/index.js';

type KeysOf<D> = D extends { readonly id: infer I extends string; readonly values: readonly (infer V)[] }
  ? `taxonomy.${I}.${'label' | 'description'}` | (V extends { readonly id: infer VI extends string } ? `taxonomy.${I}.${VI}.${'label' | 'description'}` : never)
  : never;

/** The keys of the taxonomy's texts: a label and a description per built-in dimension and value. @internal */
export type TaxonomyTextKey = KeysOf<(typeof BUILTIN_DIMENSIONS)[number]>;

type BuiltinDimension = (typeof BUILTIN_DIMENSIONS)[number];

/** The taxonomy's texts of one locale by dimension: its label, its description, and each value's label and description. @internal */
export type BuiltinTexts = {
  readonly [D in BuiltinDimension as D['id']]: readonly [
    label: string,
    description: string,
    values: { readonly [V in D['values'][number] as V['id']]: readonly [label: string, description: string] },
  ];
};
