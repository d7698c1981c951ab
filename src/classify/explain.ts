import { inputError, isRecord, type MessageParams } from '../errors/index.js';
import { lookup, renderKey, type Locale, type RenderContext } from '../i18n/index.js';
import { CLASSIFY_TEXTS } from '../locales/classify.js';
import { ERROR_TEXTS } from '../locales/errors.js';
import { SCORING_TEXTS } from '../locales/scoring.js';
import { TAXONOMY_TEXTS } from '../locales/taxonomy.js';
import { WORDS } from '../locales/words.js';
import { contextFor, readMessageOptions, type MessageOptions } from '../messages/message.js';
import type { DimensionId } from '../taxonomy/index.js';
import type { ClassificationReason } from './reasons.js';
import type { CustomerProfile, DimensionResult } from './types.js';

/** The tables `explain` renders from: this module's, the taxonomy's labels, RFM segment names, words. */
const TABLES = [CLASSIFY_TEXTS, SCORING_TEXTS, TAXONOMY_TEXTS, ERROR_TEXTS, WORDS];

/** A key's text rendered, its plurals by the table it came from; the key itself when none has it. */
const text = (ctx: RenderContext, key: string, params: MessageParams): string => renderKey(ctx, key, params);

/** A parameter a message can show: text, a finite number, a boolean, `null`, or a list of texts. */
function isParam(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string');
  return typeof value === 'string' || typeof value === 'boolean' || value === null;
}

/** A reason: a code (codes hold no dot; `classify.explain.known` is a template of this module, not a reason) and parameters a message can show. */
function isReason(item: Readonly<Record<string, unknown>>): boolean {
  if (typeof item.code !== 'string' || item.code.includes('.') || 'known' in item) return false;
  if (item.params === undefined) return true;
  return isRecord(item.params) && Object.values(item.params).every(isParam);
}

function isResult(item: Readonly<Record<string, unknown>>): boolean {
  return typeof item.dimension === 'string' && typeof item.known === 'boolean' && (typeof item.value === 'string' || item.value === null) && Array.isArray(item.reasons) && item.reasons.every((r) => isRecord(r) && isReason(r));
}

function reasonText(ctx: RenderContext, reason: Readonly<Record<string, unknown>>): string {
  return text(ctx, reason.code as string, (isRecord(reason.params) ? reason.params : {}) as MessageParams);
}

function resultText(ctx: RenderContext, result: Readonly<Record<string, unknown>>): string {
  const reasons = (result.reasons as Readonly<Record<string, unknown>>[]).map((r) => reasonText(ctx, r)).join(lookup(ctx, 'classify.reason_separator') ?? ', ');
  const key = `classify.explain.${result.known === true ? 'known' : 'unknown'}${reasons === '' ? '_bare' : ''}`;
  return text(ctx, key, { dimension: result.dimension as string, value: typeof result.value === 'string' ? result.value : null, reasons });
}

/**
 * Renders a classification as text for a person, in any locale (a BCP 47 tag negotiates:
 * `zh-TW` → `zh-Hant`, `de-DE` → `en`; it never throws for a locale): a dimension's result as one
 * line — its value's label, then its reasons — a whole profile as one line per dimension, or a
 * single reason. Amounts are written with the host's currency and minor-unit exponent from
 * `money` (`{ currency: 'CNY', minorUnitExponent: 2 }` for amounts in fen), and otherwise name
 * their unit.
 *
 * @throws CrmTaxonomyError `invalid_argument` (expected `classification`) for anything but a
 * profile, a dimension result or a reason, and at `options.money` for a money format it cannot
 * honour (`minorUnitExponent` outside 0..8).
 * @example
 * ```ts
 * import { classify, explain } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * const profile = classify({ transactions: [{ at: '2024-01-10', amount: 3000 }] }, { asOf: '2024-03-10' });
 * explain(profile.dimensions.loyalty); //=> 'New customer: 1 purchase over 60 days, established from 2 purchases over 180 days'
 * explain(profile.dimensions.loyalty, { locale: 'zh-Hans', texts: zhHans }); //=> '新客户：60 天内购买 1 次，至少购买 2 次、交易满 180 天才算老客户'
 * explain(profile, { locale: 'zh-TW', texts: zhHant }).status; //=> '現實客戶：最近一次購買在 60 天前，流失窗口 180 天'
 * explain({ code: 'profit_after_cost', params: { profit: 118000, cost: 2000 } }, { money: { currency: 'USD', minorUnitExponent: 2 } });
 * //=> 'profit $1,180.00 after a cost to serve of $20.00'
 * ```
 */
export function explain(result: DimensionResult, options?: Locale | MessageOptions): string;
export function explain(profile: CustomerProfile, options?: Locale | MessageOptions): { readonly [K in DimensionId]: string };
export function explain(reason: ClassificationReason, options?: Locale | MessageOptions): string;
export function explain(
  item: DimensionResult | CustomerProfile | ClassificationReason,
  options?: Locale | MessageOptions,
): string | { readonly [K in DimensionId]: string } {
  const ctx = contextFor(readMessageOptions(options), TABLES);
  const value = item as unknown;
  if (isRecord(value)) {
    if (isResult(value)) return resultText(ctx, value);
    if (isReason(value)) return reasonText(ctx, value);
    const dimensions = value.dimensions;
    // A profile: at least one dimension, each a result.
    if (isRecord(dimensions) && Object.keys(dimensions).length > 0 && Object.values(dimensions).every((r) => isRecord(r) && isResult(r))) {
      const out: Record<string, string> = {};
      for (const [dimension, r] of Object.entries(dimensions)) out[dimension] = resultText(ctx, r as Readonly<Record<string, unknown>>);
      return out as { readonly [K in DimensionId]: string };
    }
  }
  throw inputError('invalid_argument', ['item'], 'classification', item);
}
