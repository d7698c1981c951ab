/**
 * The seeds' analyses (`crm-taxonomy/analysis`): a customer's value in three parts
 * (`customerValue`), profit after the cost to serve (`profitView`), the differentiation of a batch
 * (`differentiate`) and the membership review (`reviewMembership`), each with its reasons as data.
 * An entry of its own, beside the root's classification and scoring; its reasons render with the
 * root's `message`.
 * @module
 */
export type { CustomerAccount } from './account.js';
export { customerValue, type CustomerValue } from './value.js';
export { profitView, type ProfitView } from './profit.js';
export { differentiate, type DifferentiatedCustomer, type Differentiation } from './differentiate.js';
export { reviewMembership, type MembershipReview } from './membership.js';
export type { MembershipPolicy } from './membership-policy.js';
export type { AnalysisReason } from './reasons.js';
