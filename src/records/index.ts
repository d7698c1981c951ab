export { DAY_MS, toEpochMs, type DateInput } from './dates.js';
export {
  compareCustomerIds,
  sumAmounts,
  type CustomerId,
  type MissingCustomerIdPolicy,
  type TransactionAccessors,
} from './transactions.js';
