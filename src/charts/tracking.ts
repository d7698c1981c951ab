import { inputError, optionsRecord } from '../errors/index.js';
import { CHART_KEYS, attrs, num, size, svgDocument, text, type ChartOptions } from './svg.js';
import { chartNumber, chartText, optionsContext } from './texts.js';

/** The series of a tracking chart: the model's expected cumulative repeat purchases against the actual ones, at the same times. */
export interface TrackingInput {
  /** Times since the origin, increasing, in `unit`. */
  readonly at: readonly number[];
  /** The model's cumulative repeat purchases at each time (`expectedCumulativeRepeatPurchases`). */
  readonly expected: readonly number[];
  /** The actual cumulative repeat purchases at each time (`actualRepeatPurchases`). */
  readonly actual: readonly number[];
  /** The unit of `at`: `'days'` or `'weeks'`. */
  readonly unit: 'days' | 'weeks';
  /** Where calibration ends (a dashed line), in `unit`. */
  readonly calibrationEnd?: number;
}

/** Options of `cumulativeRepeatChart`: sizes, locale, texts, and the legend label of the model. */
export interface TrackingChartOptions extends ChartOptions {
  /** The legend label of the model's line (the chart's "Model" in its locale by default). */
  readonly expectedLabel?: string;
}

/** The most points a tracking chart draws. */
const MAX_POINTS = 100_000;

function niceStep(max: number): number {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function series(value: unknown, name: string, length?: number): readonly number[] {
  if (!Array.isArray(value)) throw inputError('invalid_argument', [name], 'array', value);
  if (value.length > MAX_POINTS) throw inputError('invalid_argument', [name], 'array', value, { max: MAX_POINTS });
  if (length !== undefined && value.length !== length) throw inputError('invalid_argument', [name], 'same_length', value, { min: length, max: length });
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e12) throw inputError('invalid_argument', [name, i], 'number', v, { min: -1e12, max: 1e12 });
  }
  return value as readonly number[];
}

/**
 * The tracking chart of a purchase model (Fader & Hardie's cumulative repeat purchases): the
 * model's expected cumulative repeat purchases as a dashed line over the actual ones, with the end
 * of calibration marked, in any locale.
 *
 * @example
 * ```ts
 * import { cumulativeRepeatChart } from 'crm-taxonomy/charts';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const svg = cumulativeRepeatChart(
 *   { at: [0, 13, 26, 39], expected: [0, 120, 260, 410], actual: [0, 130, 250, 400], unit: 'weeks', calibrationEnd: 26 },
 *   { locale: 'zh-Hans', texts: zhHans },
 * );
 * svg.startsWith('<svg'); //=> true
 * svg.includes('累计重复购买'); //=> true
 * ```
 */
export function cumulativeRepeatChart(input: TrackingInput, options?: TrackingChartOptions): string {
  const o = optionsRecord(options, [...CHART_KEYS, 'expectedLabel']);
  if (typeof input !== 'object' || input === null) throw inputError('invalid_argument', ['input'], 'object', input);
  const at = series(input.at, 'at');
  if (at.length < 2) throw inputError('invalid_argument', ['at'], 'array', at, { min: 2, max: MAX_POINTS });
  for (let i = 1; i < at.length; i++) if ((at[i] as number) <= (at[i - 1] as number)) throw inputError('invalid_argument', ['at', i], 'ascending', at[i]);
  const expected = series(input.expected, 'expected', at.length);
  const actual = series(input.actual, 'actual', at.length);
  if (input.unit !== 'days' && input.unit !== 'weeks') throw inputError('invalid_argument', ['unit'], 'one_of', input.unit, { allowed: ['days', 'weeks'] });
  const calibrationEnd = input.calibrationEnd;
  if (calibrationEnd !== undefined && (typeof calibrationEnd !== 'number' || !Number.isFinite(calibrationEnd))) throw inputError('invalid_argument', ['calibrationEnd'], 'number', calibrationEnd);
  if (o.expectedLabel !== undefined && typeof o.expectedLabel !== 'string') throw inputError('invalid_argument', ['options', 'expectedLabel'], 'string', o.expectedLabel);
  const ctx = optionsContext(o);
  const W = size(o.width, 720, 'width', 200);
  const H = size(o.height, 420, 'height', 160);
  const left = 64;
  const right = 20;
  const top = 40;
  const bottom = 52;
  const x0 = at[0] as number;
  const x1 = at[at.length - 1] as number;
  let yMaxRaw = 1;
  for (let i = 0; i < at.length; i++) yMaxRaw = Math.max(yMaxRaw, expected[i] as number, actual[i] as number);
  const yStep = niceStep(yMaxRaw);
  const yMax = Math.ceil(yMaxRaw / yStep) * yStep;
  const sx = (v: number): number => left + ((v - x0) / (x1 - x0)) * (W - left - right);
  const sy = (v: number): number => H - bottom - (Math.max(0, v) / yMax) * (H - top - bottom);
  const path = (ys: readonly number[]): string => ys.map((y, i) => `${i === 0 ? 'M' : 'L'}${num(sx(at[i] as number))},${num(sy(y))}`).join(' ');
  let body = `<rect${attrs({ width: W, height: H, fill: '#ffffff' })}/><g class="grid" fill="#57606a" font-size="12">`;
  for (let k = 0; k * yStep <= yMax + yStep * 1e-9 && k <= 10; k++) {
    const y = k * yStep;
    body += `<line${attrs({ x1: left, x2: W - right, y1: sy(y), y2: sy(y), stroke: '#e5e5e5' })}/>`;
    body += text(left - 6, sy(y) + 4, chartNumber(ctx, y), { 'text-anchor': 'end' });
  }
  const xStep = niceStep(x1 - x0);
  // At most 21 ticks, counted apart from their values: past 2^53 steps from 0 (a range of 1e-7
  // at 1e9) `k + 1` is `k`, and a loop on the tick's value never ended. A range below the
  // smallest step a double holds (5e-324) has one tick, at its start.
  const k0 = xStep > 0 ? Math.ceil(x0 / xStep) : NaN;
  for (let j = 0, last = NaN; j <= 20; j++) {
    const x = Number.isFinite(k0) ? (k0 + j) * xStep : x0;
    if (x > x1 + xStep * 1e-9 || x === last) break;
    last = x;
    body += text(sx(x), H - bottom + 18, chartNumber(ctx, x), { 'text-anchor': 'middle' });
  }
  body += `</g><line${attrs({ x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: '#888' })}/><line${attrs({ x1: left, x2: left, y1: top, y2: H - bottom, stroke: '#888' })}/>`;
  body += text((left + W - right) / 2, H - 12, chartText(ctx, input.unit === 'weeks' ? 'trackingWeeks' : 'trackingDays'), { 'text-anchor': 'middle', 'font-size': 12 });
  const midY = (top + H - bottom) / 2;
  body += text(16, midY, chartText(ctx, 'trackingAxis'), { 'text-anchor': 'middle', 'font-size': 12, transform: `rotate(-90 16 ${num(midY)})` });
  if (calibrationEnd !== undefined && calibrationEnd >= x0 && calibrationEnd <= x1) {
    const cx = sx(calibrationEnd);
    body += `<line${attrs({ x1: cx, x2: cx, y1: top, y2: H - bottom, stroke: '#999', 'stroke-dasharray': '4 4' })}/>`;
    body += text(cx + 4, top + 12, chartText(ctx, 'trackingCalibration'), { 'font-size': 11, fill: '#666' });
  }
  body += `<path${attrs({ class: 'actual', d: path(actual), fill: 'none', stroke: '#222222', 'stroke-width': 2 })}/>`;
  body += `<path${attrs({ class: 'expected', d: path(expected), fill: 'none', stroke: '#d62728', 'stroke-width': 2, 'stroke-dasharray': '6 3' })}/>`;
  const lx = left + 16;
  body += `<line${attrs({ x1: lx, x2: lx + 24, y1: top + 14, y2: top + 14, stroke: '#222222', 'stroke-width': 2 })}/>`;
  body += text(lx + 30, top + 18, chartText(ctx, 'trackingActual'), { 'font-size': 12 });
  body += `<line${attrs({ x1: lx, x2: lx + 24, y1: top + 32, y2: top + 32, stroke: '#d62728', 'stroke-width': 2, 'stroke-dasharray': '6 3' })}/>`;
  body += text(lx + 30, top + 36, o.expectedLabel ?? chartText(ctx, 'trackingModel'), { 'font-size': 12 });
  const title = o.title ?? chartText(ctx, 'trackingTitle');
  const description = o.description ?? chartText(ctx, 'trackingDesc', { actual: Math.round(actual[actual.length - 1] as number), expected: Math.round(expected[expected.length - 1] as number) });
  return svgDocument('tracking', W, H, title, description, body);
}

