import type { ErrorPath } from '../errors/index.js';
import { defaultsOf, int, nullable, number, object, resolveShape, type Assert, type Equals, type Known, type Out } from '../shape/index.js';
import { MAX_COUNT, MAX_DAYS, MAX_MONEY } from './read.js';

/**
 * A host's membership policy (seed 004, 会员资格获得政策; tiers of seed 003): what makes a customer a
 * member, what each tier above `ordinary` asks, and when a member counts as at risk. Purchases are
 * counted as purchase days (days with a positive net amount) and spend as net amounts, in the
 * `windowDays` ending on the day of the review. Money is in the host's unit; `null` leaves a money
 * test out. The defaults are the library's design (the seeds give no thresholds): a 365-day window,
 * membership from 1 purchase, silver from 4 purchase days, VIP from 12, at risk after 90 days
 * without a purchase, and no money thresholds (the library cannot know your currency unit).
 */
export interface MembershipPolicy {
  /** Days, ending on the day of the review, in which purchases and spend are counted (1…36,500; 365). */
  readonly windowDays: number;
  /** Qualification (会员资格获得): purchase days (1) and net spend (0) in the window that make a customer a member. */
  readonly qualification: { readonly minPurchases: number; readonly minSpend: number };
  /** Silver (银卡, seed 003: a higher spending level and a stable frequency): purchase days in the window (4) and average spend per purchase day (`null`). */
  readonly silver: { readonly minPurchases: number; readonly minAverageSpend: number | null };
  /** VIP (seed 003: a stable volume and cumulative spend above a set level): purchase days in the window (12) and cumulative net spend to date (`null`). */
  readonly vip: { readonly minPurchases: number; readonly minCumulativeSpend: number | null };
  /** A member with no purchase for more than this many days is at risk: the review advises retention (90). */
  readonly atRiskDays: number;
}

const count = (fallback: number) => int({ min: 0, max: MAX_COUNT, default: fallback });
const money = () => nullable(number({ min: 0, max: MAX_MONEY }), { default: null });

/** The one definition of the membership policy: fields, bounds and defaults. @internal */
export const MEMBERSHIP_POLICY_SHAPE = /* @__PURE__ */ (() => object({
  windowDays: int({ min: 1, max: MAX_DAYS, default: 365 }),
  qualification: object({ minPurchases: count(1), minSpend: number({ min: 0, max: MAX_MONEY, default: 0 }) }),
  silver: object({ minPurchases: count(4), minAverageSpend: money() }),
  vip: object({ minPurchases: count(12), minCumulativeSpend: money() }),
  atRiskDays: int({ min: 1, max: MAX_DAYS, default: 90 }),
}))();
/** The declared type and the shape describe the same fields (a compile-time proof). */
type _MembershipPolicyMatchesShape = Assert<Equals<Known<MembershipPolicy>, Known<Out<typeof MEMBERSHIP_POLICY_SHAPE>>>>;

/**
 * The membership policy's defaults (the library's design): a 365-day window, membership from 1
 * purchase, silver from 4 purchase days, VIP from 12, at risk after 90 days, no money thresholds.
 * Frozen.
 * @internal
 */
export const DEFAULT_MEMBERSHIP_POLICY: MembershipPolicy = /* @__PURE__ */ defaultsOf(MEMBERSHIP_POLICY_SHAPE) as MembershipPolicy;

/** A host's partial policy over the defaults; `invalid_policy` for a bad setting. @internal */
export function resolveMembershipPolicy(policy: unknown, path: ErrorPath = ['options', 'policy']): MembershipPolicy {
  return resolveShape(MEMBERSHIP_POLICY_SHAPE, policy, 'invalid_policy', path) as MembershipPolicy;
}
