import { inputError, isCrmTaxonomyError, isRecord, pathText, type CrmTaxonomyError, type MessageParams } from '../errors/index.js';
import { lookup, readMoney, readTextOptions, renderKey, textContext, type Locale, type LocaleTables, type MoneyFormat, type RenderContext, type TextOptions } from '../i18n/index.js';
import { ALL_TEXTS } from '../locales/all.js';

/** Anything the library decides, as data: a stable `code` and the parameters of its message (a reason, a refusal, a history issue, a pool decision). */
export interface MessageData {
  readonly code: string;
  readonly params?: MessageParams;
}

/** Where a host's own texts come from: an extended taxonomy, a host machine, or tables of its own. */
export interface TextSource {
  readonly texts: readonly LocaleTables[];
}

/** Options of `message`: the locale and its texts (a locale module or a host's), how amounts are written, and a host's taxonomy and machine. */
export interface MessageOptions extends TextOptions {
  /** How amounts are written (a currency and the minor-unit exponent of the stored integers). */
  readonly money?: MoneyFormat;
  /** An extended taxonomy, for the labels of the host's values. */
  readonly taxonomy?: TextSource;
  /** A host's machine, for the labels of its states and events and the texts of its guards. */
  readonly machine?: TextSource;
}

/** The options of a render call, from a locale or an options object. @internal */
export const readMessageOptions: (options: Locale | MessageOptions | undefined) => MessageOptions = readTextOptions;

/** A render context over the given tables and the host's: its `texts`, its taxonomy's and machine's. @internal */
export function contextFor(options: MessageOptions, builtin: readonly LocaleTables[]): RenderContext {
  const host: LocaleTables[] = [];
  // What is not a table (a null, a hole) is skipped, as in a call's `texts`.
  for (const source of [options.taxonomy, options.machine]) if (isRecord(source) && Array.isArray(source.texts)) for (const t of source.texts as readonly unknown[]) if (isRecord(t)) host.push(t as LocaleTables);
  return textContext(options, builtin, host, readMoney(options.money, ['options', 'money']));
}

function boundsOf(details: Readonly<Record<string, unknown>>): string {
  const min = typeof details.min === 'number';
  const max = typeof details.max === 'number';
  const below = details.exclusiveMax === true;
  if (min && details.exclusiveMin === true) return max ? (below ? 'above_below' : 'above_at_most') : 'above';
  if (min) return max ? (details.min === details.max ? 'exactly' : 'between') : 'at_least';
  return max ? (below ? 'below' : 'at_most') : 'none';
}

const renderData = (ctx: RenderContext, key: string, params: unknown): string => renderKey(ctx, key, (isRecord(params) ? params : {}) as MessageParams);

/**
 * An error's details as message parameters: nested decisions rendered, the path as text, the
 * bounds named. An error from another realm or a log may hold anything in `path` and `details`:
 * a path that is not a list is none, a part that is neither a name nor an index is `?`, details
 * that are not an object are none.
 */
function errorParams(ctx: RenderContext, error: CrmTaxonomyError): MessageParams {
  const path = Array.isArray(error.path) ? error.path.map((p: unknown) => (typeof p === 'string' || typeof p === 'number' ? p : '?')) : [];
  const details = isRecord(error.details) ? error.details : {};
  const params: Record<string, MessageParams[string]> = { path: pathText(path) || (lookup(ctx, 'word.input') ?? '(input)'), bounds: boundsOf(details) };
  for (const [key, value] of Object.entries(details)) {
    if (isRecord(value) && typeof value.code === 'string') params[key] = renderData(ctx, value.code, value.params);
    else if (value !== undefined) params[key] = value as MessageParams[string];
  }
  return params;
}

/**
 * Renders anything the library decided — a `CrmTaxonomyError`, a refusal from `can`, a reason of
 * a classification, a history issue, a pool decision — as text for a person, in any locale (the
 * tag negotiates: `zh-TW` → `zh-Hant`, `de` → `en`; the Chinese texts are the locale modules,
 * passed as `texts`: without them a Chinese tag is answered in English). A foreign `Error` gives
 * its own message and a string itself, so `message(error)` suits a catch block that catches
 * errors; anything else (`undefined`, a number, a plain object without a `code`) is an
 * `invalid_argument`, as is a `money` format it cannot honour (`minorUnitExponent` outside 0..8).
 * Texts come from per-locale message tables;
 * a host adds a locale or rewords a message with `texts`, and passes its extended taxonomy or its
 * machine for the labels of its own values.
 *
 * @example
 * ```ts
 * import { can, message, parse, statusMachine } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * const refused = can(statusMachine, 'target', 'first_purchase', { facts: { hasPurchase: false } });
 * message(refused); //=> 'Cannot move from Target customer to Current customer (First purchase): no purchase is recorded yet (fact hasPurchase or purchaseCount)'
 * message(refused, { locale: 'zh-TW', texts: zhHant }); //=> '無法從目標客戶變為現實客戶（首次購買）：尚無購買記錄（事實 hasPurchase 或 purchaseCount）'
 *
 * try {
 *   parse('value_tier', 'gold');
 * } catch (error) {
 *   message(error as Error, { locale: 'zh-Hans', texts: zhHans }); //=> '无效的客户价值等级取值 "gold"：应为 普通客户、重要客户、贵宾客户 之一'
 * }
 *
 * // A host's own locale, for the messages it shows:
 * const ja = { ja: { 'taxonomy.status.target.label': '見込み客', 'taxonomy.status.current.label': '既存顧客' } };
 * message(refused, { locale: 'ja-JP', texts: ja }).startsWith('Cannot move from 見込み客 to 既存顧客'); //=> true
 * ```
 */
export function message(item: CrmTaxonomyError | MessageData | unknown, options?: Locale | MessageOptions): string {
  const ctx = contextFor(readMessageOptions(options), ALL_TEXTS);
  if (isCrmTaxonomyError(item)) {
    // A code no table knows (an error from another version, read from a log): its own line, not the key.
    const key = `error.${item.code}`;
    const text = renderData(ctx, key, errorParams(ctx, item));
    return text === key && typeof item.message === 'string' ? item.message : text;
  }
  // Before the decisions: a foreign error with a `code` (Node's `ENOENT`, a driver's) is not one.
  if (item instanceof Error || Object.prototype.toString.call(item) === '[object Error]') return String((item as Error).message);
  if (isRecord(item) && typeof item.code === 'string') return renderData(ctx, item.code, item.params);
  if (typeof item === 'string') return item;
  throw inputError('invalid_argument', ['item'], 'message', item);
}
