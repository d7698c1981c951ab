/**
 * RFM speed: this library vs DuckDB in-process vs arquero vs an idiomatic loop vs the typed-array
 * floor, on the same input in one run. See docs/performance.md.
 *
 *   node --expose-gc --import tsx bench/rfm.ts                  # cdnow, 10k, 100k, 1m; dates as iso, number, date
 *   node --expose-gc --import tsx bench/rfm.ts --sizes cdnow,1m,10m
 *   node --max-old-space-size=12288 --expose-gc --import tsx bench/rfm.ts --sizes 10m --dates number
 *   options: --dates iso,number,date (how record dates come: ISO strings, epoch milliseconds, Date
 *              objects; all three by default, each its own records array and table)
 *            --runs K (timed runs per size; default 5 below 1m, 3 at 1m, 1 above)
 *            --no-stream (skip the streaming-memory children), --skip arquero,idiomatic,duckdb
 *
 * A size names the number of transactions; customers are a tenth of it (10m = 10M / 1M).
 * Every record contender starts from the same records array (string ids, dates as chosen, integer
 * cents, as a driver hands them over); the columnar fast path and the floor start from the dense
 * integer columns a host with integer ids already has. Each ends with every customer's R, F, M in
 * JS, and every contender's scores are compared with DuckDB's.
 *
 * The floor (issue 16): one pass into typed arrays, then per metric a copy sorted by the native
 * comparator-free sort, the n − 1 thresholds read at the bucket boundaries, each customer's bucket
 * by n − 1 comparisons, and the id order used only for customers whose value equals a threshold
 * with equal values on both sides of the boundary. No checks, no model: the cheapest way known to
 * compute SQL NTILE, and the reference `fitRfmColumns` is held to (≤ 1.5×).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DATE, DuckDBDataChunk, DuckDBDateValue, DuckDBInstance, INTEGER, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import * as aq from 'arquero';
import { fitRfm, fitRfmColumns, type RfmOptions } from '../src/scoring/index.js';
import { rfmSql } from '../src/sql/index.js';
import { AS_OF, DAY_MS, columnsOfRecords, loadCdnow, synthColumns, synthRecords, synthStream, withDates, type BenchRecord, type DateKind, type SynthColumns } from './data.js';

const SCORES = 5;
const OPTIONS: RfmOptions = { asOf: AS_OF, method: 'ntile', scores: SCORES };
const DATE_KINDS: readonly DateKind[] = ['iso', 'number', 'date'];
const AS_OF_DAY = Date.parse(AS_OF) / DAY_MS;

/** Every contender's output: scores in customer-id order (= dense id order). */
interface Scores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// NTILE(n) over positions 0..N-1 (worst first): the SQL definition, shared by the JS contenders.
function ntileOf(p: number, N: number, n: number): number {
  const q = Math.floor(N / n);
  const rem = N % n;
  const big = rem * (q + 1);
  return p < big ? Math.floor(p / (q + 1)) + 1 : rem + Math.floor((p - big) / q) + 1;
}

// (a) this library, string-id records ----------------------------------------------------------
const accessors = { customerId: (t: BenchRecord) => t.customerId, at: (t: BenchRecord) => t.at, amount: (t: BenchRecord) => t.amount };
function lib(records: readonly BenchRecord[]): Scores {
  const { customers } = fitRfm(records, { ...OPTIONS, accessors });
  const N = customers.length;
  const out = { r: new Uint8Array(N), f: new Uint8Array(N), m: new Uint8Array(N) };
  for (let i = 0; i < N; i++) {
    const c = customers[i]!;
    out.r[i] = c.r;
    out.f[i] = c.f;
    out.m[i] = c.m;
  }
  return out;
}

// (b) this library, columnar fast path -----------------------------------------------------------
function libColumns(c: SynthColumns): Scores {
  const res = fitRfmColumns({ customer: c.customer, day: c.day, amount: c.amount, customers: c.customers }, OPTIONS);
  return { r: res.r, f: res.f, m: res.m };
}

// (c) DuckDB in-process: load, the library's SQL, read back ---------------------------------------
interface DuckTimes {
  load: number;
  query: number;
  readback: number;
}
const QUERY = rfmSql({ dialect: 'duckdb', table: 'tx', columns: { customerId: 'customer_id', at: 'at', amount: 'amount' }, asOf: AS_OF, policy: { futureTransactions: 'ignore' }, method: 'ntile', scores: SCORES });

async function duck(con: DuckDBConnection, records: readonly BenchRecord[], times: DuckTimes): Promise<Scores & { ids: string[] }> {
  await con.run('DROP TABLE IF EXISTS tx; CREATE TABLE tx (customer_id VARCHAR, "at" DATE, amount INTEGER)');
  let t0 = performance.now();
  // Fastest of the load paths tried (row appender with VARCHAR or DATE, data chunks with VARCHAR
  // or DATE): data chunks of 2048 rows, dates converted to DATE on the way in.
  const app = await con.createAppender('tx');
  const types = [VARCHAR, DATE, INTEGER];
  const M = records.length;
  for (let i = 0; i < M; i += 2048) {
    const n = Math.min(2048, M - i);
    const ids = new Array<string>(n);
    const ats = new Array<DuckDBDateValue>(n);
    const am = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const r = records[i + j]!;
      ids[j] = r.customerId;
      const t = typeof r.at === 'string' ? Date.parse(r.at) : typeof r.at === 'number' ? r.at : r.at.getTime();
      ats[j] = new DuckDBDateValue(Math.floor(t / DAY_MS));
      am[j] = r.amount;
    }
    const chunk = DuckDBDataChunk.create(types, n);
    chunk.setColumns([ids, ats, am]);
    app.appendDataChunk(chunk);
  }
  app.closeSync();
  let t1 = performance.now();
  times.load = t1 - t0;
  t0 = t1;
  const result = await con.run(QUERY.text, [...QUERY.params]);
  const chunks: DuckDBDataChunk[] = [];
  for (;;) {
    const ch = await result.fetchChunk();
    if (ch === null || ch.rowCount === 0) break;
    chunks.push(ch);
  }
  t1 = performance.now();
  times.query = t1 - t0;
  t0 = t1;
  let N = 0;
  for (const ch of chunks) N += ch.rowCount;
  const out = { r: new Uint8Array(N), f: new Uint8Array(N), m: new Uint8Array(N), ids: new Array<string>(N) };
  let o = 0;
  for (const ch of chunks) {
    const ids = ch.getColumnValues(0) as string[];
    const r = ch.getColumnValues(4) as bigint[];
    const f = ch.getColumnValues(5) as bigint[];
    const m = ch.getColumnValues(6) as bigint[];
    for (let j = 0; j < ids.length; j++, o++) {
      out.ids[o] = ids[j]!;
      out.r[o] = Number(r[j]);
      out.f[o] = Number(f[j]);
      out.m[o] = Number(m[j]);
    }
  }
  times.readback = performance.now() - t0;
  return out;
}

// (d) arquero ------------------------------------------------------------------------------------
function arquero(records: readonly BenchRecord[]): Scores {
  const agg = aq
    .from(records as BenchRecord[])
    .params({ asOf: AS_OF_DAY, day: DAY_MS })
    .derive({ day: (d: any, $: any) => op.floor((typeof d.at === 'number' ? d.at : op.parse_date(d.at)) / $.day) })
    .groupby('customerId')
    .rollup({ last: (d: any) => op.max(d.day), frequency: (d: any) => op.count(), monetary: (d: any) => op.sum(d.amount) })
    .derive({ recency: (d: any, $: any) => op.greatest($.asOf - d.last, 0) });
  const N = agg.numRows();
  const q = Math.floor(N / SCORES);
  const rem = N % SCORES;
  const ntile = (col: string, desc: boolean, out: string) =>
    (t: aq.ColumnTable) =>
      t
        .orderby(desc ? aq.desc(col) : col, 'customerId')
        .params({ q, rem, big: rem * (q + 1) })
        .derive({ [out]: (d: any, $: any) => (op.row_number() - 1 < $.big ? op.floor((op.row_number() - 1) / ($.q + 1)) + 1 : $.rem + op.floor((op.row_number() - 1 - $.big) / $.q) + 1) });
  const scored = ntile('monetary', false, 'm')(ntile('frequency', false, 'f')(ntile('recency', true, 'r')(agg))).orderby('customerId');
  return { r: Uint8Array.from(scored.array('r') as number[]), f: Uint8Array.from(scored.array('f') as number[]), m: Uint8Array.from(scored.array('m') as number[]) };
}
const op = aq.op as any;

// (e) idiomatic JS: a Map of objects, comparator sorts ---------------------------------------------
interface Cust {
  id: string;
  last: number;
  frequency: number;
  monetary: number;
  recency: number;
  r: number;
  f: number;
  m: number;
}
function idiomatic(records: readonly BenchRecord[]): Scores {
  const byId = new Map<string, Cust>();
  for (const t of records) {
    const day = Math.floor((typeof t.at === 'number' ? t.at : new Date(t.at).getTime()) / DAY_MS);
    let c = byId.get(t.customerId);
    if (c === undefined) {
      c = { id: t.customerId, last: day, frequency: 0, monetary: 0, recency: 0, r: 0, f: 0, m: 0 };
      byId.set(t.customerId, c);
    }
    if (day > c.last) c.last = day;
    c.frequency++;
    c.monetary += t.amount;
  }
  const customers = [...byId.values()];
  for (const c of customers) c.recency = Math.max(0, AS_OF_DAY - c.last);
  const N = customers.length;
  const byIdCmp = (a: Cust, b: Cust) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const assign = (cmp: (a: Cust, b: Cust) => number, set: (c: Cust, s: number) => void) => {
    [...customers].sort((a, b) => cmp(a, b) || byIdCmp(a, b)).forEach((c, p) => set(c, ntileOf(p, N, SCORES)));
  };
  assign((a, b) => b.recency - a.recency, (c, s) => (c.r = s));
  assign((a, b) => a.frequency - b.frequency, (c, s) => (c.f = s));
  assign((a, b) => a.monetary - b.monetary, (c, s) => (c.m = s));
  customers.sort(byIdCmp);
  return { r: Uint8Array.from(customers, (c) => c.r), f: Uint8Array.from(customers, (c) => c.f), m: Uint8Array.from(customers, (c) => c.m) };
}

// (f) the floor: dense ints, one pass; per metric one native sort, thresholds, n − 1 comparisons,
// the id order only for ties straddling a bucket boundary ---------------------------------------
function ntileBucket(p: number, N: number, n: number): number {
  const q = Math.floor(N / n);
  const big = (N % n) * (q + 1);
  return p < big ? Math.floor(p / (q + 1)) + 1 : (N % n) + Math.floor((p - big) / q) + 1;
}
/** NTILE(n) over (value ascending, id ascending) of values given in id order. */
function ntileFloor(values: Int32Array | Float64Array, n: number, out: Uint8Array): void {
  const N = values.length;
  const sorted = values.slice().sort();
  const t = new Float64Array(n - 1);
  const straddles = new Uint8Array(n - 1);
  const q = Math.floor(N / n);
  const rem = N % n;
  for (let k = 1; k < n; k++) {
    const end = Math.min(N, k <= rem ? k * (q + 1) : rem * (q + 1) + (k - rem) * q);
    t[k - 1] = sorted[end - 1]!;
    straddles[k - 1] = end < N && sorted[end] === sorted[end - 1] ? 1 : 0;
  }
  // Where each straddling value's run starts, and how many of its customers were met so far.
  const runValue: number[] = [];
  const runNext: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    if (straddles[k] === 0 || runValue[runValue.length - 1] === t[k]) continue;
    let lo = 0;
    let hi = N;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < t[k]!) lo = mid + 1;
      else hi = mid;
    }
    runValue.push(t[k]!);
    runNext.push(lo);
  }
  for (let i = 0; i < N; i++) {
    const v = values[i]!;
    let s = 1;
    while (s < n && v > t[s - 1]!) s++;
    if (s < n && straddles[s - 1] === 1 && v === t[s - 1]) {
      let g = 0;
      while (runValue[g] !== v) g++;
      s = ntileBucket(runNext[g]!++, N, n);
    }
    out[i] = s;
  }
}
function floor(c: SynthColumns): Scores {
  const { customer, day, amount } = c;
  const C = c.customers;
  const M = customer.length;
  const last = new Int32Array(C).fill(-2147483648);
  const freq = new Int32Array(C);
  const net = new Float64Array(C);
  for (let i = 0; i < M; i++) {
    const k = customer[i]!;
    const d = day[i]!;
    if (d > last[k]!) last[k] = d;
    freq[k]!++;
    net[k]! += amount[i]!;
  }
  const r = new Uint8Array(C);
  const f = new Uint8Array(C);
  const m = new Uint8Array(C);
  ntileFloor(last, SCORES, r); // a later last day is a smaller recency: better
  ntileFloor(freq, SCORES, f);
  ntileFloor(net, SCORES, m);
  return { r, f, m };
}

// ---------------------------------------------------------------------------------------------
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = (globalThis as { gc?: () => void }).gc;

function same(a: Scores, b: Scores): string {
  if (a.r.length !== b.r.length) return `length ${a.r.length} ≠ ${b.r.length}`;
  for (const k of ['r', 'f', 'm'] as const) {
    for (let i = 0; i < a[k].length; i++) if (a[k][i] !== b[k][i]) return `${k}[${i}] ${a[k][i]} ≠ ${b[k][i]}`;
  }
  return 'ok';
}

interface Row {
  name: string;
  ms: number;
  check: string;
  detail?: string;
}

const SIZES: Record<string, { tx: number; customers: number }> = {
  '10k': { tx: 10_000, customers: 1_000 },
  '100k': { tx: 100_000, customers: 10_000 },
  '1m': { tx: 1_000_000, customers: 100_000 },
  '3m': { tx: 3_000_000, customers: 300_000 },
  '10m': { tx: 10_000_000, customers: 1_000_000 },
};

interface Contender {
  name: string;
  run: () => Scores | Promise<Scores>;
  runs?: number;
  check?: (out: Scores, duck: Scores & { ids: string[] }) => string;
}

async function benchSize(label: string, dates: DateKind, records: BenchRecord[], cols: SynthColumns, runs: number, skip: Set<string>, con: DuckDBConnection): Promise<Row[]> {
  const warm = records.length <= 3_000_000;
  const splits: DuckTimes[] = [];
  let duckOut: (Scores & { ids: string[] }) | undefined;
  const contenders: Contender[] = [
    {
      name: 'DuckDB in-process (load + rfmSql + read back)',
      run: async () => {
        const t: DuckTimes = { load: 0, query: 0, readback: 0 };
        const out = await duck(con, records, t);
        splits.push(t);
        duckOut = out;
        return out;
      },
      check: (o) => `ids ${(o as Scores & { ids: string[] }).ids.every((id, i, a) => i === 0 || a[i - 1]! < id) ? 'sorted' : 'UNSORTED'}, reference`,
    },
    { name: `crm-taxonomy fitRfm (string-id records, ${dates} dates)`, run: () => lib(records) },
    { name: 'crm-taxonomy fitRfmColumns (dense int columns)', run: () => libColumns(cols) },
    ...(skip.has('arquero') ? [] : [{ name: 'arquero (objects → groupby/rollup → 3× orderby + row_number)', run: () => arquero(records), runs: records.length > 3_000_000 ? 1 : runs }]),
    ...(skip.has('idiomatic') ? [] : [{ name: 'idiomatic JS (Map of objects, comparator sorts)', run: () => idiomatic(records) }]),
    { name: 'floor (dense ints; per metric one native sort, thresholds, n − 1 comparisons, ids only for boundary ties)', run: () => floor(cols) },
  ];
  const times = new Map<Contender, number[]>();
  const outs = new Map<Contender, Scores>();
  const cpu = new Map<Contender, number[]>();
  // Warm-up, then the timed runs interleaved (the machine may be shared: interleaving spreads any
  // background load over all contenders instead of penalizing one). Small inputs get more warm-up
  // calls (about 3,000,000 rows' worth, at most 10), so that every contender is timed with its code
  // optimized, as in a long-running service, not in the interpreter's first calls.
  const warmups = warm ? Math.max(1, Math.min(10, Math.round(3_000_000 / records.length))) : 0;
  // A full collection before each timed run keeps one contender's garbage off the next one's
  // clock at the large sizes. Below 100,000 rows each call allocates little, and a forced major
  // collection before a call of a few milliseconds costs the call more than it saves: V8 then
  // runs it in a cold heap (measured on CDNOW: fitRfmColumns 6.9 ms warm, 16.5 ms after gc()).
  const collect = records.length >= 100_000;
  for (let w = 0; w < warmups; w++) for (const c of contenders) outs.set(c, await c.run());
  splits.length = 0;
  for (let r = 0; r < runs; r++) {
    for (const c of contenders) {
      if (r >= (c.runs ?? runs)) continue;
      if (collect) gc?.();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = await c.run();
      const ms = performance.now() - t0;
      const cu = process.cpuUsage(c0);
      outs.set(c, out);
      times.set(c, [...(times.get(c) ?? []), ms]);
      cpu.set(c, [...(cpu.get(c) ?? []), (cu.user + cu.system) / 1000]);
    }
  }
  const duckRef = duckOut!;
  const med = (c: Contender) => median(times.get(c)!);
  const duckMs = med(contenders[0]!);
  const floorMs = med(contenders[contenders.length - 1]!);
  const dt = { load: median(splits.map((t) => t.load)), query: median(splits.map((t) => t.query)), readback: median(splits.map((t) => t.readback)) };
  console.log(`\n### ${label}, ${dates} dates: ${records.length.toLocaleString('en')} transactions, ${cols.customers.toLocaleString('en')} customers (median of ${runs}${warm ? ` interleaved runs after ${warmups} warm-up${warmups === 1 ? '' : 's'}` : ' run, no warm-up'})\n`);
  console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
  console.log('| contender | median wall | min wall | median CPU (all threads) | ÷ DuckDB | ÷ floor | scores |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  const rows: Row[] = [];
  for (const c of contenders) {
    const out = outs.get(c)!;
    const check = c.check ? c.check(out, duckRef) : same(out, duckRef) === 'ok' ? '= DuckDB' : `≠ DuckDB: ${same(out, duckRef)}`;
    const ms = med(c);
    const detail = c === contenders[0] ? ` (load ${fmt(dt.load)} + query ${fmt(dt.query)} + read back ${fmt(dt.readback)})` : '';
    rows.push({ name: c.name, ms, check });
    console.log(`| ${c.name}${detail} | ${fmt(ms)} | ${fmt(Math.min(...times.get(c)!))} | ${fmt(median(cpu.get(c)!))} | ${(ms / duckMs).toFixed(2)} | ${(ms / floorMs).toFixed(1)} | ${check} |`);
  }
  return rows;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

// Streaming memory: a child process feeds fitRfm / fitRfmAsync a generator (no array).
async function child(kind: string, tx: number, customers: number): Promise<void> {
  let peakHeap = 0;
  // The JS heap plus ArrayBuffers: the library keeps its per-customer state in typed arrays,
  // whose memory is outside the heap.
  const sample = () => {
    const u = process.memoryUsage();
    const h = u.heapUsed + u.arrayBuffers;
    if (h > peakHeap) peakHeap = h;
  };
  function* sampled(): Generator<BenchRecord> {
    let i = 0;
    for (const r of synthStream({ customers, transactions: tx })) {
      if ((++i & 0xffff) === 0) sample();
      yield r;
    }
  }
  const t0 = performance.now();
  let n = 0;
  if (kind === 'fitRfm') n = fitRfm(sampled(), { ...OPTIONS, accessors }).customers.length;
  else if (kind === 'fitRfm-async') {
    async function* rows() {
      yield* sampled();
    }
    n = (await fitRfm(rows(), { ...OPTIONS, accessors })).customers.length;
  } else if (kind === 'generator-only') for (const _ of sampled()) n++;
  else if (kind === 'array') {
    const all = [...sampled()];
    sample();
    n = fitRfm(all, { ...OPTIONS, accessors }).customers.length;
  }
  sample();
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ kind, tx, customers, n, ms, peakHeapMB: peakHeap / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function streaming(cases: { tx: number; customers: number }[]): void {
  console.log('\n### Streaming input: peak memory of one child process per row (generator in, no array)\n');
  console.log('| input | transactions | customers | time | peak heap used + ArrayBuffers | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const self = fileURLToPath(import.meta.url);
  for (const c of cases) {
    const kinds = c.tx > 3_000_000 ? ['generator-only', 'fitRfm'] : ['generator-only', 'fitRfm', 'fitRfm-async', 'array'];
    for (const kind of kinds) {
      const res = spawnSync(process.execPath, [...process.execArgv.filter((a) => !a.startsWith('--max-old-space-size')), '--max-old-space-size=4096', self, '--child', kind, String(c.tx), String(c.customers)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const line = res.stdout.trim().split('\n').pop() ?? '';
      try {
        const j = JSON.parse(line) as { ms: number; peakHeapMB: number; maxRssMB: number };
        const what = kind === 'generator-only' ? 'generator alone (baseline)' : kind === 'array' ? 'fitRfm on a materialized array (contrast)' : kind === 'fitRfm-async' ? 'fitRfm(async generator)' : 'fitRfm(generator)';
        console.log(`| ${what} | ${c.tx.toLocaleString('en')} | ${c.customers.toLocaleString('en')} | ${fmt(j.ms)} | ${j.peakHeapMB.toFixed(0)} MB | ${j.maxRssMB.toFixed(0)} MB |`);
      } catch {
        console.log(`| ${kind} | ${c.tx} | ${c.customers} | failed: ${res.stderr.slice(0, 200).replace(/\n/g, ' ')} | | |`);
      }
    }
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') return child(argv[1]!, Number(argv[2]), Number(argv[3]));
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (arg('--sizes') ?? 'cdnow,10k,100k,1m').split(',');
  const kinds = (arg('--dates') ?? DATE_KINDS.join(',')).split(',') as DateKind[];
  for (const k of kinds) if (!DATE_KINDS.includes(k)) throw new Error(`unknown --dates ${k}; use ${DATE_KINDS.join(', ')}`);
  const skip = new Set((arg('--skip') ?? '').split(',').filter(Boolean));
  const runsArg = arg('--runs');
  console.log(`node ${process.version}, ${process.arch}, heap limit ${(((await import('node:v8')).getHeapStatistics().heap_size_limit) / 2 ** 30).toFixed(1)} GB, gc ${gc ? 'exposed' : 'not exposed (pass --expose-gc)'}`);
  console.log(`options: ${JSON.stringify(OPTIONS)}; DuckDB query: the library's rfmSql({ dialect: 'duckdb', method: 'ntile' })`);
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  for (const s of sizes) {
    let cdnow: BenchRecord[] | undefined;
    let cols: SynthColumns;
    if (s === 'cdnow') {
      cdnow = loadCdnow();
      cols = columnsOfRecords(cdnow);
    } else {
      const size = SIZES[s];
      if (size === undefined) throw new Error(`unknown size ${s}; use cdnow, ${Object.keys(SIZES).join(', ')}`);
      cols = synthColumns({ customers: size.customers, transactions: size.tx });
    }
    for (const dates of kinds) {
      // One records array at a time: at 10M each holds about 1.3 GB.
      let records: BenchRecord[] = cdnow === undefined ? synthRecords(cols, dates) : withDates(cdnow, dates);
      const runs = runsArg ? Number(runsArg) : records.length < 1_000_000 ? 5 : records.length <= 1_000_000 ? 3 : 1;
      await benchSize(s, dates, records, cols, runs, skip, con);
      records = [];
      gc?.();
    }
  }
  con.closeSync();
  instance.closeSync();
  if (!argv.includes('--no-stream')) {
    const big = sizes.includes('10m');
    streaming(big ? [{ tx: 10_000_000, customers: 100_000 }, { tx: 10_000_000, customers: 1_000_000 }] : [{ tx: 1_000_000, customers: 100_000 }, { tx: 3_000_000, customers: 100_000 }]);
  }
}

await main();
