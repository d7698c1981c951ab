/** A misspelt option of a query is refused, as the in-memory functions refuse it; the queries share their keys (one options object for the check and the fit). */
import { expect, it } from 'vitest';
import { abcSql, futureTransactionsSql, rfmSql } from '../../src/sql/index.js';
import { thrown } from '../support/thrown.js';

const base = { dialect: 'duckdb', table: 'orders', columns: { customerId: 'uid', at: 'ts', amount: 'cents' }, asOf: '2024-06-30', policy: { futureTransactions: 'ignore' } } as const;

it('refuses an option no query knows, at the key', () => {
  for (const call of [() => rfmSql({ ...base, scroes: 3 } as never), () => abcSql({ ...base, cut: [0.8, 0.95] } as never), () => futureTransactionsSql({ ...base, timezone: 'UTC' } as never)]) {
    expect(thrown(call)).toMatchObject({ code: 'invalid_argument', details: { expected: 'known_key' } });
  }
  expect(thrown(() => rfmSql({ ...base, scroes: 3 } as never))).toMatchObject({ path: ['options', 'scroes'] });
});

it('takes one options object for the check and the queries', () => {
  const options = { ...base, scores: 5, method: 'ntile', policy: { ...base.policy, timeZone: 'UTC' } } as const;
  expect(futureTransactionsSql(options).params).toEqual(['2024-06-30']);
  expect(rfmSql(options).params).toEqual(['2024-06-30', 5]);
});
