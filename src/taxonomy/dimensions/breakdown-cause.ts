import { defineDimension } from '../define.js';

/**
 * Breakdown cause (客户关系破裂原因, seed 000, the advertising-agency chapter 客户关系中存在的问题): reason codes a
 * host attaches to the downgrade or loss of a relationship, from the client's own decline to price
 * wars in the trade.
 */
export const breakdownCause = /* @__PURE__ */ defineDimension({
  id: 'breakdown_cause',
  kind: 'reason',
  ordered: false,
  values: [
    { id: 'client_business_decline' },
    { id: 'client_leadership_change' },
    { id: 'own_operations' },
    { id: 'strategy_disagreement' },
    { id: 'layer_breakdown' },
    { id: 'policy_breach' },
    { id: 'merger_acquisition' },
    { id: 'competitor' },
    { id: 'unprofitable_terms' },
    { id: 'captive_supplier' },
    { id: 'price_war' },
  ],
});
