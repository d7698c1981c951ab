/**
 * One options object serves every query: the day of `asOf` comes from `policy.timeZone` in each of
 * them (futureTransactionsSql read a `timeZone` of its own, so the check and the query could count
 * different days), and `rfmSql` checks a segment map as `rfmSegment` does.
 */
import { describe, expect, it } from 'vitest';
import { RFM_SEGMENTS } from '../../src/index.js';
import { abcSql, futureTransactionsSql, rfmSql } from '../../src/sql/index.js';
import { thrown } from '../support/thrown.js';

const base = { dialect: 'postgres', table: 'orders', columns: { customerId: 'c', at: 'd', amount: 'a' }, asOf: '2024-06-30T20:00:00Z' } as const;

describe('one options object for every query', () => {
  it('the same asOf day in futureTransactionsSql, rfmSql and abcSql', () => {
    const options = { ...base, policy: { futureTransactions: 'ignore', timeZone: 'Asia/Shanghai' } } as const;
    expect(futureTransactionsSql(options).params).toEqual(['2024-07-01']);
    expect(rfmSql(options).params).toContain('2024-07-01');
    expect(abcSql(options).params).toContain('2024-07-01');
  });
  it('a timeZone beside the policy is refused, not read by one query and ignored by the next', () => {
    for (const call of [() => futureTransactionsSql({ ...base, timeZone: 'Asia/Shanghai' } as never), () => rfmSql({ ...base, timeZone: 'Asia/Shanghai' } as never)]) {
      expect(thrown(call)).toMatchObject({ code: 'invalid_argument', path: ['options', 'timeZone'], details: { expected: 'known_key' } });
    }
  });
  it('rfmSql refuses a segment map rfmSegment refuses', () => {
    const segmentMap = { ...RFM_SEGMENTS, segments: [...RFM_SEGMENTS.segments, { id: 'vip', domain: 42, colour: 'gold' }] };
    expect(thrown(() => rfmSql({ ...base, policy: { futureTransactions: 'ignore' }, segmentMap } as never))).toMatchObject({ code: 'invalid_policy', path: ['options', 'segmentMap', 'segments', 11, 'colour'] });
  });
});
