import { z } from 'zod';
import type { AnyMachine, EventOf, StateOf } from '../lifecycle/index.js';
import type { LifecycleEvent } from '../lifecycle/index.js';
import type { MachineDocument } from '../lifecycle/index.js';

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const nonEmpty = z.string().min(1);
const customerId = z.union([nonEmpty, z.number().finite()]);
const at = z.iso.datetime({ offset: true });

/**
 * The zod schema of a stored lifecycle event record ({@link LifecycleEvent}), for any machine:
 * ids as strings, `at` an ISO 8601 timestamp with `Z` or an offset. Unknown keys (a host's own
 * columns) are stripped. Use {@link lifecycleEventSchema} to also check the states, the event and
 * the edge against one machine.
 *
 * @example
 * ```ts
 * import { LifecycleEventSchema } from 'crm-taxonomy/schema';
 *
 * LifecycleEventSchema.safeParse({ machine: 'status', from: 'current', to: 'lost', event: 'churn', at: '2024-06-30T00:00:00.000Z' }).success; //=> true
 * LifecycleEventSchema.safeParse({ machine: 'status', from: 'current', to: 'lost', event: 'churn', at: 'yesterday' }).success; //=> false
 * ```
 */
export const LifecycleEventSchema: z.ZodType<LifecycleEvent> = z.object({
  customerId: customerId.optional(),
  machine: z.string().regex(SNAKE_CASE),
  from: nonEmpty,
  to: nonEmpty,
  event: nonEmpty,
  at,
  reason: nonEmpty.optional(),
  cause: nonEmpty.optional(),
  actor: nonEmpty.optional(),
}) as unknown as z.ZodType<LifecycleEvent>;

/**
 * The zod schema of the event records of one machine: its id, its states and events as enums,
 * and an edge of the machine from `from` by `event` reaching `to` (forbidden edges fail). The
 * output is typed with the machine's states and events.
 *
 * @example
 * ```ts
 * import { statusMachine, transition } from 'crm-taxonomy';
 * import { lifecycleEventSchema } from 'crm-taxonomy/schema';
 *
 * const StatusEvent = lifecycleEventSchema(statusMachine);
 * const stored = JSON.parse(JSON.stringify(transition(statusMachine, 'current', 'mark_lost', { at: '2024-06-30', reason: 'Moved abroad' })));
 * StatusEvent.parse(stored).to; //=> 'lost'
 * StatusEvent.safeParse({ ...stored, from: 'non_customer' }).success; //=> false
 * ```
 */
export function lifecycleEventSchema<M extends AnyMachine>(machine: M): z.ZodType<LifecycleEvent<StateOf<M>, EventOf<M>>> {
  const states = z.enum(machine.states as unknown as [string, ...string[]]);
  const events = z.enum(Object.keys(machine.events) as [string, ...string[]]);
  return z
    .object({
      customerId: customerId.optional(),
      machine: z.literal(machine.id),
      from: states,
      to: states,
      event: events,
      at,
      reason: nonEmpty.optional(),
      cause: nonEmpty.optional(),
      actor: nonEmpty.optional(),
    })
    .superRefine((record, context) => {
      const edge = machine.edges.find((e) => e.from === record.from && e.event === record.event);
      if (edge === undefined || edge.to !== record.to) {
        context.addIssue({
          code: 'custom',
          path: ['event'],
          message: `${machine.id} has no edge ${record.event} from ${record.from} to ${record.to}`,
        });
      }
    }) as unknown as z.ZodType<LifecycleEvent<StateOf<M>, EventOf<M>>>;
}

const localized = z.record(z.string(), z.string().min(1));
const edgeSource = z.union([z.object({ seed: z.string(), term: z.string().optional() }), z.object({ domain: z.string() })]);

/**
 * The zod schema of a machine exported by `machineToJSON` ({@link MachineDocument}).
 *
 * @example
 * ```ts
 * import { machineToJSON, b2bRelationshipMachine } from 'crm-taxonomy';
 * import { MachineDocumentSchema } from 'crm-taxonomy/schema';
 *
 * MachineDocumentSchema.safeParse(JSON.parse(JSON.stringify(machineToJSON(b2bRelationshipMachine)))).success; //=> true
 * ```
 */
export const MachineDocumentSchema: z.ZodType<MachineDocument> = z.object({
  id: z.string().regex(SNAKE_CASE),
  dimension: z.string().regex(SNAKE_CASE),
  initial: z.string().optional(),
  states: z.array(z.object({ id: z.string(), label: localized })),
  events: z.array(
    z.object({
      id: z.string().regex(SNAKE_CASE),
      label: localized,
      edges: z.array(
        z.object({ from: z.string(), to: z.string(), guards: z.array(z.string()), why: localized, source: z.array(edgeSource) }),
      ),
    }),
  ),
  guards: z.array(z.object({ id: z.string(), description: localized, refusal: localized })),
  forbidden: z.array(z.object({ event: z.string(), from: z.string(), to: z.string(), why: localized, label: localized.optional() })),
}) as unknown as z.ZodType<MachineDocument>;
