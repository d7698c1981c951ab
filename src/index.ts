/**
 * crm-taxonomy: the customer-classification vocabulary of CRMs as typed, localized data, with
 * classifiers, lifecycle validators and value scoring. The root entry holds what an app calls,
 * grouped here as in the README's tour; docs/api-shape.md lists it by concept. Lifetime value
 * (the purchase and spend models) is `crm-taxonomy/clv`; the seeds' analyses
 * `crm-taxonomy/analysis`; the treatments per customer kind `crm-taxonomy/playbook`; the public
 * pool's rules `crm-taxonomy/pool`; Chinese texts are `crm-taxonomy/locales/zh-Hans` and `…/zh-Hant`.
 *
 * @packageDocumentation
 */

// ── Errors and messages ────────────────────────────────────────────────────────────────────
export {
  type AnyCrmTaxonomyError,
  CrmTaxonomyError,
  ERROR_CODES,
  isCrmTaxonomyError,
  type ErrorCode,
  type ErrorDetails,
  type ErrorDetailsByCode,
  type ErrorPath,
  type Expectation,
  type InputIssue,
  type MessageParams,
} from './errors/index.js';
export { LOCALES, resolveLocale, type Locale, type LocaleTables, type MoneyFormat, type TextInput, type TextOptions } from './i18n/index.js';
export { message, type MessageData, type MessageOptions } from './messages/message.js';

// ── Records: what the library reads from a host ─────────────────────────────────────────────
export type { CustomerId, DateInput, MissingCustomerIdPolicy, TransactionAccessors } from './records/index.js';

// ── Taxonomy ────────────────────────────────────────────────────────────────────────────────
export {
  BUILTIN_DIMENSIONS,
  compare,
  createTaxonomy,
  defineDimension,
  description,
  is,
  label,
  list,
  next,
  parse,
  previous,
  rank,
  safeParse,
  taxonomy,
  type AddedValue,
  type AnyDimension,
  type DimensionDefinition,
  type DimensionId,
  type DimensionKind,
  type DimensionValue,
  type ListedValue,
  type OrderedDimensionId,
  type SafeParseResult,
  type Taxonomy,
  type TaxonomyDocument,
  type TaxonomyExtension,
  type ValueDefinition,
  type ValueOf,
} from './taxonomy/index.js';
export type * from './taxonomy/aliases.js';

// ── Lifecycle ───────────────────────────────────────────────────────────────────────────────
export {
  b2bRelationshipMachine,
  can,
  DEFAULT_LIFECYCLE_POLICY,
  defineMachine,
  extendMachine,
  kotlerLevelMachine,
  loyaltyMachine,
  machineToJSON,
  purchaseIntentMachine,
  replay,
  statusMachine,
  toMermaid,
  transition,
  validateHistory,
  type Allowed,
  type AnyMachine,
  type B2bRelationshipMachine,
  type BuiltinGuardId,
  type CanOptions,
  type CanResult,
  type EdgeInput,
  type EventInput,
  type EventOf,
  type GuardDefinition,
  type HistoryIssue,
  type HistoryIssueCode,
  type HistoryOptions,
  type HistoryReport,
  type KotlerLevelMachine,
  type LifecycleEvent,
  type LifecycleEventOf,
  type LifecycleFacts,
  type LifecyclePolicy,
  type LoyaltyBehaviour,
  type LoyaltyMachine,
  type Machine,
  type MachineDocument,
  type MachineExtension,
  type Move,
  type MoveRequest,
  type PurchaseIntentMachine,
  type Refusal,
  type RefusalCode,
  type StateOf,
  type StatusMachine,
  type TransitionOptions,
} from './lifecycle/index.js';

// ── Scoring (RFM, ABC) ──────────────────────────────────────────────────────────────────────
export * from './scoring/index.js';

// ── Classification ──────────────────────────────────────────────────────────────────────────
export * from './classify/index.js';

// ── Relationship levels ─────────────────────────────────────────────────────────────────────
export * from './relationship/index.js';

