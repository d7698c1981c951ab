import { CrmTaxonomyError, inputError, isRecord, knownParts, optionsRecord, type ErrorPath } from '../errors/index.js';
import { checkTextInput as checkText, checkTextTables, isLocaleTag, lookup, markHostWritten, readTextOptions, textContext, textTable, type Locale, type LocaleTables, type TextInput, type TextOptions } from '../i18n/index.js';
import { TAXONOMY_TEXTS } from '../locales/taxonomy.js';
import { isSnakeCase } from '../shape/formats.js';
import { WORDS } from '../locales/words.js';
import { DIMENSION_KINDS, type DimensionKind } from './define.js';
import { builtinIndex, keepsBuiltinValues } from './builtin.js';
import { indexDimensions, type SafeParseResult } from './index-of.js';
import type { SourceRef } from './provenance.js';
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

/** A value as listed by `list`: id, rank (ordered dimensions) and texts in one locale. */
export interface ListedValue<Id extends string = string> {
  readonly id: Id;
  /** 0 for the lowest value of an ordered dimension; absent for unordered ones. */
  readonly rank?: number;
  readonly label: string;
  readonly description: string;
}

/**
 * The whole taxonomy as a plain JSON document: what other CRMs read to adopt the ids. The
 * published `crm-taxonomy/taxonomy.json` is this document for the built-in taxonomy in its three
 * locales, with each entry's `source`; `toJSON()` leaves provenance out, so code that uses the
 * taxonomy does not carry it.
 */
export interface TaxonomyDocument {
  readonly locales: readonly string[];
  readonly dimensions: readonly {
    readonly id: string;
    readonly kind: DimensionKind;
    readonly ordered: boolean;
    readonly label: Readonly<Record<string, string>>;
    readonly description: Readonly<Record<string, string>>;
    /** Where the dimension comes from: in `crm-taxonomy/taxonomy.json`; `toJSON()` leaves it out. */
    readonly source?: readonly SourceRef[];
    readonly values: readonly {
      readonly id: string;
      readonly rank?: number;
      readonly label: Readonly<Record<string, string>>;
      readonly description: Readonly<Record<string, string>>;
      /** Where the value comes from: in `crm-taxonomy/taxonomy.json`; `toJSON()` leaves it out. */
      readonly source?: readonly SourceRef[];
    }[];
  }[];
}

/**
 * A set of dimensions with the helpers that work on every one of them: ids (`is`, `parse`,
 * `safeParse`), texts (`label`, `description`, `list`, in any locale), order (`rank`, `compare`,
 * `sort`, `next`, `previous`) and extension (`extend`). The built-in one is `taxonomy`; a host's
 * comes from `taxonomy.extend(…)`.
 */
export interface Taxonomy<Dims extends readonly AnyDimension[]> {
  /** The dimension definitions, in order. */
  readonly dimensions: Dims;
  /** The locales its texts are written in: English, then those added by `extend` (`locales`, `texts`). */
  readonly locales: readonly string[];
  /** Every text of the taxonomy by locale and key, for `message(…, { taxonomy })`. */
  readonly texts: readonly LocaleTables[];
  /** The definition of one dimension; throws `unknown_dimension` for an unknown id. */
  dimension<K extends DimensionIdOf<Dims>>(dimension: K): DimensionById<Dims, K>;
  /** Whether a dimension id exists. */
  hasDimension(dimension: unknown): dimension is DimensionIdOf<Dims>;
  /** The value ids of a dimension, lowest rank first for ordered dimensions. */
  ids<K extends DimensionIdOf<Dims>>(dimension: K): readonly ValueIdOf<Dims, K>[];
  /** Whether `value` is a value id of the dimension (a type guard). */
  is<K extends DimensionIdOf<Dims>>(dimension: K, value: unknown): value is ValueIdOf<Dims, K>;
  /** Returns `value` typed as a value of the dimension, or throws `invalid_value` listing the allowed values. */
  parse<K extends DimensionIdOf<Dims>>(dimension: K, value: unknown): ValueIdOf<Dims, K>;
  /** Like `parse`, returning `{ ok, value }` or `{ ok, error }` instead of throwing for a bad value (an unknown dimension still throws `unknown_dimension`). */
  safeParse<K extends DimensionIdOf<Dims>>(dimension: K, value: unknown): SafeParseResult<ValueIdOf<Dims, K>>;
  /** The label of a value in a locale (`en` by default; any tag negotiates, see `resolveLocale`), from the taxonomy's texts and any `texts` given. */
  label<K extends DimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>, options?: Locale | TextOptions): string;
  /** The one-line description of a value in a locale. */
  description<K extends DimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>, options?: Locale | TextOptions): string;
  /** The label of the dimension itself in a locale. */
  dimensionLabel(dimension: DimensionIdOf<Dims>, options?: Locale | TextOptions): string;
  /** Every value of a dimension with its texts in a locale. */
  list<K extends DimensionIdOf<Dims>>(dimension: K, options?: Locale | TextOptions): readonly ListedValue<ValueIdOf<Dims, K>>[];
  /** Whether a dimension is ordered (has ranks). */
  isOrdered(dimension: DimensionIdOf<Dims>): dimension is OrderedDimensionIdOf<Dims>;
  /** The rank of a value of an ordered dimension: 0 for the lowest. */
  rank<K extends OrderedDimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>): number;
  /** Negative when `a` ranks below `b`, positive above, 0 when equal. */
  compare<K extends OrderedDimensionIdOf<Dims>>(dimension: K, a: ValueIdOf<Dims, K>, b: ValueIdOf<Dims, K>): number;
  /** A sorted copy of values: highest first, or lowest first with `{ direction: 'ascending' }`. */
  sort<K extends OrderedDimensionIdOf<Dims>>(
    dimension: K,
    values: readonly ValueIdOf<Dims, K>[],
    options?: { readonly direction?: 'ascending' | 'descending' },
  ): ValueIdOf<Dims, K>[];
  /** The value one rank higher, or `undefined` at the top. */
  next<K extends OrderedDimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>): ValueIdOf<Dims, K> | undefined;
  /** The value one rank lower, or `undefined` at the bottom. */
  previous<K extends OrderedDimensionIdOf<Dims>>(dimension: K, value: ValueIdOf<Dims, K>): ValueIdOf<Dims, K> | undefined;
  /** A new taxonomy with the host's dimensions, values, locales and overrides; this one is unchanged. */
  extend<const E extends TaxonomyExtension<Dims>>(extension: E): Taxonomy<ExtendedDimensions<Dims, E>>;
  /** The taxonomy as a plain JSON document: ids, kinds, order and texts in its locales (provenance is in `crm-taxonomy/taxonomy.json`). */
  toJSON(): TaxonomyDocument;
}


type Code = 'invalid_definition' | 'invalid_extension';
type Value = AnyDimension['values'][number];

/** A host's inline text: its own entries read once into a frozen copy, then checked. */
function keptText(text: unknown, path: ErrorPath, code: Code): TextInput | undefined {
  const copy = isRecord(text) ? Object.freeze(Object.fromEntries(Object.entries(text))) : text;
  return checkText(copy, path, code);
}

/** The label and description of a host's dimension or value, checked and copied; absent ones stay absent. */
function keptTexts(definition: Readonly<Record<string, unknown>>, path: ErrorPath, code: Code): { label?: TextInput; description?: TextInput } {
  const label = keptText(definition.label, [...path, 'label'], code);
  const description = keptText(definition.description, [...path, 'description'], code);
  return { ...(label && { label }), ...(description && { description }) };
}

/** A host's value, checked (snake_case id not in `ids`, texts) and kept as a frozen copy of those fields; the caller reads `after`. */
function checkValue(value: unknown, path: ErrorPath, code: Code, ids: ReadonlySet<string>): Value {
  if (!isRecord(value)) throw inputError(code, path, 'object', value);
  const id = value.id;
  if (!isSnakeCase(id)) throw inputError(code, [...path, 'id'], 'snake_case', id);
  if (ids.has(id)) throw inputError(code, [...path, 'id'], 'unique', id);
  return Object.freeze({ id, ...keptTexts(value, path, code) });
}

/**
 * A host's dimension, checked and kept as a frozen copy of the fields `DimensionDefinition`
 * documents (each read once): no other field, no `toJSON`, nothing a later edit can change.
 */
function checkDimension(definition: unknown, at: number, code: Code): AnyDimension {
  const path: ErrorPath = ['dimensions', at];
  if (!isRecord(definition)) throw inputError(code, path, 'object', definition);
  const { id, kind, ordered } = definition;
  if (!isSnakeCase(id)) throw inputError(code, [...path, 'id'], 'snake_case', id);
  if (!(DIMENSION_KINDS as readonly unknown[]).includes(kind)) throw inputError(code, [...path, 'kind'], 'one_of', kind, { allowed: DIMENSION_KINDS });
  if (typeof ordered !== 'boolean') throw inputError(code, [...path, 'ordered'], 'boolean', ordered);
  const texts = keptTexts(definition, path, code);
  const given = definition.values;
  if (!Array.isArray(given)) throw inputError(code, [...path, 'values'], 'array', given);
  const seen = new Set<string>();
  const values: Value[] = [];
  // An index loop: a hole is a value that is not an object, not something to skip.
  for (let i = 0; i < given.length; i++) {
    const value = checkValue(given[i], [...path, 'values', i], code, seen);
    seen.add(value.id);
    values.push(value);
  }
  // A built-in id names the built-in dimension (extended or not), whose texts every table holds
  // under that id: a host's `status` of other values would read its labels and descriptions.
  const builtin = builtinIndex().byId.get(id)?.definition;
  if (builtin !== undefined && (builtin.kind !== kind || builtin.ordered !== ordered || !keepsBuiltinValues(id, values.map((v) => v.id)))) {
    throw inputError(code, [...path, 'id'], 'builtin_dimension', id);
  }
  return Object.freeze({ id, kind: kind as DimensionKind, ordered, ...texts, values: Object.freeze(values) });
}

/** A host's or a locale module's text tables, checked: locale tags to tables of strings (a host's own win over a call's `texts`). */
function checkTexts(texts: unknown): LocaleTables[] {
  const tables = checkTextTables(texts, ['texts'], 'invalid_extension', true);
  tables.forEach((t, i) => {
    for (const locale of Object.keys(t)) if (!isLocaleTag(locale)) throw extensionError(Array.isArray(texts) ? ['texts', i, locale] : ['texts', locale], 'locale', locale);
  });
  return tables;
}

type Overrides = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, string | undefined>>>> | undefined>>;
/** A text key (`taxonomy.<dimension>.<value>.label`) and its checked text by locale. */
type TextEntry = readonly [key: string, text: Readonly<Record<string, string | undefined>>];

/**
 * The texts a host wrote, as tables by locale (frozen), a later entry winning: inline texts of
 * what `dimensions` adds to `before` (a new dimension's own and every new value's: a value already
 * there keeps the texts earlier tables give it), then `overrides`.
 */
function hostTables(dimensions: readonly AnyDimension[], before: readonly AnyDimension[], overrides: readonly TextEntry[]): LocaleTables {
  // Absent texts are skipped by `textTable`.
  const entries: (readonly [string, TextInput | undefined])[] = [];
  const had = new Map(before.map((d) => [d.id, d.values] as const));
  for (const d of dimensions) {
    const old = had.get(d.id);
    if (old === d.values) continue;
    if (old === undefined) {
      entries.push([`taxonomy.${d.id}.label`, d.label], [`taxonomy.${d.id}.description`, d.description]);
    }
    const oldIds = new Set(old?.map((v) => v.id));
    for (const v of d.values) {
      if (oldIds.has(v.id)) continue;
      entries.push([`taxonomy.${d.id}.${v.id}.label`, v.label], [`taxonomy.${d.id}.${v.id}.description`, v.description]);
    }
  }
  // Every locale key here was checked as a tag: never `__proto__`.
  const tables = textTable([...entries, ...overrides]);
  Object.values(tables).forEach((t) => Object.freeze(t));
  return Object.freeze(markHostWritten(tables));
}

function extensionError(path: ErrorPath, expected: 'known_key' | 'unique' | 'locale', value: unknown, allowed?: readonly string[]): CrmTaxonomyError {
  return inputError('invalid_extension', path, expected, value, allowed === undefined ? {} : { allowed });
}

/** The parts of a {@link TaxonomyExtension}. */
const EXTENSION_KEYS = ['dimensions', 'values', 'locales', 'labels', 'descriptions', 'texts'];

function applyExtension(
  base: readonly AnyDimension[],
  baseLocales: readonly string[],
  extension: TaxonomyExtension<readonly AnyDimension[]>,
): { dimensions: AnyDimension[]; locales: string[]; overrides: TextEntry[] } {
  if (!isRecord(extension)) throw inputError('invalid_extension', [], 'object', extension);
  // A misspelt part (`value` for `values`) would extend nothing, silently.
  knownParts(extension, EXTENSION_KEYS, 'invalid_extension');
  const known = new Map(base.map((d) => [d.id, d] as const));
  // Each part read once: what is checked is what is used.
  const addedValues = (extension.values ?? {}) as Readonly<Record<string, readonly AddedValue[] | undefined>>;
  const labels = (extension.labels ?? {}) as Overrides;
  const descriptions = (extension.descriptions ?? {}) as Overrides;
  for (const [name, table] of [
    ['values', addedValues],
    ['labels', labels],
    ['descriptions', descriptions],
  ] as const) {
    if (!isRecord(table)) throw inputError('invalid_extension', [name], 'object', table);
    for (const key of Object.keys(table)) if (!known.has(key)) throw extensionError([name, key], 'known_key', key, [...known.keys()]);
  }
  const dimensions: AnyDimension[] = base.map((dimension) => {
    // Own entries only: a dimension called `constructor` is data, not Object.prototype's.
    const added = Object.hasOwn(addedValues, dimension.id) ? addedValues[dimension.id] : undefined;
    if (added === undefined) return dimension;
    if (!Array.isArray(added)) throw inputError('invalid_extension', ['values', dimension.id], 'array', added);
    // Linear in the values: ids in a set, and each `after` recorded, then placed in one pass.
    const appended: Value[] = [...dimension.values];
    const ids = new Set(appended.map((v) => v.id));
    const following = new Map<string, Value[]>();
    Array.from(added, (entry: unknown, i) => {
      const value = checkValue(entry, ['values', dimension.id, i], 'invalid_extension', ids);
      const after = (entry as AddedValue).after;
      if (after === undefined) appended.push(value);
      // `after` places a value in an order: a dimension without one has no place to give it.
      else if (!dimension.ordered) throw new CrmTaxonomyError('not_ordered', { dimension: dimension.id }, { path: ['values', dimension.id, i, 'after'] });
      else if (!ids.has(after)) throw extensionError(['values', dimension.id, i, 'after'], 'known_key', after, [...ids]);
      else {
        const list = following.get(after);
        if (list === undefined) following.set(after, [value]);
        else list.push(value);
      }
      ids.add(value.id);
    });
    // Each value, then what was placed after it, the latest placed first (as if inserted one by one).
    const values: Value[] = [];
    const stack: Value[] = [];
    for (const v of appended) {
      stack.push(v);
      while (stack.length > 0) {
        const x = stack.pop()!;
        values.push(x);
        for (const y of following.get(x.id) ?? []) stack.push(y);
      }
    }
    return Object.freeze({ ...dimension, values: Object.freeze(values) });
  });
  const newDimensions = extension.dimensions ?? [];
  if (!Array.isArray(newDimensions)) throw inputError('invalid_extension', ['dimensions'], 'array', newDimensions);
  Array.from(newDimensions, (added: unknown, i) => {
    const checked = checkDimension(added, i, 'invalid_extension');
    if (known.has(checked.id)) throw extensionError(['dimensions', i, 'id'], 'unique', checked.id);
    known.set(checked.id, checked);
    dimensions.push(checked);
  });
  const locales = [...baseLocales];
  const extra = extension.locales ?? [];
  if (!Array.isArray(extra)) throw inputError('invalid_extension', ['locales'], 'array', extra);
  Array.from(extra, (locale: unknown, i) => {
    if (!isLocaleTag(locale)) throw extensionError(['locales', i], 'locale', locale);
    if (!locales.includes(locale)) locales.push(locale);
  });
  return { dimensions, locales, overrides: checkOverrides(dimensions, { labels, descriptions }) };
}

/** Checks label and description overrides against the dimensions; returns their texts, copied as checked. */
function checkOverrides(dimensions: readonly AnyDimension[], overrides: { readonly labels: Overrides; readonly descriptions: Overrides }): TextEntry[] {
  const ids = new Map(dimensions.map((d) => [d.id, new Set(d.values.map((v) => v.id))] as const));
  const entries: TextEntry[] = [];
  for (const [name, field] of [
    ['labels', 'label'],
    ['descriptions', 'description'],
  ] as const) {
    for (const [dimension, values] of Object.entries(overrides[name])) {
      if (!isRecord(values)) throw inputError('invalid_extension', [name, dimension], 'object', values);
      // A known dimension: `applyExtension` checked the keys of both tables.
      const known = ids.get(dimension)!;
      for (const [value, text] of Object.entries(values)) {
        if (!known.has(value)) throw extensionError([name, dimension, value], 'known_key', value, [...known]);
        if (!isRecord(text)) throw inputError('invalid_extension', [name, dimension, value], 'object', text);
        const texts = Object.entries(text);
        for (const [locale, t] of texts) {
          // A locale tag, never `__proto__`: the texts are copied into tables by locale.
          if (!isLocaleTag(locale)) throw extensionError([name, dimension, value, locale], 'locale', locale);
          if (t !== undefined && (typeof t !== 'string' || t === '')) throw inputError('invalid_extension', [name, dimension, value, locale], 'non_empty_string', t);
        }
        entries.push([`taxonomy.${dimension}.${value}.${field}`, Object.fromEntries(texts)]);
      }
    }
  }
  return entries;
}

/** A taxonomy over dimensions already checked and kept as frozen copies (by `checkDimension`, or `applyExtension`). */
function build<Dims extends readonly AnyDimension[]>(given: Dims, locales: readonly string[], givenTexts: readonly LocaleTables[]): Taxonomy<Dims> {
  const dimensions = Object.freeze([...given]) as unknown as Dims;
  const texts = Object.freeze([...givenTexts]);
  const index = indexDimensions(dimensions);
  const allLocales = Object.freeze([...locales]);
  const text = (key: string, options: Locale | TextOptions | undefined, fallback: string): string => lookup(textContext(readTextOptions(options), texts), key) ?? fallback;
  const valueText = (dimension: unknown, value: unknown, field: 'label' | 'description', locale: Locale | TextOptions | undefined): string => {
    const result = index.check(dimension, value);
    if (!result.ok) throw result.error;
    return text(`taxonomy.${String(dimension)}.${result.value}.${field}`, locale, field === 'label' ? result.value : '');
  };
  const self: Taxonomy<readonly AnyDimension[]> = {
    dimensions,
    locales: allLocales,
    texts,
    dimension: (dimension) => index.get(dimension).definition as never,
    hasDimension: (dimension): dimension is string => typeof dimension === 'string' && index.byId.has(dimension),
    ids: (dimension) => index.get(dimension).ids,
    is: (dimension, value): value is string => index.check(dimension, value).ok,
    parse: (dimension, value) => {
      const result = index.check(dimension, value);
      if (!result.ok) throw result.error;
      return result.value;
    },
    safeParse: (dimension, value) => index.check(dimension, value),
    label: (dimension, value, locale) => valueText(dimension, value, 'label', locale),
    description: (dimension, value, locale) => valueText(dimension, value, 'description', locale),
    dimensionLabel: (dimension, locale) => text(`taxonomy.${index.get(dimension).definition.id}.label`, locale, String(dimension)),
    list: (dimension, locale) => {
      const found = index.get(dimension);
      const id = found.definition.id;
      return found.ids.map((v, i) => ({
        id: v,
        ...(found.definition.ordered ? { rank: i } : {}),
        label: text(`taxonomy.${id}.${v}.label`, locale, v),
        description: text(`taxonomy.${id}.${v}.description`, locale, ''),
      }));
    },
    isOrdered: ((dimension: string) => index.get(dimension).definition.ordered) as never,
    rank: (dimension, value) => index.rank(dimension, value),
    compare: (dimension, a, b) => index.rank(dimension, a) - index.rank(dimension, b),
    sort: (dimension, values, options) => {
      const o = optionsRecord(options, ['direction']);
      const { direction } = o;
      if (direction !== undefined && direction !== 'ascending' && direction !== 'descending') {
        throw inputError('invalid_argument', ['options', 'direction'], 'one_of', direction, { allowed: ['ascending', 'descending'] });
      }
      const sign = direction === 'ascending' ? 1 : -1;
      if (!Array.isArray(values)) throw inputError('invalid_argument', ['values'], 'array', values);
      // The dimension is checked (known, ordered) whatever the list holds, an empty one included.
      index.ordered(dimension);
      // An index loop: a hole is a value that is not one, not something to skip.
      return Array.from(values, (v) => [v, index.rank(dimension, v)] as const)
        .sort((x, y) => sign * (x[1] - y[1]))
        .map(([v]) => v);
    },
    next: (dimension, value) => index.ordered(dimension).ids[index.rank(dimension, value) + 1],
    previous: (dimension, value) => {
      const r = index.rank(dimension, value);
      return r === 0 ? undefined : index.ordered(dimension).ids[r - 1];
    },
    extend: (extension) => {
      const { dimensions: extended, locales: extendedLocales, overrides } = applyExtension(dimensions, allLocales, extension);
      // Newer first: what this extension adds and overrides, its texts, then this taxonomy's tables.
      const added = hostTables(extended, dimensions, overrides);
      const tables = checkTexts(extension.texts);
      const locales = [...new Set([...extendedLocales, ...[added, ...tables].flatMap((t) => Object.keys(t))])];
      return build(extended, locales, [added, ...tables, ...texts]) as never;
    },
    toJSON: () => {
      const textsOf = (key: string): Record<string, string> => {
        const out: Record<string, string> = {};
        for (const locale of allLocales) {
          const t = lookup({ chain: [locale], tables: texts }, key);
          if (t !== undefined) out[locale] = t;
        }
        return out;
      };
      return {
        locales: allLocales,
        dimensions: dimensions.map((d) => {
          return {
            id: d.id,
            kind: d.kind,
            ordered: d.ordered,
            label: textsOf(`taxonomy.${d.id}.label`),
            description: textsOf(`taxonomy.${d.id}.description`),
            values: d.values.map((v, i) => ({
              id: v.id,
              ...(d.ordered ? { rank: i } : {}),
              label: textsOf(`taxonomy.${d.id}.${v.id}.label`),
              description: textsOf(`taxonomy.${d.id}.${v.id}.description`),
            })),
          };
        }),
      };
    },
  };
  return Object.freeze(self) as unknown as Taxonomy<Dims>;
}

/**
 * Builds a {@link Taxonomy} from dimension definitions, checking them once (snake_case ids, no
 * duplicates, texts with an English entry) and keeping frozen copies of the fields
 * `DimensionDefinition` and `ValueDefinition` document: any other field is left out. A built-in
 * dimension's id (`status`) names that dimension, whose texts every locale holds under it: a
 * definition under it must be the built-in one, of the same kind and order, with all its values
 * in their order and any of its own among them (`invalid_definition`, expected
 * `builtin_dimension`, otherwise). Most hosts start from
 * the built-in `taxonomy` and `extend` it instead.
 *
 * @example
 * ```ts
 * import { BUILTIN_DIMENSIONS, createTaxonomy } from 'crm-taxonomy';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * const small = createTaxonomy(BUILTIN_DIMENSIONS.filter((d) => d.kind === 'relationship'));
 * small.dimensions.map((d) => d.id); //=> ['kotler_level', 'b2b_relationship', 'bond_layer', 'patronage_level']
 * small.label('kotler_level', 'partnership', { locale: 'zh-TW', texts: zhHant }); //=> '夥伴型'
 * ```
 */
export function createTaxonomy<const Dims extends readonly AnyDimension[]>(dimensions: Dims): Taxonomy<Dims> {
  if (!Array.isArray(dimensions)) throw inputError('invalid_definition', ['dimensions'], 'array', dimensions);
  const seen = new Set<string>();
  const kept: AnyDimension[] = [];
  for (let i = 0; i < dimensions.length; i++) {
    const checked = checkDimension(dimensions[i], i, 'invalid_definition');
    if (seen.has(checked.id)) throw inputError('invalid_definition', ['dimensions', i, 'id'], 'unique', checked.id);
    seen.add(checked.id);
    kept.push(checked);
  }
  // The locales whose texts it holds: English, and those the definitions write (the locale modules join through `extend({ texts })`).
  const own = hostTables(kept, [], []);
  return build(kept as unknown as Dims, [...new Set(['en', ...Object.keys(own)])], [own, TAXONOMY_TEXTS, WORDS]);
}
