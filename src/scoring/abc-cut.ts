import { growExpansion, roundExpansion } from '../records/index.js';
import type { AbcClass } from '../taxonomy/aliases.js';

/** The default cut points by measure (docs/scoring.md): 80 % and 95 % of value; the seeds' top 5 % and 20 % of customers. @internal */
export const DEFAULT_CUTS = /* @__PURE__ */ Object.freeze({ value: Object.freeze([0.8, 0.95] as const), customers: Object.freeze([0.05, 0.2] as const) });

/** How an ABC cut is made (docs/scoring.md): the measure, the two cut points, the cap on A. @internal */
export interface Cuts {
  readonly by: 'value' | 'customers';
  readonly cuts: readonly [number, number];
  /** At most this many A customers (`Infinity`: no cap). */
  readonly maxA: number;
}

/**
 * The ABC cut's walk over tie groups, highest value first (docs/scoring.md), shared by `fitAbc`
 * and the classification's value model so that both give the same classes to the last bit. A
 * group is A while the share before it is below `cuts[0]` and A stays within `maxA` customers,
 * then B while below `cuts[1]`, else C; a value of zero or less is C. Shares are exact sums
 * (expansions) over the positive values, so the classes do not depend on the input's order.
 * @internal
 */
export interface AbcWalk {
  /**
   * The class of the next tie group: value `v`, `size` customers (the customers before it are
   * those passed). Call `pass` for each of its customers before the next group.
   */
  classOf(v: number, size: number): AbcClass;
  /** Passes one customer of value `v` (a positive value counts towards the shares). */
  pass(v: number): void;
  /** The share of the total positive value passed so far (0 when nothing is positive). */
  shareBefore(): number;
}

/** A walk over a population of `n` customers whose positive values sum to `total`. @internal */
export function abcWalk(cut: Cuts, total: number, n: number): AbcWalk {
  // The exact sum of the positive values the walk has passed.
  const before: number[] = [];
  let passed = 0;
  let aOpen = true;
  let countA = 0;
  const shareBefore = (): number => (total > 0 ? roundExpansion(before) / total : 0);
  return {
    classOf(v, size) {
      if (!(v > 0)) return 'c';
      const measure = cut.by === 'value' ? shareBefore() : passed / n;
      if (aOpen && measure < cut.cuts[0] && countA + size <= cut.maxA) {
        countA += size;
        return 'a';
      }
      aOpen = false;
      return measure < cut.cuts[1] ? 'b' : 'c';
    },
    pass(v) {
      passed++;
      if (v > 0) growExpansion(before, v);
    },
    shareBefore,
  };
}

/** The exact sum of the positive values of `values` (any order: the sum is exactly rounded). @internal */
export function positiveTotal(values: ArrayLike<number>): number {
  const sum: number[] = [];
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) growExpansion(sum, values[i]!);
  return roundExpansion(sum);
}
