import type { TextTable } from '../../i18n/index.js';

/** Reasons of Kotler's table and the B2B fit test, and the words they use, in zh-Hans. */
export const relationshipZhHans: TextTable = {
  'kotler_customers_band': '{customers} 个客户属于客户数量{band:text:kotler.customers.*}（少于 {few} 为少，{many} 起为多）',
  'kotler_margin_band': '单位利润率 {margin:percent:low,high} 属于{band:text:kotler.margin.*}（低于 {low:percent:margin} 为低，{high:percent:margin} 起为高）',
  'kotler_table_cell': '科特勒表格：客户数量{customers:text:kotler.customers.*}、利润率{margin:text:kotler.margin.*}，适合{level:text:taxonomy.kotler_level.*.label}关系',
  'kotler_open_cell': '表格此格并未确定：{level:text:taxonomy.kotler_level.*.label}或{alternative:text:taxonomy.kotler_level.*.label}；需要收集投诉或意见时选择{alternative:text:taxonomy.kotler_level.*.label}',
  'kotler.customers.many': '多',
  'kotler.customers.medium': '中等',
  'kotler.customers.few': '少',
  'kotler.margin.high': '高',
  'kotler.margin.medium': '中等',
  'kotler.margin.low': '低',
  'b2b_condition_met': '满足：{condition:text:b2b.condition.*}',
  'b2b_condition_unmet': '不满足：{condition:text:b2b.condition.*}',
  'b2b_fit_partnership': '四个条件均满足：适合建立优先供应商以上的关系（{type:text:taxonomy.b2b_relationship.*.label}）',
  'b2b_fit_strategic_alliance': '四个条件均满足，且双方目标和愿景高度一致：适合{type:text:taxonomy.b2b_relationship.*.label}',
  'b2b_preferred_supplier_enough': '四个条件未全部满足：与大部分企业一样，{type:text:taxonomy.b2b_relationship.*.label}就足够了',
  'b2b_transactional': '双方既不重要也不互相需要，转移成本也不高：失去对方影响不大，{type:text:taxonomy.b2b_relationship.*.label}即可',
  'b2b_luxury': '关系的付出 {cost:amount:expected} 比所得 {expected:amount:cost} 还多：这种关系是“奢侈的”',
  'b2b.condition.mutualImportance': '彼此具有重要意义',
  'b2b.condition.balancedBargainingPower': '双方的谈判能力都不足以完全操控对方',
  'b2b.condition.mutualNeed': '互相需要',
  'b2b.condition.highSwitchingCost': '具有较高转移成本',
};
