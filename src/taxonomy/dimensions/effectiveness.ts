import { defineDimension } from '../define.js';

/**
 * Effectiveness (客户有效性, seed 002): whether the customer promotes the firm or brings it profit. An
 * ineffective customer does neither and is not worth the time; managing relationships means
 * keeping effective customers loyal.
 */
export const effectiveness = /* @__PURE__ */ defineDimension({
  id: 'effectiveness',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'effective' },
    { id: 'ineffective' },
  ],
});
