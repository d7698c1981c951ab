import { compareCustomerIds, type CustomerId } from '../records/index.js';
import { abcWalk, positiveTotal } from '../scoring/abc-cut.js';
import type { DimensionValue } from '../taxonomy/index.js';
type AbcClass = DimensionValue<'abc_class'>;

/** The classes from the top down, named in a typed table (`test/analysis` checks it against the taxonomy's order). @internal */
export const ABC_FROM_TOP = ['a', 'b', 'c'] as const satisfies readonly AbcClass[];
const TOP = 'a' satisfies (typeof ABC_FROM_TOP)[0];

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
 * the input's order), and cuts them into A, B and C (seed 002: 分為a、b、c三類) with the cut of
 * `fitAbc` (`abcWalk`, docs/scoring.md): a tie group is A while the share of customers
 * (`by: 'customers'`, `ranked / n`) or of the total positive value (`by: 'value'`, an exact sum)
 * ranked before it is below `cuts[0]`, B while below `cuts[1]`, else C. So 7 % of 100 customers is
 * 7 (no `ceil(0.07 × 100)`, which floating point makes 8), and the customer crossing a value cut is
 * still in the class. A value of 0 or less is always C; tied customers share the rank and class of
 * the first of them. Returns the places in the input's index order and the order of indexes by rank.
 * @internal
 */
export function abcRank(ids: readonly CustomerId[], values: readonly number[], cut: AbcCut): { readonly places: AbcPlace[]; readonly order: number[] } {
  const n = ids.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => (values[j] as number) - (values[i] as number) || compareCustomerIds(ids[i] as CustomerId, ids[j] as CustomerId));
  const places: AbcPlace[] = new Array<AbcPlace>(n);
  const walk = abcWalk({ ...cut, maxA: Infinity }, positiveTotal(values), n);
  for (let r = 0; r < n; ) {
    const value = values[order[r] as number] as number;
    let end = r + 1;
    while (end < n && values[order[end] as number] === value) end++;
    const place: AbcPlace = { rank: r + 1, abcClass: walk.classOf(value, end - r) };
    for (; r < end; r++) {
      places[order[r] as number] = place;
      walk.pass(value);
    }
  }
  return { places, order };
}

export { TOP as CLASS_A };
