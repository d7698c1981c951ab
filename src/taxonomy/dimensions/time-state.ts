import { defineDimension } from '../define.js';

/**
 * Time state (客户时间状态, seed 001): when the customer trades with the firm: it has traded before, is
 * trading now, or may buy in the future.
 */
export const timeState = /* @__PURE__ */ defineDimension({
  id: 'time_state',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'past' },
    { id: 'present' },
    { id: 'future' },
  ],
});
