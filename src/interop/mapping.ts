import { inputError, isPlainRecord, isRecord, knownKeys, ownValue, type ErrorPath } from '../errors/index.js';
import { builtinIndex, type DimensionId, type DimensionValue } from '../taxonomy/builtin.js';

/** A partial customer profile: some built-in dimensions and their values, what another CRM's field can tell. */
export type InteropProfile = { readonly [K in DimensionId]?: DimensionValue<K> };

/**
 * A row of a mapping from another CRM's value to this taxonomy. `lossy` is `true` when the two do
 * not mean the same: the round trip does not give the value back, or one side says more than the
 * other (an evangelist is not yet loyal); `note` says why.
 */
export interface FromRow<V> {
  readonly value: V;
  readonly profile: InteropProfile;
  readonly lossy: boolean;
  readonly note: string;
}

/**
 * A row of a mapping from this taxonomy to another CRM's value: the first row whose `when` values
 * all match the profile applies. `value` is `null` where the other CRM has nothing to hold it.
 */
export interface ToRow<V> {
  readonly when: InteropProfile;
  readonly value: V | null;
  readonly lossy: boolean;
  readonly note: string;
}

/** What a `from…` mapping answers: the partial profile, whether the two values differ in meaning, and why. */
export interface FromResult {
  readonly profile: InteropProfile;
  readonly lossy: boolean;
  readonly note: string;
}

/** What a `to…` mapping answers: the other CRM's value (`null` when it has none), whether the two differ in meaning, and why. */
export interface ToResult<V> {
  readonly value: V | null;
  readonly lossy: boolean;
  readonly note: string;
}

/** A host's rows: they come before the built-in ones, so a host maps its own options and overrides ours. */
export interface HostRows<R> {
  readonly rows?: readonly R[];
}

/** A non-empty string (an option of another CRM). @internal */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A checked copy of a profile: its own values, each read once (`undefined` ones left out). */
function checkProfile(profile: unknown, path: ErrorPath): InteropProfile {
  if (!isRecord(profile)) throw inputError('invalid_argument', path, 'object', profile);
  const index = builtinIndex();
  const copy: Record<string, unknown> = {};
  for (const dimension of Object.keys(profile)) {
    const value = profile[dimension];
    if (value === undefined) continue;
    if (!index.byId.has(dimension)) throw inputError('invalid_argument', [...path, dimension], 'known_key', dimension, { allowed: [...index.byId.keys()] });
    const checked = index.check(dimension, value);
    if (!checked.ok) throw inputError('invalid_argument', [...path, dimension], 'one_of', value, { allowed: index.get(dimension).ids });
    copy[dimension] = value;
  }
  return copy as InteropProfile;
}

/**
 * A host's list at `path` (rows, a stage order): an array of at most `max` items, read once into a
 * dense copy (a hole is an `undefined` item, which the item's check refuses). `undefined`: none.
 * @internal
 */
export function hostRows(rows: unknown, path: ErrorPath, max = 10_000): unknown[] {
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) throw inputError('invalid_argument', path, 'array', rows);
  const n = rows.length;
  if (n > max) throw inputError('invalid_argument', path, 'array', rows, { max });
  return Array.from({ length: n }, (_, i): unknown => rows[i]);
}

/**
 * A host row's fields, each read once: `value`, the field `key` names (`profile`, `when`, `kind`),
 * and `lossy` and `note`, checked.
 * @internal
 */
export function hostRow(row: unknown, path: ErrorPath, key: string): { readonly value: unknown; readonly field: unknown; readonly lossy: boolean; readonly note: string } {
  if (!isRecord(row)) throw inputError('invalid_argument', path, 'object', row);
  const { value, [key]: field, lossy, note } = row;
  if (typeof lossy !== 'boolean') throw inputError('invalid_argument', [...path, 'lossy'], 'boolean', lossy);
  if (!isText(note)) throw inputError('invalid_argument', [...path, 'note'], 'non_empty_string', note);
  return { value, field, lossy, note };
}

/** The `rows` of a mapping call's options, read once; a key but `rows` and the call's `other` options is refused. @internal */
export function rowsOption(options: unknown, other: readonly string[] = []): unknown {
  if (options === undefined) return undefined;
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, ['rows', ...other], ['options']);
  return options.rows;
}

/** The table a call reads: the host's rows at `path` (checked copies) before the built-in ones. @internal */
export function fromRows<V>(builtin: readonly FromRow<V>[], rows: unknown, value: (v: unknown) => v is V, path: ErrorPath): readonly FromRow<V>[] {
  const host = hostRows(rows, path).map((row, i): FromRow<V> => {
    const r = hostRow(row, [...path, i], 'profile');
    if (!value(r.value)) throw inputError('invalid_argument', [...path, i, 'value'], 'non_empty_string', r.value);
    return { value: r.value, profile: checkProfile(r.field, [...path, i, 'profile']), lossy: r.lossy, note: r.note };
  });
  return host.length === 0 ? builtin : [...host, ...builtin];
}

/** The table a call reads: the host's `options.rows` (checked copies) before the built-in ones. @internal */
export function fromTable<V>(builtin: readonly FromRow<V>[], options: unknown, value: (v: unknown) => v is V, other: readonly string[] = []): readonly FromRow<V>[] {
  return fromRows(builtin, rowsOption(options, other), value, ['options', 'rows']);
}

/** The table a call reads: the host's `options.rows` (checked copies) before the built-in ones. @internal */
export function toTable<V>(builtin: readonly ToRow<V>[], options: unknown, value: (v: unknown) => v is V, other: readonly string[] = []): readonly ToRow<V>[] {
  const path = ['options', 'rows'];
  const host = hostRows(rowsOption(options, other), path).map((row, i): ToRow<V> => {
    const r = hostRow(row, [...path, i], 'when');
    if (r.value !== null && !value(r.value)) throw inputError('invalid_argument', [...path, i, 'value'], 'non_empty_string', r.value);
    return { when: checkProfile(r.field, [...path, i, 'when']), value: r.value, lossy: r.lossy, note: r.note };
  });
  return host.length === 0 ? builtin : [...host, ...builtin];
}

/**
 * The row for another CRM's value: `key` reads a row's value and the input the same way (trimmed,
 * case folded, …); `invalid_argument` with the allowed values when none matches.
 * @internal
 */
export function mapFrom<V>(table: readonly FromRow<V>[], input: unknown, key: (v: unknown) => string | undefined, path: ErrorPath): FromResult {
  const wanted = key(input);
  const row = wanted === undefined ? undefined : table.find((r) => key(r.value) === wanted);
  if (row === undefined) {
    const allowed = [...new Set(table.map((r) => key(r.value) ?? ''))];
    throw inputError('invalid_argument', path, 'one_of', input, { allowed });
  }
  return { profile: row.profile, lossy: row.lossy, note: row.note };
}

/** The mapping that reads another CRM's value back: its rows and how a value is matched. @internal */
export interface ReadBack<V> {
  readonly table: readonly FromRow<V>[];
  readonly key: (v: unknown) => string | undefined;
  /** The built-in rows it reads back: a host's own rows keep the `lossy` they say (their values are the host's). */
  readonly rows: readonly ToRow<V>[];
}

/**
 * The first row whose `when` values the profile holds; `invalid_argument` naming the dimensions it
 * needs when none does. With the mapping that reads the value back, `lossy` is for this profile:
 * `true` when reading the value back contradicts a value the profile holds (a row that reads only
 * `abc_class` writes `A（重点客户）` for an ordinary customer, which reads back as key), and `false`
 * for a built-in row marked lossy when it gives back every value it reads, and no other, as the
 * profile holds them, and the reading back loses nothing. A host's rows keep the `lossy` they say.
 * @internal
 */
export function mapTo<V>(table: readonly ToRow<V>[], profile: unknown, back?: ReadBack<V>): ToResult<V> {
  // A copy of the profile's own values, as checked: an inherited `status` or a getter's second answer is never read.
  const p = checkProfile(profile, ['profile']) as Readonly<Record<string, unknown>>;
  const row = table.find((r) => Object.entries(r.when).every(([d, v]) => ownValue(p, d) === v));
  if (row === undefined) {
    // No row takes the profile: name the value no row reads (`status: 'lost'` where the mapping
    // knows no lost customer), else the dimension a row needs and the profile lacks.
    const needed = [...new Set(table.flatMap((r) => Object.keys(r.when)))];
    const valuesOf = (d: string): string[] => [...new Set(table.flatMap((r) => (Object.hasOwn(r.when, d) ? [String((r.when as Readonly<Record<string, unknown>>)[d])] : [])))];
    const wrong = needed.find((d) => ownValue(p, d) !== undefined && !valuesOf(d).includes(String(ownValue(p, d))));
    if (wrong !== undefined) throw inputError('invalid_argument', ['profile', wrong], 'one_of', ownValue(p, wrong), { allowed: valuesOf(wrong) });
    const missing = needed.find((d) => ownValue(p, d) === undefined) ?? needed[0]!;
    throw inputError('invalid_argument', ['profile', missing], 'one_of', undefined, { allowed: valuesOf(missing) });
  }
  const wanted = back === undefined || row.value === null || !back.rows.includes(row) ? undefined : back.key(row.value);
  const read = wanted === undefined ? undefined : back!.table.find((r) => back!.key(r.value) === wanted);
  if (read === undefined) return { value: row.value, lossy: row.lossy, note: row.note };
  const readBack = read.profile as Readonly<Record<string, unknown>>;
  const differs = Object.keys(readBack).find((d) => ownValue(p, d) !== undefined && ownValue(p, d) !== readBack[d]);
  if (differs !== undefined) {
    // A lossy row's note says why already; a row that was not says what this profile loses.
    return { value: row.value, lossy: true, note: row.lossy ? row.note : `${row.note}; reads back as ${differs} ${String(readBack[differs])}, not ${String(ownValue(p, differs))}` };
  }
  // Exact: every value the row reads comes back, and nothing else does that the profile lacks.
  const exact = !read.lossy && Object.keys(row.when).every((d) => readBack[d] === ownValue(p, d)) && Object.keys(readBack).every((d) => ownValue(p, d) === readBack[d]);
  return { value: row.value, lossy: row.lossy && !exact, note: row.note };
}
