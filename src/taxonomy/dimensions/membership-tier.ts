import { defineDimension } from '../define.js';

/**
 * Membership tier (会员等级, seeds 003 and 004): a customer's tier by spending level and amount, as
 * membership programmes use it: ordinary, silver card, VIP. The thresholds are the host's policy,
 * not part of the data. Ordered: `ordinary` < `silver` < `vip`.
 */
export const membershipTier = /* @__PURE__ */ defineDimension({
  id: 'membership_tier',
  kind: 'classification',
  ordered: true,
  values: [
    { id: 'ordinary' },
    { id: 'silver' },
    { id: 'vip' },
  ],
});
