import { defineDimension } from '../define.js';

/**
 * Bond layer (客户关系层次, seed 000): the four layers of a client relationship, from low to high Trust,
 * Value, Emotion and Vision, each with its own measure, from kept promises to shareholding and a
 * common direction. Ordered: `trust` < `value` < `emotion` < `vision`.
 */
export const bondLayer = /* @__PURE__ */ defineDimension({
  id: 'bond_layer',
  kind: 'relationship',
  ordered: true,
  values: [
    { id: 'trust' },
    { id: 'value' },
    { id: 'emotion' },
    { id: 'vision' },
  ],
});
