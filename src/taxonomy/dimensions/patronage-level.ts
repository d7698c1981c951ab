import { defineDimension } from '../define.js';

/**
 * Patronage level (客户关系级别, seed 003): five levels of a customer's attachment, from a passer-by
 * (过客) through customer, regular and honoured guest to a devotee (香客). The seed names the levels
 * only; the descriptions read their plain meaning. Ordered: `passer_by` < `customer` < `regular` <
 * `honored` < `devotee`.
 */
export const patronageLevel = /* @__PURE__ */ defineDimension({
  id: 'patronage_level',
  kind: 'relationship',
  ordered: true,
  values: [
    { id: 'passer_by' },
    { id: 'customer' },
    { id: 'regular' },
    { id: 'honored' },
    { id: 'devotee' },
  ],
});
