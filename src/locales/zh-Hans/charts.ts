import type { TextTable } from '../../i18n/index.js';

/** The built-in texts of the charts (titles, axes, tooltips), in zh-Hans. */
export const chartsZhHans: TextTable = {
  'chart.heatmapTitle': 'RFM 网格：最近购买得分 × 购买频次得分',
  'chart.heatmapDesc': '{customers} 位客户分布在 {scale} × {scale} 网格上：行为最近购买得分（最好的在上），列为购买频次得分（最好的在右）；每格按最多的细分着色，显示客户数和收入占比。',
  'chart.recencyAxis': '最近购买得分 (R)：越高越近',
  'chart.frequencyAxis': '购买频次得分 (F)：越高越频繁',
  'chart.ofRevenue': '收入 {share}',
  'chart.customers': '{count} 位客户',
  'chart.cellTitle': 'R {r}，F {f}：{count} 位客户，收入占比 {share}，主要为{segment}',
  'chart.emptyCell': 'R {r}，F {f}：无客户',
  'chart.barsTitle': '各细分的客户数',
  'chart.barsDesc': '{customers} 位客户，{segments} 个细分；最大的是{largest}，{count} 位（{share}）。',
  'chart.barsEmpty': '没有细分。',
  'chart.paretoTitle': '帕累托曲线：按客户占比的累计价值占比',
  'chart.paretoDesc': '客户按价值从高到低排序。',
  'chart.paretoCut': '{label}：前 {customers} 的客户贡献 {value} 的价值。',
  'chart.customersAxis': '累计客户占比（按价值排序）',
  'chart.valueAxis': '累计价值占比',
  'chart.diagramTitle': '状态图',
  'chart.diagramDesc': '{states} 个状态，{edges} 个转换：{list}。',
};
