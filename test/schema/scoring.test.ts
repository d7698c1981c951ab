import { describe, expect, it } from 'vitest';
import {
  aggregateTransactions,
  applyRfmModel,
  emptyAggregate,
  fitRfm,
  fitRfmFromAggregates,
  fitRfmModel,
  foldTransaction,
  mergeAggregates,
  type RfmModel,
} from '../../src/index.js';
import { CustomerAggregateSchema, fromZodError, RfmModelSchema } from '../../src/schema/index.js';
import { thrown } from '../support/thrown.js';

const orders = [
  { user: 'a', at: '2024-06-01', cents: 1000 },
  { user: 'a', at: '2024-06-20', cents: 2500 },
  { user: 'a', at: '2024-06-21', cents: -500 },
  { user: 'b', at: '2024-04-01', cents: 2000 },
  { user: 'b', at: '2024-04-01', cents: 0 },
  { user: 'c', at: '2024-02-01', cents: 3000 },
  { user: 'd', at: '2023-12-24', cents: 120 },
  { user: 'e', at: '2024-06-29', cents: 9900 },
  { user: 'e', at: '2024-05-29', cents: 10.25 },
];
const accessors = { customerId: (o: (typeof orders)[number]) => o.user, at: (o: (typeof orders)[number]) => o.at, amount: (o: (typeof orders)[number]) => o.cents };
const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));
const aggregates = aggregateTransactions(orders.map((o) => ({ customerId: o.user, at: o.at, amount: o.cents })));

/** Where zod puts its first issue, joined, or 'ok'. */
function zodPath(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[] }[] } } }, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : result.error!.issues[0]!.path.map(String).join('.');
}

/** A deep (JSON) copy with one value replaced (or removed, for `undefined`) at a path; the replacement itself is not serialised, so NaN stays NaN. */
function edit<T>(value: T, path: readonly (string | number)[], replacement: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

describe('CustomerAggregateSchema', () => {
  it('real aggregates survive JSON and the schema unchanged: folded, merged, empty', () => {
    const merged = mergeAggregates(foldTransaction(undefined, { customerId: 7, at: '2024-01-05', amount: 1200, profit: 300 }), foldTransaction(undefined, { customerId: 7, at: '2024-01-09', amount: -200 }));
    for (const a of [...aggregates, merged, emptyAggregate('z')]) {
      const stored = roundTrip(a);
      expect(CustomerAggregateSchema.parse(stored)).toEqual(a);
    }
  });

  it('the parsed aggregate is usable: same scores as the original', () => {
    const parsed = aggregates.map((a) => CustomerAggregateSchema.parse(roundTrip(a)));
    expect(fitRfmFromAggregates(parsed, { asOf: '2024-06-30', scores: 3 })).toEqual(fitRfmFromAggregates(aggregates, { asOf: '2024-06-30', scores: 3 }));
  });

  const a = aggregates[0]!;
  it.each([
    ['negative count', ['purchases'], -1, 'purchases'],
    ['fractional count', ['refunds'], 0.5, 'refunds'],
    ['missing field', ['spend'], undefined, 'spend'],
    ['NaN', ['spend'], Number.NaN, 'spend'],
    ['a day as a string', ['firstDay'], '2024-06-01', 'firstDay'],
    ['positive refunds', ['refunded'], 5, 'refunded'],
    ['unsorted days', ['purchaseDays'], [...a.purchaseDays].reverse(), 'purchaseDays.1'],
    ['a customer id of the wrong type', ['customerId'], true, 'customerId'],
    ['an empty customer id', ['customerId'], '', 'customerId'],
    ['transactions out of step with the counts', ['transactions'], a.transactions + 1, 'transactions'],
    ['lastPositiveDay not the last purchase day', ['lastPositiveDay'], a.firstDay - 1, 'lastPositiveDay'],
    ['a refund day without refunds', ['lastRefundDay'], null, 'lastRefundDay'],
  ])('refuses %s, at its path', (_, path, value, where) => {
    expect(zodPath(CustomerAggregateSchema, edit(a, path, value))).toBe(where);
  });

  it('fromZodError turns a refusal into a CrmTaxonomyError with the path', () => {
    const result = CustomerAggregateSchema.safeParse({ ...a, purchases: -1 });
    expect(result.success).toBe(false);
    const error = fromZodError(result.error!, 'invalid_argument');
    expect(error).toMatchObject({ code: 'invalid_argument', path: ['purchases'] });
    expect(error.message).toMatch(/purchases/);
  });
});

describe('RfmModelSchema', () => {
  const fitted = [
    fitRfm(orders, accessors, { asOf: '2024-06-30', scores: 3 }).model,
    fitRfm(orders, accessors, { asOf: '2024-06-30', scores: 5, method: 'ntile', sameDay: 'once', monetary: 'mean' }).model,
    fitRfm(orders, accessors, { asOf: '2024-06-30', scores: 4, refunds: 'ignore', zeroAmounts: 'ignore', timeZone: 'Asia/Shanghai' }).model,
    fitRfmFromAggregates(aggregates, { asOf: '2024-06-30', scores: 2 }).model,
    fitRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } }),
  ];

  it('fitted models survive JSON and the schema unchanged, and still score the same', () => {
    const d = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 1500 });
    for (const model of fitted) {
      const parsed = RfmModelSchema.parse(roundTrip(model));
      expect(parsed).toEqual(model);
      expect(applyRfmModel(parsed, d)).toEqual(applyRfmModel(model, d));
    }
  });

  const model = fitted[0]!;
  const aggregate = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 1500 });
  const handCheck = (m: unknown): string => {
    try {
      applyRfmModel(m as RfmModel, aggregate);
      return 'ok';
    } catch {
      return thrown(() => applyRfmModel(m as RfmModel, aggregate)).code;
    }
  };

  // Bad models that applyRfmModel refuses too: both checks agree.
  it.each([
    ['another kind', ['kind'], 'bg-nbd', 'kind', 'invalid_model'],
    ['another version', ['version'], 2, 'version', 'invalid_model'],
    ['scores out of range', ['scores'], 101, 'scores', 'invalid_policy'],
    ['fractional scores', ['scores'], 2.5, 'scores', 'invalid_policy'],
    ['missing thresholds', ['recency', 'thresholds'], undefined, 'recency.thresholds', 'invalid_model'],
    ['too few thresholds', ['monetary', 'thresholds'], [1], 'monetary.thresholds', 'invalid_model'],
    ['a threshold that is not a number', ['frequency', 'thresholds', 0], 'one', 'frequency.thresholds.0', 'invalid_model'],
    ['an unknown policy choice', ['policy', 'sameDay'], 'twice', 'policy.sameDay', 'invalid_policy'],
  ])('refuses %s, as applyRfmModel does', (_, path, value, where, code) => {
    const bad = edit(model, path, value);
    expect(zodPath(RfmModelSchema, bad)).toBe(where);
    expect(handCheck(bad)).toBe(code);
  });

  it('refuses a NaN or infinite threshold, as applyRfmModel does', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const bad = { ...model, recency: { ...model.recency, thresholds: [t, ...model.recency.thresholds.slice(1)] } };
      expect(zodPath(RfmModelSchema, bad)).toBe('recency.thresholds.0');
      expect(handCheck(bad)).toBe('invalid_model');
    }
  });

  it('refuses a model fitted on an empty population, as applyRfmModel does', () => {
    const empty = fitRfm([], accessors, { asOf: '2024-06-30' }).model;
    const result = RfmModelSchema.safeParse(roundTrip(empty));
    expect(result.error?.issues[0]).toMatchObject({ path: ['recency', 'thresholds'], message: expect.stringMatching(/empty population/) });
    expect(handCheck(empty)).toBe('invalid_model');
  });

  // The rest of the shape, which applyRfmModel does not read: only the schema refuses.
  it.each([
    ['an unknown method', ['method'], 'kmeans', 'method'],
    ['a negative population', ['population'], -1, 'population'],
    ['a missing field', ['median'], undefined, 'median'],
    ['asOf not an ISO date', ['asOf'], '30/06/2024', 'asOf'],
    ['a swapped direction', ['recency', 'direction'], 'higher_is_better', 'recency.direction'],
    ['thresholds out of order', ['monetary', 'thresholds'], [...model.monetary.thresholds].reverse(), 'monetary.thresholds.1'],
    ['counts not adding up to population', ['frequency', 'counts', 0], model.frequency.counts[0]! + 1, 'frequency.counts'],
    ['a negative count', ['frequency', 'counts', 0], -1, 'frequency.counts.0'],
    ['unusedScores out of step with counts', ['monetary', 'unusedScores'], [1], 'monetary.unusedScores'],
    ['an empty time zone', ['policy', 'timeZone'], '', 'policy.timeZone'],
  ])('refuses %s (applyRfmModel does not read it)', (_, path, value, where) => {
    expect(zodPath(RfmModelSchema, edit(model, path, value))).toBe(where);
  });

  it('the model under test has distinct thresholds and a used score each (so the edits above are real)', () => {
    expect(new Set(model.monetary.thresholds).size).toBe(2);
    expect(model.frequency.counts[0]).toBeGreaterThan(0);
    expect(model.monetary.unusedScores).not.toEqual([1]);
  });
});
