/**
 * A running sum with Neumaier's compensation: two doubles that carry the rounding error of each
 * addition, for hot loops that add one amount at a time.
 * @internal
 */
export interface CompensatedSum {
  sum: number;
  compensation: number;
}

/** Adds a value to a compensated sum in place. @internal */
export function addCompensated(state: CompensatedSum, value: number): void {
  const t = state.sum + value;
  if (Math.abs(state.sum) >= Math.abs(value)) state.compensation += state.sum - t + value;
  else state.compensation += value - t + state.sum;
  state.sum = t;
}

/**
 * Adds a finite number to an exact sum held as an expansion (Shewchuk's partials: non-overlapping
 * doubles whose exact sum is the running total), in place. Returns the partials' largest part
 * when it stays finite, `±Infinity` when the running total overflows a double (the partials are
 * then no longer exact; the caller refuses the sum).
 * @internal
 */
export function growExpansion(partials: number[], value: number): number {
  let x = value;
  let n = 0;
  for (let i = 0; i < partials.length; i++) {
    let y = partials[i] as number;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    if (!Number.isFinite(hi)) return hi;
    const lo = y - (hi - x);
    if (lo !== 0) partials[n++] = lo;
    x = hi;
  }
  partials.length = n;
  partials.push(x);
  return x;
}

/**
 * The exact sum an expansion holds, rounded to the nearest double (half-even), as Python's
 * `math.fsum` rounds it.
 * @internal
 */
export function roundExpansion(partials: readonly number[]): number {
  let k = partials.length;
  if (k === 0) return 0;
  let hi = partials[--k] as number;
  let lo = 0;
  while (k > 0) {
    const x = hi;
    const y = partials[--k] as number;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (k > 0 && ((lo < 0 && (partials[k - 1] as number) < 0) || (lo > 0 && (partials[k - 1] as number) > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/**
 * The exactly rounded sum of finite numbers (Shewchuk's algorithm, as Python's `math.fsum`): the
 * result does not depend on the order of the values, and integer amounts stay exact. Returns
 * `Infinity`/`-Infinity` when the true sum overflows a double (the caller refuses it).
 * @internal
 */
export function exactSum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (const x of values) {
    const top = growExpansion(partials, x);
    if (!Number.isFinite(top)) return top;
  }
  return roundExpansion(partials);
}
