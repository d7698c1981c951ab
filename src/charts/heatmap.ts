import { inputError, optionsRecord } from '../errors/index.js';
import { readColors, segmentStyle, type ColorInput } from './palette.js';
import { CHART_KEYS, records, attrs, countOf, escapeXml, finite, fitText, formatShare, inkOn, size, svgDocument, text, type ChartOptions } from './svg.js';
import { chartNumber, chartText, optionsContext } from './texts.js';

/** One cell of the RFM grid: R and F scores, its customers, their revenue and share of it, and their most common segment. */
export interface RfmGridCell {
  /** Recency score, 1..scale (higher is more recent). */
  readonly r: number;
  /** Frequency score, 1..scale. */
  readonly f: number;
  /** Customers in the cell: a whole number. */
  readonly count: number;
  /** Their revenue in the host's unit (optional; the chart shows `revenueShare`). */
  readonly revenue?: number;
  /** Their share of the total net revenue: 0..1, or beyond when refunds make some cells' revenue negative. */
  readonly revenueShare: number;
  /** The most common segment of the cell's customers (not necessarily most of them); no colour when absent. */
  readonly segment?: string;
}

/** Options of {@link rfmHeatmap}: sizes, locale, texts, the score scale and colours of segments. */
export interface RfmHeatmapOptions extends ChartOptions {
  /** Number of scores per axis; the highest score in the cells by default. */
  readonly scale?: number;
  /** Colours by segment id (a `Map` or a record), over {@link SEGMENT_COLORS}. */
  readonly colors?: ColorInput;
}

/** The most scores per axis a grid draws (a grid of 20 × 20 cells is already past reading). */
const MAX_SCALE = 20;

/** The cells, checked, as copies of the fields read once (a getter cannot answer the check and the drawing differently). */
function readCells(cells: readonly RfmGridCell[]): RfmGridCell[] {
  const seen = new Set<string>();
  return records<Record<string, unknown>>(cells, ['cells']).map((c, i) => {
    const { r, f, count, revenueShare, segment } = c;
    for (const [key, v] of [['r', r], ['f', f]] as const) {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_SCALE) throw inputError('invalid_argument', ['cells', i, key], 'integer', v, { min: 1, max: MAX_SCALE });
    }
    countOf(count, ['cells', i, 'count']);
    finite(revenueShare, ['cells', i, 'revenueShare']);
    if (segment !== undefined && typeof segment !== 'string') throw inputError('invalid_argument', ['cells', i, 'segment'], 'string', segment);
    const key = `${r as number},${f as number}`;
    if (seen.has(key)) throw inputError('invalid_argument', ['cells', i], 'unique', key);
    seen.add(key);
    return { r, f, count, revenueShare, ...(segment === undefined ? {} : { segment }) } as RfmGridCell;
  });
}

/**
 * The RFM grid as an SVG heat map: recency score in rows (best at the top), frequency score in
 * columns (best on the right). Each cell is coloured by its most common segment and shows the
 * segment, the number of customers and the share of revenue; cells without customers are grey.
 * Every text is XML-escaped; the output is the same string for the same input.
 *
 * @example
 * ```ts
 * import { rfmHeatmap } from 'crm-taxonomy/charts';
 *
 * const svg = rfmHeatmap([
 *   { r: 2, f: 2, count: 40, revenueShare: 0.6, segment: 'champions' },
 *   { r: 2, f: 1, count: 25, revenueShare: 0.2, segment: 'new_customers' },
 *   { r: 1, f: 1, count: 70, revenueShare: 0.2, segment: 'lost' },
 * ], { width: 400, height: 300 });
 * svg.startsWith('<svg'); //=> true
 * svg.includes('role="img"'); //=> true
 * svg.match(/<rect class="cell"/g)?.length; //=> 4
 * svg.includes('Champions'); //=> true
 * ```
 */
export function rfmHeatmap(given: readonly RfmGridCell[], input?: RfmHeatmapOptions): string {
  const options = optionsRecord(input, [...CHART_KEYS, 'scale', 'colors']);
  const cells = readCells(given);
  const ctx = optionsContext(options);
  const width = size(options.width, 760, 'width', 120);
  const height = size(options.height, 540, 'height', 120);
  const highest = cells.reduce((m, c) => Math.max(m, c.r, c.f), 1);
  const scale = options.scale === undefined ? highest : size(options.scale, 5, 'scale', 1);
  if (!Number.isInteger(scale) || scale < highest || scale > MAX_SCALE) throw inputError('invalid_argument', ['options', 'scale'], 'integer', options.scale, { min: highest, max: MAX_SCALE });
  const style = segmentStyle(readColors(options.colors), ctx);
  const byKey = new Map(cells.map((c) => [`${c.r},${c.f}`, c]));
  const total = cells.reduce((s, c) => s + c.count, 0);

  const left = 64;
  const top = 12;
  const bottom = 56;
  const right = 12;
  const gap = 3;
  const cw = (width - left - right) / scale;
  const ch = (height - top - bottom) / scale;
  const big = Math.max(9, Math.min(20, ch * 0.26, cw * 0.18));
  const small = Math.max(8, Math.min(12, ch * 0.16, cw * 0.11));

  let body = `<g class="cells">`;
  for (let r = scale; r >= 1; r--) {
    for (let f = 1; f <= scale; f++) {
      const cell = byKey.get(`${r},${f}`);
      const x = left + (f - 1) * cw;
      const y = top + (scale - r) * ch;
      const count = cell?.count ?? 0;
      const fill = count > 0 ? style.color(cell?.segment) : style.color(undefined);
      const ink = count > 0 ? inkOn(fill) : '#8c959f';
      const segLabel = cell?.segment === undefined ? '' : style.label(cell.segment);
      const tip =
        count > 0
          ? chartText(ctx, 'cellTitle', { r, f, count, share: formatShare(ctx, cell?.revenueShare ?? 0), segment: segLabel || '—' })
          : chartText(ctx, 'emptyCell', { r, f });
      body += `<g${attrs({ class: 'cell-group', 'data-r': String(r), 'data-f': String(f), 'data-segment': count > 0 ? cell?.segment : undefined })}><title>${escapeXml(tip)}</title>`;
      body += `<rect${attrs({ class: 'cell', x: x + gap / 2, y: y + gap / 2, width: Math.max(0, cw - gap), height: Math.max(0, ch - gap), rx: 4, fill })}/>`;
      const cx = x + cw / 2;
      const inner = cw - 10;
      if (count > 0) {
        const lines: [string, number, string][] = [];
        if (segLabel !== '' && ch >= 3.2 * small + big) lines.push([fitText(segLabel, inner, small), small, '600']);
        lines.push([chartNumber(ctx, count), big, '700']);
        if (ch >= 2.2 * small + big) lines.push([fitText(chartText(ctx, 'ofRevenue', { share: formatShare(ctx, cell?.revenueShare ?? 0) }), inner, small), small, '400']);
        const heightOf = lines.reduce((s, l) => s + l[1] * 1.25, 0);
        let ty = y + ch / 2 - heightOf / 2;
        for (const [content, fs, weight] of lines) {
          ty += fs * 1.25;
          body += text(cx, ty - fs * 0.28, content, { 'text-anchor': 'middle', 'font-size': fs, 'font-weight': weight, fill: ink });
        }
      } else {
        body += text(cx, y + ch / 2 + small * 0.35, chartNumber(ctx, 0), { 'text-anchor': 'middle', 'font-size': small, fill: ink });
      }
      body += `</g>`;
    }
  }
  body += `</g><g class="axes" fill="#57606a">`;
  for (let s = 1; s <= scale; s++) {
    body += text(left - 8, top + (scale - s) * ch + ch / 2 + 4, `R ${chartNumber(ctx, s)}`, { 'text-anchor': 'end', 'font-size': 12, 'font-weight': '600' });
    body += text(left + (s - 1) * cw + cw / 2, top + scale * ch + 16, `F ${chartNumber(ctx, s)}`, { 'text-anchor': 'middle', 'font-size': 12, 'font-weight': '600' });
  }
  body += text(left + (scale * cw) / 2, height - 12, chartText(ctx, 'frequencyAxis'), { 'text-anchor': 'middle', 'font-size': 12 });
  const midY = top + (scale * ch) / 2;
  body += text(14, midY, chartText(ctx, 'recencyAxis'), { 'text-anchor': 'middle', 'font-size': 12, transform: `rotate(-90 14 ${Math.round(midY * 100) / 100})` });
  body += `</g>`;

  const title = options.title ?? chartText(ctx, 'heatmapTitle');
  const description = options.description ?? chartText(ctx, 'heatmapDesc', { customers: total, total, scale });
  return svgDocument('rfm-heatmap', width, height, title, description, body);
}
