/**
 * `npm run demo`: the main job on the data this repository ships, the CDNOW log of 23,570
 * customers. Prints the taxonomy in a locale, scores every customer (RFM, segments, the eight
 * classes, ABC), classifies their lifecycle status, and writes report.html (examples/report.ts).
 *
 * `npm run demo -- --locale zh-Hans` (or zh-Hant) prints the same in Chinese.
 */
import {
  abcClasses,
  classifyAll,
  EIGHT_CLASS_SEGMENTS,
  eightClass,
  fitRfm,
  label,
  list,
  pickText,
  resolveLocale,
  RFM_SEGMENTS,
  rfmSegment,
  taxonomy,
  type DimensionId,
} from 'crm-taxonomy';
import { cdnowAccessors, readCdnow } from './data/cdnow.js';

const args = process.argv.slice(2);
const at = args.indexOf('--locale');
const locale = resolveLocale(at >= 0 ? args[at + 1] : 'en', taxonomy.locales);
const AS_OF = '1998-07-01';

const width = (text: string): number => [...text].reduce((n, ch) => n + (/[\u1100-\uFFDC]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, n: number): string => text + ' '.repeat(Math.max(0, n - width(text)));
const padLeft = (text: string, n: number): string => ' '.repeat(Math.max(0, n - width(text))) + text;
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;
const heading = (text: string): void => console.log(`\n${text}\n${'─'.repeat(width(text))}`);

// 1. The vocabulary.
heading(`crm-taxonomy: ${taxonomy.dimensions.length} dimensions (${locale})`);
for (const dimension of taxonomy.dimensions) {
  const id = dimension.id as DimensionId;
  const values = list(id, locale).map((v) => v.label);
  console.log(`${pad(taxonomy.dimensionLabel(id, locale), 28)} ${values.join(dimension.ordered ? ' < ' : ' · ')}`);
}

// 2. Value scoring on real data.
const rows = readCdnow();
const started = performance.now();
const rfm = fitRfm(rows, cdnowAccessors, { asOf: AS_OF });
const customers = rfm.customers.length;
heading(`RFM segments: CDNOW, ${rows.length.toLocaleString('en')} purchases of ${customers.toLocaleString('en')} customers, as of ${AS_OF}`);
const segmentCounts = new Map<string, { count: number; cents: number }>();
for (const c of rfm.customers) {
  const segment = rfmSegment(c)?.id ?? 'none';
  const entry = segmentCounts.get(segment) ?? { count: 0, cents: 0 };
  entry.count++;
  entry.cents += c.monetary;
  segmentCounts.set(segment, entry);
}
const revenue = rfm.customers.reduce((s, c) => s + c.monetary, 0);
for (const segment of RFM_SEGMENTS.segments) {
  const entry = segmentCounts.get(segment.id) ?? { count: 0, cents: 0 };
  console.log(
    `${pad(pickText(segment.label, locale), 22)}${padLeft(entry.count.toLocaleString('en'), 7)} ${padLeft(percent(entry.count, customers), 6)} of customers ${padLeft(percent(entry.cents, revenue), 6)} of revenue   ${pickText(segment.action, locale)}`,
  );
}

heading('Eight classes (R, F, M high or low against the population mean)');
const eight = new Map<string, number>();
for (const c of rfm.customers) {
  const cls = eightClass(c, rfm.model).id;
  eight.set(cls, (eight.get(cls) ?? 0) + 1);
}
for (const cls of EIGHT_CLASS_SEGMENTS) {
  console.log(`${pad(pickText(cls.label, locale), 34)}${padLeft((eight.get(cls.id) ?? 0).toLocaleString('en'), 7)}`);
}

heading('ABC classes by net revenue (A: first 80%, B: next 15%, C: the rest) → value tier');
const abc = abcClasses(rfm.customers.map((c) => ({ customerId: c.customerId, value: c.monetary })));
for (const cls of ['a', 'b', 'c'] as const) {
  const members = abc.customers.filter((c) => c.abcClass === cls);
  const share = members.reduce((s, c) => s + c.value, 0);
  console.log(
    `${pad(label('abc_class', cls, locale), 12)}${padLeft(members.length.toLocaleString('en'), 7)} customers ${padLeft(percent(share, revenue), 6)} of revenue → ${label('value_tier', abc.customers.find((c) => c.abcClass === cls)?.valueTier ?? 'ordinary', locale)}`,
  );
}

// 3. Classification with reasons.
const { profiles } = classifyAll(rows, cdnowAccessors, { asOf: AS_OF });
heading(`${taxonomy.dimensionLabel('status', locale)}: churn window from each customer's own rhythm`);
const statuses = new Map<string, number>();
for (const p of profiles) {
  const value = p.dimensions.status.known ? p.dimensions.status.value : 'unknown';
  statuses.set(value, (statuses.get(value) ?? 0) + 1);
}
for (const [value, count] of [...statuses].sort((a, b) => b[1] - a[1])) {
  const name = value === 'unknown' ? value : label('status', value as 'current', locale);
  console.log(`${pad(name, 22)}${padLeft(count.toLocaleString('en'), 7)}`);
}
const example = profiles.find((p) => p.dimensions.status.known && p.dimensions.status.value === 'lost');
if (example !== undefined) {
  const why = example.dimensions.status.reasons.map((r) => pickText(r.message, locale)).join('; ');
  console.log(`\ne.g. customer ${example.customerId}: ${why}`);
}
console.log(`\nscored and classified ${customers.toLocaleString('en')} customers in ${Math.round(performance.now() - started)} ms`);

// 4. The report people look at: report.html (open it in a browser).
await import('./report.js');
