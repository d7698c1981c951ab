import { inputError, isRecord, type ErrorPath } from '../errors/index.js';
import { fixedShare, type LocaleTables, type RenderContext } from '../i18n/index.js';

/**
 * Escapes text for XML content and attribute values: `&`, `<`, `>`, `"` and `'`. Characters XML 1.0
 * does not allow at all (controls other than tab, line feed and carriage return, lone surrogates)
 * are replaced by U+FFFD so the SVG always parses.
 *
 * @example
 * ```ts
 * import { escapeXml } from 'crm-taxonomy/charts';
 *
 * escapeXml('R&D <"VIP">'); //=> 'R&amp;D &lt;&quot;VIP&quot;&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate or length written with at most two decimals, never `-0`. */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** A share with one decimal, as the chart's locale writes it: `0.1234` → `12.3%` (`12,3 %` in `de`). */
export const formatShare = (ctx: RenderContext, share: number): string => fixedShare(ctx.numbers, share, 1);

/** Estimated rendered width of a text (generous, for wide fonts such as DejaVu Sans): CJK and
 * full-width characters count 1 em, Latin letters and digits ~0.62 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) em += 1;
    else if (/[MW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else if (/[mw]/.test(ch)) em += 0.9;
    else if (/[iljtf.,:;'|!]/.test(ch)) em += 0.34;
    else if (ch === ' ') em += 0.32;
    else em += 0.62;
  }
  return em * fontSize;
}

/** Shortens a text to a maximum estimated width, ending it with `…`: one pass over the characters, whatever the text's length. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize);
  let width = 0;
  let kept = '';
  for (const ch of text) {
    width += textWidth(ch, fontSize);
    if (width > room) break;
    kept += ch;
  }
  return kept === '' ? '' : `${kept.trimEnd()}…`;
}

/** An attribute list from pairs; `undefined` values are left out. Values are escaped. */
export function attrs(pairs: Readonly<Record<string, string | number | undefined>>): string {
  let out = '';
  for (const [k, v] of Object.entries(pairs)) {
    if (v === undefined) continue;
    out += ` ${k}="${escapeXml(typeof v === 'number' ? num(v) : v)}"`;
  }
  return out;
}

/** A `<text>` element with escaped content. */
export function text(x: number, y: number, content: string, extra: Readonly<Record<string, string | number | undefined>> = {}): string {
  return `<text${attrs({ x, y, ...extra })}>${escapeXml(content)}</text>`;
}

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** The keys of {@link ChartOptions}, which every chart takes. @internal */
export const CHART_KEYS: readonly string[] = ['width', 'height', 'locale', 'title', 'description', 'texts'];

/** Options every chart takes: its size in pixels, the locale of its texts, a host's texts, and its accessible title and description. */
export interface ChartOptions {
  /** Width of the SVG in user units (pixels); each chart has its own default. */
  readonly width?: number;
  /** Height of the SVG; each chart has its own default. */
  readonly height?: number;
  /** Locale of the built-in texts, of labels and of numbers (`Intl.NumberFormat`): any BCP 47 tag, negotiated (`zh-TW` → `zh-Hant`, `de` → `en`); `en` by default. */
  readonly locale?: string;
  /** The accessible title (`<title>`); a localized default otherwise. */
  readonly title?: string;
  /** The accessible description (`<desc>`); a summary of the data otherwise. */
  readonly description?: string;
  /** Texts by locale and key over the built-in English, or a list of such tables: a locale module (`crm-taxonomy/locales/zh-Hans`), labels of a host's own segments (`segment.<id>.label`), its wording of a chart text (`chart.<key>`). */
  readonly texts?: LocaleTables | readonly LocaleTables[];
}

/** The largest width or height of a chart, in user units. @internal */
export const MAX_SIZE = 20_000;

/** Checks a size option: a finite number from min to 20,000, or the default. */
export function size(value: unknown, fallback: number, key: string, min = 50): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_SIZE) {
    throw inputError('invalid_argument', ['options', key], 'number', value, { min, max: MAX_SIZE });
  }
  return value;
}

/** Throws `invalid_argument` unless the value is a finite number. */
export function finite(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw inputError('invalid_argument', path, 'number', value);
  }
  return value;
}

/** A count of customers: an integer 0..2^53 − 1, so no total of them overflows (`invalid_argument` at `path`, expected `integer`). @internal */
export function countOf(value: unknown, path: readonly (string | number)[]): number {
  if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER)) {
    throw inputError('invalid_argument', path, 'integer', value, { min: 0, max: Number.MAX_SAFE_INTEGER });
  }
  return value;
}

/** The largest of `floor` and the values, in one loop (`Math.max(...list)` overflows the stack past ~100,000 items). @internal */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The opening `<svg>` with `role="img"`, `<title>` and `<desc>`, and the closing tag around a body. */
export function svgDocument(kind: string, width: number, height: number, title: string, description: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ class: `crm-chart crm-chart-${kind}`, width, height, viewBox: `0 0 ${num(width)} ${num(height)}`, role: 'img', 'aria-label': title, 'font-family': FONT_FAMILY })}>` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>${body}</svg>`
  );
}

/** Relative luminance of a `#rrggbb` colour (0 black … 1 white); 0.5 for anything else. */
export function luminance(color: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (m === null) return 0.5;
  const ch = (hex: string): number => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(m[1]!) + 0.7152 * ch(m[2]!) + 0.0722 * ch(m[3]!);
}

/** Dark or white text, whichever contrasts more with a background colour. */
export function inkOn(background: string): string {
  const l = luminance(background);
  return (l + 0.05) / (0.0156 + 0.05) > (1.05 / (l + 0.05)) * 1.15 ? '#1b1f24' : '#ffffff';
}

/** A list of records at a public entry: an array whose every item (holes included) is an object; `invalid_argument` otherwise. */
export function records<T>(value: unknown, path: ErrorPath): readonly T[] {
  if (!Array.isArray(value)) throw inputError('invalid_argument', path, 'array', value);
  for (let i = 0; i < value.length; i++) if (!isRecord(value[i])) throw inputError('invalid_argument', [...path, i], 'object', value[i]);
  return value as readonly T[];
}
