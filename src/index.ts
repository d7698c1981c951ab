/**
 * crm-taxonomy: the customer-classification vocabulary of CRMs as typed, localized data, with
 * classifiers, lifecycle validators, value scoring and lifetime value.
 *
 * @packageDocumentation
 */
export {
  CrmTaxonomyError,
  ERROR_CODES,
  isCrmTaxonomyError,
  type CrmTaxonomyErrorOptions,
  type ErrorCode,
  type ErrorPath,
} from './errors.js';
export * from './i18n/index.js';
export * from './records/index.js';
export * from './taxonomy/index.js';
export * from './clv/index.js';
export * from './relationship/index.js';
export * from './playbook/index.js';
export * from './pool/index.js';
export * from './lifecycle/index.js';
export * from './scoring/index.js';
export * from './classify/index.js';
