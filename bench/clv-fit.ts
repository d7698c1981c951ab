/**
 * Lifetime-value fit times, new vs today's (v0.1 Nelder-Mead, kept in bench/clv-baseline.ts), in
 * one run: on CDNOW's 2,357-customer summary (warm, median of RUNS), and on synthetic customer
 * bases drawn from BG/NBD, Pareto/NBD and Gamma-Gamma with CDNOW's parameters (calendar-day
 * grain, ages 27–39 weeks) at 2.4 k / 100 k / 1 M customers, with the recovered parameters against
 * the truth (in standard errors).
 *
 * Run: `npx tsx bench/clv-fit.ts` (RUNS=5; SIZES=2400,100000,1000000; BASELINE_MAX=100000: today's
 * fit is skipped above that many customers, where it takes minutes).
 */
import { fitBgNbd, fitGammaGamma, fitParetoNbd, summarizeTransactions } from '../src/clv/index.js';
import { simulateBgNbd, simulateParetoNbd } from '../test/clv/simulate.js';
import { fitBgNbdBaseline, fitGammaGammaBaseline, fitParetoNbdBaseline } from './clv-baseline.js';
import { cdnowAccessors, cdnowRows } from './clv-cdnow.js';

const runs = Number(process.env.RUNS ?? 5);
const sizes = (process.env.SIZES ?? '2400,100000,1000000').split(',').map(Number);
const baselineMax = Number(process.env.BASELINE_MAX ?? 100_000);

function median(fn: () => unknown, n: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: string[][] = [];
function row(data: string, model: string, fresh: number, today: number | undefined, note: string): void {
  rows.push([data, model, fresh.toFixed(1), today === undefined ? '—' : today.toFixed(1), today === undefined ? '—' : `${(fresh / today).toFixed(2)}×`, note]);
  console.log(`${data.padEnd(14)} ${model.padEnd(11)} new ${fresh.toFixed(1).padStart(9)} ms   today ${(today === undefined ? '—' : today.toFixed(1)).padStart(9)} ms   ${note}`);
}

const fmt = (o: Record<string, number>): string => Object.entries(o).map(([k, v]) => `${k} ${v.toPrecision(5)}`).join(', ');

console.log(`Node ${process.version}; RUNS=${runs}\n`);

// CDNOW
const summary = summarizeTransactions(cdnowRows, { accessors: cdnowAccessors, calibrationEnd: '1997-09-30', timeUnit: 'weeks' });
const histories = summary.customers.map((c) => ({ x: c.x, tx: c.tx, T: c.T }));
const spend = summary.customers.map((c) => ({ x: c.x, meanRepeatSpend: c.meanRepeatSpend }));
{
  const bg = fitBgNbd(summary);
  const old = fitBgNbdBaseline(histories);
  row('CDNOW 2,357', 'BG/NBD', median(() => fitBgNbd(summary), runs), median(() => fitBgNbdBaseline(histories), runs), `LL ${bg.logLikelihood.toFixed(3)} (today ${old.logLikelihood.toFixed(3)}); ${fmt(bg.params)}`);
  const pn = fitParetoNbd(summary);
  const oldP = fitParetoNbdBaseline(histories);
  row('CDNOW 2,357', 'Pareto/NBD', median(() => fitParetoNbd(summary), runs), median(() => fitParetoNbdBaseline(histories), runs), `LL ${pn.logLikelihood.toFixed(3)} (today ${oldP.logLikelihood.toFixed(3)}); ${fmt(pn.params)}`);
  const gg = fitGammaGamma(summary);
  const oldG = fitGammaGammaBaseline(spend);
  row('CDNOW 2,357', 'Gamma-Gamma', median(() => fitGammaGamma(summary), runs), median(() => fitGammaGammaBaseline(spend), runs), `LL ${gg.logLikelihood.toFixed(3)} (today ${oldG.logLikelihood.toFixed(3)}); ${fmt(gg.params)}`);
}

// Synthetic customer bases drawn from the models (CDNOW's parameters).
const bgTruth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pnTruth = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const ggTruth = { p: 6.25, q: 3.74, gamma: 15.44 };

function recovery<K extends string>(fitted: Record<K, number>, truth: Record<K, number>, se: Partial<Record<K, number>> | undefined): string {
  return (Object.keys(truth) as K[])
    .map((k) => `${k} ${fitted[k].toPrecision(4)}${se?.[k] === undefined ? '' : ` (${((fitted[k] - truth[k]) / se[k]!).toFixed(1)} SE)`}`)
    .join(', ');
}

for (const n of sizes) {
  const label = `synthetic ${n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : n}`;
  const bgData = simulateBgNbd(bgTruth, { customers: n, seed: 1, grain: 1 / 7, spend: ggTruth });
  const pnData = simulateParetoNbd(pnTruth, { customers: n, seed: 2, grain: 1 / 7 });
  const reps = n >= 1e6 ? 1 : n >= 1e5 ? 3 : runs;
  const baseline = n <= baselineMax;
  const bg = fitBgNbd(bgData, { timeUnit: 'weeks' });
  row(label, 'BG/NBD', median(() => fitBgNbd(bgData, { timeUnit: 'weeks' }), reps), baseline ? median(() => fitBgNbdBaseline(bgData), 1) : undefined, recovery(bg.params, bgTruth, bg.fit.standardErrors));
  const pn = fitParetoNbd(pnData, { timeUnit: 'weeks' });
  row(label, 'Pareto/NBD', median(() => fitParetoNbd(pnData, { timeUnit: 'weeks' }), reps), baseline ? median(() => fitParetoNbdBaseline(pnData), 1) : undefined, recovery(pn.params, pnTruth, pn.fit.standardErrors));
  const spendRows = bgData.map((c) => ({ x: c.x, meanRepeatSpend: c.meanRepeatSpend! }));
  const gg = fitGammaGamma(spendRows);
  row(label, 'Gamma-Gamma', median(() => fitGammaGamma(spendRows), reps), baseline ? median(() => fitGammaGammaBaseline(spendRows), 1) : undefined, recovery(gg.params, ggTruth, gg.fit.standardErrors));
}

console.log('\n| data | model | new (ms) | today (ms) | new / today | fit |');
console.log('|---|---|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
