/**
 * Checking stored data once: a model or a segment map read back from storage is checked against
 * its shape at the first call, and later calls with the same object reuse the checked copy as long
 * as the object still holds the same data (a cheap comparison, no allocation). A host that edits
 * the object in between gets it checked again: nothing is ever trusted stale.
 */
import { isCustomerId } from '../records/index.js';
import { isDateText, isTimeZone, type Field, type ObjectField, type ShapeIssue } from '../shape/index.js';

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
    if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
    keys++;
    if (!Object.prototype.hasOwnProperty.call(checked, key)) return false;
    if (!sameData((input as Record<string, unknown>)[key], (checked as Record<string, unknown>)[key], depth + 1)) return false;
  }
  let expected = 0;
  for (const key in checked) if (Object.prototype.hasOwnProperty.call(checked, key)) expected++;
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


function numberValid(f: { min?: number; max?: number; exclusiveMin?: boolean }, integer: boolean, v: unknown): boolean {
  if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) return false;
  if (f.min !== undefined && (f.exclusiveMin === true ? v <= f.min : v < f.min)) return false;
  return f.max === undefined || v <= f.max;
}

function ascending(values: readonly unknown[]): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return false;
  return true;
}

function get(record: unknown, dotted: string): unknown {
  let at: unknown = record;
  for (const key of dotted.split('.')) at = typeof at === 'object' && at !== null && Object.prototype.hasOwnProperty.call(at, key) ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function objectValid(f: ObjectField<unknown>, v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const record = v as Record<string, unknown>;
  if (f.open !== true) for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key) && !Object.prototype.hasOwnProperty.call(f.fields, key)) return false;
  for (const key in f.fields) {
    const child = f.fields[key]!;
    const given = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
    if (given === undefined) {
      if (f.optional?.includes(key) !== true) return false;
    } else if (!shapeValid(child, given)) return false;
  }
  for (const rule of f.rules ?? []) {
    const a = get(v, rule.path) as number;
    const b = get(v, rule.other) as number;
    if (rule.rule === 'at_least' ? a < b : a > b) return false;
  }
  return f.check === undefined || (f.check as (value: object) => ShapeIssue | undefined)(v) === undefined;
}

/**
 * Whether a value is a complete, valid value of a shape: the same answer as `checkShape` (which
 * throws the error with its path), without building paths or copies — for hot entries that read
 * stored data (an aggregate per customer), which call `checkShape` only to report a bad value.
 * @internal
 */
export function shapeValid(f: Field, v: unknown): boolean {
  switch (f.kind) {
    case 'int':
      return numberValid(f, true, v);
    case 'number':
      return numberValid(f, false, v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'literal':
      return v === f.value;
    case 'enum':
      return typeof v === 'string' && f.values.includes(v);
    case 'string':
      return typeof v === 'string' && v.length > 0 && (f.format !== 'time_zone' || isTimeZone(v)) && (f.format !== 'date' || isDateText(v));
    case 'customer_id':
      return isCustomerId(v);
    case 'nullable':
      return v === null || shapeValid(f.inner, v);
    case 'array': {
      if (!Array.isArray(v)) return false;
      if ((f.minItems !== undefined && v.length < f.minItems) || (f.maxItems !== undefined && v.length > f.maxItems)) return false;
      for (let i = 0; i < v.length; i++) if (!shapeValid(f.items, v[i])) return false;
      return f.order !== 'ascending' || ascending(v);
    }
    case 'tuple': {
      if (!Array.isArray(v) || v.length !== f.items.length) return false;
      for (let i = 0; i < v.length; i++) if (!shapeValid(f.items[i]!, v[i])) return false;
      return f.order !== 'ascending' || ascending(v);
    }
    case 'object':
      return objectValid(f, v);
  }
}
