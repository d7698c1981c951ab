import type { CustomerStatus } from '../../taxonomy/aliases.js';
import type { Assert, Equals } from '../../shape/index.js';
import { status } from '../../taxonomy/dimensions/status.js';
import { assembleMachine } from '../assemble.js';
import type { Machine, Moves, MovesOfEvents } from '../define.js';
import type { BuiltinGuardId } from '../guards.js';

/** The moves of the `status` machine. */
export type StatusMove =
  | Moves<'qualify', 'non_customer', 'potential'>
  | Moves<'disqualify', 'potential' | 'target' | 'lost', 'non_customer'>
  | Moves<'select_target', 'potential', 'target'>
  | Moves<'deprioritize', 'target', 'potential'>
  | Moves<'first_purchase', 'potential' | 'target', 'current'>
  | Moves<'churn', 'current', 'lost'>
  | Moves<'mark_lost', 'current', 'lost'>
  | Moves<'repurchase', 'lost', 'current'>
  | Moves<'win_back', 'lost', 'target'>;

/** The `status` machine's type: its states, moves and guards, by name. */
export interface StatusMachine extends Machine<'status', CustomerStatus, StatusMove, BuiltinGuardId, 'potential'> {}

/** The definition: ids and rules only (the texts are in the message tables). Its moves must equal the declared ones. @internal */
export const DEFINITION = {
  id: 'status',
  dimension: status,
  initial: 'potential',
  events: {
    qualify: {
      edges: [
        {
          from: ['non_customer'],
          to: 'potential',
          guards: ['needs_and_can_pay'],
          source: [
            { seed: '000', term: '非客户' },
            { seed: '000', term: '潜在客户' },
            { domain: '§3' },
          ],
        },
      ],
    },
    disqualify: {
      edges: [
        {
          from: ['potential', 'target', 'lost'],
          to: 'non_customer',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '非客户' }, { domain: '§3' }],
        },
      ],
    },
    select_target: {
      edges: [
        {
          from: ['potential'],
          to: 'target',
          source: [{ seed: '000', term: '目标客户' }, { domain: '§3' }],
        },
      ],
    },
    deprioritize: {
      edges: [
        {
          from: ['target'],
          to: 'potential',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '目标客户' }, { domain: '§3' }],
        },
      ],
    },
    first_purchase: {
      edges: [
        {
          from: ['potential', 'target'],
          to: 'current',
          guards: ['has_purchase'],
          source: [{ seed: '000', term: '现实客户' }, { domain: '§3' }],
        },
      ],
    },
    churn: {
      edges: [
        {
          from: ['current'],
          to: 'lost',
          guards: ['inactive_beyond_churn_window'],
          source: [{ seed: '000', term: '流失客户' }, { domain: '§3' }],
        },
      ],
    },
    mark_lost: {
      edges: [
        {
          from: ['current'],
          to: 'lost',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '流失客户' }, { seed: '000', term: '客户关系中存在的问题' }, { domain: '§3' }],
        },
      ],
    },
    repurchase: {
      edges: [
        {
          from: ['lost'],
          to: 'current',
          guards: ['recent_purchase'],
          source: [{ seed: '000', term: '现实客户' }, { domain: '§3' }],
        },
      ],
    },
    win_back: {
      edges: [
        {
          from: ['lost'],
          to: 'target',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '目标客户' }, { domain: '§3' }],
        },
      ],
    },
  },
} as const;

type _MovesMatch = Assert<Equals<MovesOfEvents<typeof DEFINITION.events>, StatusMove>>;

/**
 * The customer lifecycle (`status`, DOMAIN §1 and §3): potential customers are qualified into
 * target customers and converted by a first purchase; a current customer becomes lost after
 * inactivity beyond the policy's churn window or for an explicit reason, and leaves `lost` by a
 * new purchase or a win-back campaign. A `non_customer`, who cannot buy, must be re-qualified as
 * potential before anything else: `can(statusMachine, 'non_customer' as string, { to: 'current' })` is
 * refused.
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `qualify` | non_customer → potential | `needs_and_can_pay` |
 * | `disqualify` | potential, target, lost → non_customer | `has_reason` |
 * | `select_target` | potential → target | |
 * | `deprioritize` | target → potential | `has_reason` |
 * | `first_purchase` | potential, target → current | `has_purchase` |
 * | `churn` | current → lost | `inactive_beyond_churn_window` |
 * | `mark_lost` | current → lost | `has_reason` |
 * | `repurchase` | lost → current | `recent_purchase` |
 * | `win_back` | lost → target | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, statusMachine } from 'crm-taxonomy';
 *
 * can(statusMachine, 'target', 'first_purchase', { facts: { hasPurchase: true } }); //=> { ok: true, to: 'current' }
 * can(statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 30 } }).ok; //=> false
 * can(statusMachine, 'non_customer' as string, { to: 'current' }); //=> { ok: false, code: 'edge_not_allowed' }
 * ```
 */
export const statusMachine: StatusMachine = /* @__PURE__ */ assembleMachine(DEFINITION) as StatusMachine;
