import { CrmTaxonomyError, describeValue, inputError, isRecord, optionsRecord, ownValue, type MessageParams } from '../errors/index.js';
import { can, transition, type AnyMachine, type LifecycleEvent, type LifecycleFacts, type LifecyclePolicy, type LoyaltyBehaviour } from '../lifecycle/index.js';
import { resolveLifecyclePolicy } from '../lifecycle/guards.js';
import { loyaltyMachine, purchaseIntentMachine, statusMachine } from '../lifecycle/machines/index.js';
import { MAX_INSTANT, dayToIso, type DateInput, type DayCounter } from '../records/index.js';
import type { DimensionValue } from '../taxonomy/index.js';
import { churnWindow, loyalBehaviours, salesContacts } from './classifiers.js';
import { checkChurn, checkRfm, type Evidence } from './evidence.js';
import type { ClassificationPolicy } from './policy.js';
import { classifyFacts, CLASSIFY_KEYS, readOptions, type ClassifyOptions } from './profile.js';
import type { ClassificationReason } from './reasons.js';
import type { CustomerFacts, CustomerProfile } from './types.js';

/** The dimensions with a lifecycle machine that a classifier also derives: the ones {@link reconcile} keeps in step. */
const RECONCILED = ['status', 'loyalty', 'purchase_intent'] as const;

type ReconciledDimensionId = (typeof RECONCILED)[number];

/** A key's letters in lower case: `Status`, `purchaseIntent` and `PURCHASE-INTENT` read as the ids they mean. */
const loose = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

const MACHINES: { readonly [K in ReconciledDimensionId]: AnyMachine } = { status: statusMachine, loyalty: loyaltyMachine, purchase_intent: purchaseIntentMachine };

/**
 * The lifecycle states a host has stored for a customer (`status`, `loyalty`, `purchase_intent`).
 * A missing one starts from the machine's initial state (`potential` for status and loyalty;
 * purchase intent has none, so a first intent is refused for a person to set). Other keys (other
 * dimensions, a row's columns) are left alone; one of these ids written otherwise (`Status`,
 * `purchaseIntent`) is refused.
 */
export type StoredStates = { readonly [K in ReconciledDimensionId]?: DimensionValue<K> };

/**
 * A move the job could not make on its own, for a person to review: the dimension, the stored
 * state, what the classifier says now and why (`reasons`), the step refused, and the refusal as
 * data (`code`, `guard`, `params`: the lifecycle's, or `no_stored_state`); `message(refused,
 * locale)` renders it.
 */
interface RefusedMove {
  readonly dimension: ReconciledDimensionId;
  readonly machine: string;
  /** The stored state (or the machine's initial one), `null` when there is none. */
  readonly from: string | null;
  /** What the classifier says now. */
  readonly to: string;
  /** The step refused, on the way from `from` to `to`. */
  readonly step: { readonly from: string | null; readonly to: string };
  /** The lifecycle's refusal code, or `no_stored_state`. */
  readonly code: string;
  /** The failing guard, for `guard_failed`. */
  readonly guard?: string;
  readonly params: MessageParams;
  /** Why the classifier says `to`. */
  readonly reasons: readonly ClassificationReason[];
}

/** The result of {@link reconcile}: the event records to write (in order), the moves refused for a person to review, and the profile they come from. */
export interface ReconcileResult {
  readonly events: readonly LifecycleEvent[];
  readonly refused: readonly RefusedMove[];
  readonly profile: CustomerProfile;
}

/** What the lifecycle guards read, from the same evidence the classifiers read. */
function lifecycleFacts(ev: Evidence, policy: ClassificationPolicy): LifecycleFacts {
  const tx = ev.tx;
  const n = tx === null ? undefined : tx.purchaseDays;
  const last = tx === null || tx.purchaseDays === 0 ? undefined : tx.lastDay;
  // The contacts as the purchase-intent classifier reads them: its count, its quote with no reply.
  const [contactCount, , , , quote] = ev.contacts === null ? [] : salesContacts(ev.contacts, ev);
  const quoteDay = quote?.day;
  const shown = loyalBehaviours(ev, policy);
  // The lifecycle lists the behaviours as directed, repeat, related, referral; loyalBehaviours gives repeat first.
  const byName: Readonly<Record<LoyaltyBehaviour, boolean | null>> = { repeat: shown[0], directed: shown[1], related: shown[2], referral: shown[3] };
  const behaviours: LoyaltyBehaviour[] = [];
  for (const b of ['directed', 'repeat', 'related', 'referral'] as const) if (byName[b] === true) behaviours.push(b);
  return {
    ...(n === undefined ? {} : { hasPurchase: n > 0, purchaseCount: n }),
    ...(last === undefined ? {} : { daysSinceLastPurchase: ev.asOfDay - last, daysSinceFirstPurchase: ev.asOfDay - tx!.firstDay }),
    ...(contactCount === undefined ? {} : { contactCount, quoteSent: quoteDay !== undefined }),
    ...(quoteDay === undefined ? {} : { daysSinceQuote: ev.asOfDay - quoteDay }),
    loyaltyBehaviours: behaviours,
  };
}

/** The lifecycle thresholds that match the classification policy for this customer. */
function lifecyclePolicy(ev: Evidence, policy: ClassificationPolicy, host: LifecyclePolicy): LifecyclePolicy {
  return {
    ...host,
    churnWindowDays: churnWindow(ev.tx, policy).days,
    establishedMinPurchases: policy.loyalty.established.minPurchases,
    establishedMinDays: policy.loyalty.established.minTenureDays,
    loyalMinBehaviours: policy.loyalty.loyal.minBehaviours,
    // The classifier's quote is unanswered once more than `replyWindowDays` days have passed, and so
    // is the guard's (`daysSinceQuote > quoteReplyDays`): the same number, as the docs promise.
    quoteReplyDays: policy.purchaseIntent.replyWindowDays,
  };
}

/** The shortest sequence of states from `from` to `to` along the machine's edges (guards aside). */
function path(machine: AnyMachine, from: string, to: string): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (state === to) break;
    for (const edge of machine.edges) {
      if (edge.from !== state || previous.has(edge.to)) continue;
      previous.set(edge.to, state);
      queue.push(edge.to);
    }
  }
  if (!previous.has(to)) return undefined;
  const states = [to];
  while (states[0] !== from) states.unshift(previous.get(states[0]!)!);
  return states;
}

/** The last instant of a day in a counter's zone (the next day's first, less 1 ms); on the last day a `Date` holds, whose end lies beyond that range, the last instant inside. */
function dayEnd(days: DayCounter, day: number): number {
  try {
    return days.instant(dayToIso(day + 1), []) - 1;
  } catch {
    // Only a library-written date beyond the range can fail here.
    return MAX_INSTANT;
  }
}

/**
 * The nightly job: classifies a customer, compares each dimension that has a lifecycle (status,
 * loyalty, purchase intent) with its stored state, and proposes the moves, each checked by the
 * lifecycle machine with the facts and thresholds the classifier used (the customer's own churn
 * window included). Returns the event records to write (`transition`'s records, in order; a move
 * of several steps gives several events) and the moves refused for a person to review, with the
 * refusal as data and the classifier's reasons. Moves that need a person's reason (demotions,
 * marking lost by hand, disqualifying) are always refused: the job never invents a reason. A
 * dimension the facts leave unknown is left alone. The events are stamped at the end of asOf's
 * day in the policy's time zone, its last millisecond (asOf is a calendar day, whose facts all
 * count; a time of day given with it is dropped): after the facts they rest on and the moves a
 * person made that day.
 * Contacts are counted for the lifecycle guards as the classifier counts them (after the day of
 * the last purchase, complaints left out). Idempotent: once the events are applied,
 * running it again on the same input proposes nothing. Linear in the customer's facts.
 *
 * Options: those of `classify` (`asOf`, `policy`, `valueModel`, `churn`, `rfm`), plus `actor`
 * (stored on the events), `at` (when the events are recorded: by default the end of asOf's day; a
 * job that runs during that day passes the time it runs, not before asOf's day) and
 * `lifecyclePolicy` (thresholds of the machines the classification policy does not set, such as
 * `reclassifyAfterContacts`).
 *
 * @throws CrmTaxonomyError `unknown_state` for a stored state the machine lacks (path
 * `['stored', dimension]`); `invalid_argument` for a non-object `stored`; as `classify` for the
 * facts and options.
 * @example
 * ```ts
 * import { message, reconcile } from 'crm-taxonomy';
 *
 * const facts = { customerId: 'c-7', transactions: [{ at: '2024-01-05', amount: 10 }, { at: '2024-02-20', amount: 30 }], contacts: [] };
 * const first = reconcile({ status: 'target', loyalty: 'loyal' }, facts, { asOf: '2024-12-31', actor: 'nightly' });
 * first.events.map((e) => `${e.machine}: ${e.from} → ${e.to} (${e.event})`);
 * //=> ['status: target → current (first_purchase)', 'status: current → lost (churn)']
 * first.refused.map((r) => [r.dimension, r.from, r.to, r.code, r.guard]); //=> [['loyalty', 'loyal', 'established', 'guard_failed', 'has_reason']]
 * message(first.refused[0]!).startsWith('Cannot move from Loyal customer to Established customer'); //=> true
 *
 * // Apply the events, run again: nothing to do.
 * reconcile({ status: 'lost', loyalty: 'loyal' }, facts, { asOf: '2024-12-31' }).events; //=> []
 * ```
 */
export function reconcile(
  given: StoredStates,
  facts: CustomerFacts,
  options: ClassifyOptions & {
    readonly actor?: string;
    /** When the events are recorded: the end of asOf's day by default; not before asOf's day. */
    readonly at?: DateInput;
    readonly lifecyclePolicy?: Partial<LifecyclePolicy>;
  },
): ReconcileResult {
  if (!isRecord(given)) throw inputError('invalid_argument', ['stored'], 'object', given);
  // A reconciled dimension's id written otherwise (`Status`, `purchaseIntent`) is a mistake that
  // would make every move start from the initial state; any other key (another dimension, a
  // host's own, a row's columns) is left alone.
  for (const key of Object.keys(given)) {
    const meant = RECONCILED.find((d) => loose(d) === loose(key));
    if (meant !== undefined && meant !== key) throw inputError('invalid_argument', ['stored', key], 'known_key', key, { allowed: RECONCILED });
  }
  // Each state read once, the host's own (an inherited one was never stored).
  const stored: StoredStates = Object.fromEntries(RECONCILED.map((d) => [d, ownValue(given, d)]));
  for (const dimension of RECONCILED) {
    const value = stored[dimension];
    const machine = MACHINES[dimension];
    if (value !== undefined && !(machine.states as readonly unknown[]).includes(value)) {
      throw new CrmTaxonomyError('unknown_state', { machine: machine.id, received: describeValue(value), allowed: [...machine.states] }, { path: ['stored', dimension] });
    }
  }
  const o = optionsRecord(options, [...CLASSIFY_KEYS, 'actor', 'at', 'lifecyclePolicy']);
  const read = readOptions(o);
  const churn = checkChurn(o.churn, ['options', 'churn']);
  const rfm = checkRfm(o.rfm, ['options', 'rfm']);
  const actor = o.actor;
  if (actor !== undefined && (typeof actor !== 'string' || actor.trim() === '')) throw inputError('invalid_argument', ['options', 'actor'], 'non_empty_string', actor);
  const hostPolicy = resolveLifecyclePolicy(o.lifecyclePolicy, ['options', 'lifecyclePolicy']);
  const { profile, evidence } = classifyFacts(facts, read, churn, rfm);
  const guardFacts = lifecycleFacts(evidence, read.policy);
  const guardPolicy = lifecyclePolicy(evidence, read.policy, hostPolicy);
  const events: LifecycleEvent[] = [];
  const refused: RefusedMove[] = [];
  // The end of asOf's day in the policy's time zone (asOf is a calendar day there, whatever time
  // it was given with, and every fact of it counts): the instant the events record, after that
  // day's purchases and a person's moves of that day (at its start, a first purchase preceded the
  // purchase, and a manual move of the day came after the moves the job made from it). A job that
  // runs during the day says when (`at`), so a person's later move of the day comes after.
  const at = o.at === undefined ? dayEnd(read.days, read.asOfDay) : read.days.instant(o.at, ['options', 'at']);
  if (o.at !== undefined && read.days.day(at, ['options', 'at']) < read.asOfDay) throw inputError('invalid_argument', ['options', 'at'], 'not_before_other', o.at, { other: 'asOf' });
  const customerId = profile.customerId;

  for (const dimension of RECONCILED) {
    const result = profile.dimensions[dimension];
    if (!result.known) continue;
    const machine = MACHINES[dimension];
    const target = result.value as string;
    const from = (stored[dimension] as string | undefined) ?? (machine.initial as string | undefined) ?? null;
    if (from === target) continue;
    const refuse = (step: RefusedMove['step'], refusal: { readonly code: string; readonly guard?: string; readonly params: MessageParams }): void => {
      refused.push({ dimension, machine: machine.id, from, to: target, step, ...refusal, reasons: result.reasons });
    };
    if (from === null) {
      refuse({ from: null, to: target }, { code: 'no_stored_state', params: { dimension } });
      continue;
    }
    const states = path(machine, from, target) ?? [from, target];
    for (let i = 1; i < states.length; i++) {
      const a = states[i - 1]!;
      const b = states[i]!;
      // Among the events from a to b, take the first the guards allow (churn before mark_lost).
      const candidates = machine.edges.filter((e) => e.from === a && e.to === b);
      const tries =
        candidates.length === 0
          ? [can(machine, a, { to: b } as never, { facts: guardFacts, policy: guardPolicy })]
          : candidates.map((e) => can(machine, a, e.event as never, { facts: guardFacts, policy: guardPolicy }));
      const allowed = tries.find((r) => r.ok);
      if (allowed === undefined) {
        const refusal = tries[0]!;
        if (!refusal.ok) refuse({ from: a, to: b }, { code: refusal.code, ...(refusal.guard === undefined ? {} : { guard: refusal.guard }), params: refusal.params });
        break;
      }
      events.push(
        transition(machine, a, allowed.event as never, {
          at,
          facts: guardFacts,
          policy: guardPolicy,
          ...(customerId === null ? {} : { customerId }),
          ...(actor === undefined ? {} : { actor: actor as string }),
        }),
      );
    }
  }
  return { events, refused, profile };
}
