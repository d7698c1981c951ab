import { defineDimension } from '../define.js';

/**
 * B2B relationship type (客户关系类型, seeds 000, 001 and 002): the four types of relationship between a
 * firm and a business customer, from a plain seller to a strategic alliance. A type above
 * `preferred_supplier` fits only where both sides matter to each other, neither dominates and
 * switching costs are high; for most firms `preferred_supplier` is enough. Ordered:
 * `transactional` < `preferred_supplier` < `partnership` < `strategic_alliance`.
 *
 * @example
 * ```ts
 * import { b2bRelationship } from 'crm-taxonomy';
 *
 * b2bRelationship.values.map((v) => v.id);
 * //=> ['transactional', 'preferred_supplier', 'partnership', 'strategic_alliance']
 * ```
 */
export const b2bRelationship = defineDimension({
  id: 'b2b_relationship',
  kind: 'relationship',
  ordered: true,
  label: { en: 'B2B relationship type', 'zh-Hans': '客户关系类型', 'zh-Hant': '客戶關係類型' },
  description: {
    en: 'The four types of relationship between a firm and a business customer, from buying and selling to a strategic alliance',
    'zh-Hans': '企业与客户之间的四种关系类型，从买卖关系到战略联盟',
    'zh-Hant': '企業與客戶之間的四種關係類型，從買賣關係到戰略聯盟',
  },
  source: [
    { seed: '000', term: '客户关系有四种类型' },
    { seed: '001', term: '客户关系的重点类型' },
    { seed: '002', term: '包括四種關係' },
  ],
  values: [
    {
      id: 'transactional',
      label: { en: 'Transactional', 'zh-Hans': '买卖关系', 'zh-Hant': '買賣關係' },
      description: {
        en: 'A plain seller: low-level contact, very little information, cost and value both very low; losing each other barely matters',
        'zh-Hans':
          '客户将企业视为普通卖主：只有低层次接触，信息极为有限，关系成本与价值均极低，失去对方影响不大',
        'zh-Hant':
          '客戶將企業視為普通賣主：只有低層次接觸，資訊極為有限，關係成本與價值均極低，失去對方影響不大',
      },
      source: [
        { seed: '000', term: '买卖关系' },
        { seed: '001', term: '买卖关系' },
      ],
    },
    {
      id: 'preferred_supplier',
      label: { en: 'Preferred supplier', 'zh-Hans': '优先供应关系', 'zh-Hant': '優先供應關係' },
      description: {
        en: 'Good ties with many key people and priority or even exclusive chances; the firm invests and shares value, yet the customer could leave without losing competitiveness',
        'zh-Hans':
          '与客户的许多关键人物关系良好，获得优先甚至独占的机会；企业投入资源、让渡价值，但客户离开并不影响其竞争能力',
        'zh-Hant':
          '與客戶的許多關鍵人物關係良好，獲得優先甚至獨佔的機會；企業投入資源、讓渡價值，但客戶離開並不影響其競爭能力',
      },
      source: [
        { seed: '001', term: '优先供应关系' },
        { seed: '000', term: '供应关系' },
      ],
    },
    {
      id: 'partnership',
      label: { en: 'Partnership', 'zh-Hans': '合作伙伴', 'zh-Hant': '合作夥伴' },
      description: {
        en: 'Ties between top managements, long-term trade and shared understanding; value created and shared jointly; breaking up is costly for both',
        'zh-Hans':
          '关系存在于双方最高管理者之间，交易长期化、认知高度一致；价值共同创造、共同分享，背弃关系双方都要付出巨大代价',
        'zh-Hant':
          '關係存在於雙方最高管理者之間，交易長期化、認知高度一致；價值共同創造、共同分享，背棄關係雙方都要付出巨大代價',
      },
      source: [
        { seed: '000', term: '合作伙伴' },
        { seed: '001', term: '合作伙伴关系' },
      ],
    },
    {
      id: 'strategic_alliance',
      label: { en: 'Strategic alliance', 'zh-Hans': '战略联盟', 'zh-Hant': '戰略聯盟' },
      description: {
        en: 'A formal or informal alliance with aligned goals and vision, possibly cross-shareholding or a joint venture; rivals can hardly enter',
        'zh-Hans':
          '正式或非正式的联盟关系，目标和愿景高度一致，可能相互持股或成立合资企业，竞争对手极难进入',
        'zh-Hant':
          '正式或非正式的聯盟關係，目標和願景高度一致，可能相互持股或成立合資企業，競爭對手極難進入',
      },
      source: [{ seed: '000', term: '战略联盟' }],
    },
  ],
});
