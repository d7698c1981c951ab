import { inputError, isPlainRecord, ownValue, type MessageParams } from '../errors/index.js';
import { isAmount, MAX_AMOUNT } from '../scoring/shapes.js';
import type { B2bRelationship } from '../taxonomy/aliases.js';

/**
 * The facts the B2B fit test reads (seeds 000 and 002): the four conditions the host judges, the
 * mark of an alliance, and optionally what the relationship costs and returns (host's unit).
 */
export interface B2bFacts {
  /** Supplier and customer matter to each other (彼此具有重要意义). */
  readonly mutualImportance: boolean;
  /** Neither side's bargaining power can fully control the other (谈判能力都不足以完全操控对方). */
  readonly balancedBargainingPower: boolean;
  /** They need each other (互相需要). */
  readonly mutualNeed: boolean;
  /** Switching costs are high (较高转移成本). */
  readonly highSwitchingCost: boolean;
  /** Goals and vision are closely aligned (目标和愿景高度一致), the mark of a strategic alliance. */
  readonly alignedVision?: boolean;
  /** What the relationship costs the firm (resources), in the host's unit of money. */
  readonly relationshipCost?: number;
  /** What the firm expects it to return, in the same unit. */
  readonly expectedReturn?: number;
}

/** One of the four conditions of the fit test. */
type B2bCondition = 'mutualImportance' | 'balancedBargainingPower' | 'mutualNeed' | 'highSwitchingCost';

/** The codes of the reasons and warnings of {@link assessB2bRelationship}. */
type B2bReasonCode =
  | 'b2b_condition_met'
  | 'b2b_condition_unmet'
  | 'b2b_fit_partnership'
  | 'b2b_fit_strategic_alliance'
  | 'b2b_preferred_supplier_enough'
  | 'b2b_transactional'
  | 'b2b_luxury';

type B2bReason = { readonly code: B2bReasonCode; readonly params: MessageParams };

/** What {@link assessB2bRelationship} answers: the type, which conditions hold, the luxury warning and the reasons, as data. */
export interface B2bAssessment {
  /** The recommended type. */
  readonly type: B2bRelationship;
  /** Whether all four conditions hold, so a type above `preferred_supplier` fits. */
  readonly fitsAbovePreferredSupplier: boolean;
  /** The conditions that hold and those that do not, in the seeds' order. */
  readonly met: readonly B2bCondition[];
  readonly unmet: readonly B2bCondition[];
  /** Whether the relationship costs more than it is expected to return (奢侈的). */
  readonly luxury: boolean;
  /** Why, as data: render with `message(reason, locale)`. */
  readonly reasons: readonly B2bReason[];
  /** The luxury warning, when it applies. */
  readonly warnings: readonly B2bReason[];
}

/** The four conditions, in the seeds' order (000, 002). */
const CONDITIONS: readonly B2bCondition[] = ['mutualImportance', 'balancedBargainingPower', 'mutualNeed', 'highSwitchingCost'];

/** A cost or return: a number from 0 to the 1e30 every amount of the library is bounded by. */
function optionalAmount(value: unknown, key: string): number | undefined {
  if (value === undefined) return undefined;
  if (!(isAmount(value) && value >= 0)) throw inputError('invalid_argument', ['facts', key], 'number', value, { min: 0, max: MAX_AMOUNT });
  return value;
}

/**
 * The seeds' test of which B2B relationship type fits (DOMAIN §2, seeds 000 and 002): only where
 * both sides matter to each other, neither side's bargaining power can dominate the other, they
 * need each other and switching costs are high does a type above `preferred_supplier` fit —
 * `partnership`, or `strategic_alliance` when goals and vision are also aligned. Otherwise
 * `preferred_supplier` is enough ("for most firms"), or `transactional` when the two sides neither
 * matter to nor need each other and switching is cheap. When `relationshipCost` exceeds `expectedReturn`, `luxury` is
 * true and a warning says so; the type stays what the conditions give. Facts are read from the
 * object's own properties. Throws `invalid_argument` with the path of a missing or wrong fact (a
 * cost or return must lie in 0..1e30).
 *
 * @example
 * ```ts
 * import { assessB2bRelationship, message } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const walmart = assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true });
 * walmart.type; //=> 'partnership'
 * const supplier = assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: false, mutualNeed: true, highSwitchingCost: false, relationshipCost: 120, expectedReturn: 100 });
 * [supplier.type, supplier.luxury]; //=> ['preferred_supplier', true]
 * message(supplier.reasons[1], { locale: 'zh-Hans', texts: zhHans }); //=> '不满足：双方的谈判能力都不足以完全操控对方'
 * message(supplier.warnings[0], { locale: 'en', money: { currency: 'CNY' } }); //=> 'The relationship costs CN¥120 and is expected to return CN¥100: it is a "luxury"'
 * ```
 */
export function assessB2bRelationship(facts: B2bFacts): B2bAssessment {
  // A plain record, as recommendKotlerLevel's input: a Date or a Map carrying the facts is no fact sheet.
  if (!isPlainRecord(facts)) throw inputError('invalid_argument', ['facts'], 'object', facts);
  const met: B2bCondition[] = [];
  const unmet: B2bCondition[] = [];
  const reasons: B2bReason[] = [];
  for (const condition of CONDITIONS) {
    const held = ownValue(facts, condition);
    if (typeof held !== 'boolean') throw inputError('invalid_argument', ['facts', condition], 'boolean', held);
    (held ? met : unmet).push(condition);
    reasons.push({ code: held ? 'b2b_condition_met' : 'b2b_condition_unmet', params: { condition } });
  }
  const alignedVision = ownValue(facts, 'alignedVision');
  if (alignedVision !== undefined && typeof alignedVision !== 'boolean') {
    throw inputError('invalid_argument', ['facts', 'alignedVision'], 'boolean', alignedVision);
  }
  const cost = optionalAmount(ownValue(facts, 'relationshipCost'), 'relationshipCost');
  const expected = optionalAmount(ownValue(facts, 'expectedReturn'), 'expectedReturn');

  const fits = unmet.length === 0;
  let type: B2bRelationship;
  let code: B2bReasonCode;
  if (fits && alignedVision === true) [type, code] = ['strategic_alliance', 'b2b_fit_strategic_alliance'];
  else if (fits) [type, code] = ['partnership', 'b2b_fit_partnership'];
  // A plain seller's relationship is one whose loss barely matters to either side (seed 001: 无论是企业损失客户还是客户丧失这一供货渠道,对双方业务并无太大影响): not one a high switching cost binds.
  else if (!met.includes('mutualImportance') && !met.includes('mutualNeed') && !met.includes('highSwitchingCost')) [type, code] = ['transactional', 'b2b_transactional'];
  else [type, code] = ['preferred_supplier', 'b2b_preferred_supplier_enough'];
  reasons.push({ code, params: { type, unmet: unmet.length } });
  const luxury = cost !== undefined && expected !== undefined && cost > expected;
  const warnings: B2bReason[] = luxury ? [{ code: 'b2b_luxury', params: { cost: cost as number, expected: expected as number } }] : [];
  return { type, fitsAbovePreferredSupplier: fits, met, unmet, luxury, reasons, warnings };
}
