import { z } from 'zod';
import type { AnyMachine, EventOf, LifecycleEvent, MachineDocument, StateOf } from '../lifecycle/index.js';
import { checkMachine } from '../lifecycle/can.js';
import { edgeOf, outgoing } from '../lifecycle/lookup.js';
import { LIFECYCLE_POLICY_SHAPE } from '../lifecycle/guards.js';
import { LIFECYCLE_EVENT_SHAPE } from '../lifecycle/transition.js';
import type { LifecyclePolicy } from '../lifecycle/index.js';
import { SNAKE_CASE } from '../shape/formats.js';
import { SHAPE_ISSUE, zodOf, type ShapeParams } from './from-shape.js';

/**
 * The zod schema of a stored lifecycle event record, for any machine: what `transition` writes,
 * read back (`at` in any form the library's date parser reads, expanded years included). Keys
 * beyond the record's (a host's own columns) are kept (but a `__proto__` key, which zod drops and
 * the core keeps as data). `machineEventSchema(machine)` also checks
 * the states, the event and the edge against one machine.
 *
 * @example
 * ```ts
 * import { LifecycleEventSchema } from 'crm-taxonomy/schema';
 *
 * LifecycleEventSchema.safeParse({ machine: 'status', from: 'current', to: 'lost', event: 'churn', at: '2024-06-30T00:00:00.000Z' }).success; //=> true
 * LifecycleEventSchema.safeParse({ machine: 'status', from: 'current', to: 'lost', event: 'churn', at: 'yesterday' }).success; //=> false
 * ```
 */
export const LifecycleEventSchema: z.ZodType<LifecycleEvent> = /* @__PURE__ */ zodOf(LIFECYCLE_EVENT_SHAPE) as z.ZodType<LifecycleEvent>;

/**
 * The zod schema of the event records of one machine: its id, its states and events as enums,
 * and an edge of the machine from `from` by `event` reaching `to` (forbidden edges fail). The
 * output is typed with the machine's states and events. The edge's guards are not run: a record
 * of an edge that needs a reason (`has_reason`) and carries none passes here and is
 * `validateHistory`'s `missing_reason`. Anything but a machine the library built (a built-in one,
 * or one from `defineMachine` or `extendMachine`) is `unknown_machine` at `['machine']`.
 *
 * @example
 * ```ts
 * import { statusMachine, transition } from 'crm-taxonomy';
 * import { machineEventSchema } from 'crm-taxonomy/schema';
 *
 * const StatusEvent = machineEventSchema(statusMachine);
 * const stored = JSON.parse(JSON.stringify(transition(statusMachine, 'current', 'mark_lost', { at: '2024-06-30', reason: 'Moved abroad' })));
 * StatusEvent.parse(stored).to; //=> 'lost'
 * StatusEvent.safeParse({ ...stored, from: 'non_customer' }).success; //=> false
 * ```
 */
export function machineEventSchema<M extends AnyMachine>(machine: M): z.ZodType<LifecycleEvent<StateOf<M>, EventOf<M>>> {
  checkMachine(machine);
  const states = z.enum(machine.states as unknown as [string, ...string[]]);
  const events = z.enum(Object.keys(machine.events) as [string, ...string[]]);
  return (LifecycleEventSchema as unknown as z.ZodObject)
    .extend({ machine: z.literal(machine.id), from: states, to: states, event: events })
    .superRefine((record, context) => {
      const from = typeof record.from === 'string' ? record.from : undefined;
      const edge = from !== undefined && typeof record.event === 'string' ? edgeOf(machine, from, record.event) : undefined;
      if (edge === undefined || edge.to !== record.to) {
        // As fromZodError reads the core's issues: one of the events that lead from `from` to `to`.
        const allowed = (from === undefined ? [] : outgoing(machine, from)).filter((e) => e.to === record.to).map((e) => e.event);
        const params: ShapeParams = { expected: 'one_of', value: record.event, allowed, [SHAPE_ISSUE]: true };
        context.addIssue({ code: 'custom', path: ['event'], message: `${machine.id} has no edge ${String(record.event)} from ${String(record.from)} to ${String(record.to)}`, params });
      }
    }) as unknown as z.ZodType<LifecycleEvent<StateOf<M>, EventOf<M>>>;
}

/**
 * The zod schema of a complete lifecycle policy (the thresholds the built-in guards read; a
 * host's own thresholds are kept, but a `__proto__` key, which zod drops and the core keeps as
 * data), derived from the same definition the core checks with.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIFECYCLE_POLICY } from 'crm-taxonomy';
 * import { LifecyclePolicySchema } from 'crm-taxonomy/schema';
 *
 * LifecyclePolicySchema.safeParse(DEFAULT_LIFECYCLE_POLICY).success; //=> true
 * LifecyclePolicySchema.safeParse({ ...DEFAULT_LIFECYCLE_POLICY, churnWindowDays: -1 }).success; //=> false
 * ```
 */
export const LifecyclePolicySchema: z.ZodType<LifecyclePolicy> = /* @__PURE__ */ zodOf(LIFECYCLE_POLICY_SHAPE) as z.ZodType<LifecyclePolicy>;

const texts = z.record(z.string(), z.string().min(1));
const edgeSource = z.union([z.object({ seed: z.string(), term: z.string().optional() }), z.object({ domain: z.string() })]);

/**
 * The zod schema of a machine exported by `machineToJSON`.
 *
 * @example
 * ```ts
 * import { machineToJSON, b2bRelationshipMachine } from 'crm-taxonomy';
 * import { MachineDocumentSchema } from 'crm-taxonomy/schema';
 *
 * MachineDocumentSchema.safeParse(JSON.parse(JSON.stringify(machineToJSON(b2bRelationshipMachine)))).success; //=> true
 * ```
 */
export const MachineDocumentSchema: z.ZodType<MachineDocument> = z.strictObject({
  id: z.string().regex(SNAKE_CASE),
  dimension: z.string().regex(SNAKE_CASE),
  initial: z.string().optional(),
  states: z.array(z.strictObject({ id: z.string(), label: texts })),
  events: z.array(
    z.strictObject({
      id: z.string().regex(SNAKE_CASE),
      label: texts,
      edges: z.array(z.strictObject({ from: z.array(z.string()).min(1), to: z.string(), guards: z.array(z.string()), why: texts, source: z.array(edgeSource) })),
    }),
  ),
  guards: z.array(
    z.strictObject({ id: z.string(), description: texts, refusal: texts, rule: z.unknown().optional(), params: z.record(z.string(), z.unknown()).optional(), namesMissing: z.literal(false).optional() }),
  ),
  forbidden: z.array(z.strictObject({ event: z.string(), from: z.string(), to: z.string(), why: texts })),
}) as unknown as z.ZodType<MachineDocument>;
