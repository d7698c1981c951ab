import type { TextTable } from '../../i18n/index.js';

/** The built-in texts of the charts (titles, axes, tooltips), in en. */
export const chartsEn: TextTable = {
  'chart.heatmapTitle': 'RFM grid: recency score × frequency score',
  'chart.heatmapDesc': '{customers} customers on a {scale} × {scale} grid of recency score (rows, best at the top) by frequency score (columns, best on the right); each cell is coloured by its most common segment and shows its customers and share of revenue.',
  'chart.recencyAxis': 'Recency score (R) — higher is more recent',
  'chart.frequencyAxis': 'Frequency score (F) — higher buys more often',
  'chart.ofRevenue': '{share} of revenue',
  'chart.customers': '{count} customers',
  'chart.cellTitle': 'R {r}, F {f}: {count} customers, {share} of revenue, mostly {segment}',
  'chart.emptyCell': 'R {r}, F {f}: no customers',
  'chart.barsTitle': 'Customers per segment',
  'chart.barsDesc': '{customers} customers in {segments} segments; the largest is {largest} with {count} ({share}).',
  'chart.barsEmpty': 'No segments.',
  'chart.paretoTitle': 'Pareto curve: cumulative share of value by share of customers',
  'chart.paretoDesc': 'Customers ranked by value, highest first.',
  'chart.paretoCut': '{label}: top {customers} of customers hold {value} of value.',
  'chart.customersAxis': 'Cumulative share of customers (ranked by value)',
  'chart.valueAxis': 'Cumulative share of value',
  'chart.diagramTitle': 'State diagram',
  'chart.diagramDesc': '{states} states and {edges} transitions: {list}.',
};
