import { CrmTaxonomyError, describeValue } from '../errors/index.js';
import type { AnyDimension } from './types.js';

/** One dimension, indexed for lookups. @internal */
export interface IndexedDimension {
  readonly definition: AnyDimension;
  readonly ids: readonly string[];
  readonly rankOf: ReadonlyMap<string, number>;
}

/** The result of `safeParse`: the value, or the `invalid_value` error `parse` would have thrown (an unknown dimension throws). */
export type SafeParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CrmTaxonomyError<'invalid_value'> };

/** Lookups by id over a list of dimensions: no texts. @internal */
export interface DimensionIndex {
  readonly byId: ReadonlyMap<string, IndexedDimension>;
  get(dimension: unknown): IndexedDimension;
  ordered(dimension: unknown): IndexedDimension;
  check(dimension: unknown, value: unknown): SafeParseResult<string>;
  rank(dimension: unknown, value: unknown): number;
}

/** Indexes dimension definitions (already checked) for id lookups. @internal */
export function indexDimensions(dimensions: readonly AnyDimension[]): DimensionIndex {
  const byId = new Map<string, IndexedDimension>();
  for (const definition of dimensions) {
    const ids = definition.values.map((v) => v.id);
    byId.set(definition.id, { definition, ids: Object.freeze(ids), rankOf: new Map(ids.map((id, i) => [id, i] as const)) });
  }
  const get = (dimension: unknown): IndexedDimension => {
    // A Map's keys are compared by SameValueZero: anything but a known id string misses.
    const found = byId.get(dimension as string);
    if (found === undefined) {
      throw new CrmTaxonomyError('unknown_dimension', { received: describeValue(dimension), allowed: [...byId.keys()] }, { path: ['dimension'] });
    }
    return found;
  };
  const check = (dimension: unknown, value: unknown): SafeParseResult<string> => {
    const found = get(dimension);
    if (found.rankOf.has(value as string)) return { ok: true, value: value as string };
    const id = found.definition.id;
    return {
      ok: false,
      error: new CrmTaxonomyError('invalid_value', { dimension: id, received: describeValue(value), allowed: found.ids }, { path: [id] }),
    };
  };
  const ordered = (dimension: unknown): IndexedDimension => {
    const found = get(dimension);
    if (!found.definition.ordered) throw new CrmTaxonomyError('not_ordered', { dimension: found.definition.id }, { path: ['dimension'] });
    return found;
  };
  const rank = (dimension: unknown, value: unknown): number => {
    const found = ordered(dimension);
    const result = check(dimension, value);
    if (!result.ok) throw result.error;
    return found.rankOf.get(result.value) as number;
  };
  return { byId, get, ordered, check, rank };
}
