import { defineDimension } from '../define.js';

/**
 * Bond layer (客户关系层次, seed 000): the four layers of a client relationship, from low to high Trust,
 * Value, Emotion and Vision, each with its own measure, from kept promises to shareholding and a
 * common direction. Ordered: `trust` < `value` < `emotion` < `vision`.
 *
 * @example
 * ```ts
 * import { bondLayer } from 'crm-taxonomy';
 *
 * bondLayer.values.map((v) => v.id); //=> ['trust', 'value', 'emotion', 'vision']
 * ```
 */
export const bondLayer = defineDimension({
  id: 'bond_layer',
  kind: 'relationship',
  ordered: true,
  label: { en: 'Bond layer', 'zh-Hans': '客户关系层次', 'zh-Hant': '客戶關係層次' },
  description: {
    en: 'The four layers of a client relationship, from low to high: Trust, Value, Emotion, Vision',
    'zh-Hans': '客户关系的四个层次，从低到高依次是信任、价值、情感、远景',
    'zh-Hant': '客戶關係的四個層次，從低到高依次是信任、價值、情感、遠景',
  },
  source: [{ seed: '000', term: '客户关系的四个层次' }],
  values: [
    {
      id: 'trust',
      label: { en: 'Trust', 'zh-Hans': '信任', 'zh-Hant': '信任' },
      description: {
        en: 'Honesty, integrity, keeping promises; measured by verbal, written, personal or company credit',
        'zh-Hans': '对人诚实、正直、信守承诺；以口头、书面、个人或公司信用为标准',
        'zh-Hant': '對人誠實、正直、信守承諾；以口頭、書面、個人或公司信用為標準',
      },
      source: [{ seed: '000', term: 'Trust' }],
    },
    {
      id: 'value',
      label: { en: 'Value', 'zh-Hans': '价值', 'zh-Hant': '價值' },
      description: {
        en: "Value and value added to the client's business and to the person; measured by the added value created",
        'zh-Hans': '对客户业务和客户个人的价值与增值；以产生增值或额外价值为标准',
        'zh-Hant': '對客戶業務和客戶個人的價值與增值；以產生增值或額外價值為標準',
      },
      source: [{ seed: '000', term: 'Value' }],
    },
    {
      id: 'emotion',
      label: { en: 'Emotion', 'zh-Hans': '情感', 'zh-Hant': '情感' },
      description: {
        en: 'An emotional bank account, the end state of lifetime value; measured by brand loyalty and the emotional account',
        'zh-Hans': '建立情感银行帐户，是LTV的最终境界；以品牌忠诚度和情感帐户为衡量标准',
        'zh-Hant': '建立情感銀行帳戶，是LTV的最終境界；以品牌忠誠度和情感帳戶為衡量標準',
      },
      source: [{ seed: '000', term: 'Emotion' }],
    },
    {
      id: 'vision',
      label: { en: 'Vision', 'zh-Hans': '远景', 'zh-Hant': '遠景' },
      description: {
        en: 'Long-term plans and exchange of resources; measured by shareholding, resource integration and a common direction',
        'zh-Hans': '更长远的规划、发展前景和资源互换；以股份、资源整合、共同的发展方向为衡量标准',
        'zh-Hant': '更長遠的規劃、發展前景和資源互換；以股份、資源整合、共同的發展方向為衡量標準',
      },
      source: [{ seed: '000', term: 'Vision' }],
    },
  ],
});
