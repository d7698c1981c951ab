import type { PurchaseIntent } from '../../taxonomy/aliases.js';
import type { Assert, Equals } from '../../shape/index.js';
import { purchaseIntent } from '../../taxonomy/dimensions/purchase-intent.js';
import { assembleMachine } from '../assemble.js';
import type { Machine, Moves, MovesOfEvents } from '../define.js';
import type { BuiltinGuardId } from '../guards.js';

/** The moves of the `purchase_intent` machine. */
export type PurchaseIntentMove =
  | Moves<'show_interest', 'hesitating', 'interested'>
  | Moves<'show_interest', 'not_now' | 'quoted_no_reply', 'interested'>
  | Moves<'defer', 'hesitating', 'not_now'>
  | Moves<'defer', 'interested' | 'quoted_no_reply', 'not_now'>
  | Moves<'decline', 'hesitating', 'never'>
  | Moves<'decline', 'interested' | 'not_now' | 'quoted_no_reply', 'never'>
  | Moves<'hesitate', 'interested' | 'quoted_no_reply', 'hesitating'>
  | Moves<'quote_unanswered', 'interested', 'quoted_no_reply'>
  | Moves<'reopen', 'never', 'hesitating'>;

/** The `purchase_intent` machine's type: its states, moves and guards, by name. */
export interface PurchaseIntentMachine extends Machine<'purchase_intent', PurchaseIntent, PurchaseIntentMove, BuiltinGuardId, undefined> {}

/** The definition: ids and rules only (the texts are in the message tables). Its moves must equal the declared ones. @internal */
export const DEFINITION = {
  id: 'purchase_intent',
  dimension: purchaseIntent,
  events: {
    show_interest: {
      edges: [
        {
          from: ['hesitating'],
          to: 'interested',
          guards: ['enough_contacts'],
          source: [{ seed: '002', term: '考慮、猶豫的客戶' }],
        },
        {
          from: ['not_now', 'quoted_no_reply'],
          to: 'interested',
          source: [{ seed: '002', term: '暫時不買的客戶' }, { seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
        },
      ],
    },
    defer: {
      edges: [
        {
          from: ['hesitating'],
          to: 'not_now',
          guards: ['enough_contacts'],
          source: [{ seed: '002', term: '考慮、猶豫的客戶' }, { seed: '002', term: '暫時不買的客戶' }],
        },
        {
          from: ['interested', 'quoted_no_reply'],
          to: 'not_now',
          source: [{ seed: '002', term: '暫時不買的客戶' }],
        },
      ],
    },
    decline: {
      edges: [
        {
          from: ['hesitating'],
          to: 'never',
          guards: ['enough_contacts', 'has_reason'],
          source: [{ seed: '002', term: '肯定不買的客戶' }],
        },
        {
          from: ['interested', 'not_now', 'quoted_no_reply'],
          to: 'never',
          guards: ['has_reason'],
          source: [{ seed: '002', term: '肯定不買的客戶' }],
        },
      ],
    },
    hesitate: {
      edges: [
        {
          from: ['interested', 'quoted_no_reply'],
          to: 'hesitating',
          source: [{ seed: '002', term: '考慮、猶豫的客戶' }, { seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
        },
      ],
    },
    quote_unanswered: {
      edges: [
        {
          from: ['interested'],
          to: 'quoted_no_reply',
          guards: ['quote_unanswered'],
          source: [{ seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
        },
      ],
    },
    reopen: {
      edges: [
        {
          from: ['never'],
          to: 'hesitating',
          guards: ['has_reason'],
          source: [{ seed: '002', term: '以便改良產品或開發新產品' }, { domain: '§3' }],
        },
      ],
    },
  },
} as const;

type _MovesMatch = Assert<Equals<MovesOfEvents<typeof DEFINITION.events>, PurchaseIntentMove>>;

/**
 * The follow-up of prospects (`purchase_intent`, seed 002): a hesitating prospect is
 * re-classified after a few contacts as interested, not now or never (通過幾次溝通，將客戶區分為有興趣購買，
 * 暫時不買，肯定不買); an interested prospect's quote that gets no reply is followed up; "never"
 * needs the reason the customer gave. No initial state: the first contact may classify a prospect
 * anywhere.
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `show_interest` | hesitating → interested | `enough_contacts` |
 * | `show_interest` | not_now, quoted_no_reply → interested | |
 * | `defer` | hesitating → not_now | `enough_contacts` |
 * | `defer` | interested, quoted_no_reply → not_now | |
 * | `decline` | hesitating → never | `enough_contacts`, `has_reason` |
 * | `decline` | interested, not_now, quoted_no_reply → never | `has_reason` |
 * | `hesitate` | interested, quoted_no_reply → hesitating | |
 * | `quote_unanswered` | interested → quoted_no_reply | `quote_unanswered` |
 * | `reopen` | never → hesitating | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, purchaseIntentMachine } from 'crm-taxonomy';
 *
 * can(purchaseIntentMachine, 'hesitating', 'show_interest', { facts: { contactCount: 1 } }); //=> { ok: false, code: 'guard_failed', guard: 'enough_contacts' }
 * can(purchaseIntentMachine, 'hesitating', 'show_interest', { facts: { contactCount: 3 } }).ok; //=> true
 * ```
 */
export const purchaseIntentMachine: PurchaseIntentMachine = /* @__PURE__ */ assembleMachine(DEFINITION) as PurchaseIntentMachine;
