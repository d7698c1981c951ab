import { inputError, isPlainRecord, isRecord, knownKeys } from '../errors/index.js';
import type { DateInput } from '../records/index.js';
import { dayCounter, FIT_KEYS, readAsOf, resolveRfmPolicy, resolveScoring } from '../scoring/options.js';
import { CUT_KEYS } from '../scoring/abc.js';
import { EIGHT_CLASS_SEGMENTS, SEGMENT_MAP_SHAPE, type SegmentMap } from '../scoring/segments.js';
import { checkShape } from '../shape/index.js';
import type { RfmOptions, RfmPolicy } from '../scoring/types.js';
import { sqlDate } from './dates.js';
import { quoteIdentifier, quoteTable, sumAsDouble, type SqlDialect, type TableName } from './quote.js';

/**
 * An SQL statement and its parameters (`$1`, `$2`, … in order). Values are never written into the
 * text: pass `params` to the driver (`pg`'s `query(text, params)`, PGlite's `query`, DuckDB's
 * `run(text, params)`).
 */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly (string | number)[];
}

/**
 * The host's transaction table: its name and the names of the customer id, date and amount
 * columns. `customerIdType` says whether ids are text (ordered by bytes, `COLLATE "C"`) or numbers.
 */
export interface SqlTransactionsTable {
  readonly table: TableName;
  readonly columns: { readonly customerId: string; readonly at: string; readonly amount: string };
  readonly customerIdType?: 'text' | 'number';
}

/**
 * Options of {@link rfmSql}: the dialect, the table, and the options of `fitRfm`. In SQL the
 * policy's `futureTransactions` must be `'ignore'` or `'include'` (count future rows with
 * {@link futureTransactionsSql} to refuse them as `fitRfm` does by default). `policy.timeZone`
 * gives the day of `asOf`; a row's day is `CAST(at AS DATE)` as the database reads it (docs/sql.md):
 * for a `TIMESTAMPTZ` column, the date in the session's time zone, which must be `policy.timeZone`.
 */
export interface RfmSqlOptions extends SqlTransactionsTable, Omit<RfmOptions, 'policy'> {
  readonly dialect: SqlDialect;
  readonly policy: Partial<RfmPolicy> & { readonly futureTransactions: 'ignore' | 'include' };
  /** Adds a `segment` column: the first matching rule of this map (e.g. `RFM_SEGMENTS`), or NULL. */
  readonly segmentMap?: SegmentMap;
  /** Adds an `eight_class` column against the population's `'mean'` or `'median'`. */
  readonly eightClass?: 'mean' | 'median';
}

/**
 * `policy.futureTransactions: 'error'`, the in-memory default, cannot be a query: the host must
 * choose `'ignore'` or `'include'`. `invalid_policy` says the choice is missing when the host
 * gave none (`given` is the policy as passed), and that it is not allowed otherwise. @internal
 */
export function refuseFutureError(given: unknown, policy: RfmPolicy): void {
  if (policy.futureTransactions !== 'error') return;
  const chosen = isRecord(given) ? given.futureTransactions : undefined;
  // One of the two choices, which the message names (expected one of ignore, include, received nothing).
  throw inputError('invalid_policy', ['options', 'policy', 'futureTransactions'], 'one_of', chosen, { allowed: ['ignore', 'include'] });
}

/** The quoted names of a table and its columns. @internal */
export interface Source {
  readonly id: string;
  readonly at: string;
  readonly amount: string;
  readonly table: string;
  readonly text: boolean;
}

/** Reads the table options: quoted names, and whether ids are text. @internal */
export function source(o: Readonly<Record<string, unknown>>): Source {
  const columns = o.columns;
  if (!isRecord(columns)) throw inputError('invalid_argument', ['options', 'columns'], 'object', columns);
  knownKeys(columns, ['customerId', 'at', 'amount'], ['options', 'columns']);
  const type = o.customerIdType ?? 'text';
  if (type !== 'text' && type !== 'number') throw inputError('invalid_argument', ['options', 'customerIdType'], 'one_of', type, { allowed: ['text', 'number'] });
  return {
    id: quoteIdentifier(columns.customerId as string, ['options', 'columns', 'customerId']),
    at: quoteIdentifier(columns.at as string, ['options', 'columns', 'at']),
    amount: quoteIdentifier(columns.amount as string, ['options', 'columns', 'amount']),
    table: quoteTable(o.table as TableName, ['options', 'table']),
    text: type === 'text',
  };
}

/** The dialect, checked. @internal */
export function checkDialect(dialect: unknown): SqlDialect {
  if (dialect !== 'postgres' && dialect !== 'duckdb') throw inputError('invalid_argument', ['options', 'dialect'], 'one_of', dialect, { allowed: ['postgres', 'duckdb'] });
  return dialect;
}

/**
 * The options of the queries, all of them: a host passes one options object to several (the
 * check of `futureTransactionsSql` first, then `rfmSql`), so each query takes the others' keys.
 */
const SQL_KEYS = [...FIT_KEYS, ...CUT_KEYS, 'dialect', 'table', 'columns', 'customerIdType', 'segmentMap', 'eightClass', 'profitColumn', 'value'];

/** The options object, checked. @internal */
export function sqlOptions(options: unknown): Readonly<Record<string, unknown>> {
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  // A misspelt option (`scroes`) is refused, as the in-memory functions refuse it, not its default.
  knownKeys(options, SQL_KEYS, ['options']);
  checkDialect(options.dialect);
  // Checked wherever given, though only `abcSql` with `value: 'profit'` reads it: a bad name is a mistake in any query.
  if (options.profitColumn !== undefined) quoteIdentifier(options.profitColumn as string, ['options', 'profitColumn']);
  return options;
}

/** A date the databases can count days with: PostgreSQL and DuckDB dates and timestamps hold `infinity` and `-infinity`, which no day is (and which broke the whole query). */
const finite = (s: Source): string => `isfinite(CAST(${s.at} AS DATE))`;

/**
 * The rows every query reads: a customer id (NULL ids, and empty text ids, are skipped as with
 * `onMissingCustomerId: 'skip'`), a date and an amount — rows with a NULL date or amount are left
 * out, explicitly, and so are rows dated `infinity` or `-infinity` (in memory such rows are refused;
 * {@link futureTransactionsSql} counts them).
 * @internal
 */
export function baseConditions(s: Source): string[] {
  const where = [`${s.id} IS NOT NULL`, `${s.at} IS NOT NULL`, `${s.amount} IS NOT NULL`, finite(s)];
  if (s.text) where.push(`${s.id} <> ''`);
  return where;
}

/**
 * A query counting the rows `fitRfm` would refuse under its default policy: transactions dated
 * after `asOf` (`future_transactions`), and rows with a NULL date (`null_dates`), a date of
 * `infinity` or `-infinity` (`infinite_dates`), a NULL amount (`null_amounts`) or no customer id (`missing_customer_ids`: NULL, or `''` for text ids), which
 * the other queries leave out. Run it first to refuse such data as the in-memory functions do.
 * `policy.timeZone` gives the day of `asOf`, as in every query (one options object serves them all).
 *
 * @example
 * ```ts
 * import { futureTransactionsSql } from 'crm-taxonomy/sql';
 *
 * const q = futureTransactionsSql({ dialect: 'duckdb', table: 'orders', columns: { customerId: 'uid', at: 'ts', amount: 'cents' }, asOf: '2024-06-30' });
 * q.params; //=> ['2024-06-30']
 * q.text.includes('AS missing_customer_ids'); //=> true
 * ```
 */
export function futureTransactionsSql(options: SqlTransactionsTable & { readonly dialect: SqlDialect; readonly asOf: DateInput; readonly policy?: Partial<RfmPolicy> }): SqlQuery {
  const o = sqlOptions(options);
  const s = source(o);
  const day = readAsOf(dayCounter(resolveRfmPolicy(o.policy).timeZone), o.asOf);
  return {
    text: `SELECT
  COUNT(*) FILTER (WHERE ${finite(s)} AND CAST(${s.at} AS DATE) > CAST($1 AS DATE)) AS future_transactions,
  COUNT(*) FILTER (WHERE ${s.at} IS NULL) AS null_dates,
  COUNT(*) FILTER (WHERE NOT ${finite(s)}) AS infinite_dates,
  COUNT(*) FILTER (WHERE ${s.amount} IS NULL) AS null_amounts,
  COUNT(*) FILTER (WHERE ${s.id} IS NULL${s.text ? ` OR ${s.id} = ''` : ''}) AS missing_customer_ids
FROM ${s.table}`,
    params: [sqlDate(day, o.asOf)],
  };
}


/**
 * Generates the RFM computation of `fitRfm` as one SQL query for PostgreSQL or DuckDB. It returns
 * one row per customer (`customer_id, recency_days, frequency, monetary, r, f, m`) ordered like
 * `fitRfm`'s customers, with the same scores, ties included, for integer amounts (or exact
 * `NUMERIC` ones; with floating-point amounts the database's plain sums may differ from the exact
 * sums in the last bit). Rows with a NULL customer id, date or amount are left out (docs/sql.md).
 * Identifiers are quoted; `asOf`, `scores` and thresholds are parameters.
 *
 * @example
 * ```ts
 * import { rfmSql } from 'crm-taxonomy/sql';
 *
 * const q = rfmSql({
 *   dialect: 'postgres', table: ['shop', 'orders'], asOf: '2024-06-30', method: 'ntile',
 *   policy: { futureTransactions: 'ignore' },
 *   columns: { customerId: 'user_id', at: 'created_at', amount: 'total_cents' },
 * });
 * q.params; //=> ['2024-06-30', 5]
 * q.text.includes('NTILE(CAST($2 AS INTEGER)) OVER (ORDER BY recency_days DESC, customer_id COLLATE "C")'); //=> true
 * ```
 */
export function rfmSql(options: RfmSqlOptions): SqlQuery {
  const o = sqlOptions(options);
  const { policy, asOfDay, scores, method, thresholds } = resolveScoring(o);
  refuseFutureError(o.policy, policy);
  const s = source(o);
  const params: (string | number)[] = [sqlDate(asOfDay, o.asOf)];
  if (method !== 'thresholds') params.push(scores);
  const collate = s.text ? ' COLLATE "C"' : '';
  const where = baseConditions(s);
  if (policy.zeroAmounts === 'ignore') where.push(`${s.amount} <> 0`);
  if (policy.refunds === 'ignore') where.push(`${s.amount} >= 0`);
  if (policy.futureTransactions === 'ignore') where.push(`CAST(${s.at} AS DATE) <= CAST($1 AS DATE)`);
  const frequency = policy.sameDay === 'once' ? 'COUNT(DISTINCT day) FILTER (WHERE amount >= 0)' : 'COUNT(*) FILTER (WHERE amount >= 0)';
  const net = sumAsDouble('net', o.dialect as SqlDialect);
  const monetary = policy.monetary === 'mean' ? `${net} / GREATEST(frequency, 1)` : net;
  const metric = [
    ['r', 'recency_days', 'DESC', '<', 'recency'],
    ['f', 'frequency', 'ASC', '>', 'frequency'],
    ['m', 'monetary', 'ASC', '>', 'monetary'],
  ] as const;
  const scoreOf = ([name, column, order, better, key]: (typeof metric)[number]): string => {
    if (method === 'quantile') {
      return `1 + LEAST(CAST($2 AS INTEGER) - 1, CAST(FLOOR(CAST($2 AS FLOAT8) * (RANK() OVER (ORDER BY ${column} ${order}) - 1) / COUNT(*) OVER ()) AS INTEGER)) AS ${name}`;
    }
    if (method === 'ntile') return `NTILE(CAST($2 AS INTEGER)) OVER (ORDER BY ${column} ${order}, customer_id${collate}) AS ${name}`;
    const terms = thresholds![key].map((t) => {
      params.push(t);
      return `CASE WHEN ${column} ${better} CAST($${params.length} AS FLOAT8) THEN 1 ELSE 0 END`;
    });
    return `1 + ${terms.join(' + ')} AS ${name}`;
  };
  const scoresSql = metric.map(scoreOf).join(',\n  ');
  const param = (value: string | number, type: 'INTEGER' | 'VARCHAR'): string => {
    params.push(value);
    return `CAST($${params.length} AS ${type})`;
  };
  const extra: string[] = [];
  let centers = '';
  if (o.segmentMap !== undefined) {
    const map = checkShape(SEGMENT_MAP_SHAPE, o.segmentMap, 'invalid_policy', ['options', 'segmentMap']);
    if (map.scale !== scores) throw inputError('invalid_policy', ['options', 'segmentMap', 'scale'], 'one_of', map.scale, { allowed: [String(scores)] });
    const whens = map.rules.map((rule) => {
      const within = (key: 'r' | 'f' | 'm'): string => `${key} BETWEEN ${param(rule[key][0], 'INTEGER')} AND ${param(rule[key][1], 'INTEGER')}`;
      return `WHEN ${within('r')} AND ${within('f')} AND ${within('m')} THEN ${param(rule.segment, 'VARCHAR')}`;
    });
    extra.push(`CASE ${whens.join('\n    ')}\n    ELSE NULL END AS segment`);
  }
  if (o.eightClass !== undefined) {
    const which = o.eightClass;
    if (which !== 'mean' && which !== 'median') throw inputError('invalid_policy', ['options', 'eightClass'], 'one_of', which, { allowed: ['mean', 'median'] });
    const center = (column: string): string =>
      which === 'mean' ? `CAST(AVG(${column}) AS FLOAT8)` : `CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY ${column}) AS FLOAT8)`;
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

