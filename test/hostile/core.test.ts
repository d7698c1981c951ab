/**
 * Hostile input (issue 11), for the taxonomy, the lifecycle, the messages and the charts: every
 * public function, every argument and every option, each of the hostile values of ./values.ts.
 * An outcome is sound when it is a `CrmTaxonomyError` whose message renders cleanly in every
 * locale, or a value with no NaN/Infinity and no text showing a placeholder, `undefined` or
 * `[object Object]`; and it comes within two seconds.
 */
import * as charts from '../../src/charts/index.js';
import * as root from '../../src/index.js';
import { describe, expect, it } from 'vitest';
import { walk, type Callable } from './walk.js';

const history = () => [root.transition(root.statusMachine, 'potential', 'select_target', { at: '2024-01-02', customerId: 'c1' })];

const CORE: readonly Callable[] = [
  { name: 'parse', fn: root.parse, args: () => ['loyalty', 'loyal'] },
  { name: 'safeParse', fn: root.safeParse, args: () => ['loyalty', 'gold'] },
  { name: 'is', fn: root.is, args: () => ['loyalty', 'loyal'] },
  { name: 'rank', fn: root.rank, args: () => ['loyalty', 'loyal'] },
  { name: 'compare', fn: root.compare, args: () => ['value_tier', 'vip', 'key'] },
  { name: 'next', fn: root.next, args: () => ['loyalty', 'new'] },
  { name: 'previous', fn: root.previous, args: () => ['loyalty', 'new'] },
  { name: 'label', fn: root.label, args: () => ['loyalty', 'loyal', 'zh-Hant'] },
  { name: 'description', fn: root.description, args: () => ['loyalty', 'loyal', 'en'] },
  { name: 'list', fn: root.list, args: () => ['loyalty', 'zh-Hans'] },
  { name: 'resolveLocale', fn: root.resolveLocale, args: () => ['zh-HK', ['en', 'zh-Hans', 'zh-Hant']] },
  { name: 'createTaxonomy', fn: root.createTaxonomy, args: () => [[...root.BUILTIN_DIMENSIONS]] },
  { name: 'taxonomy.extend', fn: (e: never) => root.taxonomy.extend(e), args: () => [{ locales: ['ja'], labels: { loyalty: { loyal: { ja: '優良' } } } }] },
  { name: 'taxonomy.sort', fn: (d: never, v: never, o: never) => root.taxonomy.sort(d, v, o), args: () => ['value_tier', ['key', 'vip'], { direction: 'ascending' }] },
  { name: 'can', fn: root.can, args: () => [root.statusMachine, 'current', 'churn', { facts: { daysSinceLastPurchase: 200 }, policy: { churnWindowDays: 90 } }] },
  { name: 'transition', fn: root.transition, args: () => [root.statusMachine, 'current', 'mark_lost', { at: '2024-06-30', reason: 'moved', customerId: 'c1', actor: 'u1' }] },
  { name: 'validateHistory', fn: root.validateHistory, args: () => [root.statusMachine, history(), { mode: 'all', customerId: 'c1' }] },
  { name: 'replay', fn: root.replay, args: () => [root.statusMachine, history(), { customerId: 'c1' }] },
  { name: 'toMermaid', fn: root.toMermaid, args: () => [root.statusMachine, { locale: 'zh-Hans' }] },
  { name: 'machineToJSON', fn: root.machineToJSON, args: () => [root.loyaltyMachine], templates: true },
  {
    name: 'defineMachine',
    fn: root.defineMachine as never,
    args: () => [{ id: 'm', dimension: 'effectiveness', events: { go: { edges: [{ from: ['effective'], to: 'ineffective', source: [{ seed: '002' }] }, { from: ['ineffective'], to: 'effective', source: [{ seed: '002' }] }] } } }],
  },
  { name: 'extendMachine', fn: root.extendMachine as never, args: () => [root.statusMachine, { forbid: [{ event: 'win_back', why: { en: 'No' } }] }] },
  { name: 'message', fn: root.message, args: () => [root.can(root.statusMachine, 'current', 'churn'), { locale: 'zh-TW', money: { currency: 'CNY', minorUnitExponent: 2 } }] },
  { name: 'isCrmTaxonomyError', fn: root.isCrmTaxonomyError, args: () => [new root.CrmTaxonomyError('invalid_date', { received: '"x"' }), 'invalid_date'] },
  { name: 'charts.rfmHeatmap', fn: charts.rfmHeatmap, args: () => [[{ r: 2, f: 3, count: 10, revenueShare: 0.5, segment: 'champions' }], { scale: 5, locale: 'zh-Hans', width: 600 }] },
  { name: 'charts.segmentBars', fn: charts.segmentBars, args: () => [[{ id: 'lost', count: 5, revenue: 100, label: 'Lost' }], { locale: 'en', height: 200 }] },
  { name: 'charts.paretoCurve', fn: charts.paretoCurve, args: () => [[{ customers: 0.2, value: 0.8 }, { customers: 1, value: 1 }], { locale: 'en' }] },
  { name: 'charts.stateDiagram', fn: charts.stateDiagram, args: () => [{ states: [{ id: 'a' }, { id: 'b', label: 'B' }], edges: [{ from: 'a', to: 'b', label: 'go' }] }, { locale: 'en' }] },
  { name: 'charts.stateDiagramFromMachine', fn: charts.stateDiagramFromMachine, args: () => [root.statusMachine] },
  {
    name: 'charts.cumulativeRepeatChart',
    fn: charts.cumulativeRepeatChart,
    args: () => [{ at: [0, 13, 26], expected: [0, 10.5, 22], actual: [0, 12, 20], unit: 'weeks', calibrationEnd: 13 }, { locale: 'zh-Hans', width: 600, expectedLabel: 'BG/NBD', title: 'T' }],
  },
  {
    name: 'charts.actualRepeatPurchases',
    fn: charts.actualRepeatPurchases as never,
    args: () => [
      [
        { customerId: 'a', at: '2024-01-01', amount: 10 },
        { customerId: '__proto__', at: '2024-01-05', amount: 5 },
        { customerId: '__proto__', at: '2024-01-09', amount: -5 },
      ],
      { origin: '2024-01-01', timeUnit: 'days', at: [0, 5, 10], timeZone: 'Asia/Shanghai' },
    ],
  },
];

walk('hostile input: taxonomy, lifecycle, messages, charts', CORE);

/** The typed error of a call, or its value. */
const outcome = (call: () => unknown): { code: string; path: readonly (string | number)[] } | { value: unknown } => {
  try {
    return { value: call() };
  } catch (error) {
    if (root.isCrmTaxonomyError(error)) return { code: error.code, path: error.path };
    throw error;
  }
};

describe('hostile input inside the tracking chart and its actual line', () => {
  const input = { at: [0, 1, 2], expected: [0, 1, 2], actual: [0, 1, 1], unit: 'days' } as const;

  it('cumulativeRepeatChart: NaN, infinities, wrong types and disorder inside the series are typed errors at their index', () => {
    expect(outcome(() => charts.cumulativeRepeatChart({ ...input, expected: [0, Number.NaN, 2] }))).toEqual({ code: 'invalid_argument', path: ['expected', 1] });
    expect(outcome(() => charts.cumulativeRepeatChart({ ...input, actual: [0, 1, Infinity] }))).toEqual({ code: 'invalid_argument', path: ['actual', 2] });
    expect(outcome(() => charts.cumulativeRepeatChart({ ...input, at: [0, '1', 2] as never }))).toEqual({ code: 'invalid_argument', path: ['at', 1] });
    expect(outcome(() => charts.cumulativeRepeatChart({ ...input, at: [0, 2, 1] }))).toEqual({ code: 'invalid_argument', path: ['at', 2] });
    expect(outcome(() => charts.cumulativeRepeatChart({ ...input, actual: [0, 1] }))).toEqual({ code: 'invalid_argument', path: ['actual'] });
    expect(outcome(() => charts.cumulativeRepeatChart({ ...input, at: [0, 1e300, 2e300] }))).toMatchObject({ code: 'invalid_argument' });
  });

  it('cumulativeRepeatChart: negative counts, a flat zero line and 100,000 points draw cleanly; more is refused', () => {
    const flat = outcome(() => charts.cumulativeRepeatChart({ ...input, expected: [0, 0, 0], actual: [0, -5, 0] }));
    expect('value' in flat && typeof flat.value === 'string' && !/NaN|Infinity/.test(flat.value)).toBe(true);
    const n = 100_000;
    const at = Array.from({ length: n }, (_, i) => i);
    const big = outcome(() => charts.cumulativeRepeatChart({ at, expected: at, actual: at, unit: 'days' }));
    expect('value' in big && !/NaN|Infinity/.test(big.value as string)).toBe(true);
    const past = Array.from({ length: n + 1 }, (_, i) => i);
    expect(outcome(() => charts.cumulativeRepeatChart({ at: past, expected: past, actual: past, unit: 'days' }))).toEqual({ code: 'invalid_argument', path: ['at'] });
  });

  it('actualRepeatPurchases: ids such as __proto__ are customers like any other', () => {
    const rows = [
      { customerId: '__proto__', at: '2024-01-01', amount: 1 },
      { customerId: '__proto__', at: '2024-01-03', amount: 1 },
      { customerId: 'constructor', at: '2024-01-02', amount: 1 },
      { customerId: 'constructor', at: '2024-01-04', amount: 1 },
      { customerId: 'toString', at: '2024-01-04', amount: 1 },
    ];
    expect(charts.actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at: [0, 2.5, 10] })).toEqual([0, 1, 2]);
  });

  it('actualRepeatPurchases: bad rows and options are typed errors with their path, never NaN', () => {
    const rows = [{ customerId: 'a', at: '2024-01-01', amount: 1 }];
    const options = { origin: '2024-01-01', timeUnit: 'days', at: [0, 1] } as const;
    expect(outcome(() => charts.actualRepeatPurchases([{ customerId: 'a', at: 'not a date', amount: 1 }], options))).toMatchObject({ code: 'invalid_date' });
    expect(outcome(() => charts.actualRepeatPurchases(rows, { ...options, at: [0, Number.NaN] }))).toEqual({ code: 'invalid_argument', path: ['options', 'at', 1] });
    expect(outcome(() => charts.actualRepeatPurchases(rows, { ...options, timeUnit: 'months' as never }))).toEqual({ code: 'invalid_argument', path: ['options', 'timeUnit'] });
    expect(outcome(() => charts.actualRepeatPurchases(rows, { ...options, origin: 'yesterday' }))).toMatchObject({ code: 'invalid_date' });
    expect(outcome(() => charts.actualRepeatPurchases(42 as never, options))).toEqual({ code: 'invalid_argument', path: ['transactions'] });
    expect(outcome(() => charts.actualRepeatPurchases(rows, { ...options, at: new Array(100_001).fill(0) }))).toEqual({ code: 'invalid_argument', path: ['options', 'at'] });
    // Times before the origin and negative times count nothing, never a negative count.
    expect(charts.actualRepeatPurchases(rows, { ...options, at: [-1e9, -1] })).toEqual([0, 0]);
  });

  it('actualRepeatPurchases: a large log of few customers on many days counts every repeat day once', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ customerId: i % 1000, at: (i % 365) * 86_400_000, amount: 1 }));
    const at = Array.from({ length: 53 }, (_, i) => i);
    const counts = charts.actualRepeatPurchases(rows, { origin: 0, timeUnit: 'weeks', at });
    // The oracle: every customer's distinct days, the first left out, counted before each time.
    const days = new Map<number, Set<number>>();
    for (const r of rows) days.set(r.customerId, (days.get(r.customerId) ?? new Set()).add(r.at / 86_400_000));
    const repeats = [...days.values()].flatMap((set) => [...set].filter((d) => d !== Math.min(...set)));
    expect(counts).toEqual(at.map((w) => repeats.filter((d) => d < w * 7).length));
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
  });
});
