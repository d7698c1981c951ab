export { quoteIdentifier, quoteTable, type SqlDialect, type TableName } from './quote.js';
export { futureTransactionsSql, rfmSql, type RfmSqlOptions, type SqlQuery, type SqlTransactionsTable } from './rfm.js';
export { abcSql, type AbcSqlOptions } from './abc.js';
