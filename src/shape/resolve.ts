import { inputError, isPlainRecord, isRecord, type InputErrorCode } from '../errors/index.js';
import type { ErrorPath } from '../errors/index.js';
import { isCustomerId } from '../records/transactions.js';
import type { Field, ObjectField, Out, ShapeIssue } from './fields.js';

/** How a value is read against a shape. @internal */
interface Mode {
  /** The error code for a value that fails (which kind of input it is). */
  readonly code: InputErrorCode;
  /** Fill left-out fields from defaults (a policy), or require them (a stored model). */
  readonly defaults: boolean;
}

function fail(mode: Mode, path: ErrorPath, expected: Parameters<typeof inputError>[2], value: unknown, extra: Parameters<typeof inputError>[4] = {}): never {
  throw inputError(mode.code, path, expected, value, extra);
}

function checkNumber(field: { min?: number; max?: number; exclusiveMin?: boolean }, integer: boolean, input: unknown, path: ErrorPath, mode: Mode): number {
  const { min, max, exclusiveMin } = field;
  // Number.isFinite is false for anything but a finite number.
  const value = input as number;
  if (
    !Number.isFinite(value) ||
    (integer && !Number.isInteger(value)) ||
    (min !== undefined && (exclusiveMin === true ? value <= min : value < min)) ||
    (max !== undefined && value > max)
  ) {
    fail(mode, path, integer ? 'integer' : 'number', value, { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(exclusiveMin === true ? { exclusiveMin } : {}) });
  }
  return value;
}

function ascending(values: readonly unknown[], path: ErrorPath, mode: Mode): void {
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) < (values[i - 1] as number)) fail(mode, [...path, i], 'ascending', values[i]);
  }
}

function unique(items: readonly unknown[], key: string, path: ErrorPath, mode: Mode): void {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const id = isRecord(item) ? item[key] : undefined;
    if (seen.has(id)) fail(mode, [...path, i, key], 'unique', id);
    seen.add(id);
  });
}

function readValue(field: Field, value: unknown, base: unknown, path: ErrorPath, mode: Mode): unknown {
  switch (field.kind) {
    case 'int':
      return checkNumber(field, true, value, path, mode);
    case 'number':
      return checkNumber(field, false, value, path, mode);
    case 'boolean':
      if (typeof value !== 'boolean') fail(mode, path, 'boolean', value);
      return value;
    case 'literal':
      if (value !== field.value) fail(mode, path, 'one_of', value, { allowed: [String(field.value)] });
      return value;
    case 'enum':
      if (typeof value !== 'string' || !field.values.includes(value)) fail(mode, path, 'one_of', value, { allowed: [...field.values] });
      return value;
    case 'string':
      // Blank is empty: what `transition` refuses as a reason is refused when read back.
      if (typeof value !== 'string' || value.trim().length === 0) fail(mode, path, 'non_empty_string', value);
      if (field.test !== undefined && !field.test(value)) fail(mode, path, field.format ?? 'string', value);
      return value;
    case 'customer_id':
      if (!isCustomerId(value)) fail(mode, path, 'customer_id', value);
      return value;
    case 'nullable':
      return value === null ? null : readValue(field.inner, value, base, path, mode);
    case 'array': {
      if (!Array.isArray(value)) fail(mode, path, 'array', value);
      if ((field.minItems !== undefined && value.length < field.minItems) || (field.maxItems !== undefined && value.length > field.maxItems)) {
        fail(mode, path, 'array', value, {
          ...(field.minItems === undefined ? {} : { min: field.minItems }),
          ...(field.maxItems === undefined ? {} : { max: field.maxItems }),
        });
      }
      // Spread reads every index: a hole is an item missing at its path, not an item skipped.
      const out = [...value].map((item, i) => readValue(field.items, item, undefined, [...path, i], mode));
      if (field.order === 'ascending') ascending(out, path, mode);
      if (field.uniqueBy !== undefined) unique(out, field.uniqueBy, path, mode);
      return Object.freeze(out);
    }
    case 'variant': {
      if (!isPlainRecord(value)) fail(mode, path, 'object', value);
      const tag = Object.hasOwn(value, field.key) ? value[field.key] : undefined;
      const member = field.members.find((m) => {
        const literal = m.fields[field.key];
        return literal !== undefined && literal.kind === 'literal' && literal.value === tag;
      });
      if (member === undefined) {
        const allowed = field.members.map((m) => {
          const literal = m.fields[field.key];
          return literal !== undefined && literal.kind === 'literal' ? String(literal.value) : '';
        });
        fail(mode, [...path, field.key], 'one_of', tag, { allowed });
      }
      return readObject(member, value, undefined, path, mode);
    }
    case 'tuple': {
      if (!Array.isArray(value) || value.length !== field.items.length) {
        fail(mode, path, 'array', value, { min: field.items.length, max: field.items.length });
      }
      const out = field.items.map((item, i) => readValue(item, value[i], undefined, [...path, i], mode));
      if (field.order === 'ascending') ascending(out, path, mode);
      return Object.freeze(out);
    }
    case 'object':
      return readObject(field, value, base, path, mode);
  }
}

/** The value at a dotted path of own keys (`'value.cuts'`), `undefined` where one is missing. @internal */
export function readPath(record: unknown, dotted: string): unknown {
  let at: unknown = record;
  for (const key of dotted.split('.')) at = isRecord(at) && Object.hasOwn(at, key) ? at[key] : undefined;
  return at;
}

function readObject(field: ObjectField<unknown>, value: unknown, base: unknown, path: ErrorPath, mode: Mode): object {
  if (!isPlainRecord(value)) fail(mode, path, 'object', value);
  const baseRecord = isRecord(base) ? base : undefined;
  // An open shape keeps a host's other keys, as data (`fromEntries` defines them: a `__proto__` key
  // is a key, not the result's prototype). They come first in the result's key order, the declared
  // fields after them: no reader of a resolved shape depends on its key order.
  const out: Record<string, unknown> = field.open ? Object.fromEntries(Object.entries(value).filter(([key]) => !Object.hasOwn(field.fields, key))) : {};
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(field.fields, key) && field.open !== true) {
      fail(mode, [...path, key], 'known_key', key, { allowed: Object.keys(field.fields) });
    }
  }
  for (const [key, child] of Object.entries(field.fields)) {
    const given = Object.hasOwn(value, key) ? value[key] : undefined;
    const inherited = baseRecord !== undefined && Object.hasOwn(baseRecord, key) ? baseRecord[key] : child.default;
    if (given === undefined) {
      if (mode.defaults && inherited !== undefined) out[key] = inherited;
      else if (mode.defaults && child.kind === 'object') out[key] = readObject(child, {}, undefined, [...path, key], mode);
      else if (field.optional?.includes(key) !== true) fail(mode, [...path, key], 'present', undefined);
      continue;
    }
    out[key] = readValue(child, given, mode.defaults ? inherited : undefined, [...path, key], mode);
  }
  for (const rule of field.rules ?? []) {
    const a = readPath(out, rule.path);
    const b = readPath(out, rule.other);
    // A rule compares two numbers: a nullable side that is null ("none") is not compared.
    if (typeof a !== 'number' || typeof b !== 'number') continue;
    if (rule.rule === 'at_least' ? a < b : a > b) {
      fail(mode, [...path, ...rule.path.split('.')], rule.rule === 'at_least' ? 'at_least_other' : 'at_most_other', a, {
        other: [...path, ...rule.other.split('.')].join('.'),
        ...(rule.rule === 'at_least' ? { min: b } : { max: b }),
      });
    }
  }
  if (field.check !== undefined) {
    const issue = (field.check as (value: object) => ShapeIssue | undefined)(out);
    if (issue !== undefined) {
      const { path: at, expected, value: received, ...extra } = issue;
      fail(mode, [...path, ...at], expected, received, extra);
    }
  }
  return Object.freeze(out);
}

/**
 * Reads a host's partial input against a shape: left-out fields take `base` (a resolved value) or
 * the shape's defaults, given fields are checked, unknown keys are refused. Throws `code` with
 * the path of the first bad field. The result is a new, frozen value.
 * @internal
 */
export function resolveShape<F extends ObjectField<unknown>>(shape: F, input: unknown, code: InputErrorCode, path: ErrorPath = [], base?: Out<F>): Out<F> {
  return readObject(shape, input === undefined ? {} : input, base, path, { code, defaults: true }) as Out<F>;
}

/**
 * Checks a complete value against a shape (a stored model read back): every field must be
 * present and valid. Throws `code` with the path of the first bad field; returns a frozen copy.
 * @internal
 */
export function checkShape<F extends Field>(shape: F, value: unknown, code: InputErrorCode, path: ErrorPath = []): Out<F> {
  return readValue(shape, value, undefined, path, { code, defaults: false }) as Out<F>;
}

/**
 * The defaults of a shape: every field's `default` (nested objects built from theirs). Frozen.
 * @internal
 */
export function defaultsOf<F extends ObjectField<unknown>>(shape: F): Out<F> {
  return readObject(shape, {}, undefined, [], { code: 'invalid_definition', defaults: true }) as Out<F>;
}
