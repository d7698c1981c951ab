import type { LocalizedText } from '../i18n/legacy.js';
import type { Reason } from '../i18n/legacy.js';
import type { B2bRelationship } from '../taxonomy/aliases.js';
import { invalidArgument, isRecord, labelledReason } from './internal.js';

/**
 * The facts the B2B fit test reads (seeds 000 and 002). The four conditions are booleans the host
 * judges; the cost and return are optional amounts in the host's unit.
 *
 * @example
 * ```ts
 * import type { B2bFacts } from 'crm-taxonomy';
 *
 * const facts: B2bFacts = { mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: false };
 * facts.highSwitchingCost; //=> false
 * ```
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
  /** What the relationship costs the firm (resources), in the host's unit. */
  readonly relationshipCost?: number;
  /** What the firm expects it to return, in the same unit. */
  readonly expectedReturn?: number;
}

/**
 * One of the four conditions of the B2B fit test.
 *
 * @example
 * ```ts
 * import type { B2bCondition } from 'crm-taxonomy';
 *
 * const condition: B2bCondition = 'mutualNeed';
 * condition; //=> 'mutualNeed'
 * ```
 */
export type B2bCondition = 'mutualImportance' | 'balancedBargainingPower' | 'mutualNeed' | 'highSwitchingCost';

/**
 * The four conditions under which a relationship above `preferred_supplier` fits (seeds 000, 002:
 * 只有那些供应商与客户之间彼此具有重要意义且双方的谈判能力都不足以完全操控对方，互相需要，又具有较高转移成本的企业间，
 * 建立合作伙伴以上的关系才是恰当的), as data with the seed's words.
 *
 * @example
 * ```ts
 * import { B2B_FIT_CONDITIONS } from 'crm-taxonomy';
 *
 * B2B_FIT_CONDITIONS.map((c) => c.fact); //=> ['mutualImportance', 'balancedBargainingPower', 'mutualNeed', 'highSwitchingCost']
 * ```
 */
export const B2B_FIT_CONDITIONS: readonly { readonly fact: B2bCondition; readonly text: LocalizedText }[] = [
  {
    fact: 'mutualImportance',
    text: { en: 'both sides matter to each other', 'zh-Hans': '彼此具有重要意义', 'zh-Hant': '彼此具有重要意義' },
  },
  {
    fact: 'balancedBargainingPower',
    text: {
      en: "neither side's bargaining power can fully control the other",
      'zh-Hans': '双方的谈判能力都不足以完全操控对方',
      'zh-Hant': '雙方的談判能力都不足以完全操控對方',
    },
  },
  { fact: 'mutualNeed', text: { en: 'they need each other', 'zh-Hans': '互相需要', 'zh-Hant': '互相需要' } },
  {
    fact: 'highSwitchingCost',
    text: { en: 'switching costs are high', 'zh-Hans': '具有较高转移成本', 'zh-Hant': '具有較高轉移成本' },
  },
];

/**
 * Codes of the reasons {@link assessB2bRelationship} returns.
 *
 * @example
 * ```ts
 * import type { B2bReasonCode } from 'crm-taxonomy';
 *
 * const code: B2bReasonCode = 'b2b_luxury';
 * code; //=> 'b2b_luxury'
 * ```
 */
export type B2bReasonCode =
  | 'b2b_condition_met'
  | 'b2b_condition_unmet'
  | 'b2b_fit_partnership'
  | 'b2b_fit_strategic_alliance'
  | 'b2b_preferred_supplier_enough'
  | 'b2b_transactional'
  | 'b2b_luxury';

/**
 * What {@link assessB2bRelationship} answers.
 *
 * @example
 * ```ts
 * import { assessB2bRelationship, type B2bAssessment } from 'crm-taxonomy';
 *
 * const answer: B2bAssessment = assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: false, mutualNeed: true, highSwitchingCost: true });
 * answer.unmet; //=> ['balancedBargainingPower']
 * ```
 */
export interface B2bAssessment {
  /** The recommended type. */
  readonly type: B2bRelationship;
  /** Whether all four conditions hold, so a type above `preferred_supplier` fits. */
  readonly fitsAbovePreferredSupplier: boolean;
  /** The conditions that hold and those that do not, in the order of {@link B2B_FIT_CONDITIONS}. */
  readonly met: readonly B2bCondition[];
  readonly unmet: readonly B2bCondition[];
  /** Whether the relationship costs more than it is expected to return (奢侈的). */
  readonly luxury: boolean;
  readonly reasons: readonly Reason<B2bReasonCode>[];
  /** The luxury warning, when it applies. */
  readonly warnings: readonly Reason<B2bReasonCode>[];
}

/** The types the test can recommend, named once as typed data. */
const TYPES = {
  transactional: 'transactional',
  preferred: 'preferred_supplier',
  partnership: 'partnership',
  alliance: 'strategic_alliance',
} as const satisfies Record<string, B2bRelationship>;

function optionalAmount(value: unknown, key: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalidArgument(['facts', key], 'a finite non-negative number', value);
  }
  return value;
}

/**
 * The seeds' test of which B2B relationship type fits (DOMAIN §2, seeds 000 and 002). When all four
 * conditions of {@link B2B_FIT_CONDITIONS} hold, `partnership` fits, and `strategic_alliance` when
 * goals and vision are also aligned. Otherwise `preferred_supplier` is enough ("for most firms"),
 * or `transactional` when the two sides neither matter to nor need each other. When
 * `relationshipCost` exceeds `expectedReturn`, `luxury` is true and a warning says so: the type
 * is still the one the conditions give, the host decides whether to invest less. Throws
 * `invalid_argument` with the path of a missing or wrong fact.
 *
 * @example
 * ```ts
 * import { assessB2bRelationship } from 'crm-taxonomy';
 *
 * const walmart = assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true });
 * walmart.type; //=> 'partnership'
 * const supplier = assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: false, mutualNeed: true, highSwitchingCost: false, relationshipCost: 120, expectedReturn: 100 });
 * supplier.type; //=> 'preferred_supplier'
 * supplier.luxury; //=> true
 * supplier.warnings[0]?.message.en; //=> 'The relationship costs 120 and is expected to return 100: it is a "luxury"'
 * ```
 */
export function assessB2bRelationship(facts: B2bFacts): B2bAssessment {
  if (!isRecord(facts)) throw invalidArgument(['facts'], 'an object of facts', facts);
  for (const { fact } of B2B_FIT_CONDITIONS) {
    if (typeof facts[fact] !== 'boolean') throw invalidArgument(['facts', fact], 'a boolean', facts[fact]);
  }
  if (facts.alignedVision !== undefined && typeof facts.alignedVision !== 'boolean') {
    throw invalidArgument(['facts', 'alignedVision'], 'a boolean', facts.alignedVision);
  }
  const cost = optionalAmount(facts.relationshipCost, 'relationshipCost');
  const expected = optionalAmount(facts.expectedReturn, 'expectedReturn');

  const met: B2bCondition[] = [];
  const unmet: B2bCondition[] = [];
  const reasons: Reason<B2bReasonCode>[] = [];
  for (const { fact, text } of B2B_FIT_CONDITIONS) {
    const holds = facts[fact];
    (holds ? met : unmet).push(fact);
    reasons.push(
      holds
        ? labelledReason('b2b_condition_met', { en: 'Holds: {condition}', 'zh-Hans': '满足：{condition}', 'zh-Hant': '滿足：{condition}' }, { condition: fact }, {}, { condition: text })
        : labelledReason('b2b_condition_unmet', { en: 'Does not hold: {condition}', 'zh-Hans': '不满足：{condition}', 'zh-Hant': '不滿足：{condition}' }, { condition: fact }, {}, { condition: text }),
    );
  }
  const fits = unmet.length === 0;
  let type: B2bRelationship;
  if (fits && facts.alignedVision === true) {
    type = TYPES.alliance;
    reasons.push(
      labelledReason(
        'b2b_fit_strategic_alliance',
        {
          en: 'All four conditions hold and goals and vision are aligned: {typeLabel} fits',
          'zh-Hans': '四个条件均满足，且双方目标和愿景高度一致：适合{typeLabel}',
          'zh-Hant': '四個條件均滿足，且雙方目標和願景高度一致：適合{typeLabel}',
        },
        { type },
        { typeLabel: ['b2b_relationship', type] },
      ),
    );
  } else if (fits) {
    type = TYPES.partnership;
    reasons.push(
      labelledReason(
        'b2b_fit_partnership',
        {
          en: 'All four conditions hold: a relationship above preferred supplier fits ({typeLabel})',
          'zh-Hans': '四个条件均满足：适合建立优先供应商以上的关系（{typeLabel}）',
          'zh-Hant': '四個條件均滿足：適合建立優先供應商以上的關係（{typeLabel}）',
        },
        { type },
        { typeLabel: ['b2b_relationship', type] },
      ),
    );
  } else if (!facts.mutualImportance && !facts.mutualNeed) {
    type = TYPES.transactional;
    reasons.push(
      labelledReason(
        'b2b_transactional',
        {
          en: 'Neither side matters to or needs the other: losing each other barely matters, so {typeLabel} is enough',
          'zh-Hans': '双方既不重要也不互相需要：失去对方影响不大，{typeLabel}即可',
          'zh-Hant': '雙方既不重要也不互相需要：失去對方影響不大，{typeLabel}即可',
        },
        { type },
        { typeLabel: ['b2b_relationship', type] },
      ),
    );
  } else {
    type = TYPES.preferred;
    reasons.push(
      labelledReason(
        'b2b_preferred_supplier_enough',
        {
          en: 'Not all four conditions hold: as for most firms, {typeLabel} is enough',
          'zh-Hans': '四个条件未全部满足：与大部分企业一样，{typeLabel}就足够了',
          'zh-Hant': '四個條件未全部滿足：與大部分企業一樣，{typeLabel}就足夠了',
        },
        { type, unmet: unmet.length },
        { typeLabel: ['b2b_relationship', type] },
      ),
    );
  }
  const luxury = cost !== undefined && expected !== undefined && cost > expected;
  const warnings = luxury
    ? [
        labelledReason(
          'b2b_luxury',
          {
            en: 'The relationship costs {cost} and is expected to return {expected}: it is a "luxury"',
            'zh-Hans': '关系的付出 {cost} 比所得 {expected} 还多：这种关系是“奢侈的”',
            'zh-Hant': '關係的付出 {cost} 比所得 {expected} 還多：這種關係是「奢侈的」',
          },
          { cost: cost as number, expected: expected as number },
        ),
      ]
    : [];
  return { type, fitsAbovePreferredSupplier: fits, met, unmet, luxury, reasons, warnings };
}
