export { DAY_MS, MAX_DAY, MAX_INSTANT, dateTime, dayToIso, daysFromCivil, daysInMonth, instantToIso } from './calendar.js';
export { beyondDateRange, createDayCounter, dayToIsoChecked, instantToIsoChecked, invalidDate, toEpochMs, type DateInput, type DayCounter } from './dates.js';
export { addCompensated, exactSum, growExpansion, roundExpansion, type CompensatedSum } from './sum.js';
export {
  ACCESSOR_KEYS,
  compareCustomerIds,
  idKey,
  isCustomerId,
  readTransaction,
  type CustomerId,
  type MissingCustomerIdPolicy,
  type ReadTransaction,
  type TransactionAccessors,
} from './transactions.js';
