import type { BuiltinLocale, LocalizedMessage, LocalizedText } from '../i18n/legacy.js';
import type { Reason, ReasonParams } from '../i18n/legacy.js';
import { taxonomy, type DimensionId } from '../taxonomy/index.js';

const t = /* @__NO_SIDE_EFFECTS__ */ (en: string, hans: string, hant: string): LocalizedText => ({ en, 'zh-Hans': hans, 'zh-Hant': hant });

/**
 * Every reason a classifier gives, as a localized template: the stable codes a host can branch on,
 * store and translate. `{name}` placeholders are filled from the reason's `params` (`{name:one:other}`
 * picks the English word for the number); a param whose
 * name ends in `Label` holds a taxonomy id and is rendered as that value's label in each locale.
 *
 * @example
 * ```ts
 * import { CLASSIFY_REASONS } from 'crm-taxonomy';
 *
 * CLASSIFY_REASONS.referrals.en; //=> 'referred {count} {count:customer:customers}'
 * ```
 */
export const CLASSIFY_REASONS = {
  // missing facts
  missing_transactions: t('transactions not given', '未提供交易记录', '未提供交易記錄'),
  missing_contacts: t('contact log not given', '未提供联系记录', '未提供聯繫記錄'),
  missing_referrals: t('referrals not given', '未提供推荐记录', '未提供推薦記錄'),
  missing_categories: t('{count} {count:purchase:purchases} without a category', '{count} 笔购买没有品类', '{count} 筆購買沒有品類'),
  missing_directed: t('{count} {count:purchase:purchases} not marked directed or not', '{count} 笔购买未标明是否为指向性购买', '{count} 筆購買未標明是否為指向性購買'),
  missing_profit: t('profit not known: purchases carry no profit and the policy sets no margin rate', '利润未知：购买没有利润数据，策略也未设毛利率', '利潤未知：購買沒有利潤資料，策略也未設毛利率'),
  missing_cost_to_serve: t('cost to serve not given', '未提供服务成本', '未提供服務成本'),
  cost_to_serve_assumed_zero: t('cost to serve not given, counted as 0', '未提供服务成本，按 0 计', '未提供服務成本，按 0 計'),
  missing_value_model: t('no value model given', '未提供价值模型', '未提供價值模型'),
  missing_prospect_facts: t('no purchase, and neither targeting nor a contact log given', '尚无购买，且未提供目标标记或联系记录', '尚無購買，且未提供目標標記或聯繫記錄'),
  missing_dependency: t('depends on {dimensionLabel}, which is not known', '取决于{dimensionLabel}，而它未知', '取決於{dimensionLabel}，而它未知'),
  no_intent_contact: t('no contact since the last purchase to judge intent from', '上次购买后没有可判断意向的联系', '上次購買後沒有可判斷意向的聯繫'),
  // host-given
  given: t('given by the host', '由业务系统提供', '由業務系統提供'),
  not_given: t('not given by the host', '业务系统未提供', '業務系統未提供'),
  // purchases and loyalty
  no_purchase: t('no purchase yet', '尚无购买', '尚無購買'),
  purchases_over_days: t('{purchases} {purchases:purchase:purchases} over {days} {days:day:days}', '{days} 天内购买 {purchases} 次', '{days} 天內購買 {purchases} 次'),
  purchases_over_years: t('{purchases} {purchases:purchase:purchases} over {years} {years:year:years}', '{years} 年内购买 {purchases} 次', '{years} 年內購買 {purchases} 次'),
  below_established: t(
    'established from {minPurchases} purchases over {minDays} days',
    '至少购买 {minPurchases} 次、交易满 {minDays} 天才算老客户',
    '至少購買 {minPurchases} 次、交易滿 {minDays} 天才算老客戶',
  ),
  below_loyal: t(
    'loyal from {minPurchases} purchases over {minDays} days',
    '至少购买 {minPurchases} 次、交易满 {minDays} 天才可能是忠诚客户',
    '至少購買 {minPurchases} 次、交易滿 {minDays} 天才可能是忠誠客戶',
  ),
  loyal_behaviours: t('{shown} of the 4 loyal behaviours shown, {required} needed', '具备 {shown} 项忠诚购买行为，需 {required} 项', '具備 {shown} 項忠誠購買行為，需 {required} 項'),
  loyal_behaviours_undecided: t(
    '{shown} of the 4 loyal behaviours shown, {unknown} not known, {required} needed',
    '具备 {shown} 项忠诚购买行为，{unknown} 项未知，需 {required} 项',
    '具備 {shown} 項忠誠購買行為，{unknown} 項未知，需 {required} 項',
  ),
  directed_purchases: t('{count} directed {count:purchase:purchases}', '指向性购买 {count} 次', '指向性購買 {count} 次'),
  categories: t('bought in {count} {count:category:categories}', '购买了 {count} 个品类', '購買了 {count} 個品類'),
  referrals: t('referred {count} {count:customer:customers}', '推荐了 {count} 位客户', '推薦了 {count} 位客戶'),
  // status and time
  last_purchase: t('last purchase {days} {days:day:days} ago', '最近一次购买在 {days} 天前', '最近一次購買在 {days} 天前'),
  churn_window_fixed: t('churn window {windowDays} days', '流失窗口 {windowDays} 天', '流失窗口 {windowDays} 天'),
  churn_window_rhythm: t(
    'churn window {windowDays} days: {multiplier} × its mean gap of {meanGapDays} days',
    '流失窗口 {windowDays} 天：平均购买间隔 {meanGapDays} 天的 {multiplier} 倍',
    '流失窗口 {windowDays} 天：平均購買間隔 {meanGapDays} 天的 {multiplier} 倍',
  ),
  model_churn: t(
    'probability of being alive {pAlive} against a threshold of {threshold} (purchase model)',
    '存活概率 {pAlive}，阈值 {threshold}（购买模型）',
    '存活機率 {pAlive}，閾值 {threshold}（購買模型）',
  ),
  cannot_buy: t("cannot buy the firm's products", '不可能购买企业的产品', '不可能購買企業的產品'),
  targeted: t('the firm works to convert it', '企业正力图将其开发为现实客户', '企業正力圖將其開發為現實客戶'),
  sales_contacts: t('{count} sales {count:contact:contacts}', '销售接触 {count} 次', '銷售接觸 {count} 次'),
  no_sales_activity: t('no sales contact', '没有销售接触', '沒有銷售接觸'),
  recent_purchase: t('bought {days} days ago, within {windowDays} days', '{days} 天前有购买，在 {windowDays} 天内', '{days} 天前有購買，在 {windowDays} 天內'),
  recent_contact: t('in a deal contact {days} days ago, within {windowDays} days', '{days} 天前有交易接触，在 {windowDays} 天内', '{days} 天前有交易接觸，在 {windowDays} 天內'),
  no_recent_activity: t('no purchase or deal contact in the last {windowDays} days', '最近 {windowDays} 天没有购买或交易接触', '最近 {windowDays} 天沒有購買或交易接觸'),
  // purchase intent
  quote_no_reply: t('quote sent {days} days ago, no reply within {windowDays} days', '{days} 天前已报价，{windowDays} 天内无回复', '{days} 天前已報價，{windowDays} 天內無回覆'),
  quote_pending: t('quote sent {days} days ago, reply window of {windowDays} days still open', '{days} 天前已报价，{windowDays} 天回复期未满', '{days} 天前已報價，{windowDays} 天回覆期未滿'),
  quote_answered: t('answered a quote {days} days ago', '{days} 天前回复了报价', '{days} 天前回覆了報價'),
  interest: t('said it is interested {days} days ago', '{days} 天前表示有兴趣', '{days} 天前表示有興趣'),
  refusals: t('refused {count} {count:time:times}, {required} make it final', '明确拒绝 {count} 次，{required} 次即为肯定不买', '明確拒絕 {count} 次，{required} 次即為肯定不買'),
  expected_purchase: t('expects to buy on {date}, in {days} days', '预计 {date} 购买，{days} 天后', '預計 {date} 購買，{days} 天後'),
  contacted_no_decision: t('{count} {count:contact:contacts}, no decision yet', '沟通 {count} 次，尚未决定', '溝通 {count} 次，尚未決定'),
  // effectiveness and value
  profit_after_cost: t('profit {profit} after a cost to serve of {cost}', '扣除服务成本 {cost} 后利润 {profit}', '扣除服務成本 {cost} 後利潤 {profit}'),
  value_revenue: t('net revenue {value}; A from {aMin}, B from {bMin}', '净收入 {value}；A 类起点 {aMin}，B 类起点 {bMin}', '淨收入 {value}；A 類起點 {aMin}，B 類起點 {bMin}'),
  value_profit: t('profit {value}; A from {aMin}, B from {bMin}', '利润 {value}；A 类起点 {aMin}，B 类起点 {bMin}', '利潤 {value}；A 類起點 {aMin}，B 類起點 {bMin}'),
  value_tier_of_class: t('value tier of ABC class {abcLabel}', '由 ABC 分类 {abcLabel} 得出', '由 ABC 分類 {abcLabel} 得出'),
  // patronage
  regular_days: t('{count} purchase days in the last {windowDays} days, regular from {min}', '最近 {windowDays} 天内有 {count} 天购买，{min} 天起为常客', '最近 {windowDays} 天內有 {count} 天購買，{min} 天起為常客'),
  dimension_is: t('{dimensionLabel}: {valueLabel}', '{dimensionLabel}：{valueLabel}', '{dimensionLabel}：{valueLabel}'),
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * A stable code of {@link CLASSIFY_REASONS}.
 *
 * @example
 * ```ts
 * import type { ReasonCode } from 'crm-taxonomy';
 *
 * const code: ReasonCode = 'last_purchase';
 * code; //=> 'last_purchase'
 * ```
 */
export type ReasonCode = keyof typeof CLASSIFY_REASONS;

const labelCache = new Map<string, string>();

/** A taxonomy label, memoized (labels are fixed data). */
function cachedLabel(locale: string, dimension: string, value: string | undefined): string {
  const key = `${locale}\u0000${dimension}\u0000${value ?? ''}`;
  let text = labelCache.get(key);
  if (text === undefined) {
    text = value === undefined ? taxonomy.dimensionLabel(dimension as DimensionId, locale) : taxonomy.label(dimension as DimensionId, value as never, locale);
    labelCache.set(key, text);
  }
  return text;
}

/**
 * Renders a template in one built-in locale. Params named `dimensionLabel` hold a dimension id and
 * `<x>Label` (with `<x>Dimension`) a value id: they render as the taxonomy's label in that locale.
 */
function renderIn(locale: BuiltinLocale, code: ReasonCode, params: ReasonParams): string {
  const parts = compiled(code, locale);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const [name = '', one, other] = parts[i]!.split(':');
    if (one !== undefined) {
      // `{count:purchase:purchases}`: the word for the number, English plurals.
      out += (params[name] === 1 ? one : other) + parts[i + 1]!;
      continue;
    }
    const raw = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    let text: string;
    if (raw === undefined || raw === null) text = `{${name}}`;
    else if (typeof raw === 'string' && name === 'dimensionLabel') text = cachedLabel(locale, raw, undefined);
    else if (typeof raw === 'string' && name.endsWith('Label') && typeof params[`${name.slice(0, -5)}Dimension`] === 'string') {
      text = cachedLabel(locale, params[`${name.slice(0, -5)}Dimension`] as string, raw);
    } else text = String(raw);
    out += text + parts[i + 1]!;
  }
  return out;
}

/** Every template split once into text and placeholder names: [text, name, text, name, text…]. */
const COMPILED = /* @__PURE__ */ (() => {
  const out = new Map<ReasonCode, Readonly<Record<BuiltinLocale, readonly string[]>>>();
  for (const [code, text] of Object.entries(CLASSIFY_REASONS) as [ReasonCode, LocalizedText][]) {
    const split = (template: string): readonly string[] => template.split(/\{(\w+(?::[^:{}]*:[^:{}]*)?)\}/);
    out.set(code, { en: split(text.en), 'zh-Hans': split(text['zh-Hans']), 'zh-Hant': split(text['zh-Hant']) });
  }
  return out;
})();

function compiled(code: ReasonCode, locale: BuiltinLocale): readonly string[] {
  return COMPILED.get(code)![locale];
}

const NO_PARAMS: ReasonParams = /* @__PURE__ */ Object.freeze({});

/**
 * Rendered reasons, shared: most customers of a population get the same few reasons (the same
 * window, the same thresholds), so each is rendered once and frozen. Bounded: cleared when full.
 */
const rendered = /* @__PURE__ */ new Map<string, Reason<ReasonCode>>();
const MAX_RENDERED = 50_000;

/** Builds a classifier reason in the three locales; equal reasons are one shared, frozen object. @internal */
export function why(code: ReasonCode, params: ReasonParams = NO_PARAMS): Reason<ReasonCode> {
  let key: string = code;
  for (const name in params) key += `\u0000${name}\u0001${String(params[name])}\u0002${typeof params[name]}`;
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const message: LocalizedMessage = Object.freeze({ en: renderIn('en', code, params), 'zh-Hans': renderIn('zh-Hans', code, params), 'zh-Hant': renderIn('zh-Hant', code, params) });
  const reason = Object.freeze({ code, params: params === NO_PARAMS ? params : Object.freeze({ ...params }), message }) as Reason<ReasonCode>;
  if (rendered.size >= MAX_RENDERED) rendered.clear();
  rendered.set(key, reason);
  return reason;
}
