export {
  defineMachine,
  type AnyMachine,
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
  type MachineEvent,
  type Move,
  type Moves,
  type MovesOf,
  type StateOf,
  type TargetsFrom,
} from './define.js';
export {
  DEFAULT_LIFECYCLE_POLICY,
  type BuiltinGuardId,
  type Guard,
  type GuardDefinition,
  type LifecycleFacts,
  type LifecyclePolicy,
  type LoyaltyBehaviour,
} from './guards.js';
export { can, type Allowed, type CanOptions, type CanResult, type MoveRequest, type Refusal, type RefusalCode } from './can.js';
export { transition, type LifecycleEvent, type LifecycleEventOf, type TransitionOptions } from './transition.js';
export { replay, validateHistory, type HistoryIssue, type HistoryIssueCode, type HistoryOptions, type HistoryReport } from './history.js';
export { extendMachine, type ExtendedMachine, type ExtensionEvents, type MachineExtension } from './extend.js';
export { machineToJSON, toMermaid, type LocalizedTexts, type MachineDocument } from './diagram.js';
export * from './machines/index.js';
