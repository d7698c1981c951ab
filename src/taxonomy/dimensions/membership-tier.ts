import { defineDimension } from '../define.js';

/**
 * Membership tier (会员等级, seeds 003 and 004): a customer's tier by spending level and amount, as
 * membership programmes use it: ordinary, silver card, VIP. The thresholds are the host's policy,
 * not part of the data. Ordered: `ordinary` < `silver` < `vip`.
 *
 * @example
 * ```ts
 * import { membershipTier } from 'crm-taxonomy';
 *
 * membershipTier.values.map((v) => v.id); //=> ['ordinary', 'silver', 'vip']
 * ```
 */
export const membershipTier = defineDimension({
  id: 'membership_tier',
  kind: 'classification',
  ordered: true,
  label: { en: 'Membership tier', 'zh-Hans': '会员等级', 'zh-Hant': '會員等級' },
  description: {
    en: "Tier by spending level and amount, as in membership programmes; the thresholds are the host's policy",
    'zh-Hans': '按消费档次和金额区分客户，用于会员管理；具体门槛由企业自行设定',
    'zh-Hant': '按消費檔次和金額區分客戶，用於會員管理；具體門檻由企業自行設定',
  },
  source: [
    { seed: '003', term: '按消费水平和金额区分客户' },
    { seed: '004', term: '会员管理' },
  ],
  values: [
    {
      id: 'ordinary',
      label: { en: 'Ordinary customer', 'zh-Hans': '普通客户', 'zh-Hant': '普通客戶' },
      description: {
        en: 'Buys in small volume',
        'zh-Hans': '购买量不大的消费者',
        'zh-Hant': '購買量不大的消費者',
      },
      source: [{ seed: '003', term: '普通客户' }],
    },
    {
      id: 'silver',
      label: { en: 'Silver-card customer', 'zh-Hans': '银卡客户', 'zh-Hant': '銀卡客戶' },
      description: {
        en: 'A high spending level and a stable purchase frequency',
        'zh-Hans': '消费档次较高且消费频次稳定的消费者',
        'zh-Hant': '消費檔次較高且消費頻次穩定的消費者',
      },
      source: [{ seed: '003', term: '银卡客户' }],
    },
    {
      id: 'vip',
      label: { en: 'VIP customer', 'zh-Hans': 'VIP客户', 'zh-Hant': 'VIP客戶' },
      description: {
        en: 'A stable purchase volume and cumulative spend above a set level',
        'zh-Hans': '购买量稳定且累计消费达到一定金额的消费者',
        'zh-Hant': '購買量穩定且累計消費達到一定金額的消費者',
      },
      source: [{ seed: '003', term: 'VIP客户' }],
    },
  ],
});
