import { expectTypeOf } from 'vitest';
import { isCrmTaxonomyError, type AnyCrmTaxonomyError, type ErrorDetailsByCode } from '../../src/index.js';

declare const caught: unknown;

// Without a code, the guard gives a union by code: testing `code` types `details`.
if (isCrmTaxonomyError(caught)) {
  expectTypeOf(caught).toEqualTypeOf<AnyCrmTaxonomyError>();
  if (caught.code === 'invalid_value') expectTypeOf(caught.details).toEqualTypeOf<ErrorDetailsByCode['invalid_value']>();
  if (caught.code === 'input_too_large') expectTypeOf(caught.details).toEqualTypeOf<ErrorDetailsByCode['input_too_large']>();
}
// With a code, `details` is typed at once.
if (isCrmTaxonomyError(caught, 'invalid_date')) expectTypeOf(caught.details).toEqualTypeOf<ErrorDetailsByCode['invalid_date']>();
