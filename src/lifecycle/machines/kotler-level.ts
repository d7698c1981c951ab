import { kotlerLevel } from '../../taxonomy/dimensions/kotler-level.js';
import { defineMachine } from '../define.js';

/**
 * Kotler's relationship levels (`kotler_level`, DOMAIN §2): one step at a time upward, each step
 * one more kind of contact after the sale; `partnership` only where Kotler's table puts it (few
 * customers, high margin). Downgrades go one step at a time too and need a reason: the seeds
 * stress the levels are not a ranking from good to bad, so moving down is a choice to record.
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `upgrade` | basic → reactive → accountable → proactive | |
 * | `upgrade` | proactive → partnership | `few_customers_high_margin` |
 * | `downgrade` | one step down | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, kotlerLevelMachine } from 'crm-taxonomy';
 *
 * can(kotlerLevelMachine, 'basic', 'upgrade'); //=> { ok: true, to: 'reactive' }
 * can(kotlerLevelMachine, 'basic' as string, { to: 'proactive' }).code; //=> 'edge_not_allowed'
 * can(kotlerLevelMachine, 'proactive', 'upgrade', { customerBase: 'many', margin: 'high' }).code;
 * //=> 'guard_failed:few_customers_high_margin'
 * ```
 */
export const kotlerLevelMachine = /* @__PURE__ */ defineMachine({
  id: 'kotler_level',
  dimension: kotlerLevel,
  initial: 'basic',
  events: {
    upgrade: {
      label: { en: 'Upgrade', 'zh-Hans': '升级', 'zh-Hant': '升級' },
      edges: [
        {
          from: ['basic'],
          to: 'reactive',
          why: {
            en: 'Beyond selling, invite the customer to get in touch with problems or opinions',
            'zh-Hans': '在销售之外，鼓励顾客在遇到问题或有意见时与公司联系',
            'zh-Hant': '在銷售之外，鼓勵顧客在遇到問題或有意見時與公司聯繫',
          },
          source: [{ seed: '004', term: '被动型' }],
        },
        {
          from: ['reactive'],
          to: 'accountable',
          why: {
            en: 'Call the customer soon after the sale to check expectations and collect improvements',
            'zh-Hans': '售后不久主动联系顾客，询问是否符合期望，征求改进建议',
            'zh-Hant': '售後不久主動聯繫顧客，詢問是否符合期望，徵求改進建議',
          },
          source: [{ seed: '004', term: '负责型' }],
        },
        {
          from: ['accountable'],
          to: 'proactive',
          why: {
            en: 'Keep contacting the customer with suggestions on use and news of new products',
            'zh-Hans': '不断联系客户，提供改进产品用途的建议和新产品信息',
            'zh-Hant': '不斷聯繫客戶，提供改進產品用途的建議和新產品資訊',
          },
          source: [{ seed: '004', term: '能动型' }],
        },
        {
          from: ['proactive'],
          to: 'partnership',
          guards: ['few_customers_high_margin'],
          why: {
            en: "Working continuously for the customer's success pays only with few customers and a high margin (Kotler's table)",
            'zh-Hans': '与客户不断共同努力、支持其成功，只在客户少、利润率高时才划算（科特勒表）',
            'zh-Hant': '與客戶不斷共同努力、支持其成功，只在客戶少、利潤率高時才划算（科特勒表）',
          },
          source: [{ seed: '004', term: '伙伴型' }, { domain: '§2' }],
        },
      ],
    },
    downgrade: {
      label: { en: 'Downgrade', 'zh-Hans': '降级', 'zh-Hant': '降級' },
      edges: [
        {
          from: ['partnership'],
          to: 'proactive',
          guards: ['has_reason'],
          why: {
            en: 'A partnership that costs more than it returns steps down to proactive contact; record why',
            'zh-Hans': '得不偿失的伙伴型关系降为能动型；须记录原因',
            'zh-Hant': '得不償失的夥伴型關係降為能動型；須記錄原因',
          },
          source: [{ seed: '004', term: '并不是一个简单的从优到劣的顺序' }, { domain: '§2' }],
        },
        {
          from: ['proactive'],
          to: 'accountable',
          guards: ['has_reason'],
          why: {
            en: 'Stop the ongoing contact and keep the after-sale call; record why',
            'zh-Hans': '停止持续联系，保留售后回访；须记录原因',
            'zh-Hant': '停止持續聯繫，保留售後回訪；須記錄原因',
          },
          source: [{ seed: '004', term: '负责型' }, { domain: '§2' }],
        },
        {
          from: ['accountable'],
          to: 'reactive',
          guards: ['has_reason'],
          why: {
            en: 'Stop calling after the sale and let the customer call in; record why',
            'zh-Hans': '不再售后回访，改由顾客主动联系；须记录原因',
            'zh-Hant': '不再售後回訪，改由顧客主動聯繫；須記錄原因',
          },
          source: [{ seed: '004', term: '被动型' }, { domain: '§2' }],
        },
        {
          from: ['reactive'],
          to: 'basic',
          guards: ['has_reason'],
          why: {
            en: 'Many customers with a low margin: sell without further contact; record why',
            'zh-Hans': '客户多、利润率低：销售后不再接触；须记录原因',
            'zh-Hant': '客戶多、利潤率低：銷售後不再接觸；須記錄原因',
          },
          source: [{ seed: '004', term: '基本型' }, { domain: '§2' }],
        },
      ],
    },
  },
});
