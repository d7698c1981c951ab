import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RFM_SEGMENTS, eightClass, fitRfm, rfmSegment, type RfmOptions } from '../../src/scoring/index.js';
import { abcSql, futureTransactionsSql, quoteIdentifier, quoteTable, rfmSql, type RfmSqlOptions } from '../../src/sql/index.js';
import { message } from '../../src/index.js';
import { thrown } from '../support/thrown.js';
import { loadCdnow } from '../scoring/data.js';
import { duckdb, load, pglite, type Engine } from './engines.js';

const columns = { customerId: 'user id', at: 'created at', amount: 'total cents' };
const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
const cdnowAccessors = { customerId: (r: { id: string }) => r.id, at: (r: { date: string }) => r.date, amount: (r: { cents: number }) => r.cents };

let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await pglite(), await duckdb()];
  const rows = loadCdnow().map((r) => ({ id: r.id, day: iso(r.date), amount: r.cents }));
  for (const e of engines) await load(e, '"tx ""quoted"" table"', rows, 'TEXT');
}, 120_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

type Policy = Omit<RfmSqlOptions, 'dialect' | 'table' | 'columns'>;
const ignore = { futureTransactions: 'ignore' } as const;

const cases: [string, Policy][] = [
  ['quantile, defaults', { asOf: '1998-07-01', policy: ignore }],
  ['ntile, defaults', { asOf: '1998-07-01', policy: ignore, method: 'ntile' }],
  ['quantile, same day once, mean, 4 scores', { asOf: '1998-07-01', policy: { ...ignore, sameDay: 'once', monetary: 'mean' }, scores: 4 }],
  ['ntile, same day once, mean, 10 scores', { asOf: '1998-07-01', policy: { ...ignore, sameDay: 'once', monetary: 'mean' }, scores: 10, method: 'ntile' }],
  ['thresholds', { asOf: '1998-07-01', policy: ignore, method: 'thresholds', thresholds: { recency: [400, 300, 200, 100], frequency: [1, 2, 4, 8], monetary: [1000, 3000, 6000, 12000] } }],
  ['future ignored mid-period, zero amounts ignored', { asOf: '1997-03-31', policy: { ...ignore, zeroAmounts: 'ignore' } }],
  ['future included mid-period, ntile', { asOf: '1997-03-31', policy: { futureTransactions: 'include' }, method: 'ntile' }],
];

describe('rfmSql on CDNOW: in-memory == PGlite == DuckDB', () => {
  it.each(cases)('%s', async (_, policy) => {
    const rows = loadCdnow();
    const expected = fitRfm(rows, { ...(policy as RfmOptions), accessors: cdnowAccessors }).customers;
    for (const engine of engines) {
      const q = rfmSql({ ...policy, dialect: engine.name, table: 'tx "quoted" table', columns });
      expect(q.text).not.toContain(String(policy.asOf));
      const got = await engine.query(q);
      expect(got.length, engine.name).toBe(expected.length);
      expect(got, engine.name).toEqual(expected);
    }
  });
});

describe('segments in SQL', () => {
  it.each([
    ['mean', { sameDay: 'separate', monetary: 'sum' }],
    ['median', { sameDay: 'once', monetary: 'sum' }],
  ] as const)('11-segment map and eight classes against the %s', async (center, policy) => {
    const rows = loadCdnow();
    const options = { asOf: '1998-07-01', policy: { ...ignore, ...policy }, method: center === 'median' ? 'ntile' : 'quantile' } as const;
    const { customers, model } = fitRfm(rows, { ...options, accessors: cdnowAccessors });
    const expected = customers.map((c) => [c.customerId, rfmSegment(c)!.id, eightClass(c, model, { center }).id]);
    for (const engine of engines) {
      const q = rfmSql({ ...options, dialect: engine.name, table: 'tx "quoted" table', columns, segmentMap: RFM_SEGMENTS, eightClass: center });
      const got = (await engine.raw(q)).map((r) => [r.customer_id, r.segment, r.eight_class]);
      expect(got, engine.name).toEqual(expected);
    }
    expect(new Set(expected.map((e) => e[2])).size).toBe(8);
  });
});

describe('rfmSql properties', () => {
  const dayIso = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
  const policy = fc.record({
    method: fc.constantFrom('quantile' as const, 'ntile' as const),
    scores: fc.integer({ min: 2, max: 6 }),
    policy: fc.record({
      sameDay: fc.constantFrom('separate' as const, 'once' as const),
      monetary: fc.constantFrom('sum' as const, 'mean' as const),
      refunds: fc.constantFrom('subtract' as const, 'ignore' as const),
      zeroAmounts: fc.constantFrom('purchase' as const, 'ignore' as const),
      futureTransactions: fc.constantFrom('ignore' as const, 'include' as const),
    }),
  });
  const ids = fc.constantFrom('a', 'b', 'B', 'ä', 'é', 'a b', "o'k", '10', '9', 'z');

  it('in-memory == PGlite == DuckDB on random data, ties and odd ids included', async () => {
    const tx = fc.record({
      id: ids,
      day: fc.integer({ min: 0, max: 40 }),
      amount: fc.oneof(fc.integer({ min: -300, max: 1000 }), fc.constantFrom(0, 100, 100)),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tx, { minLength: 1, maxLength: 40 }), policy, async (list, p) => {
        const rows = list.map((t) => ({ id: t.id, day: dayIso(t.day), amount: t.amount }));
        const asOf = dayIso(30);
        const { customers: expected, model } = fitRfm(rows, { asOf, ...p, accessors: { customerId: (r) => r.id, at: (r) => r.day, amount: (r) => r.amount } });
        const center = p.scores % 2 === 0 ? ('mean' as const) : ('median' as const);
        const classes = expected.map((c) => eightClass(c, model, { center }).id);
        for (const engine of engines) {
          await load(engine, 'prop', rows, 'TEXT');
          expect(await engine.query(rfmSql({ ...p, asOf, dialect: engine.name, table: 'prop', columns }))).toEqual(expected);
          const withClasses = await engine.raw(rfmSql({ ...p, asOf, dialect: engine.name, table: 'prop', columns, eightClass: center }));
          expect(withClasses.map((r) => r.eight_class)).toEqual(classes);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('with NULL ids, dates and amounts: the SQL leaves those rows out, as the in-memory fit of the rest', async () => {
    // An id of '' is no id in either (docs/sql.md, NULLs).
    const missing = (r: { id: string | null }) => r.id === null || r.id === '';
    const tx = fc.record({
      id: fc.option(fc.oneof({ arbitrary: ids, weight: 6 }, { arbitrary: fc.constant(''), weight: 1 }), { freq: 6 }),
      day: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }),
      amount: fc.option(fc.integer({ min: -300, max: 1000 }), { freq: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tx, { minLength: 1, maxLength: 40 }), policy, async (list, p) => {
        const rows = list.map((t) => ({ id: t.id, day: t.day === null ? null : dayIso(t.day), amount: t.amount }));
        const asOf = dayIso(30);
        // In memory such rows are refused; the SQL's answer is the fit of the rows without them.
        const complete = rows.filter((r) => !missing(r) && r.day !== null && r.amount !== null);
        const expected = fitRfm(complete, { asOf, ...p, accessors: { customerId: (r) => r.id, at: (r) => r.day!, amount: (r) => r.amount! } }).customers;
        if (rows.some((r) => !missing(r) && (r.day === null || r.amount === null))) {
          const all = { asOf, ...p, policy: { ...p.policy, futureTransactions: 'include' as const }, onMissingCustomerId: 'skip' as const };
          expect(thrown(() => fitRfm(rows, { ...all, accessors: { customerId: (r) => r.id, at: (r) => r.day as string, amount: (r) => r.amount as number } })).code).toMatch(/^(invalid_record|invalid_date)$/);
        }
        for (const engine of engines) {
          await load(engine, 'nulls', rows, 'TEXT');
          expect(await engine.query(rfmSql({ ...p, asOf, dialect: engine.name, table: 'nulls', columns })), engine.name).toEqual(expected);
          const [counts] = await engine.raw(futureTransactionsSql({ dialect: engine.name, table: 'nulls', columns, asOf }));
          expect([Number(counts!.null_dates), Number(counts!.null_amounts), Number(counts!.missing_customer_ids)]).toEqual([
            rows.filter((r) => r.day === null).length,
            rows.filter((r) => r.amount === null).length,
            rows.filter(missing).length,
          ]);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('numeric ids order numerically', async () => {
    const rows = [10, 9, 100, 2, 2, 10].map((id, i) => ({ id, day: `2024-01-0${1 + (i % 3)}`, amount: 100 }));
    const expected = fitRfm(rows, { asOf: '2024-01-10', method: 'ntile', accessors: { customerId: (r) => r.id, at: (r) => r.day, amount: (r) => r.amount } }).customers;
    for (const engine of engines) {
      await load(engine, 'nums', rows, 'BIGINT');
      const got = await engine.query(rfmSql({ asOf: '2024-01-10', policy: ignore, method: 'ntile', dialect: engine.name, table: 'nums', columns, customerIdType: 'number' }));
      expect(got).toEqual(expected);
    }
  });
});

describe('identifiers and options', () => {
  const code = (fn: () => unknown) => thrown(fn).code;
  it('quotes and refuses identifiers', () => {
    expect(quoteIdentifier('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
    expect(quoteTable(['s', 't'])).toBe('"s"."t"');
    expect(code(() => quoteIdentifier(''))).toBe('invalid_identifier');
    expect(code(() => quoteIdentifier('a\u0000b'))).toBe('invalid_identifier');
    expect(code(() => quoteTable([]))).toBe('invalid_identifier');
  });
  it('refuses holes, lone surrogates and names PostgreSQL would cut at 63 bytes (another column could answer)', () => {
    expect(thrown(() => quoteTable([, 'orders'] as never)).path).toEqual([0]);
    expect(thrown(() => rfmSql({ dialect: 'postgres', table: [, 'orders'] as never, columns: { customerId: 'c', at: 'a', amount: 'm' }, asOf: '2024-06-30', policy: { futureTransactions: 'ignore' } })).path).toEqual(['options', 'table', 0]);
    expect(thrown(() => quoteTable(['a', , 'b'] as never)).path).toEqual([1]);
    expect(quoteIdentifier('a'.repeat(63))).toHaveLength(65);
    expect(code(() => quoteIdentifier('a'.repeat(64)))).toBe('invalid_identifier');
    expect(code(() => quoteIdentifier('é'.repeat(32)))).toBe('invalid_identifier'); // 64 bytes in UTF-8
    expect(quoteIdentifier('😀'.repeat(15))).toBe(`"${'😀'.repeat(15)}"`); // 60 bytes
    expect(code(() => quoteIdentifier('\uDC00'))).toBe('invalid_identifier');
    expect(code(() => quoteIdentifier('a\uD800'))).toBe('invalid_identifier');
  });
  it('refuses futureTransactions: error, unknown dialects, bad dates and bad thresholds', () => {
    const base = { dialect: 'postgres', table: 't', columns, asOf: '2024-01-01', policy: ignore } as const;
    expect(thrown(() => rfmSql({ ...base, policy: { futureTransactions: 'error' as never } }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'policy', 'futureTransactions'] });
    expect(thrown(() => rfmSql({ ...base, policy: {} as never })).path).toEqual(['options', 'policy', 'futureTransactions']);
    expect(code(() => rfmSql({ ...base, dialect: 'mysql' as never }))).toBe('invalid_argument');
    expect(code(() => rfmSql({ ...base, method: 'thresholds' }))).toBe('invalid_policy');
    expect(thrown(() => rfmSql({ ...base, asOf: 'never' }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(thrown(() => rfmSql({ ...base, asOf: 1e16 }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    expect(code(() => rfmSql({ ...base, columns: { ...columns, at: '' } }))).toBe('invalid_identifier');
    expect(code(() => rfmSql({ ...base, method: 'qcut' as never }))).toBe('invalid_policy');
    expect(code(() => rfmSql({ ...base, customerIdType: 'uuid' as never }))).toBe('invalid_argument');
    expect(code(() => rfmSql({ ...base, segmentMap: { ...RFM_SEGMENTS, scale: 3 } }))).toBe('invalid_policy');
    expect(code(() => rfmSql({ ...base, segmentMap: { ...RFM_SEGMENTS, rules: [{ segment: 'x', r: [1.5, 2], f: [1, 1], m: [1, 1] }] } }))).toBe('invalid_policy');
    expect(code(() => rfmSql({ ...base, eightClass: 'mode' as never }))).toBe('invalid_policy');
    expect(code(() => rfmSql(null as never))).toBe('invalid_argument');
    expect(code(() => futureTransactionsSql({ ...base, dialect: 'sqlite' as never }))).toBe('invalid_argument');
    expect(thrown(() => futureTransactionsSql({ ...base, asOf: -1e17 }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
  });
  it('refuses bad ABC options', () => {
    const base = { dialect: 'duckdb', table: 't', columns } as const;
    expect(code(() => abcSql({ ...base, by: 'profit' as never }))).toBe('invalid_policy');
    expect(code(() => abcSql({ ...base, cuts: [0.9, 0.1] }))).toBe('invalid_policy');
    expect(code(() => abcSql({ ...base, maxA: -1 }))).toBe('invalid_policy');
    expect(code(() => abcSql({ ...base, value: 'profit' }))).toBe('invalid_argument');
    // No choice for future rows: the refusal says none was given and names the two, not that the in-memory default was.
    expect(thrown(() => abcSql({ ...base, asOf: '2024-01-01' }))).toMatchObject({ code: 'invalid_policy', path: ['options', 'policy', 'futureTransactions'], details: { expected: 'one_of', received: '(none)' } });
    expect(thrown(() => abcSql({ ...base, asOf: '2024-01-01', policy: { futureTransactions: 'error' as never } }))).toMatchObject({ details: { expected: 'one_of', allowed: ['ignore', 'include'] } });
    expect(code(() => abcSql({ ...base, dialect: 'oracle' as never }))).toBe('invalid_argument');
    expect(code(() => abcSql(undefined as never))).toBe('invalid_argument');
    expect(abcSql({ ...base, value: 'profit', profitColumn: 'margin', customerIdType: 'number', asOf: '2024-01-01', policy: { zeroAmounts: 'ignore', futureTransactions: 'include' } }).text).toContain(
      '"margin" AS v',
    );
  });
  it('counts future transactions in both engines', async () => {
    for (const engine of engines) {
      const q = futureTransactionsSql({ dialect: engine.name, table: 'tx "quoted" table', columns, asOf: '1998-06-01' });
      expect(q.params).toEqual(['1998-06-01']);
      const [row] = await engine.raw(q);
      const expected = loadCdnow().filter((r) => r.date > '19980601').length;
      expect(expected).toBeGreaterThan(0);
      expect([Number(row!.future_transactions), Number(row!.null_dates), Number(row!.null_amounts)]).toEqual([expected, 0, 0]);
    }
  });
});

describe('asOf the databases can read', () => {
  const table = { dialect: 'postgres' as const, table: 'orders', columns: { customerId: 'c', at: 'd', amount: 'a' } };
  it('a day outside years 0001–9999 is invalid_date at asOf, not a driver error', () => {
    for (const asOf of ['+010000-01-01', '0000-06-30', '-000001-01-01']) {
      expect(thrown(() => rfmSql({ ...table, asOf, policy: { futureTransactions: 'ignore' } }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
      expect(thrown(() => futureTransactionsSql({ ...table, asOf }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
      expect(thrown(() => abcSql({ ...table, asOf, policy: { futureTransactions: 'ignore' } }))).toMatchObject({ code: 'invalid_date', path: ['options', 'asOf'] });
    }
    expect(rfmSql({ ...table, asOf: '9999-12-31', policy: { futureTransactions: 'ignore' } }).params[0]).toBe('9999-12-31');
    expect(futureTransactionsSql({ ...table, asOf: '0001-01-01' }).params[0]).toBe('0001-01-01');
  });
});

describe('rfmSql without a choice for future rows', () => {
  it('says the setting is missing and names the two choices, not that the in-memory default was given', () => {
    const options = { dialect: 'postgres', table: 'orders', columns: { customerId: 'c', at: 'a', amount: 'm' }, asOf: '2024-06-30' } as const;
    for (const policy of [undefined, {}, { refunds: 'ignore' }]) {
      const error = thrown(() => rfmSql({ ...options, ...(policy === undefined ? {} : { policy }) } as never));
      expect([error.code, error.path, error.details]).toEqual(['invalid_policy', ['options', 'policy', 'futureTransactions'], { expected: 'one_of', received: '(none)', allowed: ['ignore', 'include'] }]);
      expect(message(error)).toBe('Invalid policy setting options.policy.futureTransactions: expected one of ignore, include, received (nothing)');
    }
    expect(thrown(() => rfmSql({ ...options, policy: { futureTransactions: 'error' } } as never)).details).toMatchObject({ expected: 'one_of', received: '"error"' });
  });
});
