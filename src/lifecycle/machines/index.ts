import { b2bRelationshipMachine } from './b2b-relationship.js';
import { kotlerLevelMachine } from './kotler-level.js';
import { loyaltyMachine } from './loyalty.js';
import { purchaseIntentMachine } from './purchase-intent.js';
import { statusMachine } from './status.js';

export { b2bRelationshipMachine, kotlerLevelMachine, loyaltyMachine, purchaseIntentMachine, statusMachine };

/**
 * Every built-in machine: the lifecycle (`status`), `loyalty`, `purchase_intent`, and the
 * relationship levels `kotler_level` and `b2b_relationship`.
 *
 * @example
 * ```ts
 * import { BUILTIN_MACHINES } from 'crm-taxonomy';
 *
 * BUILTIN_MACHINES.map((m) => m.id); //=> ['status', 'loyalty', 'purchase_intent', 'kotler_level', 'b2b_relationship']
 * ```
 */
export const BUILTIN_MACHINES = [statusMachine, loyaltyMachine, purchaseIntentMachine, kotlerLevelMachine, b2bRelationshipMachine] as const;
