export {
  defineMachine,
  type AnyMachine,
  type CoverageCheck,
  type Edge,
  type EdgeInput,
  type EdgeSource,
  type EventInput,
  type EventOf,
  type EventsFrom,
  type ForbiddenEdge,
  type GuardOf,
  type Machine,
  type MachineDefinition,
  type Move,
  type MovesOf,
  type MovesOfEvents,
  type SpreadMoves,
  type StateOf,
  type TargetsFrom,
} from './define.js';
export {
  BUILTIN_GUARD_IDS,
  DEFAULT_LIFECYCLE_POLICY,
  LIFECYCLE_GUARDS,
  LOYALTY_BEHAVIOURS,
  type BuiltinGuardId,
  type GuardDefinition,
  type LifecycleFacts,
  type LifecyclePolicy,
  type LoyaltyBehaviour,
  type ResolvedLifecyclePolicy,
} from './guards.js';
export {
  can,
  transition,
  REFUSAL_CODES,
  type Allowed,
  type CanResult,
  type LifecycleEvent,
  type LifecycleEventOf,
  type MoveRequest,
  type Refusal,
  type RefusalCode,
  type TransitionOptions,
} from './can.js';
export {
  replay,
  validateHistory,
  HISTORY_ISSUE_CODES,
  type HistoryIssue,
  type HistoryIssueCode,
  type HistoryOptions,
  type HistoryReport,
} from './history.js';
export { extendMachine, type ExtendedMachine, type ExtensionEvents, type MachineExtension } from './extend.js';
export { machineToJSON, toMermaid, type MachineDocument, type MermaidOptions } from './diagram.js';
export * from './machines/index.js';
