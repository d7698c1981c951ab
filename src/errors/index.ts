export {
  ERROR_CODES,
  type EmptyInput,
  type ErrorCode,
  type ErrorDetails,
  type ErrorDetailsByCode,
  type Expectation,
  type FitFailure,
  type NotComputableCause,
  type InputIssue,
  type MessageParams,
  type RefusalData,
} from './codes.js';
export { describeValue, pathText } from './describe.js';
export { CrmTaxonomyError, isCrmTaxonomyError, type AnyCrmTaxonomyError, type ErrorPath } from './error.js';
export { inputError, isPlainRecord, isRecord, knownKeys, knownParts, optionsRecord, ownValue, readFields, recordError, thrower, type InputErrorCode } from './input.js';
