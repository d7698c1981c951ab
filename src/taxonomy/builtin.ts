import { BUILTIN_DIMENSIONS } from './dimensions/index.js';
import { indexDimensions, type DimensionIndex, type SafeParseResult } from './index-of.js';
import type { DimensionIdOf, OrderedDimensionIdOf, ValueIdOf } from './types.js';

/** The id of a built-in dimension. */
export type DimensionId = DimensionIdOf<typeof BUILTIN_DIMENSIONS>;

/** The id of a built-in dimension whose values are ranked. */
export type OrderedDimensionId = OrderedDimensionIdOf<typeof BUILTIN_DIMENSIONS>;

/** The values of one built-in dimension: `DimensionValue<'loyalty'>` is `'potential' | 'new' | 'established' | 'loyal'`. */
export type DimensionValue<K extends DimensionId> = ValueIdOf<typeof BUILTIN_DIMENSIONS, K>;

let index: DimensionIndex | undefined;

/** The built-in dimensions, indexed on first use (ids and order only: no texts). @internal */
export function builtinIndex(): DimensionIndex {
  return (index ??= indexDimensions(BUILTIN_DIMENSIONS));
}

/**
 * Whether values under a dimension id may be that dimension's: any id no built-in dimension has,
 * or a built-in one whose values are all there in their order (the built-in dimension, or it
 * extended: a host's values may sit anywhere among them). Every text table holds a built-in
 * dimension's texts under its id, so a host's `status` of other values would read them.
 * @internal
 */
export function keepsBuiltinValues(id: string, valueIds: readonly string[]): boolean {
  const builtin = builtinIndex().byId.get(id);
  if (builtin === undefined) return true;
  let next = 0;
  for (const v of valueIds) if (v === builtin.ids[next]) next++;
  return next === builtin.ids.length;
}

/**
 * Checks that a value is an id of a built-in dimension and returns it typed; throws
 * `invalid_value` (with the allowed ids in `details.allowed`) or `unknown_dimension`. Carries no
 * labels: ids and order are all it needs.
 *
 * @example
 * ```ts
 * import { parse } from 'crm-taxonomy';
 *
 * parse('loyalty', 'loyal'); //=> 'loyal'
 * try {
 *   parse('loyalty', 'gold');
 * } catch (error) {
 *   (error as { details: { allowed: string[] } }).details.allowed; //=> ['potential', 'new', 'established', 'loyal']
 * }
 * ```
 */
export function parse<K extends DimensionId>(dimension: K, value: unknown): DimensionValue<K> {
  const result = builtinIndex().check(dimension, value);
  if (!result.ok) throw result.error;
  return result.value as DimensionValue<K>;
}

/**
 * Like {@link parse}, but returns `{ ok: true, value }` or `{ ok: false, error }` instead of
 * throwing for a bad value (an unknown dimension still throws: that is a programming error).
 *
 * @example
 * ```ts
 * import { safeParse } from 'crm-taxonomy';
 *
 * safeParse('abc_class', 'a'); //=> { ok: true, value: 'a' }
 * safeParse('abc_class', 7).ok; //=> false
 * ```
 */
export function safeParse<K extends DimensionId>(dimension: K, value: unknown): SafeParseResult<DimensionValue<K>> {
  return builtinIndex().check(dimension, value) as SafeParseResult<DimensionValue<K>>;
}

/**
 * A type guard: whether a value is an id of a built-in dimension.
 *
 * @example
 * ```ts
 * import { is } from 'crm-taxonomy';
 *
 * is('value_tier', 'vip'); //=> true
 * is('value_tier', 'VIP'); //=> false
 * ```
 */
export function is<K extends DimensionId>(dimension: K, value: unknown): value is DimensionValue<K> {
  return builtinIndex().check(dimension, value).ok;
}

/**
 * The rank of a value of an ordered built-in dimension, 0 for the lowest; throws `not_ordered`
 * for a dimension without order.
 *
 * @example
 * ```ts
 * import { rank } from 'crm-taxonomy';
 *
 * rank('kotler_level', 'partnership'); //=> 4
 * ```
 */
export function rank<K extends OrderedDimensionId>(dimension: K, value: DimensionValue<K>): number {
  return builtinIndex().rank(dimension, value);
}

/**
 * Compares two values of an ordered built-in dimension: negative when `a` ranks below `b`,
 * positive above, 0 when equal — a comparator for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * import { compare } from 'crm-taxonomy';
 *
 * compare('value_tier', 'vip', 'key') > 0; //=> true
 * ['vip', 'ordinary', 'key'].sort((a, b) => compare('value_tier', a as 'vip', b as 'vip')); //=> ['ordinary', 'key', 'vip']
 * ```
 */
export function compare<K extends OrderedDimensionId>(dimension: K, a: DimensionValue<K>, b: DimensionValue<K>): number {
  const index = builtinIndex();
  return index.rank(dimension, a) - index.rank(dimension, b);
}

/**
 * The next value up an ordered built-in dimension, `undefined` at the top.
 *
 * @example
 * ```ts
 * import { next } from 'crm-taxonomy';
 *
 * next('loyalty', 'new'); //=> 'established'
 * next('loyalty', 'loyal'); //=> undefined
 * ```
 */
export function next<K extends OrderedDimensionId>(dimension: K, value: DimensionValue<K>): DimensionValue<K> | undefined {
  const index = builtinIndex();
  return index.ordered(dimension).ids[index.rank(dimension, value) + 1] as DimensionValue<K> | undefined;
}

/**
 * The next value down an ordered built-in dimension, `undefined` at the bottom.
 *
 * @example
 * ```ts
 * import { previous } from 'crm-taxonomy';
 *
 * previous('b2b_relationship', 'partnership'); //=> 'preferred_supplier'
 * previous('abc_class', 'c'); //=> undefined
 * ```
 */
export function previous<K extends OrderedDimensionId>(dimension: K, value: DimensionValue<K>): DimensionValue<K> | undefined {
  const index = builtinIndex();
  const r = index.rank(dimension, value);
  return (r === 0 ? undefined : index.ordered(dimension).ids[r - 1]) as DimensionValue<K> | undefined;
}
