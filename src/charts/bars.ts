import { inputError, optionsRecord } from '../errors/index.js';
import { exactSum } from '../records/index.js';
import { AMOUNT_BOUNDS, isAmount } from '../scoring/shapes.js';
import { readColors, segmentStyle, type ColorInput } from './palette.js';
import { CHART_KEYS, records, attrs, countOf, escapeXml, fitText, formatShare, MAX_SIZE, maxOf, size, svgDocument, text, textWidth, type ChartOptions } from './svg.js';
import { chartText, optionsContext } from './texts.js';

/** The size of one segment: its id, its customers, optionally its revenue, and a label (the segment's text in the chart's locale otherwise). */
export interface SegmentSize {
  readonly id: string;
  /** Its customers: a whole number. */
  readonly count: number;
  /** Their revenue in the host's unit, at most 1e30 in magnitude. */
  readonly revenue?: number;
  readonly label?: string;
}

/** Options of {@link segmentBars}: sizes, locale, texts, colours of segments, and whether to show each segment's share of revenue. */
export interface SegmentBarsOptions extends ChartOptions {
  /** Colours by segment id (a `Map` or a record), over {@link SEGMENT_COLORS}. */
  readonly colors?: ColorInput;
  /** Show the share of revenue (needs `revenue` on the sizes; default: when every size has it). */
  readonly showRevenue?: boolean;
}

/**
 * Horizontal bars of segment sizes, in the order given: the segment's label, a bar coloured by
 * segment, and the number and share of customers (and of revenue, when known). The height follows
 * the number of segments (16 + 30 per segment) unless `height` is given; like a given height it is
 * at most 20,000, so past 666 segments the default stays 20,000 and the rows narrow. Counts are
 * whole numbers of customers (`invalid_argument`, expected `integer`, otherwise).
 *
 * @example
 * ```ts
 * import { segmentBars } from 'crm-taxonomy/charts';
 *
 * const svg = segmentBars([
 *   { id: 'champions', count: 30 },
 *   { id: 'lost', count: 70 },
 *   { id: 'r&d <team>', count: 5, label: 'R&D <team>' },
 * ]);
 * svg.match(/<rect class="bar"/g)?.length; //=> 3
 * svg.includes('R&amp;D &lt;team&gt;'); //=> true
 * svg.includes('70 (66.7%)'); //=> true
 * ```
 */
export function segmentBars(sizes: readonly SegmentSize[], input?: SegmentBarsOptions): string {
  const options = optionsRecord(input, [...CHART_KEYS, 'colors', 'showRevenue']);
  records<SegmentSize>(sizes, ['sizes']).forEach((s, i) => {
    if (typeof s.id !== 'string') throw inputError('invalid_argument', ['sizes', i, 'id'], 'string', s.id);
    if (s.label !== undefined && typeof s.label !== 'string') throw inputError('invalid_argument', ['sizes', i, 'label'], 'string', s.label);
    countOf(s.count, ['sizes', i, 'count']);
    // An amount as every reader of amounts bounds it (1e30): no total of them overflows.
    if (s.revenue !== undefined && !isAmount(s.revenue)) throw inputError('invalid_argument', ['sizes', i, 'revenue'], 'number', s.revenue, AMOUNT_BOUNDS);
  });
  const ctx = optionsContext(options);
  const style = segmentStyle(readColors(options.colors), ctx);
  const rowHeight = 30;
  const top = 8;
  const width = size(options.width, 760, 'width', 120);
  const height = size(options.height, Math.min(MAX_SIZE, top * 2 + Math.max(1, sizes.length) * rowHeight), 'height', 30);
  const row = sizes.length === 0 ? rowHeight : Math.min(rowHeight * 1.6, (height - top * 2) / sizes.length);
  const totalCount = sizes.reduce((s, x) => s + x.count, 0);
  const showRevenue = options.showRevenue ?? (sizes.length > 0 && sizes.every((s) => s.revenue !== undefined));
  // Net revenue, as the heat map's shares (`rfmGridFromScores`): a segment of refunds shows its negative share.
  const totalRevenue = exactSum(sizes.map((x) => x.revenue ?? 0));
  const max = sizes.reduce((m, x) => Math.max(m, x.count), 0);
  const fs = Math.max(9, Math.min(13, row * 0.45));

  const labels = sizes.map((s) => s.label ?? style.label(s.id));
  const labelWidth = Math.min(width * 0.34, maxOf(labels.map((l) => textWidth(l, fs)), 40) + 18);
  const valueText = (s: SegmentSize): string =>
    chartText(ctx, showRevenue ? 'barValueRevenue' : 'barValue', {
      count: s.count,
      share: formatShare(ctx, totalCount > 0 ? s.count / totalCount : 0),
      // The host's wording of the share of revenue (`chart.ofRevenue`) holds here as in the heat map.
      revenue: chartText(ctx, 'ofRevenue', { share: formatShare(ctx, totalRevenue > 0 ? (s.revenue ?? 0) / totalRevenue : 0) }),
    });
  const values = sizes.map(valueText);
  const valueWidth = Math.min(width * 0.4, maxOf(values.map((v) => textWidth(v, fs * 0.92)), 0) + 16);
  const barLeft = labelWidth;
  const barSpace = Math.max(10, width - barLeft - valueWidth - 8);

  let body = `<g class="bars">`;
  sizes.forEach((s, i) => {
    const y = top + i * row;
    const w = max > 0 ? (s.count / max) * barSpace : 0;
    const color = style.color(s.id);
    body += `<g${attrs({ class: 'bar-group', 'data-segment': s.id })}><title>${escapeXml(chartText(ctx, 'barTip', { label: labels[i]!, value: values[i]! }))}</title>`;
    body += text(barLeft - 10, y + row / 2 + fs * 0.35, fitText(labels[i]!, labelWidth - 12, fs), { 'text-anchor': 'end', 'font-size': fs, fill: '#1b1f24' });
    body += `<rect${attrs({ class: 'bar', x: barLeft, y: y + row * 0.18, width: Math.max(s.count > 0 ? 1 : 0, w), height: row * 0.64, rx: 3, fill: color })}/>`;
    body += text(barLeft + Math.max(s.count > 0 ? 1 : 0, w) + 6, y + row / 2 + fs * 0.35, values[i]!, { 'font-size': fs * 0.92, fill: '#424a53' });
    body += `</g>`;
  });
  body += `</g>`;

  const largest = sizes.reduce<SegmentSize | undefined>((m, x) => (m === undefined || x.count > m.count ? x : m), undefined);
  const title = options.title ?? chartText(ctx, 'barsTitle');
  const description =
    options.description ??
    (largest === undefined
      ? chartText(ctx, 'barsEmpty')
      : chartText(ctx, 'barsDesc', {
          customers: totalCount,
          // The number itself, for a template's plural (`{total:plural:customer|customers}`).
          total: totalCount,
          segments: sizes.length,
          largest: largest.label ?? style.label(largest.id),
          count: largest.count,
          share: formatShare(ctx, totalCount > 0 ? largest.count / totalCount : 0),
        }));
  return svgDocument('segment-bars', width, height, title, description, body);
}
