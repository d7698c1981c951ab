import type { BuiltinGuardId } from '../lifecycle/guards.js';
import type { HistoryIssueCode } from '../lifecycle/history.js';
import type { RefusalCode } from '../lifecycle/can.js';

type BuiltinMachineId = 'status' | 'loyalty' | 'purchase_intent' | 'kotler_level' | 'b2b_relationship';

/** Every key of the lifecycle tables. @internal */
export type LifecycleTextKey =
  | RefusalCode
  | HistoryIssueCode
  | 'refusal.edge_not_allowed.event'
  | 'refusal.edge_not_allowed.target'
  | 'refusal.edge_not_allowed.leads'
  | 'guard_detail.refusal'
  | 'guard_detail.missing'
  | 'history_field.record'
  | `guard.${BuiltinGuardId}.${'description' | 'refusal'}`
  | `machine.${BuiltinMachineId}.${string}`;
