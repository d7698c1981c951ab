import { defineDimension } from '../define.js';

/**
 * Time state (客户时间状态, seed 001): when the customer trades with the firm: it has traded before, is
 * trading now, or may buy in the future.
 *
 * @example
 * ```ts
 * import { timeState } from 'crm-taxonomy';
 *
 * timeState.values.map((v) => v.id); //=> ['past', 'present', 'future']
 * ```
 */
export const timeState = defineDimension({
  id: 'time_state',
  kind: 'classification',
  ordered: false,
  label: { en: 'Time state', 'zh-Hans': '客户时间状态', 'zh-Hant': '客戶時間狀態' },
  description: {
    en: 'When the customer trades with the firm: in the past, now or in the future',
    'zh-Hans': '按客户所处的时间状态划分：过去客户、现在客户、将来客户',
    'zh-Hant': '按客戶所處的時間狀態劃分：過去客戶、現在客戶、將來客戶',
  },
  source: [{ seed: '001', term: '按照客户所处的时间状态' }],
  values: [
    {
      id: 'past',
      label: { en: 'Past customer', 'zh-Hans': '过去客户', 'zh-Hant': '過去客戶' },
      description: {
        en: 'Has any earlier transaction record with the firm, once or often',
        'zh-Hans': '从前与企业有过交易记录，无论只购买过一次还是经常购买',
        'zh-Hant': '從前與企業有過交易記錄，無論只購買過一次還是經常購買',
      },
      source: [{ seed: '001', term: '过去客户' }],
    },
    {
      id: 'present',
      label: { en: 'Present customer', 'zh-Hans': '现在客户', 'zh-Hant': '現在客戶' },
      description: {
        en: 'Is in a transaction with the firm now, even the first, closed or not',
        'zh-Hans': '正在与企业进行交易，即使是第一次，不论是否成交',
        'zh-Hant': '正在與企業進行交易，即使是第一次，不論是否成交',
      },
      source: [{ seed: '001', term: '现在客户' }],
    },
    {
      id: 'future',
      label: { en: 'Future customer', 'zh-Hans': '将来客户', 'zh-Hant': '將來客戶' },
      description: {
        en: 'May buy in the future',
        'zh-Hans': '将来有可能购买',
        'zh-Hant': '將來有可能購買',
      },
      source: [{ seed: '001', term: '将来客户' }],
    },
  ],
});
