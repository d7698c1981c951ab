import { defineDimension } from '../define.js';

/**
 * ABC class (ABC客户分类, seeds 002 and 003): customers ranked A, B or C by their value to the firm
 * (marketing spend, sales revenue, years of business). Seed 002 ranks the top 5% and 20% of
 * customers this way; seed 003 calls class A the tip of the pyramid, often the ten most important
 * customers or fewer. Ordered: `c` < `b` < `a`.
 *
 * @example
 * ```ts
 * import { abcClass } from 'crm-taxonomy';
 *
 * abcClass.values.map((v) => v.id); //=> ['c', 'b', 'a']
 * ```
 */
export const abcClass = defineDimension({
  id: 'abc_class',
  kind: 'classification',
  ordered: true,
  label: { en: 'ABC class', 'zh-Hans': 'ABC客户分类', 'zh-Hant': 'ABC客戶分類' },
  description: {
    en: 'Customers ranked A, B or C by their value to the firm: marketing spend, sales revenue, years of business',
    'zh-Hans': '根据客户对企业的价值（市场花费、销售收入、业务往来年限）把客户分为A、B、C三类',
    'zh-Hant': '根據客戶對企業的價值（市場花費、銷售收入、業務往來年限）把客戶分為A、B、C三類',
  },
  source: [
    { seed: '002', term: '分為a、b、c三類' },
    { seed: '003', term: 'A类客户' },
  ],
  values: [
    {
      id: 'c',
      label: { en: 'Class C', 'zh-Hans': 'C类客户', 'zh-Hant': 'C類客戶' },
      description: {
        en: 'The lowest class by value to the firm: the customers below classes A and B',
        'zh-Hans': '对企业价值最低的一类：A类和B类以外的客户',
        'zh-Hant': '對企業價值最低的一類：A類和B類以外的客戶',
      },
      source: [{ seed: '002', term: 'c' }],
    },
    {
      id: 'b',
      label: { en: 'Class B', 'zh-Hans': 'B类客户', 'zh-Hant': 'B類客戶' },
      description: {
        en: 'The middle class by value to the firm, below the top customers of class A',
        'zh-Hans': '对企业价值居中的一类，次于A类的顶尖客户',
        'zh-Hant': '對企業價值居中的一類，次於A類的頂尖客戶',
      },
      source: [{ seed: '002', term: 'b' }],
    },
    {
      id: 'a',
      label: { en: 'Class A', 'zh-Hans': 'A类客户', 'zh-Hant': 'A類客戶' },
      description: {
        en: 'The top class, the tip of the pyramid: often ten customers or fewer, leading in sales and long-term profit',
        'zh-Hans':
          '价值最高的一类，位于金字塔尖：往往是最重要的10个甚至更少的客户，带来最高的销售额和长期利润',
        'zh-Hant':
          '價值最高的一類，位於金字塔尖：往往是最重要的10個甚至更少的客戶，帶來最高的銷售額和長期利潤',
      },
      source: [
        { seed: '002', term: 'a' },
        { seed: '003', term: 'A类客户' },
      ],
    },
  ],
});
