import { describe, expect, it } from 'vitest';
import { classify, fitRfmFromAggregates, fitValueModel, foldTransaction, type ValueModel } from '../../src/index.js';
import { thrown } from '../support/thrown.js';
import { expectedSpend, fitBgBb, fitBgNbd, fitGammaGamma, fitParetoNbd, fitSbg, probabilityAlive, projectRetention, type BgNbdModel, type GammaGammaModel } from '../../src/clv/index.js';
import { BG_BB_SHAPE } from '../../src/clv/bg-bb.js';
import { BG_NBD_SHAPE } from '../../src/clv/bg-nbd.js';
import { GAMMA_GAMMA_SHAPE } from '../../src/clv/gamma-gamma.js';
import { checkModelShape } from '../../src/clv/model.js';
import { PARETO_NBD_SHAPE } from '../../src/clv/pareto-nbd.js';
import { SBG_SHAPE } from '../../src/clv/sbg.js';
import {
  BgBbModelSchema,
  BgNbdModelSchema,
  GammaGammaModelSchema,
  ParetoNbdModelSchema,
  SbgModelSchema,
  ValueModelSchema,
} from '../../src/schema/index.js';

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
  // Leave no hole in an array (the shape module's check skips holes; see the report).
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
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

/** Every leaf path of a JSON value. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => leaves((value as Record<string | number, unknown>)[k], [...path, k]));
}

const bg = fitBgNbd(histories, { timeUnit: 'weeks' });
const pareto = fitParetoNbd(histories, { timeUnit: 'days' });
const gg = fitGammaGamma(spend);
const bgbb = fitBgBb([{ x: 0, tx: 0, n: 6, count: 30 }, { x: 2, tx: 5, n: 6, count: 12 }, { x: 6, tx: 6, n: 6, count: 9 }, { x: 1, tx: 1, n: 6, count: 10 }]);
const sbg = fitSbg([1000, 631, 468, 382, 326, 289, 262, 241]);
const covariates = fitBgNbd(
  histories.map((h, i) => ({ ...h, covariates: { z: i % 2 } })),
  { timeUnit: 'weeks', covariates: { purchase: ['z'], dropout: ['z'] } },
);

describe('one definition per stored CLV model: the core’s check and the zod schema agree on every field', () => {
  const cases = [
    ['BG/NBD', BG_NBD_SHAPE, BgNbdModelSchema, bg],
    ['BG/NBD with covariates', BG_NBD_SHAPE, BgNbdModelSchema, covariates],
    ['Pareto/NBD', PARETO_NBD_SHAPE, ParetoNbdModelSchema, pareto],
    ['Gamma-Gamma', GAMMA_GAMMA_SHAPE, GammaGammaModelSchema, gg],
    ['BG/BB', BG_BB_SHAPE, BgBbModelSchema, bgbb],
    ['sBG', SBG_SHAPE, SbgModelSchema, sbg],
  ] as const;
  it.each(cases)('%s: a fitted model passes both, and every field replaced by a bad value fails both at the same path', (_, shape, schema, model) => {
    const stored = roundTrip(model);
    expect(schema.parse(stored)).toEqual(model);
    expect(checkModelShape(shape, stored)).toEqual(model);
    for (const path of leaves(stored)) {
      for (const bad of [Number.NaN, -1, 'x', null, undefined, 1e400, 0.5, -0.5]) {
        const edited = edit(stored, path, bad);
        const zod = zodPath(schema, edited);
        const core = code(() => checkModelShape(shape, edited, []));
        expect(core === 'ok', `${path.join('.')} = ${String(bad)}: core ${core}, zod ${zod}`).toBe(zod === 'ok');
        if (core !== 'ok') expect(core).toBe('invalid_model');
      }
    }
  });
});

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
      fit: { iterations: 0, converged: true },
    };
    expect(BgNbdModelSchema.parse(cdnow)).toEqual(cdnow);
  });

  // What probabilityAlive checks (tag, time unit, every parameter finite and > 0): both refuse, at the same path.
  it.each([
    ['an unknown model', ['model'], 'gamma-gamma', 'model'],
    ['an unknown time unit', ['timeUnit'], 'months', 'timeUnit'],
    ['a missing time unit', ['timeUnit'], undefined, 'timeUnit'],
    ['a negative parameter', ['params', 'r'], -1, 'params.r'],
    ['a zero parameter', ['params', 'b'], 0, 'params.b'],
    ['a NaN parameter', ['params', 'alpha'], Number.NaN, 'params.alpha'],
    ['a missing parameter', ['params', 'a'], undefined, 'params.a'],
    ['missing params', ['params'], undefined, 'params'],
  ])('BG/NBD: refuses %s, as probabilityAlive does', (_, path, value, where) => {
    const bad = edit(bg, path, value);
    expect(zodPath(BgNbdModelSchema, bad)).toBe(where);
    let error: { code?: string; path?: readonly (string | number)[] } = {};
    try {
      probabilityAlive(bad as unknown as BgNbdModel, { x: 1, tx: 2, T: 3 });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.code).toBe('invalid_model');
    expect(error.path?.join('.')).toBe(`model.${where}`);
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

describe('GammaGammaModelSchema, BgBbModelSchema, SbgModelSchema', () => {
  it('fitted models survive JSON and the schema unchanged, and predict the same', () => {
    const parsed = GammaGammaModelSchema.parse(roundTrip(gg));
    expect(parsed).toEqual(gg);
    expect(expectedSpend(parsed, { x: 2, meanRepeatSpend: 30 })).toBe(expectedSpend(gg, { x: 2, meanRepeatSpend: 30 }));
    expect(probabilityAlive(BgBbModelSchema.parse(roundTrip(bgbb)), { x: 2, tx: 5, n: 6 })).toBe(probabilityAlive(bgbb, { x: 2, tx: 5, n: 6 }));
    expect(projectRetention(SbgModelSchema.parse(roundTrip(sbg)), { periods: 5 })).toEqual(projectRetention(sbg, { periods: 5 }));
  });

  it.each([
    ['another model', ['model'], 'bg-nbd', 'model'],
    ['a negative parameter', ['params', 'q'], -1, 'params.q'],
    ['a missing parameter', ['params', 'gamma'], undefined, 'params.gamma'],
  ])('refuses %s, as expectedSpend does', (_, path, value, where) => {
    const bad = edit(gg, path, value);
    expect(zodPath(GammaGammaModelSchema, bad)).toBe(where);
    expect(code(() => expectedSpend(bad as unknown as GammaGammaModel, { x: 2, meanRepeatSpend: 30 }))).toBe('invalid_model');
  });

  it('refuses a bad data summary, which expectedSpend does not read; a positive BG/BB log-likelihood', () => {
    expect(zodPath(GammaGammaModelSchema, edit(gg, ['data', 'meanSpend'], 0))).toBe('data.meanSpend');
    expect(zodPath(GammaGammaModelSchema, edit(gg, ['data'], undefined))).toBe('data');
    expect(zodPath(BgBbModelSchema, edit(bgbb, ['logLikelihood'], 1))).toBe('logLikelihood');
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

describe('counts in stored models: the core and zod agree past 2^53', () => {
  it('an iteration count or customer count a double cannot hold exactly is refused by both', () => {
    const bg = roundTrip(fitBgNbd(histories, { timeUnit: 'weeks' })) as BgNbdModel;
    const cases = [
      { bad: { ...bg, fit: { ...bg.fit, iterations: 2 ** 53 } }, path: ['model', 'fit', 'iterations'] },
      { bad: { ...bg, data: { ...bg.data, customers: 2 ** 53 } }, path: ['model', 'data', 'customers'] },
    ];
    for (const { bad, path } of cases) {
      expect(BgNbdModelSchema.safeParse(bad).success).toBe(false);
      expect(thrown(() => checkModelShape(BG_NBD_SHAPE, bad, ['model']))).toMatchObject({ code: 'invalid_model', path });
    }
    const ok = { ...bg, fit: { ...bg.fit, iterations: 2 ** 53 - 1 } };
    expect(BgNbdModelSchema.safeParse(ok).success).toBe(true);
    expect(checkModelShape<BgNbdModel>(BG_NBD_SHAPE, ok, ['model']).fit.iterations).toBe(2 ** 53 - 1);
  });
});

describe('a stored covariance: the core and zod read one check', () => {
  it('a covariance of the wrong size, or not symmetric, is refused by the schema as by the core', () => {
    const bg = roundTrip(fitBgNbd(histories, { timeUnit: 'weeks' })) as BgNbdModel;
    const identity = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : 0)));
    const asymmetric = identity.map((row, i) => row.map((c, j) => (i === 1 && j === 0 ? 0.5 : c)));
    for (const [covariance, path] of [
      [[[1, 0, 0], [0, 1, 0], [0, 0, 1]], ['model', 'fit', 'covariance']],
      [asymmetric, ['model', 'fit', 'covariance', 1, 0]],
    ] as const) {
      const bad = { ...bg, fit: { ...bg.fit, covariance } };
      expect(BgNbdModelSchema.safeParse(bad).success).toBe(false);
      expect(thrown(() => checkModelShape(BG_NBD_SHAPE, bad, ['model']))).toMatchObject({ code: 'invalid_model', path });
    }
    expect(BgNbdModelSchema.safeParse({ ...bg, fit: { ...bg.fit, covariance: identity } }).success).toBe(true);
  });
});

describe('BG/BB counts and plain aggregates: the core and zod agree', () => {
  it('a BG/BB count past 2^53 − 1 is refused by both', () => {
    const bb = roundTrip(bgbb) as { data: Record<string, number> };
    for (const key of ['customers', 'totalTransactions', 'maxOpportunities']) {
      const bad = { ...bb, data: { ...bb.data, [key]: 2 ** 53 } };
      expect(BgBbModelSchema.safeParse(bad).success).toBe(false);
      expect(thrown(() => checkModelShape(BG_BB_SHAPE, bad, ['model']))).toMatchObject({ code: 'invalid_model', path: ['model', 'data', key] });
    }
  });

  it('an aggregate is a plain record: a Date carrying its fields is refused by the fast path, as by the shape', () => {
    const stored = roundTrip(foldTransaction(undefined, { customerId: 'c', at: '2024-01-01', amount: 5 })) as object;
    expect(fitRfmFromAggregates([stored as never], { asOf: '2024-06-30' }).customers[0]).toMatchObject({ customerId: 'c', frequency: 1, monetary: 5 });
    for (const disguised of [Object.assign(new Date(0), stored), { ...stored, [Symbol.toStringTag]: 'X' }]) {
      expect(thrown(() => fitRfmFromAggregates([disguised as never], { asOf: '2024-06-30' })).code).toBe('invalid_argument');
    }
  });
});
