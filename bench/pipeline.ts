/**
 * The whole pipeline beside fitRfm (issue 14): every batch function over the same transactions,
 * one child process each (so each peak RSS is its own), with its time as a ratio to fitRfm's time
 * in the same run, and the v0.1 figures of the issue beside them.
 *
 *   node --expose-gc --import tsx bench/pipeline.ts                 # 5M transactions / 100k customers
 *   node --expose-gc --import tsx bench/pipeline.ts --tx 1000000 --customers 20000
 *   options: --runs K (timed runs per function, the best is kept; default 3: with 2, one noisy run moved classifyAll's ratio from 2.1 to 2.6)
 *
 * Rows: fitRfm, fitAbc, summarizeTransactions (the lifetime-value summary), classifyAll,
 * aggregateTransactions on the synthetic log (bench/data.ts: string ids, ISO dates, integer
 * cents, as a driver hands them over); classifyAll on 1M customers with one purchase each (peak
 * RSS); and one customer with 100,000 purchase days through every function (the quadratic trap of
 * v0.1). Each child generates its input, then measures: RSS before the call is the input's own,
 * peak RSS is the process's maximum (input included, as the issue measured it).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { aggregateTransactions, classify, classifyAll, fitAbc, fitRfm, reconcile } from '../src/index.js';
import { summarizeTransactions } from '../src/clv/index.js';
import { AS_OF, DAY_MS, synthColumns, synthRecords, type BenchRecord } from './data.js';

const accessors = { customerId: (t: BenchRecord) => t.customerId, at: (t: BenchRecord) => t.at, amount: (t: BenchRecord) => t.amount };
const SUMMARY = { calibrationEnd: AS_OF, timeUnit: 'weeks', accessors } as const;

/** The functions a child can run, by name: each takes the records and returns something to keep alive. */
const RUNS: Readonly<Record<string, (records: readonly BenchRecord[]) => unknown>> = {
  fitRfm: (records) => fitRfm(records, { asOf: AS_OF, accessors }),
  fitAbc: (records) => fitAbc(records, { asOf: AS_OF, accessors }),
  summarizeTransactions: (records) => summarizeTransactions(records, SUMMARY),
  classifyAll: (records) => classifyAll(records, { asOf: AS_OF, accessors }),
  aggregateTransactions: (records) => aggregateTransactions(records, { accessors }),
  // One customer's facts, for the one-customer rows only.
  classify: (records) => classify({ customerId: 'c', transactions: records.map((r) => ({ at: r.at, amount: r.amount })) }, { asOf: AS_OF }),
  reconcile: (records) => reconcile({ status: 'current' }, { customerId: 'c', transactions: records.map((r) => ({ at: r.at, amount: r.amount })) }, { asOf: AS_OF }),
};

/** One customer who bought on each of `days` consecutive days up to the day before asOf. */
function oneCustomer(days: number): BenchRecord[] {
  const last = Date.parse(AS_OF) / DAY_MS - 1;
  return Array.from({ length: days }, (_, i) => ({ customerId: 'c', at: new Date((last - days + 1 + i) * DAY_MS).toISOString().slice(0, 10), amount: 100 + (i % 7) }));
}

interface Measure {
  readonly fn: string;
  readonly ms: number;
  readonly inputRssMB: number;
  readonly peakRssMB: number;
}

function child(fn: string, input: string, tx: number, customers: number, runs: number): void {
  const records = input === 'one' ? oneCustomer(tx) : synthRecords(synthColumns({ customers, transactions: tx }), 'iso');
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const inputRssMB = process.memoryUsage().rss / 2 ** 20;
  let ms = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    gc?.();
    const t0 = performance.now();
    const kept = RUNS[fn]!(records);
    ms = Math.min(ms, performance.now() - t0);
    if (kept === undefined) throw new Error('nothing computed');
  }
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ fn, ms, inputRssMB, peakRssMB } satisfies Measure));
}

const self = fileURLToPath(import.meta.url);
function measure(fn: string, input: 'log' | 'one', tx: number, customers: number, runs: number): Measure {
  const args = [...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')), '--max-old-space-size=6144', self, '--child', fn, input, String(tx), String(customers), String(runs)];
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (res.status !== 0) throw new Error(`${fn} (${input}) failed:\n${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').at(-1)!) as Measure;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const mb = (x: number): string => `${Math.round(x)} MB`;

/** v0.1, as issue 14 measured it on this machine (5M transactions / 100k customers, packed package). */
const BEFORE: Readonly<Record<string, { time: string; rss: string }>> = {
  fitRfm: { time: '5.2 s', rss: '132 MB' },
  fitAbc: { time: '6.0 s (classifyAbc)', rss: '138 MB' },
  summarizeTransactions: { time: '49 s', rss: '686 MB' },
  classifyAll: { time: '64 s', rss: '767 MB' },
  aggregateTransactions: { time: '—', rss: '—' },
};
const TARGET: Readonly<Record<string, string>> = { fitAbc: '≤ 1.5×', summarizeTransactions: '≤ 1.5×', classifyAll: '≤ 2.5×' };

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!, argv[2]!, Number(argv[3]), Number(argv[4]), Number(argv[5]));
  const arg = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const tx = arg('--tx', 5_000_000);
  const customers = arg('--customers', 100_000);
  const runs = arg('--runs', 3);
  console.log(`node ${process.version}; load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`\n### ${tx.toLocaleString('en')} transactions, ${customers.toLocaleString('en')} customers (string ids, ISO dates, integer cents); best of ${runs}, one child process per row\n`);
  console.log('| function | v0.1 time | v0.1 peak RSS | time | × fitRfm | target | input RSS | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  let base = 0;
  for (const fn of ['fitRfm', 'fitAbc', 'summarizeTransactions', 'classifyAll', 'aggregateTransactions']) {
    const m = measure(fn, 'log', tx, customers, runs);
    if (fn === 'fitRfm') base = m.ms;
    const before = BEFORE[fn]!;
    console.log(`| \`${fn}\` | ${before.time} | ${before.rss} | ${fmt(m.ms)} | ${(m.ms / base).toFixed(2)}× | ${TARGET[fn] ?? ''} | ${mb(m.inputRssMB)} | ${mb(m.peakRssMB)} |`);
  }

  const many = 1_000_000;
  const one = measure('classifyAll', 'log', many, many, 1);
  console.log(`\n### classifyAll on ${many.toLocaleString('en')} customers with one purchase each\n`);
  console.log('| | v0.1 | now | target |');
  console.log('|---|---:|---:|---:|');
  console.log(`| time | 71 s | ${fmt(one.ms)} | |`);
  console.log(`| peak RSS (input ${mb(one.inputRssMB)} included) | 2.85 GB | ${mb(one.peakRssMB)} | ≤ 1 GB |`);

  const days = 100_000;
  console.log(`\n### One customer with ${days.toLocaleString('en')} purchase days (v0.1: aggregateTransactions 121 s; target ≤ 200 ms each)\n`);
  console.log('| function | time |');
  console.log('|---|---:|');
  for (const fn of ['fitRfm', 'fitAbc', 'summarizeTransactions', 'classifyAll', 'aggregateTransactions', 'classify', 'reconcile']) {
    const m = measure(fn, 'one', days, 1, 3);
    console.log(`| \`${fn}\` | ${fmt(m.ms)} |`);
  }
  console.log(`\nload average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

main();
