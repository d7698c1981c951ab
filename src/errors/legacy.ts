import type { ErrorCode } from './codes.js';
import { CrmTaxonomyError, type ErrorPath } from './error.js';

/**
 * TEMPORARY (v0.2 port): builds an error the v0.1 way (a code and an English sentence). Every
 * call is replaced by a typed error (`inputError`, `recordError`, `new CrmTaxonomyError`) in the
 * port; then this file goes.
 * @internal
 */
export function legacyError(code: string, message: string, options: { readonly path?: ErrorPath; readonly details?: Readonly<Record<string, unknown>>; readonly cause?: unknown } = {}): CrmTaxonomyError {
  return new CrmTaxonomyError(code as ErrorCode, { ...(options.details ?? {}), note: message } as never, options);
}
