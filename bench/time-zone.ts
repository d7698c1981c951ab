/**
 * What a time zone costs: `fitRfm` on the same rows counted in UTC and in zones with and without
 * daylight saving, side by side in one run, with the ratio to UTC.
 *
 *   node --expose-gc --import tsx bench/time-zone.ts [--rows N] (default 1,000,000 over 100,000 customers)
 *
 * Dates come three ways: instants at distinct seconds (order timestamps), instants at midnight UTC
 * (`DATE` columns a driver hands over as `Date`s: few distinct instants), and wall-clock strings
 * without an offset (`DATETIME` text, read in the policy's zone: no offset to look up). In a zone
 * other than UTC an instant's offset comes from `Intl.DateTimeFormat`, read once per distinct
 * 48-hour UTC span (the span's start and the next one's; by hour in a span that holds a change of
 * offset; src/records/dates.ts). A second table runs one customer with 100,000 purchase days at
 * distinct instants through every batch function, the first call (which reads the offsets) and the
 * second: there every other day is a distinct span, so the zone costs what those calls cost.
 */
import { loadavg } from 'node:os';
import { classify, classifyAll } from '../src/classify/index.js';
import { summarizeTransactions } from '../src/clv/index.js';
import { aggregateTransactions, fitRfm } from '../src/scoring/index.js';
import { DAY_MS, FIRST_DAY, LAST_DAY, customerIdOf, prng } from './data.js';

const argv = process.argv.slice(2);
const rowsArg = argv.indexOf('--rows');
const n = rowsArg >= 0 ? Number(argv[rowsArg + 1]) : 1_000_000;
const customers = Math.max(1, Math.floor(n / 10));
const gc = (globalThis as { gc?: () => void }).gc;
const rnd = prng(11);
const span = LAST_DAY - FIRST_DAY + 1;
const base = Array.from({ length: n }, (_, i) => ({
  customerId: customerIdOf(i % customers),
  day: FIRST_DAY + Math.floor(rnd() * span),
  second: Math.floor(rnd() * 86_400),
  amount: Math.round(500 * Math.exp(4.6 * rnd())),
}));
const pad = (x: number) => String(x).padStart(2, '0');
type Row = { customerId: string; at: number | Date | string; amount: number };
const kinds: Record<string, Row[]> = {
  'instants (epoch ms, distinct seconds)': base.map((r) => ({ customerId: r.customerId, at: r.day * DAY_MS + r.second * 1000, amount: r.amount })),
  'Dates at midnight UTC (a DATE column)': base.map((r) => ({ customerId: r.customerId, at: new Date(r.day * DAY_MS), amount: r.amount })),
  'wall-clock strings (no offset)': base.map((r) => ({
    customerId: r.customerId,
    at: `${new Date(r.day * DAY_MS).toISOString().slice(0, 10)} ${pad(Math.floor(r.second / 3600))}:${pad(Math.floor(r.second / 60) % 60)}:${pad(r.second % 60)}`,
    amount: r.amount,
  })),
};
const zones = ['UTC', 'Asia/Shanghai', 'Europe/Berlin', 'America/New_York'];
const time = (run: () => unknown): number => {
  gc?.();
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};

console.log(`node ${process.version}; load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`fitRfm on ${n.toLocaleString('en')} rows, ${customers.toLocaleString('en')} customers; best of 2\n`);
console.log(`| dates | ${zones.join(' | ')} |`);
console.log(`|---|${zones.map(() => '---:').join('|')}|`);
for (const [kind, rows] of Object.entries(kinds)) {
  const ms = zones.map((timeZone) => Math.min(time(() => fitRfm(rows, { asOf: '2025-01-01', policy: { timeZone } })), time(() => fitRfm(rows, { asOf: '2025-01-01', policy: { timeZone } }))));
  console.log(`| ${kind} | ${ms.map((m, i) => `${(m / 1000).toFixed(2)} s${i === 0 ? '' : ` (${(m / ms[0]!).toFixed(1)}×)`}`).join(' | ')} |`);
}

// One customer with 100,000 purchase days at distinct instants (issue 14: ≤ 200 ms in every function).
// Each function reads days of its own, before every day read above, so its first call reads every
// offset it needs: `fitRfm` and `aggregateTransactions` keep a zone's offsets for the process
// (src/scoring/options.ts), and a second call of theirs finds them; the others read afresh.
const oneDays = 100_000;
const oneRows = (k: number) => {
  const first = FIRST_DAY - (k + 1) * oneDays;
  return Array.from({ length: oneDays }, (_, i) => ({ customerId: 'c', at: (first + i) * DAY_MS + Math.floor(rnd() * DAY_MS), amount: 100 + (i % 7) }));
};
const asOf = FIRST_DAY * DAY_MS;
const oneRuns: Record<string, (timeZone: string) => unknown> = {};
const runners: [string, (rows: ReturnType<typeof oneRows>, timeZone: string) => unknown][] = [
  ['fitRfm', (rows, timeZone) => fitRfm(rows, { asOf, policy: { timeZone } })],
  ['aggregateTransactions', (rows, timeZone) => aggregateTransactions(rows, { timeZone })],
  ['summarizeTransactions', (rows, timeZone) => summarizeTransactions(rows, { calibrationEnd: asOf, timeUnit: 'weeks', timeZone })],
  ['classifyAll', (rows, timeZone) => classifyAll(rows, { asOf, policy: { timeZone } })],
  ['classify', (rows, timeZone) => classify({ customerId: 'c', transactions: rows.map((r) => ({ at: r.at, amount: r.amount })) }, { asOf, policy: { timeZone } })],
];
runners.forEach(([name, run], k) => {
  const rows = oneRows(k);
  oneRuns[name] = (timeZone) => run(rows, timeZone);
});
console.log(`\nOne customer with ${oneDays.toLocaleString('en')} purchase days at distinct instants (epoch ms); the first call, then the second\n`);
console.log(`| function | ${zones.join(' | ')} |`);
console.log(`|---|${zones.map(() => '---:').join('|')}|`);
for (const [name, run] of Object.entries(oneRuns)) {
  const ms = zones.map((timeZone) => [time(() => run(timeZone)), time(() => run(timeZone))]);
  console.log(`| ${name} | ${ms.map(([first, second]) => `${first!.toFixed(0)} ms, then ${second!.toFixed(0)} ms`).join(' | ')} |`);
}
