import { z } from 'zod';
import { CrmTaxonomyError, describeValue, inputError, isRecord, optionsRecord, type ErrorPath, type Expectation, type InputErrorCode, type InputIssue } from '../errors/index.js';
import { taxonomy as builtinTaxonomy } from '../taxonomy/index.js';
import type { Taxonomy, TaxonomyDocument } from '../taxonomy/taxonomy.js';
import type { AnyDimension, DimensionIdOf, ValueIdOf } from '../taxonomy/types.js';
import { DIMENSION_KINDS } from '../taxonomy/define.js';
import { SNAKE_CASE } from '../shape/formats.js';
import { SHAPE_ISSUE } from './from-shape.js';

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

/** What a zod issue expected, as the library's `InputIssue` (less `received`); `path` is the issue's. */
function expectationOf(issue: z.core.$ZodIssue, path: ErrorPath): Omit<InputIssue, 'received'> {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: ZOD_TYPES[issue.expected] ?? 'present' };
    case 'invalid_value':
      return { expected: 'one_of', allowed: issue.values.map((v) => String(v)) };
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? { min: Number(issue.minimum), ...(issue.inclusive === false ? { exclusiveMin: true } : {}) } : { max: Number(issue.maximum), ...(issue.inclusive === false ? { exclusiveMax: true } : {}) };
      if (issue.origin === 'string') return { expected: issue.code === 'too_small' && Number(issue.minimum) <= 1 ? 'non_empty_string' : 'string' };
      if (issue.origin === 'array' || issue.origin === 'set') return { expected: 'array', ...bound };
      return { expected: issue.origin === 'int' ? 'integer' : 'number', ...bound };
    }
    case 'not_multiple_of':
      return { expected: 'integer' };
    case 'invalid_format':
      return { expected: 'string' };
    case 'invalid_union':
      // A discriminated union's tag that no member declares: zod lists the tags (`options`).
      return issue.discriminator !== undefined && 'options' in issue && Array.isArray(issue.options)
        ? { expected: 'one_of', allowed: issue.options.map((v) => String(v)) }
        : { expected: 'present' };
    case 'invalid_key':
    case 'invalid_element':
      return { expected: 'present' };
    case 'unrecognized_keys':
      return { expected: 'known_key' };
    case 'custom': {
      // The schemas built from the library's shapes carry the core's issue in `params` (`ShapeParams`,
      // marked); of a host's own refinement only what it says it expected, and `other`, are read.
      const p = (issue.params ?? {}) as Record<string | symbol, unknown>;
      const expected = typeof p.expected === 'string' ? (p.expected as Expectation) : 'present';
      if (p[SHAPE_ISSUE] !== true) return { expected, ...(typeof p.other === 'string' ? { other: p.other } : {}) };
      const up = p.up;
      return {
        expected,
        ...(typeof p.min === 'number' ? { min: p.min } : {}),
        ...(typeof p.max === 'number' ? { max: p.max } : {}),
        ...(p.exclusiveMin === true ? { exclusiveMin: true } : {}),
        ...(Array.isArray(p.allowed) ? { allowed: p.allowed.map((v) => String(v)) } : {}),
        ...(typeof p.other === 'string' ? { other: typeof up === 'number' ? [...path.slice(0, path.length - up), p.other].join('.') : p.other } : {}),
      };
    }
  }
}

/**
 * A plain union's refusal says only that no member matched. The member that came closest says
 * more: of the members whose tags matched (no `invalid_value` issue, the mismatch of a literal),
 * or of all when none did, the one whose first issue lies deepest in the value, the first of those
 * in the union's order; its issue stands for the union's, at the full path. When the closest
 * members all refused the type of the same value, it was none of their types: `types`.
 */
function closestMember(issue: z.core.$ZodIssue): { issue: z.core.$ZodIssue; at: PropertyKey[]; types?: string[] } {
  let at: PropertyKey[] = [...issue.path];
  while (issue.code === 'invalid_union' && issue.discriminator === undefined && Array.isArray(issue.errors)) {
    const members = issue.errors.filter((m): m is z.core.$ZodIssue[] => Array.isArray(m) && isRecord(m[0]) && Array.isArray(m[0].path));
    const tagged = members.filter((m) => !m.some((i) => i.code === 'invalid_value'));
    const heads = (tagged.length > 0 ? tagged : members).map((m) => m[0]!);
    const depth = Math.max(...heads.map((h) => h.path.length));
    const closest = heads.filter((h) => h.path.length === depth);
    const best = closest[0];
    if (best === undefined) break;
    at = [...at, ...best.path];
    const where = best.path.join('\u0000');
    if (closest.length > 1 && closest.every((h) => h.code === 'invalid_type' && h.path.join('\u0000') === where)) {
      return { issue: best, at, types: [...new Set(closest.map((h) => ZOD_TYPES[(h as z.core.$ZodIssueInvalidType).expected] ?? String((h as z.core.$ZodIssueInvalidType).expected)))] };
    }
    issue = best;
  }
  return { issue, at };
}

/** The codes an input error may have (`InputErrorCode`). */
const INPUT_CODES: readonly InputErrorCode[] = ['invalid_argument', 'invalid_policy', 'invalid_model', 'invalid_definition', 'invalid_extension'];

/**
 * Turns a zod error into a typed {@link CrmTaxonomyError}, so a host that validates with the zod
 * schemas answers like the rest of the library: the code it names (`invalid_argument` by default;
 * `invalid_policy`, `invalid_model`, `invalid_definition`, `invalid_extension`), the first issue's
 * path, and its `InputIssue` (what was expected, and what was received, read from `input` at that
 * path, or from the issue when zod reports the input). `message(error, locale)` renders it; the
 * zod error is the `cause`. Anything but a zod error is an `invalid_argument` at `['error']`.
 *
 * For the schemas of this entry built from the core's shapes, the error is the core's own (code,
 * path and details, so the same message) for a value out of range or of the wrong type (an
 * integer setting with its range, a text as a non-empty string), a format (a time zone, a date),
 * a rule between settings, an order, a unique id, a count that must add up, an unknown key (with
 * the known ones, named before the fields' issues as the core reads an object), an unknown
 * variant (`kind`) and a left-out field or choice (these two read what was received from
 * `input`). Where zod alone knows the failure (a host's own schemas, a tuple of the wrong length,
 * an unknown key of a variant's member), the details are what zod reports: a value of the wrong
 * type names zod's type, a tuple one bound, an unknown key no list of the known ones, a value
 * that no member of a plain union accepts the issue of the member that came closest (`one_of` the
 * members' types when it was none of them).
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
  const o = typeof options === 'string' ? { code: options } : optionsRecord(options as { code?: InputErrorCode; input?: unknown } | undefined, ['code', 'input']);
  const code = o.code ?? 'invalid_argument';
  if (!INPUT_CODES.includes(code)) throw inputError('invalid_argument', typeof options === 'string' ? ['options'] : ['options', 'code'], 'one_of', code, { allowed: INPUT_CODES });
  const issues: unknown = isRecord(error) ? error.issues : undefined;
  if (!Array.isArray(issues) || (issues.length > 0 && !(isRecord(issues[0]) && Array.isArray(issues[0].path)))) throw inputError('invalid_argument', ['error'], 'object', error);
  // As the core reads an object: its unknown keys before its fields. zod reports an object's
  // unknown keys after its fields' issues, so an unknown key of an object that holds the first
  // issue (the shallowest such object) is the issue the core would have named.
  const head = issues[0] as z.core.$ZodIssue | undefined;
  // The object an unknown key is of: zod's own issue is at the object, the library's schemas' at the key.
  const objectOf = (i: z.core.$ZodIssue): readonly PropertyKey[] | undefined =>
    i.code === 'unrecognized_keys' ? i.path : i.code === 'custom' && (i.params as Record<string | symbol, unknown> | undefined)?.[SHAPE_ISSUE] === true && i.params?.expected === 'known_key' ? i.path.slice(0, -1) : undefined;
  const enclosing = (issues as z.core.$ZodIssue[]).filter((i) => {
    const at = objectOf(i);
    return at !== undefined && head !== undefined && at.length <= head.path.length && at.every((p, k) => p === head.path[k]);
  });
  const first = enclosing.sort((a, b) => objectOf(a)!.length - objectOf(b)!.length)[0] ?? head;
  if (first === undefined) return new CrmTaxonomyError(code, { expected: 'present', received: describeValue(o.input) }, { cause: error });
  const { issue, at, types } = closestMember(first);
  const path = at.map((p) => (typeof p === 'symbol' ? String(p) : p));
  if (issue.code === 'unrecognized_keys') {
    // As the core: the path names the first unknown key, and the key is what was received.
    const key = issue.keys[0] ?? '';
    return new CrmTaxonomyError<InputErrorCode>(code, { expected: 'known_key', received: describeValue(key) }, { path: [...path, key], cause: error });
  }
  const params = issue.code === 'custom' ? (issue.params as Record<string | symbol, unknown> | undefined) : undefined;
  const received = params?.[SHAPE_ISSUE] === true ? params.value : 'input' in issue ? issue.input : valueAt(o.input, path);
  // As the core: a field left out is `present` — zod says it received nothing, or the object that
  // should hold it is in `input` without it (an `input` of another form, parsed after a transform, says neither).
  const parent = path.length > 0 ? valueAt(o.input, path.slice(0, -1)) : undefined;
  const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_value') && received === undefined && ('input' in issue || (isRecord(parent) && parent[path[path.length - 1] as string] === undefined));
  const expected = missing ? { expected: 'present' as const } : types === undefined ? expectationOf(issue, path) : { expected: 'one_of' as const, allowed: types };
  // Without the value (zod keeps no `input` unless asked, and none was given here) the error says it is not known, not "nothing".
  const unknown = received === undefined && !(params?.[SHAPE_ISSUE] === true || 'input' in issue || (isRecord(o) && 'input' in o));
  return new CrmTaxonomyError<InputErrorCode>(code, { ...expected, received: unknown ? '(unknown)' : describeValue(received) }, { path, cause: error });
}

/**
 * Reads each dimension of a taxonomy at a public entry: what is not one (no list of dimensions,
 * each with its list of values) fails while read, and is an `invalid_argument` at `['taxonomy']`.
 */
function eachDimension(taxonomy: Taxonomy<readonly AnyDimension[]>, read: (dimension: AnyDimension, ids: string[]) => void): void {
  // What a taxonomy is here: frozen dimensions with their values, and labels by dimension. A host's
  // own exception (a getter) passes through unchanged.
  const t: unknown = taxonomy;
  const dimensions = isRecord(t) && typeof t.dimensionLabel === 'function' ? t.dimensions : undefined;
  if (!Array.isArray(dimensions) || !dimensions.every((d: unknown) => isRecord(d) && typeof d.id === 'string' && Array.isArray(d.values))) {
    throw inputError('invalid_argument', ['taxonomy'], 'object', taxonomy);
  }
  for (const dimension of dimensions as AnyDimension[]) read(dimension, dimension.values.map((v) => v.id));
}

/**
 * Zod schemas for every dimension of a taxonomy: `{ [dimension]: schema of its value ids }`.
 * Use them inside a host's own zod schemas (an API body, a form) so stored ids stay valid.
 * Anything but a taxonomy is an `invalid_argument` at `['taxonomy']`.
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
): { readonly [K in DimensionIdOf<Dims>]: z.ZodEnum<{ [V in ValueIdOf<Dims, K>]: V }> } {
  const out: Record<string, z.ZodType> = {};
  eachDimension(taxonomy, (dimension, ids) => {
    // A dimension with no values is an enum of none: it refuses every value (as `z.never()`).
    out[dimension.id] = z.enum(ids as [string, ...string[]]);
  });
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
      id: z.string().regex(SNAKE_CASE),
      kind: z.enum(DIMENSION_KINDS),
      ordered: z.boolean(),
      label: text,
      description: text,
      source: source.optional(),
      values: z.array(
        z.object({
          id: z.string().regex(SNAKE_CASE),
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
 * Anything but a taxonomy is an `invalid_argument` at `['taxonomy']`.
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
  const defs: Record<string, unknown> = {};
  eachDimension(taxonomy, (dimension, ids) => {
    defs[dimension.id] = { type: 'string', enum: ids, title: taxonomy.dimensionLabel(dimension.id as never, 'en') };
  });
  const document = z.toJSONSchema(TaxonomyDocumentSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...document,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/crm-taxonomy/spec/schemas/taxonomy.schema.json',
    title: 'crm-taxonomy taxonomy document',
    $defs: { ...((document.$defs as Record<string, unknown> | undefined) ?? {}), ...defs },
  };
}
