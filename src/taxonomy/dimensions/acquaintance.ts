import { defineDimension } from '../define.js';

/**
 * Acquaintance (客户熟悉程度, seed 000): how far the firm already knows and works with the customer,
 * from an unknown customer through potential and target customers to an existing one. Ordered:
 * `unknown` < `potential` < `target` < `existing`.
 *
 * @example
 * ```ts
 * import { acquaintance } from 'crm-taxonomy';
 *
 * acquaintance.values.map((v) => v.id); //=> ['unknown', 'potential', 'target', 'existing']
 * ```
 */
export const acquaintance = defineDimension({
  id: 'acquaintance',
  kind: 'classification',
  ordered: true,
  label: { en: 'Acquaintance', 'zh-Hans': '客户熟悉程度', 'zh-Hant': '客戶熟悉程度' },
  description: {
    en: 'How far the firm already knows and works with the customer: unknown, potential, target or existing',
    'zh-Hans': '企业对客户的了解与接触程度：未知客户、潜在客户、目标客户、已有客户',
    'zh-Hant': '企業對客戶的瞭解與接觸程度：未知客戶、潛在客戶、目標客戶、已有客戶',
  },
  source: [{ seed: '000', term: '已有客户,目标客户,潜在客户和未知客户' }],
  values: [
    {
      id: 'unknown',
      label: { en: 'Unknown customer', 'zh-Hans': '未知客户', 'zh-Hant': '未知客戶' },
      description: {
        en: 'Not yet identified or known by the firm',
        'zh-Hans': '企业尚未识别、尚不了解的客户',
        'zh-Hant': '企業尚未識別、尚不瞭解的客戶',
      },
      source: [{ seed: '000', term: '未知客户' }],
    },
    {
      id: 'potential',
      label: { en: 'Potential customer', 'zh-Hans': '潜在客户', 'zh-Hant': '潛在客戶' },
      description: {
        en: 'May have a need; a target for developing the market and growing the business',
        'zh-Hans': '可能有需求，是企业开发市场、提高业务的目标',
        'zh-Hant': '可能有需求，是企業開發市場、提高業務的目標',
      },
      source: [{ seed: '000', term: '潜在客户' }],
    },
    {
      id: 'target',
      label: { en: 'Target customer', 'zh-Hans': '目标客户', 'zh-Hant': '目標客戶' },
      description: {
        en: 'Chosen by the firm as one to win',
        'zh-Hans': '企业选定、力图争取的客户',
        'zh-Hant': '企業選定、力圖爭取的客戶',
      },
      source: [{ seed: '000', term: '目标客户' }],
    },
    {
      id: 'existing',
      label: { en: 'Existing customer', 'zh-Hans': '已有客户', 'zh-Hant': '已有客戶' },
      description: {
        en: 'Already trades with the firm',
        'zh-Hans': '已经与企业建立交易关系的客户',
        'zh-Hant': '已經與企業建立交易關係的客戶',
      },
      source: [{ seed: '000', term: '已有客户' }],
    },
  ],
});
