import type { Reason } from '../i18n/legacy.js';
import type { KotlerLevel } from '../taxonomy/aliases.js';
import { invalidArgument, isRecord, labelledReason } from './internal.js';

/**
 * The number of customers in Kotler's table: `many`, `medium` or `few`.
 *
 * @example
 * ```ts
 * import type { CustomerCountBand } from 'crm-taxonomy';
 *
 * const band: CustomerCountBand = 'few';
 * band; //=> 'few'
 * ```
 */
export type CustomerCountBand = 'many' | 'medium' | 'few';

/**
 * The unit profit margin in Kotler's table: `high`, `medium` or `low`.
 *
 * @example
 * ```ts
 * import type { MarginBand } from 'crm-taxonomy';
 *
 * const band: MarginBand = 'high';
 * band; //=> 'high'
 * ```
 */
export type MarginBand = 'high' | 'medium' | 'low';

/**
 * One cell of Kotler's table: the number of customers, the margin, the level it recommends and,
 * for the one cell the table leaves open ("basic or reactive"), the alternative level.
 *
 * @example
 * ```ts
 * import type { KotlerTableCell } from 'crm-taxonomy';
 *
 * const cell: KotlerTableCell = { customers: 'few', margin: 'high', level: 'partnership', alternative: null };
 * cell.level; //=> 'partnership'
 * ```
 */
export interface KotlerTableCell {
  readonly customers: CustomerCountBand;
  readonly margin: MarginBand;
  readonly level: KotlerLevel;
  readonly alternative: KotlerLevel | null;
}

/**
 * Kotler's table (*Marketing Management*; seed 004 refers to it): the relationship level that fits
 * a number of customers and a unit margin. Rows: many, medium, few customers; columns: high,
 * medium, low margin. The "many customers, low margin" cell is "basic or reactive": `basic` first,
 * `reactive` as the alternative.
 *
 * @example
 * ```ts
 * import { KOTLER_TABLE } from 'crm-taxonomy';
 *
 * KOTLER_TABLE.length; //=> 9
 * KOTLER_TABLE.find((c) => c.customers === 'many' && c.margin === 'low');
 * //=> { level: 'basic', alternative: 'reactive' }
 * ```
 */
export const KOTLER_TABLE: readonly KotlerTableCell[] = [
  { customers: 'many', margin: 'high', level: 'accountable', alternative: null },
  { customers: 'many', margin: 'medium', level: 'reactive', alternative: null },
  { customers: 'many', margin: 'low', level: 'basic', alternative: 'reactive' },
  { customers: 'medium', margin: 'high', level: 'proactive', alternative: null },
  { customers: 'medium', margin: 'medium', level: 'accountable', alternative: null },
  { customers: 'medium', margin: 'low', level: 'reactive', alternative: null },
  { customers: 'few', margin: 'high', level: 'partnership', alternative: null },
  { customers: 'few', margin: 'medium', level: 'proactive', alternative: null },
  { customers: 'few', margin: 'low', level: 'accountable', alternative: null },
];

/**
 * Where Kotler's table cuts: `few` below `fewCustomersBelow`, `many` from `manyCustomersFrom`
 * (`medium` in between); `low` margin below `lowMarginBelow`, `high` from `highMarginFrom`.
 * Kotler gives no numbers; see {@link DEFAULT_KOTLER_CUT_POINTS}.
 *
 * @example
 * ```ts
 * import type { KotlerCutPoints } from 'crm-taxonomy';
 *
 * const cuts: KotlerCutPoints = { fewCustomersBelow: 50, manyCustomersFrom: 5000, lowMarginBelow: 0.1, highMarginFrom: 0.5 };
 * cuts.fewCustomersBelow; //=> 50
 * ```
 */
export interface KotlerCutPoints {
  /** Fewer customers than this are `few`. */
  readonly fewCustomersBelow: number;
  /** This many customers or more are `many`. */
  readonly manyCustomersFrom: number;
  /** A unit margin below this is `low`. */
  readonly lowMarginBelow: number;
  /** A unit margin from this up is `high`. */
  readonly highMarginFrom: number;
}

/**
 * The library's default cut points (Kotler's table names bands, not numbers): fewer than 100
 * customers is `few` (a book one account team can know by name), 10,000 or more is `many` (a mass
 * market no one can call one by one); a unit margin (a fraction of the price) below 0.15 is `low`
 * (commodity margins), 0.40 or more is `high`. Override any of them per call.
 *
 * @example
 * ```ts
 * import { DEFAULT_KOTLER_CUT_POINTS } from 'crm-taxonomy';
 *
 * DEFAULT_KOTLER_CUT_POINTS;
 * //=> { fewCustomersBelow: 100, manyCustomersFrom: 10000, lowMarginBelow: 0.15, highMarginFrom: 0.4 }
 * ```
 */
export const DEFAULT_KOTLER_CUT_POINTS: KotlerCutPoints = {
  fewCustomersBelow: 100,
  manyCustomersFrom: 10_000,
  lowMarginBelow: 0.15,
  highMarginFrom: 0.4,
};

/**
 * Input of {@link recommendKotlerLevel}.
 *
 * @example
 * ```ts
 * import type { KotlerInput } from 'crm-taxonomy';
 *
 * const input: KotlerInput = { customers: 40, unitMargin: 0.5, cutPoints: { fewCustomersBelow: 50 } };
 * input.customers; //=> 40
 * ```
 */
export interface KotlerInput {
  /** How many customers the firm serves with the product (a non-negative integer). */
  readonly customers: number;
  /** The unit profit margin, by default read as a fraction of the price (0.25 = 25%). */
  readonly unitMargin: number;
  /** Cut points to override; the rest come from {@link DEFAULT_KOTLER_CUT_POINTS}. */
  readonly cutPoints?: Partial<KotlerCutPoints>;
}

/**
 * Codes of the reasons {@link recommendKotlerLevel} returns.
 *
 * @example
 * ```ts
 * import type { KotlerReasonCode } from 'crm-taxonomy';
 *
 * const code: KotlerReasonCode = 'kotler_open_cell';
 * code; //=> 'kotler_open_cell'
 * ```
 */
export type KotlerReasonCode = 'kotler_customers_band' | 'kotler_margin_band' | 'kotler_table_cell' | 'kotler_open_cell';

/**
 * What {@link recommendKotlerLevel} answers: the level, the alternative (only for the "basic or
 * reactive" cell), the cell it came from, the cut points used and the reasons.
 *
 * @example
 * ```ts
 * import { recommendKotlerLevel, type KotlerRecommendation } from 'crm-taxonomy';
 *
 * const answer: KotlerRecommendation = recommendKotlerLevel({ customers: 20, unitMargin: 0.6 });
 * answer.cell; //=> { customers: 'few', margin: 'high', level: 'partnership' }
 * ```
 */
export interface KotlerRecommendation {
  readonly level: KotlerLevel;
  readonly alternative: KotlerLevel | null;
  readonly cell: KotlerTableCell;
  readonly cutPoints: KotlerCutPoints;
  readonly reasons: readonly Reason<KotlerReasonCode>[];
}

const CUT_KEYS = ['fewCustomersBelow', 'manyCustomersFrom', 'lowMarginBelow', 'highMarginFrom'] as const;

function resolveCutPoints(overrides: unknown): KotlerCutPoints {
  if (overrides === undefined) return DEFAULT_KOTLER_CUT_POINTS;
  if (!isRecord(overrides)) throw invalidArgument(['cutPoints'], 'an object of cut points', overrides);
  const cuts: Record<string, number> = { ...DEFAULT_KOTLER_CUT_POINTS };
  for (const key of Object.keys(overrides)) {
    if (!(CUT_KEYS as readonly string[]).includes(key)) {
      throw invalidArgument(['cutPoints', key], `one of ${CUT_KEYS.join(', ')}`, key);
    }
    const value = overrides[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArgument(['cutPoints', key], 'a finite number', value);
    cuts[key] = value;
  }
  const result = cuts as unknown as KotlerCutPoints;
  if (!(result.fewCustomersBelow <= result.manyCustomersFrom)) {
    throw invalidArgument(['cutPoints', 'manyCustomersFrom'], `a number not below fewCustomersBelow (${result.fewCustomersBelow})`, result.manyCustomersFrom);
  }
  if (!(result.lowMarginBelow <= result.highMarginFrom)) {
    throw invalidArgument(['cutPoints', 'highMarginFrom'], `a number not below lowMarginBelow (${result.lowMarginBelow})`, result.highMarginFrom);
  }
  return result;
}

const BAND_TEXT = {
  customers: {
    many: { en: 'many', 'zh-Hans': '多', 'zh-Hant': '多' },
    medium: { en: 'a medium number of', 'zh-Hans': '中等', 'zh-Hant': '中等' },
    few: { en: 'few', 'zh-Hans': '少', 'zh-Hant': '少' },
  },
  margin: {
    high: { en: 'high', 'zh-Hans': '高', 'zh-Hant': '高' },
    medium: { en: 'medium', 'zh-Hans': '中等', 'zh-Hant': '中等' },
    low: { en: 'low', 'zh-Hans': '低', 'zh-Hant': '低' },
  },
} as const;

/**
 * Kotler's choice of relationship level (DOMAIN §2): places the number of customers and the unit
 * margin in the bands of {@link KotlerCutPoints} and reads the level from {@link KOTLER_TABLE}.
 * More customers never raise the level and a higher margin never lowers it. Throws
 * `invalid_argument` (with its `path`) for a negative or fractional count, a non-finite margin or
 * inconsistent cut points.
 *
 * @example
 * ```ts
 * import { recommendKotlerLevel } from 'crm-taxonomy';
 *
 * recommendKotlerLevel({ customers: 20, unitMargin: 0.6 }).level; //=> 'partnership'
 * const shampoo = recommendKotlerLevel({ customers: 2_000_000, unitMargin: 0.05 });
 * [shampoo.level, shampoo.alternative]; //=> ['basic', 'reactive']
 * shampoo.reasons.map((r) => r.code); //=> ['kotler_customers_band', 'kotler_margin_band', 'kotler_table_cell', 'kotler_open_cell']
 * recommendKotlerLevel({ customers: 500, unitMargin: 0.2, cutPoints: { manyCustomersFrom: 500 } }).cell;
 * //=> { customers: 'many', margin: 'medium', level: 'reactive' }
 * ```
 */
export function recommendKotlerLevel(input: KotlerInput): KotlerRecommendation {
  if (!isRecord(input)) throw invalidArgument([], 'an object { customers, unitMargin }', input);
  const { customers, unitMargin } = input;
  if (typeof customers !== 'number' || !Number.isInteger(customers) || customers < 0) {
    throw invalidArgument(['customers'], 'a non-negative integer', customers);
  }
  if (typeof unitMargin !== 'number' || !Number.isFinite(unitMargin)) {
    throw invalidArgument(['unitMargin'], 'a finite number', unitMargin);
  }
  const cutPoints = resolveCutPoints(input.cutPoints);
  const customerBand: CustomerCountBand =
    customers >= cutPoints.manyCustomersFrom ? 'many' : customers < cutPoints.fewCustomersBelow ? 'few' : 'medium';
  const marginBand: MarginBand =
    unitMargin >= cutPoints.highMarginFrom ? 'high' : unitMargin < cutPoints.lowMarginBelow ? 'low' : 'medium';
  const cell = KOTLER_TABLE.find((c) => c.customers === customerBand && c.margin === marginBand) as KotlerTableCell;

  const reasons: Reason<KotlerReasonCode>[] = [
    labelledReason(
      'kotler_customers_band',
      {
        en: '{customers} customers counts as {band} customers (few below {few}, many from {many})',
        'zh-Hans': '{customers} 个客户属于客户数量{band}（少于 {few} 为少，{many} 起为多）',
        'zh-Hant': '{customers} 個客戶屬於客戶數量{band}（少於 {few} 為少，{many} 起為多）',
      },
      { customers, band: customerBand, few: cutPoints.fewCustomersBelow, many: cutPoints.manyCustomersFrom },
      {},
      { band: BAND_TEXT.customers[customerBand] },
    ),
    labelledReason(
      'kotler_margin_band',
      {
        en: 'A unit margin of {margin} is {band} (low below {low}, high from {high})',
        'zh-Hans': '单位利润率 {margin} 属于{band}（低于 {low} 为低，{high} 起为高）',
        'zh-Hant': '單位利潤率 {margin} 屬於{band}（低於 {low} 為低，{high} 起為高）',
      },
      { margin: unitMargin, band: marginBand, low: cutPoints.lowMarginBelow, high: cutPoints.highMarginFrom },
      {},
      { band: BAND_TEXT.margin[marginBand] },
    ),
    labelledReason(
      'kotler_table_cell',
      {
        en: "Kotler's table: {customersBand} customers with a {marginBand} margin call for a {levelLabel} relationship",
        'zh-Hans': '科特勒表格：客户数量{customersBand}、利润率{marginBand}，适合{levelLabel}关系',
        'zh-Hant': '科特勒表格：客戶數量{customersBand}、利潤率{marginBand}，適合{levelLabel}關係',
      },
      { customers: customerBand, margin: marginBand, level: cell.level },
      { levelLabel: ['kotler_level', cell.level] },
      { customersBand: BAND_TEXT.customers[customerBand], marginBand: BAND_TEXT.margin[marginBand] },
    ),
  ];
  if (cell.alternative !== null) {
    reasons.push(
      labelledReason(
        'kotler_open_cell',
        {
          en: 'The table leaves this cell open: {levelLabel} or {alternativeLabel}; choose {alternativeLabel} where complaints or questions must reach you',
          'zh-Hans': '表格此格并未确定：{levelLabel}或{alternativeLabel}；需要收集投诉或意见时选择{alternativeLabel}',
          'zh-Hant': '表格此格並未確定：{levelLabel}或{alternativeLabel}；需要收集投訴或意見時選擇{alternativeLabel}',
        },
        { level: cell.level, alternative: cell.alternative },
        { levelLabel: ['kotler_level', cell.level], alternativeLabel: ['kotler_level', cell.alternative] },
      ),
    );
  }
  return { level: cell.level, alternative: cell.alternative, cell, cutPoints, reasons };
}
