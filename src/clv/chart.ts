import { CrmTaxonomyError, legacyError } from '../errors/index.js';
import { createDayCounter, type DateInput } from '../records/index.js';
import { readTransaction, type CustomerId, type TransactionAccessors } from '../records/index.js';
import { checkTimeUnit, DAYS_PER_UNIT, type TimeUnit } from './time.js';

/**
 * Actual cumulative repeat purchases of a transaction log over calendar time: purchase days
 * (same-day transactions merged) other than each customer's first, counted when they fall before
 * `origin + τ` for each `τ` in `at` (in `timeUnit`). The actual line of the tracking chart.
 *
 * @throws CrmTaxonomyError `invalid_argument`, `invalid_date`, `missing_customer_id`, `non_finite_amount`.
 * @example
 * ```ts
 * import { actualCumulativeRepeatPurchases } from 'crm-taxonomy';
 *
 * const rows = [['a', '2024-01-01'], ['a', '2024-01-03'], ['a', '2024-01-03'], ['b', '2024-01-02'], ['a', '2024-01-09']] as const;
 * actualCumulativeRepeatPurchases(rows, { customerId: (r) => r[0], at: (r) => r[1], amount: () => 1 }, {
 *   origin: '2024-01-01',
 *   timeUnit: 'weeks',
 *   at: [1, 2],
 * });
 * //=> [1, 2]
 * ```
 */
export function actualCumulativeRepeatPurchases<T>(
  transactions: Iterable<T>,
  accessors: TransactionAccessors<T>,
  options: { readonly origin: DateInput; readonly timeUnit: TimeUnit; readonly at: readonly number[]; readonly timeZone?: string },
): number[] {
  const unit = checkTimeUnit(options.timeUnit, ['options', 'timeUnit']);
  const days = createDayCounter(options.timeZone ?? 'UTC');
  const origin = days.day(options.origin, ['options', 'origin']);
  const byCustomer = new Map<CustomerId, Set<number>>();
  let i = 0;
  for (const record of transactions) {
    const t = readTransaction(record, i++, accessors, days, 'error');
    if (t === undefined) continue;
    let set = byCustomer.get(t.customerId);
    if (set === undefined) byCustomer.set(t.customerId, (set = new Set()));
    set.add(t.day);
  }
  const repeatOffsets: number[] = [];
  for (const set of byCustomer.values()) {
    const first = Math.min(...set);
    for (const d of set) if (d !== first) repeatOffsets.push((d - origin) / DAYS_PER_UNIT[unit]);
  }
  repeatOffsets.sort((a, b) => a - b);
  return options.at.map((tau, k) => {
    if (typeof tau !== 'number' || !Number.isFinite(tau)) {
      throw legacyError('invalid_argument', `options.at[${k}] must be a finite number`, { path: ['options', 'at', k] });
    }
    // Count offsets < tau (binary search).
    let lo = 0;
    let hi = repeatOffsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((repeatOffsets[mid] as number) < tau) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });
}

/**
 * Input of {@link cumulativeRepeatChart}: the x positions and the two cumulative series.
 *
 * @example
 * ```ts
 * import type { CumulativeChartInput } from 'crm-taxonomy';
 *
 * const input: CumulativeChartInput = { at: [0, 1, 2], expected: [0, 1.2, 2.1], actual: [0, 1, 2], unit: 'weeks' };
 * input.at.length; //=> 3
 * ```
 */
export interface CumulativeChartInput {
  /** x positions (time since origin, in `unit`), increasing. */
  readonly at: readonly number[];
  /** Model's cumulative repeat purchases at `at`. */
  readonly expected: readonly number[];
  /** Actual cumulative repeat purchases at `at`. */
  readonly actual: readonly number[];
  readonly unit: TimeUnit;
  /** Draws a dashed vertical line at the end of calibration (same unit as `at`). */
  readonly calibrationEnd?: number;
  readonly title?: string;
  /** Legend label of the expected line. Default `'Model'`. */
  readonly expectedLabel?: string;
  readonly width?: number;
  readonly height?: number;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number): string => String(Math.round(v * 10) / 10);

function niceStep(max: number): number {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/**
 * An SVG line chart (a string, no dependencies) of expected vs actual cumulative repeat purchases,
 * the tracking plot of the BG/NBD and Pareto/NBD papers. Deterministic: the same input gives the
 * same bytes.
 *
 * @throws CrmTaxonomyError `invalid_argument` (series of different lengths, non-finite values).
 * @example
 * ```ts
 * import { cumulativeRepeatChart } from 'crm-taxonomy';
 *
 * const svg = cumulativeRepeatChart({ at: [0, 1, 2], expected: [0, 1.2, 2.1], actual: [0, 1, 2], unit: 'weeks' });
 * svg.startsWith('<svg'); //=> true
 * svg.includes('Actual'); //=> true
 * ```
 */
export function cumulativeRepeatChart(input: CumulativeChartInput): string {
  const { at, expected, actual } = input;
  const unit = checkTimeUnit(input.unit, ['unit']);
  if (!Array.isArray(at) || at.length < 2 || expected.length !== at.length || actual.length !== at.length) {
    throw legacyError('invalid_argument', 'at, expected and actual must be arrays of the same length (at least 2)', { path: [] });
  }
  for (const [name, series] of [['at', at], ['expected', expected], ['actual', actual]] as const) {
    series.forEach((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw legacyError('invalid_argument', `${name}[${i}] must be a finite number`, { path: [name, i] });
      }
    });
  }
  const W = input.width ?? 720;
  const H = input.height ?? 420;
  const left = 64;
  const right = 20;
  const top = 40;
  const bottom = 52;
  const x0 = at[0] as number;
  const x1 = at[at.length - 1] as number;
  const yMaxRaw = Math.max(...expected, ...actual, 1);
  const yStep = niceStep(yMaxRaw);
  const yMax = Math.ceil(yMaxRaw / yStep) * yStep;
  const sx = (v: number): number => left + ((v - x0) / (x1 - x0 || 1)) * (W - left - right);
  const sy = (v: number): number => H - bottom - (v / yMax) * (H - top - bottom);
  const path = (ys: readonly number[]): string =>
    ys.map((y, i) => `${i === 0 ? 'M' : 'L'}${fmt(sx(at[i] as number))},${fmt(sy(y))}`).join(' ');
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
  );
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  if (input.title !== undefined) parts.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="15">${esc(input.title)}</text>`);
  for (let y = 0; y <= yMax + 1e-9; y += yStep) {
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${fmt(sy(y))}" y2="${fmt(sy(y))}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${left - 6}" y="${fmt(sy(y) + 4)}" text-anchor="end" fill="#444">${fmt(y)}</text>`);
  }
  const xStep = niceStep(x1 - x0 || 1);
  for (let x = Math.ceil(x0 / xStep) * xStep; x <= x1 + 1e-9; x += xStep) {
    parts.push(`<text x="${fmt(sx(x))}" y="${H - bottom + 18}" text-anchor="middle" fill="#444">${fmt(x)}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}" stroke="#888"/>`);
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}" stroke="#888"/>`);
  parts.push(`<text x="${(left + W - right) / 2}" y="${H - 12}" text-anchor="middle">${unit}</text>`);
  parts.push(
    `<text transform="translate(16 ${(top + H - bottom) / 2}) rotate(-90)" text-anchor="middle">cumulative repeat purchases</text>`,
  );
  if (input.calibrationEnd !== undefined && Number.isFinite(input.calibrationEnd)) {
    const cx = fmt(sx(input.calibrationEnd));
    parts.push(`<line x1="${cx}" x2="${cx}" y1="${top}" y2="${H - bottom}" stroke="#999" stroke-dasharray="4 4"/>`);
    parts.push(`<text x="${cx}" y="${top + 12}" text-anchor="middle" fill="#666"> end of calibration</text>`);
  }
  parts.push(`<path d="${path(actual)}" fill="none" stroke="#222222" stroke-width="2"/>`);
  parts.push(`<path d="${path(expected)}" fill="none" stroke="#d62728" stroke-width="2" stroke-dasharray="6 3"/>`);
  const lx = left + 16;
  parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${top + 14}" y2="${top + 14}" stroke="#222222" stroke-width="2"/>`);
  parts.push(`<text x="${lx + 30}" y="${top + 18}">Actual</text>`);
  parts.push(`<line x1="${lx}" x2="${lx + 24}" y1="${top + 32}" y2="${top + 32}" stroke="#d62728" stroke-width="2" stroke-dasharray="6 3"/>`);
  parts.push(`<text x="${lx + 30}" y="${top + 36}">${esc(input.expectedLabel ?? 'Model')}</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
