import { CrmTaxonomyError, inputError, isRecord, recordError, type ErrorPath, type Expectation, type InputIssue } from '../errors/index.js';
import { addCompensated, type CompensatedSum } from '../records/index.js';
import type { CustomerHistory, CustomerSummary } from './summary.js';
import { checkTimeUnit, type TimeUnit } from './time.js';

/** Largest repeat-purchase count: more purchase days than the calendar of a `Date` holds. @internal */
export const MAX_X = 2e8;
/** Largest age `T` (or recency) in any unit. @internal */
export const MAX_T = 1e9;
/** Largest multiplicity of a grouped history. @internal */
export const MAX_COUNT = 1e12;
/** Largest number of opportunities of a discrete history (BG/BB). @internal */
export const MAX_OPPORTUNITIES = 100_000;

/** Customers grouped into distinct histories with weights, in a fixed order. @internal */
export interface GroupedHistories {
  /** Distinct histories. */
  readonly n: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly w: Float64Array;
  /** Covariate columns, one per name, aligned with the rows. */
  readonly z: readonly Float64Array[];
  /** Σ weights. */
  readonly customers: number;
  readonly repeatCustomers: number;
  readonly totalRepeatPurchases: number;
  readonly meanT: number;
  readonly maxT: number;
}

function num(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Checks one continuous history `{ x, tx, T }` and returns its fields: whole `x` in [0, 2e8], `T`
 * in [0, 1e9], `0 <= tx <= T`, `tx = 0` when `x = 0`. In a list (`index` given: the history is
 * `path[index]`) a bad field is an `invalid_record`, otherwise an `invalid_argument`.
 * @internal
 */
export function readHistory(h: unknown, path: ErrorPath, index?: number): { x: number; tx: number; T: number } {
  if (!isRecord(h)) throw fieldError(path, undefined, index, 'object', h, {});
  const { x, tx, T } = h as Record<string, unknown>;
  if (!num(x) || !Number.isInteger(x) || x < 0 || x > MAX_X) throw fieldError(path, 'x', index, 'integer', x, { min: 0, max: MAX_X });
  if (!num(T) || T < 0 || T > MAX_T) throw fieldError(path, 'T', index, 'number', T, { min: 0, max: MAX_T });
  if (!num(tx) || tx < 0) throw fieldError(path, 'tx', index, 'number', tx, { min: 0, max: T });
  if (tx > T) throw fieldError(path, 'tx', index, 'at_most_other', tx, { other: 'T', max: T });
  if (x === 0 && tx !== 0) throw fieldError(path, 'tx', index, 'number', tx, { min: 0, max: 0 });
  return { x, tx: tx === 0 ? 0 : tx, T: T === 0 ? 0 : T };
}

/** A bad field of one input: `invalid_argument`, or `invalid_record` inside a list (`index` given). */
function fieldError(path: ErrorPath, field: string | undefined, index: number | undefined, expected: Expectation, value: unknown, extra: Omit<InputIssue, 'expected' | 'received'>): CrmTaxonomyError {
  const base = index === undefined ? path : [...path, index];
  const at = field === undefined ? base : [...base, field];
  return index === undefined ? inputError('invalid_argument', at, expected, value, extra) : recordError(at, index, expected, value, extra);
}

/**
 * The covariate values of a customer for `names`, each a finite number (`invalid_argument` or
 * `invalid_record` naming the missing one); `NO_VALUES` (shared, empty) without names.
 * @internal
 */
export function readCovariates(h: unknown, names: readonly string[], path: ErrorPath, index?: number): number[] {
  if (names.length === 0) return NO_VALUES;
  const c = isRecord(h) ? (h as Record<string, unknown>).covariates : undefined;
  if (!isRecord(c)) throw fieldError(path, 'covariates', index, 'object', c, {});
  const out: number[] = [];
  for (const name of names) {
    const v = Object.hasOwn(c, name) ? (c as Record<string, unknown>)[name] : undefined;
    if (!num(v) || Math.abs(v) > 1e12) {
      const range = { min: -1e12, max: 1e12 };
      throw index === undefined
        ? inputError('invalid_argument', [...path, 'covariates', name], 'number', v, range)
        : recordError([...path, index, 'covariates', name], index, 'number', v, range);
    }
    out.push(v === 0 ? 0 : v);
  }
  return out;
}

const NO_VALUES: number[] = [];

function readCount(h: unknown, path: ErrorPath, index: number): number {
  const c = (h as Record<string, unknown>).count;
  if (c === undefined) return 1;
  if (!num(c) || !Number.isInteger(c) || c < 1 || c > MAX_COUNT) throw fieldError(path, 'count', index, 'integer', c, { min: 1, max: MAX_COUNT });
  return c;
}

/**
 * The rows of a fit input: a {@link CustomerSummary} (its unit is the model's; `timeUnit`, when
 * given, must agree) or an array of histories (then `timeUnit` is required).
 * @internal
 */
export function rowsOf(input: unknown, timeUnit: unknown, required = true): { rows: readonly unknown[]; timeUnit: TimeUnit | undefined } {
  if (Array.isArray(input)) {
    if (timeUnit === undefined) {
      if (required) throw inputError('invalid_argument', ['options', 'timeUnit'], 'one_of', undefined, { allowed: ['days', 'weeks'] });
      return { rows: input, timeUnit: undefined };
    }
    return { rows: input, timeUnit: checkTimeUnit(timeUnit, ['options', 'timeUnit']) };
  }
  if (!isRecord(input) || !Array.isArray((input as { customers?: unknown }).customers)) throw inputError('invalid_argument', ['customers'], 'array', input);
  const summary = input as unknown as CustomerSummary;
  const unit = checkTimeUnit(summary.timeUnit, ['timeUnit']);
  if (timeUnit !== undefined && timeUnit !== unit) throw inputError('invalid_argument', ['options', 'timeUnit'], 'same_time_unit', timeUnit, { allowed: [unit] });
  return { rows: summary.customers, timeUnit: unit };
}

/** Runs `read` over the rows by index, so a hole in the array is read (and refused) as a missing row; what a host's getter or proxy throws passes through, as everywhere. */
function eachRow(rows: readonly unknown[], read: (row: unknown, index: number) => void): void {
  const n = rows.length;
  for (let i = 0; i < n; i++) read(rows[i], i);
}

/**
 * Checks every history of a fit input and groups identical ones (same x, tx, T and covariate
 * values) into weighted rows sorted by (x, tx, T, covariates), so the likelihood is evaluated once
 * per distinct history and the result does not depend on the input's order.
 * @internal
 */
export function groupHistories(rows: readonly unknown[], covariates: readonly string[], path: ErrorPath = ['customers']): GroupedHistories {
  const k = covariates.length;
  const xs: number[] = [];
  const txs: number[] = [];
  const Ts: number[] = [];
  const ws: number[] = [];
  const zs: number[][] = covariates.map(() => []);
  // Distinct rows: nested maps T → tx → x without covariates, a text key with them.
  const byT = new Map<number, Map<number, Map<number, number>>>();
  const byKey = new Map<string, number>();
  let customers = 0;
  let repeat = 0;
  const sumX: CompensatedSum = { sum: 0, compensation: 0 };
  const sumT: CompensatedSum = { sum: 0, compensation: 0 };
  let maxT = 0;
  eachRow(rows, (row, i) => {
    const { x, tx, T } = readHistory(row, path, i);
    const count = readCount(row, path, i);
    const z = readCovariates(row, covariates, path, i);
    customers += count;
    if (x > 0) repeat += count;
    addCompensated(sumX, x * count);
    addCompensated(sumT, T * count);
    if (T > maxT) maxT = T;
    let id: number | undefined;
    if (k === 0) {
      let a = byT.get(T);
      if (a === undefined) byT.set(T, (a = new Map()));
      let b = a.get(tx);
      if (b === undefined) a.set(tx, (b = new Map()));
      id = b.get(x);
      if (id === undefined) b.set(x, (id = xs.length));
    } else {
      const key = `${x}|${tx}|${T}|${z.join('|')}`;
      id = byKey.get(key);
      if (id === undefined) byKey.set(key, (id = xs.length));
    }
    if (id === xs.length) {
      xs.push(x);
      txs.push(tx);
      Ts.push(T);
      ws.push(count);
      for (let j = 0; j < k; j++) zs[j]!.push(z[j]!);
    } else ws[id] = ws[id]! + count;
  });
  const n = xs.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((p, q) => {
    const d = xs[p]! - xs[q]! || txs[p]! - txs[q]! || Ts[p]! - Ts[q]!;
    if (d !== 0 || k === 0) return d;
    for (let j = 0; j < k; j++) {
      const e = zs[j]![p]! - zs[j]![q]!;
      if (e !== 0) return e;
    }
    return 0;
  });
  const pick = (src: readonly number[]): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = src[order[i]!]!;
    return out;
  };
  return {
    n,
    x: pick(xs),
    tx: pick(txs),
    T: pick(Ts),
    w: pick(ws),
    z: zs.map(pick),
    customers,
    repeatCustomers: repeat,
    totalRepeatPurchases: sumX.sum + sumX.compensation,
    meanT: customers === 0 ? 0 : Math.min(maxT, (sumT.sum + sumT.compensation) / customers),
    maxT,
  };
}

/** A discrete-time history (BG/BB): x transactions in n opportunities, the last at opportunity tx. */
export interface DiscreteHistory {
  /** Transactions (frequency), a whole number in [0, n]. */
  readonly x: number;
  /** The opportunity of the last transaction (recency), whole; 0 when x = 0, otherwise in [x, n]. */
  readonly tx: number;
  /** Opportunities observed, a whole number. */
  readonly n: number;
  /** Customers sharing this history (default 1), for pre-grouped data in a fit. */
  readonly count?: number;
}

/**
 * Checks a discrete history: whole `0 <= x <= n <= 100,000`, `tx = 0` when `x = 0`, otherwise
 * `x <= tx <= n`.
 * @internal
 */
export function readDiscreteHistory(h: unknown, path: ErrorPath, index?: number): { x: number; tx: number; n: number } {
  if (!isRecord(h)) throw fieldError(path, undefined, index, 'object', h, {});
  const { x, tx, n } = h as Record<string, unknown>;
  if (!whole(n) || n < 0 || n > MAX_OPPORTUNITIES) throw fieldError(path, 'n', index, 'integer', n, { min: 0, max: MAX_OPPORTUNITIES });
  if (!whole(x) || x < 0 || x > n) throw fieldError(path, 'x', index, 'integer', x, { min: 0, max: n });
  if (x === 0) {
    if (tx !== 0) throw fieldError(path, 'tx', index, 'integer', tx, { min: 0, max: 0 });
  } else if (!whole(tx) || tx < x || tx > n) throw fieldError(path, 'tx', index, 'integer', tx, { min: x, max: n });
  return { x, tx: tx as number, n };
}

function whole(v: unknown): v is number {
  return num(v) && Number.isInteger(v);
}

/** Discrete histories grouped and sorted like {@link groupHistories}. @internal */
export function groupDiscrete(rows: readonly unknown[], path: ErrorPath = ['customers']): {
  readonly n: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly opp: Float64Array;
  readonly w: Float64Array;
  readonly customers: number;
  readonly repeatCustomers: number;
  readonly totalTransactions: number;
  readonly maxOpportunities: number;
} {
  const byKey = new Map<number, number>();
  const xs: number[] = [];
  const txs: number[] = [];
  const ns: number[] = [];
  const ws: number[] = [];
  let customers = 0;
  let repeat = 0;
  let total = 0;
  let maxN = 0;
  eachRow(rows, (row, i) => {
    const { x, tx, n } = readDiscreteHistory(row, path, i);
    const count = readCount(row, path, i);
    customers += count;
    if (x > 0) repeat += count;
    total += x * count;
    if (n > maxN) maxN = n;
    const key = (n * (MAX_OPPORTUNITIES + 1) + tx) * (MAX_OPPORTUNITIES + 1) + x;
    let id = byKey.get(key);
    if (id === undefined) {
      byKey.set(key, (id = xs.length));
      xs.push(x);
      txs.push(tx);
      ns.push(n);
      ws.push(count);
    } else ws[id] = ws[id]! + count;
  });
  const order = xs.map((_, i) => i).sort((p, q) => xs[p]! - xs[q]! || txs[p]! - txs[q]! || ns[p]! - ns[q]!);
  const pick = (src: readonly number[]): Float64Array => Float64Array.from(order, (i) => src[i]!);
  return { n: xs.length, x: pick(xs), tx: pick(txs), opp: pick(ns), w: pick(ws), customers, repeatCustomers: repeat, totalTransactions: total, maxOpportunities: maxN };
}
