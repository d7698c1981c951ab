/**
 * Hostile input (issue 11), for the taxonomy, the lifecycle, the messages and the charts: every
 * public function, every argument and every option, each of the hostile values of ./values.ts.
 * An outcome is sound when it is a `CrmTaxonomyError` whose message renders cleanly in every
 * locale, or a value with no NaN/Infinity and no text showing a placeholder, `undefined` or
 * `[object Object]`; and it comes within two seconds.
 */
import * as charts from '../../src/charts/index.js';
import * as root from '../../src/index.js';
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
];

walk('hostile input: taxonomy, lifecycle, messages, charts', CORE);
