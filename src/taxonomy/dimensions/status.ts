import { defineDimension } from '../define.js';

/**
 * Status (客户状态, seed 000): where the customer stands in its lifecycle, from a non-customer who
 * cannot buy, through potential and target customers, to a current customer or a lost one. Not
 * ordered: the moves between the states are a lifecycle machine, not a rank.
 */
export const status = /* @__PURE__ */ defineDimension({
  id: 'status',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'non_customer' },
    { id: 'potential' },
    { id: 'target' },
    { id: 'current' },
    { id: 'lost' },
  ],
});
