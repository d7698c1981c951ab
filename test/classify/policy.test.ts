import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_CLASSIFICATION_POLICY as D, type ClassificationPolicy } from '../../src/index.js';
import { CLASSIFICATION_POLICY_SHAPE, resolveClassificationPolicy } from '../../src/classify/policy.js';
import type { Field } from '../../src/shape/index.js';
import { ClassificationPolicySchema } from '../../src/schema/index.js';

/** A full policy with one setting replaced at a path. */
function withSetting(path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(D)) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function coreError(policy: unknown): unknown {
  try {
    resolveClassificationPolicy(policy);
  } catch (error) {
    return error;
  }
  return undefined;
}

function zodPaths(policy: unknown): string[] | undefined {
  const result = ClassificationPolicySchema.safeParse(policy);
  return result.success ? undefined : result.error.issues.map((i) => [...i.path, ...('keys' in i ? (i.keys as string[]) : [])].join('.'));
}

/** Every leaf of the shape, with values it must refuse. */
function leaves(field: Field, path: string[] = []): { path: string[]; bad: unknown[] }[] {
  switch (field.kind) {
    case 'object':
      return Object.entries(field.fields).flatMap(([key, child]) => leaves(child, [...path, key]));
    case 'int':
      return [{ path, bad: ['1', 1.5, Number.NaN, Number.POSITIVE_INFINITY, null, (field.min ?? 0) - 1, ...(field.max === undefined ? [] : [field.max + 1])] }];
    case 'number':
      return [{ path, bad: ['1', Number.NaN, Number.POSITIVE_INFINITY, null, ...(field.min === undefined ? [] : [field.exclusiveMin ? field.min : field.min - 0.5]), ...(field.max === undefined ? [] : [field.max + 0.5])] }];
    case 'nullable':
      return leaves(field.inner, path).map((l) => ({ path: l.path, bad: l.bad.filter((b) => b !== null) }));
    case 'enum':
      return [{ path, bad: ['nope', 1, null] }];
    case 'literal':
      return [{ path, bad: [2, '1', null] }];
    case 'string':
      return [{ path, bad: ['', 7, null, 'Mars/Olympus'] }];
    case 'tuple':
      return [{ path, bad: [[0.95, 0.8], [0.8], [0, 0.5], [0.5, 1.5], 'x'] }];
    default:
      return [{ path, bad: [{}] }];
  }
}

describe('classification policy: one shape, two readers', () => {
  it('the default is plain JSON, accepted by both checks', () => {
    expect(JSON.parse(JSON.stringify(D))).toEqual(D);
    expect(resolveClassificationPolicy(JSON.parse(JSON.stringify(D)))).toEqual(D);
    expect(ClassificationPolicySchema.safeParse(D).success).toBe(true);
  });

  const all = leaves(CLASSIFICATION_POLICY_SHAPE);
  it('walks every setting of the shape', () => {
    expect(all.map((l) => l.path.join('.'))).toContain('value.cuts');
    expect(all).toHaveLength(32);
  });

  it.each(all.flatMap((l) => l.bad.map((value) => [l.path.join('.'), l.path, value] as const)))('%s = %j: both refuse it, at its path', (_, path, value) => {
    const bad = withSetting(path, value);
    const error = coreError(bad) as { code: string; path: readonly (string | number)[] };
    expect(error).toMatchObject({ code: 'invalid_policy' });
    // at the setting, or at an item of it (a cut point)
    expect(error.path.slice(0, path.length + 1)).toEqual(['policy', ...path]);
    const zod = zodPaths(bad)!;
    expect(zod.some((p) => p === path.join('.') || p.startsWith(`${path.join('.')}.`))).toBe(true);
  });

  it.each([
    [['loyalty', 'loyal', 'minPurchases'], 1],
    [['loyalty', 'loyal', 'minTenureDays'], 10],
    [['status', 'churn', 'maxDays'], 30],
    [['value', 'surplus'], 1],
  ] as const)('%j = %j: the rules between settings and unknown keys, refused by both', (path, value) => {
    const bad = withSetting(path, value);
    expect(coreError(bad)).toMatchObject({ code: 'invalid_policy', path: ['policy', ...path] });
    expect(zodPaths(bad)).toContain(path.join('.'));
  });

  it('a full custom policy is accepted by both', () => {
    const custom = withSetting(['effectiveness', 'marginRate'], 0.25);
    expect(ClassificationPolicySchema.safeParse(custom).success).toBe(true);
    expect(resolveClassificationPolicy(custom).effectiveness.marginRate).toBe(0.25);
  });

  it('hosts override any part; the rest stays default; the input is not mutated; the result is frozen', () => {
    const input = { status: { churn: { method: 'fixed' as const } } };
    const p = resolveClassificationPolicy(input);
    expect(p.status.churn).toEqual({ ...D.status.churn, method: 'fixed' });
    expect(p.loyalty).toEqual(D.loyalty);
    expect(input).toEqual({ status: { churn: { method: 'fixed' } } });
    expect(Object.isFrozen(p.status.churn)).toBe(true);
  });

  it('refuses non-objects with paths', () => {
    expect(coreError({ loyalty: 3 })).toMatchObject({ code: 'invalid_policy', path: ['policy', 'loyalty'] });
    expect(coreError(7)).toMatchObject({ code: 'invalid_policy', path: ['policy'] });
  });
});

describe('DEFAULT_CLASSIFICATION_POLICY is deeply frozen', () => {
  it('a mutation throws and changes nothing for later calls', () => {
    const facts = { transactions: [{ at: '2024-01-01', amount: 1 }, { at: '2024-08-01', amount: 1 }] };
    const before = classify(facts, { asOf: '2024-12-31' });
    const writable = D as unknown as { loyalty: { established: { minPurchases: number } }; value: { cuts: number[] }; timeZone: string };
    expect(() => {
      writable.loyalty.established.minPurchases = 99;
    }).toThrow(TypeError);
    expect(() => {
      writable.value.cuts[0] = 0.1;
    }).toThrow(TypeError);
    expect(() => {
      writable.timeZone = 'Asia/Tokyo';
    }).toThrow(TypeError);
    expect(() => writable.value.cuts.push(1)).toThrow(TypeError);
    expect(D.loyalty.established.minPurchases).toBe(2);
    expect(classify(facts, { asOf: '2024-12-31' })).toEqual(before);
  });

  it('every object and array in it is frozen', () => {
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const v of Object.values(value)) walk(v);
    };
    walk(D);
    const typed: ClassificationPolicy = D;
    expect(typed.version).toBe(1);
  });
});
