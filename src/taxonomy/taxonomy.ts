import { CrmTaxonomyError, describeValue } from '../errors.js';
import { BUILTIN_LOCALES, pickText, resolveLocale, type Locale, type TextInput } from '../i18n/locale.js';
import type { DimensionKind, SourceRef, ValueDefinition } from './define.js';
import type {
  AddedValue,
  AnyDimension,
  DimensionById,
  DimensionIdOf,
  ExtendedDimensions,
  OrderedDimensionIdOf,
  TaxonomyExtension,
  ValueIdOf,
} from './types.js';

/**
 * The result of {@link Taxonomy.safeParse}: the value, or the error `parse` would have thrown.
 *
 * @example
 * ```ts
 * import { safeParse } from 'crm-taxonomy';
 *
 * safeParse('value_tier', 'vip'); //=> { success: true, data: 'vip' }
 * safeParse('value_tier', 'gold').success; //=> false
 * ```
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: CrmTaxonomyError };

/**
 * A value as listed by {@link Taxonomy.list}: id, rank (ordered dimensions), and texts in one locale.
 *
 * @example
 * ```ts
 * import { list } from 'crm-taxonomy';
 *
 * list('value_tier', 'en')[2]; //=> { id: 'vip', rank: 2, label: 'VIP customer' }
 * ```
 */
export interface ListedValue<Id extends string = string> {
  readonly id: Id;
  /** 0 for the lowest value of an ordered dimension; absent for unordered ones. */
  readonly rank?: number;
  readonly label: string;
  readonly description: string;
}

/**
 * The whole taxonomy as a plain JSON document: what other CRMs (in any language) read to adopt
 * the ids. The build writes it to `crm-taxonomy/taxonomy.json`, with its JSON Schema beside it.
 *
 * @example
 * ```ts
 * import { taxonomy } from 'crm-taxonomy';
 *
 * const document = taxonomy.toJSON();
 * document.locales; //=> ['en', 'zh-Hans', 'zh-Hant']
 * document.dimensions.find((d) => d.id === 'loyalty')?.values[3]?.id; //=> 'loyal'
 * ```
 */
export interface TaxonomyDocument {
  readonly locales: readonly string[];
  readonly dimensions: readonly {
    readonly id: string;
    readonly kind: DimensionKind;
    readonly ordered: boolean;
    readonly label: Readonly<Record<string, string>>;
    readonly description: Readonly<Record<string, string>>;
    readonly source: readonly SourceRef[];
    readonly values: readonly {
      readonly id: string;
      readonly rank?: number;
      readonly label: Readonly<Record<string, string>>;
      readonly description: Readonly<Record<string, string>>;
      readonly source: readonly SourceRef[];
    }[];
  }[];
}

interface DimensionIndex {
  readonly definition: AnyDimension;
  readonly ids: readonly string[];
  readonly rankOf: ReadonlyMap<string, number>;
  readonly byId: ReadonlyMap<string, ValueDefinition>;
}

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * A set of dimensions with the helpers that work on every one of them: validation (`is`,
 * `parse`, `safeParse`), texts (`label`, `description`, `list`), order (`rank`, `compare`,
 * `sort`, `next`, `previous`) and extension (`extend`). The built-in one is {@link taxonomy}; the
 * root functions (`parse`, `label`, …) are its methods.
 *
 * @typeParam Dims - the dimensions, as literal types: every method's argument and result types follow them.
 * @example
 * ```ts
 * import { taxonomy } from 'crm-taxonomy';
 *
 * taxonomy.label('loyalty', 'loyal', 'zh-Hant'); //=> '忠誠客戶'
 * taxonomy.next('value_tier', 'key'); //=> 'vip'
 * ```
 */
export interface Taxonomy<Dims extends readonly AnyDimension[]> {
  /** The dimension definitions, in order. */
  readonly dimensions: Dims;
  /** The locales texts are available in (built-in ones first). */
  readonly locales: readonly string[];
  /** The definition of one dimension; throws `unknown_dimension` for an unknown id. */
  dimension<K extends DimensionIdOf<Dims>>(dimension: K): DimensionById<Dims, K>;
  /** Whether a dimension id exists. */
  hasDimension(dimension: unknown): dimension is DimensionIdOf<Dims>;
  /** The value ids of a dimension, lowest rank first for ordered dimensions. */
  ids<K extends DimensionIdOf<Dims>>(dimension: K): readonly ValueIdOf<Dims, K>[];
  /** Whether `value` is a value id of the dimension (a type guard). */
  is<K extends DimensionIdOf<Dims>>(dimension: K, value: unknown): value is ValueIdOf<Dims, K>;
  /** Returns `value` typed as a value of the dimension, or throws `invalid_value` / `not_a_string` listing the allowed values. */
  parse<K extends DimensionIdOf<Dims>>(dimension: K, value: unknown): ValueIdOf<Dims, K>;
  /** Like `parse`, returning `{ success, data }` or `{ success, error }` instead of throwing. */
  safeParse<K extends DimensionIdOf<Dims>>(dimension: K, value: unknown): SafeParseResult<ValueIdOf<Dims, K>>;
  /** The label of a value in a locale (`en` by default), with fallback (`zh-TW` → `zh-Hant`). */
  label<K extends DimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>, locale?: Locale): string;
  /** The one-line description of a value in a locale. */
  description<K extends DimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>, locale?: Locale): string;
  /** The label of the dimension itself in a locale. */
  dimensionLabel(dimension: DimensionIdOf<Dims>, locale?: Locale): string;
  /** Every value of a dimension with its texts in a locale. */
  list<K extends DimensionIdOf<Dims>>(dimension: K, locale?: Locale): readonly ListedValue<ValueIdOf<Dims, K>>[];
  /** Whether a dimension is ordered (has ranks). */
  isOrdered(dimension: DimensionIdOf<Dims>): dimension is OrderedDimensionIdOf<Dims>;
  /** The rank of a value of an ordered dimension: 0 for the lowest. */
  rank<K extends OrderedDimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>): number;
  /** Negative when `a` ranks below `b`, positive above, 0 when equal: a comparator for `Array.prototype.sort`. */
  compare<K extends OrderedDimensionIdOf<Dims>>(dimension: K, a: ValueIdOf<Dims, K>, b: ValueIdOf<Dims, K>): number;
  /** A sorted copy of values: `'descending'` (highest first, the default) or `'ascending'`. */
  sort<K extends OrderedDimensionIdOf<Dims>>(
    dimension: K,
    values: readonly ValueIdOf<Dims, K>[],
    direction?: 'ascending' | 'descending',
  ): ValueIdOf<Dims, K>[];
  /** The value one rank higher, or `undefined` at the top. */
  next<K extends OrderedDimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>): ValueIdOf<Dims, K> | undefined;
  /** The value one rank lower, or `undefined` at the bottom. */
  previous<K extends OrderedDimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>): ValueIdOf<Dims, K> | undefined;
  /** A new taxonomy with the host's dimensions, values, locales and overrides; this one is unchanged. */
  extend<const E extends TaxonomyExtension<Dims>>(extension: E): Taxonomy<ExtendedDimensions<Dims, E>>;
  /** The taxonomy as a plain JSON document. */
  toJSON(): TaxonomyDocument;
}

function invalidDefinition(message: string, path: readonly (string | number)[]): CrmTaxonomyError {
  return new CrmTaxonomyError('invalid_definition', message, { path });
}

function checkText(text: unknown, path: readonly (string | number)[]): void {
  if (typeof text !== 'object' || text === null || typeof (text as TextInput).en !== 'string') {
    throw invalidDefinition(`${path.join('.')} must be a text with at least an "en" entry`, path);
  }
  for (const [locale, value] of Object.entries(text)) {
    if (typeof value !== 'string' || value.length === 0) {
      throw invalidDefinition(`${path.join('.')}.${locale} must be a non-empty string`, [...path, locale]);
    }
  }
}

function indexDimension(definition: AnyDimension, at: number): DimensionIndex {
  const path = ['dimensions', at];
  if (typeof definition.id !== 'string' || !SNAKE_CASE.test(definition.id)) {
    throw invalidDefinition(`Dimension ids must be snake_case ASCII, received ${describeValue(definition.id)}`, [...path, 'id']);
  }
  checkText(definition.label, [...path, 'label']);
  checkText(definition.description, [...path, 'description']);
  const byId = new Map<string, ValueDefinition>();
  const rankOf = new Map<string, number>();
  definition.values.forEach((value, i) => {
    if (typeof value.id !== 'string' || !SNAKE_CASE.test(value.id)) {
      throw invalidDefinition(
        `Value ids must be snake_case ASCII, received ${describeValue(value.id)} in ${definition.id}`,
        [...path, 'values', i, 'id'],
      );
    }
    if (byId.has(value.id)) {
      throw invalidDefinition(`Duplicate value id "${value.id}" in ${definition.id}`, [...path, 'values', i, 'id']);
    }
    checkText(value.label, [...path, 'values', i, 'label']);
    checkText(value.description, [...path, 'values', i, 'description']);
    byId.set(value.id, value);
    rankOf.set(value.id, i);
  });
  return { definition, ids: definition.values.map((v) => v.id), rankOf, byId };
}

function mergeText(base: TextInput, override: Readonly<Record<string, string | undefined>> | undefined): TextInput {
  if (override === undefined) return base;
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) merged[k] = v;
  for (const [k, v] of Object.entries(override)) if (v !== undefined) merged[k] = v;
  return merged as unknown as TextInput;
}

function plainText(text: TextInput): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(text)) if (v !== undefined) out[k] = v;
  return out;
}

type OverrideTable = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string | undefined>>>> | undefined>>;

function applyExtension(
  base: readonly AnyDimension[],
  baseLocales: readonly string[],
  extension: TaxonomyExtension<readonly AnyDimension[]>,
): { dimensions: AnyDimension[]; locales: string[] } {
  if (typeof extension !== 'object' || extension === null) {
    throw new CrmTaxonomyError('invalid_extension', 'An extension must be an object', { path: [] });
  }
  const known = new Map(base.map((d) => [d.id, d] as const));
  const addedValues = (extension.values ?? {}) as Readonly<Record<string, readonly AddedValue[] | undefined>>;
  const labels = (extension.labels ?? {}) as OverrideTable;
  const descriptions = (extension.descriptions ?? {}) as OverrideTable;
  for (const [table, name] of [
    [addedValues, 'values'],
    [labels, 'labels'],
    [descriptions, 'descriptions'],
  ] as const) {
    for (const key of Object.keys(table)) {
      if (!known.has(key)) {
        throw new CrmTaxonomyError(
          'invalid_extension',
          `extension.${name} names an unknown dimension "${key}"; known dimensions are ${[...known.keys()].join(', ')}`,
          { path: [name, key], details: { allowed: [...known.keys()] } },
        );
      }
    }
  }
  const dimensions: AnyDimension[] = base.map((dimension) => {
    let values: ValueDefinition[] = [...dimension.values];
    for (const [i, added] of (addedValues[dimension.id] ?? []).entries()) {
      const { after, ...value } = added;
      if (after === undefined) {
        values.push(value);
        continue;
      }
      const position = values.findIndex((v) => v.id === after);
      if (position < 0) {
        throw new CrmTaxonomyError(
          'invalid_extension',
          `extension.values.${dimension.id}[${i}].after names an unknown value "${after}"`,
          { path: ['values', dimension.id, i, 'after'], details: { allowed: values.map((v) => v.id) } },
        );
      }
      values = [...values.slice(0, position + 1), value, ...values.slice(position + 1)];
    }
    const labelOverrides = labels[dimension.id];
    const descriptionOverrides = descriptions[dimension.id];
    if (labelOverrides !== undefined || descriptionOverrides !== undefined) {
      const ids = new Set(values.map((v) => v.id));
      for (const [table, name] of [
        [labelOverrides, 'labels'],
        [descriptionOverrides, 'descriptions'],
      ] as const) {
        for (const id of Object.keys(table ?? {})) {
          if (!ids.has(id)) {
            throw new CrmTaxonomyError(
              'invalid_extension',
              `extension.${name}.${dimension.id} names an unknown value "${id}"`,
              { path: [name, dimension.id, id], details: { allowed: [...ids] } },
            );
          }
        }
      }
      values = values.map((v) => ({
        ...v,
        label: mergeText(v.label, labelOverrides?.[v.id]),
        description: mergeText(v.description, descriptionOverrides?.[v.id]),
      }));
    }
    return values === dimension.values ? dimension : { ...dimension, values };
  });
  for (const added of extension.dimensions ?? []) {
    if (known.has(added.id)) {
      throw new CrmTaxonomyError('invalid_extension', `Dimension "${added.id}" already exists; add values to it instead`, {
        path: ['dimensions', added.id],
      });
    }
    known.set(added.id, added);
    dimensions.push(added);
  }
  const locales = [...baseLocales];
  for (const locale of extension.locales ?? []) {
    if (typeof locale !== 'string' || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale)) {
      throw new CrmTaxonomyError('invalid_extension', `Locales must be BCP 47 tags, received ${describeValue(locale)}`, {
        path: ['locales'],
      });
    }
    if (!locales.includes(locale)) locales.push(locale);
  }
  return { dimensions, locales };
}

/**
 * Builds a {@link Taxonomy} from dimension definitions, checking them once (snake_case ids, no
 * duplicates, an English text everywhere). Most hosts start from the built-in {@link taxonomy}
 * and `extend` it instead.
 *
 * @param dimensions - the dimension definitions, usually from `defineDimension`.
 * @param locales - the locales texts are written in (the built-in three by default).
 * @example
 * ```ts
 * import { createTaxonomy, loyalty, valueTier } from 'crm-taxonomy';
 *
 * const small = createTaxonomy([loyalty, valueTier]);
 * small.ids('value_tier'); //=> ['ordinary', 'key', 'vip']
 * ```
 */
export function createTaxonomy<const Dims extends readonly AnyDimension[]>(
  dimensions: Dims,
  locales: readonly string[] = BUILTIN_LOCALES,
): Taxonomy<Dims> {
  const index = new Map<string, DimensionIndex>();
  dimensions.forEach((definition, i) => {
    if (index.has(definition.id)) {
      throw invalidDefinition(`Duplicate dimension id "${definition.id}"`, ['dimensions', i, 'id']);
    }
    index.set(definition.id, indexDimension(definition, i));
  });
  const allLocales = [...locales];

  const get = (dimension: unknown): DimensionIndex => {
    const found = typeof dimension === 'string' ? index.get(dimension) : undefined;
    if (found === undefined) {
      throw new CrmTaxonomyError(
        'unknown_dimension',
        `Unknown dimension ${describeValue(dimension)}; dimensions are ${[...index.keys()].join(', ')}`,
        { path: ['dimension'], details: { received: describeValue(dimension), allowed: [...index.keys()] } },
      );
    }
    return found;
  };
  const getOrdered = (dimension: unknown): DimensionIndex => {
    const found = get(dimension);
    if (!found.definition.ordered) {
      throw new CrmTaxonomyError('not_ordered', `Dimension "${found.definition.id}" has no order: its values cannot be ranked`, {
        path: ['dimension'],
        details: { dimension: found.definition.id },
      });
    }
    return found;
  };
  const check = (dimension: unknown, value: unknown): SafeParseResult<string> => {
    const found = get(dimension);
    const id = found.definition.id;
    if (typeof value !== 'string') {
      return {
        success: false,
        error: new CrmTaxonomyError(
          'not_a_string',
          `Expected a ${id} id (one of ${found.ids.join(', ')}), received ${describeValue(value)}`,
          { path: [id], details: { dimension: id, received: describeValue(value), allowed: found.ids } },
        ),
      };
    }
    if (!found.rankOf.has(value)) {
      return {
        success: false,
        error: new CrmTaxonomyError(
          'invalid_value',
          `Invalid ${id} ${describeValue(value)}: expected one of ${found.ids.join(', ')}`,
          { path: [id], details: { dimension: id, received: value, allowed: found.ids } },
        ),
      };
    }
    return { success: true, data: value };
  };
  const valueOf = (dimension: unknown, value: unknown): { found: DimensionIndex; def: ValueDefinition } => {
    const result = check(dimension, value);
    if (!result.success) throw result.error;
    const found = get(dimension);
    return { found, def: found.byId.get(result.data) as ValueDefinition };
  };
  const rankOf = (dimension: unknown, value: unknown): number => {
    const found = getOrdered(dimension);
    const result = check(dimension, value);
    if (!result.success) throw result.error;
    return found.rankOf.get(result.data) as number;
  };
  const locale = (requested: Locale | undefined): string => resolveLocale(requested ?? 'en', allLocales);

  const self: Taxonomy<readonly AnyDimension[]> = {
    dimensions,
    locales: allLocales,
    dimension: (dimension) => get(dimension).definition as never,
    hasDimension: (dimension): dimension is string => typeof dimension === 'string' && index.has(dimension),
    ids: (dimension) => get(dimension).ids,
    is: (dimension, value): value is string => check(dimension, value).success,
    parse: (dimension, value) => {
      const result = check(dimension, value);
      if (!result.success) throw result.error;
      return result.data as never;
    },
    safeParse: (dimension, value) => check(dimension, value) as never,
    label: (dimension, value, requested) => {
      const resolved = locale(requested);
      return pickText(valueOf(dimension, value).def.label, resolved);
    },
    description: (dimension, value, requested) => {
      const resolved = locale(requested);
      return pickText(valueOf(dimension, value).def.description, resolved);
    },
    dimensionLabel: (dimension, requested) => pickText(get(dimension).definition.label, locale(requested)),
    list: (dimension, requested) => {
      const resolved = locale(requested);
      const found = get(dimension);
      return found.definition.values.map((v, i) => ({
        id: v.id,
        ...(found.definition.ordered ? { rank: i } : {}),
        label: pickText(v.label, resolved),
        description: pickText(v.description, resolved),
      })) as never;
    },
    isOrdered: ((dimension: string) => get(dimension).definition.ordered) as never,
    rank: (dimension, value) => rankOf(dimension, value),
    compare: (dimension, a, b) => rankOf(dimension, a) - rankOf(dimension, b),
    sort: (dimension, values, direction = 'descending') => {
      const sign = direction === 'ascending' ? 1 : -1;
      return values
        .map((v) => [v, rankOf(dimension, v)] as const)
        .sort((x, y) => sign * (x[1] - y[1]))
        .map(([v]) => v);
    },
    next: (dimension, value) => getOrdered(dimension).ids[rankOf(dimension, value) + 1] as never,
    previous: (dimension, value) => {
      const rank = rankOf(dimension, value);
      return (rank === 0 ? undefined : getOrdered(dimension).ids[rank - 1]) as never;
    },
    extend: (extension) => {
      const { dimensions: extended, locales: extendedLocales } = applyExtension(dimensions, allLocales, extension);
      return createTaxonomy(extended, extendedLocales) as never;
    },
    toJSON: () => ({
      locales: allLocales,
      dimensions: dimensions.map((d) => ({
        id: d.id,
        kind: d.kind,
        ordered: d.ordered,
        label: plainText(d.label),
        description: plainText(d.description),
        source: d.source ?? [],
        values: d.values.map((v, i) => ({
          id: v.id,
          ...(d.ordered ? { rank: i } : {}),
          label: plainText(v.label),
          description: plainText(v.description),
          source: v.source ?? [],
        })),
      })),
    }),
  };
  return self as unknown as Taxonomy<Dims>;
}
