import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import type { SqlQuery } from '../../src/sql/index.js';

/** A row as the tests compare it. */
export interface Row {
  customerId: string | number;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
}

export interface Engine {
  readonly name: 'postgres' | 'duckdb';
  exec(sql: string): Promise<void>;
  query(q: SqlQuery): Promise<Row[]>;
  raw(q: SqlQuery): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const toRow = (o: Record<string, unknown>): Row => ({
  customerId: typeof o.customer_id === 'bigint' ? Number(o.customer_id) : (o.customer_id as string | number),
  recencyDays: Number(o.recency_days),
  frequency: Number(o.frequency),
  monetary: Number(o.monetary),
  r: Number(o.r),
  f: Number(o.f),
  m: Number(o.m),
});

export async function pglite(): Promise<Engine> {
  const db = new PGlite();
  await db.waitReady;
  return {
    name: 'postgres',
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async (q) => (await db.query<Record<string, unknown>>(q.text, [...q.params])).rows.map(toRow),
    raw: async (q) => (await db.query<Record<string, unknown>>(q.text, [...q.params])).rows,
    close: () => db.close(),
  };
}

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const con: DuckDBConnection = await instance.connect();
  return {
    name: 'duckdb',
    exec: async (sql) => {
      await con.run(sql);
    },
    query: async (q) => (await con.runAndReadAll(q.text, [...q.params])).getRowObjectsJS().map((o) => toRow(o as Record<string, unknown>)),
    raw: async (q) => (await con.runAndReadAll(q.text, [...q.params])).getRowObjectsJS() as Record<string, unknown>[],
    close: async () => {
      con.closeSync();
      instance.closeSync();
    },
  };
}

/** Test-only loader: builds INSERT statements from trusted fixture values (null ids, days and amounts are NULL). */
export async function load(
  engine: Engine,
  table: string,
  rows: readonly { id: string | number | null; day: string | null; amount: number | null; profit?: number | null }[],
  idType: 'TEXT' | 'BIGINT',
): Promise<void> {
  await engine.exec(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} ("user id" ${idType}, "created at" DATE, "total cents" BIGINT, margin BIGINT)`);
  for (let i = 0; i < rows.length; i += 5000) {
    const values = rows
      .slice(i, i + 5000)
      .map(
        (r) =>
          `(${r.id === null ? 'NULL' : typeof r.id === 'number' ? r.id : `'${String(r.id).replace(/'/g, "''")}'`}, ${r.day === null ? 'NULL' : `DATE '${r.day}'`}, ${r.amount ?? 'NULL'}, ${r.profit ?? 'NULL'})`,
      )
      .join(',');
    await engine.exec(`INSERT INTO ${table} VALUES ${values}`);
  }
}
