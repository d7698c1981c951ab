/**
 * Scoring straight in the database: the transactions stay in DuckDB, the library writes the SQL,
 * the database computes every customer's RFM scores, segment and ABC class, and only the answers
 * come back. Run with `npx tsx examples/sql-scoring.ts`.
 *
 * The same query runs on PostgreSQL (`dialect: 'postgres'`); test/sql runs both dialects in real
 * engines and checks they equal the in-memory scores, ties included.
 */
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { fitRfm, RFM_SEGMENTS, rfmSegment } from 'crm-taxonomy';
import { abcSql, rfmSql } from 'crm-taxonomy/sql';
import { cdnowAccessors, readCdnow } from './data/cdnow.js';

const rows = readCdnow();
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();

// #region load
// The host's own table (here loaded from the shipped CDNOW file).
await db.run('CREATE SCHEMA shop; CREATE TABLE shop.orders (user_id VARCHAR, created_at DATE, total_cents BIGINT)');
const appender = await db.createAppender('orders', 'shop');
for (const row of rows) {
  appender.appendVarchar(row.customerId);
  appender.appendVarchar(row.date);
  appender.appendBigInt(BigInt(row.cents));
  appender.endRow();
}
appender.closeSync();
// #endregion load

// #region score
const columns = { customerId: 'user_id', at: 'created_at', amount: 'total_cents' };
const rfm = rfmSql({ dialect: 'duckdb', table: ['shop', 'orders'], columns, asOf: '1998-07-01', policy: { futureTransactions: 'ignore' }, segmentMap: RFM_SEGMENTS });
const scored = await db.runAndReadAll(rfm.text, rfm.params as never);
const byId = new Map(scored.getRowObjectsJS().map((row) => [String(row.customer_id), row]));
// #endregion score

// The database's answer equals the in-memory one, customer by customer.
const memory = fitRfm(rows, { asOf: '1998-07-01', accessors: cdnowAccessors });
assert.equal(byId.size, memory.customers.length);
for (const c of memory.customers) {
  const row = byId.get(String(c.customerId));
  assert.ok(row !== undefined);
  assert.deepEqual([Number(row.r), Number(row.f), Number(row.m)], [c.r, c.f, c.m]);
  assert.equal(row.segment, rfmSegment(c, { scale: memory.model.scores })?.id);
}

// #region abc
const abc = abcSql({ dialect: 'duckdb', table: ['shop', 'orders'], columns });
const classes = await db.runAndReadAll(
  `SELECT abc_class, COUNT(*) AS customers, SUM(value) AS cents FROM (${abc.text}) GROUP BY abc_class ORDER BY abc_class`,
  abc.params as never,
);
// #endregion abc
const count = new Intl.NumberFormat('en');
const dollars = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' });
for (const row of classes.getRowObjectsJS()) {
  // Integer cents from the database: the division is exact to the cent, and the currency format shows both digits.
  console.log(`class ${String(row.abc_class).toUpperCase()}: ${count.format(Number(row.customers))} customers, ${dollars.format(Number(row.cents) / 100)}`);
}
console.log(`${count.format(byId.size)} customers scored in DuckDB, equal to the in-memory scores`);
db.closeSync();
