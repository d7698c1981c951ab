import { inputError, optionsRecord } from '../errors/index.js';
import { readColors, segmentStyle, type ColorInput } from './palette.js';
import { CHART_KEYS, records, attrs, escapeXml, finite, formatShare, num, size, svgDocument, text, type ChartOptions } from './svg.js';
import { chartNumber, chartText, optionsContext } from './texts.js';

/** One point of a Pareto (Lorenz) curve: the cumulative share of customers (by value, highest first) and of the value they hold, both 0..1. */
export interface ParetoPoint {
  readonly customers: number;
  readonly value: number;
}

/** The end of a class on the curve: its label (`A`), and the cumulative shares of customers and of value at its last customer. */
export interface ParetoCut {
  readonly label: string;
  readonly customers: number;
  readonly value: number;
}

/** Options of {@link paretoCurve}: sizes, locale, texts, the class cut lines, the label of the last class (`C` by default) and band colours. */
export interface ParetoCurveOptions extends ChartOptions {
  readonly cuts?: readonly ParetoCut[];
  readonly lastLabel?: string;
  /** Colours of the class bands by lower-cased label (`a`, `b`, `c` built in). */
  readonly colors?: ColorInput;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** A class label: a string (`invalid_argument` at `path` otherwise). */
function classLabel(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value !== 'string') throw inputError('invalid_argument', path, 'string', value);
  return value;
}

/**
 * The Pareto curve of customer value: cumulative share of customers (x) against cumulative share
 * of value (y), from (0, 0) to the last point, with the diagonal of equal shares for reference,
 * shaded bands per class and dashed cut lines where each class ends (A/B/C). Points are sorted
 * by customers share, then value (the same chart whatever their order); shares are clamped to 0..1
 * (a curve is monotone when its cumulative shares are, as `paretoFromAbc` gives them). Class labels (of the
 * cuts and `lastLabel`) are strings (`invalid_argument` at their path otherwise).
 *
 * @example
 * ```ts
 * import { paretoCurve } from 'crm-taxonomy/charts';
 *
 * const svg = paretoCurve(
 *   [{ customers: 0.1, value: 0.5 }, { customers: 0.2, value: 0.8 }, { customers: 0.5, value: 0.95 }, { customers: 1, value: 1 }],
 *   { cuts: [{ label: 'A', customers: 0.2, value: 0.8 }, { label: 'B', customers: 0.5, value: 0.95 }] },
 * );
 * svg.includes('class="curve"'); //=> true
 * svg.match(/class="cut-line"/g)?.length; //=> 2
 * svg.includes('A: top 20.0% of customers hold 80.0% of value.'); //=> true
 * ```
 */
export function paretoCurve(points: readonly ParetoPoint[], input?: ParetoCurveOptions): string {
  const options = optionsRecord(input, [...CHART_KEYS, 'cuts', 'lastLabel', 'colors']);
  const pts = records<ParetoPoint>(points, ['points'])
    .map((p, i) => ({ customers: clamp01(finite(p?.customers, ['points', i, 'customers'])), value: clamp01(finite(p?.value, ['points', i, 'value'])) }))
    .sort((a, b) => a.customers - b.customers || a.value - b.value);
  const cuts = records<ParetoCut>(options.cuts ?? [], ['options', 'cuts']).map((c, i) => ({
    label: classLabel(c.label, ['options', 'cuts', i, 'label']),
    customers: clamp01(finite(c.customers, ['options', 'cuts', i, 'customers'])),
    value: clamp01(finite(c.value, ['options', 'cuts', i, 'value'])),
  }));
  // Cuts at one share are ordered by value, then label: the same chart whatever their order.
  cuts.sort((a, b) => a.customers - b.customers || a.value - b.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const lastLabel = options.lastLabel === undefined ? 'C' : classLabel(options.lastLabel, ['options', 'lastLabel']);
  const ctx = optionsContext(options);
  const width = size(options.width, 760, 'width', 120);
  const height = size(options.height, 440, 'height', 120);
  const style = segmentStyle(readColors(options.colors), ctx);
  const left = 64;
  const right = 20;
  const top = 26;
  const bottom = 50;
  const pw = width - left - right;
  const ph = height - top - bottom;
  const X = (s: number): number => left + s * pw;
  const Y = (s: number): number => top + (1 - s) * ph;

  let body = `<g class="bands">`;
  const bounds = [0, ...cuts.map((c) => c.customers), 1];
  const bandLabels = [...cuts.map((c) => c.label), lastLabel];
  for (let i = 0; i < bandLabels.length; i++) {
    const x0 = X(bounds[i]!);
    const x1 = X(Math.max(bounds[i]!, bounds[i + 1]!));
    const label = bandLabels[i]!;
    body += `<rect${attrs({ class: 'band', 'data-class': label, x: x0, y: top, width: x1 - x0, height: ph, fill: style.color(label.toLowerCase()), 'fill-opacity': 0.1 })}/>`;
    if (x1 - x0 >= 14) body += text((x0 + x1) / 2, top - 8, label, { 'text-anchor': 'middle', 'font-size': 13, 'font-weight': '700', fill: style.color(label.toLowerCase()) });
  }
  body += `</g><g class="grid" stroke="#d0d7de" stroke-width="1">`;
  for (let k = 0; k <= 10; k += 2) {
    const s = k / 10;
    body += `<line${attrs({ x1: left, y1: Y(s), x2: left + pw, y2: Y(s) })}/>`;
    body += `<line${attrs({ x1: X(s), y1: top, x2: X(s), y2: top + ph })}/>`;
  }
  body += `</g><g class="axes" fill="#57606a" font-size="11">`;
  for (let k = 0; k <= 10; k += 2) {
    const s = k / 10;
    const tick = chartNumber(ctx, s, ':percent');
    body += text(left - 6, Y(s) + 4, tick, { 'text-anchor': 'end' });
    body += text(X(s), top + ph + 15, tick, { 'text-anchor': 'middle' });
  }
  body += text(left + pw / 2, height - 10, chartText(ctx, 'customersAxis'), { 'text-anchor': 'middle', 'font-size': 12 });
  const midY = top + ph / 2;
  body += text(14, midY, chartText(ctx, 'valueAxis'), { 'text-anchor': 'middle', 'font-size': 12, transform: `rotate(-90 14 ${num(midY)})` });
  body += `</g>`;
  body += `<line${attrs({ class: 'diagonal', x1: X(0), y1: Y(0), x2: X(1), y2: Y(1), stroke: '#8c959f', 'stroke-dasharray': '2 4' })}/>`;

  let d = `M${num(X(0))} ${num(Y(0))}`;
  for (const p of pts) d += `L${num(X(p.customers))} ${num(Y(p.value))}`;
  body += `<path${attrs({ class: 'curve', d, fill: 'none', stroke: '#0969da', 'stroke-width': 2.5, 'stroke-linejoin': 'round' })}/>`;

  body += `<g class="cuts">`;
  const shares = (c: ParetoCut): Record<string, string> => ({ label: c.label, customers: formatShare(ctx, c.customers), value: formatShare(ctx, c.value) });
  cuts.forEach((c, i) => {
    const color = style.color(c.label.toLowerCase());
    const tip = chartText(ctx, 'paretoCut', shares(c));
    body += `<g${attrs({ class: 'cut', 'data-class': c.label })}><title>${escapeXml(tip)}</title>`;
    body += `<path${attrs({ class: 'cut-line', d: `M${num(X(c.customers))} ${num(Y(0))}V${num(Y(c.value))}H${num(X(0))}`, fill: 'none', stroke: color, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' })}/>`;
    body += `<circle${attrs({ cx: X(c.customers), cy: Y(c.value), r: 4, fill: color })}/>`;
    const label = chartText(ctx, 'paretoLabel', shares(c));
    const below = Y(c.value) + 18 + i * 16;
    body += text(X(c.customers) + 8, Math.min(top + ph - 6, below), label, { 'font-size': 12, 'font-weight': '600', fill: '#1b1f24', stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke' });
    body += `</g>`;
  });
  body += `</g>`;

  const title = options.title ?? chartText(ctx, 'paretoTitle');
  const description =
    options.description ?? [chartText(ctx, 'paretoDesc'), ...cuts.map((c) => chartText(ctx, 'paretoCut', shares(c)))].join(chartText(ctx, 'sentenceSeparator'));
  return svgDocument('pareto', width, height, title, description, body);
}
