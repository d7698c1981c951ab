import { defineDimension } from '../define.js';

/**
 * Breakdown cause (客户关系破裂原因, seed 000, the advertising-agency chapter 客户关系中存在的问题): reason codes a
 * host attaches to the downgrade or loss of a relationship, from the client's own decline to price
 * wars in the trade.
 *
 * @example
 * ```ts
 * import { breakdownCause } from 'crm-taxonomy';
 *
 * breakdownCause.values.map((v) => v.id);
 * //=> ['client_business_decline', 'client_leadership_change', 'own_operations', 'strategy_disagreement', 'layer_breakdown', 'policy_breach', 'merger_acquisition', 'competitor', 'unprofitable_terms', 'captive_supplier', 'price_war']
 * ```
 */
export const breakdownCause = defineDimension({
  id: 'breakdown_cause',
  kind: 'reason',
  ordered: false,
  label: { en: 'Breakdown cause', 'zh-Hans': '客户关系破裂原因', 'zh-Hant': '客戶關係破裂原因' },
  description: {
    en: 'Reason codes a host attaches to the downgrade or loss of a relationship',
    'zh-Hans': '企业为客户关系降级或流失标注的原因代码',
    'zh-Hant': '企業為客戶關係降級或流失標註的原因代碼',
  },
  source: [{ seed: '000', term: '客户关系中存在的问题' }],
  values: [
    {
      id: 'client_business_decline',
      label: {
        en: 'Client business decline',
        'zh-Hans': '客户的业务状况不佳',
        'zh-Hant': '客戶的業務狀況不佳',
      },
      description: {
        en: "The client's own business is in poor shape",
        'zh-Hans': '客户自身的业务状况不佳',
        'zh-Hant': '客戶自身的業務狀況不佳',
      },
      source: [{ seed: '000', term: '客户的业务状况不佳' }],
    },
    {
      id: 'client_leadership_change',
      label: {
        en: 'Client leadership change',
        'zh-Hans': '客户组织中管理层的较大变动',
        'zh-Hant': '客戶組織中管理層的較大變動',
      },
      description: {
        en: "Major changes in the client's management",
        'zh-Hans': '客户组织中管理层发生较大变动',
        'zh-Hant': '客戶組織中管理層發生較大變動',
      },
      source: [{ seed: '000', term: '客户组织中管理层的较大变动' }],
    },
    {
      id: 'own_operations',
      label: { en: 'Own operations', 'zh-Hans': '公司的运作问题', 'zh-Hant': '公司的運作問題' },
      description: {
        en: "Problems in the firm's own operations",
        'zh-Hans': '公司自身的运作出现问题',
        'zh-Hant': '公司自身的運作出現問題',
      },
      source: [{ seed: '000', term: '公司的运作问题' }],
    },
    {
      id: 'strategy_disagreement',
      label: {
        en: 'Strategy disagreement',
        'zh-Hans': '对战略有不同意见或误解',
        'zh-Hant': '對戰略有不同意見或誤解',
      },
      description: {
        en: 'Disagreement or misunderstanding over the strategy for a brand or service',
        'zh-Hans': '对品牌或服务的战略有不同意见或误解',
        'zh-Hant': '對品牌或服務的戰略有不同意見或誤解',
      },
      source: [{ seed: '000', term: '有不同意见或误解' }],
    },
    {
      id: 'layer_breakdown',
      label: {
        en: 'Breakdown across levels',
        'zh-Hans': '各级层关系的崩溃',
        'zh-Hant': '各級層關係的崩潰',
      },
      description: {
        en: 'Relationships collapse at the levels of contact, causing dissatisfaction and damage',
        'zh-Hans': '各级层之间的关系崩溃，导致不满和相互关系的损害',
        'zh-Hant': '各級層之間的關係崩潰，導致不滿和相互關係的損害',
      },
      source: [{ seed: '000', term: '各级层关系的崩溃' }],
    },
    {
      id: 'policy_breach',
      label: {
        en: 'Policy breach',
        'zh-Hans': '违反客户的原则、政策',
        'zh-Hant': '違反客戶的原則、政策',
      },
      description: {
        en: 'The client believes the firm broke its principles or policies',
        'zh-Hans': '客户认为公司违反了客户的原则、政策',
        'zh-Hant': '客戶認為公司違反了客戶的原則、政策',
      },
      source: [{ seed: '000', term: '违反了客户有关原则、政策' }],
    },
    {
      id: 'merger_acquisition',
      label: {
        en: 'Merger or acquisition',
        'zh-Hans': '企业间的兼并和收购',
        'zh-Hant': '企業間的兼併和收購',
      },
      description: {
        en: 'Mergers and acquisitions between companies change the relationship',
        'zh-Hans': '企业间的兼并和收购影响双方关系',
        'zh-Hant': '企業間的兼併和收購影響雙方關係',
      },
      source: [{ seed: '000', term: '企业间的兼并和收购' }],
    },
    {
      id: 'competitor',
      label: { en: 'Competitor', 'zh-Hans': '同行竞争', 'zh-Hant': '同行競爭' },
      description: {
        en: 'Competition from other firms in the trade causes problems',
        'zh-Hans': '同行之间的竞争导致公司与客户间出现问题',
        'zh-Hant': '同行之間的競爭導致公司與客戶間出現問題',
      },
      source: [{ seed: '000', term: '广告公司间的竞争' }],
    },
    {
      id: 'unprofitable_terms',
      label: {
        en: 'Unprofitable terms',
        'zh-Hans': '支付方式或委托业务不能盈利',
        'zh-Hant': '支付方式或委託業務不能盈利',
      },
      description: {
        en: "The client's payment terms or the work it commissions do not make the firm a profit",
        'zh-Hans': '客户的支付方式或委托的业务不能使公司盈利',
        'zh-Hant': '客戶的支付方式或委託的業務不能使公司盈利',
      },
      source: [{ seed: '000', term: '客户的支付方式或者委托的业务不能使广告公司盈利' }],
    },
    {
      id: 'captive_supplier',
      label: {
        en: 'Captive supplier',
        'zh-Hans': '客户自建所属公司',
        'zh-Hant': '客戶自建所屬公司',
      },
      description: {
        en: 'The client sets up a company of its own to keep the business in house',
        'zh-Hans': '客户不愿肥水流入外人田，自建了所属的公司',
        'zh-Hant': '客戶不願肥水流入外人田，自建了所屬的公司',
      },
      source: [{ seed: '000', term: '建立了客户所属的广告公司' }],
    },
    {
      id: 'price_war',
      label: { en: 'Price war', 'zh-Hans': '恶性竞争', 'zh-Hant': '惡性競爭' },
      description: {
        en: 'Cut-throat competition in the trade damages the partnership',
        'zh-Hans': '同行间的恶性竞争破坏了与客户的伙伴关系',
        'zh-Hant': '同行間的惡性競爭破壞了與客戶的夥伴關係',
      },
      source: [{ seed: '000', term: '恶性竞争' }],
    },
  ],
});
