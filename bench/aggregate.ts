/**
 * Incremental aggregates: how fast a nightly job folds today's orders into stored aggregates, and
 * how the batch functions scale with one customer's purchase days. One process, side by side.
 *
 *   node --expose-gc --import tsx bench/aggregate.ts
 *   options: --customers N (default 100,000), --history N (transactions folded into the stored map,
 *            default 1,000,000), --today N (updates to fold, default 1,000,000)
 *
 * Prints:
 * - foldTransaction updates per second on an existing Map of aggregates (target ≥ 5M/s): the map
 *   made by aggregateTransactions, and the same map read back from JSON (every aggregate is checked
 *   where it enters), beside the Map's own cost (the same loop without the fold);
 * - aggregateTransactions against fitRfm on the same records (both one pass);
 * - one customer with 100,000 purchase days through every function (target ≤ 200 ms each).
 */
import { loadavg } from 'node:os';
import { aggregateTransactions, fitRfm, fitRfmFromAggregates, foldTransaction, mergeAggregates, type CustomerAggregate, type ScoringTransaction } from '../src/scoring/index.js';
import { AS_OF, DAY_MS, FIRST_DAY, LAST_DAY, customerIdOf, prng, synthColumns, synthRecords } from './data.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const customers = arg('--customers', 100_000);
const history = arg('--history', 1_000_000);
const today = arg('--today', 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const time = (run: () => unknown): number => {
  gc?.();
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};
const best = (k: number, run: () => unknown): number => Math.min(...Array.from({ length: k }, () => time(run)));

console.log(`node ${process.version}; load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);

// ── folding today's orders into stored aggregates ───────────────────────────────────────────
const records = synthRecords(synthColumns({ customers, transactions: history }));
const stored = aggregateTransactions(records);
const rnd = prng(7);
const next: ScoringTransaction[] = Array.from({ length: today }, () => ({
  customerId: customerIdOf(Math.floor(rnd() * customers)),
  at: (LAST_DAY + 1) * DAY_MS + Math.floor(rnd() * DAY_MS),
  amount: Math.round(500 * Math.exp(4.6 * rnd())),
}));
const fold = (map: Map<string | number, CustomerAggregate>): void => {
  for (const t of next) map.set(t.customerId, foldTransaction(map.get(t.customerId), t));
};
// The nightly job as a batch: today's orders aggregated in one pass, then merged into the stored
// aggregates of the customers they touch (one merge per customer, not one fold per order).
const batch = (map: Map<string | number, CustomerAggregate>): void => {
  for (const t of aggregateTransactions(next)) {
    const old = map.get(t.customerId);
    map.set(t.customerId, old === undefined ? t : mergeAggregates(old, t));
  }
};
// The same loop without the fold: what the Map alone costs on this machine.
const mapOnly = (map: Map<string | number, CustomerAggregate>): void => {
  for (const t of next) map.set(t.customerId, map.get(t.customerId)!);
};
const made = () => new Map(stored.map((a) => [a.customerId, a] as const));
const json = JSON.stringify(stored);
const fromJson = () => new Map((JSON.parse(json) as CustomerAggregate[]).map((a) => [a.customerId, a] as const));
fold(made());
let trusted = Infinity;
let untrusted = Infinity;
let baseline = Infinity;
let batched = Infinity;
for (let r = 0; r < 3; r++) {
  const d = made();
  batched = Math.min(batched, time(() => batch(d)));
  const a = made();
  trusted = Math.min(trusted, time(() => fold(a)));
  const b = fromJson();
  untrusted = Math.min(untrusted, time(() => fold(b)));
  const c = made();
  baseline = Math.min(baseline, time(() => mapOnly(c)));
}
const rate = (ms: number) => `${((today / ms) * 1000 / 1e6).toFixed(2)} M`;
console.log('| best of 3 | updates | time | updates/s |');
console.log('|---|---:|---:|---:|');
console.log(`| the Map alone (get + set, no fold): this machine's ceiling | ${today.toLocaleString('en')} | ${fmt(baseline)} | ${rate(baseline)} |`);
console.log(`| foldTransaction into aggregates from aggregateTransactions (${customers.toLocaleString('en')} customers) | ${today.toLocaleString('en')} | ${fmt(trusted)} | ${rate(trusted)} |`);
console.log(`| foldTransaction into the same aggregates read back from JSON | ${today.toLocaleString('en')} | ${fmt(untrusted)} | ${rate(untrusted)} |`);
console.log(`| aggregateTransactions(today) + mergeAggregates into the stored map: the nightly job as a batch | ${today.toLocaleString('en')} | ${fmt(batched)} | ${rate(batched)} |`);

// ── the batch pass against fitRfm ───────────────────────────────────────────────────────────
const rfm = best(3, () => fitRfm(records, { asOf: AS_OF }));
const agg = best(3, () => aggregateTransactions(records));
const fromAggs = best(3, () => fitRfmFromAggregates(stored, { asOf: AS_OF }));
console.log(`\n| one pass over ${history.toLocaleString('en')} transactions (${customers.toLocaleString('en')} customers), best of 3 | time | ÷ fitRfm |`);
console.log('|---|---:|---:|');
console.log(`| fitRfm | ${fmt(rfm)} | 1.00 |`);
console.log(`| aggregateTransactions | ${fmt(agg)} | ${(agg / rfm).toFixed(2)} |`);
console.log(`| fitRfmFromAggregates (the aggregates above) | ${fmt(fromAggs)} | ${(fromAggs / rfm).toFixed(2)} |`);

// ── one customer, 100,000 purchase days ─────────────────────────────────────────────────────
const n = 100_000;
const days = Array.from({ length: n }, (_, i) => FIRST_DAY - n + ((i * 7919) % n)); // distinct, out of order, before asOf
const one = days.map((d) => ({ customerId: 'one', at: d * DAY_MS, amount: 100 }));
const big = aggregateTransactions(one)[0]!;
const half = aggregateTransactions(one.filter((_, i) => i % 2 === 0))[0]!;
const other = aggregateTransactions(one.filter((_, i) => i % 2 === 1))[0]!;
const storedBig = JSON.parse(JSON.stringify(big)) as CustomerAggregate;
console.log(`\n| one customer with ${n.toLocaleString('en')} purchase days (out of order), best of 3 | time |`);
console.log('|---|---:|');
console.log(`| aggregateTransactions(${n.toLocaleString('en')} rows) | ${fmt(best(3, () => aggregateTransactions(one)))} |`);
console.log(`| fitRfm, sameDay: 'once' | ${fmt(best(3, () => fitRfm(one, { asOf: AS_OF, policy: { sameDay: 'once' } })))} |`);
console.log(`| mergeAggregates(two halves of 50,000 days) | ${fmt(best(3, () => mergeAggregates(half, other)))} |`);
console.log(`| foldTransaction(aggregate of ${n.toLocaleString('en')} days, one more day) | ${fmt(best(3, () => foldTransaction(big, { customerId: 'one', at: (LAST_DAY + 1) * DAY_MS, amount: 5 })))} |`);
console.log(`| foldTransaction(the same aggregate read back from JSON, one more day) | ${fmt(best(3, () => foldTransaction(storedBig, { customerId: 'one', at: (LAST_DAY + 1) * DAY_MS, amount: 5 })))} |`);
console.log(`| fitRfmFromAggregates([that aggregate], sameDay: 'once') | ${fmt(best(3, () => fitRfmFromAggregates([storedBig], { asOf: AS_OF, policy: { sameDay: 'once' } })))} |`);
