import { compareCustomerIds, type CustomerId } from '../../src/records/index.js';

/** Brute-force reference scores, written straight from docs/scoring.md. */
export function quantileOracle(values: readonly number[], n: number, lowerIsBetter: boolean): number[] {
  const g = values.map((v) => (lowerIsBetter ? -v : v));
  const N = g.length;
  return g.map((x) => {
    const L = g.filter((y) => y < x).length;
    return 1 + Math.min(n - 1, Math.floor((n * L) / N));
  });
}

export function ntileOracle(values: readonly number[], ids: readonly CustomerId[], n: number, lowerIsBetter: boolean): number[] {
  const N = values.length;
  const order = values.map((_, i) => i).sort((a, b) => {
    const ga = lowerIsBetter ? -values[a]! : values[a]!;
    const gb = lowerIsBetter ? -values[b]! : values[b]!;
    return ga !== gb ? ga - gb : compareCustomerIds(ids[a]!, ids[b]!);
  });
  const out = new Array<number>(N);
  const q = Math.floor(N / n);
  const r = N % n;
  let p = 0;
  for (let bucket = 1; bucket <= n; bucket++) {
    const size = bucket <= r ? q + 1 : q;
    for (let k = 0; k < size; k++) out[order[p++]!] = bucket;
  }
  return out;
}
