import { b2bRelationship } from '../../taxonomy/dimensions/b2b-relationship.js';
import { defineMachine } from '../define.js';

/**
 * The four B2B relationship types (`b2b_relationship`, DOMAIN §2): one step at a time upward.
 * Above `preferred_supplier` only where both sides matter to each other, neither dominates and
 * switching costs are high (seeds 000, 002; otherwise the relationship is a "luxury"); a
 * partnership also needs ties between the top managements, an alliance aligned goals. Downgrades
 * go one step at a time and need a reason (a text or a `breakdown_cause`).
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `upgrade` | transactional → preferred_supplier | |
 * | `upgrade` | preferred_supplier → partnership | `mutual_fit`, `top_management_ties` |
 * | `upgrade` | partnership → strategic_alliance | `mutual_fit`, `aligned_goals` |
 * | `downgrade` | one step down | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, b2bRelationshipMachine } from 'crm-taxonomy';
 *
 * can(b2bRelationshipMachine, 'preferred_supplier', 'upgrade', { topManagementTies: true }).code; //=> 'guard_failed:mutual_fit'
 * can(b2bRelationshipMachine, 'partnership', 'downgrade', { cause: 'price_war' }); //=> { ok: true, to: 'preferred_supplier' }
 * ```
 */
export const b2bRelationshipMachine = /* @__PURE__ */ defineMachine({
  id: 'b2b_relationship',
  dimension: b2bRelationship,
  initial: 'transactional',
  events: {
    upgrade: {
      label: { en: 'Upgrade', 'zh-Hans': '升级', 'zh-Hant': '升級' },
      edges: [
        {
          from: ['transactional'],
          to: 'preferred_supplier',
          why: {
            en: 'Good ties with many key people win priority chances; the firm invests (preferential terms, delivery priority, joint teams)',
            'zh-Hans': '与客户的许多关键人物关系良好，获得优先机会；企业投入资源（优惠政策、优先交付、建立团队）',
            'zh-Hant': '與客戶的許多關鍵人物關係良好，獲得優先機會；企業投入資源（優惠政策、優先交付、建立團隊）',
          },
          source: [{ seed: '000', term: '供应关系' }, { seed: '002', term: '優先選擇關係' }],
        },
        {
          from: ['preferred_supplier'],
          to: 'partnership',
          guards: ['mutual_fit', 'top_management_ties'],
          why: {
            en: 'A partnership fits only between sides that matter to each other, neither dominating, with high switching costs, and exists between the top managements',
            'zh-Hans': '只有彼此重要、谁也无法操控对方、转移成本高时才适合建立合作伙伴关系，且关系存在于双方最高管理者之间',
            'zh-Hant': '只有彼此重要、誰也無法操控對方、轉移成本高時才適合建立合作夥伴關係，且關係存在於雙方最高管理者之間',
          },
          source: [{ seed: '000', term: '合作伙伴' }, { seed: '002', term: '建立合作伙伴以上的關係才是恰當的' }],
        },
        {
          from: ['partnership'],
          to: 'strategic_alliance',
          guards: ['mutual_fit', 'aligned_goals'],
          why: {
            en: 'A strategic alliance aligns goals and vision, possibly with cross-shareholding or a joint venture; not every firm needs one',
            'zh-Hans': '战略联盟双方目标和愿景高度一致，可能相互持股或成立合资企业；并非所有企业都需要',
            'zh-Hant': '戰略聯盟雙方目標和願景高度一致，可能相互持股或成立合資企業；並非所有企業都需要',
          },
          source: [{ seed: '000', term: '战略联盟' }, { seed: '000', term: '并不是所有企业都需要与客户建立战略联盟' }],
        },
      ],
    },
    downgrade: {
      label: { en: 'Downgrade', 'zh-Hans': '降级', 'zh-Hant': '降級' },
      edges: [
        {
          from: ['strategic_alliance'],
          to: 'partnership',
          guards: ['has_reason'],
          why: {
            en: 'An alliance dissolved (a merger, a change of leadership) can remain a partnership; record the cause',
            'zh-Hans': '联盟解除（兼并收购、管理层变动）后仍可保持合作伙伴关系；须记录原因',
            'zh-Hant': '聯盟解除（兼併收購、管理層變動）後仍可保持合作夥伴關係；須記錄原因',
          },
          source: [{ seed: '000', term: '客户关系中存在的问题' }, { domain: '§2' }],
        },
        {
          from: ['partnership'],
          to: 'preferred_supplier',
          guards: ['has_reason'],
          why: {
            en: 'A partnership that costs more than it returns is a luxury; preferred supplier is enough for most firms',
            'zh-Hans': '付出多于所得的关系是奢侈的；对大部分企业而言优先供应关系就足够了',
            'zh-Hant': '付出多於所得的關係是奢侈的；對大部分企業而言優先供應關係就足夠了',
          },
          source: [{ seed: '000', term: '优先供应商级的关系就足够了' }, { domain: '§2' }],
        },
        {
          from: ['preferred_supplier'],
          to: 'transactional',
          guards: ['has_reason'],
          why: {
            en: 'Priority is lost (a competitor, unprofitable terms, a breakdown across levels): back to a plain seller; record the cause',
            'zh-Hans': '失去优先地位（同行竞争、不能盈利、各级层关系崩溃）：退回买卖关系；须记录原因',
            'zh-Hant': '失去優先地位（同行競爭、不能盈利、各級層關係崩潰）：退回買賣關係；須記錄原因',
          },
          source: [{ seed: '000', term: '客户关系中存在的问题' }, { domain: '§2' }],
        },
      ],
    },
  },
});
