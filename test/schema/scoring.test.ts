import { describe, expect, it } from 'vitest';
import { aggregateTransactions, defineRfmModel, fitRfm, fitRfmColumns, fitRfmFromAggregates, foldTransaction, mergeAggregates, scoreRfm, type RfmModel } from '../../src/index.js';
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
type Order = (typeof orders)[number];
const accessors = { customerId: (o: Order) => o.user, at: (o: Order) => o.at, amount: (o: Order) => o.cents };
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
  it('real aggregates survive JSON and the schema unchanged: folded, merged', () => {
    const merged = mergeAggregates(foldTransaction(undefined, { customerId: 7, at: '2024-01-05', amount: 1200, profit: 300 }), foldTransaction(undefined, { customerId: 7, at: '2024-01-09', amount: -200 }));
    for (const a of [...aggregates, merged]) {
      const stored = roundTrip(a);
      expect(CustomerAggregateSchema.parse(stored)).toEqual(a);
    }
  });

  it('the parsed aggregate is usable: same scores as the original', () => {
    const parsed = aggregates.map((a) => CustomerAggregateSchema.parse(roundTrip(a)));
    expect(fitRfmFromAggregates(parsed, { asOf: '2024-06-30', scores: 3 })).toEqual(fitRfmFromAggregates(aggregates, { asOf: '2024-06-30', scores: 3 }));
  });

  const a = aggregates[0]!;
  const handCheck = (value: unknown): string => {
    try {
      mergeAggregates(value as never, a);
      return 'ok';
    } catch {
      return thrown(() => mergeAggregates(value as never, a)).path.slice(1).join('.');
    }
  };
  it.each([
    ['negative count', ['purchases'], -1, 'purchases'],
    ['fractional count', ['refunds'], 0.5, 'refunds'],
    ['missing field', ['spend'], undefined, 'spend'],
    ['NaN', ['spend'], Number.NaN, 'spend'],
    ['a day as a string', ['firstDay'], '2024-06-01', 'firstDay'],
    ['a day beyond the Date range', ['firstDay'], -1e9, 'firstDay'],
    ['positive refunds', ['refunded'], 5, 'refunded'],
    ['unsorted days', ['purchaseDays'], [...a.purchaseDays].reverse(), 'purchaseDays.1'],
    ['a NaN day', ['purchaseDays'], [Number.NaN], 'purchaseDays.0'],
    ['a customer id of the wrong type', ['customerId'], true, 'customerId'],
    ['an empty customer id', ['customerId'], '', 'customerId'],
    ['transactions out of step with the counts', ['transactions'], a.transactions + 1, 'transactions'],
    ['lastPositiveDay not the last purchase day', ['lastPositiveDay'], a.firstDay - 1, 'lastPositiveDay'],
    ['a refund day without refunds', ['lastRefundDay'], null, 'lastRefundDay'],
  ])('refuses %s, at its path, as the core does', (_, path, value, where) => {
    const bad = edit(a, path, value);
    expect(zodPath(CustomerAggregateSchema, bad)).toBe(where);
    expect(handCheck(bad)).toBe(where);
  });

  it('keeps a host’s own columns beside the fields (an updatedAt of the stored row)', () => {
    const extra = edit(a, ['updatedAt'], '2024-07-01');
    expect(CustomerAggregateSchema.parse(extra)).toMatchObject({ updatedAt: '2024-07-01' });
    expect(handCheck(extra)).toBe('ok');
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
  const fit = (options: Parameters<typeof fitRfm>[1] extends infer O ? Omit<O & object, 'accessors'> : never) => fitRfm(orders, { ...(options as { asOf: string }), accessors }).model;
  const fitted = [
    fit({ asOf: '2024-06-30', scores: 3 }),
    fit({ asOf: '2024-06-30', scores: 5, method: 'ntile', policy: { sameDay: 'once', monetary: 'mean' } }),
    fit({ asOf: '2024-06-30', scores: 4, policy: { refunds: 'ignore', zeroAmounts: 'ignore', timeZone: 'Asia/Shanghai' } }),
    fitRfmFromAggregates(aggregates, { asOf: '2024-06-30', scores: 2 }).model,
    fitRfmColumns({ customer: new Int32Array([0, 1]), day: new Int32Array([19_800, 19_850]), amount: new Float64Array([1, 2]) }, { asOf: '2024-06-30' }).model,
    defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } }),
    fitRfm([], { asOf: '2024-06-30' }).model,
  ];

  it('every model the library makes survives JSON and the schema unchanged, and still scores the same', () => {
    for (const model of fitted) {
      // An aggregate counted in the model's zone (one of another is refused).
      const d = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 1500 }, { timeZone: model.policy.timeZone });
      const parsed = RfmModelSchema.parse(roundTrip(model));
      expect(parsed).toEqual(model);
      if (model.population > 0 || model.method === 'thresholds') expect(scoreRfm(parsed, d)).toEqual(scoreRfm(model, d));
    }
  });

  const model = fitted[0]!;
  const aggregate = foldTransaction(undefined, { customerId: 'd', at: '2024-06-29', amount: 1500 });
  const handCheck = (m: unknown): string => {
    try {
      scoreRfm(m as RfmModel, aggregate);
      return 'ok';
    } catch {
      const error = thrown(() => scoreRfm(m as RfmModel, aggregate));
      return `${error.code} ${error.path.slice(1).join('.')}`;
    }
  };

  // Bad models: the schema and scoreRfm refuse them at the same path (one shape, two readers).
  it.each([
    ['another kind', ['kind'], 'bg-nbd', 'kind'],
    ['another version', ['version'], 2, 'version'],
    ['scores out of range', ['scores'], 101, 'scores'],
    ['fractional scores', ['scores'], 2.5, 'scores'],
    ['missing thresholds', ['recency', 'thresholds'], undefined, 'recency.thresholds'],
    ['too few thresholds', ['monetary', 'thresholds'], [1], 'monetary.thresholds'],
    ['a threshold that is not a number', ['frequency', 'thresholds', 0], 'one', 'frequency.thresholds.0'],
    ['an unknown policy choice', ['policy', 'sameDay'], 'twice', 'policy.sameDay'],
    ['an unknown method', ['method'], 'kmeans', 'method'],
    ['a negative population', ['population'], -1, 'population'],
    ['a missing field', ['median'], undefined, 'median'],
    ['asOf not an ISO date', ['asOf'], '30/06/2024', 'asOf'],
    ['a swapped direction', ['recency', 'direction'], 'higher_is_better', 'recency.direction'],
    ['a direction that is no direction', ['recency', 'direction'], 'abc', 'recency.direction'],
    ['thresholds out of order', ['monetary', 'thresholds'], [...model.monetary.thresholds].reverse(), 'monetary.thresholds.1'],
    ['counts not adding up to population', ['frequency', 'counts', 0], model.frequency.counts[0]! + 1, 'frequency.counts'],
    ['a negative count', ['frequency', 'counts', 0], -1, 'frequency.counts.0'],
    ['unusedScores out of step with counts', ['monetary', 'unusedScores'], [1], 'monetary.unusedScores.0'],
    ['an empty time zone', ['policy', 'timeZone'], '', 'policy.timeZone'],
    ['an unknown time zone', ['policy', 'timeZone'], 'Mars/Base', 'policy.timeZone'],
  ])('refuses %s, as scoreRfm does', (_, path, value, where) => {
    const bad = edit(model, path, value);
    expect(zodPath(RfmModelSchema, bad)).toBe(where);
    expect(handCheck(bad)).toBe(`invalid_model ${where}`);
  });

  it('refuses a NaN or infinite threshold, as scoreRfm does', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const bad = { ...model, recency: { ...model.recency, thresholds: [t, ...model.recency.thresholds.slice(1)] } };
      expect(zodPath(RfmModelSchema, bad)).toBe('recency.thresholds.0');
      expect(handCheck(bad)).toBe('invalid_model recency.thresholds.0');
    }
  });

  it('accepts the model of an empty population (the round trip works); scoreRfm says it scores nobody', () => {
    const empty = fitRfm([], { asOf: '2024-06-30' }).model;
    expect(RfmModelSchema.safeParse(roundTrip(empty)).success).toBe(true);
    expect(handCheck(roundTrip(empty))).toBe('empty_input population');
  });

  it('the model under test has distinct thresholds and a used score each (so the edits above are real)', () => {
    expect(new Set(model.monetary.thresholds).size).toBe(2);
    expect(model.frequency.counts[0]).toBeGreaterThan(0);
    expect(model.monetary.unusedScores).not.toEqual([1]);
  });
});
