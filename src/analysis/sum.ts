import { exactSum } from '../records/index.js';

/**
 * The exactly rounded sum of finite amounts, order-independent (`exactSum` of src/records), with a
 * fast path: while every amount is an integer and every running sum stays within
 * `Number.MAX_SAFE_INTEGER`, plain addition is exact, so its result is the exact sum.
 * @internal
 */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    total += v;
    if (!Number.isInteger(v) || total > Number.MAX_SAFE_INTEGER || total < -Number.MAX_SAFE_INTEGER) return exactSum(values);
  }
  return total;
}
