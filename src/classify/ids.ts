import type { ValueOf } from '../taxonomy/index.js';
import { loyalty, valueTier, type abcClass } from '../taxonomy/dimensions/index.js';

/*
 * The classifiers write the taxonomy's ids as literals: `known(dimension, value)` takes only an id
 * of that dimension (`DimensionValue<K>`), so a renamed id breaks the type check, not a string compare.
 */

/** ABC class to value tier (`a → vip`, `b → key`, `c → ordinary`), as docs/scoring.md cuts them. @internal */
export const ABC_TO_TIER = { a: 'vip', b: 'key', c: 'ordinary' } as const satisfies Readonly<Record<ValueOf<typeof abcClass>, ValueOf<typeof valueTier>>>;

/** The value tiers, lowest first, from the dimension data. @internal */
export const VALUE_TIER_IDS: readonly ValueOf<typeof valueTier>[] = /* @__PURE__ */ valueTier.values.map((v) => v.id);

/** The loyalty levels, lowest first, from the dimension data. @internal */
export const LOYALTY_IDS: readonly ValueOf<typeof loyalty>[] = /* @__PURE__ */ loyalty.values.map((v) => v.id);
