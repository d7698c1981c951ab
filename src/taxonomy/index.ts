export { defineDimension, type DimensionDefinition, type DimensionKind, type ValueDefinition, type ValueOf } from './define.js';
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
export type { SafeParseResult } from './index-of.js';
export type { SourceRef } from './provenance.js';
export { createTaxonomy, type ListedValue, type Taxonomy, type TaxonomyDocument } from './taxonomy.js';
export { BUILTIN_DIMENSIONS } from './dimensions/index.js';
export { compare, is, next, parse, previous, rank, safeParse, type DimensionId, type DimensionValue, type OrderedDimensionId } from './builtin.js';
export { description, label, list, taxonomy } from './texts.js';
export type * from './aliases.js';
