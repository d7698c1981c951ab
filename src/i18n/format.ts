import { inputError, isRecord, type ErrorPath, type MessageParams } from '../errors/index.js';
import { localeChain, tagKey, type Locale } from './negotiate.js';

/** Texts of one locale, by key (`taxonomy.loyalty.loyal.label`, `error.invalid_value`, …). */
export type TextTable = Readonly<Record<string, string>>;

/** Text tables by locale tag. */
export type LocaleTables = Readonly<Record<string, TextTable | undefined>>;

/**
 * How text is rendered: the locale to speak and the tables to speak it from. The root entry
 * carries English; Chinese comes as a module (`crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`) passed
 * here, as does a locale or a wording a host writes.
 */
export interface TextOptions {
  /** Any BCP 47 tag; it negotiates to a locale the tables offer (`resolveLocale`), `en` by default. */
  readonly locale?: Locale;
  /**
   * Text tables by locale tag — a locale module, a host's own, or a list of them (earlier ones win);
   * they win over the built-in English, and over every table but the texts a host wrote into its
   * taxonomy (its values' labels and descriptions, its `labels` and `descriptions` overrides). Renderers skip whatever in it is not a table of strings
   * (rendering never fails on a locale); the functions that write documents or charts from it
   * (`taxonomy.extend`, `machineToJSON`, `stateDiagramFromMachine`, the charts) check it and throw.
   */
  readonly texts?: LocaleTables | readonly LocaleTables[];
}

/** The tables of a `texts` option as a list (unchecked: render calls skip what is not a table). */
function givenTables(texts: unknown): readonly LocaleTables[] {
  if (Array.isArray(texts)) return texts.filter((t): t is LocaleTables => isRecord(t));
  return isRecord(texts) ? [texts as LocaleTables] : [];
}

/** The options of a render call, from a locale tag or an options object. @internal */
export function readTextOptions<T extends TextOptions>(options: Locale | T | undefined): T {
  if (typeof options === 'string') return { locale: options } as T;
  return (isRecord(options) ? options : {}) as T;
}

/**
 * Text tables a caller passes (a locale module or a host's own), checked at the boundary: locale
 * tags to tables of strings. Returns frozen copies of what was checked (each entry read once), so
 * a later edit of the caller's objects changes nothing. @internal
 */
export function checkTextTables(value: unknown, path: ErrorPath, code: 'invalid_argument' | 'invalid_extension' = 'invalid_argument', host = false): LocaleTables[] {
  if (value === undefined) return [];
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  const out: LocaleTables[] = [];
  // An index loop: a hole in the list is reported, not skipped.
  for (let i = 0; i < list.length; i++) {
    const tables = list[i];
    const at = Array.isArray(value) ? [...path, i] : path;
    if (!isRecord(tables)) throw inputError(code, at, 'object', tables);
    const locales = Object.entries(tables).map(([locale, table]) => {
      if (!isRecord(table)) throw inputError(code, [...at, locale], 'object', table);
      const texts = Object.entries(table);
      for (const [key, text] of texts) if (typeof text !== 'string') throw inputError(code, [...at, locale, key], 'string', text);
      // `fromEntries` defines each key: a `__proto__` key is a text, not a prototype.
      return [locale, Object.freeze(Object.fromEntries(texts) as Record<string, string>)] as const;
    });
    const copy: LocaleTables = Object.fromEntries(locales);
    // A copy of a locale module stays the library's; one of a host's own table is the host's (see textContext).
    if (Object.hasOwn(tables, LIBRARY)) markLibrary(copy);
    else if (host) markHostWritten(copy);
    out.push(Object.freeze(copy));
  }
  return out;
}

/** The mark of a table of texts a host wrote into its taxonomy (its values' texts, its overrides, the tables it joined). */
const HOST_WRITTEN = Symbol.for('crm-taxonomy.host-written');
/** The mark of a locale module's tables (enumerable, so `{ ...zhHans, ...zhHant }` keeps it; keys and entries skip symbols). */
const LIBRARY = Symbol.for('crm-taxonomy.library-texts');

/** Marks a (not yet frozen) locale module as the library's. @internal */
export function markLibrary<T extends LocaleTables>(tables: T): T {
  (tables as Record<symbol, unknown>)[LIBRARY] = true;
  return tables;
}

/** Marks a (not yet frozen) table as written by the host: it wins over a call's `texts`. @internal */
export function markHostWritten<T extends LocaleTables>(tables: T): T {
  Object.defineProperty(tables, HOST_WRITTEN, { value: true });
  return tables;
}

const hostWritten = (tables: LocaleTables): boolean => Object.hasOwn(tables, HOST_WRITTEN);

/**
 * A render context for a call's options. Tables are searched in this order: what a host wrote
 * into its taxonomy (its own values' texts, its overrides and the tables of its own it joined,
 * newest first, which a locale module passed for the rest must not undo), the call's `texts`
 * (unchecked: what is not a table is skipped), then the rest of `extra` and `builtin` (the locale
 * modules a taxonomy joined, a machine's tables, the built-in ones).
 * @internal
 */
export function textContext(options: TextOptions, builtin: readonly LocaleTables[], extra: readonly LocaleTables[] = [], money?: MoneyFormat): RenderContext {
  const rest = [...extra, ...builtin];
  return renderContext(options.locale ?? 'en', [...rest.filter(hostWritten), ...givenTables(options.texts), ...rest.filter((t) => !hostWritten(t))], money);
}

/**
 * How amounts in messages are written. With a `currency` (ISO 4217), amounts are formatted as
 * money by `Intl.NumberFormat`; `minorUnitExponent` says how many decimal places the stored
 * integers carry (2 for cents). Without a currency, amounts are written as numbers that name
 * their unit ("118,000 amount units").
 */
export interface MoneyFormat {
  /** ISO 4217 code of the amounts (`'USD'`, `'CNY'`). */
  readonly currency?: string;
  /** Decimal places the stored integers carry, an integer 0..8: 2 when amounts are cents, 0 (the default) when they are whole units. */
  readonly minorUnitExponent?: number;
}

/**
 * A host's money format, checked where options come in: an object whose `currency` is a non-empty
 * string and whose `minorUnitExponent` is an integer 0..8 (`invalid_argument` at `path` otherwise),
 * as a copy of the fields read once; `undefined` when none is given.
 * @internal
 */
export function readMoney(value: unknown, path: ErrorPath): MoneyFormat | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw inputError('invalid_argument', path, 'object', value);
  const { currency, minorUnitExponent: e } = value;
  if (currency !== undefined && (typeof currency !== 'string' || currency === '')) throw inputError('invalid_argument', [...path, 'currency'], 'non_empty_string', currency);
  if (e !== undefined && !(typeof e === 'number' && Number.isInteger(e) && e >= 0 && e <= 8)) {
    throw inputError('invalid_argument', [...path, 'minorUnitExponent'], 'integer', e, { min: 0, max: 8 });
  }
  // The fields as read and checked, once: a getter's next answer is never written.
  return { currency, minorUnitExponent: e } as MoneyFormat;
}

/** What a template is rendered with. @internal */
export interface RenderContext {
  /** The negotiated locale. */
  readonly locale: string;
  /** The tag numbers are written for: the requested one when the negotiated table is in its language (`en-IN` reads `12,34,567.5` from the `en` table), else the table's. */
  readonly numbers: string;
  /** Where to look a key up: the tables' locale keys as written, most specific first (ends in `en`). */
  readonly chain: readonly string[];
  /** Text tables, searched in order (a host's first, then the built-in ones). */
  readonly tables: readonly LocaleTables[];
  readonly money?: MoneyFormat | undefined;
}

const MAX_DEPTH = 4;
/** Nested texts one render may expand: a host's template that names itself many times stays small. */
const MAX_NESTED = 256;
/** Characters one render may write before its remaining placeholders become `…` (a message is a few hundred). */
const MAX_CHARS = 100_000;

/** What is left of one render's budget: nested texts, and characters. */
interface Budget {
  left: number;
  chars: number;
}

/** Keys of names and sentences, whose text is never empty (`bounds.none` and the like may be). */
const NAMED_KEY = /\.(label|description|why|forbidden|refusal)$/;

/** The text of a key and the locale key of the table that has it (see {@link lookup}). @internal */
export function find(ctx: Pick<RenderContext, 'chain' | 'tables'>, key: string): readonly [text: string, locale: string] | undefined {
  for (const tag of ctx.chain) {
    for (const tables of ctx.tables) {
      const table = Object.hasOwn(tables, tag) ? tables[tag] : undefined;
      const text = isRecord(table) && Object.hasOwn(table, key) ? table[key] : undefined;
      // A name or a sentence (a label, a description, a reason) is never empty: an empty one is no text, and the search goes on.
      if (typeof text === 'string' && (text !== '' || !NAMED_KEY.test(key))) return [text, tag];
    }
  }
  return undefined;
}

/**
 * The text of a key in the context's locale chain, searching the tables in order for each tag
 * of the chain. `undefined` when no table has it.
 * @internal
 */
export const lookup = (ctx: Pick<RenderContext, 'chain' | 'tables'>, key: string): string | undefined => find(ctx, key)?.[0];

/**
 * The text of a key rendered (see {@link render}), the key itself when no table has it. Its
 * plurals follow the locale of the table it came from: an English text a `ja` request fell back
 * to says "the fact … is missing". A label, a description or a reason (a key ending in `.label`,
 * `.description`, `.why` or `.forbidden`) is text as written, as it is where a template nests it.
 * @internal
 */
export function renderKey(ctx: RenderContext, key: string, params: MessageParams, depth = 0, budget: Budget = { left: MAX_NESTED, chars: MAX_CHARS }): string {
  const found = find(ctx, key);
  return found === undefined ? key : AS_WRITTEN.test(key) ? found[0] : render(ctx, found[0], params, depth, budget, found[1]);
}

/** The keys whose texts are written as they are, never read as templates: labels, descriptions, a host's reasons. */
const AS_WRITTEN = /\.(label|description|why|forbidden)$/;

/**
 * The tag itself when `Intl` has data for it, else `en`: for a tag it does not know (a host's own
 * `tlh`, `und`) `Intl` takes the machine's default locale without a word, and the same message
 * would read `118.000,5` on one machine and `118,000.5` on the next. Throws for a malformed tag.
 */
function known(service: { supportedLocalesOf(tag: string): string[] }, locale: string): string {
  const tag = locale.replace(/_/g, '-');
  return service.supportedLocalesOf(tag).length > 0 ? tag : 'en';
}

/** Formatters are costly to build; keep the few a process uses. */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions, key: string): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let format = formatters.get(id);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(known(Intl.NumberFormat, locale), options);
    } catch {
      // A tag Intl does not take (a host's own table key): English, with the same options (the
      // currency and its digits are checked where they come in).
      format = new Intl.NumberFormat('en', options);
    }
    if (formatters.size > 64) formatters.clear();
    formatters.set(id, format);
  }
  return format;
}

/** A share with exactly `digits` decimals, as the locale writes it (`12.3%`, `12,3 %`), −0 as 0. @internal */
export function fixedShare(locale: string, share: number, digits: number): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }, `q${digits}`).format(unsignedZero(share, digits + 2));
}

/** `value`, or 0 when it shows as zero at `digits` fraction digits (no "-0" for −0 or −0.001). */
function unsignedZero(value: number, digits: number): number {
  return Math.abs(value) < 0.5 / 10 ** digits ? 0 : value;
}

/**
 * A plain number: from 10 on with two decimals, below 10 with four significant digits (a margin
 * of 0.1499 against a bound of 0.15 reads as 0.1499, not 0.15); from 10^21 on, and below 10^-6, in
 * scientific notation (a bound of 1E30, not 31 digits); −0 is 0. Options every engine with `Intl`
 * knows (no `roundingPriority`, which older ones ignore).
 */
function formatNumber(ctx: RenderContext, value: number): string {
  const size = Math.abs(value);
  if (size >= 1e21 || (size < 1e-6 && size > 0)) return numberFormat(ctx.numbers, { notation: 'scientific', maximumSignificantDigits: 16 }, 'e').format(value);
  return size >= 10 ? numberFormat(ctx.numbers, { maximumFractionDigits: 2 }, 'n').format(value) : numberFormat(ctx.numbers, { maximumSignificantDigits: 4 }, 's').format(value === 0 ? 0 : value);
}

/**
 * An amount in minor units, in major units: for an integer, the decimal `String` writes with its
 * exponent shifted (`12345e-2`; `1e21` for 1e23 cents), which `Intl.NumberFormat` formats exactly
 * (dividing would round 2^53 − 1 cents by a cent and write 1e23 cents as …999,900,000.00);
 * otherwise the quotient.
 */
function majorUnits(value: number, exponent: number): number {
  if (exponent === 0 || !Number.isInteger(value)) return value / 10 ** exponent;
  // A numeric string: `format` takes one (ECMA-402 2023) and reads it as the exact decimal.
  // `String` writes every digit of an integer below 1e21 and `1.23e+30` from there on.
  return String(value).replace(/(?:e\+(\d+))?$/, (_, e: string | undefined) => `e${Number(e ?? 0) - exponent}`) as unknown as number;
}

function formatAmount(ctx: RenderContext, value: number, extra: number): string {
  // Checked where the options come in (`readMoney`): an integer 0..8, 0 when not given.
  const exponent = ctx.money?.minorUnitExponent ?? 0;
  const currency = ctx.money?.currency;
  // With a currency the last digit shown is the minor unit (and `extra` more); without, at least two decimals.
  const named = typeof currency === 'string' && currency !== '';
  const digits = exponent + extra;
  const major = majorUnits(unsignedZero(value, named ? extra : Math.max(exponent, 2) - exponent + extra), exponent);
  if (named) {
    const plain = numberFormat(ctx.numbers, { minimumFractionDigits: digits, maximumFractionDigits: digits }, `f${digits}`).format(major);
    // Not an ISO 4217 code: write the number and what the host called its unit.
    if (!/^[A-Za-z]{3}$/.test(currency)) return `${plain} ${currency}`;
    return numberFormat(ctx.numbers, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }, `c${currency}${digits}`).format(major);
  }
  const number = numberFormat(ctx.numbers, { minimumFractionDigits: exponent, maximumFractionDigits: Math.max(exponent, 2) + extra }, `u${exponent}${extra}`).format(major);
  return `${number}${lookup(ctx, 'word.amount_unit') ?? ' amount units'}`;
}

/**
 * `value` written by `write` at `base` decimals, or at more (up to `most` while it reads as zero,
 * up to `last` while it reads as a different number among the parameters `arg` names
 * (`{p:percent:q}`, `{v:amount:a,b}`): a value beside the threshold it is compared with never
 * reads as the threshold (49.9999999999999% is not "50% (below 50%)"), and a loss of a tenth of a
 * cent is not written $0.00.
 */
function beside(write: (digits: number, x: number) => string, value: number, arg: string | undefined, params: MessageParams, base: number, most: number, last: number): string {
  const others = arg?.split(',').map((name) => params[name]) ?? [];
  const reads = (digits: number, o: unknown): boolean => typeof o === 'number' && o !== value && write(digits, o) === write(digits, value);
  // The digits from `from` on, up to `last`, that tell the value from what `same` compares, or `from` when none do.
  const until = (from: number, same: (digits: number) => boolean, last: number): number => {
    let digits = from;
    while (digits < last && same(digits)) digits++;
    return same(digits) ? from : digits;
  };
  // From zero first, up to `most` more decimals (a loss of a tenth of a cent is not $0.00, a share
  // of 1e-9 not 0%), then from the figures it is compared with (five more at most).
  const fromZero = until(base, (digits) => reads(digits, 0), most);
  return write(until(fromZero, (digits) => others.some((o) => reads(digits, o)), last), value);
}

function plural(locale: string, value: unknown, forms: string): string {
  const [one = '', other = one] = forms.split('|');
  // A bigint is counted as `scalar` writes it (a safe one as its number, a larger one as many).
  const n = Array.isArray(value) ? value.length : typeof value === 'bigint' ? Number(value) : value;
  if (typeof n !== 'number') return other;
  let category: string;
  try {
    category = new Intl.PluralRules(known(Intl.PluralRules, locale)).select(n);
  } catch {
    category = n === 1 ? 'one' : 'other';
  }
  return category === 'one' ? one : other;
}

/** `@name` in a key pattern is the parameter's value; `*` is the value being formatted. */
function keyOf(pattern: string, value: string, params: MessageParams): string {
  return pattern
    .replace(/@(\w+)/g, (_, name: string) => {
      const p = Object.hasOwn(params, name) ? params[name] : undefined;
      return typeof p === 'string' || typeof p === 'number' ? String(p) : '';
    })
    .replace('*', value);
}

function scalar(ctx: RenderContext, given: unknown, kind: string | undefined, arg: string | undefined, params: MessageParams, depth: number, budget: Budget): string {
  // A bigint a double holds exactly is a number to write; a larger one is written as its digits, never as money.
  const value = typeof given === 'bigint' && Number.isSafeInteger(Number(given)) ? Number(given) : given;
  // What no template can write: nothing (an item of a list), not a number, an object.
  if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return '?';
  if (value === null) return lookup(ctx, 'word.not_given') ?? '?';
  if (typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol') return '?';
  switch (kind) {
    case 'amount':
    case 'percent':
      if (typeof value !== 'number') return typeof value === 'bigint' ? '?' : String(value);
      // Beside what it is compared with (`{p:percent:q}`), with the decimals that tell the two
      // apart: 49.96% never reads as its threshold's 50%, nor 29.996 as 30.00. Within half of the
      // last digit shown, zero is 0 %, not -0 %.
      // An amount shows at most five decimals past its minor unit to tell it from zero: less is the
      // residue of a sum of doubles ($0.00 for −1e-12 cents); beside the figure it is compared
      // with, as many as tell them apart (12 more at most: with a minor unit of 8 decimals, the 20
      // every `Intl` writes). A share shows up to the 20 decimals `Intl` writes: a probability of
      // 1e-9 is one (a lapsed customer was "alive at 0%").
      return kind === 'amount'
        ? beside((extra, x) => formatAmount(ctx, x, extra), value, arg, params, 0, 5, 12)
        : Math.abs(value) >= 1e19 || (value !== 0 && Math.abs(value) < 1e-20)
          ? // A share of 10^21 % or more, or one no 20 decimals tell from zero, in scientific notation, as a plain number is (not 400 digits, not 0%).
            `${formatNumber(ctx, value * 100)}%`
          : beside((digits, x) => numberFormat(ctx.numbers, { style: 'percent', maximumFractionDigits: digits }, `p${digits}`).format(unsignedZero(x, digits + 2)), value, arg, params, 1, 20, 20);
    case 'value': {
      // A received value as describeValue wrote it: the tokens for values without a text of their own are words.
      const token = /^\((none|unknown|object|function|symbol|array) ?(?:of \d+)?\)$/.exec(String(value));
      return (token === null ? undefined : lookup(ctx, `word.value.${token[1]}`)) ?? String(value);
    }
    case 'position':
      // A 0-based index as people count: index 0 is the 1st record.
      return typeof value === 'number' ? formatNumber(ctx, value + 1) : String(value);
    case 'text': {
      // A nested text: the key pattern names it (`taxonomy.@dimension.*.label`); the value itself when none has it.
      const id = String(value);
      if (arg === undefined || depth >= MAX_DEPTH || budget.left <= 0 || budget.chars <= 0) return id;
      budget.left--;
      // Labels, descriptions and a host's reasons are text as written ('Gold {VIP}'); the rest
      // (refusals, details, bounds) are templates.
      const found = find(ctx, keyOf(arg, id, params));
      if (found === undefined) return id;
      return AS_WRITTEN.test(arg) ? found[0] : render(ctx, found[0], params, depth + 1, budget, found[1]);
    }
  }
  if (typeof value === 'number') return formatNumber(ctx, value);
  return String(value);
}

/**
 * Renders a template: `{name}` writes a parameter (numbers grouped for the locale), and
 * `{name:kind}` or `{name:kind:arg}` formats it — `amount` (money, see {@link MoneyFormat}),
 * `percent` (a share; `{p:percent:q}` with the decimals that tell p from the share q, `{p:percent:q,r}` from either; the same for `amount`), `position` (a 0-based index as people count it, from 1), `value` (a received value, the words for
 * a value without text of its own — nothing, an object, a list — in the locale), `plural:one|other` (the word for the number, not the number),
 * `text:key.pattern` (the text of another key, `*` standing for the value, `@p` for parameter `p`;
 * a label, a description or a host's reason — a pattern ending in `.label`, `.description`,
 * `.why` or `.forbidden` — is written as it is, any other text is rendered as a template).
 * A list parameter is formatted item by item and joined with the locale's separator. A parameter
 * given as `null` (a value the caller does not know) is written as the locale's "not given"; a
 * missing one as `?`, and so is one no template can write (an object, `NaN`, an `undefined` list
 * item; infinities are `∞`), so a message never shows an unfilled placeholder, `[object Object]` or
 * `undefined` (tests hold every message to having its parameters). One render expands at most
 * 256 nested texts. Plurals follow the rules of `plurals`, the locale of the table the template
 * came from ({@link renderKey} passes it; the context's locale by default).
 * @internal
 */
export function render(ctx: RenderContext, template: string, params: MessageParams, depth = 0, budget: Budget = { left: MAX_NESTED, chars: MAX_CHARS }, plurals = ctx.locale): string {
  return template.replace(/\{(\w+)(?::(\w+)(?::([^{}]*))?)?\}/g, (_, name: string, kind: string | undefined, arg: string | undefined) => {
    // Past the text budget a placeholder is an ellipsis: a host's table that multiplies itself
    // (a list parameter in a text that names itself) ends short, not in a string too long to build.
    if (budget.chars <= 0) return '…';
    const piece = fill(name, kind, arg);
    budget.chars -= piece.length;
    return piece;
  });

  function fill(name: string, kind: string | undefined, arg: string | undefined): string {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (kind === 'plural') return plural(plurals, value, arg ?? '');
    if (value === undefined) return '?';
    if (value === null) return lookup(ctx, 'word.not_given') ?? '?';
    if (Array.isArray(value)) {
      if (value.length === 0) return lookup(ctx, 'word.none') ?? 'none';
      const parts: string[] = [];
      for (const item of value) {
        if (budget.chars <= 0) {
          parts.push('…');
          break;
        }
        parts.push(scalar(ctx, item, kind, arg, params, depth, budget));
      }
      return parts.join(lookup(ctx, 'word.list_separator') ?? ', ');
    }
    return scalar(ctx, value, kind, arg, params, depth, budget);
  }
}

/**
 * A render context for a requested locale: negotiates the tag against the locales the tables
 * offer (their keys matched as `resolveLocale` matches them: in any case, `_` read as `-`), then
 * builds the lookup chain of the keys as written.
 * @internal
 */
export function renderContext(tag: unknown, tables: readonly LocaleTables[], money?: MoneyFormat): RenderContext {
  // The tables' locale keys as written, by what they match (`pt_BR` and `pt-br` both match `pt-BR`).
  const available = new Map<string, string | undefined>();
  for (const t of tables) for (const locale of Object.keys(t)) if (isRecord(t[locale])) available.set(locale, tagKey(locale));
  const requested = localeChain(tag);
  const chain = requested.flatMap((c) => [...available.keys()].filter((a) => available.get(a) === c.toLowerCase()));
  const locale = chain[0] ?? 'en';
  const language = (t: string): string | undefined => tagKey(t)?.split('-')[0];
  return { locale, numbers: language(requested[0]!) === language(locale) ? requested[0]! : locale, chain: chain.length > 0 ? chain : ['en'], tables, money };
}
