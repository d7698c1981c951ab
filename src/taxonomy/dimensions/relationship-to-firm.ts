import { defineDimension } from '../define.js';

/**
 * Relationship to the firm (客户与企业的关系, seed 000): what the customer is to the firm, an end
 * consumer, an intermediary who resells, a person or department inside the firm, or a party such
 * as government that represents the public interest.
 */
export const relationshipToFirm = /* @__PURE__ */ defineDimension({
  id: 'relationship_to_firm',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'consumer' },
    { id: 'intermediary' },
    { id: 'internal' },
    { id: 'public_interest' },
  ],
});
