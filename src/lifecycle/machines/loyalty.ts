import { loyalty } from '../../taxonomy/dimensions/loyalty.js';
import { defineMachine } from '../define.js';

/**
 * Loyalty progression and demotion (`loyalty`, DOMAIN §1 and §3): a first purchase makes a
 * potential customer new; care and time make a new customer established (seed 000: 新客户要注意关怀
 * ，使其变为老客户); the four loyal purchase behaviours make it loyal. Demotion goes one step at a
 * time and needs a reason; a customer who has traded never goes back to `potential` (who "has not
 * traded yet").
 *
 * | event | from → to | guards |
 * |---|---|---|
 * | `first_purchase` | potential → new | `has_purchase` |
 * | `establish` | new → established | `repeat_purchases`, `long_relationship` |
 * | `become_loyal` | established → loyal | `loyal_behaviours` |
 * | `demote` | loyal → established, established → new | `has_reason` |
 *
 * @example
 * ```ts
 * import { can, loyaltyMachine } from 'crm-taxonomy';
 *
 * can(loyaltyMachine, 'new', 'establish', { purchaseCount: 4, daysSinceFirstPurchase: 400 }).ok; //=> true
 * can(loyaltyMachine, 'loyal', 'demote', { cause: 'competitor' }); //=> { ok: true, to: 'established' }
 * can(loyaltyMachine, 'new' as string, { to: 'potential' }).code; //=> 'edge_not_allowed'
 * ```
 */
export const loyaltyMachine = /* @__PURE__ */ defineMachine({
  id: 'loyalty',
  dimension: loyalty,
  initial: 'potential',
  events: {
    first_purchase: {
      label: { en: 'First purchase', 'zh-Hans': '首次购买', 'zh-Hant': '首次購買' },
      edges: [
        {
          from: ['potential'],
          to: 'new',
          guards: ['has_purchase'],
          why: {
            en: 'A potential customer has not traded yet; one who has just started trading is a new customer',
            'zh-Hans': '潜在客户尚未与企业交易；刚开始交易的即为新客户',
            'zh-Hant': '潛在客戶尚未與企業交易；剛開始交易的即為新客戶',
          },
          source: [{ seed: '000', term: '新客户' }, { domain: '§3' }],
        },
      ],
    },
    establish: {
      label: { en: 'Becomes established', 'zh-Hans': '成为老客户', 'zh-Hant': '成為老客戶' },
      edges: [
        {
          from: ['new'],
          to: 'established',
          guards: ['repeat_purchases', 'long_relationship'],
          why: {
            en: 'New customers are cared for so they become established ones: a longer trading history and repeat purchases',
            'zh-Hans': '新客户要注意关怀、加深沟通，使其变为老客户：交易时间较长、多次购买',
            'zh-Hant': '新客戶要注意關懷、加深溝通，使其變為老客戶：交易時間較長、多次購買',
          },
          source: [{ seed: '000', term: '新客户要注意关怀' }, { seed: '000', term: '老客户' }, { domain: '§3' }],
        },
      ],
    },
    become_loyal: {
      label: { en: 'Becomes loyal', 'zh-Hans': '成为忠诚客户', 'zh-Hant': '成為忠誠客戶' },
      edges: [
        {
          from: ['established'],
          to: 'loyal',
          guards: ['loyal_behaviours'],
          why: {
            en: 'A loyal customer buys from the firm by choice: directed, repeat, related and referral purchases',
            'zh-Hans': '忠诚客户长期、重复地购买同一企业的产品：指向性、重复性、相关性和推荐性购买',
            'zh-Hant': '忠誠客戶長期、重複地購買同一企業的產品：指向性、重複性、相關性和推薦性購買',
          },
          source: [{ seed: '000', term: '忠诚客户' }, { seed: '003', term: '忠诚客户' }],
        },
      ],
    },
    demote: {
      label: { en: 'Demote', 'zh-Hans': '降级', 'zh-Hant': '降級' },
      edges: [
        {
          from: ['loyal'],
          to: 'established',
          guards: ['has_reason'],
          why: {
            en: 'A loyal customer who also buys from others again is an established customer; the reason is kept',
            'zh-Hans': '忠诚客户若又与其他企业交易，即降为老客户；记录原因',
            'zh-Hant': '忠誠客戶若又與其他企業交易，即降為老客戶；記錄原因',
          },
          source: [{ seed: '000', term: '老客户' }, { domain: '§3' }],
        },
        {
          from: ['established'],
          to: 'new',
          guards: ['has_reason'],
          why: {
            en: 'An established customer whose relationship has to be rebuilt is treated as new again; the reason is kept',
            'zh-Hans': '需要重建关系的老客户按新客户对待；记录原因',
            'zh-Hant': '需要重建關係的老客戶按新客戶對待；記錄原因',
          },
          source: [{ seed: '000', term: '新客户' }, { domain: '§3' }],
        },
      ],
    },
  },
});
