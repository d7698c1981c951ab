import { z } from 'zod';
import type { Field, ObjectField, Out, ShapeIssue } from '../shape/index.js';

function get(record: unknown, dotted: string): unknown {
  let at: unknown = record;
  for (const key of dotted.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function numberSchema(field: { min?: number; max?: number; exclusiveMin?: boolean }, integer: boolean): z.ZodNumber {
  let schema = integer ? z.number().int() : z.number();
  if (field.min !== undefined) schema = field.exclusiveMin === true ? schema.gt(field.min) : schema.min(field.min);
  if (field.max !== undefined) schema = schema.max(field.max);
  return schema;
}

function ascending(schema: z.ZodType<readonly unknown[]>, order: 'ascending' | undefined): z.ZodType {
  if (order !== 'ascending') return schema;
  return schema.refine((values) => values.every((v, i) => i === 0 || (v as number) >= (values[i - 1] as number)), { message: 'values must be in ascending order' });
}

function uniqueBy(schema: z.ZodType, key: string | undefined): z.ZodType {
  if (key === undefined) return schema;
  return schema.superRefine((values, ctx) => {
    const seen = new Set<unknown>();
    (values as readonly Record<string, unknown>[]).forEach((item, i) => {
      if (seen.has(item[key])) ctx.addIssue({ code: 'custom', message: `${key} must be unique`, path: [i, key] });
      seen.add(item[key]);
    });
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
      return test === undefined ? base : base.refine(test, { message: field.format ?? 'a valid string' });
    }
    case 'customer_id':
      return z.union([z.string().min(1), z.number().finite()]);
    case 'nullable':
      return toZod(field.inner).nullable();
    case 'array': {
      let schema = z.array(toZod(field.items));
      if (field.minItems !== undefined) schema = schema.min(field.minItems);
      if (field.maxItems !== undefined) schema = schema.max(field.maxItems);
      return uniqueBy(ascending(schema, field.order), field.uniqueBy);
    }
    case 'tuple':
      return ascending(z.tuple(field.items.map(toZod) as [z.ZodType, ...z.ZodType[]]), field.order);
    case 'object':
      return objectSchema(field);
    case 'variant':
      return z.discriminatedUnion(field.key, field.members.map(objectSchema) as unknown as [z.ZodObject, ...z.ZodObject[]]);
  }
}

function objectSchema(field: ObjectField<unknown>): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(field.fields)) shape[key] = field.optional?.includes(key) === true ? toZod(child).optional() : toZod(child);
  let schema: z.ZodType = field.open === true ? z.looseObject(shape) : z.strictObject(shape);
  for (const rule of field.rules ?? []) {
    schema = schema.refine((value) => {
      const a = get(value, rule.path);
      const b = get(value, rule.other);
      // As the core: a null side (a nullable field set to none) is not compared.
      if (typeof a !== 'number' || typeof b !== 'number') return true;
      return rule.rule === 'at_least' ? a >= b : a <= b;
    }, {
      message: `${rule.path} must be ${rule.rule === 'at_least' ? 'at least' : 'at most'} ${rule.other}`,
      path: rule.path.split('.'),
    });
  }
  const check = field.check as ((value: unknown) => ShapeIssue | undefined) | undefined;
  if (check !== undefined) {
    schema = schema.superRefine((value, ctx) => {
      const issue = check(value);
      if (issue !== undefined) ctx.addIssue({ code: 'custom', message: `expected ${issue.expected}`, path: [...issue.path] });
    });
  }
  return schema;
}

/**
 * The zod schema of a shape: the same fields, bounds, choices and cross-field rules the core
 * checks with (one definition, two readers). Complete values only: every field is required
 * unless the shape marks it optional, unknown keys are refused unless the shape is open.
 * @internal
 */
export function zodOf<F extends Field>(shape: F): z.ZodType<Out<F>> {
  return toZod(shape) as z.ZodType<Out<F>>;
}
