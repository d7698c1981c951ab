import { defineDimension } from '../define.js';

/**
 * Loyalty (客户忠诚度, seed 000): how attached a customer is, from a prospect who has not bought
 * yet to a loyal customer who buys repeatedly, across categories, by choice and by referral.
 * Ordered: `potential` < `new` < `established` < `loyal`.
 *
 * @example
 * ```ts
 * import { loyalty } from 'crm-taxonomy';
 *
 * loyalty.values.map((v) => v.id); //=> ['potential', 'new', 'established', 'loyal']
 * ```
 */
export const loyalty = defineDimension({
  id: 'loyalty',
  kind: 'classification',
  ordered: true,
  label: { en: 'Loyalty', 'zh-Hans': '客户忠诚度', 'zh-Hant': '客戶忠誠度' },
  description: {
    en: 'How attached the customer is to the firm, judged by its purchase behaviour',
    'zh-Hans': '按客户对企业的忠诚程度划分，依据其购买行为判断',
    'zh-Hant': '按客戶對企業的忠誠程度劃分，依據其購買行為判斷',
  },
  source: [
    { seed: '000', term: '根据客户的忠诚度' },
    { seed: '003', term: '根据客户的忠诚度' },
  ],
  values: [
    {
      id: 'potential',
      label: { en: 'Potential customer', 'zh-Hans': '潜在客户', 'zh-Hant': '潛在客戶' },
      description: {
        en: 'Has a need for the offer but has not traded yet; must be won',
        'zh-Hans': '对企业的产品或服务有需求，但尚未与企业交易，需要大力争取',
        'zh-Hant': '對企業的產品或服務有需求，但尚未與企業交易，需要大力爭取',
      },
      source: [{ seed: '000', term: '潜在客户' }],
    },
    {
      id: 'new',
      label: { en: 'New customer', 'zh-Hans': '新客户', 'zh-Hant': '新客戶' },
      description: {
        en: 'Has just started trading and knows the offer little',
        'zh-Hans': '刚开始与企业交易，对产品和服务缺乏全面了解',
        'zh-Hant': '剛開始與企業交易，對產品和服務缺乏全面瞭解',
      },
      source: [{ seed: '000', term: '新客户' }],
    },
    {
      id: 'established',
      label: { en: 'Established customer', 'zh-Hans': '老客户', 'zh-Hant': '老客戶' },
      description: {
        en: 'Long trading history and knows the offer well, but also buys from others',
        'zh-Hans': '与企业交易时间较长，了解产品和服务，但同时也与其他企业交易',
        'zh-Hant': '與企業交易時間較長，瞭解產品和服務，但同時也與其他企業交易',
      },
      source: [{ seed: '000', term: '老客户' }],
    },
    {
      id: 'loyal',
      label: { en: 'Loyal customer', 'zh-Hans': '忠诚客户', 'zh-Hant': '忠誠客戶' },
      description: {
        en: 'Satisfied and trusting; buys repeatedly over the long term: directed, repeat, related and referral purchases',
        'zh-Hans': '对企业十分满意和信任，长期重复购买：指向性、重复性、相关性和推荐性购买',
        'zh-Hant': '對企業十分滿意和信任，長期重複購買：指向性、重複性、相關性和推薦性購買',
      },
      source: [{ seed: '000', term: '忠诚客户' }],
    },
  ],
});
