import type { LoyaltyLevel } from '../../taxonomy/aliases.js';
import type { Assert, Equals } from '../../shape/index.js';
import { loyalty } from '../../taxonomy/dimensions/loyalty.js';
import { assembleMachine } from '../assemble.js';
import type { Machine, Moves, MovesOfEvents } from '../define.js';
import type { BuiltinGuardId } from '../guards.js';

/** The moves of the `loyalty` machine. */
export type LoyaltyMove =
  | Moves<'first_purchase', 'potential', 'new'>
  | Moves<'establish', 'new', 'established'>
  | Moves<'become_loyal', 'established', 'loyal'>
  | Moves<'demote', 'loyal', 'established'>
  | Moves<'demote', 'established', 'new'>;

/** The `loyalty` machine's type: its states, moves and guards, by name. */
export interface LoyaltyMachine extends Machine<'loyalty', LoyaltyLevel, LoyaltyMove, BuiltinGuardId, 'potential'> {}

/** The definition: ids and rules only (the texts are in the message tables). Its moves must equal the declared ones. @internal */
export const DEFINITION = {
  id: 'loyalty',
  dimension: loyalty,
  initial: 'potential',
  events: {
    first_purchase: {
      edges: [
        {
          from: ['potential'],
          to: 'new',
          guards: ['has_purchase'],
          source: [{ seed: '000', term: '新客户' }, { domain: '§3' }],
        },
      ],
    },
    establish: {
      edges: [
        {
          from: ['new'],
          to: 'established',
          guards: ['repeat_purchases', 'long_relationship'],
          source: [{ seed: '000', term: '新客户要注意关怀' }, { seed: '000', term: '老客户' }, { domain: '§3' }],
        },
      ],
    },
    become_loyal: {
      edges: [
        {
          from: ['established'],
          to: 'loyal',
          guards: ['loyal_behaviours'],
          source: [{ seed: '000', term: '忠诚客户' }, { seed: '003', term: '忠诚客户' }],
        },
      ],
    },
    demote: {
      edges: [
        {
          from: ['loyal'],
          to: 'established',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '老客户' }, { domain: '§3' }],
        },
        {
          from: ['established'],
          to: 'new',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '新客户' }, { domain: '§3' }],
        },
      ],
    },
  },
} as const;

type _MovesMatch = Assert<Equals<MovesOfEvents<typeof DEFINITION.events>, LoyaltyMove>>;

/**
 * Loyalty progression and demotion (`loyalty`, DOMAIN §1 and §3): a first purchase makes a
 * potential customer new; care and time make a new customer established (seed 000: 新客户要注意关怀
 * ，使其变为老客户); the four loyal purchase behaviours make it loyal. Demotion goes one step at a
 * time and needs a reason; a customer who has traded never goes back to `potential` (who "has not
 * traded yet").
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `first_purchase` | potential → new | `has_purchase` |
 * | `establish` | new → established | `repeat_purchases`, `long_relationship` |
 * | `become_loyal` | established → loyal | `loyal_behaviours` |
 * | `demote` | loyal → established, established → new | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, loyaltyMachine } from 'crm-taxonomy';
 *
 * can(loyaltyMachine, 'new', 'establish', { facts: { purchaseCount: 4, daysSinceFirstPurchase: 400 } }).ok; //=> true
 * can(loyaltyMachine, 'loyal', 'demote', { facts: { cause: 'competitor' } }); //=> { ok: true, to: 'established' }
 * can(loyaltyMachine, 'new' as string, { to: 'potential' }); //=> { ok: false, code: 'edge_not_allowed' }
 * ```
 */
export const loyaltyMachine: LoyaltyMachine = /* @__PURE__ */ assembleMachine(DEFINITION) as LoyaltyMachine;
