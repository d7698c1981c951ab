/**
 * The report: scores the CDNOW data set this repository ships (69,659 purchases of 23,570
 * customers, 1997-01 .. 1998-06) as of 1998-07-01, the day after the last purchase, and writes a
 * self-contained `report.html` (inline SVG and CSS, no script, no network): the RFM grid as a heat
 * map, the segment sizes, the Pareto curve with the ABC classes and the status lifecycle, in
 * English, Simplified and Traditional Chinese.
 *
 *   npx tsx examples/report.ts [--out path/to/report.html]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILTIN_LOCALES, pickText, status, type TextInput } from 'crm-taxonomy';
import {
  paretoCurve,
  paretoFromAbc,
  rfmGridFromScores,
  rfmHeatmap,
  SEGMENT_COLORS,
  segmentBars,
  segmentSizesFromScores,
  stateDiagram,
  type StateDiagramInput,
} from 'crm-taxonomy/charts';
import { abcClasses, fitRfm, RFM_SEGMENTS } from 'crm-taxonomy';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 && args[outAt + 1] !== undefined ? args[outAt + 1]! : join(root, 'report.html'));
const AS_OF = '1998-07-01';

// ── Data: CDNOW master, amounts as integer cents ─────────────────────────────────────────────────
interface Row {
  readonly id: string;
  readonly date: string;
  readonly cents: number;
}
const fixture = join(root, 'test/fixtures/cdnow-master');
const rows: Row[] = [];
for (const line of readFileSync(join(fixture, 'CDNOW_master.txt'), 'utf8').split(/\r?\n/).slice(1)) {
  const [id, date, , dollars] = line.trim().split(/\s+/);
  if (id === undefined || date === undefined || dollars === undefined) continue;
  rows.push({ id, date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, cents: Math.round(Number(dollars) * 100) });
}

// ── Scoring ──────────────────────────────────────────────────────────────────────────────────────
const result = fitRfm(rows, { customerId: (r) => r.id, at: (r) => r.date, amount: (r) => r.cents }, { asOf: AS_OF });
const abc = abcClasses(result.customers.map((c) => ({ customerId: c.customerId, value: c.monetary })));
const cells = rfmGridFromScores(result);
const sizes = segmentSizesFromScores(result);
const pareto = paretoFromAbc(abc, { maxPoints: 300 });
const totalCents = result.customers.reduce((s, c) => s + c.monetary, 0);

// ── The status lifecycle as plain states and edges (TODO: the lifecycle module's machine) ────────
const t = (en: string, hans: string, hant: string): TextInput => ({ en, 'zh-Hans': hans, 'zh-Hant': hant });
const lifecycle: StateDiagramInput = {
  states: status.values.map((v) => ({ id: v.id, label: v.label })),
  edges: [
    { from: 'non_customer', to: 'potential', label: t('need and means appear', '产生需求和能力', '產生需求和能力') },
    { from: 'potential', to: 'target', label: t('selected as target', '被选为目标', '被選為目標') },
    { from: 'target', to: 'current', label: t('first purchase', '首次购买', '首次購買') },
    { from: 'current', to: 'lost', label: t('stops buying', '停止购买', '停止購買') },
    { from: 'potential', to: 'current', label: t('buys unprompted', '主动购买', '主動購買') },
    { from: 'target', to: 'potential', label: t('deprioritised', '降低优先级', '降低優先級') },
    { from: 'lost', to: 'current', label: t('win-back', '赢回', '贏回') },
  ],
};

// ── Texts ────────────────────────────────────────────────────────────────────────────────────────
const T = {
  title: t('Customer value report: CDNOW', '客户价值报告：CDNOW', '客戶價值報告：CDNOW'),
  summary: t(
    '{transactions} purchases by {customers} customers, {from} to {to}, {revenue} in total. Scored as of {asOf} (the day after the last purchase) with RFM quintiles (1 = worst, 5 = best).',
    '{customers} 位客户的 {transactions} 笔购买，{from} 至 {to}，共 {revenue}。以 {asOf}（最后一笔购买的次日）为分析日，按 RFM 五分位评分（1 最差，5 最好）。',
    '{customers} 位客戶的 {transactions} 筆購買，{from} 至 {to}，共 {revenue}。以 {asOf}（最後一筆購買的次日）為分析日，按 RFM 五分位評分（1 最差，5 最好）。',
  ),
  heatmap: t('RFM grid', 'RFM 网格', 'RFM 網格'),
  heatmapNote: t(
    'Each cell holds the customers with that recency and frequency score; its colour is the segment most of them belong to (the segment also depends on M), with the number of customers and their share of revenue.',
    '每格是该最近购买得分和频次得分的客户；颜色为其中最多客户所属的细分（细分也取决于 M），并显示客户数和收入占比。',
    '每格是該最近購買得分和頻次得分的客戶；顏色為其中最多客戶所屬的細分（細分也取決於 M），並顯示客戶數和收入占比。',
  ),
  segments: t('Segments', '客户细分', '客戶細分'),
  segmentsNote: t('The 11-segment RFM map: customers and share of revenue per segment.', '11 类 RFM 细分：各细分的客户数和收入占比。', '11 類 RFM 細分：各細分的客戶數和收入占比。'),
  pareto: t('Pareto curve and ABC classes', '帕累托曲线与 ABC 分类', '帕累托曲線與 ABC 分類'),
  paretoNote: t(
    'Customers ranked by net spend. Class A holds the first 80% of revenue, B the next 15%, C the rest: {a} A, {b} B and {c} C customers.',
    '客户按净消费排序。A 类贡献前 80% 的收入，B 类其后 15%，C 类其余：A 类 {a} 位，B 类 {b} 位，C 类 {c} 位。',
    '客戶按淨消費排序。A 類貢獻前 80% 的收入，B 類其後 15%，C 類其餘：A 類 {a} 位，B 類 {b} 位，C 類 {c} 位。',
  ),
  lifecycle: t('Status lifecycle', '客户状态生命周期', '客戶狀態生命週期'),
  lifecycleNote: t(
    'The customer statuses of the taxonomy and the moves between them; moves back to an earlier status are drawn below.',
    '分类体系中的客户状态及其转换；回到较早状态的转换画在下方。',
    '分類體系中的客戶狀態及其轉換；回到較早狀態的轉換畫在下方。',
  ),
  legend: t('Legend: segments and what to do', '图例：细分与建议行动', '圖例：細分與建議行動'),
  segment: t('Segment', '细分', '細分'),
  customers: t('Customers', '客户数', '客戶數'),
  action: t('Recommended action', '建议行动', '建議行動'),
  data: t('Data', '数据', '資料'),
  generated: t('Generated by examples/report.ts with crm-taxonomy/charts.', '由 examples/report.ts 使用 crm-taxonomy/charts 生成。', '由 examples/report.ts 使用 crm-taxonomy/charts 產生。'),
  language: t('Language', '语言', '語言'),
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fill = (template: TextInput, locale: string, params: Record<string, string | number> = {}): string =>
  pickText(template, locale).replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const money = (cents: number): string => `$${count(cents / 100)}`;
const dates = rows.map((r) => r.date).sort();

// Attribution: the fixture README's "Source, licence, attribution" section, as paragraphs.
const readme = readFileSync(join(fixture, 'README.md'), 'utf8');
const attribution = (readme.split(/^## /m).find((s) => s.startsWith('Source')) ?? '')
  .split('\n')
  .slice(1)
  .join('\n')
  .trim()
  .split(/\n\s*\n/)
  .map((p) => {
    const html = esc(p.replace(/\s*\n\s*/g, ' '))
      .replace(/\*([^*]+)\*/g, '<em>$1</em>')
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/(https:\/\/[^\s)]+)/g, '<a href="$1">$1</a>');
    return `<p>${html}</p>`;
  })
  .join('\n');

function section(locale: string): string {
  const shown = sizes.filter((s) => s.count > 0);
  const legendRows = RFM_SEGMENTS.segments
    .map((s) => {
      const size = sizes.find((x) => x.id === s.id)?.count ?? 0;
      return `<tr><td><span class="swatch" style="background:${SEGMENT_COLORS.get(s.id) ?? '#ccc'}"></span>${esc(pickText(s.label, locale))}</td><td class="num">${count(size)}</td><td>${esc(pickText(s.action, locale))}</td></tr>`;
    })
    .join('\n');
  return `<div class="lang l-${locale}" lang="${locale}">
<header>
<h1>${esc(pickText(T.title, locale))}</h1>
<p class="summary">${esc(fill(T.summary, locale, { transactions: count(rows.length), customers: count(result.customers.length), from: dates[0]!, to: dates[dates.length - 1]!, revenue: money(totalCents), asOf: AS_OF }))}</p>
</header>
<section class="card wide"><h2>${esc(pickText(T.heatmap, locale))}</h2><p class="note">${esc(pickText(T.heatmapNote, locale))}</p>
${rfmHeatmap(cells, { locale, width: 900, height: 600 })}</section>
<section class="card"><h2>${esc(pickText(T.segments, locale))}</h2><p class="note">${esc(pickText(T.segmentsNote, locale))}</p>
${segmentBars(shown, { locale, width: 900 })}</section>
<section class="card"><h2>${esc(pickText(T.pareto, locale))}</h2><p class="note">${esc(fill(T.paretoNote, locale, { a: count(abc.counts.a), b: count(abc.counts.b), c: count(abc.counts.c) }))}</p>
${paretoCurve(pareto.points, { locale, cuts: pareto.cuts, width: 900, height: 460 })}</section>
<section class="card"><h2>${esc(pickText(T.lifecycle, locale))}</h2><p class="note">${esc(pickText(T.lifecycleNote, locale))}</p>
${stateDiagram(lifecycle, { locale, width: 900, colors: new Map([['lost', '#57606a'], ['current', '#1a7f37']]) })}</section>
<section class="card"><h2>${esc(pickText(T.legend, locale))}</h2>
<table><thead><tr><th>${esc(pickText(T.segment, locale))}</th><th class="num">${esc(pickText(T.customers, locale))}</th><th>${esc(pickText(T.action, locale))}</th></tr></thead>
<tbody>${legendRows}</tbody></table></section>
</div>`;
}

// ASCII names: they stay readable where no CJK font is installed (a bare headless Chromium).
const localeNames: Record<string, string> = { en: 'English', 'zh-Hans': 'zh-Hans', 'zh-Hant': 'zh-Hant' };
const locales = [...BUILTIN_LOCALES];
const css = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
.page { max-width: 980px; margin: 0 auto; padding: 24px 20px 40px; }
nav { display: flex; gap: 8px; justify-content: flex-end; align-items: center; color: var(--muted); font-size: 13px; }
nav label { cursor: pointer; padding: 3px 10px; border: 1px solid var(--line); border-radius: 999px; background: #fff; }
input[name=lang] { position: absolute; opacity: 0; pointer-events: none; }
.lang { display: none; }
${locales.map((l) => `#lang-${l}:checked ~ .page .l-${l} { display: block; }\n#lang-${l}:checked ~ .page nav label[for=lang-${l}] { background: var(--ink); color: #fff; border-color: var(--ink); }`).join('\n')}
h1 { font-size: 28px; margin: 8px 0 4px; }
h2 { font-size: 18px; margin: 0 0 4px; }
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
`;

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(pickText(T.title, 'en'))}</title>
<style>${css}</style>
</head>
<body>
${locales.map((l, i) => `<input type="radio" name="lang" id="lang-${l}"${i === 0 ? ' checked' : ''}>`).join('\n')}
<div class="page">
<nav>${locales.map((l) => `<label for="lang-${l}" lang="${l}">${esc(localeNames[l] ?? l)}</label>`).join('')}</nav>
${locales.map(section).join('\n')}
<footer class="card">
<h2>${esc(pickText(T.data, 'en'))}</h2>
<p>CDNOW master data set (Fader &amp; Hardie), <code>test/fixtures/cdnow-master/CDNOW_master.txt</code>.</p>
${attribution}
<p>${esc(pickText(T.generated, 'en'))}</p>
</footer>
</div>
</body>
</html>
`;

writeFileSync(out, html);
const where = relative(process.cwd(), out) || out;
console.log(`wrote ${where.startsWith('..') ? out : where} (${Math.round(html.length / 1024)} KB, ${result.customers.length} customers) in ${Math.round(performance.now() - started)} ms`);
