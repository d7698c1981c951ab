/** A hostile review of the SQL builders: dates the databases hold that no day is. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitRfm } from '../../src/index.js';
import { abcSql, futureTransactionsSql, rfmSql } from '../../src/sql/index.js';
import { thrown } from '../support/thrown.js';
import { duckdb, pglite, type Engine } from './engines.js';

const columns = { customerId: 'uid', at: 'day', amount: 'cents' };
const asOf = '2024-06-30';
let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await pglite(), await duckdb()];
  for (const engine of engines) {
    await engine.exec(`CREATE TABLE inf (uid TEXT, day DATE, cents BIGINT)`);
    await engine.exec(`INSERT INTO inf VALUES ('a', '2024-06-01', 100), ('b', '-infinity', 50), ('c', '2024-05-01', 70), ('c', 'infinity', 5)`);
  }
}, 60_000);
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe('a date of infinity or -infinity', () => {
  it('is counted by futureTransactionsSql (not as a future transaction) and left out of rfmSql and abcSql, as the in-memory fit of the other rows (the query failed with a database error)', async () => {
    const rows = [{ customerId: 'a', at: '2024-06-01', amount: 100 }, { customerId: 'c', at: '2024-05-01', amount: 70 }];
    expect(thrown(() => fitRfm([...rows, { customerId: 'b', at: 'infinity', amount: 50 }], { asOf })).code).toBe('invalid_date');
    const expected = fitRfm(rows, { asOf, policy: { futureTransactions: 'include' } }).customers;
    for (const engine of engines) {
      const [counts] = await engine.raw(futureTransactionsSql({ dialect: engine.name, table: 'inf', columns, asOf }));
      expect([Number(counts!.infinite_dates), Number(counts!.future_transactions), Number(counts!.null_dates)], engine.name).toEqual([2, 0, 0]);
      for (const futureTransactions of ['include', 'ignore'] as const) {
        expect(await engine.query(rfmSql({ dialect: engine.name, table: 'inf', columns, asOf, policy: { futureTransactions } })), engine.name).toEqual(expected);
      }
      const abc = await engine.raw(abcSql({ dialect: engine.name, table: 'inf', columns, asOf, policy: { futureTransactions: 'include' } }));
      expect(abc.map((r) => r.customer_id), engine.name).toEqual(['a', 'c']);
    }
  }, 60_000);
});
