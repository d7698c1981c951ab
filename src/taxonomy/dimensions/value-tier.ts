import { defineDimension } from '../define.js';

/**
 * Value tier (客户价值等级, seed 000): how much the customer is worth to the firm, from the numerous
 * ordinary customers with small or even negative profit, through key customers who buy often at a
 * high margin, to the very few VIP customers who make up a very high share of sales. Ordered:
 * `ordinary` < `key` < `vip`.
 */
export const valueTier = /* @__PURE__ */ defineDimension({
  id: 'value_tier',
  kind: 'classification',
  ordered: true,
  values: [
    { id: 'ordinary' },
    { id: 'key' },
    { id: 'vip' },
  ],
});
