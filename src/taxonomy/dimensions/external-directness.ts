import { defineDimension } from '../define.js';

/**
 * External directness (外部客户类型, seed 001): whether an external customer knows the offer and brings
 * revenue now (direct) or only has the means and the need (indirect).
 */
export const externalDirectness = /* @__PURE__ */ defineDimension({
  id: 'external_directness',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'direct' },
    { id: 'indirect' },
  ],
});
