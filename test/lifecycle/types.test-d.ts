import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import {
  b2bRelationshipMachine,
  can,
  defineMachine,
  extendMachine,
  kotlerLevelMachine,
  loyaltyMachine,
  purchaseIntentMachine,
  replay,
  statusMachine,
  taxonomy,
  transition,
  type CustomerStatus,
  type EventOf,
  type KotlerLevel,
  type MessageParams,
  type PurchaseIntent,
  type RefusalCode,
  type StateOf,
} from '../../src/index.js';
import type { EventsFrom, GuardOf, TargetsFrom } from '../../src/lifecycle/index.js';
import { machineEventSchema } from '../../src/schema/index.js';

// States and events follow the data.
expectTypeOf<StateOf<typeof statusMachine>>().toEqualTypeOf<CustomerStatus>();
expectTypeOf<StateOf<typeof kotlerLevelMachine>>().toEqualTypeOf<KotlerLevel>();
expectTypeOf<EventsFrom<typeof statusMachine, 'lost'>>().toEqualTypeOf<'disqualify' | 'repurchase' | 'win_back'>();
expectTypeOf<TargetsFrom<typeof statusMachine, 'lost'>>().toEqualTypeOf<'non_customer' | 'current' | 'target'>();
expectTypeOf<EventOf<typeof loyaltyMachine>>().toEqualTypeOf<'first_purchase' | 'establish' | 'become_loyal' | 'demote'>();
expectTypeOf<EventOf<typeof kotlerLevelMachine>>().toEqualTypeOf<'upgrade' | 'downgrade'>();
expectTypeOf<'guard_failed'>().toExtend<RefusalCode>();
expectTypeOf<'has_reason' | 'mutual_fit'>().toExtend<GuardOf<typeof b2bRelationshipMachine>>();

// Impossible moves between literal states are compile errors.
can(statusMachine, 'lost', 'win_back');
can(statusMachine, 'lost', { to: 'current' }, { facts: { daysSinceLastPurchase: 3 } });
// @ts-expect-error first_purchase does not leave lost
can(statusMachine, 'lost', 'first_purchase');
// @ts-expect-error no single move leads from non_customer to current
can(statusMachine, 'non_customer', { to: 'current' });
// @ts-expect-error 'gold' is not a status
can(statusMachine, 'gold', 'churn');
// @ts-expect-error relationship levels move one step at a time
can(kotlerLevelMachine, 'basic', { to: 'proactive' });
// @ts-expect-error demotion stops at new
can(loyaltyMachine, 'new', 'demote');
// @ts-expect-error not an event of the machine
transition(statusMachine, 'current', 'explode', { at: 0 });

// A state read from a database (a string) accepts any move: refused at run time.
const stored: string = 'lost';
can(statusMachine, stored, 'first_purchase');
can(statusMachine, stored, { to: 'anything' });
// A union of states accepts the events leaving any of them.
const current = 'lost' as CustomerStatus;
can(statusMachine, current, 'first_purchase');

// Results are typed.
const result = can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 300 } });
if (result.ok) {
  expectTypeOf(result.to).toEqualTypeOf<CustomerStatus>();
  expectTypeOf(result.event).toEqualTypeOf<EventOf<typeof statusMachine>>();
} else {
  expectTypeOf(result.code).toEqualTypeOf<RefusalCode>();
  expectTypeOf(result.guard).toEqualTypeOf<GuardOf<typeof statusMachine> | undefined>();
  expectTypeOf(result.params).toEqualTypeOf<MessageParams>();
}
expectTypeOf(transition(statusMachine, 'current', 'churn', { at: 0 }).to).toEqualTypeOf<CustomerStatus>();
expectTypeOf(replay(statusMachine, [])).toEqualTypeOf<CustomerStatus>();
expectTypeOf(replay(purchaseIntentMachine, [])).toEqualTypeOf<PurchaseIntent | undefined>();
expectTypeOf<z.output<ReturnType<typeof machineEventSchema<typeof loyaltyMachine>>>['to']>().toEqualTypeOf<
  'potential' | 'new' | 'established' | 'loyal'
>();

// Definitions are checked against the dimension and the guards.
const why = { en: 'x', 'zh-Hans': 'x', 'zh-Hant': 'x' };
const label = why;
defineMachine({
  id: 'effectiveness',
  dimension: 'effectiveness',
  events: {
    lapse: { label, edges: [{ from: ['effective'], to: 'ineffective', why, source: [{ seed: '002' }] }] },
  },
});
defineMachine({
  id: 'effectiveness',
  dimension: 'effectiveness',
  // @ts-expect-error 'dormant' is not an effectiveness value
  events: { lapse: { label, edges: [{ from: ['effective'], to: 'dormant', why, source: [{ seed: '002' }] }] } },
});
defineMachine({
  id: 'effectiveness',
  dimension: 'effectiveness',
  // @ts-expect-error 'no_such_guard' is not a guard
  events: { lapse: { label, edges: [{ from: ['effective'], to: 'ineffective', guards: ['no_such_guard'], why, source: [{ seed: '002' }] }] } },
});
// @ts-expect-error 'ineffective' appears on no edge: the definition lacks `uncoveredStates`
defineMachine({
  id: 'effectiveness',
  dimension: 'effectiveness',
  events: {},
});

// Extensions: new states, events and guards follow.
const bank = taxonomy.extend({
  values: { loyalty: [{ id: 'ambassador', label: { en: 'Ambassador' }, description: { en: 'Recruits' } }] },
});
const extended = extendMachine(loyaltyMachine, {
  dimension: bank.dimension('loyalty'),
  states: [{ id: 'hibernating', label: { en: 'Hibernating' }, description: { en: 'Asleep' } }],
  guards: { referred: { description: why, refusal: why, test: () => true } },
  events: {
    recruit: { label, edges: [{ from: ['loyal'], to: 'ambassador', guards: ['referred'], why, source: [{ seed: 'added' }] }] },
    sleep: { label, edges: [{ from: ['ambassador', 'loyal'], to: 'hibernating', why, source: [{ seed: 'added' }] }] },
  },
  require: [{ event: 'demote', guards: ['referred'] }],
});
expectTypeOf<StateOf<typeof extended>>().toEqualTypeOf<'potential' | 'new' | 'established' | 'loyal' | 'ambassador' | 'hibernating'>();
expectTypeOf<GuardOf<typeof extended>>().toExtend<string>();
can(extended, 'loyal', 'recruit');
can(extended, 'ambassador', { to: 'hibernating' });
// @ts-expect-error recruit does not leave new
can(extended, 'new', 'recruit');
extendMachine(statusMachine, {
  // @ts-expect-error 'explode' is not an event of the status machine
  forbid: [{ event: 'explode', why }],
});
