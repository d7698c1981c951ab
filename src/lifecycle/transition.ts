import { CrmTaxonomyError, inputError, optionsRecord } from '../errors/index.js';
import { instantToIso, isCustomerId, toEpochMs, type CustomerId, type DateInput } from '../records/index.js';
import { checkFacts, checkMachine, decide, type MoveRequest } from './can.js';
import { isState } from './lookup.js';
import type { AnyMachine, EventOf, StateOf } from './define.js';
import { resolveLifecyclePolicy, type LifecycleFacts, type LifecyclePolicy } from './guards.js';
import { customerId as customerIdField, dateText, object, string, type Assert, type Equals, type Known, type Out } from '../shape/index.js';

/** What a host stores for one move: plain JSON (`LifecycleEventSchema` in `crm-taxonomy/schema` reads it back). `at` is ISO 8601 UTC. */
export interface LifecycleEvent<S extends string = string, Ev extends string = string> {
  /** The host's customer id. */
  readonly customerId?: CustomerId;
  /** The machine id. */
  readonly machine: string;
  readonly from: S;
  readonly to: S;
  readonly event: Ev;
  /** When the move happened: ISO 8601, UTC. */
  readonly at: string;
  /** The reason a person gave. */
  readonly reason?: string;
  /** A `breakdown_cause` id, for downgrades and losses. */
  readonly cause?: string;
  /** Who made the move: a user id, a job name. */
  readonly actor?: string;
}

/** The one definition of a stored event record: what `transition` writes and the schemas read back. Keys beyond these (a host's own columns) are kept. @internal */
export const LIFECYCLE_EVENT_SHAPE = /* @__PURE__ */ (() => object(
  {
    customerId: customerIdField(),
    machine: string({ format: 'snake_case' }),
    from: string(),
    to: string(),
    event: string(),
    at: dateText(),
    reason: string(),
    cause: string(),
    actor: string(),
  },
  { optional: ['customerId', 'reason', 'cause', 'actor'], open: true },
))();
type _EventMatchesShape = Assert<Equals<Known<LifecycleEvent>, Known<Out<typeof LIFECYCLE_EVENT_SHAPE>>>>;

/** The event record of machine `M`. */
export type LifecycleEventOf<M extends AnyMachine> = LifecycleEvent<StateOf<M>, EventOf<M>>;

/** Options of `transition`: when the move happens (no clock is read), the facts and policy the guards read, and what to store with the event. */
export interface TransitionOptions {
  /** When the move happens: a Date, epoch ms or an ISO string (stored as ISO UTC). */
  readonly at: DateInput;
  /** What the guards read. `reason` and `cause` below are added to them. */
  readonly facts?: LifecycleFacts;
  /** Thresholds for the guards. */
  readonly policy?: Partial<LifecyclePolicy>;
  readonly customerId?: CustomerId;
  /** The reason to store (and for the `has_reason` guard). */
  readonly reason?: string;
  /** A `breakdown_cause` id to store (and for the `has_reason` guard); any non-blank text is taken, not checked against the taxonomy. */
  readonly cause?: string;
  readonly actor?: string;
}

function optionalText(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim().length === 0) throw inputError('invalid_argument', ['options', name], 'non_empty_string', value);
  return value;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Makes a move and returns the event record to store, or throws: `unknown_state` or
 * `unknown_event` for a state or event the machine lacks, `transition_refused` with the refusal
 * in `details.refusal` (render it with `message`) when a rule forbids the move. Pure: `at` is an
 * option, no clock is read.
 *
 * @example
 * ```ts
 * import { isCrmTaxonomyError, message, statusMachine, transition } from 'crm-taxonomy';
 *
 * transition(statusMachine, 'current', 'mark_lost', { at: '2024-06-30', customerId: 'c-42', cause: 'competitor', actor: 'u-7' });
 * //=> { customerId: 'c-42', machine: 'status', from: 'current', to: 'lost', event: 'mark_lost', at: '2024-06-30T00:00:00.000Z', cause: 'competitor', actor: 'u-7' }
 *
 * try {
 *   transition(statusMachine, 'non_customer' as string, { to: 'current' }, { at: '2024-06-30' });
 * } catch (error) {
 *   isCrmTaxonomyError(error, 'transition_refused'); //=> true
 *   message(error, 'en');
 *   //=> 'The move was refused (No single move leads from Non-customer to Current customer; from Non-customer the possible moves are: Qualify)'
 * }
 * ```
 */
export function transition<M extends AnyMachine, const F extends string>(machine: M, from: F, move: MoveRequest<M, F>, options: TransitionOptions): LifecycleEventOf<M> {
  const m = checkMachine(machine);
  const o = optionsRecord<Partial<TransitionOptions>>(options, ['at', 'facts', 'policy', 'customerId', 'reason', 'cause', 'actor']);
  const at = instantToIso(toEpochMs(o.at, ['options', 'at']));
  const reason = optionalText(o.reason, 'reason');
  const cause = optionalText(o.cause, 'cause');
  const actor = optionalText(o.actor, 'actor');
  const { customerId } = o;
  if (customerId !== undefined && !isCustomerId(customerId)) throw inputError('invalid_argument', ['options', 'customerId'], 'customer_id', customerId);
  const given = checkFacts(o.facts, ['options', 'facts']);
  const facts: LifecycleFacts = { ...given, ...(reason === undefined ? {} : { reason }), ...(cause === undefined ? {} : { cause }) };
  const result = decide(m, from, move, facts, resolveLifecyclePolicy(o.policy, ['options', 'policy']));
  if (!result.ok) {
    const p = result.params;
    if (result.code === 'unknown_state') {
      const field = isState(m, from) ? 'to' : 'from';
      throw new CrmTaxonomyError('unknown_state', { machine: m.id, received: p.received as string, allowed: m.states }, { path: [field] });
    }
    if (result.code === 'no_such_event') {
      throw new CrmTaxonomyError('unknown_event', { machine: m.id, received: p.received as string, allowed: Object.keys(m.events) }, { path: ['event'] });
    }
    throw new CrmTaxonomyError('transition_refused', { refusal: { code: result.code, params: result.params } });
  }
  const storedReason = reason ?? (nonEmpty(facts.reason) ? facts.reason : undefined);
  const storedCause = cause ?? (nonEmpty(facts.cause) ? facts.cause : undefined);
  return {
    ...(customerId === undefined ? {} : { customerId }),
    machine: m.id,
    from: result.from,
    to: result.to,
    event: result.event,
    at,
    ...(storedReason === undefined ? {} : { reason: storedReason }),
    ...(storedCause === undefined ? {} : { cause: storedCause }),
    ...(actor === undefined ? {} : { actor }),
  } as LifecycleEventOf<M>;
}
