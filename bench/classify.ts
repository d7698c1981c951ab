/**
 * Batch classification against the plain loop, on the shipped CDNOW data (69,659 transactions,
 * 23,570 customers), and on the same data repeated with shifted ids for a larger population.
 *
 *   npx tsx bench/classify.ts [--rounds 5] [--scale 4]
 *
 * - batch: `classifyAll(rows, accessors, { asOf, facts })`, one pass over the records, state per
 *   customer, value model fitted on the population.
 * - plain loop: what a host writes without it: group the rows into facts per customer, fit the
 *   value model from per-customer revenue, then `classify(facts, policy, asOf, { valueModel })`
 *   for each customer.
 * Both produce the same profiles (checked before timing).
 */
import { isDeepStrictEqual } from 'node:util';
import { classify, classifyAll, fitValueModel, type CustomerFacts, type PurchaseFact } from '../src/index.js';
import { cdnowAccessors, loadCdnow, type CdnowRow } from '../test/scoring/data.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const rounds = arg('rounds', 5);
const scale = arg('scale', 4);
const AS_OF = '1998-06-30';
const side = (): Omit<CustomerFacts, 'transactions'> => ({ contacts: [], referrals: [] });

function batch(rows: readonly CdnowRow[]) {
  return classifyAll(rows, cdnowAccessors, { asOf: AS_OF, facts: side }).profiles;
}

function plainLoop(rows: readonly CdnowRow[]) {
  const byId = new Map<string, PurchaseFact[]>();
  for (const r of rows) {
    let list = byId.get(r.id);
    if (list === undefined) byId.set(r.id, (list = []));
    list.push({ at: r.date, amount: r.cents });
  }
  const ids = [...byId.keys()].sort();
  const revenue = ids.map((id) => ({ customerId: id, value: byId.get(id)!.reduce((s, t) => s + t.amount, 0) }));
  const valueModel = fitValueModel(revenue);
  return ids.map((id) => classify({ customerId: id, transactions: byId.get(id)!, ...side() }, {}, AS_OF, { valueModel }));
}

function time(run: () => unknown): { ms: number; heapMb: number } {
  const times: number[] = [];
  let heap = 0;
  for (let i = 0; i < rounds; i++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const t = performance.now();
    const out = run();
    times.push(performance.now() - t);
    heap = Math.max(heap, (process.memoryUsage().heapUsed - before) / 2 ** 20);
    if (out === undefined) throw new Error('no output');
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, heapMb: heap };
}

const base = loadCdnow();
const scaled: CdnowRow[] = [];
for (let k = 0; k < scale; k++) for (const r of base) scaled.push({ ...r, id: `${k}-${r.id}` });

if (!isDeepStrictEqual(batch(base), plainLoop(base))) throw new Error('batch and plain loop disagree');

console.log(`rounds ${rounds} (median), node ${process.version}${globalThis.gc ? ', with --expose-gc' : ''}`);
console.log('data set                          | transactions | customers | batch ms | loop ms | loop/batch | batch µs/customer');
for (const [name, rows] of [
  ['CDNOW master', base],
  [`CDNOW ×${scale} (shifted ids)`, scaled],
] as const) {
  const customers = new Set(rows.map((r) => r.id)).size;
  const b = time(() => batch(rows));
  const l = time(() => plainLoop(rows));
  console.log(
    `${name.padEnd(33)} | ${String(rows.length).padStart(12)} | ${String(customers).padStart(9)} | ${b.ms.toFixed(0).padStart(8)} | ${l.ms.toFixed(0).padStart(7)} | ${(l.ms / b.ms).toFixed(2).padStart(10)} | ${((b.ms * 1000) / customers).toFixed(1).padStart(17)}`,
  );
}
