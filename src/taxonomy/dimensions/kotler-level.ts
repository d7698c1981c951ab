import { defineDimension } from '../define.js';

/**
 * Kotler relationship level (科特勒客户关系水平, seeds 000, 003 and 004): Kotler's five levels of
 * relationship a firm can keep with its customers, from selling with no further contact to a
 * partnership that supports the customer's success. Ranked by depth of contact, but the seeds
 * stress this is not a ranking from good to bad: the right level depends on the number of
 * customers and the unit margin. Ordered: `basic` < `reactive` < `accountable` < `proactive` <
 * `partnership`.
 *
 * @example
 * ```ts
 * import { kotlerLevel } from 'crm-taxonomy';
 *
 * kotlerLevel.values.map((v) => v.id); //=> ['basic', 'reactive', 'accountable', 'proactive', 'partnership']
 * ```
 */
export const kotlerLevel = defineDimension({
  id: 'kotler_level',
  kind: 'relationship',
  ordered: true,
  label: {
    en: 'Kotler relationship level',
    'zh-Hans': '科特勒客户关系水平',
    'zh-Hant': '科特勒客戶關係水平',
  },
  description: {
    en: "Kotler's five levels of relationship with customers; the right one depends on the number of customers and the margin, not a ranking from good to bad",
    'zh-Hans': '科特勒区分的五种客户关系水平；合适的水平取决于客户数量和利润率，并非从优到劣的排序',
    'zh-Hant': '科特勒區分的五種客戶關係水平；合適的水平取決於客戶數量和利潤率，並非從優到劣的排序',
  },
  source: [
    { seed: '004', term: '五种不同程度的关系水平' },
    { seed: '000', term: '客户的关系有哪些' },
    { seed: '003', term: '基本型、负责型、能动型、伙伴型' },
  ],
  values: [
    {
      id: 'basic',
      label: { en: 'Basic', 'zh-Hans': '基本型', 'zh-Hant': '基本型' },
      description: {
        en: 'Sells the product and has no further contact with the customer',
        'zh-Hans': '把产品销售出去后就不再与顾客接触',
        'zh-Hant': '把產品銷售出去後就不再與顧客接觸',
      },
      source: [{ seed: '004', term: '基本型' }],
    },
    {
      id: 'reactive',
      label: { en: 'Reactive', 'zh-Hans': '被动型', 'zh-Hant': '被動型' },
      description: {
        en: 'Sells and encourages the customer to get in touch with problems or opinions',
        'zh-Hans': '销售后鼓励顾客在遇到问题或有意见时与公司联系',
        'zh-Hant': '銷售後鼓勵顧客在遇到問題或有意見時與公司聯繫',
      },
      source: [{ seed: '004', term: '被动型' }],
    },
    {
      id: 'accountable',
      label: { en: 'Accountable', 'zh-Hans': '负责型', 'zh-Hant': '負責型' },
      description: {
        en: 'Contacts the customer soon after the sale to check expectations; asks for improvements and defects',
        'zh-Hans': '售后不久联系顾客，询问产品是否符合期望，并征求改进建议以及缺陷与不足',
        'zh-Hant': '售後不久聯繫顧客，詢問產品是否符合期望，並徵求改進建議以及缺陷與不足',
      },
      source: [{ seed: '004', term: '负责型' }],
    },
    {
      id: 'proactive',
      label: { en: 'Proactive', 'zh-Hans': '能动型', 'zh-Hant': '能動型' },
      description: {
        en: 'Keeps contacting the customer with suggestions on use and news of new products',
        'zh-Hans': '不断联系客户，提供改进产品用途的建议和新产品的信息',
        'zh-Hant': '不斷聯繫客戶，提供改進產品用途的建議和新產品的資訊',
      },
      source: [{ seed: '004', term: '能动型' }],
    },
    {
      id: 'partnership',
      label: { en: 'Partnership', 'zh-Hans': '伙伴型', 'zh-Hant': '夥伴型' },
      description: {
        en: 'Works continuously with the customer to solve its problems and support its success',
        'zh-Hans': '与客户不断共同努力，帮助客户解决问题，支持客户成功，实现共同发展',
        'zh-Hant': '與客戶不斷共同努力，幫助客戶解決問題，支持客戶成功，實現共同發展',
      },
      source: [{ seed: '004', term: '伙伴型' }],
    },
  ],
});
