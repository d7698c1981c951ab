import { z } from 'zod';
import { CrmTaxonomyError, describeValue, isRecord, type ErrorPath, type Expectation, type InputErrorCode, type InputIssue } from '../errors/index.js';
import { taxonomy as builtinTaxonomy } from '../taxonomy/index.js';
import type { Taxonomy, TaxonomyDocument } from '../taxonomy/taxonomy.js';
import type { AnyDimension, DimensionIdOf, ValueIdOf } from '../taxonomy/types.js';
import { DIMENSION_KINDS } from '../taxonomy/define.js';

const ZOD_TYPES: Readonly<Record<string, Expectation>> = {
  string: 'string',
  number: 'number',
  int: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  array: 'array',
  tuple: 'array',
  set: 'array',
  object: 'object',
  record: 'object',
  map: 'object',
  date: 'date',
  function: 'function',
};

function valueAt(input: unknown, path: ErrorPath): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** What a zod issue expected, as the library's `InputIssue` (less `received`). */
function expectationOf(issue: z.core.$ZodIssue): Omit<InputIssue, 'received'> {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: ZOD_TYPES[issue.expected] ?? 'present' };
    case 'invalid_value':
      return { expected: 'one_of', allowed: issue.values.map((v) => String(v)) };
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? { min: Number(issue.minimum), ...(issue.inclusive === false ? { exclusiveMin: true } : {}) } : { max: Number(issue.maximum) };
      if (issue.origin === 'string') return { expected: issue.code === 'too_small' && Number(issue.minimum) <= 1 ? 'non_empty_string' : 'string' };
      if (issue.origin === 'array' || issue.origin === 'set') return { expected: 'array', ...bound };
      return { expected: issue.origin === 'int' ? 'integer' : 'number', ...bound };
    }
    case 'not_multiple_of':
      return { expected: 'integer' };
    case 'invalid_format':
      return { expected: 'string' };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return { expected: 'present' };
    case 'unrecognized_keys':
      return { expected: 'known_key' };
    case 'custom': {
      const hint = issue.params?.expected;
      return { expected: typeof hint === 'string' ? (hint as Expectation) : 'present', ...(typeof issue.params?.other === 'string' ? { other: issue.params.other } : {}) };
    }
  }
}

/**
 * Turns a zod error into a typed {@link CrmTaxonomyError}, so a host that validates with the zod
 * schemas answers like the rest of the library: the code it names (`invalid_argument` by default;
 * `invalid_policy`, `invalid_model`, `invalid_definition`, `invalid_extension`), the first issue's
 * path, and its `InputIssue` (what was expected, and what was received, read from `input` at that
 * path, or from the issue when zod reports the input). `message(error, locale)` renders it; the
 * zod error is the `cause`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { message } from 'crm-taxonomy';
 * import { fromZodError } from 'crm-taxonomy/schema';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const body = { days: 0 };
 * const result = z.object({ days: z.number().int().min(1) }).safeParse(body);
 * const error = result.success ? undefined : fromZodError(result.error, { code: 'invalid_policy', input: body });
 * error?.path; //=> ['days']
 * error?.details; //=> { expected: 'number', received: '0', min: 1 }
 * message(error); //=> 'Invalid policy setting days: expected a finite number of at least 1, received 0'
 * message(error, { locale: 'zh-Hans', texts: zhHans }); //=> '策略设置 days 无效：应为有限数值（不小于 1），实际为 0'
 * ```
 */
export function fromZodError(
  error: z.ZodError,
  options?: InputErrorCode | { readonly code?: InputErrorCode; readonly input?: unknown },
): CrmTaxonomyError<InputErrorCode> {
  const o = typeof options === 'string' ? { code: options } : isRecord(options) ? (options as { code?: InputErrorCode; input?: unknown }) : {};
  const code = o.code ?? 'invalid_argument';
  const issue = error.issues[0];
  if (issue === undefined) return new CrmTaxonomyError(code, { expected: 'present', received: describeValue(o.input) }, { cause: error });
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') {
    // As the core: the path names the first unknown key, and the key is what was received.
    const key = issue.keys[0] ?? '';
    return new CrmTaxonomyError<InputErrorCode>(code, { expected: 'known_key', received: describeValue(key) }, { path: [...path, key], cause: error });
  }
  const received = 'input' in issue ? issue.input : valueAt(o.input, path);
  return new CrmTaxonomyError<InputErrorCode>(code, { ...expectationOf(issue), received: describeValue(received) }, { path, cause: error });
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
      kind: z.enum(DIMENSION_KINDS),
      ordered: z.boolean(),
      label: text,
      description: text,
      source: source.optional(),
      values: z.array(
        z.object({
          id: z.string().regex(/^[a-z][a-z0-9_]*$/),
          rank: z.number().int().nonnegative().optional(),
          label: text,
          description: text,
          source: source.optional(),
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
