import type { LocalizedText } from '../i18n/legacy.js';
import { reason, type Reason } from '../i18n/legacy.js';
import { createDayCounter, dayToIso, type DateInput } from '../records/index.js';
import { invalidArgument, isRecord, labelledReason } from '../relationship/internal.js';
import type { AbcClass, ValueTier } from '../taxonomy/aliases.js';
import { is } from '../taxonomy/index.js';
import { DEFAULT_POOL_POLICY, validatePoolPolicy, type PoolPolicy, type PoolRule, type PoolRuleKind } from './policy.js';

/**
 * The facts about one owned customer that the pool rules read (WukongCRM's `receive_time`,
 * `last_time`, open opportunities, `deal_status`, level).
 *
 * @example
 * ```ts
 * import type { PoolFacts } from 'crm-taxonomy';
 *
 * const facts: PoolFacts = { claimedAt: '2026-03-01', lastFollowUpAt: '2026-03-10', hasDeal: false, valueTier: 'key' };
 * facts.valueTier; //=> 'key'
 * ```
 */
export interface PoolFacts {
  /** When the current owner received the customer (assigned or claimed). */
  readonly claimedAt: DateInput;
  /** The last follow-up, if any. */
  readonly lastFollowUpAt?: DateInput | null;
  /** Whether the customer has an active opportunity. */
  readonly hasOpportunity?: boolean;
  /** Whether the customer has a closed deal. */
  readonly hasDeal?: boolean;
  readonly valueTier?: ValueTier;
  readonly abcClass?: AbcClass;
}

/**
 * Options of {@link reclaimStatus} and {@link canClaim}: the reference date, the policy (the
 * default is {@link DEFAULT_POOL_POLICY}) and the time zone calendar days are counted in (UTC).
 *
 * @example
 * ```ts
 * import type { PoolOptions } from 'crm-taxonomy';
 *
 * const options: PoolOptions = { asOf: '2026-04-01', timeZone: 'Asia/Shanghai' };
 * options.timeZone; //=> 'Asia/Shanghai'
 * ```
 */
export interface PoolOptions {
  readonly asOf: DateInput;
  readonly policy?: PoolPolicy;
  readonly timeZone?: string;
}

/**
 * How one rule judged the customer: whether it applies, and if so from which day it counts and
 * when the customer is due under it.
 *
 * @example
 * ```ts
 * import { reclaimStatus, type PoolRuleCheck } from 'crm-taxonomy';
 *
 * const check: PoolRuleCheck | undefined = reclaimStatus({ claimedAt: '2026-03-01', hasDeal: true }, { asOf: '2026-03-02' }).checks[1];
 * check; //=> { ruleId: 'deal', applies: false, skipped: 'has_deal' }
 * ```
 */
export interface PoolRuleCheck {
  readonly ruleId: string;
  readonly kind: PoolRuleKind;
  readonly applies: boolean;
  /** Why the rule does not apply: another level, a closed deal, an active opportunity. */
  readonly skipped: 'other_level' | 'has_deal' | 'has_opportunity' | null;
  /** The day counting starts from (ISO), when the rule applies. */
  readonly countsFrom: string | null;
  readonly dueDate: string | null;
  readonly daysLeft: number | null;
}

/**
 * Codes of the reasons {@link reclaimStatus} and {@link canClaim} return.
 *
 * @example
 * ```ts
 * import type { PoolReasonCode } from 'crm-taxonomy';
 *
 * const code: PoolReasonCode = 'pool_remind';
 * code; //=> 'pool_remind'
 * ```
 */
export type PoolReasonCode = 'pool_due' | 'pool_not_due' | 'pool_remind' | 'pool_exempt' | 'pool_claim_allowed' | 'pool_claim_refused';

/**
 * What {@link reclaimStatus} answers. `dueDate` is the day the customer returns to the pool under
 * the binding rule (the earliest among the rules that apply), `daysLeft` the calendar days from
 * `asOf` to it (0 once due), `remindOn` the day to remind the owner.
 *
 * @example
 * ```ts
 * import { reclaimStatus, type ReclaimStatus } from 'crm-taxonomy';
 *
 * const status: ReclaimStatus = reclaimStatus({ claimedAt: '2026-03-01', hasDeal: true }, { asOf: '2026-03-20' });
 * [status.exempt, status.dueDate]; //=> [true, null]
 * ```
 */
export interface ReclaimStatus {
  readonly due: boolean;
  readonly dueDate: string | null;
  readonly daysLeft: number | null;
  /** The id of the binding rule. */
  readonly ruleId: string | null;
  readonly remindOn: string | null;
  /** Whether `asOf` falls in the reminder window (from `remindOn` until the due date, exclusive). */
  readonly remind: boolean;
  /** Whether no rule applies to the customer (protected by a deal, an opportunity, or its level). */
  readonly exempt: boolean;
  readonly checks: readonly PoolRuleCheck[];
  readonly reasons: readonly Reason<PoolReasonCode>[];
}

const KIND_TEXT: Readonly<Record<PoolRuleKind, LocalizedText>> = {
  no_followup: { en: 'no follow-up', 'zh-Hans': '未跟进', 'zh-Hant': '未跟進' },
  no_opportunity: { en: 'no opportunity', 'zh-Hans': '未有商机', 'zh-Hant': '未有商機' },
  no_deal: { en: 'no closed deal', 'zh-Hans': '未成交', 'zh-Hant': '未成交' },
};

function checkOptions(options: unknown): { asOfDay: number; policy: PoolPolicy; days: ReturnType<typeof createDayCounter> } {
  if (!isRecord(options)) throw invalidArgument(['options'], 'an object { asOf, policy?, timeZone? }', options);
  if (options.timeZone !== undefined && typeof options.timeZone !== 'string') throw invalidArgument(['timeZone'], 'an IANA time zone name', options.timeZone);
  const days = createDayCounter(options.timeZone ?? 'UTC');
  const asOfDay = days.day(options.asOf, ['asOf']);
  const policy = options.policy === undefined ? DEFAULT_POOL_POLICY : validatePoolPolicy(options.policy);
  return { asOfDay, policy, days };
}

function optionalBoolean(facts: Record<string, unknown>, key: string): boolean {
  const value = facts[key];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw invalidArgument(['facts', key], 'a boolean', value);
  return value;
}

function skippedBy(rule: PoolRule, facts: PoolFacts, hasDeal: boolean, hasOpportunity: boolean): PoolRuleCheck['skipped'] {
  if (rule.valueTiers !== undefined && (facts.valueTier === undefined || !rule.valueTiers.includes(facts.valueTier))) return 'other_level';
  if (rule.abcClasses !== undefined && (facts.abcClass === undefined || !rule.abcClasses.includes(facts.abcClass))) return 'other_level';
  if (hasDeal && (rule.kind === 'no_deal' || rule.exemptWithDeal !== false)) return 'has_deal';
  if (hasOpportunity && (rule.kind === 'no_opportunity' || rule.exemptWithOpportunity === true)) return 'has_opportunity';
  return null;
}

/**
 * Whether an owned customer is due to return to the public pool (公海), as of a date: each rule of
 * the policy counts calendar days (UTC unless `timeZone` is given) from its start — for
 * `no_followup` the later of the last follow-up and the claim date, as WukongCRM counts; for
 * `no_opportunity` and `no_deal` the claim date — and the customer is due once more than
 * `days` days have passed, that is on day `start + days + 1`. The earliest due date among the
 * rules that apply binds. Throws `invalid_argument` / `invalid_date` for bad facts and
 * `invalid_policy` for a bad policy.
 *
 * @example
 * ```ts
 * import { reclaimStatus } from 'crm-taxonomy';
 *
 * const policy = { rules: [{ id: 'followup', kind: 'no_followup', days: 31 }], remindDaysBefore: 2, noReclaimDays: 7 } as const;
 * const facts = { claimedAt: '2026-03-01', lastFollowUpAt: '2026-03-10' };
 * reclaimStatus(facts, { asOf: '2026-04-08', policy });
 * //=> { due: false, dueDate: '2026-04-11', daysLeft: 3, ruleId: 'followup', remindOn: '2026-04-09', remind: false }
 * reclaimStatus(facts, { asOf: '2026-04-10', policy }).remind; //=> true
 * reclaimStatus(facts, { asOf: '2026-04-11', policy }).due; //=> true
 * // The default policy (WukongCRM v9) also reclaims a customer with no deal more than 3 days after the claim
 * reclaimStatus(facts, { asOf: '2026-03-05' }); //=> { due: true, ruleId: 'deal', dueDate: '2026-03-05' }
 * // unless it has a deal, which protects it from every default rule
 * reclaimStatus({ ...facts, hasDeal: true }, { asOf: '2026-05-01' }).exempt; //=> true
 * ```
 */
export function reclaimStatus(facts: PoolFacts, options: PoolOptions): ReclaimStatus {
  const { asOfDay, policy, days } = checkOptions(options);
  if (!isRecord(facts)) throw invalidArgument(['facts'], 'an object of facts', facts);
  const claimedDay = days.day(facts.claimedAt, ['facts', 'claimedAt']);
  const followUpDay = facts.lastFollowUpAt === undefined || facts.lastFollowUpAt === null ? null : days.day(facts.lastFollowUpAt, ['facts', 'lastFollowUpAt']);
  const hasDeal = optionalBoolean(facts, 'hasDeal');
  const hasOpportunity = optionalBoolean(facts, 'hasOpportunity');
  if (facts.valueTier !== undefined && !is('value_tier', facts.valueTier)) throw invalidArgument(['facts', 'valueTier'], 'a value_tier id', facts.valueTier);
  if (facts.abcClass !== undefined && !is('abc_class', facts.abcClass)) throw invalidArgument(['facts', 'abcClass'], 'an abc_class id', facts.abcClass);

  let binding: { rule: PoolRule; from: number; dueDay: number } | null = null;
  const checks: PoolRuleCheck[] = policy.rules.map((rule) => {
    const skipped = skippedBy(rule, facts, hasDeal, hasOpportunity);
    if (skipped !== null) return { ruleId: rule.id, kind: rule.kind, applies: false, skipped, countsFrom: null, dueDate: null, daysLeft: null };
    const from = rule.kind === 'no_followup' && followUpDay !== null ? Math.max(followUpDay, claimedDay) : claimedDay;
    const dueDay = from + rule.days + 1;
    if (binding === null || dueDay < binding.dueDay) binding = { rule, from, dueDay };
    return { ruleId: rule.id, kind: rule.kind, applies: true, skipped, countsFrom: dayToIso(from), dueDate: dayToIso(dueDay), daysLeft: Math.max(0, dueDay - asOfDay) };
  });

  if (binding === null) {
    return {
      due: false,
      dueDate: null,
      daysLeft: null,
      ruleId: null,
      remindOn: null,
      remind: false,
      exempt: true,
      checks,
      reasons: [
        reason('pool_exempt', {
          en: 'No reclaim rule applies: the customer stays with its owner',
          'zh-Hans': '没有适用的回收规则：客户保留在负责人名下',
          'zh-Hant': '沒有適用的回收規則：客戶保留在負責人名下',
        }, { skipped: checks.map((c) => `${c.ruleId}:${c.skipped ?? ''}`).join(',') }),
      ],
    };
  }
  const { rule, from, dueDay } = binding as { rule: PoolRule; from: number; dueDay: number };
  const due = asOfDay >= dueDay;
  const remindDay = policy.remindDaysBefore > 0 ? dueDay - policy.remindDaysBefore : null;
  const remind = remindDay !== null && asOfDay >= remindDay && !due;
  const params = { rule: rule.id, kind: rule.kind, days: rule.days, from: dayToIso(from), dueDate: dayToIso(dueDay), daysLeft: Math.max(0, dueDay - asOfDay) };
  const reasons: Reason<PoolReasonCode>[] = [
    due
      ? labelledReason(
          'pool_due',
          {
            en: 'Rule {rule}: {kindText} for more than {days} days since {from}; back to the public pool on {dueDate}',
            'zh-Hans': '规则 {rule}：自 {from} 起超过 {days} 天{kindText}，于 {dueDate} 退回公海',
            'zh-Hant': '規則 {rule}：自 {from} 起超過 {days} 天{kindText}，於 {dueDate} 退回公海',
          },
          params,
          {},
          { kindText: KIND_TEXT[rule.kind] },
        )
      : labelledReason(
          'pool_not_due',
          {
            en: 'Rule {rule}: {kindText} since {from}; returns to the public pool on {dueDate}, in {daysLeft} days',
            'zh-Hans': '规则 {rule}：自 {from} 起{kindText}；将于 {dueDate} 退回公海，剩余 {daysLeft} 天',
            'zh-Hant': '規則 {rule}：自 {from} 起{kindText}；將於 {dueDate} 退回公海，剩餘 {daysLeft} 天',
          },
          params,
          {},
          { kindText: KIND_TEXT[rule.kind] },
        ),
  ];
  if (remind) {
    reasons.push(
      reason(
        'pool_remind',
        {
          en: 'Remind the owner: {daysLeft} days left before the customer returns to the public pool',
          'zh-Hans': '提醒负责人：距客户退回公海还有 {daysLeft} 天',
          'zh-Hant': '提醒負責人：距客戶退回公海還有 {daysLeft} 天',
        },
        { daysLeft: params.daysLeft, remindOn: remindDay === null ? null : dayToIso(remindDay) },
      ),
    );
  }
  return {
    due,
    dueDate: dayToIso(dueDay),
    daysLeft: params.daysLeft,
    ruleId: rule.id,
    remindOn: remindDay === null ? null : dayToIso(remindDay),
    remind,
    exempt: false,
    checks,
    reasons,
  };
}

/**
 * Who wants to claim a customer from the pool, and its previous owner. Owner ids are the host's
 * (strings or numbers), compared with `===`.
 *
 * @example
 * ```ts
 * import type { ClaimRequest } from 'crm-taxonomy';
 *
 * const request: ClaimRequest = { claimant: 'u42', previousOwner: 'u42', releasedAt: '2026-04-02' };
 * request.claimant; //=> 'u42'
 * ```
 */
export interface ClaimRequest {
  readonly claimant: string | number;
  /** The owner before the customer entered the pool; `null` when it never had one. */
  readonly previousOwner?: string | number | null;
  /** When the customer entered the pool (WukongCRM's `pool_time`); required with a previous owner. */
  readonly releasedAt?: DateInput;
}

/**
 * What {@link canClaim} answers.
 *
 * @example
 * ```ts
 * import { canClaim, type ClaimDecision } from 'crm-taxonomy';
 *
 * const decision: ClaimDecision = canClaim({ claimant: 'u1' }, { asOf: '2026-04-02' });
 * decision.allowed; //=> true
 * ```
 */
export interface ClaimDecision {
  readonly allowed: boolean;
  /** The first day the claimant may claim the customer (ISO), `null` when there is no wait. */
  readonly allowedFrom: string | null;
  /** Days until then (0 when allowed). */
  readonly daysLeft: number;
  readonly reason: Reason<PoolReasonCode>;
}

/**
 * Whether someone may claim a customer from the public pool: the previous owner may not for
 * `noReclaimDays` calendar days after the customer entered the pool (it may from day
 * `releasedAt + noReclaimDays`); anyone else may at once.
 *
 * @example
 * ```ts
 * import { canClaim } from 'crm-taxonomy';
 *
 * const request = { claimant: 'u42', previousOwner: 'u42', releasedAt: '2026-04-02' };
 * canClaim(request, { asOf: '2026-04-05' }); //=> { allowed: false, allowedFrom: '2026-04-09', daysLeft: 4 }
 * canClaim(request, { asOf: '2026-04-09' }).allowed; //=> true
 * canClaim({ ...request, claimant: 'u7' }, { asOf: '2026-04-05' }).allowed; //=> true
 * ```
 */
export function canClaim(request: ClaimRequest, options: PoolOptions): ClaimDecision {
  const { asOfDay, policy, days } = checkOptions(options);
  if (!isRecord(request)) throw invalidArgument(['request'], 'an object { claimant, previousOwner?, releasedAt? }', request);
  const id = (value: unknown, key: string): void => {
    if (!((typeof value === 'string' && value.length > 0) || (typeof value === 'number' && Number.isFinite(value)))) {
      throw invalidArgument(['request', key], 'an owner id (a non-empty string or a number)', value);
    }
  };
  id(request.claimant, 'claimant');
  const previous = request.previousOwner;
  // Owner ids are compared as text: a driver may hand back 42 in one place and '42' in another, and
  // the no-reclaim period must not be skipped because of it.
  if (previous === undefined || previous === null || String(previous) !== String(request.claimant)) {
    if (previous !== undefined && previous !== null) id(previous, 'previousOwner');
    return {
      allowed: true,
      allowedFrom: null,
      daysLeft: 0,
      reason: reason('pool_claim_allowed', {
        en: 'The claimant was not the previous owner: it may claim the customer',
        'zh-Hans': '领取人不是前负责人：可以领取',
        'zh-Hant': '領取人不是前負責人：可以領取',
      }, { claimant: request.claimant }),
    };
  }
  const releasedDay = days.day(request.releasedAt, ['request', 'releasedAt']);
  const fromDay = releasedDay + policy.noReclaimDays;
  const allowed = asOfDay >= fromDay;
  const params = { claimant: request.claimant, days: policy.noReclaimDays, allowedFrom: dayToIso(fromDay), daysLeft: Math.max(0, fromDay - asOfDay) };
  return {
    allowed,
    allowedFrom: dayToIso(fromDay),
    daysLeft: params.daysLeft,
    reason: allowed
      ? reason('pool_claim_allowed', {
          en: 'The previous owner may claim the customer again from {allowedFrom}',
          'zh-Hans': '前负责人自 {allowedFrom} 起可以重新领取',
          'zh-Hant': '前負責人自 {allowedFrom} 起可以重新領取',
        }, params)
      : reason('pool_claim_refused', {
          en: 'The previous owner may not claim the customer back for {days} days: wait until {allowedFrom} ({daysLeft} days)',
          'zh-Hans': '前负责人 {days} 天内不可重新领取：请等到 {allowedFrom}（还有 {daysLeft} 天）',
          'zh-Hant': '前負責人 {days} 天內不可重新領取：請等到 {allowedFrom}（還有 {daysLeft} 天）',
        }, params),
  };
}
