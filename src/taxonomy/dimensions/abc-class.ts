import { defineDimension } from '../define.js';

/**
 * ABC class (ABC客户分类, seeds 002 and 003): customers ranked A, B or C by their value to the firm
 * (marketing spend, sales revenue, years of business). Seed 002 ranks the top 5% and 20% of
 * customers this way; seed 003 calls class A the tip of the pyramid, often the ten most important
 * customers or fewer. Ordered: `c` < `b` < `a`.
 */
export const abcClass = /* @__PURE__ */ defineDimension({
  id: 'abc_class',
  kind: 'classification',
  ordered: true,
  values: [
    { id: 'c' },
    { id: 'b' },
    { id: 'a' },
  ],
});
