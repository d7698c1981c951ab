import { inputError, isRecord, readFields, type MessageParams } from '../errors/index.js';
import { DAY_MS, dayToIsoChecked, instantToIsoChecked, type DateInput } from '../records/index.js';
import type { PoolPolicyInput } from './policy.js';
import type { Assert, Equals } from '../shape/index.js';
import { localIso } from './clock.js';
import { readPoolOptions } from './reclaim.js';

/**
 * Who wants to take a customer from the public pool, and what the claim rules read: the previous
 * owner and when the customer entered the pool, how many customers the claimant took today and
 * owns. Owner ids are the host's (strings or numbers); `42` and `'42'` are the same person.
 */
export interface ClaimRequest {
  /** Who takes the customer: a user id. User ids are compared as text, so `7` and `'7'` are one user (a wait cannot be dodged by reading the id from a table that types it differently); a number must be a safe integer (64-bit ids come as strings). */
  readonly claimant: string | number;
  /** `true` when an administrator assigns the customer (分配): no daily limit and no waits, only the quota. */
  readonly assigned?: boolean;
  /** How many customers this claim takes at once (1 by default). */
  readonly count?: number;
  /** The owner before the customer entered the pool (a user id, compared with `claimant` as text); `null` when it had none. */
  readonly previousOwner?: string | number | null;
  /** When the customer entered the pool (WukongCRM's `pool_time`); needed when a wait applies. */
  readonly releasedAt?: DateInput;
  /** How many customers the claimant has already claimed today; needed when the policy has a daily limit. */
  readonly claimedToday?: number;
  /** How many customers the claimant owns now, as the quota counts them; needed when the policy has an owner quota. */
  readonly owned?: number;
}

/** The codes of the decisions of {@link canClaim} and {@link canLock}. */
type PoolDecisionCode =
  | 'pool_claim_allowed'
  | 'pool_claim_over_quota'
  | 'pool_claim_daily_limit'
  | 'pool_claim_over_daily_limit'
  | 'pool_claim_previous_owner_wait'
  | 'pool_claim_new_in_pool_wait'
  | 'pool_lock_allowed'
  | 'pool_lock_over_quota';

/**
 * A claim or lock decision, as data: `ok`, the rule behind it (`code`, render it with
 * `message(decision, locale)`), and when a wait ends.
 */
export interface PoolDecision {
  readonly ok: boolean;
  readonly code: PoolDecisionCode;
  readonly params: MessageParams;
  /** The day from which every check that waiting clears (the daily limit, the waits) allows the claim; `null` when waiting does not help. With `allowedAt`, from that instant of the day. */
  readonly allowedFrom: string | null;
  /** With `elapsed_time` counting, the instant the last wait ends when that is what `allowedFrom` waits for; `null` otherwise. */
  readonly allowedAt: string | null;
}

/**
 * A user id as the text it is compared by. A number must be a safe integer: past 2^53 two ids
 * read as one (`1234567890123456789` is `…800`), and a wait could be dodged or imposed on another
 * user; 64-bit ids come as strings.
 */
function ownerId(value: unknown, key: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isSafeInteger(value)) return String(value);
    throw inputError('invalid_argument', ['request', key], 'integer', value, { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
  }
  throw inputError('invalid_argument', ['request', key], 'customer_id', value);
}

/** The fields of a claim request, each read once. */
const CLAIM_KEYS = ['claimant', 'assigned', 'count', 'previousOwner', 'releasedAt', 'claimedToday', 'owned'] as const;
/** Every field of `ClaimRequest` is read: one added to the interface and not here fails to compile. */
type _ClaimKeysAreTheRequest = Assert<Equals<(typeof CLAIM_KEYS)[number], keyof ClaimRequest>>;
/** The fields of a lock request, each read once. */
const LOCK_KEYS = ['owner', 'locked', 'count'] as const;

function count(request: Readonly<Record<string, unknown>>, key: string, min: number, needed: boolean): number | undefined {
  const value = request[key];
  if (value === undefined) {
    if (needed) throw inputError('invalid_argument', ['request', key], 'present', value);
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 100_000_000) {
    throw inputError('invalid_argument', ['request', key], 'integer', value, { min, max: 100_000_000 });
  }
  return value;
}

const refuse = (code: PoolDecisionCode, params: MessageParams, allowedFrom: string | null = null, allowedAt: string | null = null): PoolDecision => ({
  ok: false,
  code,
  params,
  allowedFrom,
  allowedAt,
});

/**
 * Whether someone may take a customer from the public pool now, checked in this order: the owner
 * quota (WukongCRM's `customer_num`, CordysCRM's capacity: owned + taken ≤ quota), the daily limit
 * (claims only: claimed today + taken ≤ limit, again from the next day), the previous owner's
 * wait, the wait for customers new in the pool (CordysCRM's `newPickInterval`). With calendar days
 * the previous owner is refused while no more than N days have passed since the customer entered
 * the pool (WukongCRM 11 allows it on day N + 1); with elapsed time until N × 24 hours have passed
 * (CordysCRM). An assignment (`assigned: true`) checks the quota only. `allowedFrom` (and
 * `allowedAt`) is when every check that waiting clears allows the claim, and the `code` is the
 * check that ends last (the first in this order when two end together), so its message names that
 * date. `releasedAt` is required whenever a wait applies. Owner ids are compared as data, after
 * checking they are ids: `42` and `'42'` are the same person.
 *
 * @example
 * ```ts
 * import { message } from 'crm-taxonomy';
 * import { canClaim } from 'crm-taxonomy/pool';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * // WukongCRM 11: the previous owner waits 7 calendar days, 20 claims a day
 * const policy = { counting: 'calendar_days', claim: { previousOwnerWaitDays: 7, dailyLimit: 20 } } as const;
 * const request = { claimant: 'li', previousOwner: 'li', releasedAt: '2026-06-05', claimedToday: 0 };
 * canClaim(request, { asOf: '2026-06-12', policy }); //=> { ok: false, code: 'pool_claim_previous_owner_wait', allowedFrom: '2026-06-13' }
 * canClaim(request, { asOf: '2026-06-13', policy }).ok; //=> true
 * const busy = canClaim({ ...request, claimant: 'wang', claimedToday: 20 }, { asOf: '2026-06-06', policy });
 * message(busy, { locale: 'zh-Hans', texts: zhHans }); //=> 'wang 今天已领取 20 个客户，再领取 1 个将超过每日上限 20 个；2026-06-07 起可再领取'
 * ```
 */
export function canClaim(given: ClaimRequest, options: { readonly asOf: DateInput; readonly policy?: PoolPolicyInput }): PoolDecision {
  const { policy, clock, asOf, asOfDay } = readPoolOptions(options, true);
  if (!isRecord(given)) throw inputError('invalid_argument', ['request'], 'object', given);
  const request = readFields(given, CLAIM_KEYS);
  const claimant = ownerId(request.claimant, 'claimant');
  const previous = request.previousOwner === undefined || request.previousOwner === null ? null : ownerId(request.previousOwner, 'previousOwner');
  if (request.assigned !== undefined && typeof request.assigned !== 'boolean') throw inputError('invalid_argument', ['request', 'assigned'], 'boolean', request.assigned);
  const assigned = request.assigned === true;
  const taking = count(request, 'count', 1, false) ?? 1;
  const owned = count(request, 'owned', 0, policy.quota.owned !== null);
  // A daily limit of 0 refuses every claim, whatever was claimed today.
  const claimedToday = count(request, 'claimedToday', 0, !assigned && policy.claim.dailyLimit !== null && policy.claim.dailyLimit > 0);
  const base = { claimant: request.claimant as string | number, count: taking };

  if (policy.quota.owned !== null && (owned as number) + taking > policy.quota.owned) {
    return refuse('pool_claim_over_quota', { ...base, owned: owned as number, limit: policy.quota.owned });
  }
  // The checks that waiting clears: allowedFrom is when every one of them allows the claim (a day,
  // or with elapsed time the instant a wait ends); the one that ends last gives the code.
  let refusal: { readonly code: PoolDecisionCode; readonly params: MessageParams } | undefined;
  let fromDay = -Infinity;
  let fromInstant: number | null = null;
  if (!assigned && policy.claim.dailyLimit !== null) {
    // More than the limit at once is never allowed, whatever the day: its own code, with no day to wait for.
    if (taking > policy.claim.dailyLimit) return refuse('pool_claim_over_daily_limit', { ...base, limit: policy.claim.dailyLimit });
    if ((claimedToday as number) + taking > policy.claim.dailyLimit) {
      refusal = { code: 'pool_claim_daily_limit', params: { ...base, claimedToday: claimedToday as number, limit: policy.claim.dailyLimit } };
      fromDay = asOfDay + 1;
    }
  }
  const waits: { code: PoolDecisionCode; days: number }[] = [];
  if (!assigned && previous === claimant && policy.claim.previousOwnerWaitDays > 0) waits.push({ code: 'pool_claim_previous_owner_wait', days: policy.claim.previousOwnerWaitDays });
  if (!assigned && policy.claim.newInPoolWaitDays > 0) waits.push({ code: 'pool_claim_new_in_pool_wait', days: policy.claim.newInPoolWaitDays });
  if (waits.length > 0) {
    if (request.releasedAt === undefined) throw inputError('invalid_argument', ['request', 'releasedAt'], 'date', undefined);
    const released = clock.point(request.releasedAt, ['request', 'releasedAt']);
    const calendar = clock.counting === 'calendar_days';
    for (const wait of waits) {
      // Calendar days: refused while no more than N days have passed (allowed on day N + 1);
      // elapsed time: refused until N × 24 hours have passed.
      const allowed = calendar ? released + wait.days + 1 : released + wait.days * DAY_MS;
      if (asOf >= allowed) continue;
      const day = calendar ? allowed : clock.dayOf(allowed);
      // The check that holds the claimant longest answers (its message names the date): a later
      // day, or the same day at a later instant (an instant within a day is after its start).
      if (day > fromDay || (!calendar && day === fromDay && (fromInstant === null || allowed > fromInstant))) {
        refusal = { code: wait.code, params: { ...base, days: wait.days, releasedAt: dayToIsoChecked(clock.dayOf(released)) } };
        fromDay = day;
        fromInstant = calendar ? null : allowed;
      }
    }
  }
  if (refusal !== undefined) {
    const allowedFrom = dayToIsoChecked(fromDay);
    const allowedAt = fromInstant === null ? null : instantToIsoChecked(fromInstant);
    // The message names the instant as the policy's zone reads it (the decision's `allowedAt` is in UTC).
    return refuse(refusal.code, { ...refusal.params, allowedFrom: fromInstant === null ? allowedFrom : localIso(clock.days, fromInstant) }, allowedFrom, allowedAt);
  }
  return { ok: true, code: 'pool_claim_allowed', params: { ...base, assigned }, allowedFrom: null, allowedAt: null };
}

/**
 * Whether an owner may lock more customers (a locked customer is never reclaimed): locked +
 * count ≤ the policy's lock quota (WukongCRM's `wk_crm_customer_setting` of type 2). The quota
 * counts the owner's locked customers, which the host passes as `locked`.
 *
 * @example
 * ```ts
 * import { canLock } from 'crm-taxonomy/pool';
 *
 * const policy = { quota: { locked: 10 } };
 * canLock({ owner: 'li', locked: 9 }, { policy }).ok; //=> true
 * canLock({ owner: 'li', locked: 9, count: 2 }, { policy }); //=> { ok: false, code: 'pool_lock_over_quota', params: { owner: 'li', locked: 9, count: 2, limit: 10 } }
 * ```
 */
export function canLock(
  given: { readonly owner: string | number; readonly locked: number; readonly count?: number },
  options?: { readonly policy?: PoolPolicyInput },
): PoolDecision {
  const { policy } = readPoolOptions(options ?? {}, false);
  if (!isRecord(given)) throw inputError('invalid_argument', ['request'], 'object', given);
  const request = readFields(given, LOCK_KEYS);
  ownerId(request.owner, 'owner');
  const locked = count(request, 'locked', 0, true) as number;
  const taking = count(request, 'count', 1, false) ?? 1;
  const params = { owner: request.owner as string | number, locked, count: taking };
  if (policy.quota.locked !== null && locked + taking > policy.quota.locked) return refuse('pool_lock_over_quota', { ...params, limit: policy.quota.locked });
  return { ok: true, code: 'pool_lock_allowed', params, allowedFrom: null, allowedAt: null };
}
