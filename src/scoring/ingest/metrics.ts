import { roundExpansion, type CustomerId } from '../../records/index.js';
import type { MetricColumns } from '../model.js';
import type { ResolvedScoring } from '../options.js';
import { LAST_ANY, LAST_PURCHASE, NO_DAY, PURCHASES, STRIDE, type CustomerState } from './customer-state.js';

/** R, F and M of every customer in id order, the ids in that order, and n doubles of memory left free. @internal */
export interface NamedMetrics {
  readonly ids: CustomerId[];
  readonly metrics: MetricColumns;
  /** The state's bytes after R's, which nothing reads any more: room for a fit's order (see `fitColumns`). */
  readonly scratch: Float64Array;
}

/**
 * R, F and M of the ingested customers in id order (`order[p]` the customer at position p), computed
 * in the memory the ingest leaves behind, so that a fit allocates few new typed arrays (V8 starts a
 * full collection of the whole heap past 64 MB of them): R in the state, M in the sums, F in the
 * order's buffer when it has room for n doubles (an order from `CustomerIndex.takeOrder`). Consumes
 * the state and the order. Three steps: each customer's (R, F) pair over its own 16 bytes of state
 * and its M over its sum; the pairs and sums moved to id order along the permutation's cycles; the
 * pairs split into R (kept in place) and F, which leaves the pairs' second half free (`scratch`).
 * @internal
 */
export function metricsInIdOrder(st: CustomerState, ids: readonly CustomerId[], order: Uint32Array, s: ResolvedScoring): NamedMetrics {
  const N = order.length;
  const pairs = new Float64Array(st.state.buffer, st.state.byteOffset, 2 * N);
  const sum = st.sum;
  denseMetrics(st, N, pairs, s);
  const named = new Array<CustomerId>(N);
  for (let p = 0; p < N; p++) named[p] = ids[order[p]!]!;
  permute(order, pairs, sum);
  const frequency = order.byteOffset === 0 && order.buffer.byteLength >= 8 * N ? new Float64Array(order.buffer, 0, N) : new Float64Array(N);
  for (let p = 0; p < N; p++) {
    frequency[p] = pairs[2 * p + 1]!;
    pairs[p] = pairs[2 * p]!;
  }
  return { ids: named, metrics: { recency: pairs.subarray(0, N), frequency, monetary: sum.subarray(0, N) }, scratch: pairs.subarray(N, 2 * N) };
}

/** Customer i's R and F to `pairs[2i]`, `pairs[2i + 1]` (the bytes of its state), its M to `sum[i]`. */
function denseMetrics(st: CustomerState, N: number, pairs: Float64Array, s: ResolvedScoring): void {
  const state = st.state;
  const sum = st.sum;
  const asOf = s.asOfDay;
  const mean = s.policy.monetary === 'mean';
  const distinct = s.policy.sameDay === 'once' ? st.days?.counts(N) : undefined;
  for (let i = 0; i < N; i++) {
    const o = i * STRIDE;
    const lp = state[o + LAST_PURCHASE]!;
    const r = asOf - (lp === NO_DAY ? state[o + LAST_ANY]! : lp);
    const f = distinct === undefined ? state[o + PURCHASES]! : distinct[i]!;
    const si = sum[i]!;
    let m = si === si ? si : roundExpansion(st.exact.get(i)!);
    if (mean) m /= f > 1 ? f : 1;
    pairs[2 * i] = r > 0 ? r : 0;
    pairs[2 * i + 1] = f;
    sum[i] = m === 0 ? 0 : m;
  }
}

/** Moves pair and sum `order[p]` to position p for every p, along the cycles of `order` (left the identity). */
function permute(order: Uint32Array, pairs: Float64Array, sum: Float64Array): void {
  const N = order.length;
  for (let p0 = 0; p0 < N; p0++) {
    if (order[p0] === p0) continue;
    const r0 = pairs[2 * p0]!;
    const f0 = pairs[2 * p0 + 1]!;
    const m0 = sum[p0]!;
    let p = p0;
    for (;;) {
      const q = order[p]!;
      order[p] = p;
      if (q === p0) break;
      pairs[2 * p] = pairs[2 * q]!;
      pairs[2 * p + 1] = pairs[2 * q + 1]!;
      sum[p] = sum[q]!;
      p = q;
    }
    pairs[2 * p] = r0;
    pairs[2 * p + 1] = f0;
    sum[p] = m0;
  }
}
