/**
 * The stable codes of {@link CrmTaxonomyError}, grouped by where they arise. A code never changes
 * meaning once released, so hosts can branch on it (map it to an HTTP status, a form message, a
 * retry decision); each has a message in every built-in locale (`message(error, locale)`).
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'crm-taxonomy';
 *
 * ERROR_CODES.includes('invalid_value'); //=> true
 * ERROR_CODES.length; //=> 22
 * ```
 */
export const ERROR_CODES = /* @__PURE__ */ Object.freeze([
  // taxonomy
  'unknown_dimension',
  'invalid_value',
  'not_ordered',
  'invalid_definition',
  'invalid_extension',
  // input at the boundary
  'invalid_argument',
  'invalid_record',
  'missing_customer_id',
  'invalid_date',
  'future_transaction',
  'invalid_policy',
  'invalid_model',
  'empty_input',
  'input_too_large',
  // lifecycle
  'unknown_machine',
  'unknown_state',
  'unknown_event',
  'transition_refused',
  'invalid_history',
  // models
  'fit_failed',
  'not_computable',
  // sql
  'invalid_identifier',
] as const);

/** One of the stable codes in {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What an input should have been, as a code with a message in every locale (`'integer'`,
 * `'one_of'`, `'time_zone'`, …). Range and choice details travel beside it in
 * {@link InputIssue}.
 */
export type Expectation =
  | 'object'
  | 'array'
  | 'iterable'
  | 'string'
  | 'non_empty_string'
  | 'boolean'
  | 'function'
  | 'number'
  | 'integer'
  | 'date'
  | 'time_zone'
  | 'color'
  | 'locale'
  | 'customer_id'
  | 'one_of'
  | 'known_key'
  | 'not_given'
  | 'present'
  | 'ascending'
  | 'descending'
  | 'unique'
  | 'same_customer'
  | 'same_length'
  | 'same_time_unit'
  | 'same_as_other'
  | 'snake_case'
  | 'state_on_an_edge'
  | 'text'
  | 'machine'
  | 'lifecycle_event'
  | 'message'
  | 'classification'
  | 'at_least_other'
  | 'at_most_other'
  | 'not_before_other'
  | 'only_with_other'
  | 'builtin_dimension';

/**
 * The details of an input that failed a check: what was expected, a short rendering of what was
 * received, and the bounds or choices that apply. Every boundary error (`invalid_argument`,
 * `invalid_policy`, `invalid_model`, `invalid_record`, …) carries one.
 */
export interface InputIssue {
  /** What the input should have been. */
  readonly expected: Expectation;
  /** A short, language-neutral rendering of the value received (`"gold"`, `42`, `(array of 3)`). */
  readonly received: string;
  /** The smallest allowed value (or length). */
  readonly min?: number;
  /** The largest allowed value (or length). */
  readonly max?: number;
  /** Whether `min` itself is excluded. */
  readonly exclusiveMin?: boolean;
  /** Whether `max` itself is excluded. */
  readonly exclusiveMax?: boolean;
  /** The allowed values, for `one_of` and `known_key`. */
  readonly allowed?: readonly string[];
  /** The other setting a cross-field rule compares with (`'loyalty.established.minPurchases'`). */
  readonly other?: string;
  /** The index of the record at fault, for inputs read from a list. */
  readonly index?: number;
}

/**
 * The data behind each error code: what `details` holds for that code. The type of
 * `CrmTaxonomyError['details']` narrows with `code`.
 */
export interface ErrorDetailsByCode {
  readonly unknown_dimension: { readonly received: string; readonly allowed: readonly string[] };
  readonly invalid_value: {
    readonly dimension: string;
    readonly received: string;
    readonly allowed: readonly string[];
  };
  readonly not_ordered: { readonly dimension: string };
  readonly invalid_definition: InputIssue;
  readonly invalid_extension: InputIssue;
  readonly invalid_argument: InputIssue;
  readonly invalid_record: InputIssue & { readonly index: number };
  readonly missing_customer_id: { readonly index: number; readonly received: string };
  readonly invalid_date: { readonly received: string };
  readonly future_transaction: { readonly index: number; readonly day: string; readonly asOf: string };
  readonly invalid_policy: InputIssue;
  readonly invalid_model: InputIssue;
  readonly empty_input: { readonly what: EmptyInput };
  readonly input_too_large: { readonly what: string; readonly limit: number; readonly received: number };
  readonly unknown_machine: { readonly received: string };
  readonly unknown_state: { readonly machine: string; readonly received: string; readonly allowed: readonly string[] };
  readonly unknown_event: { readonly machine: string; readonly received: string; readonly allowed: readonly string[] };
  readonly transition_refused: { readonly refusal: RefusalData };
  readonly invalid_history: { readonly index: number; readonly issue: { readonly code: string; readonly params: MessageParams } };
  readonly fit_failed: { readonly model: string; readonly cause: FitFailure };
  readonly not_computable: { readonly what: string; readonly cause: NotComputableCause };
  readonly invalid_identifier: { readonly received: string };
}

/** What an `empty_input` error found empty. */
export type EmptyInput = 'transactions' | 'customers' | 'histories' | 'repeat_buyers' | 'values' | 'observed_time' | 'opportunities';

/** Why a value could not be computed: the texts say it in every locale (`not_computable.<cause>`). */
export type NotComputableCause = 'beyond_date_range' | 'overflow' | 'quadrature' | 'precision' | 'incomplete_beta' | 'profit_unknown' | 'no_covariance' | 'spend_undefined';

/** Why a model fit failed. */
export type FitFailure = 'no_finite_likelihood' | 'no_repeat_buyers' | 'too_few_customers';

/**
 * Parameters of a message: plain JSON scalars or lists of strings, so a reason, a refusal or an
 * error stores and travels as JSON.
 */
export type MessageParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** A refused move as data: the refusal code and the parameters of its message. */
export interface RefusalData {
  readonly code: string;
  readonly params: MessageParams;
}

/** The `details` of an error with code `C`. */
export type ErrorDetails<C extends ErrorCode = ErrorCode> = ErrorDetailsByCode[C];
