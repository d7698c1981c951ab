import { status } from '../../taxonomy/dimensions/status.js';
import { defineMachine } from '../define.js';

/**
 * The customer lifecycle (`status`, DOMAIN §1 and §3): potential customers are qualified into
 * target customers and converted by a first purchase; a current customer becomes lost after
 * inactivity beyond the policy's churn window or for an explicit reason, and leaves `lost` by a
 * new purchase or a win-back campaign. A `non_customer`, who cannot buy, must be re-qualified as
 * potential before anything else: `can(statusMachine, 'non_customer' as string, { to: 'current' })` is
 * refused.
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `qualify` | non_customer → potential | `needs_and_can_pay` |
 * | `disqualify` | potential, target, lost → non_customer | `has_reason` |
 * | `select_target` | potential → target | |
 * | `deprioritize` | target → potential | `has_reason` |
 * | `first_purchase` | potential, target → current | `has_purchase` |
 * | `churn` | current → lost | `inactive_beyond_churn_window` |
 * | `mark_lost` | current → lost | `has_reason` |
 * | `repurchase` | lost → current | `recent_purchase` |
 * | `win_back` | lost → target | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, statusMachine } from 'crm-taxonomy';
 *
 * can(statusMachine, 'target', 'first_purchase', { hasPurchase: true }); //=> { ok: true, to: 'current' }
 * can(statusMachine, 'current', 'churn', { daysSinceLastPurchase: 30 }).ok; //=> false
 * can(statusMachine, 'non_customer' as string, { to: 'current' }).code; //=> 'edge_not_allowed'
 * ```
 */
export const statusMachine = /* @__PURE__ */ defineMachine({
  id: 'status',
  dimension: status,
  initial: 'potential',
  events: {
    qualify: {
      label: { en: 'Qualify', 'zh-Hans': '确认潜在需求', 'zh-Hant': '確認潛在需求' },
      edges: [
        {
          from: ['non_customer'],
          to: 'potential',
          guards: ['needs_and_can_pay'],
          why: {
            en: 'A non-customer cannot buy; once it has a need, a motive and the ability to pay, it is a potential customer',
            'zh-Hans': '非客户不可能购买；一旦有需求、购买动机和支付能力，即成为潜在客户',
            'zh-Hant': '非客戶不可能購買；一旦有需求、購買動機和支付能力，即成為潛在客戶',
          },
          source: [
            { seed: '000', term: '非客户' },
            { seed: '000', term: '潜在客户' },
            { domain: '§3' },
          ],
        },
      ],
    },
    disqualify: {
      label: { en: 'Disqualify', 'zh-Hans': '判定为非客户', 'zh-Hant': '判定為非客戶' },
      edges: [
        {
          from: ['potential', 'target', 'lost'],
          to: 'non_customer',
          guards: ['has_reason'],
          why: {
            en: 'A prospect or former customer that can no longer buy (no need, no means, closed) is a non-customer; say why',
            'zh-Hans': '不再可能购买（无需求、无支付能力、已停业）的潜在、目标或流失客户即为非客户；须说明原因',
            'zh-Hant': '不再可能購買（無需求、無支付能力、已停業）的潛在、目標或流失客戶即為非客戶；須說明原因',
          },
          source: [{ seed: '000', term: '非客户' }, { domain: '§3' }],
        },
      ],
    },
    select_target: {
      label: { en: 'Select as target', 'zh-Hans': '列为目标客户', 'zh-Hant': '列為目標客戶' },
      edges: [
        {
          from: ['potential'],
          to: 'target',
          why: {
            en: 'Potential customers are developed into target customers: the firm judges it can bring revenue and works to convert it',
            'zh-Hans': '潜在客户被开发为目标客户：企业判断其能带来收益，力图将其开发为现实客户',
            'zh-Hant': '潛在客戶被開發為目標客戶：企業判斷其能帶來收益，力圖將其開發為現實客戶',
          },
          source: [{ seed: '000', term: '目标客户' }, { domain: '§3' }],
        },
      ],
    },
    deprioritize: {
      label: { en: 'Deprioritize', 'zh-Hans': '移出目标客户', 'zh-Hant': '移出目標客戶' },
      edges: [
        {
          from: ['target'],
          to: 'potential',
          guards: ['has_reason'],
          why: {
            en: 'A target the firm stops working on is still a potential customer; the reason is kept for the next salesperson',
            'zh-Hans': '企业不再重点开发的目标客户仍是潜在客户；记录原因供后续跟进',
            'zh-Hant': '企業不再重點開發的目標客戶仍是潛在客戶；記錄原因供後續跟進',
          },
          source: [{ seed: '000', term: '目标客户' }, { domain: '§3' }],
        },
      ],
    },
    first_purchase: {
      label: { en: 'First purchase', 'zh-Hans': '首次购买', 'zh-Hant': '首次購買' },
      edges: [
        {
          from: ['potential', 'target'],
          to: 'current',
          guards: ['has_purchase'],
          why: {
            en: 'A current customer is one who buys now: the first purchase converts a potential or target customer',
            'zh-Hans': '现实客户是现实的购买者：首次购买使潜在或目标客户成为现实客户',
            'zh-Hant': '現實客戶是現實的購買者：首次購買使潛在或目標客戶成為現實客戶',
          },
          source: [{ seed: '000', term: '现实客户' }, { domain: '§3' }],
        },
      ],
    },
    churn: {
      label: { en: 'Churn (inactive)', 'zh-Hans': '流失（久未购买）', 'zh-Hant': '流失（久未購買）' },
      edges: [
        {
          from: ['current'],
          to: 'lost',
          guards: ['inactive_beyond_churn_window'],
          why: {
            en: 'A lost customer used to buy and no longer does: no purchase for longer than the churn window',
            'zh-Hans': '流失客户曾经购买、现在不再购买：超过流失期限没有购买',
            'zh-Hant': '流失客戶曾經購買、現在不再購買：超過流失期限沒有購買',
          },
          source: [{ seed: '000', term: '流失客户' }, { domain: '§3' }],
        },
      ],
    },
    mark_lost: {
      label: { en: 'Mark lost', 'zh-Hans': '标记流失', 'zh-Hant': '標記流失' },
      edges: [
        {
          from: ['current'],
          to: 'lost',
          guards: ['has_reason'],
          why: {
            en: 'A customer who says it has stopped buying is lost before any window runs out, with the reason (or a breakdown cause) on record',
            'zh-Hans': '客户明确表示不再购买时，无需等待期限即标记流失，并记录原因（或破裂原因）',
            'zh-Hant': '客戶明確表示不再購買時，無需等待期限即標記流失，並記錄原因（或破裂原因）',
          },
          source: [{ seed: '000', term: '流失客户' }, { seed: '000', term: '客户关系中存在的问题' }, { domain: '§3' }],
        },
      ],
    },
    repurchase: {
      label: { en: 'Buys again', 'zh-Hans': '再次购买', 'zh-Hant': '再次購買' },
      edges: [
        {
          from: ['lost'],
          to: 'current',
          guards: ['recent_purchase'],
          why: {
            en: 'A lost customer who buys again within the churn window is a current customer again',
            'zh-Hans': '流失客户在流失期限内再次购买，即重新成为现实客户',
            'zh-Hant': '流失客戶在流失期限內再次購買，即重新成為現實客戶',
          },
          source: [{ seed: '000', term: '现实客户' }, { domain: '§3' }],
        },
      ],
    },
    win_back: {
      label: { en: 'Win-back campaign', 'zh-Hans': '挽回', 'zh-Hant': '挽回' },
      edges: [
        {
          from: ['lost'],
          to: 'target',
          guards: ['has_reason'],
          why: {
            en: 'A win-back campaign makes a lost customer a target again; the campaign is the reason on record',
            'zh-Hans': '挽回活动使流失客户重新成为目标客户；以活动作为记录的原因',
            'zh-Hant': '挽回活動使流失客戶重新成為目標客戶；以活動作為記錄的原因',
          },
          source: [{ seed: '000', term: '目标客户' }, { domain: '§3' }],
        },
      ],
    },
  },
});
