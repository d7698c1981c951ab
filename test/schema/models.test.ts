import { describe, expect, it } from 'vitest';
import {
  classify,
  expectedAverageSpend,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  fitValueModel,
  probabilityAlive,
  type BgNbdModel,
  type GammaGammaModel,
  type ValueModel,
} from '../../src/index.js';
import { BgNbdModelSchema, GammaGammaModelSchema, ParetoNbdModelSchema, ValueModelSchema } from '../../src/schema/index.js';

const histories = [
  { x: 0, tx: 0, T: 30 },
  { x: 1, tx: 5, T: 30 },
  { x: 3, tx: 25, T: 30 },
  { x: 0, tx: 0, T: 20 },
  { x: 2, tx: 18, T: 20 },
  { x: 1, tx: 2, T: 25 },
  { x: 4, tx: 27, T: 28 },
  { x: 0, tx: 0, T: 12 },
];
const spend = [
  { x: 1, meanRepeatSpend: 20 },
  { x: 3, meanRepeatSpend: 35 },
  { x: 2, meanRepeatSpend: 15 },
  { x: 5, meanRepeatSpend: 42 },
  { x: 1, meanRepeatSpend: 60 },
  { x: 0, meanRepeatSpend: 0 },
];
const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

function zodPath(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[] }[] } } }, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : result.error!.issues[0]!.path.map(String).join('.');
}

function edit<T>(value: T, path: readonly (string | number)[], replacement: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** The error code a call throws, or 'ok'. */
function code(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const bg = fitBgNbd(histories, { timeUnit: 'weeks' });
const pareto = fitParetoNbd(histories, { timeUnit: 'days' });
const gg = fitGammaGamma(spend);

describe('BG/NBD and Pareto/NBD model schemas', () => {
  it('fitted models survive JSON and the schema unchanged, and predict the same', () => {
    const customer = { x: 2, tx: 18, T: 20 };
    for (const [schema, model] of [[BgNbdModelSchema, bg], [ParetoNbdModelSchema, pareto]] as const) {
      const parsed = schema.parse(roundTrip(model));
      expect(parsed).toEqual(model);
      expect(probabilityAlive(parsed, customer)).toBe(probabilityAlive(model, customer));
    }
  });

  it('accept a model written by hand from published parameters (no atBound, zero iterations)', () => {
    const cdnow: BgNbdModel = {
      model: 'bg-nbd',
      timeUnit: 'weeks',
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
      logLikelihood: -9582.43,
      data: { customers: 2357, repeatCustomers: 946, totalRepeatPurchases: 2457, meanT: 32.7, maxT: 38.86 },
      fit: { iterations: 0, runs: 0, converged: true },
    };
    expect(BgNbdModelSchema.parse(cdnow)).toEqual(cdnow);
  });

  // What probabilityAlive checks (tag, time unit, every parameter finite and > 0): both refuse.
  it.each([
    ['an unknown model', ['model'], 'gamma-gamma', 'model', 'invalid_model'],
    ['an unknown time unit', ['timeUnit'], 'months', 'timeUnit', 'invalid_argument'],
    ['a missing time unit', ['timeUnit'], undefined, 'timeUnit', 'invalid_argument'],
    ['a negative parameter', ['params', 'r'], -1, 'params.r', 'invalid_parameters'],
    ['a zero parameter', ['params', 'b'], 0, 'params.b', 'invalid_parameters'],
    ['a NaN parameter', ['params', 'alpha'], Number.NaN, 'params.alpha', 'invalid_parameters'],
    ['a missing parameter', ['params', 'a'], undefined, 'params.a', 'invalid_parameters'],
    ['missing params', ['params'], undefined, 'params', 'invalid_parameters'],
  ])('BG/NBD: refuses %s, as probabilityAlive does', (_, path, value, where, handCode) => {
    const bad = edit(bg, path, value);
    expect(zodPath(BgNbdModelSchema, bad)).toBe(where);
    expect(code(() => probabilityAlive(bad as unknown as BgNbdModel, { x: 1, tx: 2, T: 3 }))).toBe(handCode);
  });

  it('Pareto/NBD: refuses a bad parameter and a BG/NBD model, as probabilityAlive does', () => {
    for (const [bad, where] of [[edit(pareto, ['params', 'beta'], -2), 'params.beta'], [roundTrip(bg), 'model']] as const) {
      expect(zodPath(ParetoNbdModelSchema, bad)).toBe(where);
    }
    // probabilityAlive takes either model; a negative beta it refuses.
    expect(code(() => probabilityAlive(edit(pareto, ['params', 'beta'], -2) as never, { x: 1, tx: 2, T: 3 }))).toBe('invalid_parameters');
  });

  // The rest of the record, which the predictions do not read: only the schema refuses.
  it.each([
    ['a NaN log-likelihood', ['logLikelihood'], Number.NaN, 'logLikelihood'],
    ['a log-likelihood lost to JSON (null)', ['logLikelihood'], null, 'logLikelihood'],
    ['a negative customer count', ['data', 'customers'], -1, 'data.customers'],
    ['more repeat customers than customers', ['data', 'repeatCustomers'], 99, 'data.repeatCustomers'],
    ['a fractional iteration count', ['fit', 'iterations'], 1.5, 'fit.iterations'],
    ['a missing converged flag', ['fit', 'converged'], undefined, 'fit.converged'],
    ['atBound naming no parameter', ['fit', 'atBound'], ['zeta'], 'fit.atBound.0'],
    ['an empty atBound', ['fit', 'atBound'], [], 'fit.atBound'],
  ])('BG/NBD: refuses %s (the predictions do not read it)', (_, path, value, where) => {
    const bad = edit(bg, path, value);
    expect(zodPath(BgNbdModelSchema, bad)).toBe(where);
    expect(code(() => probabilityAlive(bad as unknown as BgNbdModel, { x: 1, tx: 2, T: 3 }))).toBe('ok');
  });
});

describe('GammaGammaModelSchema', () => {
  it('a fitted model survives JSON and the schema unchanged, and predicts the same', () => {
    const parsed = GammaGammaModelSchema.parse(roundTrip(gg));
    expect(parsed).toEqual(gg);
    expect(expectedAverageSpend(parsed, { x: 2, meanRepeatSpend: 30 })).toBe(expectedAverageSpend(gg, { x: 2, meanRepeatSpend: 30 }));
  });

  it.each([
    ['another model', ['model'], 'bg-nbd', 'model', 'invalid_model'],
    ['a negative parameter', ['params', 'q'], -1, 'params.q', 'invalid_parameters'],
    ['a missing parameter', ['params', 'gamma'], undefined, 'params.gamma', 'invalid_parameters'],
  ])('refuses %s, as expectedAverageSpend does', (_, path, value, where, handCode) => {
    const bad = edit(gg, path, value);
    expect(zodPath(GammaGammaModelSchema, bad)).toBe(where);
    expect(code(() => expectedAverageSpend(bad as unknown as GammaGammaModel, { x: 2, meanRepeatSpend: 30 }))).toBe(handCode);
  });

  it('refuses a bad data summary, which expectedAverageSpend does not read', () => {
    expect(zodPath(GammaGammaModelSchema, edit(gg, ['data', 'meanSpend'], 0))).toBe('data.meanSpend');
    expect(zodPath(GammaGammaModelSchema, edit(gg, ['data'], undefined))).toBe('data');
  });
});

describe('ValueModelSchema', () => {
  const model = fitValueModel([
    { customerId: 'a', value: 700 },
    { customerId: 'b', value: 200 },
    { customerId: 'c', value: 60 },
    { customerId: 'd', value: 40 },
  ]);
  const empty = fitValueModel([]);
  const facts = { transactions: [{ at: '2024-06-01', amount: 300 }] };
  const handCheck = (m: unknown): string => code(() => classify(facts, { asOf: '2024-06-30', valueModel: m as ValueModel }));

  it('fitted models (one from no customer) survive JSON and the schema unchanged, and classify the same', () => {
    for (const m of [model, empty]) {
      const parsed = ValueModelSchema.parse(roundTrip(m));
      expect(parsed).toEqual(m);
      expect(classify(facts, { asOf: '2024-06-30', valueModel: parsed })).toEqual(classify(facts, { asOf: '2024-06-30', valueModel: m }));
    }
    expect(empty).toMatchObject({ aMin: null, bMin: null, population: 0 });
  });

  it.each([
    ['another kind', ['kind'], 'rfm_model', 'kind'],
    ['another version', ['version'], 2, 'version'],
    ['an unknown basis', ['basis'], 'margin', 'basis'],
    ['a NaN threshold', ['aMin'], Number.NaN, 'aMin'],
    ['a missing threshold', ['bMin'], undefined, 'bMin'],
    ['bMin above aMin', ['bMin'], 10_000, 'bMin'],
  ])('refuses %s, as classify does', (_, path, value, where) => {
    const bad = edit(model, path, value);
    expect(zodPath(ValueModelSchema, bad)).toBe(where);
    expect(handCheck(bad)).toBe('invalid_model');
  });

  it('refuses a negative or missing population and unknown keys, as classify does (one shape, two readers)', () => {
    for (const value of [-1, 2.5, undefined]) {
      const bad = edit(model, ['population'], value);
      expect(zodPath(ValueModelSchema, bad)).toBe('population');
      expect(handCheck(bad)).toBe('invalid_model');
    }
    expect(ValueModelSchema.safeParse({ ...model, note: 'x' }).success).toBe(false);
    expect(handCheck({ ...model, note: 'x' })).toBe('invalid_model');
  });

  it('accepts a model with no class A or no class B (a null threshold is not compared), as classify does', () => {
    for (const m of [{ ...model, aMin: null }, { ...model, bMin: null }, { ...model, aMin: null, bMin: null }]) {
      expect(ValueModelSchema.safeParse(m).success).toBe(true);
      expect(handCheck(m)).toBe('ok');
    }
  });
});
