import { lookup, type RenderContext, type TextInput } from '../i18n/index.js';

/**
 * The colour of every built-in segment: the 11 RFM segments (greens for the best customers, blues
 * for new ones, ambers and reds for those slipping away, greys for the lost), the eight classes
 * and the ABC classes (`a`, `b`, `c`). Pass your own `Map` as `colors` to any chart to override.
 *
 * @example
 * ```ts
 * import { SEGMENT_COLORS } from 'crm-taxonomy/charts';
 *
 * SEGMENT_COLORS.get('champions'); //=> '#1a7f37'
 * SEGMENT_COLORS.get('lost'); //=> '#57606a'
 * ```
 */
export const SEGMENT_COLORS: ReadonlyMap<string, string> = new Map([
  ['champions', '#1a7f37'],
  ['loyal_customers', '#3fa55b'],
  ['potential_loyalists', '#8cc265'],
  ['new_customers', '#0969da'],
  ['promising', '#6cb6ff'],
  ['need_attention', '#e6b422'],
  ['about_to_sleep', '#f0883e'],
  ['at_risk', '#e5534b'],
  ['cant_lose_them', '#a40e26'],
  ['hibernating', '#9aa4ae'],
  ['lost', '#57606a'],
  ['important_value', '#1a7f37'],
  ['important_development', '#0969da'],
  ['important_retention', '#bf8700'],
  ['important_win_back', '#cf222e'],
  ['general_value', '#8cc265'],
  ['general_development', '#6cb6ff'],
  ['general_retention', '#e6b422'],
  ['general_win_back', '#9aa4ae'],
  ['a', '#1a7f37'],
  ['b', '#bf8700'],
  ['c', '#9aa4ae'],
]);

/**
 * Colours for ids without a colour of their own, taken in order of first appearance.
 *
 * @example
 * ```ts
 * import { CATEGORICAL_PALETTE } from 'crm-taxonomy/charts';
 *
 * CATEGORICAL_PALETTE.length; //=> 10
 * ```
 */
export const CATEGORICAL_PALETTE: readonly string[] = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

/** Colour of an empty cell or an unknown segment. */
export const EMPTY_COLOR = '#eef1f4';

/**
 * A labelled thing a chart can name: an id and a label in several locales (every
 * `SegmentDefinition` of `crm-taxonomy` is one).
 *
 * @example
 * ```ts
 * import type { LabelledId } from 'crm-taxonomy/charts';
 *
 * const vip: LabelledId = { id: 'vip', label: { en: 'VIP', 'zh-Hans': '贵宾' } };
 * vip.label.en; //=> 'VIP'
 * ```
 */
export interface LabelledId {
  readonly id: string;
  readonly label: TextInput;
}

/** Resolves colours and labels of segment ids for one chart: a host's labels first, then the built-in segments, eight classes and ABC classes. */
export function segmentStyle(colors: ReadonlyMap<string, string> | undefined, segments: readonly LabelledId[] | undefined, ctx: RenderContext) {
  const assigned = new Map<string, string>();
  const color = (id: string | undefined): string => {
    if (id === undefined) return EMPTY_COLOR;
    const own = colors?.get(id) ?? SEGMENT_COLORS.get(id) ?? assigned.get(id);
    if (own !== undefined) return own;
    const next = CATEGORICAL_PALETTE[assigned.size % CATEGORICAL_PALETTE.length]!;
    assigned.set(id, next);
    return next;
  };
  const own = new Map((segments ?? []).map((s) => [s.id, s.label] as const));
  const label = (id: string): string => {
    const text = own.get(id);
    if (text !== undefined) {
      for (const tag of ctx.chain) if (typeof text[tag] === 'string') return text[tag] as string;
      return text.en;
    }
    return lookup(ctx, `segment.${id}.label`) ?? lookup(ctx, `eight_class.${id}.label`) ?? lookup(ctx, `taxonomy.abc_class.${id}.label`) ?? id;
  };
  return { color, label };
}
