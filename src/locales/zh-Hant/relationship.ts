import type { TextTable } from '../../i18n/index.js';

/** Reasons of Kotler's table and the B2B fit test, and the words they use, in zh-Hant. */
export const relationshipZhHant: TextTable = {
  'kotler_customers_band': '{customers} 個客戶屬於客戶數量{band:text:kotler.customers.*}（少於 {few} 為少，{many} 起為多）',
  'kotler_margin_band': '單位利潤率 {margin:percent:low,high} 屬於{band:text:kotler.margin.*}（低於 {low:percent:margin} 為低，{high:percent:margin} 起為高）',
  'kotler_table_cell': '科特勒表格：客戶數量{customers:text:kotler.customers.*}、利潤率{margin:text:kotler.margin.*}，適合{level:text:taxonomy.kotler_level.*.label}關係',
  'kotler_open_cell': '表格此格並未確定：{level:text:taxonomy.kotler_level.*.label}或{alternative:text:taxonomy.kotler_level.*.label}；需要收集投訴或意見時選擇{alternative:text:taxonomy.kotler_level.*.label}',
  'kotler.customers.many': '多',
  'kotler.customers.medium': '中等',
  'kotler.customers.few': '少',
  'kotler.margin.high': '高',
  'kotler.margin.medium': '中等',
  'kotler.margin.low': '低',
  'b2b_condition_met': '滿足：{condition:text:b2b.condition.*}',
  'b2b_condition_unmet': '不滿足：{condition:text:b2b.condition.*}',
  'b2b_fit_partnership': '四個條件均滿足：適合建立優先供應商以上的關係（{type:text:taxonomy.b2b_relationship.*.label}）',
  'b2b_fit_strategic_alliance': '四個條件均滿足，且雙方目標和願景高度一致：適合{type:text:taxonomy.b2b_relationship.*.label}',
  'b2b_preferred_supplier_enough': '四個條件未全部滿足：與大部分企業一樣，{type:text:taxonomy.b2b_relationship.*.label}就足夠了',
  'b2b_transactional': '雙方既不重要也不互相需要，轉移成本也不高：失去對方影響不大，{type:text:taxonomy.b2b_relationship.*.label}即可',
  'b2b_luxury': '關係的付出 {cost:amount:expected} 比所得 {expected:amount:cost} 還多：這種關係是「奢侈的」',
  'b2b.condition.mutualImportance': '彼此具有重要意義',
  'b2b.condition.balancedBargainingPower': '雙方的談判能力都不足以完全操控對方',
  'b2b.condition.mutualNeed': '互相需要',
  'b2b.condition.highSwitchingCost': '具有較高轉移成本',
};
