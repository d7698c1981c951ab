import { CrmTaxonomyError, legacyError, describeValue, type ErrorPath } from '../errors/index.js';
import { createDayCounter } from '../records/index.js';
import { loyalty, valueTier } from '../taxonomy/dimensions/index.js';
import type { ValueOf } from '../taxonomy/index.js';

/**
 * The thresholds every classifier reads: plain JSON a host stores, versions and overrides part by
 * part (see {@link DEFAULT_CLASSIFICATION_POLICY} for the defaults and why, and
 * docs/classification.md for the exact rules). Days are calendar days in `timeZone` (UTC by
 * default); amounts are in the host's unit.
 *
 * @example
 * ```ts
 * import { DEFAULT_CLASSIFICATION_POLICY, type ClassificationPolicy } from 'crm-taxonomy';
 *
 * const policy: ClassificationPolicy = { ...DEFAULT_CLASSIFICATION_POLICY, timeZone: 'Asia/Shanghai' };
 * policy.loyalty.established.minPurchases; //=> 2
 * ```
 */
export interface ClassificationPolicy {
  readonly version: 1;
  /** IANA time zone of calendar days (`UTC` by default). */
  readonly timeZone: string;
  readonly loyalty: {
    /** A buyer becomes `established` with this many purchase days over this many days of tenure. */
    readonly established: { readonly minPurchases: number; readonly minTenureDays: number };
    /**
     * A buyer becomes `loyal` with this many purchase days (the repeat behaviour) over this tenure,
     * showing at least `minBehaviours` of the four loyal behaviours (repeat included); a behaviour
     * shows with `minDirectedPurchases` directed purchases, `minCategories` categories,
     * `minReferrals` referrals.
     */
    readonly loyal: {
      readonly minPurchases: number;
      readonly minTenureDays: number;
      readonly minBehaviours: number;
      readonly minDirectedPurchases: number;
      readonly minCategories: number;
      readonly minReferrals: number;
    };
  };
  readonly status: {
    /**
     * The churn window: `fixed` uses `days`; `rhythm` uses `multiplier` × the customer's mean gap
     * between purchase days, clamped to `[minDays, maxDays]`, when it has at least `minPurchases`
     * purchase days, and `days` otherwise.
     */
    readonly churn: {
      readonly method: 'fixed' | 'rhythm';
      readonly days: number;
      readonly multiplier: number;
      readonly minPurchases: number;
      readonly minDays: number;
      readonly maxDays: number;
    };
  };
  readonly timeState: {
    /** A purchase or a deal contact within this many days makes the customer `present`. */
    readonly presentDays: number;
  };
  readonly purchaseIntent: {
    /** A quote with no answer after this many days is `quoted_no_reply`. */
    readonly replyWindowDays: number;
    /** Explicit refusals (since the last sign of interest) that make a prospect `never`. */
    readonly refusalsForNever: number;
    /** An expected purchase date further than this many days away is `not_now`; nearer is `interested`. */
    readonly notNowBeyondDays: number;
  };
  readonly effectiveness: {
    /** Referrals that make a customer effective (it promotes the firm). */
    readonly minReferrals: number;
    /** Profit after cost to serve above this amount makes a customer effective. */
    readonly minContribution: number;
    /** Gross margin rate applied to net revenue when purchases carry no profit; `null`: none. */
    readonly marginRate: number | null;
    /** A missing cost to serve counts as `'zero'` (said in the reasons) or leaves profit `'unknown'`. */
    readonly missingCostToServe: 'zero' | 'unknown';
  };
  readonly patronage: {
    /** `regular`: this many purchase days within the last `windowDays` days. */
    readonly regular: { readonly minPurchaseDays: number; readonly windowDays: number };
    /** `honored`: a regular whose value tier is at least this. */
    readonly honored: { readonly minValueTier: ValueOf<typeof valueTier> };
    /** `devotee`: an honoured guest whose loyalty is at least this. */
    readonly devotee: { readonly minLoyalty: ValueOf<typeof loyalty> };
  };
  readonly value: {
    /** What a customer's value is when a value model is fitted: net `'revenue'` or `'profit'`. */
    readonly basis: 'revenue' | 'profit';
    /** ABC cut points (docs/scoring.md): cumulative share of `'value'` or of `'customers'`. */
    readonly by: 'value' | 'customers';
    readonly cuts: readonly [number, number];
    /** Cap on the number of A customers; `null`: no cap. */
    readonly maxA: number | null;
  };
}

/**
 * Makes every property of a policy optional, recursively (arrays stay whole): the shape of a
 * host's policy overrides.
 *
 * @example
 * ```ts
 * import type { DeepPartial } from 'crm-taxonomy';
 *
 * const partial: DeepPartial<{ a: { b: number; c: number } }> = { a: { b: 1 } };
 * partial.a?.b; //=> 1
 * ```
 */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * What a host passes: any part of a {@link ClassificationPolicy}; the rest comes from
 * {@link DEFAULT_CLASSIFICATION_POLICY}.
 *
 * @example
 * ```ts
 * import type { ClassificationPolicyInput } from 'crm-taxonomy';
 *
 * const input: ClassificationPolicyInput = { status: { churn: { method: 'fixed', days: 90 } } };
 * input.status?.churn?.days; //=> 90
 * ```
 */
export type ClassificationPolicyInput = DeepPartial<ClassificationPolicy>;

/**
 * The default policy. Why these numbers:
 * - loyalty: `established` after 2 purchase days over 180 days (seed 000: "a longer time of
 *   trading"; the lifecycle machines use the same 2 and 180); `loyal` after 6 purchase days over a
 *   year and 3 of the 4 behaviours of seed 000 (repeat is always one of them), so a customer who
 *   only repeats is not called loyal without a second sign (directed, related or referral).
 * - status: churn window of 3 × the customer's own mean gap between purchases, kept within 60..730
 *   days, from 3 purchase days on; 180 days (the lifecycle default) for customers with fewer.
 * - time state: a purchase or deal contact in the last 30 days is "trading now" (seed 001).
 * - purchase intent: a quote unanswered for 7 days; 2 explicit refusals for `never` (seed 002:
 *   hesitating prospects are re-classified after several contacts, one refusal is not final);
 *   an expected purchase more than 30 days away is `not_now`.
 * - effectiveness: 1 referral (promotes) or a profit above 0 after cost to serve (seed 002); no
 *   default margin, a missing cost to serve counts as 0 and the reasons say so.
 * - patronage: `regular` with 4 purchase days in the last 365; `honored` from value tier `key`;
 *   `devotee` when also `loyal`.
 * - value: ABC by net revenue, cut at 80 % and 95 % of value (docs/scoring.md), no cap on A.
 *
 * @example
 * ```ts
 * import { DEFAULT_CLASSIFICATION_POLICY } from 'crm-taxonomy';
 *
 * DEFAULT_CLASSIFICATION_POLICY.status.churn; //=> { method: 'rhythm', days: 180, multiplier: 3 }
 * JSON.parse(JSON.stringify(DEFAULT_CLASSIFICATION_POLICY)).version; //=> 1
 * ```
 */
export const DEFAULT_CLASSIFICATION_POLICY: ClassificationPolicy = {
  version: 1,
  timeZone: 'UTC',
  loyalty: {
    established: { minPurchases: 2, minTenureDays: 180 },
    loyal: { minPurchases: 6, minTenureDays: 365, minBehaviours: 3, minDirectedPurchases: 2, minCategories: 2, minReferrals: 1 },
  },
  status: { churn: { method: 'rhythm', days: 180, multiplier: 3, minPurchases: 3, minDays: 60, maxDays: 730 } },
  timeState: { presentDays: 30 },
  purchaseIntent: { replyWindowDays: 7, refusalsForNever: 2, notNowBeyondDays: 30 },
  effectiveness: { minReferrals: 1, minContribution: 0, marginRate: null, missingCostToServe: 'zero' },
  patronage: { regular: { minPurchaseDays: 4, windowDays: 365 }, honored: { minValueTier: 'key' }, devotee: { minLoyalty: 'loyal' } },
  value: { basis: 'revenue', by: 'value', cuts: [0.8, 0.95], maxA: null },
};

/** A leaf rule of the hand-written policy check. */
type Rule =
  | { readonly kind: 'int'; readonly min: number; readonly max?: number }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number; readonly exclusiveMin?: boolean; readonly nullable?: boolean; readonly integer?: boolean }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'literal'; readonly value: number }
  | { readonly kind: 'zone' }
  | { readonly kind: 'cuts' };

type Spec = { readonly [key: string]: Spec | Rule };

const days: Rule = { kind: 'int', min: 0 };
const count: Rule = { kind: 'int', min: 1 };

/** The shape and bounds of a policy, mirrored by `ClassificationPolicySchema` in crm-taxonomy/schema. */
/* @__NO_SIDE_EFFECTS__ */
function policySpec(): Spec {
  return {
    version: { kind: 'literal', value: 1 },
    timeZone: { kind: 'zone' },
    loyalty: {
      established: { minPurchases: count, minTenureDays: days },
      loyal: {
        minPurchases: count,
        minTenureDays: days,
        minBehaviours: { kind: 'int', min: 1, max: 4 },
        minDirectedPurchases: count,
        minCategories: count,
        minReferrals: count,
      },
    },
    status: {
      churn: {
        method: { kind: 'enum', values: ['fixed', 'rhythm'] },
        days: count,
        multiplier: { kind: 'number', min: 0, exclusiveMin: true },
        minPurchases: { kind: 'int', min: 2 },
        minDays: count,
        maxDays: count,
      },
    },
    timeState: { presentDays: days },
    purchaseIntent: { replyWindowDays: days, refusalsForNever: count, notNowBeyondDays: days },
    effectiveness: {
      minReferrals: count,
      minContribution: { kind: 'number' },
      marginRate: { kind: 'number', min: 0, max: 1, nullable: true },
      missingCostToServe: { kind: 'enum', values: ['zero', 'unknown'] },
    },
    patronage: {
      regular: { minPurchaseDays: count, windowDays: count },
      honored: { minValueTier: { kind: 'enum', values: valueTier.values.map((v) => v.id) } },
      devotee: { minLoyalty: { kind: 'enum', values: loyalty.values.map((v) => v.id) } },
    },
    value: {
      basis: { kind: 'enum', values: ['revenue', 'profit'] },
      by: { kind: 'enum', values: ['value', 'customers'] },
      cuts: { kind: 'cuts' },
      maxA: { kind: 'number', min: 0, nullable: true, integer: true },
    },
  };
}

const SPEC: Spec = /* @__PURE__ */ policySpec();

function bad(path: ErrorPath, expected: string, received: unknown): CrmTaxonomyError {
  return legacyError('invalid_policy', `Invalid classification policy at ${path.join('.')}: expected ${expected}, received ${describeValue(received)}`, {
    path,
    details: { expected, received: describeValue(received) },
  });
}

function isRule(node: Spec | Rule): node is Rule {
  return typeof (node as { kind?: unknown }).kind === 'string';
}

function checkLeaf(rule: Rule, value: unknown, path: ErrorPath): void {
  switch (rule.kind) {
    case 'literal':
      if (value !== rule.value) throw bad(path, String(rule.value), value);
      return;
    case 'zone':
      if (typeof value !== 'string' || value === '') throw bad(path, 'an IANA time zone name', value);
      try {
        createDayCounter(value);
      } catch {
        throw bad(path, 'an IANA time zone name', value);
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !rule.values.includes(value)) throw bad(path, `one of ${rule.values.join(', ')}`, value);
      return;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || (rule.max !== undefined && value > rule.max)) {
        throw bad(path, `an integer ${rule.max === undefined ? `>= ${rule.min}` : `from ${rule.min} to ${rule.max}`}`, value);
      }
      return;
    case 'number': {
      if (value === null && rule.nullable === true) return;
      const what = `a finite number${rule.integer === true ? ' (integer)' : ''}${rule.min === undefined ? '' : rule.exclusiveMin === true ? ` > ${rule.min}` : ` >= ${rule.min}`}${rule.max === undefined ? '' : ` <= ${rule.max}`}${rule.nullable === true ? ' or null' : ''}`;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(path, what, value);
      if (rule.integer === true && !Number.isInteger(value)) throw bad(path, what, value);
      if (rule.min !== undefined && (rule.exclusiveMin === true ? value <= rule.min : value < rule.min)) throw bad(path, what, value);
      if (rule.max !== undefined && value > rule.max) throw bad(path, what, value);
      return;
    }
    case 'cuts':
      if (!Array.isArray(value) || value.length !== 2 || !value.every((c) => typeof c === 'number' && c > 0 && c <= 1) || value[0] > value[1]) {
        throw bad(path, 'two shares 0 < a <= b <= 1', value);
      }
      return;
  }
}

function merge(spec: Spec, base: Record<string, unknown>, input: unknown, path: ErrorPath): Record<string, unknown> {
  if (input === undefined) return base;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad(path, 'an object', input);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(input)) {
    const node = Object.prototype.hasOwnProperty.call(spec, key) ? spec[key] : undefined;
    if (node === undefined) {
      throw legacyError('invalid_policy', `Unknown classification policy setting ${[...path, key].join('.')}: expected one of ${Object.keys(spec).join(', ')}`, {
        path: [...path, key],
        details: { allowed: Object.keys(spec) },
      });
    }
    if (value === undefined) continue;
    if (isRule(node)) {
      checkLeaf(node, value, [...path, key]);
      out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
    } else {
      out[key] = merge(node, base[key] as Record<string, unknown>, value, [...path, key]);
    }
  }
  return out;
}

/**
 * Completes a host's policy with the defaults and checks it (hand-written checks, so the root entry
 * needs no zod; `ClassificationPolicySchema` in `crm-taxonomy/schema` accepts the same policies).
 * Throws `invalid_policy` with the `path` of the first bad setting: an unknown key, a value of the
 * wrong type or out of range, or settings that contradict each other.
 *
 * @example
 * ```ts
 * import { resolveClassificationPolicy } from 'crm-taxonomy';
 *
 * resolveClassificationPolicy({ timeState: { presentDays: 14 } }).timeState; //=> { presentDays: 14 }
 * try {
 *   resolveClassificationPolicy({ loyalty: { loyal: { minBehaviours: 5 } } });
 * } catch (error) {
 *   (error as { path: unknown }).path; //=> ['loyalty', 'loyal', 'minBehaviours']
 * }
 * ```
 */
export function resolveClassificationPolicy(input: ClassificationPolicyInput = {}): ClassificationPolicy {
  const policy = merge(SPEC, DEFAULT_CLASSIFICATION_POLICY as unknown as Record<string, unknown>, input, []) as unknown as ClassificationPolicy;
  const { established, loyal } = policy.loyalty;
  if (loyal.minPurchases < established.minPurchases) {
    throw bad(['loyalty', 'loyal', 'minPurchases'], `at least loyalty.established.minPurchases (${established.minPurchases})`, loyal.minPurchases);
  }
  if (loyal.minTenureDays < established.minTenureDays) {
    throw bad(['loyalty', 'loyal', 'minTenureDays'], `at least loyalty.established.minTenureDays (${established.minTenureDays})`, loyal.minTenureDays);
  }
  const { churn } = policy.status;
  if (churn.maxDays < churn.minDays) throw bad(['status', 'churn', 'maxDays'], `at least status.churn.minDays (${churn.minDays})`, churn.maxDays);
  return policy;
}
