import type { MessageParams } from '../errors/index.js';
import type { LifecycleFacts, LifecyclePolicy } from './guards.js';

/**
 * A guard's rule as data, so another implementation evaluates the same rule from the spec
 * (docs/spec.md). A number in a rule is either a literal or `{ policy: name }`, the threshold of
 * the lifecycle policy with that name.
 *
 * - `{ all: [...] }` / `{ any: [...] }`: every / some sub-rule holds;
 * - `{ fact, equals }`: the fact is exactly `equals` (a boolean or a string);
 * - `{ fact, op, than }`: the fact is a count (a finite number ≥ 0) and compares with `than`
 *   (`>`, `>=`, `<`, `<=`);
 * - `{ fact, text: true }`: the fact is a string with a non-blank character;
 * - `{ fact, distinct, atLeast }`: the fact is a list holding at least `atLeast` distinct values
 *   of `distinct`.
 *
 * A fact a rule needs but cannot use (not given, or of the wrong type) is "missing"; a refusal
 * then names it instead of guessing. Under `any`, a fact is missing only when every branch
 * misses one.
 */
export type GuardRule =
  | { readonly all: readonly GuardRule[] }
  | { readonly any: readonly GuardRule[] }
  | { readonly fact: string; readonly equals: boolean | string }
  | { readonly fact: string; readonly op: '>' | '>=' | '<' | '<='; readonly than: Threshold }
  | { readonly fact: string; readonly text: true }
  | { readonly fact: string; readonly distinct: readonly string[]; readonly atLeast: Threshold };

/** A literal number, or a threshold of the lifecycle policy by name. */
export type Threshold = number | { readonly policy: string };

/** A parameter of a guard's refusal: a fact (when usable) or a policy threshold. */
export type ParamSource = { readonly fact: string; readonly as?: 'count' | 'distinct_count' | 'text' | 'flag' } | { readonly policy: string };

/** A built-in guard as data: its rule and the parameters of its refusal. @internal */
export interface GuardSpec {
  readonly rule: GuardRule;
  readonly params?: Readonly<Record<string, ParamSource>>;
  /** `false`: a refusal always gives the guard's own text, never the missing facts (its text already says what is needed). */
  readonly namesMissing?: false;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function threshold(value: Threshold, policy: LifecyclePolicy): number {
  if (typeof value === 'number') return value;
  const t = policy[value.policy];
  return typeof t === 'number' ? t : NaN;
}

function distinctCount(value: unknown, among: readonly string[]): number {
  if (!Array.isArray(value)) return 0;
  return new Set(value.filter((v: unknown) => typeof v === 'string' && among.includes(v))).size;
}

/** Whether a rule holds for the facts and policy. @internal */
export function holds(rule: GuardRule, facts: LifecycleFacts, policy: LifecyclePolicy): boolean {
  if ('all' in rule) return rule.all.every((r) => holds(r, facts, policy));
  if ('any' in rule) return rule.any.some((r) => holds(r, facts, policy));
  const value = Object.hasOwn(facts, rule.fact) ? facts[rule.fact] : undefined;
  if ('equals' in rule) return value === rule.equals;
  if ('text' in rule) return typeof value === 'string' && value.trim().length > 0;
  if ('distinct' in rule) return distinctCount(value, rule.distinct) >= threshold(rule.atLeast, policy);
  if (!isCount(value)) return false;
  const t = threshold(rule.than, policy);
  switch (rule.op) {
    case '>':
      return value > t;
    case '>=':
      return value >= t;
    case '<':
      return value < t;
    case '<=':
      return value <= t;
  }
}

function usable(rule: Exclude<GuardRule, { all: unknown } | { any: unknown }>, value: unknown): boolean {
  if ('equals' in rule) return typeof value === typeof rule.equals;
  if ('text' in rule) return typeof value === 'string';
  if ('distinct' in rule) return Array.isArray(value);
  return isCount(value);
}

/**
 * The facts a failing rule needs that are not usable (see {@link GuardRule}): none when a usable
 * part of the rule already decides it (`all` with a usable failing part, `any` with a usable part);
 * otherwise every unusable fact it reads.
 * @internal
 */
export function missingFacts(rule: GuardRule, facts: LifecycleFacts, policy: LifecyclePolicy): readonly string[] {
  if ('all' in rule) {
    const parts = rule.all.map((r) => missingFacts(r, facts, policy));
    if (rule.all.some((r, i) => (parts[i] as readonly string[]).length === 0 && !holds(r, facts, policy))) return [];
    return [...new Set(parts.flat())];
  }
  if ('any' in rule) {
    const parts = rule.any.map((r) => missingFacts(r, facts, policy));
    return parts.every((m) => m.length > 0) ? [...new Set(parts.flat())] : [];
  }
  const value = Object.hasOwn(facts, rule.fact) ? facts[rule.fact] : undefined;
  return usable(rule, value) ? [] : [rule.fact];
}

/** The parameters of a guard's refusal. @internal */
export function refusalParams(params: GuardSpec['params'], facts: LifecycleFacts, policy: LifecyclePolicy, among?: readonly string[]): MessageParams {
  const out: Record<string, number | string | boolean | null> = {};
  for (const [name, source] of Object.entries(params ?? {})) {
    if ('policy' in source) {
      const t = policy[source.policy];
      out[name] = typeof t === 'number' ? t : null;
      continue;
    }
    const value = Object.hasOwn(facts, source.fact) ? facts[source.fact] : undefined;
    if (source.as === 'distinct_count') out[name] = distinctCount(value, among ?? []);
    else if (source.as === 'text') out[name] = typeof value === 'string' ? value : null;
    else if (source.as === 'flag') out[name] = value === true;
    else out[name] = isCount(value) ? value : null;
  }
  return out;
}
