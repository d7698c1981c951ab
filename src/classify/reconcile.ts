import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import type { LocalizedMessage } from '../i18n/legacy.js';
import type { Reason } from '../i18n/legacy.js';
import { can, transition, type LifecycleEvent } from '../lifecycle/index.js';
import type { AnyMachine } from '../lifecycle/index.js';
import { DEFAULT_LIFECYCLE_POLICY, type LifecycleFacts, type LifecyclePolicy, type LoyaltyBehaviour } from '../lifecycle/index.js';
import { loyaltyMachine, purchaseIntentMachine, statusMachine } from '../lifecycle/machines/index.js';
import { createDayCounter, type DateInput } from '../records/index.js';
import { is, type DimensionValue } from '../taxonomy/index.js';
import { churnWindow, loyalBehaviours } from './classifiers.js';
import { evidenceOf, type Evidence } from './evidence.js';
import { resolveClassificationPolicy, type ClassificationPolicy, type ClassificationPolicyInput } from './policy.js';
import { assemble, checkGiven, deriveAll, readAsOf } from './profile.js';
import type { ReasonCode } from './reasons.js';
import type { CustomerFacts, CustomerProfile } from './types.js';
import { checkValueModel, type ValueModel } from './value.js';

/**
 * The dimensions with a lifecycle machine that a classifier also derives: the ones
 * {@link reconcile} keeps in step.
 *
 * @example
 * ```ts
 * import { RECONCILED_DIMENSIONS } from 'crm-taxonomy';
 *
 * RECONCILED_DIMENSIONS; //=> ['status', 'loyalty', 'purchase_intent']
 * ```
 */
export const RECONCILED_DIMENSIONS = ['status', 'loyalty', 'purchase_intent'] as const;

/**
 * One of {@link RECONCILED_DIMENSIONS}.
 *
 * @example
 * ```ts
 * import type { ReconciledDimensionId } from 'crm-taxonomy';
 *
 * const id: ReconciledDimensionId = 'loyalty';
 * id; //=> 'loyalty'
 * ```
 */
export type ReconciledDimensionId = (typeof RECONCILED_DIMENSIONS)[number];

const MACHINES: { readonly [K in ReconciledDimensionId]: AnyMachine } = {
  status: statusMachine,
  loyalty: loyaltyMachine,
  purchase_intent: purchaseIntentMachine,
};

/**
 * The states a host has stored for a customer, per machined dimension. A missing one starts from
 * the machine's initial state (`potential` for status and loyalty; purchase intent has none, so a
 * first intent is refused for a person to set).
 *
 * @example
 * ```ts
 * import type { StoredStates } from 'crm-taxonomy';
 *
 * const stored: StoredStates = { status: 'current', loyalty: 'new' };
 * stored.status; //=> 'current'
 * ```
 */
export type StoredStates = { readonly [K in ReconciledDimensionId]?: DimensionValue<K> };

/**
 * A move the job could not make on its own, for a person to review: the dimension, the stored
 * state, what the classifier says now and why (`reasons`), the step that was refused and the
 * lifecycle's refusal (`code`, `message` in three locales).
 *
 * @example
 * ```ts
 * import type { RefusedMove } from 'crm-taxonomy';
 *
 * const r: RefusedMove = {
 *   dimension: 'status', machine: 'status', from: 'current', to: 'lost', step: { from: 'current', to: 'lost' },
 *   code: 'guard_failed:has_reason', message: { en: '…', 'zh-Hans': '…', 'zh-Hant': '…' }, reasons: [],
 * };
 * r.code; //=> 'guard_failed:has_reason'
 * ```
 */
export interface RefusedMove {
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
  readonly message: LocalizedMessage;
  /** Why the classifier says `to`. */
  readonly reasons: readonly Reason<ReasonCode>[];
}

/**
 * The result of {@link reconcile}: the event records to write (in order), the moves refused for a
 * person to review, and the profile they come from.
 *
 * @example
 * ```ts
 * import { reconcile } from 'crm-taxonomy';
 *
 * const result = reconcile({ status: 'current', loyalty: 'new' }, { transactions: [{ at: '2024-06-01', amount: 10 }] }, {}, '2024-06-30');
 * result.events; //=> []
 * ```
 */
export interface ReconcileResult {
  readonly events: readonly LifecycleEvent[];
  readonly refused: readonly RefusedMove[];
  readonly profile: CustomerProfile;
}

/**
 * Options of {@link reconcile}: a value model (for the profile), who the events are by, and
 * thresholds of the lifecycle machines the classification policy does not set
 * (`reclassifyAfterContacts`).
 *
 * @example
 * ```ts
 * import type { ReconcileOptions } from 'crm-taxonomy';
 *
 * const options: ReconcileOptions = { actor: 'nightly-classify' };
 * options.actor; //=> 'nightly-classify'
 * ```
 */
export interface ReconcileOptions {
  readonly valueModel?: ValueModel;
  readonly actor?: string;
  readonly lifecyclePolicy?: LifecyclePolicy;
}

/** What the lifecycle guards read, from the same evidence the classifiers read. */
function lifecycleFacts(ev: Evidence, policy: ClassificationPolicy): LifecycleFacts {
  const tx = ev.tx;
  const n = tx === null ? undefined : tx.days.length;
  const last = tx === null || tx.days.length === 0 ? undefined : tx.days[tx.days.length - 1]!;
  const since = last ?? Number.NEGATIVE_INFINITY;
  const contacts = ev.contacts === null ? undefined : ev.contacts.filter((c) => c.day > since);
  const quote = contacts?.filter((c) => c.kind === 'quote_sent').at(-1);
  const shown = loyalBehaviours(ev, policy);
  const behaviours: LoyaltyBehaviour[] = [];
  // LOYALTY_BEHAVIOURS is ['directed', 'repeat', 'related', 'referral']; loyalBehaviours gives repeat first.
  const byName: Readonly<Record<LoyaltyBehaviour, boolean | null>> = { repeat: shown[0], directed: shown[1], related: shown[2], referral: shown[3] };
  for (const b of ['directed', 'repeat', 'related', 'referral'] as const) if (byName[b] === true) behaviours.push(b);
  return {
    ...(n === undefined ? {} : { hasPurchase: n > 0, purchaseCount: n }),
    ...(last === undefined ? {} : { daysSinceLastPurchase: ev.asOfDay - last, daysSinceFirstPurchase: ev.asOfDay - tx!.days[0]! }),
    ...(contacts === undefined ? {} : { contactCount: contacts.length, quoteSent: quote !== undefined }),
    ...(quote === undefined ? {} : { daysSinceQuote: ev.asOfDay - quote.day }),
    loyaltyBehaviours: behaviours,
  };
}

/** The lifecycle thresholds that match the classification policy for this customer. */
function lifecyclePolicy(ev: Evidence, policy: ClassificationPolicy, host: LifecyclePolicy | undefined): LifecyclePolicy {
  return {
    ...DEFAULT_LIFECYCLE_POLICY,
    ...host,
    churnWindowDays: churnWindow(ev.tx?.days ?? [], policy).days,
    establishedMinPurchases: policy.loyalty.established.minPurchases,
    establishedMinDays: policy.loyalty.established.minTenureDays,
    loyalMinBehaviours: policy.loyalty.loyal.minBehaviours,
    // the classifier's quote is unanswered after `replyWindowDays` full days; the guard counts `>=`.
    quoteReplyDays: policy.purchaseIntent.replyWindowDays + 1,
  };
}

/** The shortest sequence of states from `from` to `to` along the machine's edges (guards aside). */
function path(machine: AnyMachine, from: string, to: string): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const state = queue.shift()!;
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

/**
 * The nightly job: classifies a customer, compares each machined dimension (status, loyalty,
 * purchase intent) with its stored state, and proposes the moves, each checked by the lifecycle
 * machine with the facts and thresholds the classifier used. Returns the event records to write
 * (`transition`'s records, in order; a move of several steps gives several events) and the moves
 * refused for a person to review, with the lifecycle's refusal and the classifier's reasons. Moves
 * that need a person's reason (demotions, marking lost by hand, disqualifying) are always refused:
 * the job never invents a reason. A dimension the facts leave unknown is left alone.
 * Idempotent: once the events are applied, running it again on the same input proposes nothing.
 *
 * @example
 * ```ts
 * import { reconcile } from 'crm-taxonomy';
 *
 * const facts = { customerId: 'c-7', transactions: [{ at: '2024-01-05', amount: 10 }, { at: '2024-02-20', amount: 30 }], contacts: [] };
 * const first = reconcile({ status: 'target', loyalty: 'potential' }, facts, {}, '2024-12-31');
 * first.events.map((e) => `${e.machine}: ${e.from} → ${e.to} (${e.event})`);
 * //=> ['status: target → current (first_purchase)', 'status: current → lost (churn)', 'loyalty: potential → new (first_purchase)', 'loyalty: new → established (establish)']
 * first.refused; //=> []
 *
 * // Apply the events, run again: nothing to do.
 * reconcile({ status: 'lost', loyalty: 'established' }, facts, {}, '2024-12-31').events; //=> []
 * ```
 */
export function reconcile(
  stored: StoredStates,
  facts: CustomerFacts,
  policy: ClassificationPolicyInput | ClassificationPolicy = {},
  asOf: DateInput,
  options: ReconcileOptions = {},
): ReconcileResult {
  if (typeof stored !== 'object' || stored === null) {
    throw legacyError('invalid_argument', `stored must be an object of stored states, received ${describeValue(stored)}`, { path: ['stored'] });
  }
  for (const dimension of RECONCILED_DIMENSIONS) {
    const value = stored[dimension];
    if (value !== undefined && !is(dimension, value)) {
      throw legacyError('unknown_state', `Invalid stored ${dimension} ${describeValue(value)}`, { path: ['stored', dimension] });
    }
  }
  const resolved = resolveClassificationPolicy(policy);
  const days = createDayCounter(resolved.timeZone);
  const asOfDay = readAsOf(days, asOf);
  const model = options.valueModel === undefined ? undefined : checkValueModel(options.valueModel);
  const given = checkGiven((facts as { given?: unknown } | null)?.given);
  const ev = evidenceOf(facts, resolved, days, asOfDay);
  const profile = assemble(facts.customerId ?? null, asOfDay, deriveAll(ev, resolved, model), given);
  const guardFacts = lifecycleFacts(ev, resolved);
  const guardPolicy = lifecyclePolicy(ev, resolved, options.lifecyclePolicy);
  const events: LifecycleEvent[] = [];
  const refused: RefusedMove[] = [];
  const at = new Date(asOfDay * 86_400_000).toISOString();

  for (const dimension of RECONCILED_DIMENSIONS) {
    const result = profile.dimensions[dimension];
    if (!result.known) continue;
    const machine = MACHINES[dimension];
    const target = result.value as string;
    const from = (stored[dimension] as string | undefined) ?? (machine.initial as string | undefined) ?? null;
    if (from === target) continue;
    const refuse = (step: RefusedMove['step'], code: string, message: LocalizedMessage): void => {
      refused.push({ dimension, machine: machine.id, from, to: target, step, code, message, reasons: result.reasons });
    };
    if (from === null) {
      refuse({ from: null, to: target }, 'no_stored_state', {
        en: `Nothing is stored for ${dimension} and its lifecycle has no initial state: set the first state by hand`,
        'zh-Hans': `${dimension} 尚无存储状态，且其生命周期没有初始状态：请人工设定首个状态`,
        'zh-Hant': `${dimension} 尚無儲存狀態，且其生命週期沒有初始狀態：請人工設定首個狀態`,
      });
      continue;
    }
    const states = path(machine, from, target) ?? [from, target];
    for (let i = 1; i < states.length; i++) {
      const a = states[i - 1]!;
      const b = states[i]!;
      // Among the events from a to b, take the first the guards allow (churn before mark_lost).
      const candidates = machine.edges.filter((e) => e.from === a && e.to === b);
      const tries = candidates.length === 0 ? [can(machine, a, { to: b } as never, { facts: guardFacts, policy: guardPolicy })] : candidates.map((e) => can(machine, a, e.event as never, { facts: guardFacts, policy: guardPolicy }));
      const allowed = tries.find((r) => r.ok);
      if (allowed === undefined) {
        const refusal = tries[0]!;
        refuse({ from: a, to: b }, refusal.ok ? '' : refusal.code, { en: '', 'zh-Hans': '', 'zh-Hant': '' } as LocalizedMessage);
        break;
      }
      const event = transition(machine, a, allowed.event as never, {
        at,
        facts: guardFacts,
        policy: guardPolicy,
        ...(facts.customerId === undefined ? {} : { customerId: facts.customerId }),
        ...(options.actor === undefined ? {} : { actor: options.actor }),
      });
      events.push(event);
    }
  }
  return { events, refused, profile };
}
