import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CrmTaxonomyError, DEFAULT_CLASSIFICATION_POLICY, defineRfmModel, message, statusMachine } from '../../src/index.js';
import type { InputErrorCode } from '../../src/errors/index.js';
import { resolveClassificationPolicy } from '../../src/classify/policy.js';
import { DEFAULT_POOL_POLICY, POOL_POLICY_SHAPE } from '../../src/pool/policy.js';
import { RFM_MODEL_SHAPE } from '../../src/scoring/shapes.js';
import { DEFAULT_LIFECYCLE_POLICY, resolveLifecyclePolicy } from '../../src/lifecycle/guards.js';
import { checkShape, resolveShape } from '../../src/shape/index.js';
import {
  ClassificationPolicySchema,
  fromZodError,
  LifecyclePolicySchema,
  machineEventSchema,
  PoolPolicySchema,
  RfmModelSchema,
  taxonomyJsonSchema,
  taxonomySchemas,
} from '../../src/schema/index.js';
import { thrown } from '../support/thrown.js';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const policy = json(DEFAULT_CLASSIFICATION_POLICY) as unknown as Record<string, Record<string, unknown>>;
const rfm = json(defineRfmModel({ asOf: '2024-06-30', method: 'thresholds', scores: 3, thresholds: { recency: [90, 30], frequency: [1, 3], monetary: [100, 1000] } })) as unknown as Record<string, unknown>;
const pool = json(DEFAULT_POOL_POLICY) as unknown as { rules: Record<string, unknown>[] };

const core = {
  classification: (value: unknown) => resolveClassificationPolicy(value, []),
  pool: (value: unknown) => resolveShape(POOL_POLICY_SHAPE, value, 'invalid_policy'),
  rfm: (value: unknown) => checkShape(RFM_MODEL_SHAPE, value, 'invalid_model'),
};

type Case = readonly [name: string, schema: z.ZodType, check: (value: unknown) => unknown, code: InputErrorCode, bad: unknown];
const cases: readonly Case[] = [
  ['an unknown time zone', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, timeZone: 'Mars/Base' }],
  ['a cross-field rule (maxDays ≥ minDays)', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, status: { churn: { ...policy.status!.churn as object, minDays: 100, maxDays: 50 } } }],
  ['a nested cross-field rule', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, loyalty: { ...policy.loyalty, loyal: { ...(policy.loyalty!.loyal as object), minPurchases: 1 } } }],
  ['cut points out of order', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, value: { ...policy.value, cuts: [0.9, 0.5] } }],
  ['an exclusive minimum (multiplier 0)', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, status: { churn: { ...(policy.status!.churn as object), multiplier: 0 } } }],
  ['a maximum (multiplier 2000)', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, status: { churn: { ...(policy.status!.churn as object), multiplier: 2000 } } }],
  ['a fraction for an integer (presentDays 1.5)', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, timeState: { presentDays: 1.5 } }],
  ['a count that does not add up (population)', RfmModelSchema, core.rfm, 'invalid_model', { ...rfm, population: 5 }],
  ['a left-out field', RfmModelSchema, core.rfm, 'invalid_model', Object.fromEntries(Object.entries(rfm).filter(([key]) => key !== 'population'))],
  ['an unknown condition kind', PoolPolicySchema, core.pool, 'invalid_policy', { ...pool, rules: [{ ...pool.rules[0], conditions: [{ kind: 'no_call', days: 3 }] }] }],
  ['a list too long', PoolPolicySchema, core.pool, 'invalid_policy', { ...pool, rules: [{ ...pool.rules[0], conditions: Array.from({ length: 17 }, () => ({ kind: 'no_deal', days: 3 })) }] }],
  ['a rule id twice', PoolPolicySchema, core.pool, 'invalid_policy', { ...pool, rules: [pool.rules[0], pool.rules[0]] }],
  ['a bad date in a variant member', PoolPolicySchema, core.pool, 'invalid_policy', { ...pool, rules: [{ ...pool.rules[0], conditions: [{ kind: 'between', time: 'created', from: '2024-02-30', to: '2024-03-01' }] }] }],
  // Where zod alone knew the failure: a wrong type, an unknown key, a left-out choice (they said
  // `number` without the range, `string`, no known keys, `one_of`).
  ['a text for an integer (population "3")', RfmModelSchema, core.rfm, 'invalid_model', { ...rfm, population: '3' }],
  ['a text for a setting of numbers (presentDays "30")', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, timeState: { presentDays: '30' } }],
  ['a number for a text (asOf 20240630)', RfmModelSchema, core.rfm, 'invalid_model', { ...rfm, asOf: 20240630 }],
  ['an empty text', RfmModelSchema, core.rfm, 'invalid_model', { ...rfm, asOf: '' }],
  ['an unknown key', RfmModelSchema, core.rfm, 'invalid_model', { ...rfm, extra: 1 }],
  ['an unknown key beside a bad field (keys first)', RfmModelSchema, core.rfm, 'invalid_model', { ...rfm, extra: 1, scores: 0 }],
  ['an unknown key of a policy', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, bogus: 1 }],
  ['an unknown key of a nested object', ClassificationPolicySchema, core.classification, 'invalid_policy', { ...policy, timeState: { presentDays: 30, pastDays: 1 } }],
  ['a left-out choice (method)', RfmModelSchema, core.rfm, 'invalid_model', Object.fromEntries(Object.entries(rfm).filter(([key]) => key !== 'method'))],
  ['a left-out literal (kind)', RfmModelSchema, core.rfm, 'invalid_model', Object.fromEntries(Object.entries(rfm).filter(([key]) => key !== 'kind'))],
];

describe('fromZodError answers as the core for the schemas built from shapes', () => {
  it.each(cases)('%s', (_name, schema, check, code, bad) => {
    const expected = thrown(() => check(bad));
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    const error = fromZodError(result.error!, { code, input: bad });
    expect({ code: error.code, path: error.path, details: error.details }).toEqual({ code: expected.code, path: expected.path, details: expected.details });
    expect(message(error)).toBe(message(expected));
    // Without the input, what was refused still comes from the issue (but a discriminated union's tag).
    if (!/condition kind|left-out/.test(_name)) expect(fromZodError(result.error!, code).details).toEqual(expected.details);
  });
});

describe('entry functions check their arguments', () => {
  it('machineEventSchema refuses what is not a machine the library built', () => {
    expect(thrown(() => machineEventSchema(null as never))).toMatchObject({ code: 'unknown_machine', path: ['machine'] });
    const forged = { id: 'x', states: ['a'], events: { go: {} }, edges: 5 };
    expect(thrown(() => machineEventSchema(forged as never))).toMatchObject({ code: 'unknown_machine', path: ['machine'] });
    expect(machineEventSchema(statusMachine).safeParse({}).success).toBe(false);
  });

  it('taxonomySchemas and taxonomyJsonSchema refuse what is not a taxonomy', () => {
    for (const bad of [null, {}, { dimensions: [null] }, 'taxonomy']) {
      expect(thrown(() => taxonomySchemas(bad as never))).toMatchObject({ code: 'invalid_argument', path: ['taxonomy'], details: { expected: 'object' } });
      expect(thrown(() => taxonomyJsonSchema(bad as never))).toMatchObject({ code: 'invalid_argument', path: ['taxonomy'], details: { expected: 'object' } });
    }
    expect(Object.keys(taxonomySchemas(undefined))).toContain('loyalty');
  });

  it('fromZodError refuses what is not a zod error', () => {
    for (const bad of [undefined, {}, { issues: 'x' }, { issues: [null] }]) {
      const error = thrown(() => fromZodError(bad as never));
      expect(error).toMatchObject({ code: 'invalid_argument', path: ['error'], details: { expected: 'object' } });
      expect(message(error)).toMatch(/error/);
    }
    expect(fromZodError({ issues: [] } as never)).toBeInstanceOf(CrmTaxonomyError);
  });
});

describe('a JSON-parsed __proto__ key of an open shape', () => {
  // Documented in the entry's TSDoc: zod drops the key (no option keeps it), the core keeps it as data.
  // If a zod release keeps it, this fails: update the TSDoc of src/schema/index.ts and lifecycle.ts.
  it('is dropped by zod, kept by the core', () => {
    const input = JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(DEFAULT_LIFECYCLE_POLICY).slice(1)}`) as object;
    expect(Object.hasOwn(resolveLifecyclePolicy(input), '__proto__')).toBe(true);
    const parsed = LifecyclePolicySchema.parse(input);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });
});

describe('fromZodError and the entry functions on what is not the library’s', () => {
  it("a host's getter throwing passes through unchanged; a taxonomy without dimensions is refused", () => {
    const boom = new Error('boom');
    expect(() => taxonomySchemas({ get dimensions(): never { throw boom; }, dimensionLabel: () => '' } as never)).toThrow(boom);
    expect(() => taxonomySchemas({ dimensions: [] } as never)).toThrow(CrmTaxonomyError);
  });

  it("a host refinement's own params are not read as the library's", () => {
    const schema = z.object({ a: z.number() }).superRefine((v, ctx) => ctx.addIssue({ code: 'custom', message: 'no', path: ['a'], params: { value: 'secret', min: 99 } }));
    const result = schema.safeParse({ a: 5 });
    const error = fromZodError(result.error!, { input: { a: 5 } });
    expect(error.details).toEqual({ expected: 'present', received: '5' });
  });

  it('an input of another form than the one parsed (a transform) is not read as a missing field', () => {
    const schema = z.preprocess((v) => ({ inner: v }), z.object({ inner: z.object({ n: z.number() }) }));
    const result = schema.safeParse({ n: 'x' });
    expect(fromZodError(result.error!, { input: { n: 'x' } }).details.expected).toBe('number');
  });
});

describe('fromZodError on a plain union', () => {
  it('answers with the issue of the member that came closest, at the full path', () => {
    const member = (kind: string) => z.object({ kind: z.literal(kind), box: z.object({ n: z.number() }) });
    const schema = z.object({ a: z.union([z.string(), member('x'), member('y')]) });
    const input = { a: { kind: 'y', box: { n: 'seven' } } };
    const error = fromZodError(schema.safeParse(input).error!, { input });
    expect(error.path).toEqual(['a', 'box', 'n']);
    expect(error.details).toEqual({ expected: 'number', received: '"seven"' });
  });

  it('names the members’ types when the value is none of them, and never says it is required', () => {
    const error = fromZodError(z.object({ id: z.union([z.string(), z.number()]) }).safeParse({ id: true }).error!, { input: { id: true } });
    expect(error.path).toEqual(['id']);
    expect(error.details).toEqual({ expected: 'one_of', allowed: ['string', 'number'], received: 'true' });
    expect(message(error)).toBe('Invalid id: expected one of string, number, received true');
    const missing = fromZodError(z.object({ id: z.union([z.string(), z.number()]) }).safeParse({}).error!, { input: {} });
    expect(missing.details).toEqual({ expected: 'present', received: '(none)' });
  });
});

describe('fromZodError on a plain union: the closest member', () => {
  it('merges the types only of issues at one place', () => {
    const schema = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
    const error = fromZodError(schema.safeParse({ a: 1, b: 'x' }).error!, { input: { a: 1, b: 'x' } });
    expect(error.path).toEqual(['a']);
    expect(error.details).toEqual({ expected: 'string', received: '1' });
  });
  it('prefers a member whose tag matched', () => {
    const schema = z.union([z.object({ kind: z.literal('a'), x: z.number() }), z.object({ kind: z.literal('b'), y: z.string() })]);
    const error = fromZodError(schema.safeParse({ kind: 'b', y: 5 }).error!, { input: { kind: 'b', y: 5 } });
    expect(error.path).toEqual(['y']);
    expect(error.details).toEqual({ expected: 'string', received: '5' });
  });
});
