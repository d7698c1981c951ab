import type { ErrorCode, Expectation, InputIssue } from './codes.js';
import { describeValue } from './describe.js';
import { CrmTaxonomyError, type ErrorPath } from './error.js';

/** The codes whose details are an {@link InputIssue}. */
export type InputErrorCode = 'invalid_argument' | 'invalid_policy' | 'invalid_model' | 'invalid_definition' | 'invalid_extension';

/**
 * A boundary error for a value that failed a check: `code` says which kind of input (an argument,
 * a policy, a stored model, …), `expected` what it should have been.
 * @internal
 */
export function inputError(
  code: InputErrorCode,
  path: ErrorPath,
  expected: Expectation,
  value: unknown,
  extra: Omit<InputIssue, 'expected' | 'received'> = {},
): CrmTaxonomyError<InputErrorCode> {
  return new CrmTaxonomyError<InputErrorCode>(code, { expected, received: describeValue(value), ...extra }, { path });
}

/**
 * `inputError` under one code, thrown: for a checker whose every refusal has the same code.
 * @internal
 */
export function thrower(code: InputErrorCode): (path: ErrorPath, expected: Expectation, value: unknown, extra?: Omit<InputIssue, 'expected' | 'received'>) => never {
  return (path, expected, value, extra) => {
    throw inputError(code, path, expected, value, extra);
  };
}

/**
 * Refuses the first key of `record` that is not in `allowed`: `invalid_argument` at
 * `[...path, key]`, expected `known_key`, with the allowed keys.
 * @internal
 */
export function knownKeys(record: object, allowed: readonly string[], path: ErrorPath): void {
  for (const key of Object.keys(record)) if (!allowed.includes(key)) throw inputError('invalid_argument', [...path, key], 'known_key', key, { allowed });
}

/**
 * Refuses the first key of a definition or an extension (or of one of its rules, at `path`) that
 * is not one of its `parts`: `code` at the key, expected `known_key` (a misspelt part, `value` for
 * `values`, would define nothing; a rule's `form` for `from` would match every state).
 * @internal
 */
export function knownParts(record: object, parts: readonly string[], code: 'invalid_definition' | 'invalid_extension', path: ErrorPath = []): void {
  for (const key of Object.keys(record)) if (!parts.includes(key)) throw inputError(code, [...path, key], 'known_key', key, { allowed: parts });
}

/**
 * A record that failed a check inside a list of records (`transactions[41].amount`).
 * @internal
 */
export function recordError(
  path: ErrorPath,
  index: number,
  expected: Expectation,
  value: unknown,
  extra: Omit<InputIssue, 'expected' | 'received' | 'index'> = {},
): CrmTaxonomyError<'invalid_record'> {
  return new CrmTaxonomyError('invalid_record', { expected, received: describeValue(value), index, ...extra }, { path });
}

/**
 * Whether a value is a plain object usable as a record of options or facts (not null, not an array).
 * @internal
 */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a value is a plain record of data (`{}` or from `JSON.parse`, any realm, or with a null
 * prototype): not an array, a `Map`, a `Date` or another object whose own keys would be read as
 * nothing. Persisted shapes (policies, models) and the analyses' records must be plain.
 * @internal
 */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return isRecord(value) && Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * Options at a public entry: `undefined` becomes `{}`, anything but a plain object is an
 * `invalid_argument` error at `path`, and so is a key outside `keys` (`known_key`, at
 * `[...path, key]`): a misspelt option (`timezone`) would be its default, silently.
 * @internal
 */
export function optionsRecord<T extends object>(value: T | undefined, keys: readonly string[], path: ErrorPath = ['options']): T {
  if (value === undefined) return {} as T;
  if (!isPlainRecord(value)) throw inputError('invalid_argument', path, 'object', value);
  knownKeys(value, keys, path);
  return value;
}

/**
 * The fields `keys` of a host's record, each read once, as a record of those keys alone: a getter
 * cannot answer one value to a check and another to the computation. The keys are the library's
 * (never `__proto__`).
 * @internal
 */
export function readFields<const K extends string>(record: Readonly<Record<string, unknown>>, keys: readonly K[]): { readonly [P in K]: unknown } {
  const fields = {} as Record<K, unknown>;
  for (const key of keys) fields[key] = record[key];
  return fields;
}

/**
 * A record's own value at `key` (`undefined` for an inherited one, which the host never gave).
 * @internal
 */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export type { ErrorCode };
