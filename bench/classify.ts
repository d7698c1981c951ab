/**
 * Classification speed and memory, side by side with fitRfm in the same run (ratios are what
 * count on a shared machine; see docs/performance.md).
 *
 *   npx tsx bench/classify.ts                                  # every case below
 *   npx tsx bench/classify.ts --case pipeline --runs 3         # one case
 *   node --max-old-space-size=8192 --expose-gc --import tsx bench/classify.ts --case pipeline
 *
 * Cases (issue 14's targets in brackets):
 * - cdnow:    the shipped CDNOW log (69,659 rows, 23,570 customers): classifyAll vs fitRfm, and vs
 *             the plain loop a host writes without it (group rows, fit the value model, classify
 *             each customer); batch and loop must give the same profiles.
 * - pipeline: 5 M rows over 100 k customers (bench/data.ts, driver-like records: fresh string ids,
 *             ISO dates, integer cents), classifyAll vs fitRfm on the same array [≤ 2.5×].
 * - deep:     one customer with 100 k purchase days, in random order [≤ 200 ms].
 * - wide:     1 M customers × 1 row, each contender in a fresh child process, rows streamed from
 *             a generator (nothing retained but what the function keeps), peak RSS [≤ 1 GB].
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { classify, classifyAll, fitValueModel, type CustomerFacts } from '../src/index.js';
import { fitRfm } from '../src/scoring/index.js';
import { AS_OF, DAY_MS, FIRST_DAY, loadCdnow, prng, synthColumns, synthRecords, synthStream, type BenchRecord } from './data.js';

const accessors = { customerId: (t: BenchRecord) => t.customerId, at: (t: BenchRecord) => t.at, amount: (t: BenchRecord) => t.amount };

/** The baseline, through its public function: `fitRfm(rows, accessors, options)` or `fitRfm(rows, { accessors, … })`. */
function rfm(rows: Iterable<BenchRecord>, asOf: string): unknown {
  const fit = fitRfm as unknown as (...args: unknown[]) => { customers: unknown[] };
  return fit.length >= 3 ? fit(rows, accessors, { asOf }) : fit(rows, { asOf, accessors });
}

function classifyRows(rows: Iterable<BenchRecord>, asOf: string, side?: () => Omit<CustomerFacts, 'transactions'>) {
  return classifyAll(rows, { asOf, accessors, ...(side === undefined ? {} : { facts: side }) });
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};

function time(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    if (run() === undefined) throw new Error('no output');
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;

function cdnow(runs: number): void {
  const rows = loadCdnow();
  const asOf = '1998-06-30';
  const side = (): Omit<CustomerFacts, 'transactions'> => ({ contacts: [], referrals: [] });
  const plainLoop = () => {
    const byId = new Map<string, { at: BenchRecord['at']; amount: number }[]>();
    for (const r of rows) {
      let list = byId.get(r.customerId);
      if (list === undefined) byId.set(r.customerId, (list = []));
      list.push({ at: r.at, amount: r.amount });
    }
    const ids = [...byId.keys()].sort();
    const valueModel = fitValueModel(ids.map((id) => ({ customerId: id, value: byId.get(id)!.reduce((s, t) => s + t.amount, 0) })));
    return ids.map((id) => classify({ customerId: id, transactions: byId.get(id)!, ...side() }, { asOf, valueModel }));
  };
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(classifyRows(rows, asOf, side).profiles)), JSON.parse(JSON.stringify(plainLoop())))) throw new Error('batch and plain loop disagree');
  const f = time(runs, () => rfm(rows, asOf));
  const b = time(runs, () => classifyRows(rows, asOf, side));
  const l = time(runs, plainLoop);
  console.log(`\n## cdnow: ${rows.length.toLocaleString('en')} rows, 23,570 customers (median of ${runs})`);
  console.log('| fitRfm | classifyAll | ratio | plain loop of classify | loop / classifyAll |');
  console.log('|---:|---:|---:|---:|---:|');
  console.log(`| ${ms(f)} | ${ms(b)} | ${(b / f).toFixed(2)}× | ${ms(l)} | ${(l / b).toFixed(2)}× |`);
}

function pipeline(runs: number, transactions: number, customers: number): void {
  const records = synthRecords(synthColumns({ customers, transactions }));
  const f = time(runs, () => rfm(records, AS_OF));
  const b = time(runs, () => classifyRows(records, AS_OF));
  console.log(`\n## pipeline: ${transactions.toLocaleString('en')} rows, ${customers.toLocaleString('en')} customers (median of ${runs}) [target ≤ 2.5×]`);
  console.log('| fitRfm | classifyAll | classifyAll / fitRfm |');
  console.log('|---:|---:|---:|');
  console.log(`| ${ms(f)} | ${ms(b)} | ${(b / f).toFixed(2)}× |`);
}

function deep(runs: number, days: number): void {
  const rnd = prng(7);
  const order = Array.from({ length: days }, (_, i) => i);
  for (let i = days - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const first = FIRST_DAY - days;
  const rows: BenchRecord[] = order.map((d) => ({ customerId: 'one', at: new Date((first + d) * DAY_MS).toISOString().slice(0, 10), amount: 1000 }));
  const facts = { customerId: 'one', transactions: rows.map((r) => ({ at: r.at, amount: r.amount })) };
  const f = time(runs, () => rfm(rows, AS_OF));
  const b = time(runs, () => classifyRows(rows, AS_OF));
  const c = time(runs, () => classify(facts, { asOf: AS_OF }));
  console.log(`\n## deep: one customer, ${days.toLocaleString('en')} purchase days in random order (median of ${runs}) [target ≤ 200 ms]`);
  console.log('| fitRfm | classifyAll | classify |');
  console.log('|---:|---:|---:|');
  console.log(`| ${ms(f)} | ${ms(b)} | ${ms(c)} |`);
}

/** A child process: runs one contender over streamed rows and prints its time and peak RSS. */
function child(kind: string, customers: number): void {
  const rows = synthStream({ customers, transactions: customers });
  const t = performance.now();
  const out = kind === 'fitRfm' ? rfm(rows, AS_OF) : classifyRows(rows, AS_OF);
  const elapsed = performance.now() - t;
  if (out === undefined) throw new Error('no output');
  console.log(JSON.stringify({ ms: elapsed, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

function wide(customers: number): void {
  const self = fileURLToPath(import.meta.url);
  console.log(`\n## wide: ${customers.toLocaleString('en')} customers × 1 row, streamed, one child process each [target ≤ 1 GB]`);
  console.log('| contender | time | peak RSS |');
  console.log('|---|---:|---:|');
  for (const kind of ['fitRfm', 'classifyAll']) {
    const res = spawnSync(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')), '--max-old-space-size=4096', self, '--child', kind, String(customers)], {
      encoding: 'utf8',
    });
    const line = res.stdout.trim().split('\n').at(-1) ?? '';
    if (res.status !== 0 || !line.startsWith('{')) {
      console.log(`| ${kind} | failed: ${res.stderr.trim().split('\n').at(-1)} | |`);
      continue;
    }
    const r = JSON.parse(line) as { ms: number; rssMb: number };
    console.log(`| ${kind} | ${ms(r.ms)} | ${r.rssMb.toFixed(0)} MB |`);
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3]!, Number(process.argv[4]));
} else {
  const cases = (arg('case') ?? 'cdnow,deep,pipeline,wide').split(',');
  const runs = Number(arg('runs') ?? 3);
  console.log(`node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, gc ${globalThis.gc ? 'exposed' : 'not exposed'}`);
  if (cases.includes('cdnow')) cdnow(runs);
  if (cases.includes('deep')) deep(runs, Number(arg('days') ?? 100_000));
  if (cases.includes('pipeline')) pipeline(runs, Number(arg('transactions') ?? 5_000_000), Number(arg('customers') ?? 100_000));
  if (cases.includes('wide')) wide(Number(arg('wide') ?? 1_000_000));
}
