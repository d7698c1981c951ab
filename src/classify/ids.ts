import type { ValueOf } from '../taxonomy/index.js';
import { loyalty, valueTier, type abcClass, type effectiveness, type patronageLevel, type purchaseIntent, type status, type timeState } from '../taxonomy/dimensions/index.js';

/**
 * The taxonomy ids the classifiers answer with, named once in typed tables (the data lives in
 * src/taxonomy/dimensions/; a renamed id breaks the type check here, not a string compare).
 * @internal
 */
export const LOYALTY = {
  potential: 'potential',
  new: 'new',
  established: 'established',
  loyal: 'loyal',
} as const satisfies Readonly<Record<string, ValueOf<typeof loyalty>>>;

/** @internal */
export const STATUS = {
  nonCustomer: 'non_customer',
  potential: 'potential',
  target: 'target',
  current: 'current',
  lost: 'lost',
} as const satisfies Readonly<Record<string, ValueOf<typeof status>>>;

/** @internal */
export const TIME_STATE = { past: 'past', present: 'present', future: 'future' } as const satisfies Readonly<Record<string, ValueOf<typeof timeState>>>;

/** @internal */
export const INTENT = {
  interested: 'interested',
  hesitating: 'hesitating',
  notNow: 'not_now',
  never: 'never',
  quotedNoReply: 'quoted_no_reply',
} as const satisfies Readonly<Record<string, ValueOf<typeof purchaseIntent>>>;

/** @internal */
export const EFFECTIVENESS = { effective: 'effective', ineffective: 'ineffective' } as const satisfies Readonly<Record<string, ValueOf<typeof effectiveness>>>;

/** @internal */
export const ABC = { a: 'a', b: 'b', c: 'c' } as const satisfies Readonly<Record<string, ValueOf<typeof abcClass>>>;

/** @internal */
export const PATRONAGE = {
  passerBy: 'passer_by',
  customer: 'customer',
  regular: 'regular',
  honored: 'honored',
  devotee: 'devotee',
} as const satisfies Readonly<Record<string, ValueOf<typeof patronageLevel>>>;

/** ABC class to value tier (`a → vip`, `b → key`, `c → ordinary`), as docs/scoring.md cuts them. @internal */
export const ABC_TO_TIER = { a: 'vip', b: 'key', c: 'ordinary' } as const satisfies Readonly<Record<ValueOf<typeof abcClass>, ValueOf<typeof valueTier>>>;

/** The value tiers, lowest first, from the dimension data. @internal */
export const VALUE_TIER_IDS: readonly ValueOf<typeof valueTier>[] = /* @__PURE__ */ valueTier.values.map((v) => v.id);

/** The loyalty levels, lowest first, from the dimension data. @internal */
export const LOYALTY_IDS: readonly ValueOf<typeof loyalty>[] = /* @__PURE__ */ loyalty.values.map((v) => v.id);
