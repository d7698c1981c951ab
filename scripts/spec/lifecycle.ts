/**
 * The lifecycle part of the spec: the built-in machines as JSON (states, events, edge groups,
 * guards with their rules as data, texts), the policy's defaults, and the conformance vectors of
 * `can`: every state × every event and every target, with facts that pass, fail each guard, sit on
 * each threshold, or are missing.
 */
import { CHINESE } from './domain.js';
import { can, DEFAULT_LIFECYCLE_POLICY, machineToJSON, type AnyMachine, type BuiltinGuardId, type LifecycleFacts, type LoyaltyBehaviour } from '../../src/index.js';
import { BUILTIN_MACHINES } from '../../src/lifecycle/machines/index.js';
import { GUARD_SPECS } from '../../src/lifecycle/guards.js';
import type { GuardRule } from '../../src/lifecycle/rules.js';

/** Facts that make each built-in guard pass (with the default policy); the lifecycle tests use them too. */
export const PASS: Readonly<Record<BuiltinGuardId, LifecycleFacts>> = {
  has_purchase: { hasPurchase: true },
  recent_purchase: { daysSinceLastPurchase: 10 },
  inactive_beyond_churn_window: { daysSinceLastPurchase: 365 },
  has_reason: { reason: 'The customer asked for it' },
  needs_and_can_pay: { hasNeed: true, canPay: true },
  enough_contacts: { contactCount: 3 },
  quote_unanswered: { quoteSent: true, daysSinceQuote: 10 },
  repeat_purchases: { purchaseCount: 3 },
  long_relationship: { daysSinceFirstPurchase: 200 },
  loyal_behaviours: { loyaltyBehaviours: ['directed', 'repeat', 'related'] },
  few_customers_high_margin: { customerBase: 'few', margin: 'high' },
  mutual_fit: { mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true },
  top_management_ties: { topManagementTies: true },
  aligned_goals: { alignedGoals: true },
};
/** Facts that make each built-in guard fail (decidedly, not by a missing fact). */
const FAIL: Readonly<Record<string, LifecycleFacts>> = {
  has_purchase: { hasPurchase: false },
  recent_purchase: { daysSinceLastPurchase: 400 },
  inactive_beyond_churn_window: { daysSinceLastPurchase: 10 },
  has_reason: { reason: '   ' },
  needs_and_can_pay: { hasNeed: true, canPay: false },
  enough_contacts: { contactCount: 1 },
  quote_unanswered: { quoteSent: true, daysSinceQuote: 3 },
  repeat_purchases: { purchaseCount: 1 },
  long_relationship: { daysSinceFirstPurchase: 10 },
  loyal_behaviours: { loyaltyBehaviours: ['repeat', 'repeat', 'bogus' as LoyaltyBehaviour] },
  few_customers_high_margin: { customerBase: 'many', margin: 'high' },
  mutual_fit: { mutualImportance: true, balancedBargainingPower: true, mutualNeed: false, highSwitchingCost: true },
  top_management_ties: { topManagementTies: false },
  aligned_goals: { alignedGoals: false },
};

/** Facts that make every listed guard pass. */
export function passing(guards: readonly string[]): LifecycleFacts {
  return Object.assign({}, ...guards.map((g) => PASS[g as BuiltinGuardId] ?? {})) as LifecycleFacts;
}

/** The count comparisons against a policy threshold in a rule, for boundary cases. */
function thresholds(rule: GuardRule): { fact: string; policy: string }[] {
  if ('all' in rule) return rule.all.flatMap(thresholds);
  if ('any' in rule) return rule.any.flatMap(thresholds);
  if ('op' in rule && typeof rule.than === 'object') return [{ fact: rule.fact, policy: rule.than.policy }];
  return [];
}

export interface CanCase {
  readonly name: string;
  readonly from: unknown;
  readonly move: unknown;
  readonly facts?: LifecycleFacts;
  readonly policy?: Readonly<Record<string, number>>;
  readonly expect: Readonly<Record<string, unknown>>;
}

function expectOf(machine: AnyMachine, from: unknown, move: unknown, facts?: LifecycleFacts, policy?: Readonly<Record<string, number>>): CanCase['expect'] {
  const r = can(machine, from as string, move as never, { ...(facts === undefined ? {} : { facts }), ...(policy === undefined ? {} : { policy }) });
  if (r.ok) return { ok: true, to: r.to, event: r.event };
  return {
    ok: false,
    code: r.code,
    ...(r.guard === undefined ? {} : { guard: r.guard, detail: r.params.detail }),
    ...(r.params.missing === undefined ? {} : { missing: r.params.missing }),
  };
}

/** The conformance vectors of `can` for one machine. */
export function canCases(machine: AnyMachine): CanCase[] {
  const cases: CanCase[] = [];
  const add = (name: string, from: unknown, move: unknown, facts?: LifecycleFacts, policy?: Readonly<Record<string, number>>): void => {
    cases.push({ name, from, move, ...(facts === undefined ? {} : { facts }), ...(policy === undefined ? {} : { policy }), expect: expectOf(machine, from, move, facts, policy) });
  };
  const events = Object.keys(machine.events);
  for (const from of machine.states) {
    for (const event of events) {
      const edge = machine.edges.find((e) => e.from === from && e.event === event);
      if (edge === undefined) {
        add(`${event} does not leave ${from}`, from, event, passing([...new Set(machine.edges.flatMap((e) => e.guards))]));
        continue;
      }
      add(`${event} from ${from}, every guard passing`, from, event, passing(edge.guards));
      if (edge.guards.length > 0) add(`${event} from ${from}, no facts`, from, event, {});
      for (const guard of edge.guards) {
        add(`${event} from ${from}, ${guard} failing`, from, event, { ...passing(edge.guards), ...FAIL[guard] });
        for (const { fact, policy } of thresholds(GUARD_SPECS[guard as keyof typeof GUARD_SPECS].rule)) {
          const at = DEFAULT_LIFECYCLE_POLICY[policy] as number;
          for (const value of [at - 1, at, at + 1].filter((v) => v >= 0)) {
            add(`${event} from ${from}, ${fact} ${value} against ${policy} ${at}`, from, event, { ...passing(edge.guards), [fact]: value });
          }
          add(`${event} from ${from}, ${fact} 30 against ${policy} 30 set by the policy`, from, event, { ...passing(edge.guards), [fact]: 30 }, { [policy]: 30 });
          add(`${event} from ${from}, ${fact} given as text`, from, event, { ...passing(edge.guards), [fact]: '30' });
        }
      }
    }
    for (const to of machine.states) add(`from ${from} to ${to} by target`, from, { to }, passing([...new Set(machine.edges.flatMap((e) => e.guards))]));
  }
  add('an unknown from state', 'gold', events[0]);
  add('an unknown target state', machine.states[0], { to: 'gold' });
  add('an unknown event', machine.states[0], 'explode');
  add('an event name that is an object key', machine.states[0], '__proto__');
  add('a from state that is not a string', 42, events[0]);
  return cases;
}

/** The lifecycle document of the spec. */
export function lifecycleDocument() {
  return {
    refusalCodes: ['unknown_state', 'no_such_event', 'edge_not_allowed', 'edge_forbidden', 'guard_failed'],
    policy: { defaults: DEFAULT_LIFECYCLE_POLICY },
    machines: BUILTIN_MACHINES.map((m) => machineToJSON(m as AnyMachine, { texts: CHINESE })),
  };
}

/** The conformance vectors of every built-in machine. */
export function lifecycleVectors() {
  return {
    description: 'can(machine, from, move, { facts, policy }) for every built-in machine: every state × event and target, each guard passing, failing, on its threshold and missing, and unknown input.',
    machines: BUILTIN_MACHINES.map((m) => ({ machine: m.id, cases: canCases(m as AnyMachine) })),
  };
}
