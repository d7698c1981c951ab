import { inputError, isRecord, ownValue, type ErrorPath } from '../errors/index.js';
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

function checkProfile(profile: unknown, path: ErrorPath): InteropProfile {
  if (!isRecord(profile)) throw inputError('invalid_argument', path, 'object', profile);
  const index = builtinIndex();
  for (const dimension of Object.keys(profile)) {
    const value = profile[dimension];
    if (value === undefined) continue;
    if (!index.byId.has(dimension)) throw inputError('invalid_argument', [...path, dimension], 'known_key', dimension, { allowed: [...index.byId.keys()] });
    const checked = index.check(dimension, value);
    if (!checked.ok) throw inputError('invalid_argument', [...path, dimension], 'one_of', value, { allowed: index.get(dimension).ids });
  }
  return profile as InteropProfile;
}

function checkRow(row: unknown, path: ErrorPath): Readonly<Record<string, unknown>> {
  if (!isRecord(row)) throw inputError('invalid_argument', path, 'object', row);
  if (typeof row.lossy !== 'boolean') throw inputError('invalid_argument', [...path, 'lossy'], 'boolean', row.lossy);
  if (typeof row.note !== 'string' || row.note.length === 0) throw inputError('invalid_argument', [...path, 'note'], 'non_empty_string', row.note);
  return row;
}

function hostRows(options: unknown, path: ErrorPath): readonly unknown[] {
  if (options === undefined) return [];
  if (!isRecord(options)) throw inputError('invalid_argument', path, 'object', options);
  const rows = options.rows;
  if (rows === undefined) return [];
  if (!Array.isArray(rows)) throw inputError('invalid_argument', [...path, 'rows'], 'array', rows);
  if (rows.length > 10_000) throw inputError('invalid_argument', [...path, 'rows'], 'array', rows, { max: 10_000 });
  return rows;
}

/** The table a call reads: the host's rows (checked) before the built-in ones. @internal */
export function fromTable<V>(builtin: readonly FromRow<V>[], options: unknown, value: (v: unknown) => v is V): readonly FromRow<V>[] {
  const rows = hostRows(options, ['options']);
  if (rows.length === 0) return builtin;
  const checked = rows.map((row, i) => {
    const r = checkRow(row, ['options', 'rows', i]);
    if (!value(r.value)) throw inputError('invalid_argument', ['options', 'rows', i, 'value'], 'non_empty_string', r.value);
    checkProfile(r.profile, ['options', 'rows', i, 'profile']);
    return r as unknown as FromRow<V>;
  });
  return [...checked, ...builtin];
}

/** The table a call reads: the host's rows (checked) before the built-in ones. @internal */
export function toTable<V>(builtin: readonly ToRow<V>[], options: unknown, value: (v: unknown) => v is V): readonly ToRow<V>[] {
  const rows = hostRows(options, ['options']);
  if (rows.length === 0) return builtin;
  const checked = rows.map((row, i) => {
    const r = checkRow(row, ['options', 'rows', i]);
    if (r.value !== null && !value(r.value)) throw inputError('invalid_argument', ['options', 'rows', i, 'value'], 'non_empty_string', r.value);
    checkProfile(r.when, ['options', 'rows', i, 'when']);
    return r as unknown as ToRow<V>;
  });
  return [...checked, ...builtin];
}

/** A non-empty string (an option of another CRM). @internal */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

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

/** The first row whose `when` values the profile holds; `invalid_argument` naming the dimensions it needs when none does. @internal */
export function mapTo<V>(table: readonly ToRow<V>[], profile: unknown): ToResult<V> {
  const p = checkProfile(profile, ['profile']) as Readonly<Record<string, unknown>>;
  // Own fields only, as checkProfile read them: an inherited `status` was never checked.
  const row = table.find((r) => Object.entries(r.when).every(([d, v]) => ownValue(p, d) === v));
  if (row === undefined) {
    const needed = [...new Set(table.flatMap((r) => Object.keys(r.when)))];
    // The profile holds none of the dimensions (or values) the mapping reads.
    throw inputError('invalid_argument', ['profile'], 'one_of', Object.keys(p).filter((d) => p[d] !== undefined).join(', '), { allowed: needed });
  }
  return { value: row.value, lossy: row.lossy, note: row.note };
}
