import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { createDayCounter, dayToIso, type DateInput } from '../records/index.js';
import { asOfDay, checkScores, checkThresholds, resolvePolicy } from '../scoring/policy.js';
import { EIGHT_CLASS_SEGMENTS, type SegmentMap } from '../scoring/segments.js';
import type { BinningMethod, RfmPolicy, RfmThresholds } from '../scoring/types.js';
import { quoteIdentifier, quoteTable, type SqlDialect, type TableName } from './quote.js';

/**
 * An SQL statement and its parameters (`$1`, `$2`, … in order). Values are never written into the
 * text: pass `params` to the driver (`pg`'s `query(text, params)`, PGlite's `query`, DuckDB's
 * `run(text, params)`).
 *
 * @example
 * ```ts
 * import type { SqlQuery } from 'crm-taxonomy/sql';
 *
 * const q: SqlQuery = { text: 'SELECT $1', params: ['2024-06-30'] };
 * q.params.length; //=> 1
 * ```
 */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly (string | number)[];
}

/**
 * The host's transaction table: its name and the names of the customer id, date and amount
 * columns. `customerIdType` says whether ids are text (ordered by bytes, `COLLATE "C"`) or numbers.
 *
 * @example
 * ```ts
 * import type { SqlTransactionsTable } from 'crm-taxonomy/sql';
 *
 * const t: SqlTransactionsTable = { table: ['shop', 'orders'], columns: { customerId: 'user_id', at: 'created_at', amount: 'total_cents' } };
 * t.columns.amount; //=> 'total_cents'
 * ```
 */
export interface SqlTransactionsTable {
  readonly table: TableName;
  readonly columns: { readonly customerId: string; readonly at: string; readonly amount: string };
  readonly customerIdType?: 'text' | 'number';
}

/**
 * Options of {@link rfmSql}: the dialect, the table, and the same policy and binning options as
 * `fitRfm`. In SQL, `future` must be `'ignore'` or `'include'` (check with
 * {@link futureTransactionsSql} first to refuse future rows); rows without a customer id are
 * skipped; `at` is read as a calendar date (`CAST(at AS DATE)`: store dates, or timestamps in the
 * time zone you count days in).
 *
 * @example
 * ```ts
 * import type { RfmSqlOptions } from 'crm-taxonomy/sql';
 *
 * const o: RfmSqlOptions = { dialect: 'postgres', table: 'orders', columns: { customerId: 'user_id', at: 'created_at', amount: 'total_cents' }, asOf: '2024-06-30', future: 'ignore' };
 * o.dialect; //=> 'postgres'
 * ```
 */
export interface RfmSqlOptions extends SqlTransactionsTable, Omit<RfmPolicy, 'future'> {
  readonly dialect: SqlDialect;
  readonly asOf: DateInput;
  readonly future: 'ignore' | 'include';
  readonly scores?: number;
  readonly method?: BinningMethod;
  readonly thresholds?: RfmThresholds;
  /** Adds a `segment` column: the first matching rule of this map (e.g. `RFM_SEGMENTS`), or NULL. */
  readonly segmentMap?: SegmentMap;
  /** Adds an `eight_class` column against the population's `'mean'` or `'median'`. */
  readonly eightClass?: 'mean' | 'median';
}

function source(o: SqlTransactionsTable): { id: string; at: string; amount: string; table: string; text: boolean } {
  if (typeof o.columns !== 'object' || o.columns === null) {
    throw legacyError('invalid_identifier', 'columns must name customerId, at and amount', { path: ['columns'] });
  }
  const text = (o.customerIdType ?? 'text') === 'text';
  if (o.customerIdType !== undefined && o.customerIdType !== 'text' && o.customerIdType !== 'number') {
    throw legacyError('invalid_argument', `customerIdType must be 'text' or 'number', received ${describeValue(o.customerIdType)}`, { path: ['customerIdType'] });
  }
  return {
    id: quoteIdentifier(o.columns.customerId, ['columns', 'customerId']),
    at: quoteIdentifier(o.columns.at, ['columns', 'at']),
    amount: quoteIdentifier(o.columns.amount, ['columns', 'amount']),
    table: quoteTable(o.table),
    text,
  };
}

function checkDialect(dialect: unknown): SqlDialect {
  if (dialect !== 'postgres' && dialect !== 'duckdb') {
    throw legacyError('invalid_argument', `dialect must be 'postgres' or 'duckdb', received ${describeValue(dialect)}`, { path: ['dialect'] });
  }
  return dialect;
}

/**
 * A query counting the transactions dated after `asOf` (`future_transactions`), for hosts that
 * want to refuse them as `fitRfm`'s default `future: 'error'` does.
 *
 * @example
 * ```ts
 * import { futureTransactionsSql } from 'crm-taxonomy/sql';
 *
 * const q = futureTransactionsSql({ dialect: 'duckdb', table: 'orders', columns: { customerId: 'uid', at: 'ts', amount: 'cents' }, asOf: '2024-06-30' });
 * q.params; //=> ['2024-06-30']
 * q.text.includes('"orders"'); //=> true
 * ```
 */
export function futureTransactionsSql(options: SqlTransactionsTable & { readonly dialect: SqlDialect; readonly asOf: DateInput; readonly timeZone?: string }): SqlQuery {
  checkDialect(options.dialect);
  const s = source(options);
  const day = asOfDay(createDayCounter(options.timeZone ?? 'UTC'), options.asOf);
  return {
    text: `SELECT COUNT(*) AS future_transactions FROM ${s.table} WHERE CAST(${s.at} AS DATE) > CAST($1 AS DATE)`,
    params: [dayToIso(day)],
  };
}

/**
 * Generates the RFM computation of `fitRfm` as one SQL query for PostgreSQL or DuckDB. It returns
 * one row per customer (`customer_id, recency_days, frequency, monetary, r, f, m`) ordered like
 * `fitRfm`'s customers, with the same scores, ties included, for integer amounts (or exact
 * `NUMERIC` ones; with floating-point amounts the database's plain sums may differ from the
 * compensated sums in the last bit). Identifiers are quoted; `asOf`, `scores` and thresholds are
 * parameters.
 *
 * @example
 * ```ts
 * import { rfmSql } from 'crm-taxonomy/sql';
 *
 * const q = rfmSql({
 *   dialect: 'postgres', table: ['shop', 'orders'], asOf: '2024-06-30', future: 'ignore', method: 'ntile',
 *   columns: { customerId: 'user_id', at: 'created_at', amount: 'total_cents' },
 * });
 * q.params; //=> ['2024-06-30', 5]
 * q.text.includes('NTILE(CAST($2 AS INTEGER)) OVER (ORDER BY recency_days DESC, customer_id COLLATE "C")'); //=> true
 * ```
 */
export function rfmSql(options: RfmSqlOptions): SqlQuery {
  if (typeof options !== 'object' || options === null) throw legacyError('invalid_argument', 'options must be an object', { path: [] });
  checkDialect(options.dialect);
  if (options.future !== 'ignore' && options.future !== 'include') {
    throw legacyError(
      'invalid_policy',
      `In SQL, future must be 'ignore' or 'include' (received ${describeValue(options.future)}); run futureTransactionsSql first to refuse future rows`,
      { path: ['future'], details: { allowed: ['ignore', 'include'] } },
    );
  }
  const policy = resolvePolicy(options);
  const s = source(options);
  const day = asOfDay(createDayCounter(policy.timeZone), options.asOf);
  const scores = checkScores(options.scores ?? 5);
  const method = options.method ?? 'quantile';
  if (method !== 'quantile' && method !== 'ntile' && method !== 'thresholds') {
    throw legacyError('invalid_policy', `method must be 'quantile', 'ntile' or 'thresholds', received ${describeValue(method)}`, { path: ['method'] });
  }
  const params: (string | number)[] = [dayToIso(day)];
  if (method !== 'thresholds') params.push(scores);
  const collate = s.text ? ' COLLATE "C"' : '';
  const where = [`${s.id} IS NOT NULL`];
  if (s.text) where.push(`${s.id} <> ''`);
  if (policy.zeroAmounts === 'ignore') where.push(`${s.amount} <> 0`);
  if (policy.refunds === 'ignore') where.push(`${s.amount} >= 0`);
  if (policy.future === 'ignore') where.push(`CAST(${s.at} AS DATE) <= CAST($1 AS DATE)`);
  const frequency = policy.sameDay === 'once' ? 'COUNT(DISTINCT day) FILTER (WHERE amount >= 0)' : 'COUNT(*) FILTER (WHERE amount >= 0)';
  const monetary = policy.monetary === 'mean' ? 'CAST(net AS FLOAT8) / GREATEST(frequency, 1)' : 'CAST(net AS FLOAT8)';
  const metric = [
    ['r', 'recency_days', 'DESC', '<'],
    ['f', 'frequency', 'ASC', '>'],
    ['m', 'monetary', 'ASC', '>'],
  ] as const;
  const fixed = method === 'thresholds' ? checkThresholds(options.thresholds, scores) : undefined;
  const scoreOf = ([name, column, order, better]: (typeof metric)[number]): string => {
    if (method === 'quantile') {
      return `1 + LEAST(CAST($2 AS INTEGER) - 1, CAST(FLOOR(CAST($2 AS FLOAT8) * (RANK() OVER (ORDER BY ${column} ${order}) - 1) / COUNT(*) OVER ()) AS INTEGER)) AS ${name}`;
    }
    if (method === 'ntile') return `NTILE(CAST($2 AS INTEGER)) OVER (ORDER BY ${column} ${order}, customer_id${collate}) AS ${name}`;
    const list = fixed![name === 'r' ? 'recency' : name === 'f' ? 'frequency' : 'monetary'];
    const terms = list.map((t) => {
      params.push(t);
      return `CASE WHEN ${column} ${better} CAST($${params.length} AS FLOAT8) THEN 1 ELSE 0 END`;
    });
    return `1 + ${terms.join(' + ')} AS ${name}`;
  };
  const scoresSql = metric.map(scoreOf).join(',\n  ');
  const param = (value: string | number, type: 'INTEGER' | 'VARCHAR' | 'FLOAT8'): string => {
    params.push(value);
    return `CAST($${params.length} AS ${type})`;
  };
  const extra: string[] = [];
  let centers = '';
  if (options.segmentMap !== undefined) {
    const map = options.segmentMap;
    if (typeof map !== 'object' || map === null || map.scale !== scores || !Array.isArray(map.rules)) {
      throw legacyError('invalid_policy', `segmentMap must be a segment map on the same scale as scores (${scores})`, { path: ['segmentMap'] });
    }
    const whens = map.rules.map((rule, i) => {
      const range = (key: 'r' | 'f' | 'm'): string => {
        const [lo, hi] = rule[key];
        if (!Number.isInteger(lo) || !Number.isInteger(hi)) {
          throw legacyError('invalid_policy', `segmentMap.rules[${i}].${key} must be two integers`, { path: ['segmentMap', 'rules', i, key] });
        }
        return `${key} BETWEEN ${param(lo, 'INTEGER')} AND ${param(hi, 'INTEGER')}`;
      };
      return `WHEN ${range('r')} AND ${range('f')} AND ${range('m')} THEN ${param(rule.segment, 'VARCHAR')}`;
    });
    extra.push(`CASE ${whens.join('\n    ')}\n    ELSE NULL END AS segment`);
  }
  if (options.eightClass !== undefined) {
    if (options.eightClass !== 'mean' && options.eightClass !== 'median') {
      throw legacyError('invalid_policy', `eightClass must be 'mean' or 'median', received ${describeValue(options.eightClass)}`, { path: ['eightClass'] });
    }
    const center = (column: string): string =>
      options.eightClass === 'mean'
        ? `CAST(AVG(${column}) AS FLOAT8)`
        : `CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ${column}) AS FLOAT8)`;
    centers = `,\ncenters AS (\n  SELECT ${center('recency_days')} AS center_r, ${center('frequency')} AS center_f, ${center('monetary')} AS center_m FROM metrics\n)`;
    const whens = EIGHT_CLASS_SEGMENTS.map((c) => {
      const cond = (high: boolean, test: string): string => (high ? test : `NOT (${test})`);
      return `WHEN ${cond(c.high.r, 'recency_days < center_r')} AND ${cond(c.high.f, 'frequency > center_f')} AND ${cond(c.high.m, 'monetary > center_m')} THEN ${param(c.id, 'VARCHAR')}`;
    });
    extra.push(`CASE ${whens.join('\n    ')}\n  END AS eight_class`);
  }
  const text = `WITH tx AS (
  SELECT ${s.id} AS customer_id, CAST(${s.at} AS DATE) AS day, ${s.amount} AS amount
  FROM ${s.table}
  WHERE ${where.join('\n    AND ')}
),
agg AS (
  SELECT customer_id,
    CAST($1 AS DATE) - COALESCE(MAX(day) FILTER (WHERE amount >= 0), MAX(day)) AS recency_raw,
    ${frequency} AS frequency,
    SUM(amount) AS net
  FROM tx
  GROUP BY customer_id
),
metrics AS (
  SELECT customer_id, CAST(GREATEST(recency_raw, 0) AS INTEGER) AS recency_days, CAST(frequency AS INTEGER) AS frequency, ${monetary} AS monetary
  FROM agg
),
scored AS (
  SELECT customer_id, recency_days, frequency, monetary,
  ${scoresSql}
  FROM metrics
)${centers}
SELECT customer_id, recency_days, frequency, monetary, r, f, m${extra.map((e) => `,\n  ${e}`).join('')}
FROM scored${centers === '' ? '' : ' CROSS JOIN centers'}
ORDER BY customer_id${collate}`;
  return { text, params };
}
