import { addCompensated, compareCustomerIds, exactSum, type CustomerId } from '../records/index.js';
import type { DimensionValue } from '../taxonomy/index.js';
type AbcClass = DimensionValue<'abc_class'>;

/** The classes from the top down, named in a typed table (`test/analysis` checks it against the taxonomy's order). @internal */
export const ABC_FROM_TOP = ['a', 'b', 'c'] as const satisfies readonly AbcClass[];
const TOP = 'a' satisfies (typeof ABC_FROM_TOP)[0];
const MIDDLE = 'b' satisfies (typeof ABC_FROM_TOP)[1];
const BOTTOM = 'c' satisfies (typeof ABC_FROM_TOP)[2];

/** How the ABC classes are cut: by the share of customers or of value, at two cut points. @internal */
export interface AbcCut {
  readonly by: 'customers' | 'value';
  readonly cuts: readonly [number, number];
}

/** One customer's place in an ABC ranking. @internal */
export interface AbcPlace {
  /** 1-based; tied customers share the rank of the first of them. */
  readonly rank: number;
  readonly abcClass: AbcClass;
}

/**
 * Ranks customers by value, highest first (ties by customer id, so the result does not depend on
 * the input's order), and cuts them into A, B and C (seed 002: 分為a、b、c三類).
 *
 * - `by: 'customers'`: the first `ceil(cuts[0] × n)` customers are A, up to `ceil(cuts[1] × n)`
 *   are B (seed 002 names the top 5 % and 20 %);
 * - `by: 'value'`: a customer is A while the value ranked above it is less than `cuts[0]` of the
 *   total positive value (so the one crossing the cut is A), B likewise below `cuts[1]`.
 *
 * A value of 0 or less is always C; tied customers all take the class of the first of them.
 * Returns the places in the input's index order and the order of indexes by rank.
 * @internal
 */
export function abcRank(ids: readonly CustomerId[], values: readonly number[], cut: AbcCut): { readonly places: AbcPlace[]; readonly order: number[] } {
  const n = ids.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => (values[j] as number) - (values[i] as number) || compareCustomerIds(ids[i] as CustomerId, ids[j] as CustomerId));
  const places: AbcPlace[] = new Array<AbcPlace>(n);
  const total = exactSum(values.filter((v) => v > 0));
  const aCount = Math.ceil(cut.cuts[0] * n);
  const bCount = Math.ceil(cut.cuts[1] * n);
  const before = { sum: 0, compensation: 0 };
  let previous: { value: number; place: AbcPlace } | undefined;
  for (let r = 0; r < n; r++) {
    const i = order[r] as number;
    const value = values[i] as number;
    let place: AbcPlace;
    if (previous !== undefined && previous.value === value) place = previous.place;
    else {
      let cls: AbcClass;
      if (value <= 0) cls = BOTTOM;
      else if (cut.by === 'customers') cls = r < aCount ? TOP : r < bCount ? MIDDLE : BOTTOM;
      else {
        const above = before.sum + before.compensation;
        cls = above < cut.cuts[0] * total ? TOP : above < cut.cuts[1] * total ? MIDDLE : BOTTOM;
      }
      place = { rank: r + 1, abcClass: cls };
      previous = { value, place };
    }
    places[i] = place;
    if (value > 0) addCompensated(before, value);
  }
  return { places, order };
}

export { TOP as CLASS_A };
