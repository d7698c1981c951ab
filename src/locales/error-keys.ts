import type { EmptyInput, ErrorCode, Expectation, FitFailure, NotComputableCause } from '../errors/index.js';

/** The bounds a number or an array check names. @internal */
export type Bounds = 'none' | 'between' | 'exactly' | 'at_least' | 'above' | 'above_at_most' | 'above_below' | 'at_most' | 'below';

/** Every key of the error tables: one message per code and the phrases they use. @internal */
export type ErrorTextKey =
  | `error.${ErrorCode}`
  | `expected.${Expectation}`
  | `bounds.${Bounds}`
  | `items.${Bounds}`
  | `empty.${EmptyInput}`
  | `fit_failure.${FitFailure}`
  | `not_computable.${NotComputableCause}`;
