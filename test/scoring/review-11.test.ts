/**
 * A hostile review of scoring: aggregates counted in one zone and read in another, cut points
 * given without the method that reads them, an `asOf` beside metrics already counted.
 */
import { describe, expect, it } from 'vitest';
import { aggregateTransactions, defineRfmModel, fitAbc, fitRfm, fitRfmColumns, fitRfmFromAggregates, foldTransaction, mergeAggregates, message, rfmSegment, scoreRfm, type SegmentMap } from '../../src/index.js';
import { CustomerAggregateSchema } from '../../src/schema/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';
import { thrown } from '../support/thrown.js';

// 20:00 UTC on 30 June is 04:00 on 1 July in Shanghai: the day asOf is.
const rows = [
  { customerId: 'a', at: '2024-06-30T20:00:00Z', amount: 10 },
  { customerId: 'b', at: '2024-06-01T00:00:00Z', amount: 10 },
];
const shanghai = { asOf: '2024-07-01', policy: { timeZone: 'Asia/Shanghai' } } as const;

describe('aggregates say the zone their days are counted in', () => {
  it('gives what fitRfm gives, when folded in the zone the policy reads asOf in', () => {
    const aggregates = aggregateTransactions(rows, { timeZone: 'Asia/Shanghai' });
    expect(aggregates.map((a) => a.timeZone)).toEqual(['Asia/Shanghai', 'Asia/Shanghai']);
    expect(fitRfmFromAggregates(aggregates, shanghai)).toEqual(fitRfm(rows, shanghai));
    expect(fitRfm(rows, shanghai).customers[0]!.recencyDays).toBe(0);
    const fitted = fitRfm(rows, { ...shanghai, scores: 2 }).model;
    const folded = foldTransaction(undefined, rows[0]!, { timeZone: 'Asia/Shanghai' });
    expect(scoreRfm(fitted, folded)).toMatchObject({ recencyDays: 0 });
  });

  it('refuses aggregates of UTC days under a policy of Shanghai days (recency was a day off, silently)', () => {
    const error = thrown(() => fitRfmFromAggregates(aggregateTransactions(rows), shanghai));
    expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['aggregates', 0, 'timeZone'], { expected: 'same_as_other', received: '"UTC"', other: 'policy.timeZone' }]);
    const model = fitRfm(rows, { ...shanghai, scores: 2 }).model;
    const utc = thrown(() => scoreRfm(model, foldTransaction(undefined, rows[0]!)));
    expect([utc.code, utc.path]).toEqual(['invalid_argument', ['aggregate', 'timeZone']]);
    // And the other way round: Shanghai days under a UTC policy.
    const zoned = thrown(() => fitRfmFromAggregates(aggregateTransactions(rows, { timeZone: 'Asia/Shanghai' }), { asOf: '2024-07-01' }));
    expect([zoned.path, zoned.details]).toEqual([['aggregates', 0, 'timeZone'], { expected: 'same_as_other', received: '"Asia/Shanghai"', other: 'policy.timeZone' }]);
  });

  it('folds and merges only days of one zone; names of one zone are one zone', () => {
    const a = foldTransaction(undefined, rows[0]!, { timeZone: 'Asia/Shanghai' });
    // A fold counts in the aggregate's zone unless told otherwise, and then only in that one.
    expect(foldTransaction(a, { ...rows[0]!, at: '2024-07-02T20:00:00Z' })).toMatchObject({ timeZone: 'Asia/Shanghai', purchaseDays: [19905, 19907] });
    const fold = thrown(() => foldTransaction(a, { ...rows[0]!, at: '2024-07-02' }, { timeZone: 'UTC' }));
    expect([fold.code, fold.path, fold.details]).toEqual(['invalid_argument', ['options', 'timeZone'], { expected: 'same_as_other', received: '"UTC"', other: 'aggregate.timeZone' }]);
    const merge = thrown(() => mergeAggregates(a, foldTransaction(undefined, rows[0]!)));
    expect([merge.code, merge.path]).toEqual(['invalid_argument', ['b', 'timeZone']]);
    // PRC is a name of Asia/Shanghai; utc and Etc/UTC of UTC (which goes unsaid).
    expect(foldTransaction(a, { ...rows[0]!, at: '2024-07-02' }, { timeZone: 'PRC' }).timeZone).toBe('Asia/Shanghai');
    const u = foldTransaction(undefined, rows[0]!, { timeZone: 'utc' });
    expect('timeZone' in u).toBe(false);
    // Every tzdata name of UTC is UTC, read without Intl, whatever an engine calls it.
    for (const name of ['GMT', 'Etc/GMT+0', 'Zulu', 'Universal', 'UCT', 'etc/greenwich']) expect(foldTransaction(u, rows[0]!, { timeZone: name })).not.toHaveProperty('timeZone');
    expect(thrown(() => foldTransaction(u, rows[0]!, { timeZone: 'Etc/GMT+1' })).path).toEqual(['options', 'timeZone']);
    expect(mergeAggregates(u, foldTransaction(undefined, rows[0]!, { timeZone: 'Etc/UTC' })).purchases).toBe(2);
    expect(mergeAggregates(a, foldTransaction(undefined, rows[0]!, { timeZone: 'Asia/Shanghai' })).timeZone).toBe('Asia/Shanghai');
  });

  it('a stored zone is checked as any field (schema and core alike)', () => {
    const a = foldTransaction(undefined, rows[0]!, { timeZone: 'Asia/Shanghai' });
    expect(CustomerAggregateSchema.safeParse(JSON.parse(JSON.stringify(a))).success).toBe(true);
    expect(CustomerAggregateSchema.safeParse({ ...a, timeZone: 'Mars/Olympus' }).success).toBe(false);
    const error = thrown(() => mergeAggregates({ ...a, timeZone: 'Mars/Olympus' }, a));
    expect([error.code, error.path]).toEqual(['invalid_argument', ['a', 'timeZone']]);
  });
});

describe('cut points without the method that reads them', () => {
  it('are refused, where they were ignored for a quantile fit', () => {
    const thresholds = { recency: [1], frequency: [1], monetary: [1] };
    for (const fit of [
      () => fitRfm(rows, { asOf: '2024-07-01', scores: 2, thresholds }),
      () => fitRfmColumns({ customer: new Int32Array([0]), day: new Int32Array([19_900]), amount: new Float64Array([1]) }, { asOf: '2024-07-01', scores: 2, method: 'ntile', thresholds }),
    ]) {
      const error = thrown(fit);
      expect([error.code, error.path, error.details]).toEqual(['invalid_policy', ['options', 'thresholds'], { expected: 'only_with_other', received: '(object)', other: "options.method 'thresholds'" }]);
      expect(message(error)).toBe("Invalid policy setting options.thresholds: expected nothing (it applies only with options.method 'thresholds'), received (an object)");
      expect(message(error, { locale: 'zh-Hans', texts: zhHans })).toContain("应为空（仅与 options.method 'thresholds' 一起适用）");
      expect(message(error, { locale: 'zh-Hant', texts: zhHant })).toContain("應為空（僅與 options.method 'thresholds' 一起適用）");
    }
    expect(fitRfm(rows, { asOf: '2024-07-01', scores: 2, method: 'thresholds', thresholds }).model.method).toBe('thresholds');
  });
});

it('scoreRfm refuses an asOf beside metrics already counted to a day (it was ignored, even when no date)', () => {
  const model = defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 2, thresholds: { recency: [30], frequency: [1], monetary: [5] } });
  const score = scoreRfm as (...args: unknown[]) => unknown;
  const error = thrown(() => score(model, { recencyDays: 1, frequency: 1, monetary: 5 }, { asOf: 'garbage' }));
  expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['options', 'asOf'], { expected: 'only_with_other', received: '"garbage"', other: 'aggregate' }]);
});

describe("a host's segment map is checked whole", () => {
  const map: SegmentMap = {
    scale: 3,
    segments: [{ id: 'top', domain: { loyalty: 'loyal' } }, { id: 'rest' }],
    rules: [
      { segment: 'top', r: [3, 3], f: [2, 3], m: [1, 3] },
      { segment: 'rest', r: [1, 3], f: [1, 3], m: [1, 3] },
    ],
  };
  const refused = (segmentMap: unknown) => {
    const error = thrown(() => rfmSegment({ r: 1, f: 1, m: 1 }, { segmentMap: segmentMap as never }));
    return [error.code, error.path, error.details];
  };

  it('answers from a sound map', () => {
    expect(rfmSegment({ r: 3, f: 3, m: 1 }, { segmentMap: map })).toEqual({ id: 'top', domain: { loyalty: 'loyal' } });
  });

  it('refuses a rule of a segment it does not list (it answered a segment of no definition)', () => {
    expect(refused({ ...map, rules: [{ ...map.rules[0]!, segment: 'y' }, map.rules[1]] })).toEqual(['invalid_argument', ['options', 'segmentMap', 'rules', 0, 'segment'], { expected: 'one_of', received: '"y"', allowed: ['top', 'rest'] }]);
  });

  it('refuses a domain that is no status or loyalty level of the taxonomy, a segment listed twice, a range beyond the scale', () => {
    expect(refused({ ...map, segments: [{ id: 'top', domain: { status: 'blah' } }, { id: 'rest' }] })).toEqual([
      'invalid_argument',
      ['options', 'segmentMap', 'segments', 0, 'domain', 'status'],
      { expected: 'one_of', received: '"blah"', allowed: ['non_customer', 'potential', 'target', 'current', 'lost'] },
    ]);
    expect(refused({ ...map, segments: [...map.segments, { id: 'top' }] })).toEqual(['invalid_argument', ['options', 'segmentMap', 'segments', 2, 'id'], { expected: 'unique', received: '"top"' }]);
    expect(refused({ ...map, rules: [{ ...map.rules[0]!, r: [1, 50] }, map.rules[1]] })).toEqual(['invalid_argument', ['options', 'segmentMap', 'rules', 0, 'r', 1], { expected: 'integer', received: '50', min: 1, max: 3 }]);
  });
});


it("fitAbc takes an RFM model's policy whole: one policy object serves both (sameDay and monetary shape RFM metrics)", () => {
  const { model } = fitRfm(rows, { ...shanghai, scores: 2, policy: { timeZone: 'Asia/Shanghai', sameDay: 'once', monetary: 'mean' } });
  expect(fitAbc(rows, { asOf: model.asOf, policy: model.policy }).counts).toEqual(fitAbc(rows, { asOf: model.asOf, policy: { timeZone: 'Asia/Shanghai' } }).counts);
  expect(fitAbc(rows, { policy: model.policy }).counts).toEqual(fitAbc(rows).counts);
});

it('fitRfmColumns refuses a key of its input it does not know (a misspelt customers count was inferred)', () => {
  const input = { customer: new Int32Array([0, 1]), day: new Int32Array([19_900, 19_901]), amount: new Float64Array([1, 2]), customerCount: 5 };
  const error = thrown(() => fitRfmColumns(input as never, { asOf: '2024-07-01' }));
  expect([error.code, error.path, error.details]).toEqual(['invalid_argument', ['input', 'customerCount'], { expected: 'known_key', received: '"customerCount"', allowed: ['customer', 'day', 'amount', 'customers'] }]);
});
