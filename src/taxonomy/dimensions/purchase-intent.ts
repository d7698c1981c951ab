import { defineDimension } from '../define.js';

/**
 * Purchase intent (购买意向, seed 002): where a prospect stands after contact, which sets how to
 * follow it up: speed up the interested, talk with the hesitating, keep in touch with those not
 * buying now, learn why from those who never will, and follow up quotes that got no reply.
 */
export const purchaseIntent = /* @__PURE__ */ defineDimension({
  id: 'purchase_intent',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'interested' },
    { id: 'hesitating' },
    { id: 'not_now' },
    { id: 'never' },
    { id: 'quoted_no_reply' },
  ],
});
