import { inputError, isPlainRecord, knownKeys, optionsRecord, ownValue, type MessageParams } from '../errors/index.js';
import { deepFreeze } from '../shape/index.js';
import type { KotlerLevel } from '../taxonomy/aliases.js';

/** The number of customers in Kotler's table. */
type CustomerCountBand = 'many' | 'medium' | 'few';

/** The unit profit margin in Kotler's table. */
type MarginBand = 'high' | 'medium' | 'low';

/** One cell of Kotler's table: the number of customers, the margin, the level it recommends and, for the one open cell ("basic or reactive"), the alternative. */
interface KotlerTableCell {
  readonly customers: CustomerCountBand;
  readonly margin: MarginBand;
  readonly level: KotlerLevel;
  readonly alternative: KotlerLevel | null;
}

/** Where Kotler's table cuts: `few` below `fewCustomersBelow`, `many` from `manyCustomersFrom`; `low` margin below `lowMarginBelow`, `high` from `highMarginFrom`. */
export interface KotlerCutPoints {
  readonly fewCustomersBelow: number;
  readonly manyCustomersFrom: number;
  readonly lowMarginBelow: number;
  readonly highMarginFrom: number;
}

/** The codes of the reasons of {@link recommendKotlerLevel}. */
type KotlerReasonCode = 'kotler_customers_band' | 'kotler_margin_band' | 'kotler_table_cell' | 'kotler_open_cell';

/**
 * Kotler's table (*Marketing Management*; seed 004 refers to it): the relationship level that fits
 * a number of customers and a unit margin. Rows: many, medium, few customers; columns: high,
 * medium, low margin. The "many customers, low margin" cell is "basic or reactive": `basic` first,
 * `reactive` as the alternative. Frozen.
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
export const KOTLER_TABLE: readonly KotlerTableCell[] = /* @__PURE__ */ (() => deepFreeze([
  { customers: 'many', margin: 'high', level: 'accountable', alternative: null },
  { customers: 'many', margin: 'medium', level: 'reactive', alternative: null },
  { customers: 'many', margin: 'low', level: 'basic', alternative: 'reactive' },
  { customers: 'medium', margin: 'high', level: 'proactive', alternative: null },
  { customers: 'medium', margin: 'medium', level: 'accountable', alternative: null },
  { customers: 'medium', margin: 'low', level: 'reactive', alternative: null },
  { customers: 'few', margin: 'high', level: 'partnership', alternative: null },
  { customers: 'few', margin: 'medium', level: 'proactive', alternative: null },
  { customers: 'few', margin: 'low', level: 'accountable', alternative: null },
] as const satisfies readonly KotlerTableCell[]))();

/**
 * The library's cut points (Kotler's table names bands, not numbers): fewer than 100 customers is
 * `few` (a book one account team can know by name), 10,000 or more is `many` (a mass market no one
 * can call one by one); a unit margin (a fraction of the price) below 0.15 is `low` (commodity
 * margins), 0.40 or more is `high`.
 */
const DEFAULT_CUT_POINTS: KotlerCutPoints = /* @__PURE__ */ (() => deepFreeze({
  fewCustomersBelow: 100,
  manyCustomersFrom: 10_000,
  lowMarginBelow: 0.15,
  highMarginFrom: 0.4,
}))();

/** The cut points that are customer counts (a negative one could never be reached). */
const COUNT_CUTS = ['fewCustomersBelow', 'manyCustomersFrom'] as const;
const CUT_KEYS = [...COUNT_CUTS, 'lowMarginBelow', 'highMarginFrom'] as const;

/** What {@link recommendKotlerLevel} answers: the level, the alternative of the open cell, the cell it came from, the cut points used, and the reasons as data. */
export interface KotlerRecommendation {
  readonly level: KotlerLevel;
  /** The other level of the one open cell ("basic or reactive"); `null` elsewhere. */
  readonly alternative: KotlerLevel | null;
  readonly cell: KotlerTableCell;
  readonly cutPoints: KotlerCutPoints;
  /** Why, as data: render with `message(reason, locale)`. */
  readonly reasons: readonly { readonly code: KotlerReasonCode; readonly params: MessageParams }[];
}

function finite(value: unknown, path: readonly (string | number)[]): number {
  if (!Number.isFinite(value)) throw inputError('invalid_argument', path, 'number', value);
  return value as number;
}

function resolveCutPoints(overrides: unknown): KotlerCutPoints {
  if (overrides === undefined) return DEFAULT_CUT_POINTS;
  if (!isPlainRecord(overrides)) throw inputError('invalid_argument', ['options', 'cutPoints'], 'object', overrides);
  const cuts: Record<string, number> = { ...DEFAULT_CUT_POINTS };
  knownKeys(overrides, CUT_KEYS, ['options', 'cutPoints']);
  for (const key of Object.keys(overrides)) {
    const value = overrides[key];
    if (value === undefined) continue;
    const path = ['options', 'cutPoints', key];
    cuts[key] = finite(value, path);
    // Customer cut points are counts: a negative one would make a band no count can reach.
    if ((COUNT_CUTS as readonly string[]).includes(key) && cuts[key]! < 0) {
      throw inputError('invalid_argument', path, 'number', value, { min: 0 });
    }
  }
  const result = cuts as unknown as KotlerCutPoints;
  if (!(result.fewCustomersBelow <= result.manyCustomersFrom)) {
    throw inputError('invalid_argument', ['options', 'cutPoints', 'manyCustomersFrom'], 'at_least_other', result.manyCustomersFrom, {
      other: 'cutPoints.fewCustomersBelow',
      min: result.fewCustomersBelow,
    });
  }
  if (!(result.lowMarginBelow <= result.highMarginFrom)) {
    throw inputError('invalid_argument', ['options', 'cutPoints', 'highMarginFrom'], 'at_least_other', result.highMarginFrom, {
      other: 'cutPoints.lowMarginBelow',
      min: result.lowMarginBelow,
    });
  }
  return Object.freeze(result);
}

/**
 * Kotler's choice of relationship level (DOMAIN §2): places the number of customers and the unit
 * margin in bands and reads the level from {@link KOTLER_TABLE}. Kotler gives bands, not numbers:
 * the library cuts at fewer than 100 customers (`few`) and 10,000 or more (`many`), a margin below
 * 0.15 (`low`) and from 0.40 (`high`); override any of them with `cutPoints`. More customers
 * never raise the level and a higher margin never lowers it. The input is read from its own
 * properties. Throws `invalid_argument` (with its `path`) for a negative or fractional count, a
 * non-finite margin, a negative customer cut point or inconsistent cut points.
 *
 * @example
 * ```ts
 * import { message, recommendKotlerLevel } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * recommendKotlerLevel({ customers: 20, unitMargin: 0.6 }).level; //=> 'partnership'
 * const shampoo = recommendKotlerLevel({ customers: 2_000_000, unitMargin: 0.05 });
 * [shampoo.level, shampoo.alternative]; //=> ['basic', 'reactive']
 * message(shampoo.reasons[2], { locale: 'zh-Hans', texts: zhHans }); //=> '科特勒表格：客户数量多、利润率低，适合基本型关系'
 * recommendKotlerLevel({ customers: 500, unitMargin: 0.2 }, { cutPoints: { manyCustomersFrom: 500 } }).cell;
 * //=> { customers: 'many', margin: 'medium', level: 'reactive' }
 * ```
 */
export function recommendKotlerLevel(
  input: { readonly customers: number; readonly unitMargin: number },
  options?: { readonly cutPoints?: Partial<KotlerCutPoints> },
): KotlerRecommendation {
  if (!isPlainRecord(input)) throw inputError('invalid_argument', ['input'], 'object', input);
  // Own facts only: an inherited one was never given.
  const customers = ownValue(input, 'customers') as number;
  // Number.isInteger is false for anything but an integer.
  if (!Number.isInteger(customers) || customers < 0) {
    throw inputError('invalid_argument', ['input', 'customers'], 'integer', customers, { min: 0 });
  }
  const unitMargin = finite(ownValue(input, 'unitMargin'), ['input', 'unitMargin']);
  const o = optionsRecord(options, ['cutPoints']);
  const cutPoints = resolveCutPoints(o.cutPoints);
  const customerBand: CustomerCountBand =
    customers >= cutPoints.manyCustomersFrom ? 'many' : customers < cutPoints.fewCustomersBelow ? 'few' : 'medium';
  const marginBand: MarginBand = unitMargin >= cutPoints.highMarginFrom ? 'high' : unitMargin < cutPoints.lowMarginBelow ? 'low' : 'medium';
  const cell = KOTLER_TABLE.find((c) => c.customers === customerBand && c.margin === marginBand) as KotlerTableCell;
  const reasons: { code: KotlerReasonCode; params: MessageParams }[] = [
    { code: 'kotler_customers_band', params: { customers, band: customerBand, few: cutPoints.fewCustomersBelow, many: cutPoints.manyCustomersFrom } },
    { code: 'kotler_margin_band', params: { margin: unitMargin, band: marginBand, low: cutPoints.lowMarginBelow, high: cutPoints.highMarginFrom } },
    { code: 'kotler_table_cell', params: { customers: customerBand, margin: marginBand, level: cell.level } },
  ];
  if (cell.alternative !== null) reasons.push({ code: 'kotler_open_cell', params: { level: cell.level, alternative: cell.alternative } });
  return { level: cell.level, alternative: cell.alternative, cell, cutPoints, reasons };
}
