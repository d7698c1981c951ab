import { inputError, isPlainRecord, isRecord, knownKeys, readFields, type ErrorPath, type MessageParams } from '../errors/index.js';
import { dayToIsoChecked, instantToIsoChecked, type DateInput } from '../records/index.js';
import type { AbcClass, ValueTier } from '../taxonomy/aliases.js';
import type { Assert, Equals } from '../shape/index.js';
import { builtinIndex, is } from '../taxonomy/builtin.js';
import { clockOf, type Clock } from './clock.js';
import { resolvePoolPolicy, type PoolCondition, type PoolPolicy, type PoolPolicyInput, type PoolRule } from './policy.js';

/**
 * The facts about one owned customer that the reclaim rules read, as WukongCRM and CordysCRM
 * store them. Dates are a `Date`, epoch milliseconds or an ISO 8601 string.
 */
export interface PoolFacts {
  /** When the current owner received the customer: created it, was assigned it or claimed it (WukongCRM's `receive_time`, CordysCRM's `collectionTime`). */
  readonly receivedAt: DateInput;
  /** Whether the current owner took it from the public pool, claimed or assigned (WukongCRM 9's owner record of type 8). */
  readonly receivedFromPool?: boolean;
  /** When the customer was created; needed by conditions on the creation time. */
  readonly createdAt?: DateInput;
  /** The last follow-up, if any (WukongCRM's `last_time`, CordysCRM's `followTime`). */
  readonly lastFollowUpAt?: DateInput | null;
  /** Whether the customer is locked (WukongCRM's `status` 2): a locked customer is never reclaimed. */
  readonly locked?: boolean;
  /** Whether the customer has a deal (WukongCRM's `deal_status` 1). */
  readonly hasDeal?: boolean;
  /** Whether the customer has any opportunity that was not deleted — open, won or lost (WukongCRM's rule type 2 joins `b.status = 1`). */
  readonly hasOpportunity?: boolean;
  /**
   * Whether any opportunity row exists, deleted ones included: what `exemptWithOpportunity` reads,
   * as WukongCRM 11's `business_handle` counts every row of `wk_crm_business`
   * (`CrmCustomerPoolMapper.xml:34-35`, no status filter; a deletion sets `status` 3). `hasOpportunity`
   * when absent.
   */
  readonly hasAnyOpportunity?: boolean;
  /** The stage of the customer's current opportunity (the host's stage id), for `opportunity_stage` conditions. */
  readonly opportunityStage?: string | null;
  /** The customer's value tier, for rules limited to some levels. */
  readonly valueTier?: ValueTier;
  /** The customer's ABC class, for rules limited to some classes. */
  readonly abcClass?: AbcClass;
}

/** Why a rule does not apply to a customer. */
type Skip = 'locked' | 'other_level' | 'not_from_pool' | 'has_deal' | 'has_opportunity' | 'stage' | 'outside_window';

/** The codes of the reasons of {@link reclaimStatus}. */
type ReclaimReasonCode = 'pool_due' | 'pool_not_due' | 'pool_remind' | 'pool_exempt';

/**
 * What {@link reclaimStatus} answers. `dueDate` is the day the customer returns to the pool under
 * the binding rule (the earliest among those that apply), `daysLeft` the days until then (0 from
 * the limit on), `remindOn` the first day of the reminder.
 */
export interface ReclaimStatus {
  readonly due: boolean;
  /** The day the customer is due (in the policy's time zone). */
  readonly dueDate: string | null;
  /** With `elapsed_time` counting, the instant after which the customer is due; `null` with calendar days. */
  readonly dueAfter: string | null;
  /** Whole days until due, rounded up; 0 from the limit on (with `elapsed_time`, at the limit instant itself the customer is not yet due, only just after it: `due: false, daysLeft: 0`). */
  readonly daysLeft: number | null;
  /** The id of the binding rule (of two due on the same day, the smaller id, whatever the policy's order). */
  readonly ruleId: string | null;
  /** The first day of the reminder window, when the policy reminds. */
  readonly remindOn: string | null;
  /** Whether `asOf` falls in the reminder window (WukongCRM: N − r … N days passed) and the customer is not yet due. */
  readonly remind: boolean;
  /** Whether no rule applies to the customer (locked, a deal, an opportunity, its level, …). */
  readonly exempt: boolean;
  /** How each rule judged the customer, in the policy's order. */
  readonly checks: readonly {
    readonly ruleId: string;
    readonly applies: boolean;
    /** Why the rule does not apply. */
    readonly skipped: Skip | null;
    /** The day the binding period of the rule counts from. */
    readonly countsFrom: string | null;
    readonly dueDate: string | null;
    readonly daysLeft: number | null;
  }[];
  /** Why, as data: render with `message(reason, locale)`. */
  readonly reasons: readonly { readonly code: ReclaimReasonCode; readonly params: MessageParams }[];
}

/** The facts read once, on the clock's scale. */
interface Read {
  readonly received: number;
  readonly created: number | null;
  readonly followUp: number | null;
  readonly fromPool: boolean;
  readonly locked: boolean;
  readonly hasDeal: boolean;
  readonly hasOpportunity: boolean;
  readonly anyOpportunity: boolean;
  readonly stage: string | null;
  readonly valueTier: ValueTier | undefined;
  readonly abcClass: AbcClass | undefined;
}

const OPTION_KEYS = ['asOf', 'policy'] as const;

/** The first and last day of a `between` window, on the policy's clock. */
interface Window {
  readonly from: number;
  readonly to: number;
}

/** What judging a customer reads besides its facts: the policy's clock and its windows' days. */
interface PoolContext {
  readonly clock: Clock;
  readonly windows: ReadonlyMap<PoolCondition, Window>;
}

/** Read pool options. @internal */
export interface PoolOptions {
  readonly policy: PoolPolicy;
  readonly clock: Clock;
  readonly asOf: number;
  readonly asOfDay: number;
}

/** The options of a pool function: known keys only, `asOf` on the policy's clock. @internal */
export function readPoolOptions(options: unknown, needsAsOf: boolean): PoolOptions {
  if (!isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  knownKeys(options, OPTION_KEYS, ['options']);
  const policy = resolvePoolPolicy(options.policy);
  const clock = clockOf(policy);
  if (!needsAsOf && options.asOf === undefined) return { policy, clock, asOf: 0, asOfDay: 0 };
  const asOf = clock.point(options.asOf, ['options', 'asOf']);
  return { policy, clock, asOf, asOfDay: clock.dayOf(asOf) };
}

/**
 * What judging a customer needs besides its facts: the clock, and each `between` window's days,
 * read once in the policy's zone (the shape read them in UTC): a window whose day a Date cannot
 * hold there is refused at its place in the policy. Only the reclaim judgement reads windows.
 */
function poolContext(policy: PoolPolicy, clock: Clock): PoolContext {
  const windows = new Map<PoolCondition, Window>();
  policy.rules.forEach((rule, i) =>
    rule.conditions.forEach((c, j) => {
      if (c.kind !== 'between') return;
      const day = (end: 'from' | 'to'): number => {
        const at = ['options', 'policy', 'rules', i, 'conditions', j, end];
        try {
          return clock.days.day(c[end], at);
        } catch {
          throw inputError('invalid_policy', at, 'date', c[end]);
        }
      };
      const window = { from: day('from'), to: day('to') };
      if (window.to < window.from) throw inputError('invalid_policy', ['options', 'policy', 'rules', i, 'conditions', j, 'to'], 'not_before_other', c.to, { other: 'from' });
      windows.set(c, window);
    }),
  );
  return { clock, windows };
}

/** The facts the rules read (of the {@link PoolFacts} a host passes, each read once). */
const FACT_KEYS = ['receivedAt', 'createdAt', 'lastFollowUpAt', 'receivedFromPool', 'locked', 'hasDeal', 'hasOpportunity', 'hasAnyOpportunity', 'opportunityStage', 'valueTier', 'abcClass'] as const;
/** Every field of `PoolFacts` is read: one added to the interface and not here fails to compile. */
type _FactKeysAreThePoolFacts = Assert<Equals<(typeof FACT_KEYS)[number], keyof PoolFacts>>;

function flag(facts: Readonly<Record<string, unknown>>, key: string): boolean {
  const value = facts[key];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw inputError('invalid_argument', ['facts', key], 'boolean', value);
  return value;
}

function readFacts(given: unknown, clock: Clock): Read {
  if (!isRecord(given)) throw inputError('invalid_argument', ['facts'], 'object', given);
  const facts = readFields(given, FACT_KEYS);
  const date = (key: (typeof FACT_KEYS)[number]): number | null => {
    const value = facts[key];
    return value === undefined || value === null ? null : clock.point(value, ['facts', key]);
  };
  if (facts.receivedAt === undefined || facts.receivedAt === null) throw inputError('invalid_argument', ['facts', 'receivedAt'], 'date', facts.receivedAt);
  const stage = facts.opportunityStage;
  if (stage !== undefined && stage !== null && typeof stage !== 'string') throw inputError('invalid_argument', ['facts', 'opportunityStage'], 'string', stage);
  // A level is one of the taxonomy's values, whose ids the error lists.
  for (const [key, dimension] of [['valueTier', 'value_tier'], ['abcClass', 'abc_class']] as const) {
    if (facts[key] !== undefined && !is(dimension, facts[key])) {
      throw inputError('invalid_argument', ['facts', key], 'one_of', facts[key], { allowed: builtinIndex().get(dimension).ids });
    }
  }
  const hasOpportunity = flag(facts, 'hasOpportunity');
  return {
    received: date('receivedAt') as number,
    created: date('createdAt'),
    followUp: date('lastFollowUpAt'),
    fromPool: flag(facts, 'receivedFromPool'),
    locked: flag(facts, 'locked'),
    hasDeal: flag(facts, 'hasDeal'),
    hasOpportunity,
    // A live opportunity is a row too.
    anyOpportunity: flag(facts, 'hasAnyOpportunity') || hasOpportunity,
    stage: typeof stage === 'string' ? stage : null,
    valueTier: facts.valueTier as ValueTier | undefined,
    abcClass: facts.abcClass as AbcClass | undefined,
  };
}

/** When a condition holds: from just past `limit` on (−∞: whatever the date), counting from `from`. */
type Judged = { readonly skip: Skip } | { readonly limit: number; readonly from: number | null; readonly never?: true };

function created(f: Read, path: ErrorPath): number {
  if (f.created === null) throw inputError('invalid_argument', path, 'present', undefined);
  return f.created;
}

/** The time a CordysCRM condition reads; `null` when the customer lacks it (never followed up). */
function timeOf(f: Read, time: PoolTime, pick: (a: number, b: number) => number): number | null {
  switch (time) {
    case 'created':
      return created(f, ['facts', 'createdAt']);
    case 'received':
      return f.received;
    case 'created_or_received':
      return pick(created(f, ['facts', 'createdAt']), f.received);
    case 'followed_up':
      return f.followUp;
  }
}
type PoolTime = 'created' | 'received' | 'created_or_received' | 'followed_up';

function judgeCondition(condition: PoolCondition, f: Read, { clock, windows }: PoolContext): Judged {
  switch (condition.kind) {
    case 'no_followup': {
      const from = f.followUp === null ? f.received : Math.max(f.followUp, f.received);
      return { limit: clock.plus(from, condition.days, 'day'), from };
    }
    case 'no_opportunity':
      return f.hasOpportunity ? { skip: 'has_opportunity' } : { limit: clock.plus(f.received, condition.days, 'day'), from: f.received };
    case 'no_deal':
      return f.hasDeal ? { skip: 'has_deal' } : { limit: clock.plus(f.received, condition.days, 'day'), from: f.received };
    case 'older_than': {
      // Either time matching is enough (CordysCRM's two scopes): the earlier one passes first.
      const from = timeOf(f, condition.time, Math.min);
      return from === null ? { limit: -Infinity, from: null, never: true } : { limit: clock.plus(from, condition.amount, condition.unit), from };
    }
    case 'between': {
      const { from, to } = windows.get(condition)!;
      const inside = (t: number | null): boolean => t === null || (clock.dayOf(t) >= from && clock.dayOf(t) <= to);
      const holds = condition.time === 'created_or_received' ? inside(created(f, ['facts', 'createdAt'])) || inside(f.received) : inside(timeOf(f, condition.time, Math.min));
      return holds ? { limit: -Infinity, from: null } : { skip: 'outside_window' };
    }
    case 'opportunity_stage': {
      const listed = f.stage !== null && condition.stages.includes(f.stage);
      return listed === condition.in ? { limit: -Infinity, from: null } : { skip: 'stage' };
    }
  }
}

/**
 * A condition written out field by field in a fixed order: between two conditions that bind on
 * the same day, the one with the smaller key gives the reason, so the reason does not depend on
 * the order the conditions are listed in.
 */
function conditionKey(c: PoolCondition): string {
  const fields: unknown[] = [c.kind];
  if ('days' in c) fields.push(c.days);
  if ('time' in c) fields.push(c.time);
  if (c.kind === 'older_than') fields.push(c.amount, c.unit);
  if (c.kind === 'between') fields.push(c.from, c.to);
  if (c.kind === 'opportunity_stage') fields.push(c.in, ...c.stages);
  return fields.map(String).join('\u0000');
}

type RuleJudgement = { readonly skip: Skip } | { readonly limit: number; readonly from: number | null; readonly binding: PoolCondition; readonly never: boolean };

function judgeRule(rule: PoolRule, f: Read, context: PoolContext): RuleJudgement {
  if (f.locked) return { skip: 'locked' };
  if (rule.valueTiers !== undefined && (f.valueTier === undefined || !rule.valueTiers.includes(f.valueTier))) return { skip: 'other_level' };
  if (rule.abcClasses !== undefined && (f.abcClass === undefined || !rule.abcClasses.includes(f.abcClass))) return { skip: 'other_level' };
  if (rule.onlyAfterPoolClaim && !f.fromPool) return { skip: 'not_from_pool' };
  if (f.hasDeal && rule.exemptWithDeal) return { skip: 'has_deal' };
  // A rule on opportunities is not exempted by one: WukongCRM 11's type 2 never reads
  // `business_handle` (an open opportunity stops its count; a deleted one does not).
  if (f.anyOpportunity && rule.exemptWithOpportunity && !rule.conditions.some((c) => c.kind === 'no_opportunity')) return { skip: 'has_opportunity' };
  let best: { limit: number; from: number | null; binding: PoolCondition; never: boolean } | null = null;
  // The conditions hold together, in any order: one that does not apply skips the rule, whether or
  // not another cannot be judged (a creation time the customer lacks, a period past the dates a
  // Date holds), which is refused only when the rule applies. The facts were read before: a
  // condition runs no host code.
  let failure: { readonly error: unknown } | undefined;
  for (const condition of rule.conditions) {
    let judged: Judged;
    try {
      judged = judgeCondition(condition, f, context);
    } catch (error) {
      failure ??= { error };
      continue;
    }
    if ('skip' in judged) return judged;
    if (best === null || judged.limit > best.limit || (judged.limit === best.limit && conditionKey(condition) < conditionKey(best.binding))) {
      best = { limit: judged.limit, from: judged.from, binding: condition, never: judged.never === true };
    }
  }
  if (failure !== undefined) throw failure.error;
  return best as NonNullable<typeof best>;
}

/** The message parameters that describe a condition. */
function conditionParams(condition: PoolCondition, judged: { from: number | null; never: boolean }, { clock, windows }: PoolContext, f: Read): Record<string, MessageParams[string]> {
  const from = judged.from === null ? null : dayToIsoChecked(clock.dayOf(judged.from));
  switch (condition.kind) {
    case 'no_followup':
    case 'no_opportunity':
    case 'no_deal':
      return { kind: condition.kind, amount: condition.days, unit: 'day', from };
    case 'older_than':
      return { kind: judged.never ? 'never_followed_up' : condition.kind, time: condition.time, amount: condition.amount, unit: condition.unit, from };
    case 'between': {
      const window = windows.get(condition)!;
      return { kind: condition.kind, time: condition.time, windowFrom: dayToIsoChecked(window.from), windowTo: dayToIsoChecked(window.to) };
    }
    case 'opportunity_stage':
      return { kind: condition.kind, stageTest: f.stage === null ? 'no_stage' : condition.in ? 'in' : 'not_in', stages: condition.stages, stage: f.stage };
  }
}

/**
 * Whether an owned customer is due to return to the public pool (公海), as of a date, under a
 * policy (`DEFAULT_POOL_POLICY` by default, or a partial policy over it). Each rule that applies
 * gives the point past which it holds; the earliest binds. A period of N days has passed once more
 * than N calendar days (`calendar_days`, WukongCRM 11) or more than N × 24 hours (`elapsed_time`,
 * WukongCRM 9, CordysCRM) separate the start and `asOf`: with calendar days a customer received
 * on day D is due on day D + N + 1. `no_followup` counts from the later of the last follow-up and
 * the receipt. Locked customers are never reclaimed. The reminder runs from N − r to N days
 * passed (WukongCRM's backlog). Throws `invalid_argument` / `invalid_date` for bad facts and
 * `invalid_policy` for a bad policy.
 *
 * @example
 * ```ts
 * import { message } from 'crm-taxonomy';
 * import { reclaimStatus } from 'crm-taxonomy/pool';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * // WukongCRM 11: 31 calendar days without a follow-up, a reminder from 2 days before
 * const policy = { counting: 'calendar_days', rules: [{ id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }] }] } as const;
 * const facts = { receivedAt: '2026-03-01', lastFollowUpAt: '2026-03-10' };
 * reclaimStatus(facts, { asOf: '2026-04-07', policy }); //=> { due: false, dueDate: '2026-04-11', daysLeft: 4, remind: false, remindOn: '2026-04-08' }
 * reclaimStatus(facts, { asOf: '2026-04-08', policy }).remind; //=> true
 * reclaimStatus(facts, { asOf: '2026-04-10', policy }).due; //=> false
 * const due = reclaimStatus(facts, { asOf: '2026-04-11', policy });
 * message(due.reasons[0], { locale: 'zh-Hans', texts: zhHans }); //=> '规则 followup：自 2026-03-10 起超过 31 天未跟进，于 2026-04-11 退回公海'
 * // The default policy (WukongCRM 9) applies its 3-day deal rule only to customers taken from the pool
 * reclaimStatus({ receivedAt: '2026-05-01T09:00:00Z' }, { asOf: '2026-05-05' }).due; //=> false
 * reclaimStatus({ receivedAt: '2026-05-01T09:00:00Z', receivedFromPool: true }, { asOf: '2026-05-05' }).dueAfter; //=> '2026-05-04T09:00:00.000Z'
 * // and never to a locked customer
 * reclaimStatus({ receivedAt: '2026-01-01', locked: true }, { asOf: '2026-12-31' }).exempt; //=> true
 * ```
 */
export function reclaimStatus(facts: PoolFacts, options: { readonly asOf: DateInput; readonly policy?: PoolPolicyInput }): ReclaimStatus {
  const { policy, clock, asOf, asOfDay } = readPoolOptions(options, true);
  const context = poolContext(policy, clock);
  const f = readFacts(facts, clock);
  let binding: { rule: PoolRule; limit: number; from: number | null; condition: PoolCondition; never: boolean } | null = null;
  const skips: Skip[] = [];
  const checks = policy.rules.map((rule) => {
    const judged = judgeRule(rule, f, context);
    if ('skip' in judged) {
      if (!skips.includes(judged.skip)) skips.push(judged.skip);
      return { ruleId: rule.id, applies: false, skipped: judged.skip, countsFrom: null, dueDate: null, daysLeft: null };
    }
    // Rules binding on the same day: the smaller id gives the reason, whatever the policy's order.
    if (binding === null || judged.limit < binding.limit || (judged.limit === binding.limit && rule.id < binding.rule.id)) binding = { rule, limit: judged.limit, from: judged.from, condition: judged.binding, never: judged.never };
    return {
      ruleId: rule.id,
      applies: true,
      skipped: null,
      countsFrom: judged.from === null ? null : dayToIsoChecked(clock.dayOf(judged.from)),
      dueDate: dueDay(judged.limit, asOfDay, clock),
      daysLeft: asOf > judged.limit ? 0 : clock.daysUntilPast(asOf, judged.limit),
    };
  });
  if (binding === null) {
    return {
      due: false,
      dueDate: null,
      dueAfter: null,
      daysLeft: null,
      ruleId: null,
      remindOn: null,
      remind: false,
      exempt: true,
      checks,
      reasons: [{ code: 'pool_exempt', params: { rules: policy.rules.map((r) => r.id), causes: skips } }],
    };
  }
  const b = binding as { rule: PoolRule; limit: number; from: number | null; condition: PoolCondition; never: boolean };
  const due = asOf > b.limit;
  const daysLeft = due ? 0 : clock.daysUntilPast(asOf, b.limit);
  const dueDate = dueDay(b.limit, asOfDay, clock);
  const finite = Number.isFinite(b.limit);
  const lastDay = finite ? clock.dayOf(b.limit) : null;
  const remindDay = lastDay !== null && policy.remindDaysBefore > 0 ? lastDay - policy.remindDaysBefore : null;
  const remind = remindDay !== null && !due && asOfDay >= remindDay;
  const params = { rule: b.rule.id, ...conditionParams(b.condition, b, context, f), dueDate, daysLeft };
  const reasons: { code: ReclaimReasonCode; params: MessageParams }[] = [{ code: due ? 'pool_due' : 'pool_not_due', params }];
  if (remind) reasons.push({ code: 'pool_remind', params: { rule: b.rule.id, dueDate, daysLeft } });
  return {
    due,
    dueDate,
    dueAfter: finite && clock.counting === 'elapsed_time' ? instantToIsoChecked(b.limit) : null,
    daysLeft,
    ruleId: b.rule.id,
    remindOn: remindDay === null ? null : dayToIsoChecked(remindDay),
    remind,
    exempt: false,
    checks,
    reasons,
  };
}

/** The day a rule is due: the day after its limit (calendar), the day of the first instant past it (elapsed), or `asOf` when it holds whatever the date. */
function dueDay(limit: number, asOfDay: number, clock: Clock): string {
  if (!Number.isFinite(limit)) return dayToIsoChecked(asOfDay);
  return dayToIsoChecked(clock.counting === 'calendar_days' ? limit + 1 : clock.dayOf(limit + 1), 'dueDate');
}
