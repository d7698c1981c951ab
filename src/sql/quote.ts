import { CrmTaxonomyError, describeValue } from '../errors/index.js';

/** The SQL dialects the generator writes: PostgreSQL (and PGlite) and DuckDB. */
export type SqlDialect = 'postgres' | 'duckdb';

/**
 * A sum as a double, rounded once. DuckDB sums integers as HUGEINT, whose cast to DOUBLE misrounds
 * negative sums beyond -2^53 (-9007199255284794 became -9007199255284792, tying two customers
 * `fitRfm` tells apart); its decimal text parses to the nearest double. PostgreSQL's cast rounds.
 * @internal
 */
export function sumAsDouble(sum: string, dialect: SqlDialect): string {
  return dialect === 'duckdb' ? `CAST(CAST(${sum} AS VARCHAR) AS DOUBLE)` : `CAST(${sum} AS FLOAT8)`;
}

/** A table name: one identifier, or its parts (`['sales', 'orders']` for `"sales"."orders"`); a dot inside a string is part of the name, never a separator. */
export type TableName = string | readonly string[];

/** PostgreSQL's longest identifier in bytes (`NAMEDATALEN` − 1): it cuts longer ones silently, so another column could answer. */
const MAX_IDENTIFIER_BYTES = 63;
/** A UTF-16 surrogate without its pair: no database can store it as written. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The UTF-8 length of a well-formed string. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Quotes one identifier for PostgreSQL and DuckDB: wrapped in double quotes, inner double quotes
 * doubled, so any name (reserved words, spaces, quotes, mixed case) is taken literally. Throws
 * `invalid_identifier` for an empty name, a non-string, a NUL character, a lone UTF-16 surrogate,
 * or a name over 63 UTF-8 bytes (PostgreSQL would cut it silently and might read another column).
 *
 * @example
 * ```ts
 * import { quoteIdentifier } from 'crm-taxonomy/sql';
 *
 * quoteIdentifier('user_id'); //=> '"user_id"'
 * quoteIdentifier('weird"name'); //=> '"weird""name"'
 * ```
 */
export function quoteIdentifier(name: string, path: readonly (string | number)[] = []): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000') || LONE_SURROGATE.test(name) || utf8Bytes(name) > MAX_IDENTIFIER_BYTES) {
    throw new CrmTaxonomyError('invalid_identifier', { received: describeValue(name) }, { path: [...path] });
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Quotes a table name, qualified or not. Errors point at `path` (the part's index appended): the
 * query builders pass `['options', 'table']`.
 *
 * @example
 * ```ts
 * import { quoteTable } from 'crm-taxonomy/sql';
 *
 * quoteTable(['sales', 'orders']); //=> '"sales"."orders"'
 * quoteTable('my.table'); //=> '"my.table"'
 * ```
 */
export function quoteTable(table: TableName, path: readonly (string | number)[] = []): string {
  if (typeof table === 'string') return quoteIdentifier(table, path);
  if (!Array.isArray(table) || table.length === 0 || table.length > 3) {
    throw new CrmTaxonomyError('invalid_identifier', { received: describeValue(table) }, { path: [...path] });
  }
  // An index loop: a hole in the array is refused, not skipped.
  const parts: string[] = [];
  for (let i = 0; i < table.length; i++) parts.push(quoteIdentifier(table[i] as string, [...path, i]));
  return parts.join('.');
}
