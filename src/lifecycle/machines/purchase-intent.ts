import { purchaseIntent } from '../../taxonomy/dimensions/purchase-intent.js';
import { defineMachine } from '../define.js';

/**
 * The follow-up of prospects (`purchase_intent`, seed 002): a hesitating prospect is
 * re-classified after a few contacts as interested, not now or never (通過幾次溝通，將客戶區分為有興趣購買，
 * 暫時不買，肯定不買); an interested prospect's quote that gets no reply is followed up; "never"
 * needs the reason the customer gave. No initial state: the first contact may classify a prospect
 * anywhere.
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `show_interest` | hesitating → interested | `enough_contacts` |
 * | `show_interest` | not_now, quoted_no_reply → interested | |
 * | `defer` | hesitating → not_now | `enough_contacts` |
 * | `defer` | interested, quoted_no_reply → not_now | |
 * | `decline` | hesitating → never | `enough_contacts`, `has_reason` |
 * | `decline` | interested, not_now, quoted_no_reply → never | `has_reason` |
 * | `hesitate` | interested, quoted_no_reply → hesitating | |
 * | `quote_unanswered` | interested → quoted_no_reply | `quote_unanswered` |
 * | `reopen` | never → hesitating | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, purchaseIntentMachine } from 'crm-taxonomy';
 *
 * can(purchaseIntentMachine, 'hesitating', 'show_interest', { contactCount: 1 }).code; //=> 'guard_failed:enough_contacts'
 * can(purchaseIntentMachine, 'hesitating', 'show_interest', { contactCount: 3 }).ok; //=> true
 * ```
 */
export const purchaseIntentMachine = /* @__PURE__ */ defineMachine({
  id: 'purchase_intent',
  dimension: purchaseIntent,
  events: {
    show_interest: {
      label: { en: 'Shows interest', 'zh-Hans': '表示有兴趣', 'zh-Hant': '表示有興趣' },
      edges: [
        {
          from: ['hesitating'],
          to: 'interested',
          guards: ['enough_contacts'],
          why: {
            en: 'After a few contacts a hesitating prospect is re-classified; one that wants to buy is followed up actively',
            'zh-Hans': '经过几次沟通后重新归类犹豫的客户；有兴趣购买的要积极跟进',
            'zh-Hant': '經過幾次溝通後重新歸類猶豫的客戶；有興趣購買的要積極跟進',
          },
          source: [{ seed: '002', term: '考慮、猶豫的客戶' }],
        },
        {
          from: ['not_now', 'quoted_no_reply'],
          to: 'interested',
          why: {
            en: 'A prospect kept in touch, or one replying to a quote, comes back wanting to buy',
            'zh-Hans': '保持联系的客户或回复报价的客户表示想购买',
            'zh-Hant': '保持聯繫的客戶或回覆報價的客戶表示想購買',
          },
          source: [{ seed: '002', term: '暫時不買的客戶' }, { seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
        },
      ],
    },
    defer: {
      label: { en: 'Not now', 'zh-Hans': '暂时不买', 'zh-Hant': '暫時不買' },
      edges: [
        {
          from: ['hesitating'],
          to: 'not_now',
          guards: ['enough_contacts'],
          why: {
            en: 'After a few contacts a hesitating prospect that will buy later is kept in touch, with the expected purchase time',
            'zh-Hans': '经过几次沟通后，暂时不买的客户要保持联系，记录预计购买时间',
            'zh-Hant': '經過幾次溝通後，暫時不買的客戶要保持聯繫，記錄預計購買時間',
          },
          source: [{ seed: '002', term: '考慮、猶豫的客戶' }, { seed: '002', term: '暫時不買的客戶' }],
        },
        {
          from: ['interested', 'quoted_no_reply'],
          to: 'not_now',
          why: {
            en: 'An interested or quoted prospect says it will buy later: keep the relationship rather than give up',
            'zh-Hans': '有兴趣或已报价的客户表示以后再买：以建立良好关系为目标，不要放弃',
            'zh-Hant': '有興趣或已報價的客戶表示以後再買：以建立良好關係為目標，不要放棄',
          },
          source: [{ seed: '002', term: '暫時不買的客戶' }],
        },
      ],
    },
    decline: {
      label: { en: 'Will never buy', 'zh-Hans': '肯定不买', 'zh-Hant': '肯定不買' },
      edges: [
        {
          from: ['hesitating'],
          to: 'never',
          guards: ['enough_contacts', 'has_reason'],
          why: {
            en: 'After a few contacts a hesitating prospect may say it will never buy; learn and record why',
            'zh-Hans': '经过几次沟通后客户可能肯定不买；须了解并记录不购买的原因',
            'zh-Hant': '經過幾次溝通後客戶可能肯定不買；須瞭解並記錄不購買的原因',
          },
          source: [{ seed: '002', term: '肯定不買的客戶' }],
        },
        {
          from: ['interested', 'not_now', 'quoted_no_reply'],
          to: 'never',
          guards: ['has_reason'],
          why: {
            en: 'A prospect that will never buy is asked why; the features it asks for go to product development',
            'zh-Hans': '肯定不买的客户要了解原因；记录其要求的功能并汇总给业务开发部门',
            'zh-Hant': '肯定不買的客戶要瞭解原因；記錄其要求的功能並彙總給業務開發部門',
          },
          source: [{ seed: '002', term: '肯定不買的客戶' }],
        },
      ],
    },
    hesitate: {
      label: { en: 'Hesitates', 'zh-Hans': '犹豫', 'zh-Hant': '猶豫' },
      edges: [
        {
          from: ['interested', 'quoted_no_reply'],
          to: 'hesitating',
          why: {
            en: 'A prospect with doubts (service, quality, price) is talked with rather than pushed',
            'zh-Hans': '对售后、质量或价格有疑虑的客户，要多沟通，不要急于推销',
            'zh-Hant': '對售後、質量或價格有疑慮的客戶，要多溝通，不要急於推銷',
          },
          source: [{ seed: '002', term: '考慮、猶豫的客戶' }, { seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
        },
      ],
    },
    quote_unanswered: {
      label: { en: 'Quote unanswered', 'zh-Hans': '报价无回馈', 'zh-Hant': '報價無回饋' },
      edges: [
        {
          from: ['interested'],
          to: 'quoted_no_reply',
          guards: ['quote_unanswered'],
          why: {
            en: 'An interested prospect that got a quote and no longer replies is followed up on service, quality and price',
            'zh-Hans': '已报过价却没有信息回馈的客户，要跟进售后服务、产品质量和价格方面的疑问',
            'zh-Hant': '已報過價卻沒有資訊回饋的客戶，要跟進售後服務、產品質量和價格方面的疑問',
          },
          source: [{ seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
        },
      ],
    },
    reopen: {
      label: { en: 'Reopen', 'zh-Hans': '重新跟进', 'zh-Hant': '重新跟進' },
      edges: [
        {
          from: ['never'],
          to: 'hesitating',
          guards: ['has_reason'],
          why: {
            en: 'When the product changes to meet what a "never" prospect asked for, it is worth talking to again; say what changed',
            'zh-Hans': '产品按肯定不买的客户的要求改良后，值得重新沟通；须说明改变了什么',
            'zh-Hant': '產品按肯定不買的客戶的要求改良後，值得重新溝通；須說明改變了什麼',
          },
          source: [{ seed: '002', term: '以便改良產品或開發新產品' }, { domain: '§3' }],
        },
      ],
    },
  },
});
