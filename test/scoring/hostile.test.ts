/**
 * Hostile input (issue 11) for every export of the scoring module and crm-taxonomy/sql: each
 * reproduction of the issue kept as a test, then a walk that puts every hostile value into every
 * argument, option and record field of every function and fails on any outcome other than a
 * `CrmTaxonomyError` (whose message renders in every locale) or a result free of NaN, ±Infinity
 * and unfilled text.
 */
import { describe, expect, it } from 'vitest';
import { isCrmTaxonomyError } from '../../src/errors/index.js';
import { message } from '../../src/messages/message.js';
import {
  aggregateTransactions,
  defineRfmModel,
  eightClass,
  fitAbc,
  fitAbcFromValues,
  fitRfm,
  fitRfmColumns,
  fitRfmFromAggregates,
  foldTransaction,
  mergeAggregates,
  rfmSegment,
  scoreRfm,
  type CustomerAggregate,
} from '../../src/scoring/index.js';
import { RfmModelSchema } from '../../src/schema/index.js';
import { abcSql, futureTransactionsSql, quoteIdentifier, quoteTable, rfmSql } from '../../src/sql/index.js';
import { thrown } from '../support/thrown.js';

const A = { customerId: (t: { id: unknown }) => t.id as string, at: (t: { at: unknown }) => t.at as string, amount: (t: { amount: unknown }) => t.amount as number };

describe('the reproductions of issue 11', () => {
  it('amounts of 1e308: a typed error, not NaN monetary and NaN thresholds', () => {
    const rows = [
      { id: 'a', at: '2024-01-01', amount: 1e308 },
      { id: 'a', at: '2024-01-02', amount: 1e308 },
      { id: 'b', at: '2024-02-01', amount: 50 },
    ];
    expect(thrown(() => fitRfm(rows, { asOf: '2024-06-30', accessors: A }))).toMatchObject({ code: 'invalid_record', path: ['transactions', 0, 'amount'] });
    // Amounts near the bound still sum exactly.
    const big = fitRfm([{ id: 'a', at: '2024-01-01', amount: 1e30 }, { id: 'a', at: '2024-01-02', amount: 1e30 }, { id: 'b', at: '2024-01-02', amount: -1e30 }], { asOf: '2024-06-30', accessors: A });
    expect(big.customers.map((c) => c.monetary)).toEqual([2e30, -1e30]);
  });

  it('dates far outside the Date range: typed errors, not a wrapped day or a RangeError', () => {
    for (const at of [-1e18, 1e17, 8.64e15 + 1]) {
      expect(thrown(() => fitRfm([{ id: 'c', at, amount: 1 }], { asOf: '2024-06-30', accessors: A }))).toMatchObject({ code: 'invalid_date', path: ['transactions', 0, 'at'] });
      expect(thrown(() => aggregateTransactions([{ customerId: 'c', at, amount: 1 }])).code).toBe('invalid_date');
      expect(thrown(() => foldTransaction(undefined, { customerId: 'c', at, amount: 1 })).code).toBe('invalid_date');
    }
    expect(thrown(() => fitRfm([], { asOf: 1e16 }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(thrown(() => rfmSql({ dialect: 'duckdb', table: 't', columns: { customerId: 'a', at: 'b', amount: 'c' }, asOf: 1e16, policy: { futureTransactions: 'ignore' } })).code).toBe('invalid_date');
    // The extremes of the range are days like any other.
    const edge = fitRfm([{ id: 'c', at: -8.64e15, amount: 1 }], { asOf: 8.64e15, accessors: A });
    expect(edge.customers[0]!.recencyDays).toBe(200_000_000);
    expect(RfmModelSchema.safeParse(JSON.parse(JSON.stringify(edge.model))).success).toBe(true);
  });

  it('order-dependent sums: [0.1, 0.7, -1e16, 1e16, 0.3] scores the same in every order', () => {
    const amounts = [0.1, 0.7, -1e16, 1e16, 0.3];
    const permutations = (list: number[]): number[][] => (list.length <= 1 ? [list] : list.flatMap((x, i) => permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((p) => [x, ...p])));
    const results = new Set<string>();
    const fromAggregates = new Set<string>();
    for (const order of permutations(amounts)) {
      const rows = [...order.map((amount) => ({ id: 'x', at: '2024-01-03', amount })), { id: 'y', at: '2024-01-01', amount: 1.1 }, { id: 'z', at: '2024-01-01', amount: 1.0999999999999999 }];
      results.add(JSON.stringify(fitRfm(rows, { asOf: '2024-02-01', accessors: A, scores: 3 }).customers));
      // Aggregates keep each sum as a double-double (106 bits; these sums need 109): the same in
      // every order too, though they may differ from fitRfm in the last bit (docs/scoring.md).
      fromAggregates.add(JSON.stringify(fitRfmFromAggregates(aggregateTransactions(rows, { accessors: A }), { asOf: '2024-02-01', scores: 3 }).customers));
    }
    expect(results.size).toBe(1);
    expect(fromAggregates.size).toBe(1);
    // The exact sum of the five doubles (1.09999999999999995004…), rounded once, as Python's fsum.
    expect(JSON.parse([...results][0]!)[0].monetary).toBe(1.0999999999999999);
  });

  it('fitRfmFromAggregates with purchases NaN: a typed error, not frequency null', () => {
    const [a] = aggregateTransactions([{ customerId: 'a', at: '2024-01-01', amount: 5 }]);
    expect(thrown(() => fitRfmFromAggregates([{ ...a!, purchases: Number.NaN }], { asOf: '2024-06-30' }))).toMatchObject({ code: 'invalid_argument', path: ['aggregates', 0, 'purchases'] });
  });

  it('aggregateTransactions refuses the ids fitRfm refuses', () => {
    expect(thrown(() => aggregateTransactions([{ customerId: '', at: 0, amount: 1 }])).code).toBe('missing_customer_id');
    expect(thrown(() => aggregateTransactions([{ customerId: {} as never, at: 0, amount: 1 }]))).toMatchObject({ code: 'invalid_record', path: ['transactions', 0, 'customerId'] });
    expect(thrown(() => aggregateTransactions([{ customerId: Number.POSITIVE_INFINITY, at: 0, amount: 1 }])).code).toBe('invalid_record');
    expect(thrown(() => fitRfm([{ customerId: Number.POSITIVE_INFINITY, at: 0, amount: 1 }], { asOf: 0 })).code).toBe('invalid_record');
  });

  it('mergeAggregates with purchaseDays [NaN]: a typed error, not a loop and an abort', () => {
    const a = foldTransaction(undefined, { customerId: 'a', at: 0, amount: 1 });
    expect(thrown(() => mergeAggregates({ ...a, purchaseDays: [Number.NaN] }, a))).toMatchObject({ code: 'invalid_argument', path: ['a', 'purchaseDays', 0] });
  });

  it('the model of fitRfm([]) round-trips through RfmModelSchema', () => {
    const { model } = fitRfm([], { asOf: '2024-06-30' });
    expect(RfmModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  it('null items inside the input: typed errors with the index, not TypeErrors', () => {
    const ok = { customerId: 'a', at: '2024-01-01', amount: 1 };
    expect(thrown(() => fitRfm([ok, null as never], { asOf: '2024-06-30' }))).toMatchObject({ code: 'invalid_record', path: ['transactions', 1] });
    expect(thrown(() => fitRfm([{ id: 'a', at: '2024-01-01', amount: 1 }, null as never], { asOf: '2024-06-30', accessors: A }))).toMatchObject({ code: 'invalid_record', path: ['transactions', 1] });
    expect(thrown(() => aggregateTransactions([ok, undefined as never])).path).toEqual(['transactions', 1]);
    expect(thrown(() => fitAbc([ok, 7 as never])).path).toEqual(['transactions', 1]);
    expect(thrown(() => fitRfmFromAggregates([null as never], { asOf: 0 })).path).toEqual(['aggregates', 0]);
    expect(thrown(() => fitAbcFromValues([undefined as never])).path).toEqual(['values', 0]);
  });

  it('a stored model with direction abc, unordered thresholds or population -1 is refused', () => {
    const { model } = fitRfm([ { customerId: 'a', at: '2024-01-01', amount: 1 }, { customerId: 'b', at: '2024-02-01', amount: 5 } ], { asOf: '2024-06-30' });
    const stored = JSON.parse(JSON.stringify(model));
    const metrics = { recencyDays: 1, frequency: 1, monetary: 1 };
    expect(thrown(() => scoreRfm({ ...stored, recency: { ...stored.recency, direction: 'abc' } }, metrics))).toMatchObject({ code: 'invalid_model', path: ['model', 'recency', 'direction'] });
    expect(thrown(() => scoreRfm({ ...stored, monetary: { ...stored.monetary, thresholds: [5, 1, 1, 1] } }, metrics))).toMatchObject({ code: 'invalid_model', path: ['model', 'monetary', 'thresholds', 1] });
    expect(thrown(() => scoreRfm({ ...stored, population: -1 }, metrics))).toMatchObject({ code: 'invalid_model', path: ['model', 'population'] });
  });
});

// ── The walk ────────────────────────────────────────────────────────────────────────────────

const hostile: readonly [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['false', () => false],
  ['0', () => 0],
  ['-0', () => -0],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['-Infinity', () => Number.NEGATIVE_INFINITY],
  ['1e308', () => 1e308],
  ['-1e308', () => -1e308],
  ['1e17', () => 1e17],
  ['-1e18', () => -1e18],
  ['2^53', () => 2 ** 53],
  ['2^31', () => 2 ** 31],
  ["''", () => ''],
  ["' '", () => ' '],
  ["'x'", () => 'x'],
  ["'2024-13-45'", () => '2024-13-45'],
  ["'9999-12-31T23:00:00-05:00'", () => '9999-12-31T23:00:00-05:00'],
  ["'__proto__'", () => '__proto__'],
  ["'constructor'", () => 'constructor'],
  ["'toString'", () => 'toString'],
  ['a long string', () => 'a'.repeat(20_000)],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['[NaN]', () => [Number.NaN]],
  ['[1, 2]', () => [1, 2]],
  ['{}', () => ({})],
  ['Object.create(null)', () => Object.create(null)],
  ['{ __proto__ }', () => JSON.parse('{"__proto__": {"x": 1}}')],
  ['Invalid Date', () => new Date(Number.NaN)],
  ['Date(0)', () => new Date(0)],
  ['a symbol', () => Symbol('s')],
  ['a function', () => () => 1],
  ['a Map', () => new Map([[1, 2]])],
  ['a Set', () => new Set([1])],
  ['a bigint', () => 10n],
  ['a typed array', () => new Int32Array([1, -5])],
  ['an async iterable of null', () => (async function* () { yield null; })()],
];

/** Where in a result a number is NaN or infinite, or a string shows an unfilled placeholder. */
function badValue(value: unknown, path = '', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (typeof value === 'string') return /undefined|\[object Object\]|\{\w+(:[^}]*)?\}/.test(value) && !value.includes('WITH tx') && !value.startsWith('"') ? `${path} = ${value.slice(0, 40)}` : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    for (let i = 0; i < Math.min((value as Float64Array).length, 1000); i++) {
      const bad = badValue((value as Float64Array)[i], `${path}[${i}]`, seen);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    const bad = badValue(v, `${path}.${k}`, seen);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

interface Tally {
  calls: number;
  errors: number;
  results: number;
  failures: string[];
}

async function outcome(tally: Tally, label: string, call: () => unknown): Promise<void> {
  tally.calls++;
  try {
    let result = call();
    if (result instanceof Promise) result = await result;
    const bad = badValue(result);
    if (bad !== undefined) tally.failures.push(`${label}: result ${bad}`);
    else tally.results++;
  } catch (error) {
    if (!isCrmTaxonomyError(error)) {
      tally.failures.push(`${label}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 200));
      return;
    }
    tally.errors++;
    // `undefined` may appear as what was received (an argument left out), nowhere else.
    const received = (error.details as { received?: unknown }).received === 'undefined';
    for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
      const text = message(error, locale);
      if (/\[object Object\]|\{\w+(:[^}]*)?\}/.test(text) || (!received && /undefined/.test(text))) tally.failures.push(`${label}: message ${locale} ${text.slice(0, 120)}`);
    }
  }
}

/** Copies of `base` with one key replaced by each hostile value (and removed). */
function variants(base: Readonly<Record<string, unknown>>): [string, () => Record<string, unknown>][] {
  const out: [string, () => Record<string, unknown>][] = [];
  for (const key of Object.keys(base)) {
    for (const [name, make] of hostile) out.push([`${key}=${name}`, () => ({ ...base, [key]: make() })]);
  }
  return out;
}

describe('every export with every hostile value', () => {
  it('answers a CrmTaxonomyError or a clean result, never anything else', async () => {
    const tally: Tally = { calls: 0, errors: 0, results: 0, failures: [] };
    const row = { customerId: 'a', at: '2024-01-01', amount: 100, profit: 10 };
    const rows = [row, { customerId: 'b', at: '2024-03-01', amount: 50, profit: 5 }];
    const rfmOptions = { asOf: '2024-06-30', scores: 3, method: 'ntile', policy: {}, onMissingCustomerId: 'error', onProgress: () => {} };
    const { model } = fitRfm(rows, rfmOptions as never);
    const storedModel = JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
    const agg = JSON.parse(JSON.stringify(aggregateTransactions(rows)[0])) as CustomerAggregate;
    const metrics = { recencyDays: 3, frequency: 2, monetary: 10 };
    const columns = { customer: new Int32Array([0, 1]), day: new Int32Array([19_800, 19_810]), amount: new Float64Array([5, 7]), customers: 2 };
    const thresholds = { asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } };
    const sqlBase = { dialect: 'duckdb', table: 't', columns: { customerId: 'id', at: 'at', amount: 'amount' }, asOf: '2024-06-30', policy: { futureTransactions: 'ignore' } };

    const cases: [string, (x: unknown) => unknown, unknown][] = [];
    const each = (name: string, fn: (x: never) => unknown, base: unknown): void => void cases.push([name, fn as (x: unknown) => unknown, base]);
    // Whole arguments.
    for (const [n, make] of hostile) {
      const h = make;
      each(`fitRfm(${n})`, () => fitRfm(h() as never, rfmOptions as never), undefined);
      each(`fitRfm(rows, ${n})`, () => fitRfm(rows, h() as never), undefined);
      each(`fitRfm([${n}])`, () => fitRfm([h()] as never, rfmOptions as never), undefined);
      each(`fitRfmColumns(${n})`, () => fitRfmColumns(h() as never, { asOf: '2024-06-30' }), undefined);
      each(`fitRfmFromAggregates(${n})`, () => fitRfmFromAggregates(h() as never, { asOf: '2024-06-30' }), undefined);
      each(`fitRfmFromAggregates([${n}])`, () => fitRfmFromAggregates([h()] as never, { asOf: '2024-06-30' }), undefined);
      each(`defineRfmModel(${n})`, () => defineRfmModel(h() as never), undefined);
      each(`scoreRfm(${n}, metrics)`, () => scoreRfm(h() as never, metrics), undefined);
      each(`scoreRfm(model, ${n})`, () => scoreRfm(storedModel as never, h() as never), undefined);
      each(`scoreRfm(model, agg, ${n})`, () => scoreRfm(storedModel as never, agg, h() as never), undefined);
      each(`aggregateTransactions(${n})`, () => aggregateTransactions(h() as never), undefined);
      each(`aggregateTransactions([${n}])`, () => aggregateTransactions([h()] as never), undefined);
      each(`aggregateTransactions(rows, ${n})`, () => aggregateTransactions(rows, h() as never), undefined);
      each(`foldTransaction(${n}, row)`, () => foldTransaction(h() as never, row), undefined);
      each(`foldTransaction(agg, ${n})`, () => foldTransaction(agg, h() as never), undefined);
      each(`foldTransaction(agg, row, ${n})`, () => foldTransaction(agg, row, h() as never), undefined);
      each(`mergeAggregates(${n}, agg)`, () => mergeAggregates(h() as never, agg), undefined);
      each(`mergeAggregates(agg, ${n})`, () => mergeAggregates(agg, h() as never), undefined);
      each(`rfmSegment(${n})`, () => rfmSegment(h() as never), undefined);
      each(`rfmSegment(scores, ${n})`, () => rfmSegment({ r: 1, f: 1, m: 1 }, h() as never), undefined);
      each(`eightClass(${n}, model)`, () => eightClass(h() as never, storedModel as never), undefined);
      each(`eightClass(metrics, ${n})`, () => eightClass(metrics, h() as never), undefined);
      each(`eightClass(metrics, model, ${n})`, () => eightClass(metrics, storedModel as never, h() as never), undefined);
      each(`fitAbc(${n})`, () => fitAbc(h() as never), undefined);
      each(`fitAbc([${n}])`, () => fitAbc([h()] as never), undefined);
      each(`fitAbc(rows, ${n})`, () => fitAbc(rows, h() as never), undefined);
      each(`fitAbcFromValues(${n})`, () => fitAbcFromValues(h() as never), undefined);
      each(`fitAbcFromValues([${n}])`, () => fitAbcFromValues([h()] as never), undefined);
      each(`fitAbcFromValues(values, ${n})`, () => fitAbcFromValues([{ customerId: 'a', value: 1 }], h() as never), undefined);
      each(`rfmSql(${n})`, () => rfmSql(h() as never), undefined);
      each(`abcSql(${n})`, () => abcSql(h() as never), undefined);
      each(`futureTransactionsSql(${n})`, () => futureTransactionsSql(h() as never), undefined);
      each(`quoteIdentifier(${n})`, () => quoteIdentifier(h() as never), undefined);
      each(`quoteTable(${n})`, () => quoteTable(h() as never), undefined);
    }
    // One option, one record field, one model field at a time.
    for (const [n, opts] of variants(rfmOptions)) {
      each(`fitRfm(rows, {${n}})`, () => fitRfm(rows, opts() as never), undefined);
      each(`fitRfmFromAggregates(aggs, {${n}})`, () => fitRfmFromAggregates([agg], opts() as never), undefined);
      each(`fitRfmColumns(columns, {${n}})`, () => fitRfmColumns(columns, opts() as never), undefined);
    }
    for (const [n, opts] of variants({ sameDay: 'once', monetary: 'mean', zeroAmounts: 'ignore', refunds: 'ignore', futureTransactions: 'include', timeZone: 'Asia/Shanghai' })) {
      each(`fitRfm(rows, { policy: {${n}} })`, () => fitRfm(rows, { asOf: '2024-06-30', policy: opts() } as never), undefined);
    }
    for (const [n, opts] of variants(thresholds)) each(`defineRfmModel({${n}})`, () => defineRfmModel(opts() as never), undefined);
    for (const [n, r] of variants(row)) {
      each(`fitRfm([{${n}}])`, () => fitRfm([r()] as never, rfmOptions as never), undefined);
      each(`aggregateTransactions([{${n}}])`, () => aggregateTransactions([r()] as never), undefined);
      each(`foldTransaction(agg, {${n}})`, () => foldTransaction(agg, r() as never), undefined);
      each(`fitAbc([{${n}}], profit)`, () => fitAbc([r()] as never, { value: 'profit' }), undefined);
    }
    for (const [n, c] of variants(columns)) each(`fitRfmColumns({${n}})`, () => fitRfmColumns(c() as never, { asOf: '2024-06-30' }), undefined);
    for (const [n, m] of variants(storedModel)) each(`scoreRfm({${n}}, agg)`, () => scoreRfm(m() as never, agg), undefined);
    for (const [n, m] of variants(storedModel.recency as Record<string, unknown>)) each(`scoreRfm({ recency: {${n}} })`, () => scoreRfm({ ...storedModel, recency: m() } as never, metrics), undefined);
    for (const [n, a] of variants(agg as unknown as Record<string, unknown>)) {
      each(`mergeAggregates({${n}}, agg)`, () => mergeAggregates(a() as never, agg), undefined);
      each(`scoreRfm(model, {${n}})`, () => scoreRfm(storedModel as never, a() as never), undefined);
      each(`fitRfmFromAggregates([{${n}}])`, () => fitRfmFromAggregates([a()] as never, { asOf: '2024-06-30' }), undefined);
    }
    for (const [n, m] of variants(metrics)) {
      each(`scoreRfm(model, {${n}})`, () => scoreRfm(storedModel as never, m() as never), undefined);
      each(`eightClass({${n}}, model)`, () => eightClass(m() as never, storedModel as never), undefined);
    }
    for (const [n, s] of variants({ r: 2, f: 3, m: 1 })) each(`rfmSegment({${n}})`, () => rfmSegment(s() as never), undefined);
    for (const [n, o] of variants({ by: 'customers', cuts: [0.05, 0.2], maxA: 10, value: 'revenue', asOf: '2024-06-30', policy: { futureTransactions: 'ignore' } })) {
      each(`fitAbc(rows, {${n}})`, () => fitAbc(rows, o() as never), undefined);
      each(`fitAbcFromValues(values, {${n}})`, () => fitAbcFromValues([{ customerId: 'a', value: 3 }], o() as never), undefined);
    }
    for (const [n, v] of variants({ customerId: 'a', value: 3 })) each(`fitAbcFromValues([{${n}}])`, () => fitAbcFromValues([v()] as never), undefined);
    for (const [n, o] of variants({ ...sqlBase, method: 'ntile', scores: 4, eightClass: 'median', customerIdType: 'text' })) each(`rfmSql({${n}})`, () => rfmSql(o() as never), undefined);
    for (const [n, o] of variants({ ...sqlBase, by: 'value', cuts: [0.8, 0.95], maxA: 3, value: 'profit', profitColumn: 'p' })) each(`abcSql({${n}})`, () => abcSql(o() as never), undefined);
    for (const [n, o] of variants(sqlBase)) each(`futureTransactionsSql({${n}})`, () => futureTransactionsSql(o() as never), undefined);

    for (const [label, fn] of cases) await outcome(tally, label, () => fn(undefined));
    console.log(`hostile walk: ${tally.calls} calls, ${tally.errors} typed errors, ${tally.results} clean results, ${tally.failures.length} failures`);
    expect(tally.failures).toEqual([]);
    expect(tally.calls).toBeGreaterThan(5_000);
  }, 120_000);
});
