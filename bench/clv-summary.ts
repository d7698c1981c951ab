/**
 * The lifetime-value summary at the speed of the RFM core (issue 14): `summarizeTransactions` vs
 * `fitRfm` on the same records in one run (5 M transactions / 100 k customers from bench/data.ts's
 * generator: string ids, ISO dates, integer cents), today's summary (v0.1, bench/clv-baseline.ts)
 * beside them, the same summary from a stream, and one customer with 100 k purchase days.
 *
 * Run: `node --max-old-space-size=4096 --import tsx bench/clv-summary.ts`
 *   (TX=5000000 CUSTOMERS=100000 RUNS=3; TODAY=0 skips today's summary, which takes about a minute).
 */
import { summarizeTransactions } from '../src/clv/index.js';
import { fitRfm } from '../src/scoring/index.js';
import { summarizeTransactionsBaseline } from './clv-baseline.js';
import { AS_OF, DAY_MS, synthColumns, synthRecords, synthStream, type BenchRecord } from './data.js';

const TX = Number(process.env.TX ?? 5_000_000);
const CUSTOMERS = Number(process.env.CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 3);
const TODAY = process.env.TODAY !== '0';

const accessors = { customerId: (t: BenchRecord) => t.customerId, at: (t: BenchRecord) => t.at, amount: (t: BenchRecord) => t.amount };
const summaryOptions = { accessors, calibrationEnd: '2024-06-30', holdoutEnd: '2024-12-31', timeUnit: 'weeks' } as const;

function timed(label: string, runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(44)} ${median.toFixed(0).padStart(8)} ms (median of ${runs})`);
  return median;
}

console.log(`Node ${process.version}; ${TX.toLocaleString('en')} transactions / ${CUSTOMERS.toLocaleString('en')} customers`);
const records = synthRecords(synthColumns({ customers: CUSTOMERS, transactions: TX }));
const rss = () => `${Math.round(process.memoryUsage().rss / 1e6)} MB`;
console.log(`records built; RSS ${rss()}\n`);

const rfm = timed('fitRfm', RUNS, () => fitRfm(records, { asOf: AS_OF, accessors }));
let progress = 0;
const summary = timed('summarizeTransactions', RUNS, () => summarizeTransactions(records, { ...summaryOptions, onProgress: (p) => (progress = p.records) }));
console.log(`  (progress reported up to ${progress.toLocaleString('en')} records; RSS ${rss()})`);
const today = TODAY ? timed('today: summarizeTransactions v0.1', 1, () => summarizeTransactionsBaseline(records, accessors, summaryOptions)) : undefined;

// The same summary from a generator (records made on the fly: memory in the customers).
const streamed = timed('summarizeTransactions (generator)', 1, () => summarizeTransactions(synthStream({ customers: CUSTOMERS, transactions: TX }), summaryOptions));
console.log(`  (RSS after the stream ${rss()})`);

// One customer with 100,000 purchase days, in shuffled order.
const whale: BenchRecord[] = [];
for (let i = 0; i < 100_000; i++) {
  const d = (i * 7919) % 100_000;
  whale.push({ customerId: 'whale', at: new Date(Date.UTC(1800, 0, 1) + d * DAY_MS).toISOString().slice(0, 10), amount: 100 + (i % 50) });
}
const oneCustomer = timed('one customer, 100,000 purchase days', 5, () => summarizeTransactions(whale, { accessors, calibrationEnd: '2100-01-01', timeUnit: 'days' }));
const oneToday = TODAY ? timed('today: one customer, 100,000 purchase days', 1, () => summarizeTransactionsBaseline(whale, accessors, { calibrationEnd: '2100-01-01', timeUnit: 'days' })) : undefined;

console.log('\n| task | time (ms) | ratio to fitRfm |');
console.log('|---|---:|---:|');
console.log(`| fitRfm, ${TX / 1e6} M / ${CUSTOMERS / 1e3} k | ${rfm.toFixed(0)} | 1.00 |`);
console.log(`| summarizeTransactions | ${summary.toFixed(0)} | ${(summary / rfm).toFixed(2)} |`);
if (today !== undefined) console.log(`| today's summarizeTransactions | ${today.toFixed(0)} | ${(today / rfm).toFixed(2)} |`);
console.log(`| summarizeTransactions from a generator | ${streamed.toFixed(0)} | ${(streamed / rfm).toFixed(2)} |`);
console.log(`| one customer, 100 k purchase days | ${oneCustomer.toFixed(0)} | — |`);
if (oneToday !== undefined) console.log(`| today: one customer, 100 k purchase days | ${oneToday.toFixed(0)} | — |`);
