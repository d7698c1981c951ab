import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CrmTaxonomyError, DEFAULT_LIFECYCLE_POLICY } from '../../src/index.js';
import { zodOf } from '../../src/schema/from-shape.js';
import { array, boolean, checkShape, customerId, dateText, deepFreeze, defaultsOf, int, literal, nullable, number, object, oneOf, resolveShape, string, timeZone, tuple } from '../../src/shape/index.js';
import { thrown } from '../support/thrown.js';

const POLICY = object(
  {
    version: literal(1),
    zone: timeZone({ default: 'UTC' }),
    churn: object({
      method: oneOf(['fixed', 'rhythm'], { default: 'rhythm' }),
      minDays: int({ min: 1, max: 1000, default: 60 }),
      maxDays: int({ min: 1, max: 1000, default: 730 }),
    }, { rules: [{ path: 'maxDays', rule: 'at_least', other: 'minDays' }] }),
    rate: nullable(number({ min: 0, max: 1 }), { default: null }),
    cuts: tuple([number({ min: 0, exclusiveMin: true, max: 1 }), number({ min: 0, exclusiveMin: true, max: 1 })], { order: 'ascending', default: [0.8, 0.95] }),
    enabled: boolean({ default: true }),
  },
);

const MODEL = object({ id: customerId(), days: array(int({ min: 0 }), { order: 'ascending', maxItems: 5 }), at: dateText(), note: string() }, { optional: ['note'] });

describe('one definition: resolve, check, defaults and zod from the same shape', () => {
  it('fills defaults, nested ones included, and freezes the result', () => {
    const defaults = defaultsOf(POLICY);
    expect(defaults).toEqual({ version: 1, zone: 'UTC', churn: { method: 'rhythm', minDays: 60, maxDays: 730 }, rate: null, cuts: [0.8, 0.95], enabled: true });
    expect(Object.isFrozen(defaults.churn)).toBe(true);
    expect(resolveShape(POLICY, { churn: { minDays: 90 } }, 'invalid_policy')).toEqual({ ...defaults, churn: { ...defaults.churn, minDays: 90 } });
    expect(resolveShape(POLICY, undefined, 'invalid_policy')).toEqual(defaults);
    expect(resolveShape(POLICY, { rate: 0.3 }, 'invalid_policy', [], { ...defaults, zone: 'Asia/Shanghai' }).zone).toBe('Asia/Shanghai');
  });

  it('refuses with the code, the path and what was expected', () => {
    const cases: [unknown, readonly (string | number)[], string][] = [
      [{ version: 2 }, ['version'], 'one_of'],
      [{ zone: 'Mars/Base' }, ['zone'], 'time_zone'],
      [{ churn: { minDays: 0 } }, ['churn', 'minDays'], 'integer'],
      [{ churn: { minDays: 1.5 } }, ['churn', 'minDays'], 'integer'],
      [{ churn: { minDays: 1e9 } }, ['churn', 'minDays'], 'integer'],
      [{ churn: { minDays: 500, maxDays: 100 } }, ['churn', 'maxDays'], 'at_least_other'],
      [{ churn: { method: 'abc' } }, ['churn', 'method'], 'one_of'],
      [{ churn: 5 }, ['churn'], 'object'],
      [{ rate: Number.NaN }, ['rate'], 'number'],
      [{ cuts: [0.9, 0.8] }, ['cuts', 1], 'ascending'],
      [{ cuts: [0.9] }, ['cuts'], 'array'],
      [{ enabled: 'yes' }, ['enabled'], 'boolean'],
      [{ extra: 1 }, ['extra'], 'known_key'],
      [JSON.parse('{"__proto__": 1}'), ['__proto__'], 'known_key'],
      [[], [], 'object'],
    ];
    for (const [input, path, expected] of cases) {
      const error = thrown(() => resolveShape(POLICY, input, 'invalid_policy'));
      expect(error.code, JSON.stringify(input)).toBe('invalid_policy');
      if (path.length > 0) expect(error.path).toEqual(path);
      expect(error.details).toMatchObject({ expected });
    }
  });

  it('checks a complete stored value, requiring every field but the optional ones', () => {
    const ok = { id: 'c1', days: [1, 2, 2, 9], at: '2024-01-01' };
    expect(checkShape(MODEL, ok, 'invalid_model')).toEqual(ok);
    expect(checkShape(MODEL, { ...ok, id: 7, note: 'x' }, 'invalid_model')).toEqual({ ...ok, id: 7, note: 'x' });
    expect(thrown(() => checkShape(MODEL, { ...ok, days: undefined }, 'invalid_model')).path).toEqual(['days']);
    expect(thrown(() => checkShape(MODEL, { ...ok, days: [3, 1] }, 'invalid_model')).details).toMatchObject({ expected: 'ascending' });
    expect(thrown(() => checkShape(MODEL, { ...ok, days: [1, 2, 3, 4, 5, 6] }, 'invalid_model')).details).toMatchObject({ expected: 'array', max: 5 });
    expect(thrown(() => checkShape(MODEL, { ...ok, id: '' }, 'invalid_model')).details).toMatchObject({ expected: 'customer_id' });
    expect(thrown(() => checkShape(MODEL, { ...ok, at: '2024-02-30' }, 'invalid_model')).details).toMatchObject({ expected: 'date' });
  });

  it('the zod schema accepts exactly what the core accepts (property)', () => {
    const schema = zodOf(POLICY);
    const arb = fc.record(
      {
        version: fc.constantFrom(1, 2),
        zone: fc.constantFrom('UTC', 'Asia/Shanghai', 'Mars/Base', ''),
        churn: fc.record({ method: fc.constantFrom('fixed', 'rhythm', 'x'), minDays: fc.integer({ min: -2, max: 1200 }), maxDays: fc.integer({ min: -2, max: 1200 }) }),
        rate: fc.oneof(fc.constant(null), fc.double({ min: -1, max: 2 })),
        cuts: fc.tuple(fc.double({ min: -0.1, max: 1.1 }), fc.double({ min: -0.1, max: 1.1 })),
        enabled: fc.oneof(fc.boolean(), fc.constant('yes')),
      },
      { requiredKeys: ['version', 'zone', 'churn', 'rate', 'cuts', 'enabled'] },
    );
    fc.assert(
      fc.property(arb, (value) => {
        let core = true;
        try {
          checkShape(POLICY, value, 'invalid_policy');
        } catch (error) {
          expect(error).toBeInstanceOf(CrmTaxonomyError);
          core = false;
        }
        expect(schema.safeParse(value).success).toBe(core);
      }),
    );
    expect(z.toJSONSchema(zodOf(MODEL) as z.ZodType, { unrepresentable: 'any' })).toMatchObject({ type: 'object', required: ['id', 'days', 'at'] });
  });

  it('deep-freezes exported constants', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(Object.isFrozen(DEFAULT_LIFECYCLE_POLICY)).toBe(true);
    expect(() => {
      (DEFAULT_LIFECYCLE_POLICY as { churnWindowDays: number }).churnWindowDays = 1;
    }).toThrow(TypeError);
  });
});
