import type { ClassifyTextKey } from '../../classify/reasons.js';

/** The classify module's messages and texts, in zh-Hant. */
export const classifyZhHant: { readonly [K in ClassifyTextKey]: string } = {
  // missing facts
  'missing_transactions': '未提供交易記錄',
  'missing_contacts': '未提供聯繫記錄',
  'missing_referrals': '未提供推薦記錄',
  'missing_categories': '{count} 筆購買沒有品類',
  'missing_directed': '{count} 筆購買未標明是否為指向性購買',
  'missing_profit': '利潤未知：購買未記錄利潤，策略也未設毛利率',
  'missing_cost_to_serve': '未提供服務成本',
  'cost_to_serve_assumed_zero': '未提供服務成本，按 0 計',
  'missing_value_model': '未提供價值模型',
  'missing_prospect_facts': '尚無購買，且未提供目標標記或聯繫記錄',
  'missing_dependency': '取決於{dimension:text:taxonomy.*.label}，而它未知',
  'no_intent_contact': '上次購買後沒有可判斷意向的聯繫',
  // host-given
  'value_given': '由業務系統提供',
  'value_not_given': '業務系統未提供',
  // purchases and loyalty
  'no_purchase': '尚無購買',
  'purchases_over_days': '{days} 天內購買 {purchases} 次',
  'purchases_over_years': '{years} 年內購買 {purchases} 次',
  'below_established': '至少購買 {minPurchases} 次、交易滿 {minDays} 天才算老客戶',
  'below_loyal': '至少購買 {minPurchases} 次、交易滿 {minDays} 天才可能是忠誠客戶',
  'loyal_behaviours': '4 項忠誠購買行為中具備 {shown} 項，需 {required} 項',
  'loyal_behaviours_undecided': '4 項忠誠購買行為中具備 {shown} 項，{unknown} 項未知，需 {required} 項',
  'directed_purchases': '指向性購買 {count} 次',
  'bought_categories': '購買了 {count} 個品類',
  'referred_customers': '推薦了 {count} 位客戶',
  // status and time
  'last_purchase': '最近一次購買在 {days} 天前',
  'churn_window_fixed': '流失窗口 {windowDays} 天',
  'churn_window_rhythm': '流失窗口 {windowDays} 天：{multiplier:text:classify.rhythm@clamped}',
  'classify.rhythm': '平均購買間隔 {meanGapDays} 天的 {multiplier} 倍',
  'classify.rhythmmin': '取下限，因平均購買間隔 {meanGapDays} 天的 {multiplier} 倍不足此數',
  'classify.rhythmmax': '取上限，因平均購買間隔 {meanGapDays} 天的 {multiplier} 倍超過此數',
  'model_churn': '購買模型估計其存活機率為 {pAlive:percent:threshold}，閾值為 {threshold:percent:pAlive}',
  'window_differs': '僅按流失窗口將判為{value:text:taxonomy.status.*.label}；以購買模型為準',
  'cannot_buy': '不可能購買企業的產品',
  'targeted_by_firm': '企業正力圖將其開發為現實客戶',
  'sales_contacts': '銷售接觸 {count} 次',
  'no_sales_activity': '沒有銷售接觸',
  'recent_purchase': '{days} 天前有購買，在 {windowDays} 天內',
  'recent_contact': '{days} 天前有交易接觸，在 {windowDays} 天內',
  'no_recent_activity': '最近 {windowDays} 天沒有購買或交易接觸',
  // purchase intent
  'quote_no_reply': '{days} 天前已報價，{windowDays} 天內無回覆',
  'quote_pending': '{days} 天前已報價，{windowDays} 天回覆期未滿',
  'quote_answered': '{days} 天前回復了報價',
  'interest_shown': '{days} 天前表示有興趣',
  'refusal_count': '明確拒絕 {count} 次，{required} 次即為肯定不買',
  'expected_purchase': '預計 {date} 購買，{days} 天後',
  'contacted_no_decision': '溝通 {count} 次，尚未決定',
  // effectiveness and value
  'profit_after_cost': '扣除服務成本 {cost:amount} 後利潤 {profit:amount}',
  'value_revenue': '淨收入 {value:amount:aMin,bMin}；{cut:text:classify.cut.*}',
  'value_profit': '利潤 {value:amount:aMin,bMin}；{cut:text:classify.cut.*}',
  'value_tier_of_class': '由{class:text:taxonomy.abc_class.*.label}得出',
  'classify.cut.ab': 'A 類起點 {aMin:amount:value}，B 類起點 {bMin:amount:value}',
  'classify.cut.a': 'A 類起點 {aMin:amount:value}，沒有 B 類客戶',
  'classify.cut.b': '沒有 A 類客戶，B 類起點 {bMin:amount:value}',
  'classify.cut.none': '沒有 A 類和 B 類客戶',
  // patronage
  'regular_days': '最近 {windowDays} 天內有 {count} 天購買，{min} 天起為常客',
  'dependency_value': '{dimension:text:taxonomy.*.label}：{value:text:taxonomy.@dimension.*.label}',
  // evidence from other models
  'rfm_agrees': 'RFM 細分「{segment:text:segment.*.label}」（R {r}，F {f}，M {m}）與此一致',
  'rfm_differs': 'RFM 細分「{segment:text:segment.*.label}」（R {r}，F {f}，M {m}）可歸為{value:text:taxonomy.@dimension.*.label}；但 RFM 是與其他客戶比較的相對排名，此處依據該客戶自身的歷史判斷',
  // reconcile
  'no_stored_state': '{dimension:text:taxonomy.*.label}尚無儲存狀態，且其生命週期沒有初始狀態：請人工設定首個狀態',
  // explain's line
  'classify.explain.known': '{value:text:taxonomy.@dimension.*.label}：{reasons}',
  'classify.explain.known_bare': '{value:text:taxonomy.@dimension.*.label}',
  'classify.explain.unknown': '{dimension:text:taxonomy.*.label}：未知（{reasons}）',
  'classify.explain.unknown_bare': '{dimension:text:taxonomy.*.label}：未知',
  'classify.reason_separator': '，',
};
