/**
 * The tracking chart of CDNOW: expected (BG/NBD) vs actual cumulative repeat purchases of the
 * sample, weeks 0-78 from 1997-01-01, calibration ending at week 39; and the speed of
 * `actualRepeatPurchases` against a plain loop over the same rows, as a ratio in one run.
 *
 *   npx tsx bench/clv-chart.ts            # figures and timings
 *   npx tsx bench/clv-chart.ts --write    # also writes docs/assets/clv-cumulative.svg
 *   options: --runs K (timed runs of each contender; default 5)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actualRepeatPurchases, cumulativeRepeatChart } from '../src/charts/index.js';
import { expectedCumulativeRepeatPurchases, fitBgNbd, summarizeTransactions } from '../src/clv/index.js';
import { cdnowAccessors, cdnowRows, type CdnowRow } from './clv-cdnow.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
const ORIGIN = '1997-01-01';
const weeks = Array.from({ length: 79 }, (_, i) => i);

const summary = summarizeTransactions(cdnowRows, { accessors: cdnowAccessors, calibrationEnd: '1997-09-30', timeUnit: 'weeks' });
const model = fitBgNbd(summary);
const expected = expectedCumulativeRepeatPurchases(model, summary, { at: weeks, origin: ORIGIN });
const actual = actualRepeatPurchases(cdnowRows, { accessors: cdnowAccessors, origin: ORIGIN, timeUnit: 'weeks', at: weeks });

/** The baseline: what a host writes by hand, a Map of day sets per customer and a count per time. */
function baseline(rows: readonly CdnowRow[], at: readonly number[]): number[] {
  const origin = Date.UTC(1997, 0, 1) / 86_400_000;
  const days = new Map<number, Set<number>>();
  for (const r of rows) {
    const s = r[2] as string;
    const day = Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8))) / 86_400_000;
    const id = Number(r[1]);
    let set = days.get(id);
    if (set === undefined) days.set(id, (set = new Set()));
    set.add(day);
  }
  const repeats: number[] = [];
  for (const set of days.values()) {
    const first = Math.min(...set);
    for (const d of set) if (d !== first) repeats.push((d - origin) / 7);
  }
  return at.map((t) => repeats.filter((x) => x < t).length);
}

function best(fn: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const plain = baseline(cdnowRows, weeks);
if (plain.some((v, i) => v !== actual[i])) throw new Error('actualRepeatPurchases and the baseline disagree');
const library = best(() => actualRepeatPurchases(cdnowRows, { accessors: cdnowAccessors, origin: ORIGIN, timeUnit: 'weeks', at: weeks }));
const loop = best(() => baseline(cdnowRows, weeks));
const chart = best(() => cumulativeRepeatChart({ at: weeks, expected, actual, unit: 'weeks', calibrationEnd: 39 }, { expectedLabel: 'BG/NBD' }));

console.log(`CDNOW sample, ${cdnowRows.length} rows, ${summary.customers.length} customers, weeks 0-78 from ${ORIGIN}`);
console.log(`week 39: expected ${expected[39]?.toFixed(0)}, actual ${actual[39]}; week 78: expected ${expected[78]?.toFixed(0)}, actual ${actual[78]}`);
console.log(`actualRepeatPurchases ${library.toFixed(2)} ms, plain loop ${loop.toFixed(2)} ms: ratio ${(library / loop).toFixed(2)} (best of ${runs})`);
console.log(`cumulativeRepeatChart ${chart.toFixed(2)} ms (79 points)`);

if (args.includes('--write')) {
  const svg = cumulativeRepeatChart(
    { at: weeks, expected, actual, unit: 'weeks', calibrationEnd: 39 },
    { title: 'CDNOW: cumulative repeat purchases, BG/NBD vs actual', expectedLabel: 'BG/NBD' },
  );
  const out = fileURLToPath(new URL('../docs/assets/clv-cumulative.svg', import.meta.url));
  writeFileSync(out, svg);
  console.log(`wrote ${out} (${svg.length} bytes)`);
}
