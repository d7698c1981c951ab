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
 * Adds a finite number to a Shewchuk expansion in place: `partials` holds non-overlapping
 * doubles whose exact sum is the running total (start from `[]`; `exactSum(partials)` rounds it).
 * For a running exact, order-independent sum that keeps O(1) memory (an expansion rarely holds
 * more than two or three parts). Returns `false` when the total overflows a double.
 * @internal
 */
export function addExact(partials: number[], value: number): boolean {
  let x = value;
  let n = 0;
  for (let i = 0; i < partials.length; i++) {
    let y = partials[i] as number;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    if (!Number.isFinite(hi)) return false;
    const lo = y - (hi - x);
    if (lo !== 0) partials[n++] = lo;
    x = hi;
  }
  partials.length = n;
  partials.push(x);
  return true;
}

/**
 * The exactly rounded sum of finite numbers (Shewchuk's algorithm, as Python's `math.fsum`): the
 * result does not depend on the order of the values, and integer amounts stay exact. Returns
 * `Infinity`/`-Infinity` when the true sum overflows a double (the caller refuses it).
 * @internal
 */
export function exactSum(values: Iterable<number>): number {
  const partials: number[] = [];
  for (let x of values) {
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
  }
  // Round the expansion to the nearest double, half-even, as fsum does.
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
