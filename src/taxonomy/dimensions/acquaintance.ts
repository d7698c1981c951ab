import { defineDimension } from '../define.js';

/**
 * Acquaintance (客户熟悉程度, seed 000): how far the firm already knows and works with the customer,
 * from an unknown customer through potential and target customers to an existing one. Ordered:
 * `unknown` < `potential` < `target` < `existing`.
 */
export const acquaintance = /* @__PURE__ */ defineDimension({
  id: 'acquaintance',
  kind: 'classification',
  ordered: true,
  values: [
    { id: 'unknown' },
    { id: 'potential' },
    { id: 'target' },
    { id: 'existing' },
  ],
});
