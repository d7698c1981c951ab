import { defineDimension } from '../define.js';

/**
 * Position (客户所处的位置, seed 001): whether the customer is inside the firm (colleagues in other
 * departments, who serve one another) or outside it.
 */
export const position = /* @__PURE__ */ defineDimension({
  id: 'position',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'internal' },
    { id: 'external' },
  ],
});
