/**
 * A misspelt option is refused, never its default in silence (`{ timezone }` counted days in UTC,
 * `{ asof }` scored as of the model's day, `{ fact }` checked a move without its facts): every
 * function that takes options knows its keys, and a key outside them is `known_key` at its path,
 * the keys it knows listed (under `options`, as every error in an option is).
 *
 * Not here, by design: the lifecycle policy and facts (open: a host's guards read their own
 * thresholds and facts), and the text options of renderers (`message`, `explain`, `label`,
 * `list`, `description`, `playbook`), which never throw on what a display asks for. The writers of
 * machine documents (`toMermaid`, `machineToJSON`) take the display options a host shares with the
 * renderers and the charts (`{ locale, texts }`) and refuse any other key.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateTransactions,
  can,
  classify,
  classifyAll,
  eightClass,
  fitAbc,
  fitAbcFromValues,
  fitRfm,
  fitRfmFromAggregates,
  fitValueModel,
  foldTransaction,
  machineToJSON,
  rfmSegment,
  scoreRfm,
  statusMachine,
  taxonomy,
  defineMachine,
  extendMachine,
  toMermaid,
  recommendKotlerLevel,
  reconcile,
  replay,
  transition,
  validateHistory,
} from '../../src/index.js';
import { customerValue, differentiate, profitView, reviewMembership } from '../../src/analysis/index.js';
import { actualRepeatPurchases, cumulativeRepeatChart, paretoCurve, paretoFromAbc, rfmGridFromScores, rfmHeatmap, segmentBars, segmentSizesFromScores, stateDiagram, stateDiagramFromMachine } from '../../src/charts/index.js';
import { expectedCumulativeRepeatPurchases, expectedPurchases, fitBgNbd, summarizeTransactions } from '../../src/clv/index.js';
import { rfmSql } from '../../src/sql/index.js';
import { fromHubSpotLifecycleStage, fromWukongCustomer, fromWukongFollowUpType, toHubSpotLifecycleStage, toWukongLevel } from '../../src/interop/index.js';
import { thrown } from '../support/thrown.js';
import { z } from 'zod';
import { fromZodError } from '../../src/schema/index.js';

const rows = [
  { customerId: 'a', at: '2024-01-05', amount: 100 },
  { customerId: 'a', at: '2024-03-01', amount: 50 },
  { customerId: 'b', at: '2024-02-10', amount: 30 },
];
const asOf = '2024-06-30';
const accessors = { customerId: (r: (typeof rows)[number]) => r.customerId, at: (r: (typeof rows)[number]) => r.at, amount: (r: (typeof rows)[number]) => r.amount };
const rfm = fitRfm(rows, { asOf });
const abc = fitAbc(rows);
const [aggregate] = aggregateTransactions(rows);
const account = { customerId: 'a', transactions: [{ at: '2024-01-05', amount: 100 }] };
const summary = summarizeTransactions(rows, { calibrationEnd: asOf, timeUnit: 'days' });
const bgNbd = { model: 'bg-nbd', timeUnit: 'days', params: { r: 0.243, alpha: 30.898, a: 0.793, b: 2.426 } } as const;
const diagram = stateDiagramFromMachine(statusMachine);
const zodError = z.object({ days: z.number() }).safeParse({ days: 'x' }).error!;

/** Each call with its options: a working base, and the path the misspelt key `zz` is named at. */
const calls: Record<string, { readonly call: (options: never) => unknown; readonly base: object; readonly at?: readonly (string | number)[] }> = {
  // scoring
  fitRfm: { call: (o) => fitRfm(rows, o), base: { asOf } },
  fitRfmFromAggregates: { call: (o) => fitRfmFromAggregates(aggregateTransactions(rows), o), base: { asOf } },
  fitAbc: { call: (o) => fitAbc(rows, o), base: { by: 'customers' } },
  fitAbcFromValues: { call: (o) => fitAbcFromValues([{ customerId: 'a', value: 3 }], o), base: { by: 'customers' } },
  aggregateTransactions: { call: (o) => aggregateTransactions(rows, o), base: { timeZone: 'Asia/Shanghai' } },
  'aggregateTransactions accessors': { call: (o) => aggregateTransactions(rows, { accessors: o }), base: accessors, at: ['options', 'accessors'] },
  'fitRfm accessors (a classifyAll key is one)': { call: (o) => fitRfm(rows, { asOf, accessors: o }), base: { ...accessors, category: () => null }, at: ['options', 'accessors'] },
  scoreRfm: { call: (o) => scoreRfm(rfm.model, aggregate!, o), base: { asOf } },
  eightClass: { call: (o) => eightClass({ recencyDays: 3, frequency: 2, monetary: 9 }, rfm.model, o), base: { center: 'median' } },
  rfmSegment: { call: (o) => rfmSegment({ r: 1, f: 1, m: 1 }, o), base: { scale: 5 } },
  foldTransaction: { call: (o) => foldTransaction(undefined, rows[0]!, o), base: { timeZone: 'Asia/Shanghai' } },
  // classification
  classify: { call: (o) => classify({ transactions: [] }, o), base: { asOf } },
  classifyAll: { call: (o) => classifyAll(rows, o), base: { asOf } },
  'classifyAll accessors': { call: (o) => classifyAll(rows, { asOf, accessors: o }), base: accessors, at: ['options', 'accessors'] },
  reconcile: { call: (o) => reconcile({}, { transactions: [] }, o), base: { asOf } },
  fitValueModel: { call: (o) => fitValueModel([{ customerId: 'a', value: 3 }], o), base: {} },
  // lifecycle and taxonomy
  can: { call: (o) => can(statusMachine, 'current', 'churn', o), base: { facts: { daysSinceLastPurchase: 400 } } },
  transition: { call: (o) => transition(statusMachine, 'potential', 'select_target', o), base: { at: '2024-01-01' } },
  validateHistory: { call: (o) => validateHistory(statusMachine, [], o), base: { mode: 'all' } },
  replay: { call: (o) => replay(statusMachine, [], o), base: { from: 'target' } },
  // The writers of machine documents take the display options shared among the renderers.
  machineToJSON: { call: (o) => machineToJSON(statusMachine, o), base: { locale: 'zh-Hans', texts: {} } },
  toMermaid: { call: (o) => toMermaid(statusMachine, o), base: { locale: 'zh-Hans', texts: {} } },
  fromZodError: { call: (o) => fromZodError(zodError, o), base: { code: 'invalid_policy' } },
  sort: { call: (o) => taxonomy.sort('value_tier', ['vip', 'ordinary'], o), base: { direction: 'ascending' } },
  recommendKotlerLevel: { call: (o) => recommendKotlerLevel({ customers: 10, unitMargin: 5 }, o), base: {} },
  // analyses
  customerValue: { call: (o) => customerValue(account, o), base: { asOf } },
  profitView: { call: (o) => profitView(account, o), base: { marginRate: 0.3 } },
  differentiate: { call: (o) => differentiate([account], o), base: { asOf, periodDays: 30 } },
  'differentiate abc': { call: (o) => differentiate([account], { asOf, abc: o }), base: { by: 'value' }, at: ['options', 'abc'] },
  reviewMembership: { call: (o) => reviewMembership(account, o), base: { asOf } },
  // lifetime value
  summarizeTransactions: { call: (o) => summarizeTransactions(rows, o), base: { calibrationEnd: asOf, timeUnit: 'days' } },
  'summarizeTransactions accessors': { call: (o) => summarizeTransactions(rows, { calibrationEnd: asOf, timeUnit: 'days', accessors: o }), base: accessors, at: ['options', 'accessors'] },
  fitBgNbd: { call: (o) => fitBgNbd(summary, o), base: {} },
  expectedCumulativeRepeatPurchases: { call: (o) => expectedCumulativeRepeatPurchases(bgNbd, summary, o), base: { at: [1], timeZone: 'UTC' } },
  // charts
  actualRepeatPurchases: { call: (o) => actualRepeatPurchases(rows, o), base: { origin: '2024-01-01', timeUnit: 'days', at: [1] } },
  'actualRepeatPurchases accessors': { call: (o) => actualRepeatPurchases(rows, { origin: '2024-01-01', timeUnit: 'days', at: [1], accessors: o }), base: accessors, at: ['options', 'accessors'] },
  cumulativeRepeatChart: { call: (o) => cumulativeRepeatChart({ at: [0, 1], expected: [0, 1], actual: [0, 1], unit: 'days' } as never, o), base: { expectedLabel: 'BG/NBD' } },
  rfmGridFromScores: { call: (o) => rfmGridFromScores(rfm, o), base: {} },
  segmentSizesFromScores: { call: (o) => segmentSizesFromScores(rfm, o), base: {} },
  paretoFromAbc: { call: (o) => paretoFromAbc(abc, o), base: { maxPoints: 10 } },
  rfmHeatmap: { call: (o) => rfmHeatmap(rfmGridFromScores(rfm), o), base: { scale: 5, width: 300 } },
  segmentBars: { call: (o) => segmentBars(segmentSizesFromScores(rfm), o), base: { showRevenue: true } },
  paretoCurve: { call: (o) => paretoCurve(paretoFromAbc(abc).points, o), base: { lastLabel: 'C' } },
  stateDiagram: { call: (o) => stateDiagram(diagram, o), base: { locale: 'zh-Hans' } },
  stateDiagramFromMachine: { call: (o) => stateDiagramFromMachine(statusMachine, o), base: {} },
  // interop
  fromHubSpotLifecycleStage: { call: (o) => fromHubSpotLifecycleStage('lead', o), base: { rows: [] } },
  toHubSpotLifecycleStage: { call: (o) => toHubSpotLifecycleStage({ status: 'current' }, o), base: { current: 'lead' } },
  toWukongLevel: { call: (o) => toWukongLevel({ value_tier: 'vip' }, o), base: { rows: [] } },
  fromWukongFollowUpType: { call: (o) => fromWukongFollowUpType('打电话', o), base: { rows: [] } },
  fromWukongCustomer: { call: (o) => fromWukongCustomer({ dealStatus: 0, followup: 0, status: 1, isReceive: 1, receiveTime: '2026-05-01 09:00:00', lastTime: null }, o), base: { levels: [] } },
};

/** The keys each call knows, as its refusal lists them. */
const ALLOWED: Record<string, readonly string[]> = {
  fitRfm: ['asOf', 'scores', 'method', 'thresholds', 'policy', 'accessors', 'onMissingCustomerId', 'onProgress'],
  fitRfmFromAggregates: ['asOf', 'scores', 'method', 'thresholds', 'policy', 'onProgress'],
  fitAbc: ['by', 'cuts', 'maxA', 'value', 'policy', 'asOf', 'accessors', 'onMissingCustomerId', 'onProgress'],
  fitAbcFromValues: ['by', 'cuts', 'maxA'],
  aggregateTransactions: ['accessors', 'timeZone', 'onMissingCustomerId', 'onProgress'],
  'aggregateTransactions accessors': ['customerId', 'at', 'amount', 'profit', 'category', 'directed'],
  'fitRfm accessors (a classifyAll key is one)': ['customerId', 'at', 'amount', 'profit', 'category', 'directed'],
  scoreRfm: ['asOf'],
  eightClass: ['center'],
  rfmSegment: ['segmentMap', 'scale'],
  foldTransaction: ['timeZone'],
  classify: ['asOf', 'policy', 'valueModel', 'churn', 'rfm'],
  classifyAll: ['asOf', 'policy', 'valueModel', 'churn', 'rfm', 'accessors', 'facts', 'customers', 'onMissingCustomerId', 'onProgress'],
  'classifyAll accessors': ['customerId', 'at', 'amount', 'profit', 'category', 'directed'],
  reconcile: ['asOf', 'policy', 'valueModel', 'churn', 'rfm', 'actor', 'at', 'lifecyclePolicy'],
  fitValueModel: ['policy'],
  can: ['facts', 'policy'],
  transition: ['at', 'facts', 'policy', 'customerId', 'reason', 'cause', 'actor'],
  validateHistory: ['mode', 'from', 'customerId'],
  replay: ['from', 'customerId'],
  machineToJSON: ['locale', 'texts'],
  toMermaid: ['locale', 'texts'],
  fromZodError: ['code', 'input'],
  sort: ['direction'],
  recommendKotlerLevel: ['cutPoints'],
  customerValue: ['asOf', 'timeZone', 'futureTransactions'],
  profitView: ['asOf', 'timeZone', 'futureTransactions', 'unitCosts', 'marginRate'],
  differentiate: ['asOf', 'timeZone', 'futureTransactions', 'unitCosts', 'marginRate', 'periodDays', 'basis', 'abc', 'repeatedComplaints', 'keepShare', 'narrowCategories', 'manyCategoriesElsewhere'],
  'differentiate abc': ['by', 'cuts'],
  reviewMembership: ['asOf', 'timeZone', 'futureTransactions', 'policy'],
  summarizeTransactions: ['calibrationEnd', 'timeUnit', 'holdoutEnd', 'timeZone', 'onMissingCustomerId', 'accessors', 'onProgress'],
  'summarizeTransactions accessors': ['customerId', 'at', 'amount', 'profit', 'category', 'directed'],
  fitBgNbd: ['timeUnit', 'start', 'covariates'],
  expectedCumulativeRepeatPurchases: ['at', 'origin', 'timeZone'],
  actualRepeatPurchases: ['origin', 'timeUnit', 'at', 'accessors', 'timeZone', 'calibrationEnd'],
  'actualRepeatPurchases accessors': ['customerId', 'at', 'amount', 'profit', 'category', 'directed'],
  cumulativeRepeatChart: ['width', 'height', 'locale', 'title', 'description', 'texts', 'expectedLabel'],
  rfmGridFromScores: ['segments'],
  segmentSizesFromScores: ['segments'],
  paretoFromAbc: ['maxPoints', 'labels'],
  rfmHeatmap: ['width', 'height', 'locale', 'title', 'description', 'texts', 'scale', 'colors'],
  segmentBars: ['width', 'height', 'locale', 'title', 'description', 'texts', 'colors', 'showRevenue'],
  paretoCurve: ['width', 'height', 'locale', 'title', 'description', 'texts', 'cuts', 'lastLabel', 'colors'],
  stateDiagram: ['width', 'height', 'locale', 'title', 'description', 'texts', 'colors'],
  stateDiagramFromMachine: ['locale', 'texts'],
  fromHubSpotLifecycleStage: ['rows'],
  toHubSpotLifecycleStage: ['rows', 'current', 'order'],
  toWukongLevel: ['rows'],
  fromWukongFollowUpType: ['rows'],
  fromWukongCustomer: ['levels', 'sources'],
};

describe('a misspelt option is refused, not its default in silence', () => {
  it.each(Object.keys(calls))('%s', async (name) => {
    const { call, base, at = ['options'] } = calls[name]!;
    await call({ ...base } as never); // the base works
    const error = thrown(() => call({ ...base, zz: 1 } as never));
    // The keys it knows, exactly (an empty base would let a looser check pass anything).
    expect(error).toMatchObject({ code: 'invalid_argument', path: [...at, 'zz'], details: { expected: 'known_key', received: '"zz"', allowed: ALLOWED[name] } });
  });

  it('the table of known keys covers every call', () => {
    expect(Object.keys(ALLOWED)).toEqual(Object.keys(calls));
  });
});

it('replay takes validateHistory’s options but mode (it stops at the first issue)', () => {
  expect(thrown(() => replay(statusMachine, [], { mode: 'all' } as never))).toMatchObject({ code: 'invalid_argument', path: ['options', 'mode'] });
});

describe('a misspelt part of a definition, an extension, a column map or a duration is refused too', () => {
  const cases: Record<string, { readonly call: () => unknown; readonly code: string; readonly path: readonly (string | number)[] }> = {
    'taxonomy.extend({ value })': { call: () => taxonomy.extend({ value: {} } as never), code: 'invalid_extension', path: ['value'] },
    'extendMachine({ edge })': { call: () => extendMachine(statusMachine, { edge: [] } as never), code: 'invalid_extension', path: ['edge'] },
    // A misspelt from would make the rule match the event from every state.
    'extendMachine forbid { form }': { call: () => extendMachine(statusMachine, { forbid: [{ event: 'churn', form: 'current', why: { en: 'no' } }] } as never), code: 'invalid_extension', path: ['forbid', 0, 'form'] },
    'extendMachine require { frm }': { call: () => extendMachine(statusMachine, { require: [{ event: 'churn', frm: 'current', guards: ['has_reason'] }] } as never), code: 'invalid_extension', path: ['require', 0, 'frm'] },
    'defineMachine({ event })': { call: () => defineMachine({ id: 'm', dimension: 'loyalty', events: {}, event: {} } as never), code: 'invalid_definition', path: ['event'] },
    'rfmSql columns { proft }': {
      call: () => rfmSql({ dialect: 'postgres', table: 't', columns: { customerId: 'a', at: 'b', amount: 'c', proft: 'p' } as never, asOf, policy: { futureTransactions: 'ignore' } }),
      code: 'invalid_argument',
      path: ['options', 'columns', 'proft'],
    },
    'a duration { units }': {
      call: () => expectedPurchases(bgNbd, { x: 1, tx: 2, T: 3 }, { horizon: { value: 1, unit: 'weeks', units: 'days' } as never }),
      code: 'invalid_argument',
      path: ['options', 'horizon', 'units'],
    },
  };
  it.each(Object.keys(cases))('%s', (name) => {
    const { call, code, path } = cases[name]!;
    expect(thrown(call)).toMatchObject({ code, path, details: { expected: 'known_key' } });
  });
});
