/**
 * Checking stored data once: a model or a segment map read back from storage is checked against
 * its shape at the first call, and later calls with the same object reuse the checked copy as long
 * as the object still holds the same data (a cheap comparison, no allocation). A host that edits
 * the object in between gets it checked again: nothing is ever trusted stale.
 */
import { isCustomerId } from '../records/index.js';
import { readPath, type Field, type ObjectField, type ShapeIssue } from '../shape/index.js';

/** Whether `input` holds exactly the plain data of `checked` (a frozen copy made by a shape check). */
function sameData(input: unknown, checked: unknown, depth: number): boolean {
  if (input === checked) return true;
  if (typeof checked !== 'object' || checked === null || typeof input !== 'object' || input === null || depth > 8) return false;
  if (Array.isArray(checked)) {
    if (!Array.isArray(input) || input.length !== checked.length) return false;
    for (let i = 0; i < checked.length; i++) if (!sameData(input[i], checked[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(input)) return false;
  let keys = 0;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    keys++;
    if (!Object.hasOwn(checked, key)) return false;
    if (!sameData((input as Record<string, unknown>)[key], (checked as Record<string, unknown>)[key], depth + 1)) return false;
  }
  let expected = 0;
  for (const key in checked) if (Object.hasOwn(checked, key)) expected++;
  return keys === expected;
}

/**
 * The checked copy of `input`: from `cache` when `input` still holds the data it held when it was
 * checked, else from `check()` (which throws for bad data), remembered for next time.
 * @internal
 */
export function checkedOnce<T extends object>(cache: WeakMap<object, T>, input: unknown, check: () => T): T {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  if (key !== undefined) {
    const known = cache.get(key);
    if (known !== undefined) {
      try {
        if (sameData(input, known, 0)) return known;
      } catch {
        // a throwing getter or a revoked proxy: check it again
      }
    }
  }
  const checked = check();
  if (key !== undefined) cache.set(key, checked);
  return checked;
}


type Valid = (v: unknown) => boolean;

function numberValid(f: { min?: number; max?: number; exclusiveMin?: boolean }, integer: boolean): Valid {
  const min = f.min ?? -Infinity;
  const max = f.max ?? Infinity;
  const strict = f.exclusiveMin === true;
  return (v) =>
    typeof v === 'number' && (integer ? Number.isInteger(v) : Number.isFinite(v)) && (strict ? v > min : v >= min) && v <= max;
}

function ascending(values: readonly unknown[]): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return false;
  return true;
}

const has = (o: object, key: string): boolean => Object.hasOwn(o, key);

/** How an object field is checked inline: scalar kinds without a call, the rest by its validator. */
const INT = 0;
const NUMBER = 1;
const NULLABLE_INT = 2;
const OTHER = 3;

function objectValid(f: ObjectField<unknown>): Valid {
  const keys = Object.keys(f.fields);
  const n = keys.length;
  const kind = new Uint8Array(n);
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const checks: Valid[] = [];
  keys.forEach((key, i) => {
    const field = f.fields[key]!;
    const scalar = field.kind === 'nullable' ? field.inner : field;
    kind[i] = OTHER;
    if ((scalar.kind === 'int' || scalar.kind === 'number') && (scalar.kind === 'int' || scalar.exclusiveMin !== true)) {
      kind[i] = field.kind === 'nullable' ? (scalar.kind === 'int' ? NULLABLE_INT : OTHER) : scalar.kind === 'int' ? INT : NUMBER;
      lo[i] = scalar.min ?? -Infinity;
      hi[i] = scalar.max ?? Infinity;
    }
    checks.push(compile(field));
  });
  const optional = keys.map((key) => f.optional?.includes(key) === true);
  const open = f.open === true;
  const rules = f.rules ?? [];
  const check = f.check as ((value: object) => ShapeIssue | undefined) | undefined;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    // A plain object cannot inherit a field: read it directly (the common, fast case).
    const proto = Object.getPrototypeOf(record);
    const plain = proto === Object.prototype || proto === null;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const own = plain ? key in record : has(record, key);
      const x = own ? record[key] : undefined;
      if (own) present++;
      if (x === undefined) {
        if (!optional[i]) return false;
        continue;
      }
      switch (kind[i]) {
        case INT:
          if (!(typeof x === 'number' && Number.isInteger(x) && x >= lo[i]! && x <= hi[i]!)) return false;
          break;
        case NUMBER:
          if (!(typeof x === 'number' && x >= lo[i]! && x <= hi[i]! && x - x === 0)) return false;
          break;
        case NULLABLE_INT:
          if (!(x === null || (typeof x === 'number' && Number.isInteger(x) && x >= lo[i]! && x <= hi[i]!))) return false;
          break;
        default:
          if (!checks[i]!(x)) return false;
      }
    }
    if (!open) {
      // Any other own key is unknown: count them.
      let own = 0;
      for (const key in record) if (plain || has(record, key)) own++;
      if (own !== present) return false;
    }
    for (const rule of rules) {
      const a = readPath(v, rule.path) as number;
      const b = readPath(v, rule.other) as number;
      if (rule.rule === 'at_least' ? a < b : a > b) return false;
    }
    return check === undefined || check(v) === undefined;
  };
}

function build(f: Field): Valid {
  switch (f.kind) {
    case 'int':
      return numberValid(f, true);
    case 'number':
      return numberValid(f, false);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal':
      return (v) => v === f.value;
    case 'enum':
      return (v) => typeof v === 'string' && f.values.includes(v);
    case 'string':
      return f.test === undefined ? (v) => typeof v === 'string' && v.length > 0 : (v) => typeof v === 'string' && v.length > 0 && f.test!(v);
    case 'customer_id':
      return isCustomerId;
    case 'nullable': {
      const inner = compile(f.inner);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const item = compile(f.items);
      const min = f.minItems ?? 0;
      const max = f.maxItems ?? Infinity;
      const ordered = f.order === 'ascending';
      return (v) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return !ordered || ascending(v);
      };
    }
    case 'tuple': {
      const items = f.items.map(compile);
      const ordered = f.order === 'ascending';
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return false;
        for (let i = 0; i < v.length; i++) if (!items[i]!(v[i])) return false;
        return !ordered || ascending(v);
      };
    }
    case 'object':
      return objectValid(f);
    case 'variant': {
      const members = new Map(f.members.map((m) => [(m.fields[f.key] as { readonly value?: unknown }).value, compile(m)]));
      return (v) => typeof v === 'object' && v !== null && (members.get((v as Record<string, unknown>)[f.key])?.(v) ?? false);
    }
  }
}

const compiled = new WeakMap<Field, Valid>();

/** The validator of a field, built once: closures that read the shape's bounds up front. */
function compile(f: Field): Valid {
  let valid = compiled.get(f);
  if (valid === undefined) {
    valid = build(f);
    compiled.set(f, valid);
  }
  return valid;
}

/**
 * Whether a value is a complete, valid value of a shape: the same answer as `checkShape` (which
 * throws the error with its path), without building paths or copies — for hot entries that read
 * stored data (an aggregate per customer), which call `checkShape` only to report a bad value. The
 * shape is compiled into closures at its first use.
 * @internal
 */
export function shapeValid(f: Field, v: unknown): boolean {
  return compile(f)(v);
}
