import { localize, type LocalizedText } from '../i18n/legacy.js';

const t = (en: string, hans: string, hant: string): LocalizedText => ({ en, 'zh-Hans': hans, 'zh-Hant': hant });

/** The built-in texts of the charts, in the three built-in locales. */
export const CHART_TEXTS = {
  heatmapTitle: t('RFM grid: recency score × frequency score', 'RFM 网格：最近购买得分 × 购买频次得分', 'RFM 網格：最近購買得分 × 購買頻次得分'),
  heatmapDesc: t(
    '{customers} customers on a {scale} × {scale} grid of recency score (rows, best at the top) by frequency score (columns, best on the right); each cell is coloured by its most common segment and shows its customers and share of revenue.',
    '{customers} 位客户分布在 {scale} × {scale} 网格上：行为最近购买得分（最好的在上），列为购买频次得分（最好的在右）；每格按最多的细分着色，显示客户数和收入占比。',
    '{customers} 位客戶分布在 {scale} × {scale} 網格上：列為最近購買得分（最好的在上），欄為購買頻次得分（最好的在右）；每格按最多的細分著色，顯示客戶數和收入占比。',
  ),
  recencyAxis: t('Recency score (R) — higher is more recent', '最近购买得分 (R)：越高越近', '最近購買得分 (R)：越高越近'),
  frequencyAxis: t('Frequency score (F) — higher buys more often', '购买频次得分 (F)：越高越频繁', '購買頻次得分 (F)：越高越頻繁'),
  ofRevenue: t('{share} of revenue', '收入 {share}', '收入 {share}'),
  customers: t('{count} customers', '{count} 位客户', '{count} 位客戶'),
  cellTitle: t(
    'R {r}, F {f}: {count} customers, {share} of revenue, mostly {segment}',
    'R {r}，F {f}：{count} 位客户，收入占比 {share}，主要为{segment}',
    'R {r}，F {f}：{count} 位客戶，收入占比 {share}，主要為{segment}',
  ),
  emptyCell: t('R {r}, F {f}: no customers', 'R {r}，F {f}：无客户', 'R {r}，F {f}：無客戶'),
  barsTitle: t('Customers per segment', '各细分的客户数', '各細分的客戶數'),
  barsDesc: t('{customers} customers in {segments} segments; the largest is {largest} with {count} ({share}).', '{customers} 位客户，{segments} 个细分；最大的是{largest}，{count} 位（{share}）。', '{customers} 位客戶，{segments} 個細分；最大的是{largest}，{count} 位（{share}）。'),
  barsEmpty: t('No segments.', '没有细分。', '沒有細分。'),
  paretoTitle: t('Pareto curve: cumulative share of value by share of customers', '帕累托曲线：按客户占比的累计价值占比', '帕累托曲線：按客戶占比的累計價值占比'),
  paretoDesc: t('Customers ranked by value, highest first.', '客户按价值从高到低排序。', '客戶按價值從高到低排序。'),
  paretoCut: t('{label}: top {customers} of customers hold {value} of value.', '{label}：前 {customers} 的客户贡献 {value} 的价值。', '{label}：前 {customers} 的客戶貢獻 {value} 的價值。'),
  customersAxis: t('Cumulative share of customers (ranked by value)', '累计客户占比（按价值排序）', '累計客戶占比（按價值排序）'),
  valueAxis: t('Cumulative share of value', '累计价值占比', '累計價值占比'),
  diagramTitle: t('State diagram', '状态图', '狀態圖'),
  diagramDesc: t('{states} states and {edges} transitions: {list}.', '{states} 个状态，{edges} 个转换：{list}。', '{states} 個狀態，{edges} 個轉換：{list}。'),
} satisfies Record<string, LocalizedText>;

/** A built-in chart text in a locale, placeholders filled. */
export function chartText(key: keyof typeof CHART_TEXTS, locale: string, params: Readonly<Record<string, string | number>> = {}): string {
  return localize(CHART_TEXTS[key], locale, params);
}
