/**
 * Fits BG/NBD, Pareto/NBD and Gamma-Gamma on the CDNOW sample (2,357 customers, 39-week
 * calibration) and reports the fit times. Run: `npx tsx bench/clv-fit.ts`.
 */
import { fitBgNbd, fitGammaGamma, fitParetoNbd, summarizeTransactions } from '../src/clv/index.js';
import { cdnowAccessors, cdnowRows } from './clv-cdnow.js';

function time<T>(label: string, runs: number, fn: () => T): T {
  fn(); // warm-up
  const times: number[] = [];
  let result = fn();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(`${label.padEnd(34)} median ${median.toFixed(1).padStart(8)} ms   min ${(times[0] as number).toFixed(1).padStart(8)} ms   (${runs} runs)`);
  return result;
}

const runs = Number(process.env.RUNS ?? 5);
console.log(`CDNOW sample: ${cdnowRows.length} transactions; Node ${process.version}`);
const summary = time('summarizeTransactions (weeks)', runs, () =>
  summarizeTransactions(cdnowRows, cdnowAccessors, { calibrationEnd: '1997-09-30', timeUnit: 'weeks' }),
);
const bg = time('fitBgNbd', runs, () => fitBgNbd(summary));
const pnbd = time('fitParetoNbd', runs, () => fitParetoNbd(summary));
const gg = time('fitGammaGamma', runs, () => fitGammaGamma(summary));
const fmt = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k}=${v.toFixed(4)}`).join(' ');
console.log(`\nBG/NBD      ${fmt({ ...bg.params })} LL=${bg.logLikelihood.toFixed(3)} iterations=${bg.fit.iterations}`);
console.log(`Pareto/NBD  ${fmt({ ...pnbd.params })} LL=${pnbd.logLikelihood.toFixed(3)} iterations=${pnbd.fit.iterations}`);
console.log(`Gamma-Gamma ${fmt({ ...gg.params })} LL=${gg.logLikelihood.toFixed(3)} iterations=${gg.fit.iterations}`);
console.log('\nNo peer: no JavaScript library fits these models, so there is nothing to compare against in-process.');
