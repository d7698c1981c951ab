/** A hostile review of the SQL builders: a profit column checked wherever it is given. */
import { expect, it } from 'vitest';
import { abcSql, rfmSql } from '../../src/sql/index.js';
import { thrown } from '../support/thrown.js';

it('a profit column that is no identifier is refused in every query, not only where it is read', () => {
  const base = { dialect: 'postgres', table: 'orders', columns: { customerId: 'id', at: 'at', amount: 'amount' } } as const;
  for (const build of [() => abcSql({ ...base, profitColumn: '' }), () => rfmSql({ ...base, asOf: '2024-06-30', profitColumn: 'a\u0000b' } as never)]) {
    const error = thrown(build);
    expect([error.code, error.path]).toEqual(['invalid_identifier', ['options', 'profitColumn']]);
  }
  expect(abcSql({ ...base, profitColumn: 'margin' }).text).not.toContain('margin');
});
