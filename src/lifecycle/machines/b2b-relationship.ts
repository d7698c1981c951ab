import type { B2bRelationship } from '../../taxonomy/aliases.js';
import type { Assert, Equals } from '../../shape/index.js';
import { b2bRelationship } from '../../taxonomy/dimensions/b2b-relationship.js';
import { assembleMachine } from '../assemble.js';
import type { Machine, Moves, MovesOfEvents } from '../define.js';
import type { BuiltinGuardId } from '../guards.js';

/** The moves of the `b2b_relationship` machine. */
export type B2bRelationshipMove =
  | Moves<'upgrade', 'transactional', 'preferred_supplier'>
  | Moves<'upgrade', 'preferred_supplier', 'partnership'>
  | Moves<'upgrade', 'partnership', 'strategic_alliance'>
  | Moves<'downgrade', 'strategic_alliance', 'partnership'>
  | Moves<'downgrade', 'partnership', 'preferred_supplier'>
  | Moves<'downgrade', 'preferred_supplier', 'transactional'>;

/** The `b2b_relationship` machine's type: its states, moves and guards, by name. */
export interface B2bRelationshipMachine extends Machine<'b2b_relationship', B2bRelationship, B2bRelationshipMove, BuiltinGuardId, 'transactional'> {}

/** The definition: ids and rules only (the texts are in the message tables). Its moves must equal the declared ones. @internal */
export const DEFINITION = {
  id: 'b2b_relationship',
  dimension: b2bRelationship,
  initial: 'transactional',
  events: {
    upgrade: {
      edges: [
        {
          from: ['transactional'],
          to: 'preferred_supplier',
          source: [{ seed: '000', term: '供应关系' }, { seed: '002', term: '優先選擇關係' }],
        },
        {
          from: ['preferred_supplier'],
          to: 'partnership',
          guards: ['mutual_fit', 'top_management_ties'],
          source: [{ seed: '000', term: '合作伙伴' }, { seed: '002', term: '建立合作伙伴以上的關係才是恰當的' }],
        },
        {
          from: ['partnership'],
          to: 'strategic_alliance',
          guards: ['mutual_fit', 'aligned_goals'],
          source: [{ seed: '000', term: '战略联盟' }, { seed: '000', term: '并不是所有企业都需要与客户建立战略联盟' }],
        },
      ],
    },
    downgrade: {
      edges: [
        {
          from: ['strategic_alliance'],
          to: 'partnership',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '客户关系中存在的问题' }, { domain: '§2' }],
        },
        {
          from: ['partnership'],
          to: 'preferred_supplier',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '优先供应商级的关系就足够了' }, { domain: '§2' }],
        },
        {
          from: ['preferred_supplier'],
          to: 'transactional',
          guards: ['has_reason'],
          source: [{ seed: '000', term: '客户关系中存在的问题' }, { domain: '§2' }],
        },
      ],
    },
  },
} as const;

type _MovesMatch = Assert<Equals<MovesOfEvents<typeof DEFINITION.events>, B2bRelationshipMove>>;

/**
 * The four B2B relationship types (`b2b_relationship`, DOMAIN §2): one step at a time upward.
 * Above `preferred_supplier` only where both sides matter to each other, neither dominates and
 * switching costs are high (seeds 000, 002; otherwise the relationship is a "luxury"); a
 * partnership also needs ties between the top managements, an alliance aligned goals. Downgrades
 * go one step at a time and need a reason (a text or a `breakdown_cause`).
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `upgrade` | transactional → preferred_supplier | |
 * | `upgrade` | preferred_supplier → partnership | `mutual_fit`, `top_management_ties` |
 * | `upgrade` | partnership → strategic_alliance | `mutual_fit`, `aligned_goals` |
 * | `downgrade` | one step down | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, b2bRelationshipMachine } from 'crm-taxonomy';
 *
 * can(b2bRelationshipMachine, 'preferred_supplier', 'upgrade', { facts: { topManagementTies: true } }); //=> { ok: false, code: 'guard_failed', guard: 'mutual_fit' }
 * can(b2bRelationshipMachine, 'partnership', 'downgrade', { facts: { cause: 'price_war' } }); //=> { ok: true, to: 'preferred_supplier' }
 * ```
 */
export const b2bRelationshipMachine: B2bRelationshipMachine = /* @__PURE__ */ assembleMachine(DEFINITION) as B2bRelationshipMachine;
