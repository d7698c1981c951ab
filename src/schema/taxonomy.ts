import { z } from 'zod';
import { CrmTaxonomyError, legacyError } from '../errors/index.js';
import { taxonomy as builtinTaxonomy } from '../taxonomy/index.js';
import type { Taxonomy, TaxonomyDocument } from '../taxonomy/taxonomy.js';
import type { AnyDimension, DimensionIdOf, ValueIdOf } from '../taxonomy/types.js';

/**
 * Turns a zod error into a {@link CrmTaxonomyError} with the first issue's path and every
 * issue in `details.issues`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { fromZodError } from 'crm-taxonomy/schema';
 *
 * const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
 * !result.success && fromZodError(result.error, 'invalid_policy').path; //=> ['n']
 * ```
 */
export function fromZodError(error: z.ZodError, code: CrmTaxonomyError['code']): CrmTaxonomyError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
  return legacyError(code, `${first?.message ?? 'Invalid input'}${where}`, {
    path: first?.path ?? [],
    details: { issues },
    cause: error,
  });
}

/**
 * Zod schemas for every dimension of a taxonomy: `{ [dimension]: schema of its value ids }`.
 * Use them inside a host's own zod schemas (an API body, a form) so stored ids stay valid.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { taxonomySchemas } from 'crm-taxonomy/schema';
 *
 * const schemas = taxonomySchemas();
 * const Customer = z.object({ id: z.string(), loyalty: schemas.loyalty });
 * Customer.parse({ id: 'c1', loyalty: 'loyal' }); //=> { id: 'c1', loyalty: 'loyal' }
 * Customer.safeParse({ id: 'c1', loyalty: 'gold' }).success; //=> false
 * ```
 */
export function taxonomySchemas<Dims extends readonly AnyDimension[] = typeof builtinTaxonomy.dimensions>(
  taxonomy: Taxonomy<Dims> = builtinTaxonomy as unknown as Taxonomy<Dims>,
): { readonly [K in DimensionIdOf<Dims>]: z.ZodType<ValueIdOf<Dims, K>> } {
  const out: Record<string, z.ZodType> = {};
  for (const dimension of taxonomy.dimensions) {
    const ids = dimension.values.map((v) => v.id);
    out[dimension.id] = ids.length === 0 ? z.never() : z.enum(ids as [string, ...string[]]);
  }
  return out as never;
}

const text = z.record(z.string(), z.string().min(1));
const source = z.array(
  z.object({
    seed: z.string(),
    term: z.string().optional(),
    by: z.string().optional(),
    where: z.string().optional(),
    covers: z.array(z.enum(['term', 'definition', 'order', 'classifier'])).optional(),
  }),
);

/**
 * The zod schema of the taxonomy JSON document ({@link TaxonomyDocument}).
 *
 * @example
 * ```ts
 * import { taxonomy } from 'crm-taxonomy';
 * import { TaxonomyDocumentSchema } from 'crm-taxonomy/schema';
 *
 * TaxonomyDocumentSchema.safeParse(taxonomy.toJSON()).success; //=> true
 * ```
 */
export const TaxonomyDocumentSchema: z.ZodType<TaxonomyDocument> = z.object({
  $schema: z.string().optional(),
  version: z.string().optional(),
  locales: z.array(z.string()),
  dimensions: z.array(
    z.object({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/),
      kind: z.enum(['classification', 'relationship', 'reason']),
      ordered: z.boolean(),
      label: text,
      description: text,
      source,
      values: z.array(
        z.object({
          id: z.string().regex(/^[a-z][a-z0-9_]*$/),
          rank: z.number().int().nonnegative().optional(),
          label: text,
          description: text,
          source,
        }),
      ),
    }),
  ),
}) as z.ZodType<TaxonomyDocument>;

/**
 * The JSON Schema (draft 2020-12) of a taxonomy: the document's shape, plus one `$defs` entry per
 * dimension holding the `enum` of its ids, so a CRM in another language can validate a stored
 * field with `{ "$ref": "taxonomy.schema.json#/$defs/loyalty" }`. The built-in one ships as
 * `crm-taxonomy/spec/schemas/taxonomy.schema.json` (also `crm-taxonomy/taxonomy.schema.json`).
 *
 * @example
 * ```ts
 * import { taxonomyJsonSchema } from 'crm-taxonomy/schema';
 *
 * const schema = taxonomyJsonSchema();
 * schema.$defs.value_tier; //=> { type: 'string', enum: ['ordinary', 'key', 'vip'] }
 * ```
 */
export function taxonomyJsonSchema<Dims extends readonly AnyDimension[] = typeof builtinTaxonomy.dimensions>(
  taxonomy: Taxonomy<Dims> = builtinTaxonomy as unknown as Taxonomy<Dims>,
): { readonly $schema: string; readonly $defs: Readonly<Record<string, unknown>>; readonly [key: string]: unknown } {
  const document = z.toJSONSchema(TaxonomyDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const defs: Record<string, unknown> = {};
  for (const dimension of taxonomy.dimensions) {
    defs[dimension.id] = {
      type: 'string',
      enum: dimension.values.map((v) => v.id),
      title: taxonomy.dimensionLabel(dimension.id as never, 'en'),
    };
  }
  return {
    ...document,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/crm-taxonomy/spec/schemas/taxonomy.schema.json',
    title: 'crm-taxonomy taxonomy document',
    $defs: { ...((document.$defs as Record<string, unknown> | undefined) ?? {}), ...defs },
  };
}
