/**
 * Benchmark data: a seeded synthetic transaction log shaped like rows a database driver returns,
 * and a loader for the CDNOW master log shipped in test/fixtures.
 *
 * Deterministic: the same (customers, transactions, seed) always gives the same rows. No Math.random.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A transaction as a driver hands it over: a string id, a date, integer cents. */
export interface BenchRecord {
  customerId: string;
  at: string | number | Date;
  amount: number;
}

/** How records carry their date: an ISO date string, epoch milliseconds, or a `Date`. */
export type DateKind = 'iso' | 'number' | 'date';

/** SplitMix32-style seeded PRNG (Mulberry32): uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DAY_MS = 86_400_000;
/** First and last calendar day of the synthetic log (days since 1970-01-01). */
export const FIRST_DAY = Date.UTC(2022, 0, 1) / DAY_MS;
export const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;
/** The day every benchmark scores as of. */
export const AS_OF = '2025-01-01';

/** The id a driver returns for dense customer k: 'c' + 8 zero-padded digits (ids sort like k). */
export function customerIdOf(k: number): string {
  return 'c' + String(k).padStart(8, '0');
}

export interface SynthOptions {
  readonly customers: number;
  readonly transactions: number;
  readonly seed?: number;
  /** 'iso': `at` is 'YYYY-MM-DD' (a DATE column as text); 'number': epoch ms at noon UTC; 'date': a JS Date at noon UTC. */
  readonly at?: DateKind;
}

/** The columnar form of the same log: dense customer index, calendar day, cents. */
export interface SynthColumns {
  readonly customer: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly customers: number;
}

/**
 * Who bought, when, how much — one entry per transaction, in log order. Every customer has at least
 * one transaction; the rest follow a heavy-tailed popularity (customer ⌊N·u³⌋ under a fixed
 * permutation), so roughly half the customers buy once and a few buy hundreds of times. Days are
 * uniform over 2022–2024 with a ramp for each customer's first purchase; amounts are log-normal-ish
 * integer cents (about $5 to $500), 0.5 % zero (free orders).
 */
export function synthColumns(o: SynthOptions): SynthColumns {
  const N = o.customers;
  const M = o.transactions;
  if (M < N) throw new Error('need at least one transaction per customer');
  const rnd = prng(o.seed ?? 20240601);
  const customer = new Int32Array(M);
  for (let i = 0; i < N; i++) customer[i] = i;
  // A fixed odd multiplier mod N permutes 0..N-1 when gcd(mult, N) = 1: popular customers are
  // spread over the id space instead of being the smallest ids.
  let mult = 2654435761 % N || 1;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(mult, N) !== 1) mult++;
  for (let i = N; i < M; i++) {
    const u = rnd();
    const k = Math.floor(N * u * u * u);
    customer[i] = Number((BigInt(k) * BigInt(mult)) % BigInt(N));
  }
  // Shuffle into log order (Fisher–Yates with the seeded PRNG).
  for (let i = M - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = customer[i]!;
    customer[i] = customer[j]!;
    customer[j] = t;
  }
  const span = LAST_DAY - FIRST_DAY + 1;
  const day = new Int32Array(M);
  const amount = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const u = rnd();
    day[i] = FIRST_DAY + Math.floor(span * Math.sqrt(u)); // more recent days are busier
    const v = rnd();
    amount[i] = v < 0.005 ? 0 : Math.round(500 * Math.exp(4.6 * rnd()));
  }
  return { customer, day, amount, customers: N };
}

function isoOfDay(d: number): string {
  return new Date(d * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Turns one transaction of the columns into a driver-like record: fresh id and date strings per
 * row (a driver allocates a new string for every cell; nothing is interned for us).
 */
export function recordAt(c: SynthColumns, i: number, at: DateKind, isoCache: string[]): BenchRecord {
  const d = c.day[i]!;
  return {
    customerId: customerIdOf(c.customer[i]!),
    // slice(0) on a cached string would be the same object: build a new one per row.
    at: dateOf(d, at, isoCache),
    amount: c.amount[i]!,
  };
}

/** Day d as the kind of date a driver hands over (a fresh string per row for ISO). */
function dateOf(d: number, at: DateKind, isoCache: string[]): string | number | Date {
  if (at === 'iso') return (isoCache[d - FIRST_DAY] ?? isoOfDay(d)).split('').join('');
  return at === 'number' ? d * DAY_MS + 43_200_000 : new Date(d * DAY_MS + 43_200_000);
}

/** The same records with their dates as another kind (CDNOW as numbers or Dates). */
export function withDates(records: readonly BenchRecord[], at: DateKind): BenchRecord[] {
  const cache = isoCache();
  return records.map((r) => {
    const t = typeof r.at === 'string' ? Date.parse(r.at) : typeof r.at === 'number' ? r.at : r.at.getTime();
    return { ...r, at: dateOf(Math.floor(t / DAY_MS), at, cache) };
  });
}

/** All records in an array (the "records in a JS array" starting point). */
export function synthRecords(c: SynthColumns, at: DateKind = 'iso'): BenchRecord[] {
  const cache = isoCache();
  const out = new Array<BenchRecord>(c.customer.length);
  for (let i = 0; i < out.length; i++) out[i] = recordAt(c, i, at, cache);
  return out;
}

function isoCache(): string[] {
  const out: string[] = [];
  for (let d = FIRST_DAY; d <= LAST_DAY; d++) out.push(isoOfDay(d));
  return out;
}

/**
 * The same log as a generator, never materialized: for the streaming (memory ∝ customers) run.
 * Generates customer and day on the fly with the same distributions (not the same rows as
 * synthColumns: no shuffle buffer, which would itself be O(transactions)).
 */
export function* synthStream(o: SynthOptions): Generator<BenchRecord> {
  const N = o.customers;
  const M = o.transactions;
  const rnd = prng(o.seed ?? 20240601);
  const cache = isoCache();
  const span = LAST_DAY - FIRST_DAY + 1;
  const at = o.at ?? 'iso';
  for (let i = 0; i < M; i++) {
    // Every customer appears: the first N rows cover 0..N-1 in a strided order.
    const k = i < N ? (i * 7919) % N : Math.floor(N * rnd() ** 3);
    const d = FIRST_DAY + Math.floor(span * Math.sqrt(rnd()));
    const v = rnd();
    const amount = v < 0.005 ? 0 : Math.round(500 * Math.exp(4.6 * rnd()));
    yield {
      customerId: customerIdOf(k),
      at: dateOf(d, at, cache),
      amount,
    };
  }
}

/** CDNOW master: 69,659 transactions of 23,570 customers. `amount` in cents. */
export function loadCdnow(path = fileURLToPath(new URL('../test/fixtures/cdnow-master/CDNOW_master.txt', import.meta.url))): BenchRecord[] {
  const text = readFileSync(path, 'utf8');
  const out: BenchRecord[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const f = lines[i]!.trim().split(/\s+/);
    if (f.length < 4) continue;
    const ymd = f[1]!;
    out.push({ customerId: f[0]!, at: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`, amount: Math.round(Number(f[3]) * 100) });
  }
  return out;
}

/** The columnar form of records whose ids sort like their dense index (synthetic or CDNOW). */
export function columnsOfRecords(records: readonly BenchRecord[]): SynthColumns & { ids: string[] } {
  const ids = [...new Set(records.map((r) => r.customerId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dense = new Map(ids.map((id, k) => [id, k]));
  const M = records.length;
  const customer = new Int32Array(M);
  const day = new Int32Array(M);
  const amount = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const r = records[i]!;
    customer[i] = dense.get(r.customerId)!;
    const t = typeof r.at === 'string' ? Date.parse(r.at) : typeof r.at === 'number' ? r.at : r.at.getTime();
    day[i] = Math.floor(t / DAY_MS);
    amount[i] = r.amount;
  }
  return { customer, day, amount, customers: ids.length, ids };
}
