import type { TextTable } from '../../i18n/index.js';

/** The built-in texts of the charts (titles, axes, tooltips), in zh-Hant. */
export const chartsZhHant: TextTable = {
  'chart.heatmapTitle': 'RFM 網格：最近購買得分 × 購買頻次得分',
  'chart.heatmapDesc': '{customers} 位客戶分佈在 {scale} × {scale} 網格上：列為最近購買得分（最好的在上），欄為購買頻次得分（最好的在右）；每格按最多的細分著色，顯示客戶數和收入佔比。',
  'chart.recencyAxis': '最近購買得分 (R)：越高越近',
  'chart.frequencyAxis': '購買頻次得分 (F)：越高越頻繁',
  'chart.ofRevenue': '收入 {share}',
  'chart.customers': '{count} 位客戶',
  'chart.cellTitle': 'R {r}，F {f}：{count} 位客戶，收入佔比 {share}，主要為{segment}',
  'chart.emptyCell': 'R {r}，F {f}：無客戶',
  'chart.barsTitle': '各細分的客戶數',
  'chart.barsDesc': '{customers} 位客戶，{segments} 個細分；最大的是{largest}，{count} 位（{share}）。',
  'chart.barsEmpty': '沒有細分。',
  'chart.paretoTitle': '帕累托曲線：按客戶佔比的累計價值佔比',
  'chart.paretoDesc': '客戶按價值從高到低排序。',
  'chart.paretoCut': '{label}：前 {customers} 的客戶貢獻 {value} 的價值。',
  'chart.customersAxis': '累計客戶佔比（按價值排序）',
  'chart.valueAxis': '累計價值佔比',
  'chart.diagramTitle': '狀態圖',
  'chart.diagramDesc': '{states} 個狀態，{edges} 個轉換：{list}。',
};
