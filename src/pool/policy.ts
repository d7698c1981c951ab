import { CrmTaxonomyError, legacyError, describeValue, type ErrorPath } from '../errors/index.js';
import { isRecord } from '../relationship/internal.js';
import type { AbcClass, ValueTier } from '../taxonomy/aliases.js';
import { is } from '../taxonomy/index.js';

/**
 * What a public-pool (公海) rule watches, as WukongCRM's three rule types: `no_followup` (type 1, no
 * follow-up for more than N days, counted from the later of the last follow-up and the claim
 * date), `no_opportunity` (type 2, N days since claimed and no active opportunity), `no_deal`
 * (type 3, N days since claimed and no closed deal).
 *
 * @example
 * ```ts
 * import { POOL_RULE_KINDS } from 'crm-taxonomy';
 *
 * POOL_RULE_KINDS; //=> ['no_followup', 'no_opportunity', 'no_deal']
 * ```
 */
export const POOL_RULE_KINDS = ['no_followup', 'no_opportunity', 'no_deal'] as const;

/**
 * One of {@link POOL_RULE_KINDS}.
 *
 * @example
 * ```ts
 * import type { PoolRuleKind } from 'crm-taxonomy';
 *
 * const kind: PoolRuleKind = 'no_deal';
 * kind; //=> 'no_deal'
 * ```
 */
export type PoolRuleKind = (typeof POOL_RULE_KINDS)[number];

/**
 * One reclaim rule, as plain JSON a host can store. A customer returns to the pool when it has
 * gone more than `days` calendar days without what the rule watches. `valueTiers` / `abcClasses`
 * restrict the rule to customers of those levels (WukongCRM's rules per customer level); a
 * customer with a closed deal is exempt unless `exemptWithDeal` is `false`, one with an active
 * opportunity only when `exemptWithOpportunity` is `true`.
 *
 * @example
 * ```ts
 * import type { PoolRule } from 'crm-taxonomy';
 *
 * const rule: PoolRule = { id: 'key-followup', kind: 'no_followup', days: 60, valueTiers: ['key', 'vip'] };
 * rule.days; //=> 60
 * ```
 */
export interface PoolRule {
  /** The host's id for the rule, unique in a policy. */
  readonly id: string;
  readonly kind: PoolRuleKind;
  /** A positive whole number of days. */
  readonly days: number;
  /** Applies only to customers of these value tiers (all tiers when absent). */
  readonly valueTiers?: readonly ValueTier[];
  /** Applies only to customers of these ABC classes (all classes when absent). */
  readonly abcClasses?: readonly AbcClass[];
  /** Whether a customer with a closed deal is exempt (default `true`). */
  readonly exemptWithDeal?: boolean;
  /** Whether a customer with an active opportunity is exempt (default `false`). */
  readonly exemptWithOpportunity?: boolean;
}

/**
 * A public-pool policy: the reclaim rules, how many days before reclaim to remind the owner, and
 * how many days a previous owner must wait before claiming the customer back.
 *
 * @example
 * ```ts
 * import type { PoolPolicy } from 'crm-taxonomy';
 *
 * const policy: PoolPolicy = { rules: [{ id: 'followup', kind: 'no_followup', days: 15 }], remindDaysBefore: 3, noReclaimDays: 30 };
 * policy.rules.length; //=> 1
 * ```
 */
export interface PoolPolicy {
  readonly rules: readonly PoolRule[];
  /** Remind the owner this many days before the customer returns to the pool (0: no reminder). */
  readonly remindDaysBefore: number;
  /** After a customer enters the pool, its previous owner may not claim it for this many days. */
  readonly noReclaimDays: number;
}

/**
 * The default policy: WukongCRM version 9's global defaults (ANCHORS.md: follow-up 31 days, deal 3
 * days, reminder 2 days) — a customer returns after more than 31 days without a follow-up, or more
 * than 3 days after the claim without a closed deal, with a reminder 2 days before. WukongCRM ships
 * no default for the no-reclaim period; the library's choice is 7 days.
 *
 * @example
 * ```ts
 * import { DEFAULT_POOL_POLICY } from 'crm-taxonomy';
 *
 * DEFAULT_POOL_POLICY.rules.map((r) => [r.kind, r.days]); //=> [['no_followup', 31], ['no_deal', 3]]
 * DEFAULT_POOL_POLICY.remindDaysBefore; //=> 2
 * DEFAULT_POOL_POLICY.noReclaimDays; //=> 7
 * ```
 */
export const DEFAULT_POOL_POLICY: PoolPolicy = {
  rules: [
    { id: 'followup', kind: 'no_followup', days: 31 },
    { id: 'deal', kind: 'no_deal', days: 3 },
  ],
  remindDaysBefore: 2,
  noReclaimDays: 7,
};

function bad(path: ErrorPath, expected: string, received: unknown): CrmTaxonomyError {
  return legacyError('invalid_policy', `Invalid pool policy at ${path.join('.')}: expected ${expected}, received ${describeValue(received)}`, {
    path,
    details: { expected, received: describeValue(received) },
  });
}

function wholeDays(value: unknown, path: ErrorPath, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw bad(path, min === 0 ? 'a non-negative whole number of days' : 'a positive whole number of days', value);
  }
  return value;
}

function levels(value: unknown, path: ErrorPath, dimension: 'value_tier' | 'abc_class'): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length === 0) throw bad(path, `a non-empty array of ${dimension} ids`, value);
  value.forEach((v, i) => {
    if (!is(dimension, v)) throw bad([...path, i], `a ${dimension} id`, v);
  });
}

/**
 * Checks a stored (JSON) pool policy and returns it typed; throws `invalid_policy` with the path of
 * the first problem (an unknown kind, a non-positive `days`, a duplicate rule id, an unknown
 * level, …). Missing `remindDaysBefore` / `noReclaimDays` take the defaults.
 *
 * @example
 * ```ts
 * import { validatePoolPolicy } from 'crm-taxonomy';
 *
 * validatePoolPolicy({ rules: [{ id: 'r1', kind: 'no_followup', days: 10 }] }).remindDaysBefore; //=> 2
 * try {
 *   validatePoolPolicy({ rules: [{ id: 'r1', kind: 'no_followup', days: 0 }] });
 * } catch (error) {
 *   (error as { path: unknown }).path; //=> ['rules', 0, 'days']
 * }
 * ```
 */
export function validatePoolPolicy(policy: unknown): PoolPolicy {
  if (!isRecord(policy)) throw bad([], 'an object { rules, remindDaysBefore?, noReclaimDays? }', policy);
  const { rules } = policy;
  if (!Array.isArray(rules)) throw bad(['rules'], 'an array of rules', rules);
  const ids = new Set<string>();
  rules.forEach((rule: unknown, i) => {
    const at = (...p: (string | number)[]): ErrorPath => ['rules', i, ...p];
    if (!isRecord(rule)) throw bad(at(), 'a rule object', rule);
    if (typeof rule.id !== 'string' || rule.id.length === 0) throw bad(at('id'), 'a non-empty string', rule.id);
    if (ids.has(rule.id)) throw bad(at('id'), 'an id not used by another rule', rule.id);
    ids.add(rule.id);
    if (!(POOL_RULE_KINDS as readonly unknown[]).includes(rule.kind)) throw bad(at('kind'), `one of ${POOL_RULE_KINDS.join(', ')}`, rule.kind);
    wholeDays(rule.days, at('days'), 1);
    levels(rule.valueTiers, at('valueTiers'), 'value_tier');
    levels(rule.abcClasses, at('abcClasses'), 'abc_class');
    for (const flag of ['exemptWithDeal', 'exemptWithOpportunity'] as const) {
      if (rule[flag] !== undefined && typeof rule[flag] !== 'boolean') throw bad(at(flag), 'a boolean', rule[flag]);
    }
  });
  const remindDaysBefore = policy.remindDaysBefore === undefined ? DEFAULT_POOL_POLICY.remindDaysBefore : wholeDays(policy.remindDaysBefore, ['remindDaysBefore'], 0);
  const noReclaimDays = policy.noReclaimDays === undefined ? DEFAULT_POOL_POLICY.noReclaimDays : wholeDays(policy.noReclaimDays, ['noReclaimDays'], 0);
  return { rules: rules as PoolRule[], remindDaysBefore, noReclaimDays };
}
