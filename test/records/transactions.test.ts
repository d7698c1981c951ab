import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmTaxonomyError, message, type TransactionAccessors } from '../../src/index.js';
import { addCompensated, compareCustomerIds, createDayCounter, exactSum, readTransaction } from '../../src/records/index.js';

interface Row {
  id?: unknown;
  at: unknown;
  amount: unknown;
}
const accessors = {
  customerId: (r: Row) => r.id,
  at: (r: Row) => r.at,
  amount: (r: Row) => r.amount,
} as unknown as TransactionAccessors<Row>;
const days = createDayCounter();

function error(fn: () => unknown): CrmTaxonomyError {
  try {
    fn();
  } catch (e) {
    return e as CrmTaxonomyError;
  }
  throw new Error('no error');
}

describe('reading a transaction', () => {
  it('reads id, day and amount', () => {
    expect(readTransaction({ id: 'c1', at: '1970-01-03', amount: 1250 }, 0, accessors, days, 'error')).toEqual({
      customerId: 'c1',
      day: 2,
      amount: 1250,
    });
    expect(readTransaction({ id: 7, at: 0, amount: -5 }, 0, accessors, days, 'error')?.customerId).toBe(7);
  });

  it('skips or refuses a missing customer id', () => {
    for (const id of [undefined, null, '']) {
      expect(readTransaction({ id, at: 0, amount: 1 }, 4, accessors, days, 'skip')).toBeUndefined();
      const e = error(() => readTransaction({ id, at: 0, amount: 1 }, 4, accessors, days, 'error'));
      expect(e.code).toBe('missing_customer_id');
      expect(e.path).toEqual(['transactions', 4, 'customerId']);
    }
    for (const id of [{}, Number.NaN, Infinity, true, []]) {
      const e = error(() => readTransaction({ id, at: 0, amount: 1 }, 1, accessors, days, 'error'));
      expect(e.code).toBe('invalid_record');
      expect(e.details).toMatchObject({ expected: 'customer_id', index: 1 });
    }
  });

  it('refuses non-finite amounts and invalid dates with the index', () => {
    for (const amount of [Number.NaN, Infinity, '12', null]) {
      const e = error(() => readTransaction({ id: 'a', at: 0, amount }, 9, accessors, days, 'error'));
      expect(e.code).toBe('invalid_record');
      expect(e.path).toEqual(['transactions', 9, 'amount']);
      expect(message(e)).toMatch(/^Invalid record at transactions\[9\]\.amount: expected a finite number, received /);
    }
    expect(error(() => readTransaction({ id: 'a', at: 'never', amount: 1 }, 2, accessors, days, 'error')).path).toEqual([
      'transactions',
      2,
      'at',
    ]);
  });
});

describe('customer id order', () => {
  it('is a total order: numbers first, then strings by code unit', () => {
    expect([3, 'b', 1, 'B', 'a'].sort(compareCustomerIds)).toEqual([1, 3, 'B', 'a', 'b']);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string())), (ids) => {
        const a = [...ids].sort(compareCustomerIds);
        const b = [...ids].reverse().sort(compareCustomerIds);
        expect(a).toEqual(b);
      }),
    );
  });
});

describe('sums', () => {
  it('do not drift', () => {
    expect(exactSum(new Array<number>(10).fill(0.1))).toBe(1);
    expect(exactSum([1e100, 1, -1e100])).toBe(1);
    const state = { sum: 0, compensation: 0 };
    for (const v of [0.1, 0.2, 0.3]) addCompensated(state, v);
    expect(state.sum + state.compensation).toBe(0.6);
  });

  it('equal the exact sum of integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (values) => {
        expect(exactSum(values)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('do not depend on the order of the values (the exactly rounded sum)', () => {
    const values = [0.1, 0.7, -1e16, 1e16, 0.3];
    // 0.1 + 0.7 + 0.3 as doubles is 1.09999999999999995…, whose nearest double is 1.0999999999999999 (as math.fsum).
    expect(exactSum(values)).toBe(1.0999999999999999);
    expect(exactSum([...values].reverse())).toBe(1.0999999999999999);
    expect(exactSum([1e16, 0.3, -1e16, 0.7, 0.1])).toBe(1.0999999999999999);
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { maxLength: 40 }), fc.nat(), (values, seed) => {
        const shuffled = [...values].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
        expect(exactSum(shuffled)).toBe(exactSum(values));
      }),
    );
    expect(exactSum([1e308, 1e308])).toBe(Infinity);
    expect(exactSum([])).toBe(0);
  });
});
