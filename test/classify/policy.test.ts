import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFICATION_POLICY as D, resolveClassificationPolicy, type ClassificationPolicy } from '../../src/index.js';
import { ClassificationPolicySchema } from '../../src/schema/index.js';

/** A full policy with one setting replaced at a path. */
function withSetting(path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(D)) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const BAD: readonly [string[], unknown][] = [
  [['version'], 2],
  [['timeZone'], ''],
  [['loyalty', 'established', 'minPurchases'], 0],
  [['loyalty', 'established', 'minTenureDays'], -1],
  [['loyalty', 'loyal', 'minBehaviours'], 5],
  [['loyalty', 'loyal', 'minPurchases'], 1.5],
  [['loyalty', 'loyal', 'minPurchases'], 1],
  [['loyalty', 'loyal', 'minTenureDays'], 10],
  [['status', 'churn', 'method'], 'median'],
  [['status', 'churn', 'multiplier'], 0],
  [['status', 'churn', 'maxDays'], 30],
  [['timeState', 'presentDays'], '30'],
  [['purchaseIntent', 'refusalsForNever'], 0],
  [['effectiveness', 'marginRate'], 1.2],
  [['effectiveness', 'minContribution'], Number.NaN],
  [['effectiveness', 'missingCostToServe'], 'guess'],
  [['patronage', 'honored', 'minValueTier'], 'gold'],
  [['patronage', 'devotee', 'minLoyalty'], 'devoted'],
  [['value', 'cuts'], [0.95, 0.8]],
  [['value', 'cuts'], [0.8]],
  [['value', 'maxA'], -1],
  [['value', 'surplus'], 1],
];

describe('classification policy', () => {
  it('the default is plain JSON, accepted by both checks', () => {
    expect(JSON.parse(JSON.stringify(D))).toEqual(D);
    expect(resolveClassificationPolicy(D)).toEqual(D);
    expect(ClassificationPolicySchema.safeParse(D).success).toBe(true);
  });

  it('a full custom policy is accepted by both', () => {
    const custom = withSetting(['effectiveness', 'marginRate'], 0.25);
    expect(ClassificationPolicySchema.safeParse(custom).success).toBe(true);
    expect(resolveClassificationPolicy(custom as unknown as ClassificationPolicy).effectiveness.marginRate).toBe(0.25);
  });

  it.each(BAD.map(([path, value]) => [path.join('.'), path, value] as const))('%s: both refuse the same bad setting, at its path', (_, path, value) => {
    const bad = withSetting(path, value);
    const zod = ClassificationPolicySchema.safeParse(bad);
    expect(zod.success).toBe(false);
    let thrown: unknown;
    try {
      resolveClassificationPolicy(bad as unknown as ClassificationPolicy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'invalid_policy', path });
    // zod reports an unknown key on its parent object, with the key in `keys`.
    const zodPaths = zod.error!.issues.map((i) => [...i.path, ...('keys' in i ? i.keys : [])].join('.'));
    expect(zodPaths).toContain(path.join('.'));
  });

  it('hosts override any part; the rest stays default; the input is not mutated', () => {
    const input = { status: { churn: { method: 'fixed' as const } } };
    const p = resolveClassificationPolicy(input);
    expect(p.status.churn).toEqual({ ...D.status.churn, method: 'fixed' });
    expect(p.loyalty).toEqual(D.loyalty);
    expect(input).toEqual({ status: { churn: { method: 'fixed' } } });
  });

  it('refuses non-objects and unknown time zones with paths', () => {
    expect(() => resolveClassificationPolicy({ loyalty: 3 } as never)).toThrow(expect.objectContaining({ code: 'invalid_policy', path: ['loyalty'] }));
    expect(() => resolveClassificationPolicy({ timeZone: 'Mars/Olympus' })).toThrow(expect.objectContaining({ code: 'invalid_policy', path: ['timeZone'] }));
  });
});
