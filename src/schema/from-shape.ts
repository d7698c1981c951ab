import { z } from 'zod';
import type { Expectation, InputIssue } from '../errors/index.js';
import type { Field, ObjectField, Out, ShapeIssue } from '../shape/index.js';

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
 * A number in a range: one check first reports a value out of range with the whole range (as the
 * core does) and stops there; zod's own `int`, `min` and `max` after it declare the bounds (JSON
 * Schema, introspection) and find nothing more.
 */
function numberSchema(field: Range, integer: boolean): z.ZodType {
  const range = rangeOf(field);
  let schema = z.number().superRefine((value, ctx) => {
    const low = field.min !== undefined && (field.exclusiveMin === true ? value <= field.min : value < field.min);
    if ((integer && !Number.isInteger(value)) || low || (field.max !== undefined && value > field.max)) report(ctx, [], integer ? 'integer' : 'number', value, range, true);
  });
  if (integer) schema = schema.int();
  if (field.min !== undefined) schema = field.exclusiveMin === true ? schema.gt(field.min) : schema.min(field.min);
  if (field.max !== undefined) schema = schema.max(field.max);
  return schema;
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

function toZod(field: Field): z.ZodType {
  switch (field.kind) {
    case 'int':
      return numberSchema(field, true);
    case 'number':
      return numberSchema(field, false);
    case 'boolean':
      return z.boolean();
    case 'literal':
      return z.literal(field.value as string | number | boolean);
    case 'enum':
      return z.enum(field.values as [string, ...string[]]);
    case 'string': {
      const base = z.string().min(1);
      const test = field.test;
      const expected = field.format ?? 'string';
      return test === undefined ? base : base.superRefine((value, ctx) => (test(value) ? undefined : report(ctx, [], expected, value)));
    }
    case 'customer_id':
      return z.union([z.string().min(1), z.number().finite()]);
    case 'nullable':
      return toZod(field.inner).nullable();
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
      return ascending(z.tuple(field.items.map(toZod) as [z.ZodType, ...z.ZodType[]]), field.order);
    case 'object':
      return objectSchema(field);
    case 'variant':
      // A tag none of the members declares is zod's `invalid_union` at the tag, with the tags (`options`).
      return z.discriminatedUnion(field.key, field.members.map(objectSchema) as unknown as [z.ZodObject, ...z.ZodObject[]]);
  }
}

function objectSchema(field: ObjectField<unknown>): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(field.fields)) shape[key] = field.optional?.includes(key) === true ? toZod(child).optional() : toZod(child);
  let schema: z.ZodType = field.open === true ? z.looseObject(shape) : z.strictObject(shape);
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
  return schema;
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
