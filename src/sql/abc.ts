import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, dayToIso, type DateInput } from '../records/index.js';
import { asOfDay } from '../scoring/policy.js';
import { quoteIdentifier, quoteTable, type SqlDialect } from './quote.js';
import type { SqlQuery, SqlTransactionsTable } from './rfm.js';

/**
 * Options of {@link abcSql}: the table (with an optional `profit` column for `value: 'profit'`),
 * the cut options and policy of `classifyAbc`. With `asOf`, `future` must be `'ignore'` or
 * `'include'`.
 *
 * @example
 * ```ts
 * import type { AbcSqlOptions } from 'crm-taxonomy/sql';
 *
 * const o: AbcSqlOptions = { dialect: 'duckdb', table: 'orders', columns: { customerId: 'uid', at: 'ts', amount: 'cents' }, maxA: 10 };
 * o.maxA; //=> 10
 * ```
 */
export interface AbcSqlOptions extends SqlTransactionsTable {
  readonly dialect: SqlDialect;
  readonly profitColumn?: string;
  readonly value?: 'revenue' | 'profit';
  readonly by?: 'value' | 'customers';
  readonly cuts?: readonly [number, number];
  readonly maxA?: number;
  readonly refunds?: 'subtract' | 'ignore';
  readonly zeroAmounts?: 'purchase' | 'ignore';
  readonly asOf?: DateInput;
  readonly future?: 'ignore' | 'include';
  readonly timeZone?: string;
}

/**
 * Generates `classifyAbc` as one SQL query for PostgreSQL or DuckDB: one row per customer
 * (`customer_id, value, rank, abc_class, negative`), highest value first, ties by id, with the
 * same classes as in memory (tie groups share a class; zero or negative value is C; `maxA` caps A).
 *
 * @example
 * ```ts
 * import { abcSql } from 'crm-taxonomy/sql';
 *
 * const q = abcSql({ dialect: 'postgres', table: 'orders', columns: { customerId: 'uid', at: 'ts', amount: 'cents' }, by: 'customers', cuts: [0.05, 0.2], maxA: 10 });
 * q.params; //=> [0.05, 0.2, 10]
 * ```
 */
export function abcSql(options: AbcSqlOptions): SqlQuery {
  if (typeof options !== 'object' || options === null) throw legacyError('invalid_argument', 'options must be an object', { path: [] });
  if (options.dialect !== 'postgres' && options.dialect !== 'duckdb') {
    throw legacyError('invalid_argument', `dialect must be 'postgres' or 'duckdb', received ${describeValue(options.dialect)}`, { path: ['dialect'] });
  }
  const by = options.by ?? 'value';
  if (by !== 'value' && by !== 'customers') throw legacyError('invalid_policy', `by must be 'value' or 'customers', received ${describeValue(by)}`, { path: ['by'] });
  const cuts = options.cuts ?? (by === 'value' ? [0.8, 0.95] : [0.05, 0.2]);
  if (!Array.isArray(cuts) || cuts.length !== 2 || !cuts.every((c) => typeof c === 'number' && c > 0 && c <= 1) || cuts[0] > cuts[1]) {
    throw legacyError('invalid_policy', `cuts must be two shares 0 < a ≤ b ≤ 1, received ${describeValue(cuts)}`, { path: ['cuts'] });
  }
  const maxA = options.maxA;
  if (maxA !== undefined && (typeof maxA !== 'number' || !Number.isInteger(maxA) || maxA < 0)) {
    throw legacyError('invalid_policy', `maxA must be a non-negative integer, received ${describeValue(maxA)}`, { path: ['maxA'] });
  }
  const profit = (options.value ?? 'revenue') === 'profit';
  if (profit && options.profitColumn === undefined) {
    throw legacyError('invalid_argument', "value: 'profit' needs profitColumn", { path: ['profitColumn'] });
  }
  const id = quoteIdentifier(options.columns?.customerId, ['columns', 'customerId']);
  const at = quoteIdentifier(options.columns?.at, ['columns', 'at']);
  const amount = quoteIdentifier(options.columns?.amount, ['columns', 'amount']);
  const valueColumn = profit ? quoteIdentifier(options.profitColumn as string, ['profitColumn']) : amount;
  const table = quoteTable(options.table);
  const text = (options.customerIdType ?? 'text') === 'text';
  const params: (string | number)[] = [...cuts];
  const where = [`${id} IS NOT NULL`];
  if (text) where.push(`${id} <> ''`);
  if (options.zeroAmounts === 'ignore') where.push(`${amount} <> 0`);
  if (options.refunds === 'ignore') where.push(`${amount} >= 0`);
  if (options.asOf !== undefined) {
    if (options.future !== 'ignore' && options.future !== 'include') {
      throw legacyError('invalid_policy', "With asOf, future must be 'ignore' or 'include' in SQL", { path: ['future'] });
    }
    if (options.future === 'ignore') {
      params.push(dayToIso(asOfDay(createDayCounter(options.timeZone ?? 'UTC'), options.asOf)));
      where.push(`CAST(${at} AS DATE) <= CAST($${params.length} AS DATE)`);
    }
  }
  let capA = '';
  if (maxA !== undefined) {
    params.push(maxA);
    capA = ` AND upto_count <= CAST($${params.length} AS INTEGER)`;
  }
  const measure = by === 'value' ? '(upto - value * peers) / total' : 'CAST(rnk - 1 AS FLOAT8) / n';
  const collate = text ? ' COLLATE "C"' : '';
  return {
    text: `WITH tx AS (
  SELECT ${id} AS customer_id, ${valueColumn} AS v
  FROM ${table}
  WHERE ${where.join('\n    AND ')}
),
vals AS (
  SELECT customer_id, CAST(SUM(v) AS FLOAT8) AS value FROM tx GROUP BY customer_id
),
w AS (
  SELECT customer_id, value,
    RANK() OVER (ORDER BY value DESC) AS rnk,
    COUNT(*) OVER () AS n,
    SUM(CASE WHEN value > 0 THEN value ELSE 0 END) OVER () AS total,
    SUM(CASE WHEN value > 0 THEN value ELSE 0 END) OVER (ORDER BY value DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
    COUNT(*) OVER (ORDER BY value DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto_count,
    COUNT(*) OVER (PARTITION BY value) AS peers
  FROM vals
)
SELECT customer_id, value, rnk AS rank,
  CASE WHEN value <= 0 THEN 'c'
    WHEN ${measure} < CAST($1 AS FLOAT8)${capA} THEN 'a'
    WHEN ${measure} < CAST($2 AS FLOAT8) THEN 'b'
    ELSE 'c' END AS abc_class,
  value < 0 AS negative
FROM w
ORDER BY value DESC, customer_id${collate}`,
    params,
  };
}
