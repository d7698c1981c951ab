import { inputError } from '../errors/index.js';
import type { DateInput } from '../records/index.js';
import { readCuts, type AbcCutOptions } from '../scoring/abc.js';
import { dayCounter, readAsOf, resolveRfmPolicy } from '../scoring/options.js';
import type { RfmPolicy } from '../scoring/types.js';
import { sqlDate } from './dates.js';
import { quoteIdentifier, sumAsDouble } from './quote.js';
import { baseConditions, refuseFutureError, source, sqlOptions, type SqlQuery, type SqlTransactionsTable } from './rfm.js';
import type { SqlDialect } from './quote.js';

/**
 * Options of {@link abcSql}: the table (with a `profitColumn` for `value: 'profit'`), the cut
 * options and policy of `fitAbc`. With `asOf`, `policy.futureTransactions` must be `'ignore'` or
 * `'include'`; `policy.timeZone` gives the day of `asOf`, and a `TIMESTAMPTZ` column is read in the
 * session's time zone (docs/sql.md).
 */
export interface AbcSqlOptions extends SqlTransactionsTable, AbcCutOptions {
  readonly dialect: SqlDialect;
  readonly profitColumn?: string;
  readonly value?: 'revenue' | 'profit';
  readonly policy?: Partial<Pick<RfmPolicy, 'refunds' | 'zeroAmounts' | 'timeZone'>> & { readonly futureTransactions?: 'ignore' | 'include' };
  readonly asOf?: DateInput;
}

/**
 * Generates `fitAbc` as one SQL query for PostgreSQL or DuckDB: one row per customer
 * (`customer_id, value, rank, abc_class, negative`), highest value first, ties by id, with the
 * same classes as in memory for amounts in integer minor units totalling less than 2^53 (tie
 * groups share a class; zero or negative value is C; `maxA` caps A). The query computes shares with
 * doubles, `fitAbc` from exact sums: with non-integer values, or beyond 2^53, a customer whose share
 * falls exactly on a cut may land on its other side. Rows with a NULL customer id, date, amount or profit are left out, so no
 * customer's value is NULL and both engines rank alike (docs/sql.md).
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
  const o = sqlOptions(options);
  const { by, cuts, maxA } = readCuts(o);
  const value = o.value ?? 'revenue';
  if (value !== 'revenue' && value !== 'profit') throw inputError('invalid_policy', ['options', 'value'], 'one_of', value, { allowed: ['revenue', 'profit'] });
  const profit = value === 'profit';
  if (profit && o.profitColumn === undefined) throw inputError('invalid_argument', ['options', 'profitColumn'], 'present', undefined);
  const policy = resolveRfmPolicy(o.policy);
  const s = source(o);
  const valueColumn = profit ? quoteIdentifier(o.profitColumn as string, ['options', 'profitColumn']) : s.amount;
  const params: (string | number)[] = [...cuts];
  const where = baseConditions(s);
  if (profit) where.push(`${valueColumn} IS NOT NULL`);
  if (policy.zeroAmounts === 'ignore') where.push(`${s.amount} <> 0`);
  if (policy.refunds === 'ignore') where.push(`${s.amount} >= 0`);
  if (o.asOf !== undefined) {
    refuseFutureError(o.policy, policy);
    // Checked whatever the policy: a date, in the years 0001-9999 every SQL builder takes (docs/sql.md).
    const asOf = sqlDate(readAsOf(dayCounter(policy.timeZone), o.asOf), o.asOf);
    if (policy.futureTransactions === 'ignore') {
      params.push(asOf);
      where.push(`CAST(${s.at} AS DATE) <= CAST($${params.length} AS DATE)`);
    }
  }
  let capA = '';
  if (Number.isFinite(maxA)) {
    // No table holds 2^53 customers: a larger cap is that one, which BIGINT holds exactly.
    params.push(Math.min(maxA, Number.MAX_SAFE_INTEGER));
    capA = ` AND upto_count <= CAST($${params.length} AS BIGINT)`;
  }
  const measure = by === 'value' ? '(upto - value * peers) / total' : 'CAST(rnk - 1 AS FLOAT8) / n';
  const collate = s.text ? ' COLLATE "C"' : '';
  return {
    text: `WITH tx AS (
  SELECT ${s.id} AS customer_id, ${valueColumn} AS v
  FROM ${s.table}
  WHERE ${where.join('\n    AND ')}
),
vals AS (
  SELECT customer_id, ${sumAsDouble('SUM(v)', o.dialect as SqlDialect)} AS value FROM tx GROUP BY customer_id
),
w AS (
  SELECT customer_id, value,
    RANK() OVER (ORDER BY value DESC NULLS LAST) AS rnk,
    COUNT(*) OVER () AS n,
    SUM(CASE WHEN value > 0 THEN value ELSE 0 END) OVER () AS total,
    SUM(CASE WHEN value > 0 THEN value ELSE 0 END) OVER (ORDER BY value DESC NULLS LAST RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
    COUNT(*) OVER (ORDER BY value DESC NULLS LAST RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto_count,
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
ORDER BY value DESC NULLS LAST, customer_id${collate}`,
    params,
  };
}
