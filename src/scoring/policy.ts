import { resolveRfmPolicy } from './options.js';
import type { RfmPolicy } from './types.js';

/**
 * TEMPORARY (v0.2 port): the v0.1 policy reader (`future` for `futureTransactions`), kept only so
 * that `src/classify` compiles until its port reads the policy with `resolveRfmPolicy`.
 * @internal
 */
export function resolvePolicy(options: Partial<Omit<RfmPolicy, 'futureTransactions'>> & { readonly future?: RfmPolicy['futureTransactions'] }): RfmPolicy {
  const { future, ...rest } = options;
  return resolveRfmPolicy({ ...rest, ...(future === undefined ? {} : { futureTransactions: future }) }, []);
}
