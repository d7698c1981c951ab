/**
 * ABC speed against RFM: `fitAbc` (net revenue per customer, then the Pareto cut) and `fitRfm` on
 * the same records in one process, their runs interleaved; the target is fitAbc ≤ 1.5× fitRfm.
 *
 *   node --expose-gc --import tsx bench/abc.ts                 # 5M transactions / 100k customers
 *   node --expose-gc --import tsx bench/abc.ts --size 1m --runs 5
 *   options: --size 1m|5m|10m (transactions; customers 100k, or 1M at 10m), --dates iso|number|date, --runs K
 */
import { loadavg } from 'node:os';
import { fitAbc, fitRfm } from '../src/scoring/index.js';
import { AS_OF, synthColumns, synthRecords, type BenchRecord, type DateKind } from './data.js';

const SIZES: Record<string, { tx: number; customers: number }> = {
  '1m': { tx: 1_000_000, customers: 100_000 },
  '5m': { tx: 5_000_000, customers: 100_000 },
  '10m': { tx: 10_000_000, customers: 1_000_000 },
};
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const size = SIZES[arg('--size') ?? '5m'];
if (size === undefined) throw new Error(`unknown --size; use ${Object.keys(SIZES).join(', ')}`);
const dates = (arg('--dates') ?? 'iso') as DateKind;
const runs = Number(arg('--runs') ?? 3);
const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const records: BenchRecord[] = synthRecords(synthColumns({ customers: size.customers, transactions: size.tx }), dates);
const accessors = { customerId: (t: BenchRecord) => t.customerId, at: (t: BenchRecord) => t.at, amount: (t: BenchRecord) => t.amount };
const contenders: [string, () => number][] = [
  ['fitRfm (quantile, 5 scores)', () => fitRfm(records, { asOf: AS_OF, accessors }).customers.length],
  ['fitAbc (net revenue, cuts 0.8/0.95)', () => fitAbc(records, { accessors }).customers.length],
  ['fitAbc (by customers, top 5 % / 20 %, at most 10 A)', () => fitAbc(records, { accessors, by: 'customers', cuts: [0.05, 0.2], maxA: 10 }).customers.length],
];
console.log(`node ${process.version}; ${records.length.toLocaleString('en')} transactions, ${size.customers.toLocaleString('en')} customers, ${dates} dates; median of ${runs} interleaved runs after 1 warm-up`);
console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
const times = new Map<string, number[]>();
for (const [, run] of contenders) run();
for (let r = 0; r < runs; r++) {
  for (const [name, run] of contenders) {
    gc?.();
    const t0 = performance.now();
    run();
    times.set(name, [...(times.get(name) ?? []), performance.now() - t0]);
  }
}
const base = median(times.get(contenders[0]![0])!);
console.log('| function | median wall | ÷ fitRfm |');
console.log('|---|---:|---:|');
for (const [name] of contenders) {
  const ms = median(times.get(name)!);
  console.log(`| ${name} | ${fmt(ms)} | ${(ms / base).toFixed(2)} |`);
}
