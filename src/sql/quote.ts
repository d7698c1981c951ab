import { CrmTaxonomyError, describeValue } from '../errors/index.js';

/** The SQL dialects the generator writes: PostgreSQL (and PGlite) and DuckDB. */
export type SqlDialect = 'postgres' | 'duckdb';

/** A table name: one identifier, or its parts (`['sales', 'orders']` for `"sales"."orders"`); a dot inside a string is part of the name, never a separator. */
export type TableName = string | readonly string[];

/**
 * Quotes one identifier for PostgreSQL and DuckDB: wrapped in double quotes, inner double quotes
 * doubled, so any name (reserved words, spaces, quotes, mixed case) is taken literally. Throws
 * `invalid_identifier` for an empty name, a non-string, or a NUL character.
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
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000')) {
    throw new CrmTaxonomyError('invalid_identifier', { received: describeValue(name) }, { path: [...path] });
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Quotes a table name, qualified or not.
 *
 * @example
 * ```ts
 * import { quoteTable } from 'crm-taxonomy/sql';
 *
 * quoteTable(['sales', 'orders']); //=> '"sales"."orders"'
 * quoteTable('my.table'); //=> '"my.table"'
 * ```
 */
export function quoteTable(table: TableName): string {
  if (typeof table === 'string') return quoteIdentifier(table, ['table']);
  if (!Array.isArray(table) || table.length === 0 || table.length > 3) {
    throw new CrmTaxonomyError('invalid_identifier', { received: describeValue(table) }, { path: ['table'] });
  }
  return table.map((part, i) => quoteIdentifier(part, ['table', i])).join('.');
}
