import { z } from 'zod';
import { isDateText, isTimeZone, type Field, type ObjectField, type Out, type ShapeIssue } from '../shape/index.js';

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
      if (field.format === 'time_zone') return base.refine(isTimeZone, { message: 'an IANA time zone name' });
      if (field.format === 'date') return base.refine(isDateText, { message: 'an ISO 8601 date' });
      return base;
    }
    case 'customer_id':
      return z.union([z.string().min(1), z.number()]);
    case 'nullable':
      return toZod(field.inner).nullable();
    case 'array': {
      let schema = z.array(toZod(field.items));
      if (field.minItems !== undefined) schema = schema.min(field.minItems);
      if (field.maxItems !== undefined) schema = schema.max(field.maxItems);
      return ascending(schema, field.order);
    }
    case 'tuple':
      return ascending(z.tuple(field.items.map(toZod) as [z.ZodType, ...z.ZodType[]]), field.order);
    case 'object':
      return objectSchema(field);
  }
}

function objectSchema(field: ObjectField<unknown>): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(field.fields)) shape[key] = field.optional?.includes(key) === true ? toZod(child).optional() : toZod(child);
  let schema: z.ZodType = field.open === true ? z.looseObject(shape) : z.strictObject(shape);
  for (const rule of field.rules ?? []) {
    schema = schema.refine((value) => (rule.rule === 'at_least' ? (get(value, rule.path) as number) >= (get(value, rule.other) as number) : (get(value, rule.path) as number) <= (get(value, rule.other) as number)), {
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
