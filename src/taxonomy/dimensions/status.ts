import { defineDimension } from '../define.js';

/**
 * Status (客户状态, seed 000): where the customer stands in its lifecycle, from a non-customer who
 * cannot buy, through potential and target customers, to a current customer or a lost one. Not
 * ordered: the moves between the states are a lifecycle machine, not a rank.
 *
 * @example
 * ```ts
 * import { status } from 'crm-taxonomy';
 *
 * status.values.map((v) => v.id); //=> ['non_customer', 'potential', 'target', 'current', 'lost']
 * ```
 */
export const status = defineDimension({
  id: 'status',
  kind: 'classification',
  ordered: false,
  label: { en: 'Status', 'zh-Hans': '客户状态', 'zh-Hant': '客戶狀態' },
  description: {
    en: 'Where the customer stands in its lifecycle, from non-customer to current or lost customer',
    'zh-Hans': '按客户状态划分：非客户、潜在客户、目标客户、现实客户、流失客户',
    'zh-Hant': '按客戶狀態劃分：非客戶、潛在客戶、目標客戶、現實客戶、流失客戶',
  },
  source: [{ seed: '000', term: '根据客户状态' }],
  values: [
    {
      id: 'non_customer',
      label: { en: 'Non-customer', 'zh-Hans': '非客户', 'zh-Hant': '非客戶' },
      description: {
        en: 'Has no direct trade with the firm and cannot buy its products or services',
        'zh-Hans': '与企业没有直接的交易，不可能购买企业的产品或服务',
        'zh-Hant': '與企業沒有直接的交易，不可能購買企業的產品或服務',
      },
      source: [{ seed: '000', term: '非客户' }],
    },
    {
      id: 'potential',
      label: { en: 'Potential customer', 'zh-Hans': '潜在客户', 'zh-Hant': '潛在客戶' },
      description: {
        en: 'Has a need or desire, a motive and the ability to pay, but has not bought yet',
        'zh-Hans': '对企业的产品和服务有需求或欲望，并有购买动机和支付能力，但尚未发生购买行为',
        'zh-Hant': '對企業的產品和服務有需求或慾望，並有購買動機和支付能力，但尚未發生購買行為',
      },
      source: [{ seed: '000', term: '潜在客户' }],
    },
    {
      id: 'target',
      label: { en: 'Target customer', 'zh-Hans': '目标客户', 'zh-Hant': '目標客戶' },
      description: {
        en: 'Can bring the firm revenue; the firm works to turn it into a current customer',
        'zh-Hans': '能够给企业带来收益，企业力图将其开发为现实客户',
        'zh-Hant': '能夠給企業帶來收益，企業力圖將其開發為現實客戶',
      },
      source: [{ seed: '000', term: '目标客户' }],
    },
    {
      id: 'current',
      label: { en: 'Current customer', 'zh-Hans': '现实客户', 'zh-Hant': '現實客戶' },
      description: {
        en: "Buys the firm's products or services now",
        'zh-Hans': '企业产品或服务的现实购买者',
        'zh-Hant': '企業產品或服務的現實購買者',
      },
      source: [{ seed: '000', term: '现实客户' }],
    },
    {
      id: 'lost',
      label: { en: 'Lost customer', 'zh-Hans': '流失客户', 'zh-Hant': '流失客戶' },
      description: {
        en: 'Used to be a customer of the firm but no longer buys',
        'zh-Hans': '曾经是企业的客户，但现在不再购买企业的产品或服务',
        'zh-Hant': '曾經是企業的客戶，但現在不再購買企業的產品或服務',
      },
      source: [{ seed: '000', term: '流失客户' }],
    },
  ],
});
