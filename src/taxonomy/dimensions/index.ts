import { deepFreeze } from '../../shape/freeze.js';
import { abcClass } from './abc-class.js';
import { acquaintance } from './acquaintance.js';
import { acquisitionSource } from './acquisition-source.js';
import { b2bRelationship } from './b2b-relationship.js';
import { bondLayer } from './bond-layer.js';
import { breakdownCause } from './breakdown-cause.js';
import { demeanor } from './demeanor.js';
import { effectiveness } from './effectiveness.js';
import { externalDirectness } from './external-directness.js';
import { internalCollaboration } from './internal-collaboration.js';
import { kotlerLevel } from './kotler-level.js';
import { loyalty } from './loyalty.js';
import { membershipTier } from './membership-tier.js';
import { patronageLevel } from './patronage-level.js';
import { position } from './position.js';
import { purchaseIntent } from './purchase-intent.js';
import { relationshipToFirm } from './relationship-to-firm.js';
import { status } from './status.js';
import { timeState } from './time-state.js';
import { valueTier } from './value-tier.js';

export {
  abcClass,
  acquaintance,
  acquisitionSource,
  b2bRelationship,
  bondLayer,
  breakdownCause,
  demeanor,
  effectiveness,
  externalDirectness,
  internalCollaboration,
  kotlerLevel,
  loyalty,
  membershipTier,
  patronageLevel,
  position,
  purchaseIntent,
  relationshipToFirm,
  status,
  timeState,
  valueTier,
};

/**
 * Every built-in dimension, in the order of the domain spec: the customer classification axes
 * (DOMAIN §1), then the relationship models (§2), then the reason codes `breakdown_cause`. Ids and
 * order only: labels and descriptions are in the message tables (`label`, `list`).
 *
 * @example
 * ```ts
 * import { BUILTIN_DIMENSIONS } from 'crm-taxonomy';
 *
 * BUILTIN_DIMENSIONS.length; //=> 20
 * BUILTIN_DIMENSIONS.slice(0, 3).map((d) => d.id); //=> ['relationship_to_firm', 'value_tier', 'abc_class']
 * BUILTIN_DIMENSIONS.find((d) => d.id === 'loyalty')?.values.map((v) => v.id); //=> ['potential', 'new', 'established', 'loyal']
 * ```
 */
export const BUILTIN_DIMENSIONS = /* @__PURE__ */ deepFreeze([
  relationshipToFirm,
  valueTier,
  abcClass,
  membershipTier,
  loyalty,
  status,
  acquaintance,
  position,
  internalCollaboration,
  externalDirectness,
  timeState,
  demeanor,
  purchaseIntent,
  effectiveness,
  acquisitionSource,
  kotlerLevel,
  b2bRelationship,
  bondLayer,
  patronageLevel,
  breakdownCause,
] as const);
