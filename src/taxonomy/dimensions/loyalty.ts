import { defineDimension } from '../define.js';

/**
 * Loyalty (客户忠诚度, seed 000): how attached a customer is, from a prospect who has not bought
 * yet to a loyal customer who buys repeatedly, across categories, by choice and by referral.
 * Ordered: `potential` < `new` < `established` < `loyal`.
 */
export const loyalty = /* @__PURE__ */ defineDimension({
  id: 'loyalty',
  kind: 'classification',
  ordered: true,
  values: [
    { id: 'potential' },
    { id: 'new' },
    { id: 'established' },
    { id: 'loyal' },
  ],
});
