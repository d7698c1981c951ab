import { defineDimension } from '../define.js';

/**
 * Value tier (客户价值等级, seed 000): how much the customer is worth to the firm, from the numerous
 * ordinary customers with small or even negative profit, through key customers who buy often at a
 * high margin, to the very few VIP customers who make up a very high share of sales. Ordered:
 * `ordinary` < `key` < `vip`.
 *
 * @example
 * ```ts
 * import { valueTier } from 'crm-taxonomy';
 *
 * valueTier.values.map((v) => v.id); //=> ['ordinary', 'key', 'vip']
 * ```
 */
export const valueTier = defineDimension({
  id: 'value_tier',
  kind: 'classification',
  ordered: true,
  label: { en: 'Value tier', 'zh-Hans': '客户价值等级', 'zh-Hant': '客戶價值等級' },
  description: {
    en: 'How much the customer is worth to the firm, from ordinary through key to VIP customers',
    'zh-Hans': '按客户对企业的价值大小划分：普通客户、重要客户、贵宾客户',
    'zh-Hant': '按客戶對企業的價值大小劃分：普通客戶、重要客戶、貴賓客戶',
  },
  source: [{ seed: '000', term: '根据客户对企业的价值大小' }],
  values: [
    {
      id: 'ordinary',
      label: { en: 'Ordinary customer', 'zh-Hans': '普通客户', 'zh-Hant': '普通客戶' },
      description: {
        en: 'Small total spend, little or even negative profit; numerous',
        'zh-Hans': '个体消费总量不大，带来的利润不多，有时甚至是负利润；人数众多',
        'zh-Hant': '個體消費總量不大，帶來的利潤不多，有時甚至是負利潤；人數眾多',
      },
      source: [{ seed: '000', term: '普通客户' }],
    },
    {
      id: 'key',
      label: { en: 'Key customer', 'zh-Hans': '重要客户', 'zh-Hant': '重要客戶' },
      description: {
        en: "Besides VIP customers, buys often and much at a high margin; affects the firm's results",
        'zh-Hans': '贵宾客户之外，消费频率高、消费额大、利润率高，对企业经营业绩有一定影响',
        'zh-Hant': '貴賓客戶之外，消費頻率高、消費額大、利潤率高，對企業經營業績有一定影響',
      },
      source: [{ seed: '000', term: '重要客户' }],
    },
    {
      id: 'vip',
      label: { en: 'VIP customer', 'zh-Hans': '贵宾客户', 'zh-Hant': '貴賓客戶' },
      description: {
        en: "A very high share of the firm's total sales and the largest contribution; very few",
        'zh-Hans': '消费额占企业销售总量的比例非常高，对企业销售贡献最大；数量很少',
        'zh-Hant': '消費額佔企業銷售總量的比例非常高，對企業銷售貢獻最大；數量很少',
      },
      source: [{ seed: '000', term: '贵宾客户' }],
    },
  ],
});
