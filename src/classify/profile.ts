import type { ChurnSignal } from '../clv/lifetime-value.js';
import { CrmTaxonomyError, legacyError, describeValue } from '../errors/index.js';
import { resolveLocale } from '../i18n/legacy.js';
import { createDayCounter, dayToIso, type DateInput, type DayCounter } from '../records/index.js';
import { BUILTIN_DIMENSIONS } from '../taxonomy/dimensions/index.js';
import { is, taxonomy, type DimensionId } from '../taxonomy/index.js';
import {
  classifyEffectiveness,
  classifyLoyalty,
  classifyPatronage,
  classifyPurchaseIntent,
  classifyStatus,
  classifyTimeState,
  classifyValue,
} from './classifiers.js';
import { evidenceOf, type Evidence } from './evidence.js';
import { resolveClassificationPolicy, type ClassificationPolicy, type ClassificationPolicyInput } from './policy.js';
import { why } from './reasons.js';
import { DERIVED_DIMENSIONS, type CustomerFacts, type CustomerProfile, type DerivedDimensionId, type DimensionResult, type GivenValues } from './types.js';
import { checkValueModel, type ValueModel } from './value.js';

/**
 * Options of {@link classify}: a fitted {@link ValueModel} for `value_tier` and `abc_class`
 * (without one they are `unknown`).
 *
 * @example
 * ```ts
 * import type { ClassifyOptions } from 'crm-taxonomy';
 *
 * const options: ClassifyOptions = { valueModel: { kind: 'value_model', version: 1, basis: 'revenue', aMin: 500, bMin: 100, population: 40 } };
 * options.valueModel?.aMin; //=> 500
 * ```
 */
export interface ClassifyOptions {
  /** A stored value model: value_tier and abc_class compare the customer's value with it. */
  readonly valueModel?: ValueModel;
  /**
   * A model-based churn decision (`churnSignal` of a fitted BG/NBD or Pareto/NBD model): when
   * given, a customer with purchases is `lost` or `current` by its probability of being alive
   * instead of by the churn window.
   */
  readonly churn?: ChurnSignal;
}

const DERIVED: ReadonlySet<string> = /* @__PURE__ */ new Set(DERIVED_DIMENSIONS);

/** Checks the host-given values once, at the boundary. @internal */
export function checkGiven(given: unknown): GivenValues {
  if (given === undefined) return {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw legacyError('invalid_argument', `given must be an object of dimension values, received ${describeValue(given)}`, { path: ['given'] });
  }
  for (const [dimension, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (!taxonomy.hasDimension(dimension)) {
      throw legacyError('unknown_dimension', `Unknown dimension ${describeValue(dimension)} in given`, { path: ['given', dimension] });
    }
    if (DERIVED.has(dimension)) {
      throw legacyError('invalid_argument', `${dimension} is derived from facts and cannot be given; derived dimensions: ${DERIVED_DIMENSIONS.join(', ')}`, {
        path: ['given', dimension],
        details: { derived: [...DERIVED_DIMENSIONS] },
      });
    }
    if (!is(dimension, value)) {
      const allowed = taxonomy.ids(dimension);
      throw legacyError('invalid_value', `Invalid ${dimension} ${describeValue(value)} in given: expected one of ${allowed.join(', ')}`, {
        path: ['given', dimension],
        details: { allowed: [...allowed], received: describeValue(value) },
      });
    }
  }
  return given as GivenValues;
}

/** Every derived dimension from the evidence. @internal */
export function deriveAll(
  ev: Evidence,
  policy: ClassificationPolicy,
  valueModel: ValueModel | undefined,
  churn?: ChurnSignal,
): { readonly [K in DerivedDimensionId]: DimensionResult<K> } {
  const loyalty = classifyLoyalty(ev, policy);
  const value = classifyValue(ev, valueModel);
  return {
    value_tier: value.tier,
    abc_class: value.abc,
    loyalty,
    status: classifyStatus(ev, policy, churn),
    time_state: classifyTimeState(ev, policy),
    purchase_intent: classifyPurchaseIntent(ev, policy),
    effectiveness: classifyEffectiveness(ev, policy),
    patronage_level: classifyPatronage(ev, policy, value.tier, loyalty),
  };
}

let notGiven: DimensionResult | undefined;
/** The one, frozen, answer of a host-given dimension the host did not give (shared: it is the same data). */
const NOT_GIVEN = (): DimensionResult =>
  (notGiven ??= Object.freeze({ known: false, value: null, source: 'given', reasons: Object.freeze([why('not_given')]) }) as DimensionResult);

/** Assembles a profile: derived results, then host-given ones, in the taxonomy's dimension order. @internal */
export function assemble(
  customerId: CustomerProfile['customerId'],
  asOfDay: number,
  derived: { readonly [K in DerivedDimensionId]: DimensionResult<K> },
  given: GivenValues,
): CustomerProfile {
  const dimensions: Record<string, DimensionResult> = {};
  for (const d of BUILTIN_DIMENSIONS) {
    const id = d.id as DimensionId;
    if (DERIVED.has(id)) {
      dimensions[id] = derived[id as DerivedDimensionId];
      continue;
    }
    const value = (given as Record<string, string | undefined>)[id];
    dimensions[id] = value === undefined ? NOT_GIVEN() : { known: true, value: value as never, source: 'given', reasons: [why('given')] };
  }
  return { customerId, asOf: dayToIso(asOfDay), dimensions: dimensions as unknown as CustomerProfile['dimensions'] };
}

/** Reads `asOf` with `invalid_as_of`. @internal */
export function readAsOf(days: DayCounter, asOf: unknown): number {
  try {
    if (asOf === undefined) throw new Error('missing');
    return days.day(asOf, ['asOf']);
  } catch (cause) {
    throw legacyError('invalid_as_of', `asOf must be a Date, epoch milliseconds or an ISO 8601 date, received ${describeValue(asOf)}`, { path: ['asOf'], cause });
  }
}

/**
 * Classifies one customer on every dimension as of a day: each derived dimension from its facts,
 * each host-given one carried through (checked), all with reasons as data (`code`, `params`) and
 * messages in `en`, `zh-Hans` and `zh-Hant`. Missing facts give `{ known: false, value: null }`
 * with reasons naming them, never a guess. Facts dated after `asOf` are left out. Pure: the same
 * input gives the same profile.
 *
 * @example
 * ```ts
 * import { classify } from 'crm-taxonomy';
 *
 * const profile = classify(
 *   {
 *     customerId: 'c1',
 *     transactions: [
 *       { at: '2024-01-10', amount: 3000, category: 'tea' },
 *       { at: '2024-03-02', amount: 4500, category: 'teaware' },
 *       { at: '2024-06-20', amount: 2000, category: 'tea' },
 *     ],
 *     contacts: [],
 *     given: { relationship_to_firm: 'consumer' },
 *   },
 *   {},
 *   '2024-07-31',
 * );
 * profile.dimensions.loyalty.value; //=> 'established'
 * profile.dimensions.status.value; //=> 'current'
 * profile.dimensions.status.reasons[0]?.message.en; //=> 'last purchase 41 days ago'
 * profile.dimensions.relationship_to_firm; //=> { known: true, value: 'consumer', source: 'given' }
 * profile.dimensions.abc_class.known; //=> false
 * ```
 */
export function classify(facts: CustomerFacts, policy: ClassificationPolicyInput | ClassificationPolicy = {}, asOf: DateInput, options: ClassifyOptions = {}): CustomerProfile {
  const resolved = resolveClassificationPolicy(policy);
  const days = createDayCounter(resolved.timeZone);
  const asOfDay = readAsOf(days, asOf);
  const model = options.valueModel === undefined ? undefined : checkValueModel(options.valueModel);
  const given = checkGiven((facts as { given?: unknown } | null)?.given);
  const ev = evidenceOf(facts, resolved, days, asOfDay);
  const churn = options.churn === undefined ? undefined : checkChurnSignal(options.churn);
  return assemble(facts.customerId ?? null, asOfDay, deriveAll(ev, resolved, model, churn), given);
}

/**
 * One dimension's answer as one readable line in a locale: the value's label, then its reasons,
 * (`'Loyal customer: 14 purchases over 3 years, bought in 4 categories, referred 2 customers'`).
 * Unknown values read `unknown` (未知).
 *
 * @example
 * ```ts
 * import { classify, explain } from 'crm-taxonomy';
 *
 * const profile = classify({ transactions: [{ at: '2024-01-10', amount: 3000 }] }, {}, '2024-03-10');
 * explain('loyalty', profile.dimensions.loyalty); //=> 'New customer: 1 purchase over 60 days, established from 2 purchases over 180 days'
 * explain('loyalty', profile.dimensions.loyalty, 'zh-Hans'); //=> '新客户：60 天内购买 1 次，至少购买 2 次、交易满 180 天才算老客户'
 * ```
 * @throws CrmTaxonomyError `invalid_argument` when `result` is not a dimension result
 * (`{ known, reasons, … }` from a profile; path `['result']`); `unknown_dimension`, `invalid_value`,
 * `unknown_locale` as the taxonomy lookups.
 */
export function explain<K extends DimensionId>(dimension: K, result: DimensionResult<K>, locale = 'en'): string {
  const r = result as { known?: unknown; reasons?: unknown } | null;
  if (typeof r !== 'object' || r === null || typeof r.known !== 'boolean' || !Array.isArray(r.reasons)) {
    throw legacyError('invalid_argument', `result must be a dimension result ({ known, value, reasons } from classify), received ${describeValue(result)}`, {
      path: ['result'],
    });
  }
  const tag = resolveLocale(locale, ['en', 'zh-Hans', 'zh-Hant']) as 'en' | 'zh-Hans' | 'zh-Hant';
  const chinese = tag !== 'en';
  const head = result.known ? taxonomy.label(dimension, result.value as never, tag) : `${taxonomy.dimensionLabel(dimension, tag)}${chinese ? '：未知' : ': unknown'}`;
  const body = result.reasons.map((r) => r.message[tag]).join(chinese ? '，' : ', ');
  if (body === '') return head;
  return result.known ? `${head}${chinese ? '：' : ': '}${body}` : `${head} (${body})`.replace(/ \((.*)\)$/, chinese ? '（$1）' : ' ($1)');
}

/** Checks a churn signal at the boundary. @internal */
export function checkChurnSignal(signal: unknown): ChurnSignal {
  const s = signal as Partial<ChurnSignal> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    typeof s.likelyChurned !== 'boolean' ||
    typeof s.pAlive !== 'number' ||
    !(s.pAlive >= 0 && s.pAlive <= 1) ||
    typeof s.threshold !== 'number' ||
    !(s.threshold >= 0 && s.threshold <= 1)
  ) {
    throw legacyError('invalid_argument', `options.churn must be a churn signal { pAlive, threshold, likelyChurned } (from churnSignal), received ${describeValue(signal)}`, {
      path: ['options', 'churn'],
    });
  }
  return s as ChurnSignal;
}
