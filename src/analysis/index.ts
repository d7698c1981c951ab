export type { CustomerAccount } from './account.js';
export { customerValue, type CustomerValue } from './value.js';
export { profitView, type ProfitView } from './profit.js';
export { differentiate, type DifferentiatedCustomer, type Differentiation } from './differentiate.js';
export { reviewMembership, type MembershipReview } from './membership.js';
export type { MembershipPolicy } from './membership-policy.js';
export type { AnalysisReason } from './reasons.js';
