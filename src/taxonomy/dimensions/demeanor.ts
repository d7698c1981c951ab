import { defineDimension } from '../define.js';

/**
 * Demeanor (客户表现类型, seed 001): how the customer behaves in a sales contact (demanding, confused or
 * agitated), so that the salesperson can adapt to it.
 */
export const demeanor = /* @__PURE__ */ defineDimension({
  id: 'demeanor',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'demanding' },
    { id: 'confused' },
    { id: 'agitated' },
  ],
});
