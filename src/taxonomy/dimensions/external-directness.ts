import { defineDimension } from '../define.js';

/**
 * External directness (外部客户类型, seed 001): whether an external customer knows the offer and brings
 * revenue now (direct) or only has the means and the need (indirect).
 *
 * @example
 * ```ts
 * import { externalDirectness } from 'crm-taxonomy';
 *
 * externalDirectness.values.map((v) => v.id); //=> ['direct', 'indirect']
 * ```
 */
export const externalDirectness = defineDimension({
  id: 'external_directness',
  kind: 'classification',
  ordered: false,
  label: { en: 'External directness', 'zh-Hans': '外部客户类型', 'zh-Hant': '外部客戶類型' },
  description: {
    en: 'Whether an external customer buys directly now or is an indirect prospect',
    'zh-Hans': '外部客户分为直接客户和间接客户',
    'zh-Hant': '外部客戶分為直接客戶和間接客戶',
  },
  source: [{ seed: '001', term: '外部客户分类' }],
  values: [
    {
      id: 'direct',
      label: { en: 'Direct customer', 'zh-Hans': '直接客户', 'zh-Hant': '直接客戶' },
      description: {
        en: 'Knows the offer and where to buy it, brings revenue now; contested by competitors',
        'zh-Hans': '了解商品和购买途径，可以立即为企业带来收入，是竞争企业极力争夺的消费群体',
        'zh-Hant': '瞭解商品和購買途徑，可以立即為企業帶來收入，是競爭企業極力爭奪的消費群體',
      },
      source: [{ seed: '001', term: '直接客户' }],
    },
    {
      id: 'indirect',
      label: { en: 'Indirect customer', 'zh-Hans': '间接客户', 'zh-Hant': '間接客戶' },
      description: {
        en: 'Has enough purchasing power and a need for the product',
        'zh-Hans': '具有足够的消费能力，对某种商品有购买需求',
        'zh-Hant': '具有足夠的消費能力，對某種商品有購買需求',
      },
      source: [{ seed: '001', term: '间接客户' }],
    },
  ],
});
