import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import type { LocalizedText } from '../i18n/legacy.js';
import type { CustomerStatus, LoyaltyLevel } from '../taxonomy/aliases.js';
import type { MetricCenters, RfmMetrics, RfmModel, RfmScores } from './types.js';

/**
 * A segment: id, labels and a recommended action in three locales, and optionally the taxonomy
 * values it coincides with (`domain`).
 *
 * @example
 * ```ts
 * import { RFM_SEGMENTS } from 'crm-taxonomy';
 *
 * RFM_SEGMENTS.segments[0]?.label.en; //=> 'Champions'
 * ```
 */
export interface SegmentDefinition<Id extends string = string> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly action: LocalizedText;
  /** Taxonomy values the segment coincides with (`lost` ↔ `status: lost`, …). */
  readonly domain?: { readonly status?: CustomerStatus; readonly loyalty?: LoyaltyLevel };
}

/**
 * One rule of a segment map: inclusive score ranges for R, F and M, and the segment they give.
 *
 * @example
 * ```ts
 * import type { SegmentRule } from 'crm-taxonomy';
 *
 * const rule: SegmentRule = { segment: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] };
 * rule.r; //=> [4, 5]
 * ```
 */
export interface SegmentRule<Id extends string = string> {
  readonly segment: Id;
  readonly r: readonly [number, number];
  readonly f: readonly [number, number];
  readonly m: readonly [number, number];
}

/**
 * A segment map: the score scale it is written for, its segments, and rules tried in order (the
 * first rule that matches wins).
 *
 * @example
 * ```ts
 * import { RFM_SEGMENTS } from 'crm-taxonomy';
 *
 * RFM_SEGMENTS.scale; //=> 5
 * RFM_SEGMENTS.segments.length; //=> 11
 * ```
 */
export interface SegmentMap<Id extends string = string> {
  readonly scale: number;
  readonly segments: readonly SegmentDefinition<Id>[];
  readonly rules: readonly SegmentRule<Id>[];
}

const seg = <Id extends string>(id: Id, en: string, hans: string, hant: string, action: [string, string, string], domain?: SegmentDefinition['domain']): SegmentDefinition<Id> => ({
  id,
  label: { en, 'zh-Hans': hans, 'zh-Hant': hant },
  action: { en: action[0], 'zh-Hans': action[1], 'zh-Hant': action[2] },
  ...(domain === undefined ? {} : { domain }),
});

/**
 * The ids of the 11-segment RFM map.
 *
 * @example
 * ```ts
 * import type { RfmSegmentId } from 'crm-taxonomy';
 *
 * const id: RfmSegmentId = 'cant_lose_them';
 * id; //=> 'cant_lose_them'
 * ```
 */
export type RfmSegmentId =
  | 'champions'
  | 'loyal_customers'
  | 'potential_loyalists'
  | 'new_customers'
  | 'promising'
  | 'need_attention'
  | 'about_to_sleep'
  | 'at_risk'
  | 'cant_lose_them'
  | 'hibernating'
  | 'lost';

/**
 * The widely used 11-segment RFM map on 1..5 scores. The score bounds follow the R package `rfm`
 * (which also takes the first matching rule, in the order champions … lost, so that its `new
 * customers` are shadowed by `potential loyalists` and can never occur); here the rules are ordered
 * most specific first so that every segment occurs, `hibernating` is split from `lost` by recency
 * (R = 2 vs R = 1), and closing rules make the map total: each of the 125 (R, F, M) combinations
 * has a segment.
 * `lost` coincides with `status: lost`; `new_customers` with `loyalty: new`; `champions` and
 * `loyal_customers` with `loyalty: loyal`.
 *
 * @example
 * ```ts
 * import { RFM_SEGMENTS } from 'crm-taxonomy';
 *
 * RFM_SEGMENTS.segments.map((s) => s.id).slice(0, 3); //=> ['champions', 'loyal_customers', 'potential_loyalists']
 * RFM_SEGMENTS.segments.find((s) => s.id === 'lost')?.domain; //=> { status: 'lost' }
 * ```
 */
export const RFM_SEGMENTS: SegmentMap<RfmSegmentId> = {
  scale: 5,
  segments: [
    seg('champions', 'Champions', '冠军客户', '冠軍客戶', ['Reward them; ask for reviews and referrals; offer early access to new products', '给予回馈，邀请评价和推荐，优先体验新品', '給予回饋，邀請評價和推薦，優先體驗新品'], { loyalty: 'loyal' }),
    seg('loyal_customers', 'Loyal customers', '忠诚客户', '忠誠客戶', ['Upsell higher-value products; enrol them in a loyalty programme', '推荐更高价值的产品，邀请加入会员计划', '推薦更高價值的產品，邀請加入會員計畫'], { loyalty: 'loyal' }),
    seg('potential_loyalists', 'Potential loyalists', '潜在忠诚客户', '潛在忠誠客戶', ['Offer membership or a loyalty programme; recommend related products', '提供会员或积分计划，推荐相关产品', '提供會員或積分計畫，推薦相關產品']),
    seg('new_customers', 'New customers', '新客户', '新客戶', ['Onboard them well; give early support and build the relationship', '做好新客引导，及早提供支持，建立关系', '做好新客引導，及早提供支援，建立關係'], { loyalty: 'new' }),
    seg('promising', 'Promising', '有潜力客户', '有潛力客戶', ['Build brand awareness; offer free trials', '提升品牌认知，提供免费试用', '提升品牌認知，提供免費試用']),
    seg('need_attention', 'Need attention', '需要关注客户', '需要關注客戶', ['Make limited-time offers based on their purchase history; reactivate them', '根据购买记录提供限时优惠，重新激活', '根據購買紀錄提供限時優惠，重新激活']),
    seg('about_to_sleep', 'About to sleep', '即将沉睡客户', '即將沉睡客戶', ['Share valuable resources; recommend popular products; reconnect before they go', '分享有价值的内容，推荐热门产品，在流失前重新联系', '分享有價值的內容，推薦熱門產品，在流失前重新聯繫']),
    seg('at_risk', 'At risk', '有流失风险客户', '有流失風險客戶', ['Send personalised emails to reconnect; offer renewals and helpful resources', '发送个性化信息重新联系，提供续约方案和有用资源', '發送個人化訊息重新聯繫，提供續約方案和實用資源']),
    seg('cant_lose_them', "Can't lose them", '不能失去的客户', '不能失去的客戶', ['Win them back with renewals or newer products; talk to them; do not lose them to a competitor', '以续约或新品赢回，主动沟通，不要让竞争对手抢走', '以續約或新品贏回，主動溝通，不要讓競爭對手搶走']),
    seg('hibernating', 'Hibernating', '沉睡客户', '沉睡客戶', ['Offer other relevant products and special discounts; recreate brand value', '推荐其他相关产品和专属折扣，重建品牌价值', '推薦其他相關產品和專屬折扣，重建品牌價值']),
    seg('lost', 'Lost', '流失客户', '流失客戶', ['Revive interest with an outreach campaign; otherwise ignore', '通过召回活动重新唤起兴趣，否则不再投入', '透過召回活動重新喚起興趣，否則不再投入'], { status: 'lost' }),
  ],
  rules: [
    { segment: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
    { segment: 'cant_lose_them', r: [1, 1], f: [4, 5], m: [4, 5] },
    { segment: 'lost', r: [1, 1], f: [1, 2], m: [1, 2] },
    { segment: 'hibernating', r: [2, 2], f: [1, 2], m: [1, 2] },
    { segment: 'at_risk', r: [1, 2], f: [2, 5], m: [2, 5] },
    { segment: 'new_customers', r: [4, 5], f: [1, 1], m: [1, 1] },
    { segment: 'promising', r: [3, 4], f: [1, 1], m: [1, 1] },
    { segment: 'about_to_sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
    { segment: 'need_attention', r: [2, 3], f: [2, 3], m: [2, 3] },
    { segment: 'loyal_customers', r: [2, 5], f: [3, 5], m: [3, 5] },
    { segment: 'potential_loyalists', r: [3, 5], f: [1, 3], m: [1, 3] },
    // Closing rules: the combinations the bounds above leave open.
    { segment: 'potential_loyalists', r: [4, 5], f: [1, 5], m: [1, 5] },
    { segment: 'need_attention', r: [3, 3], f: [1, 5], m: [1, 5] },
    { segment: 'hibernating', r: [1, 2], f: [1, 2], m: [1, 5] },
    { segment: 'at_risk', r: [1, 2], f: [1, 5], m: [1, 5] },
  ],
};

function checkScore(value: unknown, scale: number, key: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > scale) {
    throw legacyError('invalid_argument', `${key} must be an integer score from 1 to ${scale}, received ${describeValue(value)}`, { path: [key] });
  }
  return value;
}

/**
 * The segment of R, F and M scores in a segment map (the 11-segment map by default), or
 * `undefined` when no rule of a host's map matches. The scores must be on the map's scale.
 *
 * @example
 * ```ts
 * import { rfmSegment } from 'crm-taxonomy';
 *
 * rfmSegment({ r: 5, f: 5, m: 4 })?.id; //=> 'champions'
 * rfmSegment({ r: 1, f: 1, m: 1 })?.label['zh-Hans']; //=> '流失客户'
 * rfmSegment({ r: 1, f: 5, m: 5 })?.id; //=> 'cant_lose_them'
 * ```
 */
export function rfmSegment<Id extends string = RfmSegmentId>(scores: RfmScores, map: SegmentMap<Id> = RFM_SEGMENTS as unknown as SegmentMap<Id>): SegmentDefinition<Id> | undefined {
  const r = checkScore(scores.r, map.scale, 'r');
  const f = checkScore(scores.f, map.scale, 'f');
  const m = checkScore(scores.m, map.scale, 'm');
  for (const rule of map.rules) {
    if (r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && m >= rule.m[0] && m <= rule.m[1]) {
      return map.segments.find((s) => s.id === rule.segment);
    }
  }
  return undefined;
}

/**
 * The ids of the eight-class scheme (重要价值客户 … 一般挽留客户).
 *
 * @example
 * ```ts
 * import type { EightClassId } from 'crm-taxonomy';
 *
 * const id: EightClassId = 'important_value';
 * id; //=> 'important_value'
 * ```
 */
export type EightClassId =
  | 'important_value'
  | 'important_development'
  | 'important_retention'
  | 'important_win_back'
  | 'general_value'
  | 'general_development'
  | 'general_retention'
  | 'general_win_back';

/**
 * One class of the eight-class scheme: whether R, F and M are high, with labels and an action.
 *
 * @example
 * ```ts
 * import { EIGHT_CLASS_SEGMENTS } from 'crm-taxonomy';
 *
 * EIGHT_CLASS_SEGMENTS[0]; //=> { id: 'important_value', high: { r: true, f: true, m: true } }
 * ```
 */
export interface EightClassDefinition extends SegmentDefinition<EightClassId> {
  readonly high: { readonly r: boolean; readonly f: boolean; readonly m: boolean };
}

const eight = (id: EightClassId, r: boolean, f: boolean, m: boolean, hans: string, hant: string, en: string, action: [string, string, string]): EightClassDefinition => ({
  ...seg(id, en, hans, hant, action),
  high: { r, f, m },
});

/**
 * The eight-class RFM scheme Chinese CRM users expect: R, F and M each high or low against the
 * population's mean (or median), with labels and an action in three locales.
 *
 * @example
 * ```ts
 * import { EIGHT_CLASS_SEGMENTS } from 'crm-taxonomy';
 *
 * EIGHT_CLASS_SEGMENTS.map((c) => c.label['zh-Hans']).slice(0, 4); //=> ['重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户']
 * ```
 */
export const EIGHT_CLASS_SEGMENTS: readonly EightClassDefinition[] = [
  eight('important_value', true, true, true, '重要价值客户', '重要價值客戶', 'Important value customer', ['Keep them: VIP service and priority resources', '重点维护，提供VIP服务，倾斜资源', '重點維護，提供VIP服務，傾斜資源']),
  eight('important_development', true, false, true, '重要发展客户', '重要發展客戶', 'Important development customer', ['Raise their purchase frequency: cross-sell and membership', '提高购买频次，交叉销售，发展为会员', '提高購買頻次，交叉銷售，發展為會員']),
  eight('important_retention', false, true, true, '重要保持客户', '重要保持客戶', 'Important retention customer', ['Contact them actively; bring them back before they drift away', '主动联系，及时唤回，防止流失', '主動聯繫，及時喚回，防止流失']),
  eight('important_win_back', false, false, true, '重要挽留客户', '重要挽留客戶', 'Important win-back customer', ['Find out why they left and win them back', '了解流失原因，重点挽留', '瞭解流失原因，重點挽留']),
  eight('general_value', true, true, false, '一般价值客户', '一般價值客戶', 'General value customer', ['Raise their spend per order: upsell and bundles', '提高客单价，推荐升级或组合商品', '提高客單價，推薦升級或組合商品']),
  eight('general_development', true, false, false, '一般发展客户', '一般發展客戶', 'General development customer', ['Nurture with low-cost offers and promotions', '以低成本的优惠和促销培养', '以低成本的優惠和促銷培養']),
  eight('general_retention', false, true, false, '一般保持客户', '一般保持客戶', 'General retention customer', ['Keep in touch at low cost', '以低成本方式保持联系', '以低成本方式保持聯繫']),
  eight('general_win_back', false, false, false, '一般挽留客户', '一般挽留客戶', 'General win-back customer', ['Low priority: mass campaigns only', '低优先级，仅做批量营销', '低優先級，僅做批量行銷']),
];

/**
 * Options of {@link eightClass}: the population centre to compare with, `'mean'` (default) or
 * `'median'`.
 *
 * @example
 * ```ts
 * import type { EightClassOptions } from 'crm-taxonomy';
 *
 * const options: EightClassOptions = { center: 'median' };
 * options.center; //=> 'median'
 * ```
 */
export interface EightClassOptions {
  readonly center?: 'mean' | 'median';
}

/**
 * The eight-class segment of one customer's raw metrics, against the population centres stored in
 * a fitted model (or given directly). F and M are high when strictly above the centre; R is high
 * (recent) when the recency in days is strictly below it.
 *
 * @example
 * ```ts
 * import { eightClass } from 'crm-taxonomy';
 *
 * const centers = { recency: 60, frequency: 2, monetary: 300 };
 * eightClass({ recencyDays: 10, frequency: 1, monetary: 900 }, centers).label['zh-Hans']; //=> '重要发展客户'
 * eightClass({ recencyDays: 60, frequency: 2, monetary: 300 }, centers).id; //=> 'general_win_back'
 * ```
 */
export function eightClass(metrics: RfmMetrics, centers: MetricCenters | RfmModel, options: EightClassOptions = {}): EightClassDefinition {
  const center = options.center ?? 'mean';
  if (center !== 'mean' && center !== 'median') {
    throw legacyError('invalid_policy', `center must be 'mean' or 'median', received ${describeValue(center)}`, { path: ['center'] });
  }
  const c: MetricCenters = 'kind' in centers ? centers[center] : centers;
  const r = metrics.recencyDays < c.recency;
  const f = metrics.frequency > c.frequency;
  const m = metrics.monetary > c.monetary;
  return EIGHT_CLASS_SEGMENTS.find((x) => x.high.r === r && x.high.f === f && x.high.m === m) as EightClassDefinition;
}
