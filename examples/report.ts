/**
 * The report: scores the CDNOW data set this repository ships (69,659 purchases of 23,570
 * customers, 1997-01 .. 1998-06) as of 1998-07-01, the day after the last purchase, and writes a
 * self-contained `report.html` (inline SVG and CSS, no script, no network) in one locale: the RFM
 * grid as a heat map, the segment sizes, the Pareto curve with the ABC classes, lifetime value
 * (P(alive), value by segment, the BG/NBD tracking chart, the most valuable customers and one
 * customer's forecast with intervals), the differentiation of customers by value, cost and decline
 * (the seeds' analysis 002) and the status lifecycle.
 *
 *   npx tsx examples/report.ts [--locale zh-Hans] [--out path/to/report.html]
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fitAbc, fitRfm, message, resolveLocale, RFM_SEGMENTS, rfmSegment, statusMachine, type LocaleTables, type MessageParams } from 'crm-taxonomy';
import { differentiate } from 'crm-taxonomy/analysis';
import { customerForecast, expectedCumulativeRepeatPurchases, fitBgNbd, summarizeTransactions } from 'crm-taxonomy/clv';
import {
  actualRepeatPurchases,
  cumulativeRepeatChart,
  paretoCurve,
  paretoFromAbc,
  rfmGridFromScores,
  rfmHeatmap,
  SEGMENT_COLORS,
  segmentBars,
  segmentSizesFromScores,
  stateDiagram,
  stateDiagramFromMachine,
} from 'crm-taxonomy/charts';
import { cdnowAccessors, cdnowAccounts, readCdnow } from './data/cdnow.js';
import { localeArgument } from './support/args.js';
import { HORIZON, LAST_DAY, lifetimeValues } from './support/lifetime.js';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] !== undefined ? args[outAt + 1]! : join(root, 'report.html'));
const locale = localeArgument();
const lang = resolveLocale(locale);
const AS_OF = '1998-07-01';
const ORIGIN = '1997-01-01';

// ── The report's own texts: a host's message table, rendered by `message` like the library's ─────
const REPORT_TEXTS: LocaleTables = {
  en: {
    report_title: 'Customer value report: CDNOW',
    report_summary: '{transactions} purchases by {customers} customers, {from} to {to}, {revenue:amount} in total. Scored as of {asOf} (the day after the last purchase) with RFM quintiles (1 = worst, 5 = best).',
    report_heatmap: 'RFM grid',
    report_heatmap_note: 'Each cell holds the customers with that recency and frequency score; its colour is the most common segment among them (the segment also depends on M), with the number of customers and their share of revenue.',
    report_segments: 'Segments',
    report_segments_note: 'The 11-segment RFM map: customers and share of revenue per segment.',
    report_pareto: 'Pareto curve and ABC classes',
    report_pareto_note: 'Customers ranked by net spend. Class A holds the first 80% of revenue, B the next 15%, C the rest: {a} A, {b} B and {c} C customers.',
    report_value: 'Lifetime value',
    report_value_note: 'A BG/NBD purchase model and a Gamma-Gamma spend model fitted on every purchase up to {to}: together the customers are expected to bring {total:amount} over the next year.',
    report_alive: 'Probability of being alive',
    report_alive_note: 'How many customers are still likely to buy (P(alive) at {to}): {alive} of {customers} above 50%. BG/NBD holds a customer who never bought again alive: {neverAgain} of the {top} customers in the top bar ({topBin}) never bought again.',
    report_alive_bin: 'P(alive) {from:percent}–{to:percent}',
    report_alive_desc: '{customers} customers in {bins} ranges of P(alive), 10 points each; the largest range is {largest} with {count} ({share:percent}).',
    report_value_segments: 'Expected value by segment',
    report_value_segments_note: 'Customers per segment and each segment’s share of the expected value over the next year.',
    'chart.ofRevenue': '{share} of expected value',
    report_tracking: 'Tracking: model against actual',
    report_tracking_note: 'The model fitted on the first 39 weeks (to 1997-09-30) predicts the cumulative repeat purchases of the next 39: {expected} expected by week 78, {actual} actual.',
    report_top: 'The most valuable customers',
    report_rank: 'Rank',
    report_customer: 'Customer',
    report_alive_short: 'P(alive)',
    report_purchases: 'Purchases next year',
    report_spend: 'Spend per purchase',
    report_value_short: 'Value next year',
    report_forecast: 'Customer {customer}: P(alive) {alive} ({aliveLow}–{aliveHigh}), {purchases} purchases expected next year ({purchasesLow}–{purchasesHigh}), worth {value:amount} ({valueLow:amount}–{valueHigh:amount}); 90% intervals from the uncertainty of the fitted parameters.',
    report_lifecycle: 'Status lifecycle',
    report_lifecycle_note: 'The customer statuses of the taxonomy and the moves between them; moves back to an earlier status are drawn below.',
    report_diff: 'Differentiating customers: value, cost and decline',
    report_diff_note: 'Five questions asked of every account, assuming a 30% margin and one agent-handled call per order at USD 5 (CDNOW records no costs). CDNOW records no complaints, product kinds or purchases elsewhere, so those questions stay unanswered (“{unknown}”) for all {customers} customers.',
    report_question: 'Question',
    report_q_gold: 'Gold customers (the top 5% by realized value)',
    report_q_causingCost: 'Customers who cause cost (net profit below 0)',
    report_q_bigComplainers: 'Big customers who complained repeatedly',
    report_q_lapsedBig: 'Last year’s biggest customers who now order less than half',
    report_q_narrowBuyers: 'Buy one or two kinds here and many elsewhere',
    report_legend: 'Legend: segments and what to do',
    report_segment: 'Segment',
    report_customers: 'Customers',
    report_action: 'Recommended action',
    report_unknown: 'unknown',
    report_data: 'Data',
    report_source: 'CDNOW master data set (Fader & Hardie): {file}, {transactions} purchases of the {customers} customers who first bought at CDNOW in 1997 Q1.',
    report_source_public: 'The data were made public by Bruce G. S. Hardie ({url}). No explicit open-data licence is attached to the data themselves. They are redistributed inside lifetimes (MIT licence, © 2015 Cameron Davidson-Pilon) and inside CRAN BTYD (GPL-3).',
    report_source_cite: 'Cite:',
    report_generated: 'Generated by examples/report.ts with crm-taxonomy and crm-taxonomy/charts.',
    report_written: 'wrote {file} ({locale}, {kb} KB, {customers} customers) in {ms} ms',
    // Cells of the tables: numbers written for the locale (other locales fall back to these).
    report_money: '{v:amount}',
    report_count: '{n}',
  },
  'zh-Hans': {
    report_title: '客户价值报告：CDNOW',
    report_summary: '{customers} 位客户的 {transactions} 笔购买，{from} 至 {to}，共 {revenue:amount}。以 {asOf}（最后一笔购买的次日）为分析日，按 RFM 五分位评分（1 最差，5 最好）。',
    report_heatmap: 'RFM 网格',
    report_heatmap_note: '每格包含最近购买得分与购买频次得分为该值的客户；颜色为其中最常见的细分（细分也取决于 M），并显示客户数和收入占比。',
    report_segments: '客户细分',
    report_segments_note: '11 类 RFM 细分：各细分的客户数和收入占比。',
    report_pareto: '帕累托曲线与 ABC 分类',
    report_pareto_note: '客户按净消费排序。A 类贡献前 80% 的收入，B 类其后 15%，C 类其余：A 类 {a} 位，B 类 {b} 位，C 类 {c} 位。',
    report_value: '客户终身价值',
    report_value_note: '以截至 {to} 的全部购买拟合 BG/NBD 购买模型与 Gamma-Gamma 消费模型：全部客户未来一年的期望价值共 {total:amount}。',
    report_alive: '存活概率',
    report_alive_note: '仍可能购买的客户（{to} 的存活概率）：{customers} 位客户中 {alive} 位高于 50%。BG/NBD 视从未复购的客户为仍活跃：最上面一条（{topBin}）的 {top} 位客户中有 {neverAgain} 位从未复购。',
    report_alive_bin: '存活概率 {from:percent}–{to:percent}',
    report_alive_desc: '{customers} 位客户，按存活概率分为 {bins} 个区间，每个区间 10 个百分点；最大的区间是{largest}，{count} 位（{share:percent}）。',
    report_value_segments: '各细分的期望价值',
    report_value_segments_note: '各细分的客户数及其在未来一年期望价值中的占比。',
    'chart.ofRevenue': '期望价值 {share}',
    report_tracking: '跟踪图：模型与实际',
    report_tracking_note: '以前 39 周（至 1997-09-30）拟合的模型预测其后 39 周的累计重复购买：第 78 周期望 {expected} 次，实际 {actual} 次。',
    report_top: '最有价值的客户',
    report_rank: '排名',
    report_customer: '客户',
    report_alive_short: '存活概率',
    report_purchases: '未来一年购买次数',
    report_spend: '每次消费',
    report_value_short: '未来一年价值',
    report_forecast: '客户 {customer}：存活概率 {alive}（{aliveLow}–{aliveHigh}），未来一年期望购买 {purchases} 次（{purchasesLow}–{purchasesHigh}），价值 {value:amount}（{valueLow:amount}–{valueHigh:amount}）；90% 区间来自拟合参数的不确定性。',
    report_lifecycle: '客户状态生命周期',
    report_lifecycle_note: '分类体系中的客户状态及其转换；回到较早状态的转换画在下方。',
    report_diff: '区分客户：价值、成本与订购下滑',
    report_diff_note: '对每个客户账户提出五个问题，假设毛利率 30%、每笔订单一次 5 美元的人工客服（CDNOW 没有成本数据）。CDNOW 没有投诉、产品种类和在别处购买的记录，因此这些问题对全部 {customers} 位客户都无法回答（“{unknown}”）。',
    report_question: '问题',
    report_q_gold: '金牌客户（既成价值前 5%）',
    report_q_causingCost: '导致成本的客户（净利润为负）',
    report_q_bigComplainers: '多次抱怨的大客户',
    report_q_lapsedBig: '去年的最大客户，如今订购不到一半',
    report_q_narrowBuyers: '只在这里买一两种、在别处买很多种',
    report_legend: '图例：细分与建议行动',
    report_segment: '细分',
    report_customers: '客户数',
    report_action: '建议行动',
    report_unknown: '未知',
    report_data: '数据',
    report_source: 'CDNOW 主数据集（Fader 与 Hardie）：{file}，1997 年第一季度在 CDNOW 首次购买的 {customers} 位客户的 {transactions} 笔购买。',
    report_source_public: '这些数据由 Bruce G. S. Hardie 公开（{url}），数据本身没有附带明确的开放数据许可。它们随 lifetimes（MIT 许可，© 2015 Cameron Davidson-Pilon）和 CRAN 的 BTYD（GPL-3）再分发。',
    report_source_cite: '引用：',
    report_generated: '由 examples/report.ts 使用 crm-taxonomy 与 crm-taxonomy/charts 生成。',
    report_written: '已写入 {file}（{locale}，{kb} KB，{customers} 位客户），用时 {ms} 毫秒',
  },
  'zh-Hant': {
    report_title: '客戶價值報告：CDNOW',
    report_summary: '{customers} 位客戶的 {transactions} 筆購買，{from} 至 {to}，共 {revenue:amount}。以 {asOf}（最後一筆購買的次日）為分析日，按 RFM 五分位評分（1 最差，5 最好）。',
    report_heatmap: 'RFM 網格',
    report_heatmap_note: '每格包含最近購買得分與購買頻次得分為該值的客戶；顏色為其中最常見的細分（細分也取決於 M），並顯示客戶數和收入佔比。',
    report_segments: '客戶細分',
    report_segments_note: '11 類 RFM 細分：各細分的客戶數和收入佔比。',
    report_pareto: '帕累托曲線與 ABC 分類',
    report_pareto_note: '客戶按淨消費排序。A 類貢獻前 80% 的收入，B 類其後 15%，C 類其餘：A 類 {a} 位，B 類 {b} 位，C 類 {c} 位。',
    report_value: '客戶終身價值',
    report_value_note: '以截至 {to} 的全部購買擬合 BG/NBD 購買模型與 Gamma-Gamma 消費模型：全部客戶未來一年的期望價值共 {total:amount}。',
    report_alive: '存活機率',
    report_alive_note: '仍可能購買的客戶（{to} 的存活機率）：{customers} 位客戶中 {alive} 位高於 50%。BG/NBD 視從未回購的客戶為仍活躍：最上面一條（{topBin}）的 {top} 位客戶中有 {neverAgain} 位從未回購。',
    report_alive_bin: '存活機率 {from:percent}–{to:percent}',
    report_alive_desc: '{customers} 位客戶，按存活機率分為 {bins} 個區間，每個區間 10 個百分點；最大的區間是{largest}，{count} 位（{share:percent}）。',
    report_value_segments: '各細分的期望價值',
    report_value_segments_note: '各細分的客戶數及其在未來一年期望價值中的佔比。',
    'chart.ofRevenue': '期望價值 {share}',
    report_tracking: '追蹤圖：模型與實際',
    report_tracking_note: '以前 39 週（至 1997-09-30）擬合的模型預測其後 39 週的累計重複購買：第 78 週期望 {expected} 次，實際 {actual} 次。',
    report_top: '最有價值的客戶',
    report_rank: '排名',
    report_customer: '客戶',
    report_alive_short: '存活機率',
    report_purchases: '未來一年購買次數',
    report_spend: '每次消費',
    report_value_short: '未來一年價值',
    report_forecast: '客戶 {customer}：存活機率 {alive}（{aliveLow}–{aliveHigh}），未來一年期望購買 {purchases} 次（{purchasesLow}–{purchasesHigh}），價值 {value:amount}（{valueLow:amount}–{valueHigh:amount}）；90% 區間來自擬合參數的不確定性。',
    report_lifecycle: '客戶狀態生命週期',
    report_lifecycle_note: '分類體系中的客戶狀態及其轉換；回到較早狀態的轉換畫在下方。',
    report_diff: '區分客戶：價值、成本與訂購下滑',
    report_diff_note: '對每個客戶帳戶提出五個問題，假設毛利率 30%、每筆訂單一次 5 美元的人工客服（CDNOW 沒有成本資料）。CDNOW 沒有投訴、產品種類和在別處購買的記錄，因此這些問題對全部 {customers} 位客戶都無法回答（「{unknown}」）。',
    report_question: '問題',
    report_q_gold: '金牌客戶（既成價值前 5%）',
    report_q_causingCost: '導致成本的客戶（淨利潤為負）',
    report_q_bigComplainers: '多次抱怨的大客戶',
    report_q_lapsedBig: '去年的最大客戶，如今訂購不到一半',
    report_q_narrowBuyers: '只在這裡買一兩種、在別處買很多種',
    report_legend: '圖例：細分與建議行動',
    report_segment: '細分',
    report_customers: '客戶數',
    report_action: '建議行動',
    report_unknown: '未知',
    report_data: '資料',
    report_source: 'CDNOW 主資料集（Fader 與 Hardie）：{file}，1997 年第一季在 CDNOW 首次購買的 {customers} 位客戶的 {transactions} 筆購買。',
    report_source_public: '這些資料由 Bruce G. S. Hardie 公開（{url}），資料本身沒有附帶明確的開放資料授權。它們隨 lifetimes（MIT 授權，© 2015 Cameron Davidson-Pilon）和 CRAN 的 BTYD（GPL-3）再散布。',
    report_source_cite: '引用：',
    report_generated: '由 examples/report.ts 使用 crm-taxonomy 與 crm-taxonomy/charts 產生。',
    report_written: '已寫入 {file}（{locale}，{kb} KB，{customers} 位客戶），用時 {ms} 毫秒',
  },
};
const USD = { currency: 'USD', minorUnitExponent: 2 } as const;
/** A text of the report, or of the library (`segment.champions.label`), in the report's locale. */
const say = (code: string, params: MessageParams = {}): string => message({ code, params }, { locale, texts: [REPORT_TEXTS, zhHans, zhHant], money: USD });
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ── Data: CDNOW master, amounts as integer cents ─────────────────────────────────────────────────
const rows = readCdnow();
const dates = rows.map((r) => r.date).sort();

// ── Scoring: RFM quintiles, the 11 segments, ABC by net spend ────────────────────────────────────
const result = fitRfm(rows, { asOf: AS_OF, accessors: cdnowAccessors });
const abc = fitAbc(rows, { accessors: cdnowAccessors });
const cells = rfmGridFromScores(result);
const sizes = segmentSizesFromScores(result);
const pareto = paretoFromAbc(abc, { maxPoints: 300 });
const revenue = result.customers.reduce((s, c) => s + c.monetary, 0); // integer cents: exact
const segmentOf = new Map(result.customers.map((c) => [c.customerId, rfmSegment(c, { scale: result.model.scores })?.id ?? 'lost']));

// ── Lifetime value: BG/NBD + Gamma-Gamma on every purchase up to the last day, weeks ─────────────
// The same computation as the demo's (examples/support/lifetime.ts): both show the same figures.
const { summary, models, ranked } = lifetimeValues(rows);
const totalValue = ranked.reduce((s, c) => s + c.lifetimeValue, 0);
// Ten ranges of P(alive), the highest first (the top bar is 90%–100%).
const aliveBins = Array.from({ length: 10 }, (_, k) => 9 - k).map((i) => ({ id: `p${i}`, label: say('report_alive_bin', { from: i / 10, to: (i + 1) / 10 }), count: 0 }));
const neverAgain = new Set(summary.customers.filter((c) => c.x === 0).map((c) => c.customerId));
let topNeverAgain = 0;
for (const c of ranked) {
  const bin = Math.min(9, Math.floor(c.pAlive * 10));
  aliveBins[9 - bin]!.count++;
  if (bin === 9 && neverAgain.has(c.customerId)) topNeverAgain++;
}
const largestBin = aliveBins.reduce((m, b) => (b.count > m.count ? b : m));
const valueBySegment = RFM_SEGMENTS.segments.map((s) => ({ id: s.id, count: 0, revenue: 0 }));
const segmentIndex = new Map(valueBySegment.map((s, i) => [s.id, i]));
for (const c of ranked) {
  const entry = valueBySegment[segmentIndex.get(segmentOf.get(c.customerId) ?? 'lost')!]!;
  entry.count++;
  entry.revenue += c.lifetimeValue;
}
const top = ranked[0]!;
const forecast = customerForecast(models, summary.customers.find((c) => c.customerId === top.customerId)!, { horizon: HORIZON });

// ── Differentiating customers (the seeds' analysis 002) over every account ──────────────────────
// CDNOW records no costs: a 30% margin and one agent-handled call per order at USD 5 are assumptions.
// It records no complaints, product kinds or purchases elsewhere either: a question that needs them
// is unknown, not 0 (`unknown` counts the customers a question could not be answered for).
const differentiated = differentiate(cdnowAccounts(rows), { asOf: LAST_DAY, unitCosts: { agent: 500, ivr: 36 }, marginRate: 0.3 });
const everyone = differentiated.customers.length;
// A question none was found for while the data left it unanswered for some (`unknown`) is unknown, not 0.
const unanswered = new Set<string>(Object.entries(differentiated.unknown).filter(([question, n]) => n > 0 && differentiated.answers[question as keyof typeof differentiated.answers].length === 0).map(([question]) => question));
const questionRows = Object.entries(differentiated.answers).map(([question, ids]) => [esc(say(`report_q_${question}`)), esc(unanswered.has(question) ? say('report_unknown') : say('report_count', { n: ids.length }))]);

// ── Tracking: BG/NBD fitted on the first 39 weeks, against the actual repeat purchases ───────────
const calibration = summarizeTransactions(rows, { accessors: cdnowAccessors, calibrationEnd: '1997-09-30', timeUnit: 'weeks' });
const weeks = Array.from({ length: 79 }, (_, i) => i);
const expected = expectedCumulativeRepeatPurchases(fitBgNbd(calibration), calibration, { at: weeks, origin: ORIGIN });
const actual = actualRepeatPurchases(rows, { accessors: cdnowAccessors, origin: ORIGIN, timeUnit: 'weeks', at: weeks, calibrationEnd: '1997-09-30' });

// ── The status lifecycle: the library's own machine ──────────────────────────────────────────────
const lifecycle = stateDiagramFromMachine(statusMachine, { texts: [zhHans, zhHant] });

// Attribution of the data set (test/fixtures/cdnow-master/README.md): the report's own texts, and
// the works to cite as they were published.
const CITATIONS = [
  'Fader, P. S. and B. G. S. Hardie (2001), “Forecasting Repeat Sales at CDNOW: A Case Study”, <em>Interfaces</em> 31(3), Part 2, S94–S107',
  'Fader, Hardie &amp; Lee (2005), “Counting Your Customers the Easy Way: An Alternative to the Pareto/NBD Model”, <em>Marketing Science</em> 24(2) 275–284',
  'Fader, Hardie &amp; Lee (2005), “RFM and CLV: Using Iso-Value Curves for Customer Base Analysis”, <em>JMR</em> 42(4) 415–430',
];
const SOURCE_URL = 'https://www.brucehardie.com/datasets/';
const attribution = [
  `<p>${esc(say('report_source', { file: '\u0000', transactions: rows.length, customers: result.customers.length })).replace('\u0000', '<code>test/fixtures/cdnow-master/CDNOW_master.txt</code>')}</p>`,
  `<p>${esc(say('report_source_public', { url: '\u0000' })).replace('\u0000', `<a href="${SOURCE_URL}">${SOURCE_URL}</a>`)}</p>`,
  `<p>${esc(say('report_source_cite'))}</p><ul class="cite">${CITATIONS.map((c) => `<li>${c}</li>`).join('')}</ul>`,
].join('\n');

const card = (title: string, note: string, body: string): string => `<section class="card"><h2>${esc(title)}</h2>${note === '' ? '' : `<p class="note">${esc(note)}</p>`}\n${body}</section>`;
const swatch = (id: string): string => `<span class="swatch" style="background:${Object.hasOwn(SEGMENT_COLORS, id) ? SEGMENT_COLORS[id] : '#ccc'}"></span>`;
const money = (cents: number): string => say('report_money', { v: cents });
const table = (head: readonly [string, boolean][], body: readonly (readonly string[])[]): string =>
  `<table><thead><tr>${head.map(([h, num]) => `<th${num ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n` +
  body.map((row) => `<tr>${row.map((cell, i) => `<td${head[i]![1] ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n') +
  `\n</tbody></table>`;

// Every column of the top list and the forecast with a fixed number of decimals: percentages and purchases one, amounts the cent.
const share1 = new Intl.NumberFormat(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const topRows = ranked.slice(0, 10).map((c) => {
  const segment = segmentOf.get(c.customerId) ?? 'lost';
  return [String(c.rank), esc(String(c.customerId)), `${swatch(segment)}${esc(say(`segment.${segment}.label`))}`, esc(share1.format(c.pAlive)), esc(decimal1.format(c.expectedPurchases)), esc(money(c.expectedSpend)), esc(money(c.lifetimeValue))];
});
const legendRows = RFM_SEGMENTS.segments.map((s) => [`${swatch(s.id)}${esc(say(`segment.${s.id}.label`))}`, esc(say('report_count', { n: sizes.find((x) => x.id === s.id)?.count ?? 0 })), esc(say(`segment.${s.id}.action`))]);

const charts = { locale, texts: [zhHans, zhHant], width: 900 };
const body = [
  `<header><h1>${esc(say('report_title'))}</h1>`,
  `<p class="summary">${esc(say('report_summary', { transactions: rows.length, customers: result.customers.length, from: dates[0]!, to: dates[dates.length - 1]!, revenue, asOf: AS_OF }))}</p></header>`,
  card(say('report_heatmap'), say('report_heatmap_note'), rfmHeatmap(cells, { ...charts, height: 600 })),
  card(say('report_segments'), say('report_segments_note'), segmentBars(sizes.filter((s) => s.count > 0), charts)),
  card(say('report_pareto'), say('report_pareto_note', { a: abc.counts.a, b: abc.counts.b, c: abc.counts.c }), paretoCurve(pareto.points, { ...charts, cuts: pareto.cuts, height: 460 })),
  `<h2 class="part">${esc(say('report_value'))}</h2><p class="note">${esc(say('report_value_note', { to: LAST_DAY, total: totalValue }))}</p>`,
  card(
    say('report_alive'),
    say('report_alive_note', { to: LAST_DAY, customers: ranked.length, alive: ranked.filter((c) => c.pAlive > 0.5).length, top: aliveBins[0]!.count, topBin: aliveBins[0]!.label, neverAgain: topNeverAgain }),
    segmentBars(aliveBins, {
      ...charts,
      title: say('report_alive'),
      description: say('report_alive_desc', { customers: ranked.length, bins: aliveBins.length, largest: largestBin.label, count: largestBin.count, share: largestBin.count / ranked.length }),
      colors: Object.fromEntries(aliveBins.map((b) => [b.id, `hsl(${Math.round(Number(b.id.slice(1)) * 12)} 65% 45%)`])),
    }),
  ),
  card(say('report_value_segments'), say('report_value_segments_note'), segmentBars(valueBySegment.filter((s) => s.count > 0), { ...charts, title: say('report_value_segments'), texts: [REPORT_TEXTS, zhHans, zhHant] })),
  card(say('report_tracking'), say('report_tracking_note', { expected: Math.round(expected[78]!), actual: actual[78]! }), cumulativeRepeatChart({ at: weeks, expected, actual, unit: 'weeks', calibrationEnd: 39 }, { ...charts, height: 440, expectedLabel: 'BG/NBD' })),
  card(
    say('report_top'),
    say('report_forecast', {
      customer: top.customerId,
      alive: share1.format(forecast.pAlive.value),
      aliveLow: share1.format(forecast.pAlive.lower),
      aliveHigh: share1.format(forecast.pAlive.upper),
      purchases: decimal1.format(forecast.expectedPurchases.value),
      purchasesLow: decimal1.format(forecast.expectedPurchases.lower),
      purchasesHigh: decimal1.format(forecast.expectedPurchases.upper),
      value: forecast.lifetimeValue!.value,
      valueLow: forecast.lifetimeValue!.lower,
      valueHigh: forecast.lifetimeValue!.upper,
    }),
    table([[say('report_rank'), true], [say('report_customer'), false], [say('report_segment'), false], [say('report_alive_short'), true], [say('report_purchases'), true], [say('report_spend'), true], [say('report_value_short'), true]], topRows),
  ),
  card(say('report_diff'), say('report_diff_note', { customers: everyone, unknown: say('report_unknown') }), table([[say('report_question'), false], [say('report_customers'), true]], questionRows)),
  card(say('report_lifecycle'), say('report_lifecycle_note'), stateDiagram(lifecycle, { ...charts, colors: { lost: '#57606a', current: '#1a7f37' } })),
  card(say('report_legend'), '', table([[say('report_segment'), false], [say('report_customers'), true], [say('report_action'), false]], legendRows)),
].join('\n');

// Chinese fonts of the report's script first: Traditional (Taiwan) for zh-Hant, Simplified otherwise.
const CJK_FONTS = (lang === 'zh-Hant' ? ["'Noto Sans CJK TC'", "'PingFang TC'", "'Microsoft JhengHei'", "'Noto Sans CJK SC'", "'PingFang SC'", "'Microsoft YaHei'"] : ["'Noto Sans CJK SC'", "'PingFang SC'", "'Microsoft YaHei'", "'Noto Sans CJK TC'", "'PingFang TC'", "'Microsoft JhengHei'"]).join(', ');
const css = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', ${CJK_FONTS}, sans-serif; }
.page { max-width: 980px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 28px; margin: 8px 0 4px; }
h2 { font-size: 18px; margin: 0 0 4px; }
h2.part { font-size: 22px; margin: 28px 0 4px; }
.summary { color: var(--muted); margin: 0 0 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 0 0 18px; }
.note { color: var(--muted); margin: 0 0 12px; font-size: 14px; }
svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
td:first-child { white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 8px; vertical-align: -1px; }
footer { color: var(--muted); font-size: 13px; }
footer p { margin: 0 0 8px; }
footer ul.cite { margin: 0 0 8px; padding-left: 20px; }
`;

const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(say('report_title'))}</title>
<style>${css}</style>
</head>
<body>
<div class="page">
${body}
<footer class="card">
<h2>${esc(say('report_data'))}</h2>
${attribution}
<p>${esc(say('report_generated'))}</p>
</footer>
</div>
</body>
</html>
`;

writeFileSync(out, html);
const where = relative(process.cwd(), out) || out;
console.log(say('report_written', { file: where.startsWith('..') ? out : where, locale: lang, kb: Math.round(html.length / 1024), customers: result.customers.length, ms: Math.round(performance.now() - started) }));
