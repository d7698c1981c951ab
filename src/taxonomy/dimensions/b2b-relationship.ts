import { defineDimension } from '../define.js';

/**
 * B2B relationship type (客户关系类型, seeds 000, 001 and 002): the four types of relationship between a
 * firm and a business customer, from a plain seller to a strategic alliance. A type above
 * `preferred_supplier` fits only where both sides matter to each other, neither dominates and
 * switching costs are high; for most firms `preferred_supplier` is enough. Ordered:
 * `transactional` < `preferred_supplier` < `partnership` < `strategic_alliance`.
 */
export const b2bRelationship = /* @__PURE__ */ defineDimension({
  id: 'b2b_relationship',
  kind: 'relationship',
  ordered: true,
  values: [
    { id: 'transactional' },
    { id: 'preferred_supplier' },
    { id: 'partnership' },
    { id: 'strategic_alliance' },
  ],
});
