import { z } from 'zod';
import type { Expectation, InputIssue } from '../errors/index.js';
import { isCustomerId } from '../records/transactions.js';
import type { Field, ObjectField, Out, ShapeIssue } from '../shape/index.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function get(record: unknown, dotted: string): unknown {
  let at: unknown = record;
  for (const key of dotted.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/**
 * What a refusal of a shape's rule carries in its zod issue's `params`: the core's `InputIssue`
 * (less `received`) and the value refused, so `fromZodError` answers as the core does. `up`: for a
 * cross-field rule, how many path segments lead from the object to the field (`other` is relative
 * to the object, and `fromZodError` makes it absolute as the core does).
 * @internal
 */
export type ShapeParams = Omit<InputIssue, 'received' | 'index'> & { readonly value: unknown; readonly up?: number; readonly [SHAPE_ISSUE]: true };

/** The mark of a `params` the library wrote (a host's own refinements may carry `value` or `min` of their own). @internal */
export const SHAPE_ISSUE = Symbol.for('crm-taxonomy.shape-issue');

type Context = z.core.$RefinementCtx;

function report(ctx: Context, path: readonly (string | number)[], expected: Expectation, value: unknown, extra: Omit<ShapeParams, 'expected' | 'value' | typeof SHAPE_ISSUE> = {}, stop = false): void {
  const params: ShapeParams = { expected, value, ...extra, [SHAPE_ISSUE]: true };
  ctx.addIssue({ code: 'custom', message: `expected ${expected}`, path: [...path], params, ...(stop ? { continue: false } : {}) });
}

type Range = { readonly min?: number; readonly max?: number; readonly exclusiveMin?: boolean };

function rangeOf(field: Range): Range {
  return {
    ...(field.min === undefined ? {} : { min: field.min }),
    ...(field.max === undefined ? {} : { max: field.max }),
    ...(field.exclusiveMin === true ? { exclusiveMin: true } : {}),
  };
}

/**
 * A value of the wrong type reported as the core reports it (an integer setting with its range, a
 * text as a non-empty string), not as zod's type alone: a check before `schema` that stops there.
 * A value left out passes on to `schema`, whose `invalid_type` of nothing is the core's `present`.
 */
function typed(schema: z.ZodType, wrong: (value: unknown) => boolean, expected: Expectation, extra: Range, nullable: boolean): z.ZodType {
  // A check before the schema that changes nothing: JSON Schema (input and output) is `schema`'s.
  // A nullable field is null or the value, inside the check (outside, zod reads it as optional).
  return z.preprocess(
    (value, ctx) => {
      if (value !== undefined && !(nullable && value === null) && wrong(value)) report(ctx, [], expected, value, extra, true);
      return value;
    },
    nullable ? schema.nullable() : schema,
  );
}

/**
 * A number in a range: one check first reports a value out of range with the whole range (as the
 * core does) and stops there; zod's own `int`, `min` and `max` after it declare the bounds (JSON
 * Schema, introspection) and find nothing more.
 */
function numberSchema(field: Range, integer: boolean, nullable: boolean): z.ZodType {
  const range = rangeOf(field);
  const expected = integer ? 'integer' : 'number';
  const out = (value: number): boolean => {
    const low = field.min !== undefined && (field.exclusiveMin === true ? value <= field.min : value < field.min);
    return !Number.isFinite(value) || (integer && !Number.isInteger(value)) || low || (field.max !== undefined && value > field.max);
  };
  let schema = z.number().superRefine((value, ctx) => {
    if (out(value)) report(ctx, [], expected, value, range, true);
  });
  if (integer) schema = schema.int();
  if (field.min !== undefined) schema = field.exclusiveMin === true ? schema.gt(field.min) : schema.min(field.min);
  if (field.max !== undefined) schema = schema.max(field.max);
  return typed(schema, (value) => typeof value !== 'number' || out(value), expected, range, nullable);
}

function ascending(schema: z.ZodType<readonly unknown[]>, order: 'ascending' | undefined): z.ZodType {
  if (order !== 'ascending') return schema;
  return schema.superRefine((values, ctx) => {
    const i = values.findIndex((v, j) => j > 0 && (v as number) < (values[j - 1] as number));
    if (i > 0) report(ctx, [i], 'ascending', values[i]);
  });
}

function uniqueBy(schema: z.ZodType, key: string | undefined): z.ZodType {
  if (key === undefined) return schema;
  return schema.superRefine((values, ctx) => {
    const seen = new Set<unknown>();
    for (const [i, item] of (values as readonly Record<string, unknown>[]).entries()) {
      if (seen.has(item[key])) return report(ctx, [i, key], 'unique', item[key]);
      seen.add(item[key]);
    }
  });
}

function toZod(field: Field, nullable = false): z.ZodType {
  switch (field.kind) {
    case 'int':
      return numberSchema(field, true, nullable);
    case 'number':
      return numberSchema(field, false, nullable);
    case 'boolean':
      return z.boolean();
    case 'literal':
      return z.literal(field.value as string | number | boolean);
    case 'enum':
      return z.enum(field.values as [string, ...string[]]);
    case 'string': {
      // Not blank, as the core reads it (`\S` in the JSON Schema).
      const base = z.string().min(1).regex(/\S/);
      const test = field.test;
      const expected = field.format ?? 'string';
      const schema = test === undefined ? base : base.superRefine((value, ctx) => (test(value) ? undefined : report(ctx, [], expected, value)));
      return typed(schema, (value) => typeof value !== 'string' || value.trim() === '', 'non_empty_string', {}, nullable);
    }
    case 'customer_id':
      // The core's error for a value that is no id (`null`, `''`, `NaN`): `customer_id`, not zod's union of types.
      return typed(z.union([z.string().min(1), z.number().finite()]), (value) => !isCustomerId(value), 'customer_id', {}, nullable);
    case 'nullable': {
      const inner = field.inner.kind;
      return inner === 'int' || inner === 'number' || inner === 'string' ? toZod(field.inner, true) : toZod(field.inner).nullable();
    }
    case 'array': {
      // As a number's range: one check reports a length out of range with both bounds, zod's declare them.
      const { minItems: min, maxItems: max } = field;
      const range = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
      let schema = z.array(toZod(field.items));
      if (min !== undefined || max !== undefined) {
        schema = schema.superRefine((values, ctx) => {
          if ((min !== undefined && values.length < min) || (max !== undefined && values.length > max)) report(ctx, [], 'array', values, range, true);
        });
      }
      if (min !== undefined) schema = schema.min(min);
      if (max !== undefined) schema = schema.max(max);
      return uniqueBy(ascending(schema, field.order), field.uniqueBy);
    }
    case 'tuple':
      return ascending(z.tuple(field.items.map((item) => toZod(item)) as [z.ZodType, ...z.ZodType[]]), field.order);
    case 'object':
      return objectSchema(field);
    case 'variant':
      // A tag none of the members declares is zod's `invalid_union` at the tag, with the tags (`options`).
      return z.discriminatedUnion(field.key, field.members.map((m) => objectSchema(m, true)) as unknown as [z.ZodObject, ...z.ZodObject[]]);
  }
}

function objectSchema(field: ObjectField<unknown>, member = false): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(field.fields)) shape[key] = field.optional?.includes(key) === true ? toZod(child).optional() : toZod(child);
  // A member of a variant stays a zod object (a discriminated union takes nothing else).
  const keysFirst = field.open !== true && !member;
  let schema: z.ZodType = field.open === true ? z.looseObject(shape) : keysFirst ? z.looseObject(shape).meta({ additionalProperties: false }) : z.strictObject(shape);
  for (const rule of field.rules ?? []) {
    const path = rule.path.split('.');
    schema = schema.superRefine((value, ctx) => {
      const a = get(value, rule.path);
      const b = get(value, rule.other);
      // As the core: a null side (a nullable field set to none) is not compared.
      if (typeof a !== 'number' || typeof b !== 'number' || (rule.rule === 'at_least' ? a >= b : a <= b)) return;
      report(ctx, path, rule.rule === 'at_least' ? 'at_least_other' : 'at_most_other', a, { other: rule.other, up: path.length, ...(rule.rule === 'at_least' ? { min: b } : { max: b }) });
    });
  }
  const check = field.check as ((value: unknown) => ShapeIssue | undefined) | undefined;
  if (check !== undefined) {
    schema = schema.superRefine((value, ctx) => {
      const issue = check(value);
      if (issue === undefined) return;
      const { path, expected, value: received, ...extra } = issue;
      report(ctx, path, expected, received, extra);
    });
  }
  if (!keysFirst) return schema;
  // A key the shape does not know is refused with the keys it knows, before the fields, as the
  // core reads an object (zod's own `unrecognized_keys` names none, and comes after the fields').
  const known = Object.keys(field.fields);
  return z.preprocess((value, ctx) => {
    if (isPlainObject(value)) for (const key of Object.keys(value)) if (!known.includes(key)) report(ctx, [key], 'known_key', key, { allowed: known });
    return value;
  }, schema);
}

/**
 * The zod schema of a shape: the same fields, bounds, choices and cross-field rules the core
 * checks with (one definition, two readers). Complete values only: every field is required
 * unless the shape marks it optional, unknown keys are refused unless the shape is open. A
 * refusal of a bound, a format or a rule is a `custom` issue whose `params` ({@link ShapeParams})
 * hold what the core reports, for `fromZodError`.
 * @internal
 */
export function zodOf<F extends Field>(shape: F): z.ZodType<Out<F>> {
  return toZod(shape) as z.ZodType<Out<F>>;
}
