/**
 * Writes docs/assets/clv-cumulative.svg: expected (BG/NBD) vs actual cumulative repeat purchases
 * of the CDNOW sample, weeks 0-78 from 1997-01-01, calibration ending at week 39.
 * Run: `npx tsx bench/clv-chart.ts` (the chart functions move to `crm-taxonomy/charts`).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { actualCumulativeRepeatPurchases, cumulativeRepeatChart } from '../src/clv/chart.js';
import { expectedCumulativeRepeatPurchases, fitBgNbd, summarizeTransactions } from '../src/clv/index.js';
import { cdnowAccessors, cdnowRows } from './clv-cdnow.js';

const summary = summarizeTransactions(cdnowRows, { accessors: cdnowAccessors, calibrationEnd: '1997-09-30', timeUnit: 'weeks' });
const model = fitBgNbd(summary);
const weeks = Array.from({ length: 79 }, (_, i) => i);
const expected = expectedCumulativeRepeatPurchases(model, summary, { at: weeks, origin: '1997-01-01' });
const actual = actualCumulativeRepeatPurchases(cdnowRows, cdnowAccessors, { origin: '1997-01-01', timeUnit: 'weeks', at: weeks });
const svg = cumulativeRepeatChart({
  at: weeks,
  expected,
  actual,
  unit: 'weeks',
  calibrationEnd: 39,
  title: 'CDNOW: cumulative repeat purchases, BG/NBD vs actual',
  expectedLabel: 'BG/NBD',
});
const out = fileURLToPath(new URL('../docs/assets/clv-cumulative.svg', import.meta.url));
writeFileSync(out, svg);
console.log(`wrote ${out}: week 39 expected ${expected[39]?.toFixed(0)} actual ${actual[39]}; week 78 expected ${expected[78]?.toFixed(0)} actual ${actual[78]}`);
