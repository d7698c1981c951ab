import type { ErrorCode, ErrorDetails } from './codes.js';
import { pathText } from './describe.js';

/** Where in the input the problem sits: property names and array indexes, outermost first. */
export type ErrorPath = readonly (string | number)[];

function detailText(value: unknown): string {
  if (Array.isArray(value)) return value.length > 12 ? `${value.slice(0, 12).join(', ')}, …` : value.join(', ');
  if (typeof value === 'object' && value !== null) {
    const code = (value as { code?: unknown }).code;
    return typeof code === 'string' ? code : JSON.stringify(value);
  }
  return String(value);
}

/**
 * The developer's line for an error: the code, where, and the details as `key: value` pairs. It
 * is language-neutral on purpose; what a person reads comes from `message(error, locale)`. It
 * never throws: details no text can be made of (a cycle, a bigint, a throwing getter) are left
 * out, and so is a path that cannot be written.
 */
function developerMessage(code: ErrorCode, path: ErrorPath, details: object): string {
  let text: string = code;
  try {
    if (path.length > 0) text += ` at ${pathText(path)}`;
    const parts: string[] = [];
    for (const [key, value] of Object.entries(details)) if (value !== undefined) parts.push(`${key}: ${detailText(value)}`);
    if (parts.length > 0) text += ` (${parts.join('; ')})`;
  } catch {
    // The line so far: the code, and where when that could be written.
  }
  return text;
}

/**
 * The one error type the library throws: a stable `code`, the `path` of the offending input and
 * typed `details` (their type follows the code, see {@link ErrorDetailsByCode}). `message` is a
 * language-neutral line for logs; render it for a person with `message(error, locale)`, in any of
 * the built-in locales. It serialises to plain JSON.
 *
 * @example
 * ```ts
 * import { CrmTaxonomyError, message, parse } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * try {
 *   parse('loyalty', 'gold');
 * } catch (error) {
 *   error instanceof CrmTaxonomyError; //=> true
 *   (error as CrmTaxonomyError).code; //=> 'invalid_value'
 *   (error as CrmTaxonomyError).message; //=> 'invalid_value at loyalty (dimension: loyalty; received: "gold"; allowed: potential, new, established, loyal)'
 *   message(error as CrmTaxonomyError, { locale: 'zh-Hans', texts: zhHans }); //=> '无效的客户忠诚度取值 "gold"：应为 潜在客户、新客户、老客户、忠诚客户 之一'
 * }
 * ```
 */
export class CrmTaxonomyError<C extends ErrorCode = ErrorCode> extends Error {
  /** The stable code: branch on this, not on the message. */
  readonly code: C;
  /** Where in the input the problem sits. */
  readonly path: ErrorPath;
  /** The data behind the error; its type follows `code`. */
  readonly details: ErrorDetails<C>;

  constructor(code: C, details: ErrorDetails<C>, options: { readonly path?: ErrorPath; readonly cause?: unknown } = {}) {
    const path = Object.freeze([...(options.path ?? [])]);
    // `Error` takes `cause` from the options when they have one.
    super(developerMessage(code, path, details), options);
    this.name = 'CrmTaxonomyError';
    this.code = code;
    this.path = path;
    this.details = details;
  }

  /**
   * The error as plain JSON (`name`, `code`, `message`, `path`, `details`), for an API response or
   * a log line.
   *
   * @example
   * ```ts
   * import { CrmTaxonomyError } from 'crm-taxonomy';
   *
   * new CrmTaxonomyError('invalid_date', { received: '"yesterday"' }, { path: ['asOf'] }).toJSON();
   * //=> { name: 'CrmTaxonomyError', code: 'invalid_date', message: 'invalid_date at asOf (received: "yesterday")', path: ['asOf'], details: { received: '"yesterday"' } }
   * ```
   */
  toJSON(): { name: 'CrmTaxonomyError'; code: C; message: string; path: ErrorPath; details: ErrorDetails<C> } {
    return { name: 'CrmTaxonomyError', code: this.code, message: this.message, path: this.path, details: this.details };
  }
}

/** A {@link CrmTaxonomyError} of any code, as a union by code: testing `code` narrows `details`. */
export type AnyCrmTaxonomyError = { [K in ErrorCode]: CrmTaxonomyError<K> }[ErrorCode];

/**
 * Whether a value is a {@link CrmTaxonomyError}, optionally with a given code (then `details` is
 * typed for it; without one, testing `error.code` afterwards types it). Works across realms and
 * duplicated copies of the package, where `instanceof` does not.
 *
 * @example
 * ```ts
 * import { isCrmTaxonomyError, parse, safeParse } from 'crm-taxonomy';
 *
 * const result = safeParse('loyalty', 'gold');
 * if (!result.ok && isCrmTaxonomyError(result.error, 'invalid_value')) {
 *   result.error.details.allowed; //=> ['potential', 'new', 'established', 'loyal']
 * }
 * try {
 *   parse('loyalty', 'gold');
 * } catch (error) {
 *   if (isCrmTaxonomyError(error) && error.code === 'invalid_value') {
 *     error.details.allowed; //=> ['potential', 'new', 'established', 'loyal']
 *   }
 * }
 * ```
 */
export function isCrmTaxonomyError(value: unknown): value is AnyCrmTaxonomyError;
/** Whether a value is a {@link CrmTaxonomyError} with the given code: `details` is typed for it (see the first signature's example). */
export function isCrmTaxonomyError<C extends ErrorCode>(value: unknown, code: C): value is CrmTaxonomyError<C>;
export function isCrmTaxonomyError<C extends ErrorCode>(value: unknown, code?: C): value is CrmTaxonomyError<C>;
export function isCrmTaxonomyError<C extends ErrorCode = ErrorCode>(value: unknown, code?: C): value is CrmTaxonomyError<C> {
  if (value instanceof CrmTaxonomyError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return candidate.name === 'CrmTaxonomyError' && typeof candidate.code === 'string' && (code === undefined || candidate.code === code);
}
