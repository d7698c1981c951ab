import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitAbc, fitRfm } from '../../src/scoring/index.js';
import { abcSql, rfmSql } from '../../src/sql/index.js';
import { duckdb, load, pglite, type Engine } from './engines.js';

// Net sums beyond 2^53 in integer minor units: the engines sum them exactly (BIGINT → NUMERIC in
// PostgreSQL, HUGEINT in DuckDB) and the query rounds each to a double once, as fitRfm and fitAbc
// do. DuckDB's own HUGEINT → DOUBLE cast misrounds negative sums there (-9007199255284794 became
// -9007199255284792, tying x with y), so the query casts through the sum's decimal text.

const rows = [
  { id: 'x', day: '2024-01-10', amount: -9007199254740992 },
  { id: 'x', day: '2024-01-11', amount: -543802 },
  { id: 'y', day: '2024-01-12', amount: -9007199255284792 },
  { id: 'z', day: '2024-01-13', amount: 10 },
];
const columns = { customerId: 'user id', at: 'created at', amount: 'total cents' };
const accessors = { customerId: (r: (typeof rows)[number]) => r.id, at: (r: (typeof rows)[number]) => r.day, amount: (r: (typeof rows)[number]) => r.amount };

let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await pglite(), await duckdb()];
  for (const e of engines) await load(e, 'big', rows, 'TEXT');
}, 60_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

describe('net sums beyond 2^53', () => {
  it('rfmSql scores them as fitRfm does, in both engines', async () => {
    const options = { asOf: '2024-02-01', scores: 3, policy: { futureTransactions: 'ignore' } } as const;
    const memory = fitRfm(rows, { ...options, accessors }).customers.map((c) => [c.customerId, c.m]);
    expect(memory).toEqual([['x', 1], ['y', 2], ['z', 3]]);
    for (const e of engines) {
      const sql = await e.query(rfmSql({ dialect: e.name, table: 'big', columns, ...options }));
      expect(sql.map((r) => [r.customerId, r.m]), e.name).toEqual(memory);
      expect(sql.map((r) => r.monetary), e.name).toEqual([-9007199255284794, -9007199255284792, 10]);
    }
  });

  it('abcSql ranks them as fitAbc does, in both engines', async () => {
    const memory = fitAbc(rows, { accessors }).customers.map((c) => [c.customerId, c.rank]);
    expect(memory).toEqual([['z', 1], ['y', 2], ['x', 3]]);
    for (const e of engines) {
      const sql = await e.raw(abcSql({ dialect: e.name, table: 'big', columns }));
      expect(sql.map((r) => [r.customer_id, Number(r.rank)]), e.name).toEqual(memory);
    }
  });
});

it('abcSql checks asOf whatever the policy, as fitAbc does', () => {
  for (const policy of [{ futureTransactions: 'include' as const }, { futureTransactions: 'ignore' as const }]) {
    expect(() => abcSql({ dialect: 'postgres', table: 'big', columns, asOf: 'not a date', policy })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => abcSql({ dialect: 'duckdb', table: 'big', columns, asOf: '+010000-01-01', policy })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  }
});
