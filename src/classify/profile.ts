import { CrmTaxonomyError, describeValue, inputError, isRecord, knownKeys, optionsRecord, type ErrorPath } from '../errors/index.js';
import { createDayCounter, dayToIso, isCustomerId, type CustomerId, type DateInput, type DayCounter } from '../records/index.js';
import { builtinIndex } from '../taxonomy/builtin.js';
import type { DimensionId } from '../taxonomy/index.js';
import {
  classifyEffectiveness,
  classifyLoyalty,
  classifyPatronage,
  classifyPurchaseIntent,
  classifyStatus,
  classifyTimeState,
  classifyValue,
  withRfm,
} from './classifiers.js';
import { dayReader } from './ingest.js';
import { FACT_KEYS, checkChurn, checkRfm, evidenceOf, transactionsEvidence, type ChurnEvidence, type Evidence, type RfmEvidence } from './evidence.js';
import { resolveClassificationPolicy, type ClassificationPolicy, type ClassificationPolicyInput } from './policy.js';
import { why } from './reasons.js';
import { DERIVED_DIMENSIONS, type CustomerFacts, type CustomerProfile, type DerivedDimensionId, type DimensionResult, type GivenValues } from './types.js';
import { checkValueModel, type ValueModel } from './value.js';

const DERIVED: ReadonlySet<string> = /* @__PURE__ */ new Set(DERIVED_DIMENSIONS);


/**
 * Checks the host-given values at the boundary and returns what was checked: the own values, read
 * once (an inherited value or a getter's second answer never reaches a profile). @internal
 */
export function checkGiven(given: unknown, path: ErrorPath): GivenValues {
  if (given === undefined) return {};
  if (!isRecord(given)) throw inputError('invalid_argument', path, 'object', given);
  const index = builtinIndex();
  const out: Record<string, unknown> = {};
  for (const [dimension, value] of Object.entries(given)) {
    if ((out[dimension] = value) === undefined) continue;
    if (!index.byId.has(dimension)) {
      throw new CrmTaxonomyError('unknown_dimension', { received: describeValue(dimension), allowed: [...index.byId.keys()] }, { path: [...path, dimension] });
    }
    if (DERIVED.has(dimension)) throw inputError('invalid_argument', [...path, dimension], 'not_given', value);
    const checked = index.check(dimension, value);
    if (!checked.ok) throw new CrmTaxonomyError('invalid_value', checked.error.details, { path: [...path, dimension] });
  }
  return out as GivenValues;
}

/** Options of `classify`, which `reconcile` takes too: the day, the policy, a stored value model, and evidence from the purchase and RFM models. */
export type ClassifyOptions = {
  /**
   * The day the classification is made for: a calendar day in the policy's time zone (the end of
   * that day). A time of day in it is dropped: every fact dated on that day counts.
   */
  readonly asOf: DateInput;
  /** Any part of the classification policy; the rest is the default. */
  readonly policy?: ClassificationPolicyInput;
  /** A stored value model (`classifyAll`'s or `fitValueModel`'s); without it the value dimensions are unknown. */
  readonly valueModel?: ValueModel;
  /** The customer's churn signal from a purchase model (`churnSignal`): it then decides the status. */
  readonly churn?: ChurnEvidence;
  /** The customer's RFM segment and scores, stated where the segment speaks about a verdict. */
  readonly rfm?: RfmEvidence;
};

/** The options every classification reads, checked. @internal */
export interface ReadOptions {
  readonly policy: ClassificationPolicy;
  readonly days: DayCounter;
  readonly asOfDay: number;
  readonly valueModel: ValueModel | undefined;
}

/** The options of `classify`. @internal */
export const CLASSIFY_KEYS = ['asOf', 'policy', 'valueModel', 'churn', 'rfm'] as const;

/**
 * Reads `policy`, `asOf` and `valueModel` of an options object, whose keys must be among `keys`
 * (`invalid_argument` at `options.<key>`, `known_key`): a misspelt option would otherwise be the
 * default, silently.
 * @internal
 */
export function readOptions(o: Readonly<Record<string, unknown>>): ReadOptions {
  const policy = resolveClassificationPolicy(o.policy, ['options', 'policy']);
  const days = createDayCounter(policy.timeZone);
  const asOfDay = days.day(o.asOf, ['options', 'asOf']);
  const valueModel = o.valueModel === undefined ? undefined : checkValueModel(o.valueModel, ['options', 'valueModel']);
  return { policy, days, asOfDay, valueModel };
}

/** Hands out one shared object for equal results (a batch's interner, by the result's slot 0..7); the identity otherwise. @internal */
export type Share = (result: DimensionResult, slot: number) => DimensionResult;

const UNSHARED: Share = (result) => result;

/** Every derived dimension from the evidence, each passed through `share`. @internal */
export function deriveAll(
  ev: Evidence,
  policy: ClassificationPolicy,
  valueModel: ValueModel | undefined,
  churn: ChurnEvidence | undefined,
  rfm: RfmEvidence | undefined,
  share: Share = UNSHARED,
): { readonly [K in DerivedDimensionId]: DimensionResult<K> } {
  const loyalty = withRfm(classifyLoyalty(ev, policy), rfm);
  const value = classifyValue(ev, valueModel);
  return {
    value_tier: share(value.tier, 0),
    abc_class: share(value.abc, 1),
    loyalty: share(loyalty, 2),
    status: share(withRfm(classifyStatus(ev, policy, churn), rfm), 3),
    time_state: share(classifyTimeState(ev, policy), 4),
    purchase_intent: share(classifyPurchaseIntent(ev, policy), 5),
    effectiveness: share(classifyEffectiveness(ev, policy), 6),
    patronage_level: share(classifyPatronage(ev, policy, value.tier, loyalty), 7),
  } as { readonly [K in DerivedDimensionId]: DimensionResult<K> };
}

/** The answer of a host-given dimension. @internal */
export function givenResult(dimension: DimensionId, value: string | undefined): DimensionResult {
  return value === undefined
    ? { dimension, known: false, value: null, source: 'given', reasons: [why('value_not_given')] }
    : ({ dimension, known: true, value, source: 'given', reasons: [why('value_given')] } as DimensionResult);
}

/** Host-given results shared within a batch: one frozen object per dimension and value. @internal */
export function givenResults(): (dimension: DimensionId, value: string | undefined) => DimensionResult {
  const notGiven: Partial<Record<DimensionId, DimensionResult>> = {};
  const byDimension = new Map<DimensionId, Map<string, DimensionResult>>();
  const make = (dimension: DimensionId, value: string | undefined): DimensionResult => {
    const result = givenResult(dimension, value);
    Object.freeze(result.reasons);
    return Object.freeze(result);
  };
  return (dimension, value) => {
    if (value === undefined) return (notGiven[dimension] ??= make(dimension, undefined));
    let byValue = byDimension.get(dimension);
    if (byValue === undefined) byDimension.set(dimension, (byValue = new Map()));
    let result = byValue.get(value);
    if (result === undefined) byValue.set(value, (result = make(dimension, value)));
    return result;
  };
}

/**
 * A profile's dimensions, in the taxonomy's order (a test holds the order to BUILTIN_DIMENSIONS):
 * written as one literal so that every profile is one object of one shape, made in one step.
 */
function dimensionsOf(
  d: { readonly [K in DerivedDimensionId]: DimensionResult<K> },
  g: <K extends DimensionId>(dimension: K) => DimensionResult<K>,
): CustomerProfile['dimensions'] {
  return {
    relationship_to_firm: g('relationship_to_firm'),
    value_tier: d.value_tier,
    abc_class: d.abc_class,
    membership_tier: g('membership_tier'),
    loyalty: d.loyalty,
    status: d.status,
    acquaintance: g('acquaintance'),
    position: g('position'),
    internal_collaboration: g('internal_collaboration'),
    external_directness: g('external_directness'),
    time_state: d.time_state,
    demeanor: g('demeanor'),
    purchase_intent: d.purchase_intent,
    effectiveness: d.effectiveness,
    acquisition_source: g('acquisition_source'),
    kotler_level: g('kotler_level'),
    b2b_relationship: g('b2b_relationship'),
    bond_layer: g('bond_layer'),
    patronage_level: d.patronage_level,
    breakdown_cause: g('breakdown_cause'),
  };
}

/**
 * Assembles a profile: the derived results, and the host-given ones from `givenOf` (a batch
 * hands out shared ones), in the taxonomy's order.
 * @internal
 */
export function assemble(
  customerId: CustomerId | null,
  asOf: string,
  derived: { readonly [K in DerivedDimensionId]: DimensionResult<K> },
  givenOf: <K extends DimensionId>(dimension: K) => DimensionResult<K>,
): CustomerProfile {
  return { customerId, asOf, dimensions: dimensionsOf(derived, givenOf) };
}

/**
 * Classifies one customer on every dimension of the taxonomy, as of a day: each derived dimension
 * from its facts, each host-given one carried through (checked), all with reasons as data
 * (`{ code, params }`, rendered by `explain`). Missing facts give `{ known: false, value: null }`
 * with reasons naming them, never a guess; facts dated after `asOf` are left out.
 *
 * Options: `asOf` (required), `policy` (any part of the classification policy), `valueModel`
 * (for `value_tier` and `abc_class`; without one they are unknown), and evidence from other
 * models — `churn`, a purchase model's churn signal (`churnSignal`), which then decides a buyer's
 * status, and `rfm`, the customer's RFM segment and scores, stated in the reasons of the
 * dimension its segment speaks about (docs/classification.md, "One customer, one story").
 *
 * @throws CrmTaxonomyError `invalid_argument`, `invalid_record`, `invalid_date`,
 * `invalid_value`, `unknown_dimension` for bad facts (paths start at `facts`); `invalid_policy`,
 * `invalid_model`, `invalid_date`, `invalid_argument` for bad options (paths start at `options`).
 * @example
 * ```ts
 * import { classify, explain } from 'crm-taxonomy';
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
 *   { asOf: '2024-07-31' },
 * );
 * profile.dimensions.loyalty.value; //=> 'established'
 * profile.dimensions.status.reasons[0]; //=> { code: 'last_purchase', params: { days: 41 } }
 * explain(profile.dimensions.status); //=> 'Current customer: last purchase 41 days ago, churn window 243 days: 3 × its mean gap of 81 days'
 * profile.dimensions.relationship_to_firm; //=> { known: true, value: 'consumer', source: 'given' }
 * profile.dimensions.abc_class.known; //=> false
 * ```
 */
export function classify(
  facts: CustomerFacts,
  options: ClassifyOptions,
): CustomerProfile {
  const o = optionsRecord(options, CLASSIFY_KEYS);
  const read = readOptions(o);
  const churn = checkChurn(o.churn, ['options', 'churn']);
  const rfm = checkRfm(o.rfm, ['options', 'rfm']);
  const { profile } = classifyFacts(facts, read, churn, rfm);
  return profile;
}

/** Classifies checked options over a customer's facts (checked here); the evidence too, for reconcile. @internal */
export function classifyFacts(
  facts: unknown,
  read: ReadOptions,
  churn: ChurnEvidence | undefined,
  rfm: RfmEvidence | undefined,
): { profile: CustomerProfile; evidence: Evidence } {
  if (!isRecord(facts)) throw inputError('invalid_argument', ['facts'], 'object', facts);
  knownKeys(facts, FACT_KEYS, ['facts']);
  const id = facts.customerId;
  if (id !== undefined && !isCustomerId(id)) throw inputError('invalid_argument', ['facts', 'customerId'], 'customer_id', id);
  const given = checkGiven(facts.given, ['facts', 'given']);
  const { policy, asOfDay } = read;
  const readDay = dayReader(read.days);
  const evidence = evidenceOf(transactionsEvidence(facts.transactions, readDay, asOfDay, policy, ['facts', 'transactions']), facts, readDay, (v, p) => read.days.instant(v, p()), asOfDay, () => ['facts']);
  const values = given as Readonly<Record<string, string | undefined>>;
  const profile = assemble(id === 0 ? 0 : (id ?? null), dayToIso(asOfDay), deriveAll(evidence, policy, read.valueModel, churn, rfm), (dimension) => givenResult(dimension, values[dimension]) as never);
  return { profile, evidence };
}
