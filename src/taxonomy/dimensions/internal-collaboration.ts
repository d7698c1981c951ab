import { defineDimension } from '../define.js';

/**
 * Internal collaboration (内部客户协作类型, seed 001): how internal customers work with one another:
 * independently with mutual help, in a chain that hands work on, or as one team.
 */
export const internalCollaboration = /* @__PURE__ */ defineDimension({
  id: 'internal_collaboration',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'horizontal_support' },
    { id: 'upstream_downstream' },
    { id: 'team' },
  ],
});
