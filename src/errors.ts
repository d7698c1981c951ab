/**
 * Stable error codes of {@link CrmTaxonomyError}. A code never changes meaning once released, so
 * hosts can branch on it (map it to an HTTP status, a form message, a retry decision).
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'crm-taxonomy';
 *
 * ERROR_CODES.includes('invalid_value'); //=> true
 * ```
 */
export const ERROR_CODES = [
  // taxonomy
  'unknown_dimension',
  'invalid_value',
  'not_a_string',
  'unknown_locale',
  'not_ordered',
  'invalid_definition',
  'invalid_extension',
  // records and options at the boundary
  'invalid_argument',
  'invalid_record',
  'missing_customer_id',
  'invalid_date',
  'non_finite_amount',
  'future_transaction',
  'invalid_as_of',
  'invalid_policy',
  'invalid_model',
  'empty_input',
  // lifecycle
  'unknown_machine',
  'unknown_state',
  'unknown_event',
  'transition_refused',
  'invalid_event_record',
  'invalid_history',
  // value models
  'invalid_summary',
  'fit_failed',
  'invalid_parameters',
  // sql
  'invalid_identifier',
] as const;

/**
 * One of the stable codes in {@link ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'crm-taxonomy';
 *
 * const code: ErrorCode = 'unknown_locale';
 * code; //=> 'unknown_locale'
 * ```
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Where in the input the problem sits: property names and array indexes, outermost first
 * (`['transactions', 41, 'amount']`). Empty when the whole argument is at fault.
 *
 * @example
 * ```ts
 * import type { ErrorPath } from 'crm-taxonomy';
 *
 * const path: ErrorPath = ['transactions', 41, 'amount'];
 * path.length; //=> 3
 * ```
 */
export type ErrorPath = readonly (string | number)[];

/**
 * Options of the {@link CrmTaxonomyError} constructor.
 *
 * @example
 * ```ts
 * import { CrmTaxonomyError, type CrmTaxonomyErrorOptions } from 'crm-taxonomy';
 *
 * const options: CrmTaxonomyErrorOptions = { path: ['asOf'], details: { received: 'yesterday' } };
 * new CrmTaxonomyError('invalid_as_of', 'asOf must be a date', options).path; //=> ['asOf']
 * ```
 */
export interface CrmTaxonomyErrorOptions {
  /** Where in the input the problem sits. */
  readonly path?: ErrorPath;
  /** Plain data that explains the problem (the allowed values, the received value, …). */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error type the library throws. It carries a stable {@link ErrorCode}, the path of the
 * offending input and a readable English message; `details` holds the data behind the message
 * (for example `allowed`, the values that would have been accepted). It serialises to plain JSON.
 *
 * @example
 * ```ts
 * import { CrmTaxonomyError, parse } from 'crm-taxonomy';
 *
 * try {
 *   parse('loyalty', 'gold');
 * } catch (error) {
 *   error instanceof CrmTaxonomyError; //=> true
 *   (error as CrmTaxonomyError).code; //=> 'invalid_value'
 * }
 * ```
 */
export class CrmTaxonomyError extends Error {
  /** The stable code: branch on this, not on the message. */
  readonly code: ErrorCode;
  /** Where in the input the problem sits. */
  readonly path: ErrorPath;
  /** Plain data behind the message. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: CrmTaxonomyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CrmTaxonomyError';
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details ?? {};
  }

  /**
   * The error as plain JSON (`name`, `code`, `message`, `path`, `details`), for an API response or
   * a log line.
   *
   * @example
   * ```ts
   * import { CrmTaxonomyError } from 'crm-taxonomy';
   *
   * new CrmTaxonomyError('invalid_value', 'bad', { path: ['loyalty'] }).toJSON();
   * //=> { name: 'CrmTaxonomyError', code: 'invalid_value', message: 'bad', path: ['loyalty'], details: {} }
   * ```
   */
  toJSON(): {
    name: 'CrmTaxonomyError';
    code: ErrorCode;
    message: string;
    path: ErrorPath;
    details: Readonly<Record<string, unknown>>;
  } {
    return {
      name: 'CrmTaxonomyError',
      code: this.code,
      message: this.message,
      path: this.path,
      details: this.details,
    };
  }
}

/**
 * Whether a value is a {@link CrmTaxonomyError}, optionally with a given code. Works across
 * realms and duplicated copies of the package, where `instanceof` does not.
 *
 * @example
 * ```ts
 * import { isCrmTaxonomyError, safeParse } from 'crm-taxonomy';
 *
 * const result = safeParse('loyalty', 'gold');
 * !result.success && isCrmTaxonomyError(result.error, 'invalid_value'); //=> true
 * ```
 */
export function isCrmTaxonomyError(value: unknown, code?: ErrorCode): value is CrmTaxonomyError {
  if (value instanceof CrmTaxonomyError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return (
    candidate.name === 'CrmTaxonomyError' &&
    typeof candidate.code === 'string' &&
    (code === undefined || candidate.code === code)
  );
}

/**
 * A short, safe rendering of an arbitrary input value for an error message.
 * @internal
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}
