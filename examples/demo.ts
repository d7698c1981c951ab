/**
 * `npm run demo`: the main job on the data this repository ships, the CDNOW log (69,659 purchases
 * of 23,570 customers). It prints the vocabulary, scores every customer (RFM segments, the eight
 * classes, ABC), classifies every profile with its reasons, fits the lifetime-value models, and
 * writes report.html (examples/report.ts).
 *
 * `npm run demo -- --locale zh-Hans` (or zh-Hant, zh-TW, de-CH: any BCP 47 tag falls back) speaks
 * that language throughout: the library's texts come from its message tables, the demo's own
 * headings from the small table below.
 */
import { classifyAll, EIGHT_CLASS_SEGMENTS, eightClass, explain, fitAbcFromValues, fitRfm, label, list, message, resolveLocale, RFM_SEGMENTS, rfmSegment, taxonomy, type DimensionId } from 'crm-taxonomy';
import { differentiate } from 'crm-taxonomy/analysis';
import { cdnowAccessors, cdnowAccounts, readCdnow } from './data/cdnow.js';
import { localeArgument } from './support/args.js';
import { LAST_DAY, lifetimeValues } from './support/lifetime.js';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

const tag = localeArgument();
const locale = resolveLocale(tag);
// The library's texts: English is built in; Chinese comes from its locale modules, passed with the locale.
const text = { locale: tag, texts: [zhHans, zhHant] };
const AS_OF = '1998-07-01';

/** The demo's own words; everything else is the library's. */
const WORDS = {
  en: {
    vocabulary: (n: number) => `crm-taxonomy: ${n} dimensions`,
    reading: 'reading',
    segments: (tx: string, n: string) => `RFM segments: CDNOW, ${tx} purchases of ${n} customers, as of ${AS_OF}`,
    columns: ['customers', 'revenue'],
    eight: 'Eight classes (R, F, M high or low against the population mean)',
    abc: 'ABC classes by net revenue (A: first 80%, B: next 15%, C: the rest) → value tier',
    profiles: 'Classified profiles: status, with the reasons of one customer',
    example: (id: string) => `customer ${id}`,
    sep: ': ',
    clv: `Lifetime value over the next year (BG/NBD + Gamma-Gamma, fitted on every purchase up to ${LAST_DAY})`,
    top: 'rank · customer · P(alive) · expected purchases · value',
    analyses: 'Differentiating customers by value, cost and decline, assuming a 30% margin and a USD 5 agent call per order',
    answers: { gold: 'gold customers (top 5%)', causingCost: 'customers who cause cost', lapsedBig: 'last year\'s biggest who order much less', bigComplainers: 'big customers who complained repeatedly', narrowBuyers: 'buy one or two kinds here, many elsewhere' },
    unknown: 'unknown',
    unknownWhy: 'unknown where CDNOW lacks the data (it records no complaints, categories or purchases elsewhere):',
    unknownFor: (question: string, n: string) => `  ${question}: ${n} customers`,
    story: 'One customer, one story: the classifier states where the RFM segment agrees or differs',
    agree: (a: string, d: string, u: string) => `${a} agree, ${d} differ, ${u} undecided (facts missing)`,
    done: (n: string, ms: string) => `scored, classified and valued ${n} customers in ${ms} ms`,
  },
  'zh-Hans': {
    vocabulary: (n: number) => `crm-taxonomy：${n} 个维度`,
    reading: '读取中',
    segments: (tx: string, n: string) => `RFM 细分：CDNOW，${n} 位客户的 ${tx} 笔购买，截至 ${AS_OF}`,
    columns: ['客户', '收入'],
    eight: '八类客户（R、F、M 相对总体均值的高低）',
    abc: '按净收入的 ABC 分类（A：前 80%，B：其后 15%，C：其余）→ 价值层级',
    profiles: '客户画像：状态，以及一位客户的判定理由',
    example: (id: string) => `客户 ${id}`,
    sep: '：',
    clv: `未来一年的客户终身价值（BG/NBD + Gamma-Gamma，以截至 ${LAST_DAY} 的全部购买拟合）`,
    top: '排名 · 客户 · 存活概率 · 预期购买次数 · 价值',
    analyses: '按价值、成本与订购下滑区分客户，假设毛利率 30%、每笔订单一次 5 美元的人工客服',
    answers: { gold: '金牌客户（前 5%）', causingCost: '导致成本的客户', lapsedBig: '去年的最大客户，今年订购大减', bigComplainers: '多次抱怨的大客户', narrowBuyers: '只在这里买一两种、在别处买很多种' },
    unknown: '未知',
    unknownWhy: 'CDNOW 缺少数据时无法判断（它没有投诉、品类和在别处购买的记录）：',
    unknownFor: (question: string, n: string) => `  ${question}：${n} 位客户`,
    story: '一位客户，一个结论：分类器说明 RFM 细分与之一致或不同之处',
    agree: (a: string, d: string, u: string) => `${a} 位一致，${d} 位不同，${u} 位无法判定（缺少事实）`,
    done: (n: string, ms: string) => `${ms} 毫秒内完成 ${n} 位客户的评分、分类与估值`,
  },
  'zh-Hant': {
    vocabulary: (n: number) => `crm-taxonomy：${n} 個維度`,
    reading: '讀取中',
    segments: (tx: string, n: string) => `RFM 細分：CDNOW，${n} 位客戶的 ${tx} 筆購買，截至 ${AS_OF}`,
    columns: ['客戶', '收入'],
    eight: '八類客戶（R、F、M 相對總體平均值的高低）',
    abc: '按淨收入的 ABC 分類（A：前 80%，B：其後 15%，C：其餘）→ 價值層級',
    profiles: '客戶畫像：狀態，以及一位客戶的判定理由',
    example: (id: string) => `客戶 ${id}`,
    sep: '：',
    clv: `未來一年的客戶終身價值（BG/NBD + Gamma-Gamma，以截至 ${LAST_DAY} 的全部購買擬合）`,
    top: '排名 · 客戶 · 存活機率 · 預期購買次數 · 價值',
    analyses: '按價值、成本與訂購下滑區分客戶，假設毛利率 30%、每筆訂單一次 5 美元的人工客服',
    answers: { gold: '金牌客戶（前 5%）', causingCost: '導致成本的客戶', lapsedBig: '去年的最大客戶，今年訂購大減', bigComplainers: '多次抱怨的大客戶', narrowBuyers: '只在這裡買一兩種、在別處買很多種' },
    unknown: '未知',
    unknownWhy: 'CDNOW 缺少資料時無法判斷（它沒有投訴、品類和在別處購買的記錄）：',
    unknownFor: (question: string, n: string) => `  ${question}：${n} 位客戶`,
    story: '一位客戶，一個結論：分類器說明 RFM 細分與之一致或不同之處',
    agree: (a: string, d: string, u: string) => `${a} 位一致，${d} 位不同，${u} 位無法判定（缺少事實）`,
    done: (n: string, ms: string) => `${ms} 毫秒內完成 ${n} 位客戶的評分、分類與估值`,
  },
} as const;
const say = WORDS[resolveLocale(tag, Object.keys(WORDS)) as keyof typeof WORDS];

const numbers = new Intl.NumberFormat(locale);
const count = (n: number): string => numbers.format(n);
const percent = (part: number, whole: number): string => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(part / whole);
const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dollars = (cents: number): string => new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(cents / 100);
const width = (text: string): number => [...text].reduce((n, ch) => n + (/[\u1100-\uFFDC]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, n: number): string => text + ' '.repeat(Math.max(0, n - width(text)));
const padLeft = (text: string, n: number): string => ' '.repeat(Math.max(0, n - width(text))) + text;
const heading = (text: string): void => console.log(`\n${text}\n${'─'.repeat(Math.min(100, width(text)))}`);
const segmentLabel = (id: string): string => message({ code: `segment.${id}.label` }, text);

/** A progress bar on standard error (only on a terminal): the batch functions report every 65,536 rows. */
function progress(total: number): (p: { readonly records: number }) => void {
  return ({ records }) => {
    if (!process.stderr.isTTY) return;
    const filled = Math.round((30 * records) / total);
    process.stderr.write(`\r${say.reading} [${'█'.repeat(filled)}${'·'.repeat(30 - filled)}] ${percent(records, total)}${records >= total ? '\r\x1b[K' : ''}`);
  };
}

// 1. The vocabulary.
heading(say.vocabulary(taxonomy.dimensions.length));
for (const dimension of taxonomy.dimensions) {
  const id = dimension.id as DimensionId;
  const values = list(id, text).map((v) => v.label);
  console.log(`${pad(taxonomy.dimensionLabel(id, text), 28)} ${values.join(dimension.ordered ? ' < ' : ' · ')}`);
}

// 2. Value scoring on real data: amounts are integer cents, so every sum is exact.
const rows = readCdnow();
const started = performance.now();
const rfm = fitRfm(rows, { asOf: AS_OF, accessors: cdnowAccessors, onProgress: progress(rows.length) });
const customers = rfm.customers.length;
heading(say.segments(count(rows.length), count(customers)));
const bySegment = new Map<string, { count: number; cents: number }>();
let revenue = 0;
for (const c of rfm.customers) {
  const segment = rfmSegment(c, { scale: rfm.model.scores })?.id ?? 'none';
  const entry = bySegment.get(segment) ?? { count: 0, cents: 0 };
  entry.count++;
  entry.cents += c.monetary;
  revenue += c.monetary;
  bySegment.set(segment, entry);
}
console.log(`${pad('', 24)}${padLeft(say.columns[0], 16)}${padLeft(say.columns[1], 10)}`);
for (const segment of RFM_SEGMENTS.segments) {
  const entry = bySegment.get(segment.id) ?? { count: 0, cents: 0 };
  console.log(`${pad(segmentLabel(segment.id), 24)}${padLeft(count(entry.count), 8)}${padLeft(percent(entry.count, customers), 8)}${padLeft(percent(entry.cents, revenue), 10)}   ${message({ code: `segment.${segment.id}.action` }, text)}`);
}

heading(say.eight);
const eight = new Map<string, number>();
for (const c of rfm.customers) {
  const id = eightClass(c, rfm.model).id;
  eight.set(id, (eight.get(id) ?? 0) + 1);
}
for (const cls of EIGHT_CLASS_SEGMENTS) console.log(`${pad(segmentLabel(cls.id), 34)}${padLeft(count(eight.get(cls.id) ?? 0), 7)}`);

heading(say.abc);
const abc = fitAbcFromValues(rfm.customers.map((c) => ({ customerId: c.customerId, value: c.monetary })));
for (const cls of [...list('abc_class', text)].reverse()) {
  const members = abc.customers.filter((c) => c.abcClass === cls.id);
  const share = members.reduce((s, c) => s + c.value, 0);
  const tier = members[0]?.valueTier;
  console.log(`${pad(cls.label, 14)}${padLeft(count(members.length), 7)}${padLeft(percent(share, revenue), 8)} → ${tier === undefined ? '' : label('value_tier', tier, text)}`);
}

// 3. Every profile with its reasons, as data; text only when shown.
// The RFM segment goes in as evidence: where it speaks about a verdict (champions → loyal, lost →
// lost), the profile states whether it agrees, so RFM and the classifier tell one story.
const scores = new Map(rfm.customers.map((c) => [c.customerId, { segment: rfmSegment(c, { scale: rfm.model.scores })?.id ?? 'lost', r: c.r, f: c.f, m: c.m }]));
const { profiles } = classifyAll(rows, { asOf: AS_OF, accessors: cdnowAccessors, rfm: (id) => scores.get(id), onProgress: progress(rows.length) });
heading(say.profiles);
const statuses = new Map<string, number>();
for (const p of profiles) statuses.set(p.dimensions.status.value ?? '?', (statuses.get(p.dimensions.status.value ?? '?') ?? 0) + 1);
for (const value of list('status', text)) console.log(`${pad(value.label, 22)}${padLeft(count(statuses.get(value.id) ?? 0), 7)}`);
const lost = profiles.find((p) => p.dimensions.status.value === 'lost');
if (lost !== undefined) console.log(`\n${say.example(String(lost.customerId))}${say.sep}${explain(lost.dimensions.status, { ...text, money: { currency: 'USD', minorUnitExponent: 2 } })}`);

heading(say.story);
const said = (code: string) => profiles.filter((p) => p.dimensions.loyalty.reasons.some((r) => r.code === code) || p.dimensions.status.reasons.some((r) => r.code === code));
// A segment differs from a verdict only where there is one: an unknown verdict (facts missing) is undecided.
const verdictOn = (p: (typeof profiles)[number]) => [p.dimensions.loyalty, p.dimensions.status].find((d) => d.reasons.some((r) => r.code === 'rfm_differs'));
const differs = said('rfm_differs').filter((p) => verdictOn(p)?.known === true);
console.log(say.agree(count(said('rfm_agrees').length), count(differs.length), count(said('rfm_differs').length - differs.length)));
const champion = differs.find((p) => p.dimensions.loyalty.reasons.some((r) => r.code === 'rfm_differs'));
if (champion !== undefined) console.log(`${say.example(String(champion.customerId))}${say.sep}${explain(champion.dimensions.loyalty, text)}`);

// 4. Differentiating customers (the seeds' analysis 002): CDNOW records no costs, so the margin and
// the service cost are assumptions. It records no complaints, product kinds or purchases elsewhere
// either: a question that needs them is unknown, not 0 (`unknown` counts the customers it could not
// be answered for).
const found = differentiate(cdnowAccounts(rows), { asOf: LAST_DAY, unitCosts: { agent: 500, ivr: 36 }, marginRate: 0.3 });
// A question none was found for while the data left it unanswered for some (`unknown`) is unknown, not 0.
const unanswered = new Set<string>(Object.entries(found.unknown).filter(([question, n]) => n > 0 && found.answers[question as keyof typeof found.answers].length === 0).map(([question]) => question));
heading(say.analyses);
for (const [question, ids] of Object.entries(found.answers)) console.log(`${pad(say.answers[question as keyof typeof say.answers], 46)}${padLeft(unanswered.has(question) ? say.unknown : count(ids.length), 7)}`);
const unknownFor = Object.entries(found.unknown).filter(([, n]) => n > 0);
if (unknownFor.length > 0) console.log(say.unknownWhy);
for (const [question, n] of unknownFor) console.log(say.unknownFor(say.answers[question as keyof typeof say.answers], count(n)));
const lapsed = found.customers.find((c) => c.customerId === found.answers.lapsedBig[0]);
const finding = lapsed?.findings.find((f) => f.code === 'biggest_declined' || f.code === 'biggest_stopped');
if (lapsed !== undefined && finding !== undefined) console.log(`${say.example(String(lapsed.customerId))}${say.sep}${message(finding, { ...text, money: { currency: 'USD', minorUnitExponent: 2 } })}`);

// 5. Lifetime value: purchase and spend models fitted on every purchase up to the as-of day, every
// customer ranked; the same computation as the report's (examples/support/lifetime.ts), so the two
// show the same figures. Amounts in cents, shown as dollars.
const { ranked } = lifetimeValues(rows);
heading(say.clv);
console.log(say.top);
for (const c of ranked.slice(0, 5)) {
  console.log(`${padLeft(String(c.rank), 4)}  ${pad(String(c.customerId), 7)}${padLeft(percent(c.pAlive, 1), 8)}${padLeft(decimal.format(c.expectedPurchases), 7)}${padLeft(dollars(c.lifetimeValue), 13)}`);
}
console.log(`\n${say.done(count(customers), count(Math.round(performance.now() - started)))}`);

// 6. The report people look at: report.html (open it in a browser), in the same locale.
await import('./report.js');
