import { b2bRelationshipMachine } from './b2b-relationship.js';
import { kotlerLevelMachine } from './kotler-level.js';
import { loyaltyMachine } from './loyalty.js';
import { purchaseIntentMachine } from './purchase-intent.js';
import { statusMachine } from './status.js';

export { b2bRelationshipMachine, kotlerLevelMachine, loyaltyMachine, purchaseIntentMachine, statusMachine };
export type { B2bRelationshipMachine, B2bRelationshipMove } from './b2b-relationship.js';
export type { KotlerLevelMachine, KotlerLevelMove } from './kotler-level.js';
export type { LoyaltyMachine, LoyaltyMove } from './loyalty.js';
export type { PurchaseIntentMachine, PurchaseIntentMove } from './purchase-intent.js';
export type { StatusMachine, StatusMove } from './status.js';

/** Every built-in machine, in the order of the domain spec. @internal */
export const BUILTIN_MACHINES = [statusMachine, loyaltyMachine, purchaseIntentMachine, kotlerLevelMachine, b2bRelationshipMachine] as const;
