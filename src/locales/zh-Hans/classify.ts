import type { ClassifyTextKey } from '../../classify/reasons.js';

/** The classify module's messages and texts, in zh-Hans. */
export const classifyZhHans: { readonly [K in ClassifyTextKey]: string } = {
  // missing facts
  'missing_transactions': '未提供交易记录',
  'missing_contacts': '未提供联系记录',
  'missing_referrals': '未提供推荐记录',
  'missing_categories': '{count} 笔购买没有品类',
  'missing_directed': '{count} 笔购买未标明是否为指向性购买',
  'missing_profit': '利润未知：购买未记录利润，策略也未设毛利率',
  'missing_cost_to_serve': '未提供服务成本',
  'cost_to_serve_assumed_zero': '未提供服务成本，按 0 计',
  'missing_value_model': '未提供价值模型',
  'missing_prospect_facts': '尚无购买，且未提供目标标记或联系记录',
  'missing_dependency': '取决于{dimension:text:taxonomy.*.label}，而它未知',
  'no_intent_contact': '上次购买后没有可判断意向的联系',
  // host-given
  'value_given': '由业务系统提供',
  'value_not_given': '业务系统未提供',
  // purchases and loyalty
  'no_purchase': '尚无购买',
  'purchases_over_days': '{days} 天内购买 {purchases} 次',
  'purchases_over_years': '{years} 年内购买 {purchases} 次',
  'below_established': '至少购买 {minPurchases} 次、交易满 {minDays} 天才算老客户',
  'below_loyal': '至少购买 {minPurchases} 次、交易满 {minDays} 天才可能是忠诚客户',
  'loyal_behaviours': '4 项忠诚购买行为中具备 {shown} 项，需 {required} 项',
  'loyal_behaviours_undecided': '4 项忠诚购买行为中具备 {shown} 项，{unknown} 项未知，需 {required} 项',
  'directed_purchases': '指向性购买 {count} 次',
  'bought_categories': '购买了 {count} 个品类',
  'referred_customers': '推荐了 {count} 位客户',
  // status and time
  'last_purchase': '最近一次购买在 {days} 天前',
  'churn_window_fixed': '流失窗口 {windowDays} 天',
  'churn_window_rhythm': '流失窗口 {windowDays} 天：{multiplier:text:classify.rhythm@clamped}',
  'classify.rhythm': '平均购买间隔 {meanGapDays} 天的 {multiplier} 倍',
  'classify.rhythmmin': '取下限，因平均购买间隔 {meanGapDays} 天的 {multiplier} 倍不足此数',
  'classify.rhythmmax': '取上限，因平均购买间隔 {meanGapDays} 天的 {multiplier} 倍超过此数',
  'model_churn': '购买模型估计其存活概率为 {pAlive:percent:threshold}，阈值为 {threshold:percent:pAlive}',
  'window_differs': '仅按流失窗口将判为{value:text:taxonomy.status.*.label}；以购买模型为准',
  'cannot_buy': '不可能购买企业的产品',
  'targeted_by_firm': '企业正力图将其开发为现实客户',
  'sales_contacts': '销售接触 {count} 次',
  'no_sales_activity': '没有销售接触',
  'recent_purchase': '{days} 天前有购买，在 {windowDays} 天内',
  'recent_contact': '{days} 天前有交易接触，在 {windowDays} 天内',
  'no_recent_activity': '最近 {windowDays} 天没有购买或交易接触',
  // purchase intent
  'quote_no_reply': '{days} 天前已报价，{windowDays} 天内无回复',
  'quote_pending': '{days} 天前已报价，{windowDays} 天回复期未满',
  'quote_answered': '{days} 天前回复了报价',
  'interest_shown': '{days} 天前表示有兴趣',
  'refusal_count': '明确拒绝 {count} 次，{required} 次即为肯定不买',
  'expected_purchase': '预计 {date} 购买，{days} 天后',
  'contacted_no_decision': '沟通 {count} 次，尚未决定',
  // effectiveness and value
  'profit_after_cost': '扣除服务成本 {cost:amount} 后利润 {profit:amount}',
  'value_revenue': '净收入 {value:amount:aMin,bMin}；{cut:text:classify.cut.*}',
  'value_profit': '利润 {value:amount:aMin,bMin}；{cut:text:classify.cut.*}',
  'value_tier_of_class': '由{class:text:taxonomy.abc_class.*.label}得出',
  'classify.cut.ab': 'A 类起点 {aMin:amount:value}，B 类起点 {bMin:amount:value}',
  'classify.cut.a': 'A 类起点 {aMin:amount:value}，没有 B 类客户',
  'classify.cut.b': '没有 A 类客户，B 类起点 {bMin:amount:value}',
  'classify.cut.none': '没有 A 类和 B 类客户',
  // patronage
  'regular_days': '最近 {windowDays} 天内有 {count} 天购买，{min} 天起为常客',
  'dependency_value': '{dimension:text:taxonomy.*.label}：{value:text:taxonomy.@dimension.*.label}',
  // evidence from other models
  'rfm_agrees': 'RFM 细分“{segment:text:segment.*.label}”（R {r}，F {f}，M {m}）与此一致',
  'rfm_differs': 'RFM 细分“{segment:text:segment.*.label}”（R {r}，F {f}，M {m}）可归为{value:text:taxonomy.@dimension.*.label}；但 RFM 是与其他客户比较的相对排名，此处依据该客户自身的历史判断',
  // reconcile
  'no_stored_state': '{dimension:text:taxonomy.*.label}尚无存储状态，且其生命周期没有初始状态：请人工设定首个状态',
  // explain's line
  'classify.explain.known': '{value:text:taxonomy.@dimension.*.label}：{reasons}',
  'classify.explain.known_bare': '{value:text:taxonomy.@dimension.*.label}',
  'classify.explain.unknown': '{dimension:text:taxonomy.*.label}：未知（{reasons}）',
  'classify.explain.unknown_bare': '{dimension:text:taxonomy.*.label}：未知',
  'classify.reason_separator': '，',
};
