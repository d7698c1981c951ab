/**
 * The scoring part of the spec: the RFM segment map and the eight classes as data, the ABC cut
 * points and the ABC → value tier table, the RFM policy and scoring defaults and the model's JSON
 * Schema, and the conformance vectors of `rfmSegment`, `eightClass`, `fitAbcFromValues` and
 * `fitRfm` under each binning method, all computed by the library.
 */
import type { z } from 'zod';
import { ABC_TO_VALUE_TIER, EIGHT_CLASS_SEGMENTS, eightClass, fitAbcFromValues, fitRfm, RFM_SEGMENTS, rfmSegment, type SegmentMap } from '../../src/index.js';
import { readCuts, type AbcCutOptions } from '../../src/scoring/abc.js';
import { RFM_POLICY_SHAPE, RFM_SCORING_SHAPE } from '../../src/scoring/shapes.js';
import type { MetricCenters, RfmMetrics, RfmOptions, ScoringTransaction } from '../../src/scoring/types.js';
import { RfmModelSchema } from '../../src/schema/index.js';
import { defaultsOf } from '../../src/shape/index.js';
import { jsonSchema } from './domain.js';

/** The default cuts of each `by`, as the library reads options with no cuts given. */
const abcDefaults = () => {
  const byValue = readCuts({});
  const byCustomers = readCuts({ by: 'customers' });
  return { by: byValue.by, cuts: { value: byValue.cuts, customers: byCustomers.cuts }, maxA: Number.isFinite(byValue.maxA) ? byValue.maxA : null };
};

/** The scoring document: segment maps, classes, cut points and defaults. */
export function scoringDocument() {
  return {
    rfm: {
      description:
        "For each customer as of asOf: recencyDays = asOf's day − the last purchase day (the last transaction day when there is no purchase), at least 0; frequency = purchases (amount > 0, and = 0 under zeroAmounts 'purchase'), or distinct purchase days under sameDay 'once'; monetary = the exact sum of the amounts (refunds subtracted unless refunds 'ignore'), divided by max(frequency, 1) under monetary 'mean'. Each metric is scored 1..scores, higher is better (recency: lower days are better). 'quantile': score = 1 + min(n − 1, floor(n · L / N)) with L the number of customers strictly worse; 'ntile': SQL NTILE(n) over the customers ordered worst first, ties by customer id ascending (numbers before strings, strings by UTF-16 code units); 'thresholds': score = 1 + the number of the given thresholds (worst to best) the value is strictly better than. docs/scoring.md.",
      policy: { defaults: defaultsOf(RFM_POLICY_SHAPE) },
      scoring: { defaults: defaultsOf(RFM_SCORING_SHAPE), methods: ['quantile', 'ntile', 'thresholds'] },
      model: { schema: jsonSchema(RfmModelSchema as z.ZodType) },
    },
    segments: {
      description: "rfmSegment({ r, f, m }): the rules are tried in order; the first whose inclusive ranges hold r, f and m gives the segment. Scores are integers 1..scale. On the built-in map every one of the scale³ combinations has a segment; a host's map may leave some without (no segment). A segment's label and action are the texts segment.<id>.label and segment.<id>.action (messages.json).",
      map: RFM_SEGMENTS,
    },
    eightClass: {
      description: "eightClass(metrics, centers): r is high when recencyDays < centers.recency, f when frequency > centers.frequency, m when monetary > centers.monetary (strictly: a value on the centre is low); the class is the one whose `high` flags equal the three. The centres are the population's means (default) or medians, as a fitted model stores them.",
      centers: ['mean', 'median'],
      classes: EIGHT_CLASS_SEGMENTS,
    },
    abc: {
      description: "fitAbcFromValues([{ customerId, value }], { by, cuts, maxA }): customers ranked by value, highest first, ties by customer id; equal values form a tie group that shares a class and the rank of its first customer. A group with value > 0 is A while A is still open, its measure is below cuts[0] and A's count with the group stays at most maxA (null: no cap); once a group is not A, A is closed; it is B while its measure is below cuts[1]; else C. The measure is, by 'value', the exact sum of the positive values ranked before the group divided by the total positive value; by 'customers', the number of customers ranked before the group divided by the number of customers. A value ≤ 0 is always C; negative flags a value < 0. share = value / total for a value > 0 (else 0); cumulativeShare = min(1, the exact positive sum up to and including the customer / total), 0 when the total is 0.",
      defaults: abcDefaults(),
      valueTier: ABC_TO_VALUE_TIER,
    },
  };
}

// ── vectors ────────────────────────────────────────────────────────────────────────────────────

/** A host's map on a 3-point scale that leaves some cells without a segment, and lists a segment without a domain. */
const HOST_MAP: SegmentMap = {
  scale: 3,
  segments: [{ id: 'best' }, { id: 'worst', domain: { status: 'lost' } }, { id: 'middle' }],
  rules: [
    { segment: 'best', r: [3, 3], f: [2, 3], m: [2, 3] },
    { segment: 'worst', r: [1, 1], f: [1, 1], m: [1, 3] },
    { segment: 'middle', r: [2, 2], f: [1, 3], m: [1, 3] },
    { segment: 'best', r: [1, 3], f: [3, 3], m: [3, 3] },
  ],
};

function segmentCases(map?: SegmentMap) {
  const scale = (map ?? RFM_SEGMENTS).scale;
  const cases = [];
  for (let r = 1; r <= scale; r++) {
    for (let f = 1; f <= scale; f++) {
      for (let m = 1; m <= scale; m++) cases.push({ scores: { r, f, m }, expect: rfmSegment({ r, f, m }, { segmentMap: map })?.id ?? null });
    }
  }
  return cases;
}

/** Metrics below, on and above each centre, for a few sets of centres (fractional, zero). */
function eightClassCases() {
  const cases: { metrics: RfmMetrics; centers: MetricCenters; expect: string }[] = [];
  const add = (metrics: RfmMetrics, centers: MetricCenters) => cases.push({ metrics, centers, expect: eightClass(metrics, centers).id });
  const around = (c: number, step: number) => [Math.max(0, c - step), c, c + step];
  for (const centers of [
    { recency: 60, frequency: 2, monetary: 300 },
    { recency: 45.5, frequency: 1.25, monetary: 99.99 },
  ]) {
    for (const recencyDays of around(centers.recency, 1)) {
      for (const frequency of around(centers.frequency, 1)) {
        for (const monetary of around(centers.monetary, 1)) add({ recencyDays, frequency, monetary }, centers);
      }
    }
  }
  const zero = { recency: 0, frequency: 0, monetary: 0 };
  add({ recencyDays: 0, frequency: 0, monetary: 0 }, zero);
  add({ recencyDays: 0, frequency: 1, monetary: -5 }, zero);
  add({ recencyDays: 3, frequency: 2, monetary: 5 }, zero);
  add({ recencyDays: 10, frequency: 3, monetary: -40 }, { recency: 20, frequency: 2, monetary: -50 });
  return cases;
}

interface AbcCase {
  readonly name: string;
  readonly values: readonly { customerId: string | number; value: number }[];
  readonly options?: AbcCutOptions;
}

const vals = (...pairs: [string | number, number][]) => pairs.map(([customerId, value]) => ({ customerId, value }));

const ABC_CASES: readonly AbcCase[] = [
  { name: 'the documented five, default cuts', values: vals(['a', 700], ['b', 200], ['c', 60], ['d', 40], ['e', -15]) },
  { name: 'one customer', values: vals(['x', 1]) },
  { name: 'one customer, by customers', values: vals(['x', 1]), options: { by: 'customers', cuts: [0.05, 0.2] } },
  { name: 'one customer with zero value', values: vals(['x', 0]) },
  { name: 'one customer with a negative value', values: vals(['x', -3]) },
  { name: 'no customer', values: [] },
  { name: 'all equal', values: vals(['a', 5], ['b', 5], ['c', 5], ['d', 5]) },
  { name: 'all equal, by customers', values: vals(['a', 5], ['b', 5], ['c', 5], ['d', 5]), options: { by: 'customers' } },
  { name: 'all zero', values: vals(['a', 0], ['b', 0], ['c', 0]) },
  { name: 'all negative', values: vals(['a', -1], ['b', -2], ['c', -2]) },
  { name: 'a tie across the A cut goes A together', values: vals(['a', 70], ['b', 10], ['c', 10], ['d', 5], ['e', 5]) },
  { name: 'a tie group starting at the A cut is B', values: vals(['a', 80], ['b', 5], ['c', 5], ['d', 5], ['e', 5]) },
  { name: 'a group starting exactly at the B cut is C', values: vals(['a', 80], ['b', 15], ['c', 5]) },
  { name: 'just below the A cut', values: vals(['a', 79], ['b', 16], ['c', 5]) },
  { name: 'ties broken by id for the order, not the class', values: vals(['z', 10], ['m', 10], ['a', 10], ['q', 1]) },
  { name: 'numeric ids before string ids in a tie', values: vals(['10', 4], [10, 4], [2, 4], ['2', 4], ['b', 1]) },
  { name: 'zero and negative values are C, negative flagged', values: vals(['a', 50], ['b', 30], ['c', 0], ['d', -10], ['e', 20], ['f', -0]) },
  { name: 'fractional values', values: vals(['a', 0.1], ['b', 0.2], ['c', 0.3], ['d', 0.4]) },
  { name: 'large values of mixed magnitude', values: vals(['a', 1e16], ['b', 1], ['c', 3], ['d', 1e15]) },
  { name: 'custom cuts [0.5, 0.9]', values: vals(['a', 40], ['b', 30], ['c', 20], ['d', 10]), options: { cuts: [0.5, 0.9] } },
  { name: 'custom cuts [0.5, 0.5]: no B', values: vals(['a', 40], ['b', 30], ['c', 20], ['d', 10]), options: { cuts: [0.5, 0.5] } },
  { name: 'custom cuts [1, 1]: every positive value A', values: vals(['a', 40], ['b', 30], ['c', 0], ['d', 10]), options: { cuts: [1, 1] } },
  { name: 'tiny cuts: only the first group A', values: vals(['a', 40], ['b', 30], ['c', 20]), options: { cuts: [0.01, 0.02] } },
  { name: 'by customers, default cuts, twenty customers', values: Array.from({ length: 20 }, (_, i) => ({ customerId: `c${String(i).padStart(2, '0')}`, value: 100 - i })), options: { by: 'customers' } },
  { name: 'by customers, ties at the cut', values: vals(['a', 9], ['b', 9], ['c', 8], ['d', 7], ['e', 7], ['f', 1], ['g', 1], ['h', 1], ['i', 1], ['j', 1]), options: { by: 'customers', cuts: [0.1, 0.4] } },
  { name: 'by customers with zero and negative customers counted', values: vals(['a', 9], ['b', 0], ['c', -1], ['d', -2]), options: { by: 'customers', cuts: [0.25, 0.5] } },
  { name: 'maxA 1 caps A', values: vals(['a', 50], ['b', 30], ['c', 10], ['d', 10]), options: { maxA: 1 } },
  { name: 'maxA 2 with a tie group of three that would pass it', values: vals(['a', 30], ['b', 30], ['c', 30], ['d', 10]), options: { maxA: 2 } },
  { name: 'maxA 0: no A', values: vals(['a', 50], ['b', 30], ['c', 10]), options: { maxA: 0 } },
  { name: 'maxA closes A for good', values: vals(['a', 50], ['b', 40], ['c', 40], ['d', 1]), options: { maxA: 2, cuts: [0.99, 1] } },
  { name: 'maxA null is no cap', values: vals(['a', 50], ['b', 40], ['c', 1]), options: { maxA: null as unknown as number } },
  { name: 'Pareto population of ten', values: vals(['a', 500], ['b', 200], ['c', 100], ['d', 60], ['e', 50], ['f', 40], ['g', 20], ['h', 15], ['i', 10], ['j', 5]) },
  { name: 'Pareto population of ten, by customers [0.2, 0.5]', values: vals(['a', 500], ['b', 200], ['c', 100], ['d', 60], ['e', 50], ['f', 40], ['g', 20], ['h', 15], ['i', 10], ['j', 5]), options: { by: 'customers', cuts: [0.2, 0.5] } },
];

function abcCases() {
  return ABC_CASES.map(({ name, values, options }) => {
    const r = fitAbcFromValues(values, options);
    return {
      name,
      values,
      ...(options === undefined ? {} : { options }),
      expect: {
        customers: r.customers.map((c) => ({ customerId: c.customerId, rank: c.rank, abcClass: c.abcClass, valueTier: c.valueTier, negative: c.negative, share: c.share, cumulativeShare: c.cumulativeShare })),
        counts: r.counts,
        totalPositiveValue: r.totalPositiveValue,
      },
    };
  });
}

interface RfmCase {
  readonly name: string;
  readonly transactions: readonly ScoringTransaction[];
  readonly options: Omit<RfmOptions, 'asOf'>;
}

const ASOF = '2024-06-30';
const tx = (...rows: [string | number, string, number][]): ScoringTransaction[] => rows.map(([customerId, at, amount]) => ({ customerId, at, amount }));
/** One purchase per customer: `days` before asOf, of `amount`. */
const once = (rows: [string | number, number, number][]): ScoringTransaction[] =>
  rows.map(([customerId, days, amount]) => ({ customerId, at: new Date(Date.UTC(2024, 5, 30 - days)).toISOString().slice(0, 10), amount }));

/** Ten customers, seven of whom bought once: ties across bucket boundaries in F. */
const TIES = tx(
  ['a', '2024-06-29', 100], ['a', '2024-06-01', 50], ['a', '2024-05-01', 10],
  ['b', '2024-06-29', 100], ['b', '2024-04-01', 100],
  ['c', '2024-06-20', 100],
  ['d', '2024-06-20', 30],
  ['e', '2024-06-20', 30],
  ['f', '2024-05-01', 30],
  ['g', '2024-05-01', 30],
  ['h', '2024-03-01', 30],
  ['i', '2024-01-01', 5],
  ['j', '2023-06-30', 5],
);
const DISTINCT = once([['p', 1, 10], ['q', 5, 20], ['r', 10, 30], ['s', 50, 40], ['t', 100, 50], ['u', 200, 60], ['v', 300, 70]]);
const MIXED_IDS = once([[3, 10, 50], ['3', 10, 50], [20, 10, 50], ['b', 10, 50], ['a', 10, 50], [1, 40, 20], ['x', 40, 20]]);
const THRESHOLDS = { recency: [180, 90, 30, 7], frequency: [1, 2, 3, 5], monetary: [50, 100, 150, 200] };

const RFM_CASES: readonly RfmCase[] = [
  ...(['quantile', 'ntile'] as const).flatMap((method) => [
    { name: `${method}: seven distinct customers on 5 scores`, transactions: DISTINCT, options: { method } },
    { name: `${method}: seven distinct customers on 3 scores`, transactions: DISTINCT, options: { method, scores: 3 } },
    { name: `${method}: ties across the buckets (ten customers, seven one-time buyers)`, transactions: TIES, options: { method } },
    { name: `${method}: ties on 4 scores`, transactions: TIES, options: { method, scores: 4 } },
    { name: `${method}: ties on 10 scores`, transactions: TIES, options: { method, scores: 10 } },
    { name: `${method}: fewer customers than scores`, transactions: DISTINCT.slice(0, 3), options: { method } },
    { name: `${method}: one customer`, transactions: DISTINCT.slice(0, 1), options: { method } },
    { name: `${method}: all customers equal`, transactions: once([['a', 3, 10], ['b', 3, 10], ['c', 3, 10], ['d', 3, 10]]), options: { method, scores: 2 } },
    { name: `${method}: ties split by id, numbers before strings`, transactions: MIXED_IDS, options: { method, scores: 3 } },
  ]),
  { name: 'thresholds: values on, below and above each threshold', transactions: [...once([['on', 30, 100], ['below', 31, 99], ['above', 29, 101], ['far', 400, 1], ['recent', 0, 500]]), ...tx(['on', '2024-06-01', 50], ['on', '2024-05-01', 0])], options: { method: 'thresholds', thresholds: THRESHOLDS } },
  { name: 'thresholds on 3 scores', transactions: TIES, options: { method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 2], monetary: [50, 150] } } },
  {
    name: 'refunds, zero amounts and a refund-only customer (default policy)',
    transactions: tx(['a', '2024-06-01', 100], ['a', '2024-06-10', -30], ['b', '2024-06-20', 0], ['b', '2024-05-20', 40], ['c', '2024-06-25', -20], ['d', '2024-06-01', 60], ['d', '2024-06-01', 60]),
    options: { scores: 3 },
  },
  {
    name: "policy: refunds 'ignore', zeroAmounts 'ignore'",
    transactions: tx(['a', '2024-06-01', 100], ['a', '2024-06-10', -30], ['b', '2024-06-20', 0], ['b', '2024-05-20', 40], ['c', '2024-06-25', -20], ['d', '2024-06-01', 60], ['d', '2024-06-01', 60]),
    options: { scores: 3, policy: { refunds: 'ignore', zeroAmounts: 'ignore' } },
  },
  {
    name: "policy: sameDay 'once', monetary 'mean'",
    transactions: tx(['a', '2024-06-01', 100], ['a', '2024-06-01', 50], ['a', '2024-06-02', 30], ['b', '2024-06-20', 10], ['b', '2024-06-20', 10], ['c', '2024-06-10', 90], ['c', '2024-06-11', 0]),
    options: { scores: 3, policy: { sameDay: 'once', monetary: 'mean' } },
  },
  {
    name: "policy: futureTransactions 'ignore' (purchases after asOf left out)",
    transactions: tx(['a', '2024-06-01', 100], ['a', '2024-07-05', 50], ['b', '2024-06-20', 10], ['c', '2024-07-01', 90]),
    options: { scores: 2, policy: { futureTransactions: 'ignore' } },
  },
  {
    name: "policy: futureTransactions 'include' (recency at least 0)",
    transactions: tx(['a', '2024-06-01', 100], ['a', '2024-07-05', 50], ['b', '2024-06-20', 10], ['c', '2024-07-01', 90]),
    options: { scores: 2, policy: { futureTransactions: 'include' } },
  },
];

function rfmCases() {
  return RFM_CASES.map(({ name, transactions, options }) => {
    const { model, customers } = fitRfm(transactions, { asOf: ASOF, ...options });
    const bins = (m: 'recency' | 'frequency' | 'monetary') => ({ thresholds: model[m].thresholds, counts: model[m].counts });
    return {
      name,
      transactions,
      options: { asOf: ASOF, ...options },
      expect: {
        customers: customers.map(({ customerId, recencyDays, frequency, monetary, r, f, m }) => ({ customerId, recencyDays, frequency, monetary, r, f, m })),
        recency: bins('recency'),
        frequency: bins('frequency'),
        monetary: bins('monetary'),
        mean: model.mean,
        median: model.median,
      },
    };
  });
}

/** The conformance vectors of the scoring decisions. */
export function scoringVectors() {
  return {
    description:
      'rfmSegment on all 125 (r, f, m) of the built-in map and on a host map of scale 3 with cells no rule covers (null); eightClass with metrics below, on and above each centre; fitAbcFromValues on small populations (ties across a cut, zero and negative values, all equal, one customer, default, custom cuts and maxA, by value and by customers); fitRfm on small transaction sets as of a fixed day under each binning method (quantile, ntile, thresholds), with ties, and under the policy choices.',
    segments: segmentCases(),
    hostMapSegments: { map: HOST_MAP, cases: segmentCases(HOST_MAP) },
    eightClass: eightClassCases(),
    abc: abcCases(),
    rfm: rfmCases(),
  };
}
