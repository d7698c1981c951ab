export { defineDimension, type DimensionDefinition, type DimensionKind, type SourceRef, type ValueDefinition, type ValueOf } from './define.js';
export type {
  AddedValue,
  AnyDimension,
  DimensionById,
  DimensionIdOf,
  ExtendedDimensions,
  OrderedDimensionIdOf,
  TaxonomyExtension,
  TextOverrides,
  ValueIdOf,
} from './types.js';
export { createTaxonomy, type ListedValue, type SafeParseResult, type Taxonomy, type TaxonomyDocument } from './taxonomy.js';
export * from './dimensions/index.js';
export {
  taxonomy,
  parse,
  safeParse,
  is,
  label,
  description,
  list,
  rank,
  compare,
  sort,
  next,
  previous,
  type DimensionId,
  type DimensionValue,
  type OrderedDimensionId,
} from './builtin.js';
export type * from './aliases.js';
