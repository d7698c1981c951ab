import { defineDimension } from '../define.js';

/**
 * Position (客户所处的位置, seed 001): whether the customer is inside the firm (colleagues in other
 * departments, who serve one another) or outside it.
 *
 * @example
 * ```ts
 * import { position } from 'crm-taxonomy';
 *
 * position.values.map((v) => v.id); //=> ['internal', 'external']
 * ```
 */
export const position = defineDimension({
  id: 'position',
  kind: 'classification',
  ordered: false,
  label: { en: 'Position', 'zh-Hans': '客户所处的位置', 'zh-Hant': '客戶所處的位置' },
  description: {
    en: 'Whether the customer is inside or outside the firm',
    'zh-Hans': '按客户所处的位置划分：内部客户或外部客户',
    'zh-Hant': '按客戶所處的位置劃分：內部客戶或外部客戶',
  },
  source: [{ seed: '001', term: '按照客户所处的位置' }],
  values: [
    {
      id: 'internal',
      label: { en: 'Internal customer', 'zh-Hans': '内部客户', 'zh-Hant': '內部客戶' },
      description: {
        en: "Colleagues in the firm's own departments, who serve one another",
        'zh-Hans': '公司内部各部门的同事，彼此之间构成客户服务关系',
        'zh-Hant': '公司內部各部門的同事，彼此之間構成客戶服務關係',
      },
      source: [{ seed: '001', term: '内部客户' }],
    },
    {
      id: 'external',
      label: { en: 'External customer', 'zh-Hans': '外部客户', 'zh-Hant': '外部客戶' },
      description: {
        en: 'Customers outside the firm, such as end consumers and distributors',
        'zh-Hans': '公司外部的客户，如最终消费者和经销商',
        'zh-Hant': '公司外部的客戶，如最終消費者和經銷商',
      },
      source: [{ seed: '001', term: '外部客户' }],
    },
  ],
});
