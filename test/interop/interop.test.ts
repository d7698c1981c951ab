import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import {
  FROM_HUBSPOT_LIFECYCLE,
  FROM_SALESFORCE_ACCOUNT_TYPE,
  FROM_SALESFORCE_RATING,
  FROM_WUKONG_LEVEL,
  FROM_WUKONG_SOURCE,
  FROM_WUKONG_STATE,
  HUBSPOT_LIFECYCLE_STAGES,
  SALESFORCE_ACCOUNT_TYPES,
  SALESFORCE_RATINGS,
  TO_HUBSPOT_LIFECYCLE,
  TO_SALESFORCE_ACCOUNT_TYPE,
  TO_SALESFORCE_RATING,
  TO_WUKONG_LEVEL,
  TO_WUKONG_SOURCE,
  TO_WUKONG_STATE,
  WUKONG_LEVELS,
  WUKONG_SOURCES,
  fromHubSpotLifecycleStage,
  fromSalesforceAccountType,
  fromSalesforceRating,
  fromWukongLevel,
  fromWukongSource,
  fromWukongState,
  toHubSpotLifecycleStage,
  toSalesforceAccountType,
  toSalesforceRating,
  toWukongLevel,
  toWukongSource,
  toWukongState,
  type FromResult,
  type FromRow,
  type InteropProfile,
  type ToResult,
  type ToRow,
} from '../../src/interop/index.js';
import { thrown } from '../support/thrown.js';

interface System<V> {
  name: string;
  values: readonly V[];
  from: readonly FromRow<V>[];
  to: readonly ToRow<V>[];
  fromFn: (v: V) => FromResult;
  toFn: (p: InteropProfile) => ToResult<V>;
  /** The dimensions the `to` direction reads, and the ones whose every value it must cover. */
  covers: readonly string[];
}

const SYSTEMS: System<unknown>[] = [
  { name: 'HubSpot lifecycle', values: HUBSPOT_LIFECYCLE_STAGES, from: FROM_HUBSPOT_LIFECYCLE, to: TO_HUBSPOT_LIFECYCLE, fromFn: fromHubSpotLifecycleStage as never, toFn: toHubSpotLifecycleStage, covers: ['status'] },
  { name: 'Salesforce rating', values: SALESFORCE_RATINGS, from: FROM_SALESFORCE_RATING, to: TO_SALESFORCE_RATING, fromFn: fromSalesforceRating as never, toFn: toSalesforceRating, covers: ['purchase_intent'] },
  { name: 'Salesforce account type', values: SALESFORCE_ACCOUNT_TYPES, from: FROM_SALESFORCE_ACCOUNT_TYPE, to: TO_SALESFORCE_ACCOUNT_TYPE, fromFn: fromSalesforceAccountType as never, toFn: toSalesforceAccountType, covers: ['status'] },
  { name: 'WukongCRM level', values: WUKONG_LEVELS, from: FROM_WUKONG_LEVEL, to: TO_WUKONG_LEVEL, fromFn: fromWukongLevel as never, toFn: toWukongLevel, covers: ['abc_class', 'value_tier'] },
  {
    name: 'WukongCRM state',
    values: [{ dealStatus: 1, followup: 1 }, { dealStatus: 1, followup: 0 }, { dealStatus: 0, followup: 1 }, { dealStatus: 0, followup: 0 }],
    from: FROM_WUKONG_STATE,
    to: TO_WUKONG_STATE,
    fromFn: fromWukongState as never,
    toFn: toWukongState,
    covers: ['status'],
  },
  { name: 'WukongCRM source', values: WUKONG_SOURCES, from: FROM_WUKONG_SOURCE, to: TO_WUKONG_SOURCE, fromFn: fromWukongSource as never, toFn: toWukongSource, covers: ['acquisition_source'] },
];

const back = <V>(s: System<V>, profile: InteropProfile): V | null | undefined => {
  try {
    return s.toFn(profile).value;
  } catch {
    return undefined;
  }
};

describe.each(SYSTEMS)('$name', (s) => {
  it('has one from-row per value of the other system, each with a note', () => {
    expect(s.from.map((r) => JSON.stringify(r.value))).toEqual(s.values.map((v) => JSON.stringify(v)));
    for (const r of [...s.from, ...s.to]) expect(r.note.length).toBeGreaterThan(0);
  });

  it('maps to every value of the dimensions it covers', () => {
    for (const d of s.covers) {
      const allowed = new Set(s.values.map((v) => JSON.stringify(v)));
      for (const v of taxonomy.list(d as never)) {
        const result = s.toFn({ [d]: v.id } as InteropProfile);
        // A value of the other system, or null where it has none; always with a note saying why.
        if (result.value !== null) expect(allowed.has(JSON.stringify(result.value)), `${d}.${v.id} → ${JSON.stringify(result.value)}`).toBe(true);
        expect(result.note.length, `${d}.${v.id}`).toBeGreaterThan(0);
        expect(typeof result.lossy).toBe('boolean');
      }
    }
  });

  it('uses only taxonomy values', () => {
    for (const r of s.from) for (const [d, v] of Object.entries(r.profile)) expect(taxonomy.is(d as never, v), `${d}.${String(v)}`).toBe(true);
    for (const r of s.to) for (const [d, v] of Object.entries(r.when)) expect(taxonomy.is(d as never, v), `${d}.${String(v)}`).toBe(true);
  });

  it.each(s.from.map((r) => [JSON.stringify(r.value), r] as const))('from %s: lossy exactly when the round trip changes the value', (_k, row) => {
    const result = s.fromFn(row.value);
    expect(result).toEqual({ profile: row.profile, lossy: row.lossy, note: row.note });
    const returned = back(s, result.profile);
    expect(!row.lossy).toBe(JSON.stringify(returned) === JSON.stringify(row.value));
  });

  it.each(s.to.map((r) => [JSON.stringify(r.when), r] as const))('to %s: lossy exactly when the round trip changes the values', (_k, row) => {
    const result = s.toFn(row.when);
    expect(result).toEqual({ value: row.value, lossy: row.lossy, note: row.note });
    const restored = row.value === null ? undefined : s.fromFn(row.value).profile;
    const same = restored !== undefined && Object.entries(row.when).every(([d, v]) => (restored as Record<string, unknown>)[d] === v);
    expect(!row.lossy).toBe(same);
  });

  it('rejects unknown values with the allowed ones', () => {
    const error = thrown(() => s.fromFn('nope' as never));
    expect(error.code).toBe('invalid_value');
    expect((error.details.allowed as unknown[]).length).toBe(s.values.length);
  });
});

describe('specific mappings', () => {
  it('HubSpot: MQL is a lossy target, stages are case-insensitive, churn is lossy', () => {
    expect(fromHubSpotLifecycleStage('marketingqualifiedlead')).toMatchObject({ profile: { status: 'target' }, lossy: true });
    expect(fromHubSpotLifecycleStage('MarketingQualifiedLead' as never).profile).toEqual({ status: 'target' });
    expect(toHubSpotLifecycleStage({ status: 'current', loyalty: 'established' }).value).toBe('customer');
    expect(toHubSpotLifecycleStage({ status: 'lost', loyalty: 'loyal' })).toMatchObject({ value: 'other', lossy: true });
  });
  it('Salesforce: Hot ↔ interested, never → Cold is lossy', () => {
    expect(fromSalesforceRating('Hot').profile).toEqual({ purchase_intent: 'interested' });
    expect(toSalesforceRating({ purchase_intent: 'never' })).toMatchObject({ value: 'Cold', lossy: true });
    expect(toSalesforceAccountType({ relationship_to_firm: 'intermediary', status: 'lost' }).value).toBe('Channel Partner / Reseller');
  });
  it('WukongCRM: level option strings in several spellings', () => {
    expect(fromWukongLevel('A（重点客户）').profile).toEqual({ abc_class: 'a' });
    expect(fromWukongLevel('b(普通客户)' as never).profile).toEqual({ abc_class: 'b' });
    expect(fromWukongLevel(' C ' as never).profile).toEqual({ abc_class: 'c' });
    expect(thrown(() => fromWukongLevel('A（普通客户）' as never)).code).toBe('invalid_value');
    expect(thrown(() => fromWukongLevel('D' as never)).code).toBe('invalid_value');
    expect(thrown(() => fromWukongLevel(1 as never)).code).toBe('invalid_value');
    expect(toWukongLevel({ abc_class: 'c', value_tier: 'vip' }).value).toBe('C（非优先客户）');
    expect(thrown(() => fromWukongState(null as never)).code).toBe('invalid_value');
  });
  it('rejects bad profiles', () => {
    expect(thrown(() => toHubSpotLifecycleStage({})).code).toBe('invalid_argument');
    expect(thrown(() => toHubSpotLifecycleStage(null as never)).path).toEqual(['profile']);
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'churned' } as never)).code).toBe('invalid_value');
    expect(thrown(() => toSalesforceRating({ mood: 'happy' } as never)).code).toBe('unknown_dimension');
    expect(toSalesforceRating({ purchase_intent: 'interested', status: undefined } as never).value).toBe('Hot');
  });
});
