import type { KotlerLevel } from '../../taxonomy/aliases.js';
import type { Assert, Equals } from '../../shape/index.js';
import { kotlerLevel } from '../../taxonomy/dimensions/kotler-level.js';
import { assembleMachine } from '../assemble.js';
import type { Machine, Moves, MovesOfEvents } from '../define.js';
import type { BuiltinGuardId } from '../guards.js';

/** The moves of the `kotler_level` machine. */
export type KotlerLevelMove =
  | Moves<'upgrade', 'basic', 'reactive'>
  | Moves<'upgrade', 'reactive', 'accountable'>
  | Moves<'upgrade', 'accountable', 'proactive'>
  | Moves<'upgrade', 'proactive', 'partnership'>
  | Moves<'downgrade', 'partnership', 'proactive'>
  | Moves<'downgrade', 'proactive', 'accountable'>
  | Moves<'downgrade', 'accountable', 'reactive'>
  | Moves<'downgrade', 'reactive', 'basic'>;

/** The `kotler_level` machine's type: its states, moves and guards, by name. */
export interface KotlerLevelMachine extends Machine<'kotler_level', KotlerLevel, KotlerLevelMove, BuiltinGuardId, 'basic'> {}

/** The definition: ids and rules only (the texts are in the message tables). Its moves must equal the declared ones. @internal */
export const DEFINITION = {
  id: 'kotler_level',
  dimension: kotlerLevel,
  initial: 'basic',
  events: {
    upgrade: {
      edges: [
        {
          from: ['basic'],
          to: 'reactive',
          source: [{ seed: '004', term: '被动型' }],
        },
        {
          from: ['reactive'],
          to: 'accountable',
          source: [{ seed: '004', term: '负责型' }],
        },
        {
          from: ['accountable'],
          to: 'proactive',
          source: [{ seed: '004', term: '能动型' }],
        },
        {
          from: ['proactive'],
          to: 'partnership',
          guards: ['few_customers_high_margin'],
          source: [{ seed: '004', term: '伙伴型' }, { domain: '§2' }],
        },
      ],
    },
    downgrade: {
      edges: [
        {
          from: ['partnership'],
          to: 'proactive',
          guards: ['has_reason'],
          source: [{ seed: '004', term: '并不是一个简单的从优到劣的顺序' }, { domain: '§2' }],
        },
        {
          from: ['proactive'],
          to: 'accountable',
          guards: ['has_reason'],
          source: [{ seed: '004', term: '负责型' }, { domain: '§2' }],
        },
        {
          from: ['accountable'],
          to: 'reactive',
          guards: ['has_reason'],
          source: [{ seed: '004', term: '被动型' }, { domain: '§2' }],
        },
        {
          from: ['reactive'],
          to: 'basic',
          guards: ['has_reason'],
          source: [{ seed: '004', term: '基本型' }, { domain: '§2' }],
        },
      ],
    },
  },
} as const;

type _MovesMatch = Assert<Equals<MovesOfEvents<typeof DEFINITION.events>, KotlerLevelMove>>;

/**
 * Kotler's relationship levels (`kotler_level`, DOMAIN §2): one step at a time upward, each step
 * one more kind of contact after the sale; `partnership` only where Kotler's table puts it (few
 * customers, high margin). Downgrades go one step at a time too and need a reason: the seeds
 * stress the levels are not a ranking from good to bad, so moving down is a choice to record.
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `upgrade` | basic → reactive → accountable → proactive | |
 * | `upgrade` | proactive → partnership | `few_customers_high_margin` |
 * | `downgrade` | one step down | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, kotlerLevelMachine } from 'crm-taxonomy';
 *
 * can(kotlerLevelMachine, 'basic', 'upgrade'); //=> { ok: true, to: 'reactive' }
 * can(kotlerLevelMachine, 'basic' as string, { to: 'proactive' }); //=> { ok: false, code: 'edge_not_allowed' }
 * can(kotlerLevelMachine, 'proactive', 'upgrade', { facts: { customerBase: 'many', margin: 'high' } });
 * //=> { ok: false, code: 'guard_failed', guard: 'few_customers_high_margin' }
 * ```
 */
export const kotlerLevelMachine: KotlerLevelMachine = /* @__PURE__ */ assembleMachine(DEFINITION) as KotlerLevelMachine;
