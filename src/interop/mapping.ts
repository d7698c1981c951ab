import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { isRecord } from '../relationship/internal.js';
import { taxonomy, type DimensionId, type DimensionValue } from '../taxonomy/index.js';

/**
 * A partial customer profile: some built-in dimensions and their values, what a mapping from
 * another CRM's field can tell.
 *
 * @example
 * ```ts
 * import type { InteropProfile } from 'crm-taxonomy/interop';
 *
 * const profile: InteropProfile = { status: 'current', loyalty: 'loyal' };
 * profile.status; //=> 'current'
 * ```
 */
export type InteropProfile = { readonly [K in DimensionId]?: DimensionValue<K> };

/**
 * A row of a mapping from another CRM's value to this taxonomy. `lossy` is `true` when mapping the
 * profile back does not give the same value (the round trip loses information); `note` says why.
 *
 * @example
 * ```ts
 * import type { FromRow } from 'crm-taxonomy/interop';
 *
 * const row: FromRow<'Hot'> = { value: 'Hot', profile: { purchase_intent: 'interested' }, lossy: false, note: 'Ready to buy' };
 * row.lossy; //=> false
 * ```
 */
export interface FromRow<V> {
  readonly value: V;
  readonly profile: InteropProfile;
  readonly lossy: boolean;
  readonly note: string;
}

/**
 * A row of a mapping from this taxonomy to another CRM's value: the first row whose `when` values
 * all match the profile applies. `lossy` is `true` when mapping the value back does not restore
 * the `when` values; `value` is `null` where the other CRM has nothing to hold it.
 *
 * @example
 * ```ts
 * import type { ToRow } from 'crm-taxonomy/interop';
 *
 * const row: ToRow<'Cold'> = { when: { purchase_intent: 'never' }, value: 'Cold', lossy: true, note: 'Cold also holds not_now' };
 * row.value; //=> 'Cold'
 * ```
 */
export interface ToRow<V> {
  readonly when: InteropProfile;
  readonly value: V | null;
  readonly lossy: boolean;
  readonly note: string;
}

/**
 * What a `from…` mapping answers: the partial profile, whether the round trip is lossy, and a note.
 *
 * @example
 * ```ts
 * import { fromSalesforceRating, type FromResult } from 'crm-taxonomy/interop';
 *
 * const result: FromResult = fromSalesforceRating('Hot');
 * result.profile; //=> { purchase_intent: 'interested' }
 * ```
 */
export interface FromResult {
  readonly profile: InteropProfile;
  readonly lossy: boolean;
  readonly note: string;
}

/**
 * What a `to…` mapping answers: the other CRM's value (`null` when it has none), whether the round
 * trip is lossy, and a note.
 *
 * @example
 * ```ts
 * import { toSalesforceRating, type ToResult } from 'crm-taxonomy/interop';
 *
 * const result: ToResult<string> = toSalesforceRating({ purchase_intent: 'never' });
 * [result.value, result.lossy]; //=> ['Cold', true]
 * ```
 */
export interface ToResult<V> {
  readonly value: V | null;
  readonly lossy: boolean;
  readonly note: string;
}

/** @internal */
export function mapFrom<V>(table: readonly FromRow<V>[], value: unknown, key: (v: V) => string, name: string, normalize: (v: unknown) => string | undefined = (v) => (typeof v === 'string' ? v : undefined)): FromResult {
  const wanted = normalize(value);
  const row = wanted === undefined ? undefined : table.find((r) => key(r.value) === wanted);
  if (row === undefined) {
    const allowed = table.map((r) => key(r.value));
    throw legacyError('invalid_value', `Unknown ${name} ${describeValue(value)}: expected one of ${allowed.join(', ')}`, {
      path: [name],
      details: { received: describeValue(value), allowed },
    });
  }
  return { profile: row.profile, lossy: row.lossy, note: row.note };
}

/** @internal */
export function mapTo<V>(table: readonly ToRow<V>[], profile: unknown, name: string): ToResult<V> {
  if (!isRecord(profile)) {
    throw legacyError('invalid_argument', `Expected a profile object to map to ${name}, received ${describeValue(profile)}`, { path: ['profile'] });
  }
  for (const [dimension, value] of Object.entries(profile)) {
    if (value !== undefined) taxonomy.parse(dimension as DimensionId, value);
  }
  const row = table.find((r) => Object.entries(r.when).every(([d, v]) => profile[d] === v));
  if (row === undefined) {
    const needed = [...new Set(table.flatMap((r) => Object.keys(r.when)))];
    throw legacyError('invalid_argument', `Cannot map this profile to ${name}: it needs one of ${needed.join(', ')}`, {
      path: ['profile'],
      details: { needed },
    });
  }
  return { value: row.value, lossy: row.lossy, note: row.note };
}
