import { inputError, isRecord } from '../errors/index.js';
import { checkTextTables, lookup, type LocaleTables, type RenderContext } from '../i18n/index.js';
import { deepFreeze } from '../shape/index.js';

/**
 * The colour of every built-in segment: the 11 RFM segments (greens for the best customers, blues
 * for new ones, ambers and reds for those slipping away, greys for the lost), the eight classes
 * and the ABC classes (`a`, `b`, `c`). A frozen record; pass your own `colors` to any chart to
 * override some. Frozen.
 *
 * @example
 * ```ts
 * import { SEGMENT_COLORS } from 'crm-taxonomy/charts';
 *
 * SEGMENT_COLORS.champions; //=> '#1a7f37'
 * SEGMENT_COLORS.lost; //=> '#57606a'
 * Object.isFrozen(SEGMENT_COLORS); //=> true
 * ```
 */
export const SEGMENT_COLORS: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  champions: '#1a7f37',
  loyal_customers: '#3fa55b',
  potential_loyalists: '#8cc265',
  new_customers: '#0969da',
  promising: '#6cb6ff',
  need_attention: '#e6b422',
  about_to_sleep: '#f0883e',
  at_risk: '#e5534b',
  cant_lose_them: '#a40e26',
  hibernating: '#9aa4ae',
  lost: '#57606a',
  important_value: '#1a7f37',
  important_development: '#0969da',
  important_retention: '#bf8700',
  important_win_back: '#cf222e',
  general_value: '#8cc265',
  general_development: '#6cb6ff',
  general_retention: '#e6b422',
  general_win_back: '#9aa4ae',
  a: '#1a7f37',
  b: '#bf8700',
  c: '#9aa4ae',
});

/**
 * Colours for ids without a colour of their own, taken in order of first appearance. Frozen.
 *
 * @example
 * ```ts
 * import { CATEGORICAL_PALETTE } from 'crm-taxonomy/charts';
 *
 * CATEGORICAL_PALETTE.length; //=> 10
 * CATEGORICAL_PALETTE[0]; //=> '#4e79a7'
 * ```
 */
export const CATEGORICAL_PALETTE: readonly string[] = /* @__PURE__ */ deepFreeze(['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac']);

/** Colour of an empty cell or an unknown segment. @internal */
export const EMPTY_COLOR = '#eef1f4';

/** Colours by id a host passes to a chart: a `Map` or a plain record (own keys only). */
export type ColorInput = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

/**
 * A colour a chart writes into `fill`: `#hex`, a name (`teal`, `currentColor`), `rgb(…)`, `hsl(…)`
 * (with their `a` forms) of numbers, or a CSS variable `var(--name)` — never `url(…)` or anything
 * else a viewer of the SVG would fetch.
 */
const COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,30}|(rgb|hsl)a?\([\d\s.,%/+a-z-]*\)|var\(--[\w-]+\))$/i;

function checkColor(color: unknown, path: readonly (string | number)[]): void {
  if (typeof color !== 'string') throw inputError('invalid_argument', path, 'string', color);
  if (!COLOR.test(color)) throw inputError('invalid_argument', path, 'color', color);
}

/** A host's colours, checked at the boundary: a `Map` or a record whose every colour is a colour ({@link COLOR}). @internal */
export function readColors(value: unknown, path: readonly (string | number)[] = ['options', 'colors']): ((id: string) => string | undefined) | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Map) {
    for (const [k, v] of value) checkColor(v, [...path, String(k)]);
    return (id) => value.get(id) as string | undefined;
  }
  if (!isRecord(value)) throw inputError('invalid_argument', path, 'object', value);
  for (const k of Object.keys(value)) checkColor(value[k], [...path, k]);
  return (id) => (Object.hasOwn(value, id) ? (value[id] as string) : undefined);
}

/** A host's text tables (`texts`), checked at the boundary: locale → key → template string. @internal */
export function readTexts(value: unknown, path: readonly (string | number)[] = ['options', 'texts']): LocaleTables[] {
  return checkTextTables(value, path);
}

/** The built-in colour of an id, own keys only (`__proto__` is an id like any other). */
function builtinColor(id: string): string | undefined {
  return Object.hasOwn(SEGMENT_COLORS, id) ? SEGMENT_COLORS[id] : undefined;
}

/**
 * Resolves colours and labels of segment ids for one chart. Colours: a host's first, then
 * {@link SEGMENT_COLORS}, then the palette in order of first appearance. Labels: the text
 * `segment.<id>.label` (RFM segments and the eight classes), then `taxonomy.abc_class.<id>.label`,
 * in the chart's locale (a host's `texts` win), then the id itself.
 * @internal
 */
export function segmentStyle(colors: ((id: string) => string | undefined) | undefined, ctx: RenderContext) {
  const assigned = new Map<string, string>();
  const color = (id: string | undefined): string => {
    if (id === undefined) return EMPTY_COLOR;
    const own = colors?.(id) ?? builtinColor(id) ?? assigned.get(id);
    if (own !== undefined) return own;
    const next = CATEGORICAL_PALETTE[assigned.size % CATEGORICAL_PALETTE.length]!;
    assigned.set(id, next);
    return next;
  };
  const label = (id: string): string => lookup(ctx, `segment.${id}.label`) ?? lookup(ctx, `taxonomy.abc_class.${id}.label`) ?? id;
  return { color, label };
}
