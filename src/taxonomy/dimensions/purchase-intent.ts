import { defineDimension } from '../define.js';

/**
 * Purchase intent (购买意向, seed 002): where a prospect stands after contact, which sets how to
 * follow it up: speed up the interested, talk with the hesitating, keep in touch with those not
 * buying now, learn why from those who never will, and follow up quotes that got no reply.
 *
 * @example
 * ```ts
 * import { purchaseIntent } from 'crm-taxonomy';
 *
 * purchaseIntent.values.map((v) => v.id);
 * //=> ['interested', 'hesitating', 'not_now', 'never', 'quoted_no_reply']
 * ```
 */
export const purchaseIntent = defineDimension({
  id: 'purchase_intent',
  kind: 'classification',
  ordered: false,
  label: { en: 'Purchase intent', 'zh-Hans': '购买意向', 'zh-Hant': '購買意向' },
  description: {
    en: 'Where a prospect stands after contact, which sets how to follow it up',
    'zh-Hans': '按客户沟通后的购买意向划分，据此决定跟进方式',
    'zh-Hant': '按客戶溝通後的購買意向劃分，據此決定跟進方式',
  },
  source: [{ seed: '002', term: '1樓' }],
  values: [
    {
      id: 'interested',
      label: { en: 'Interested', 'zh-Hans': '有兴趣购买', 'zh-Hant': '有興趣購買' },
      description: {
        en: 'Wants to buy: follow up actively, win its trust and move it to the next stage soon',
        'zh-Hans': '有兴趣购买：积极跟进和沟通，取得信任后尽快进入下一阶段',
        'zh-Hant': '有興趣購買：積極跟進和溝通，取得信任後儘快進入下一階段',
      },
      source: [{ seed: '002', term: '有興趣購買的客戶' }],
    },
    {
      id: 'hesitating',
      label: { en: 'Hesitating', 'zh-Hans': '考虑、犹豫', 'zh-Hant': '考慮、猶豫' },
      description: {
        en: 'Considering: talk and learn its needs without pushing products; after a few contacts re-classify it as interested, not now or never',
        'zh-Hans':
          '考虑、犹豫：多沟通、了解需求，不要急于推销产品；几次沟通后重新归为有兴趣购买、暂时不买或肯定不买',
        'zh-Hant':
          '考慮、猶豫：多溝通、瞭解需求，不要急於推銷產品；幾次溝通後重新歸為有興趣購買、暫時不買或肯定不買',
      },
      source: [{ seed: '002', term: '考慮、猶豫的客戶' }],
    },
    {
      id: 'not_now',
      label: { en: 'Not now', 'zh-Hans': '暂时不买', 'zh-Hant': '暫時不買' },
      description: {
        en: 'Keep the relationship: record when it expects to buy, keep the channel open, send material with its permission',
        'zh-Hans':
          '暂时不买：以建立良好关系为目标，记录预计购买时间，保持联系畅通，经允许定期寄送产品资料',
        'zh-Hant':
          '暫時不買：以建立良好關係為目標，記錄預計購買時間，保持聯繫暢通，經允許定期寄送產品資料',
      },
      source: [{ seed: '002', term: '暫時不買的客戶' }],
    },
    {
      id: 'never',
      label: { en: 'Never', 'zh-Hans': '肯定不买', 'zh-Hant': '肯定不買' },
      description: {
        en: 'Learn why it will not buy; record the features it asks for and pass them to product development',
        'zh-Hans': '肯定不买：了解不购买的原因，记录客户要求的功能并汇总提供给业务开发部门',
        'zh-Hant': '肯定不買：瞭解不購買的原因，記錄客戶要求的功能並彙總提供給業務開發部門',
      },
      source: [{ seed: '002', term: '肯定不買的客戶' }],
    },
    {
      id: 'quoted_no_reply',
      label: {
        en: 'Quoted, no reply',
        'zh-Hans': '已报过价无信息回馈',
        'zh-Hant': '已報過價無資訊回饋',
      },
      description: {
        en: 'Quoted but silent: follow up on after-sales service and use, stress advantages over rivals, give on price only for a return',
        'zh-Hans':
          '已报过价但没有信息回馈：询问售后服务和使用方面的疑问，强调与同行产品的不同之处，价格让步须以回报为条件',
        'zh-Hant':
          '已報過價但沒有資訊回饋：詢問售後服務和使用方面的疑問，強調與同行產品的不同之處，價格讓步須以回報為條件',
      },
      source: [{ seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
    },
  ],
});
