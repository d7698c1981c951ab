import { defineDimension } from '../define.js';

/**
 * Kotler relationship level (科特勒客户关系水平, seeds 000, 003 and 004): Kotler's five levels of
 * relationship a firm can keep with its customers, from selling with no further contact to a
 * partnership that supports the customer's success. Ranked by depth of contact, but the seeds
 * stress this is not a ranking from good to bad: the right level depends on the number of
 * customers and the unit margin. Ordered: `basic` < `reactive` < `accountable` < `proactive` <
 * `partnership`.
 */
export const kotlerLevel = /* @__PURE__ */ defineDimension({
  id: 'kotler_level',
  kind: 'relationship',
  ordered: true,
  values: [
    { id: 'basic' },
    { id: 'reactive' },
    { id: 'accountable' },
    { id: 'proactive' },
    { id: 'partnership' },
  ],
});
