import { describe, expect, it } from 'vitest';
import { is, list, message } from '../../src/index.js';
import { reclaimStatus } from '../../src/pool/index.js';
import {
  FROM_HUBSPOT_LEAD_STATUS,
  FROM_HUBSPOT_LIFECYCLE,
  FROM_SALESFORCE_ACCOUNT_TYPE,
  FROM_SALESFORCE_LEAD_STATUS,
  FROM_SALESFORCE_RATING,
  FROM_WUKONG_DEAL_END,
  FROM_WUKONG_FOLLOW_UP,
  FROM_WUKONG_LEVEL,
  FROM_WUKONG_SOURCE,
  HUBSPOT_LEAD_STATUSES,
  HUBSPOT_LIFECYCLE_STAGES,
  SALESFORCE_ACCOUNT_TYPES,
  SALESFORCE_LEAD_STATUSES,
  SALESFORCE_OPPORTUNITY_STAGES,
  SALESFORCE_RATINGS,
  TO_HUBSPOT_LEAD_STATUS,
  TO_HUBSPOT_LIFECYCLE,
  TO_SALESFORCE_ACCOUNT_TYPE,
  TO_SALESFORCE_FORECAST,
  TO_SALESFORCE_LEAD_STATUS,
  TO_SALESFORCE_RATING,
  TO_WUKONG_DEAL_END,
  TO_WUKONG_LEVEL,
  TO_WUKONG_SOURCE,
  TO_WUKONG_STATE,
  WUKONG_FOLLOW_UP_TYPES,
  WUKONG_LEVELS,
  WUKONG_SOURCES,
  fromHubSpotLeadStatus,
  fromHubSpotLifecycleStage,
  fromSalesforceAccountType,
  fromSalesforceLeadStatus,
  fromSalesforceOpportunity,
  fromSalesforceRating,
  fromWukongCustomer,
  fromWukongDealEnd,
  fromWukongFollowUpType,
  fromWukongLevel,
  fromWukongSource,
  fromWukongState,
  toHubSpotLeadStatus,
  toHubSpotLifecycleStage,
  toSalesforceAccountType,
  toSalesforceForecastCategory,
  toSalesforceLeadStatus,
  toSalesforceRating,
  toWukongDealEnd,
  toWukongFollowUpType,
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

interface System {
  name: string;
  values: readonly unknown[];
  from: readonly FromRow<unknown>[];
  to: readonly ToRow<unknown>[];
  fromFn: (v: never) => FromResult;
  toFn: (p: InteropProfile) => ToResult<unknown>;
  /** The dimensions whose every value the `to` direction covers. */
  covers: readonly string[];
}

const SYSTEMS: System[] = [
  { name: 'HubSpot lifecycle', values: HUBSPOT_LIFECYCLE_STAGES, from: FROM_HUBSPOT_LIFECYCLE, to: TO_HUBSPOT_LIFECYCLE, fromFn: fromHubSpotLifecycleStage, toFn: (p) => toHubSpotLifecycleStage(p), covers: ['status'] },
  { name: 'HubSpot lead status', values: HUBSPOT_LEAD_STATUSES, from: FROM_HUBSPOT_LEAD_STATUS, to: TO_HUBSPOT_LEAD_STATUS, fromFn: fromHubSpotLeadStatus, toFn: (p) => toHubSpotLeadStatus(p), covers: ['status', 'purchase_intent'] },
  { name: 'Salesforce rating', values: SALESFORCE_RATINGS, from: FROM_SALESFORCE_RATING, to: TO_SALESFORCE_RATING, fromFn: fromSalesforceRating, toFn: (p) => toSalesforceRating(p), covers: ['purchase_intent'] },
  { name: 'Salesforce account type', values: SALESFORCE_ACCOUNT_TYPES, from: FROM_SALESFORCE_ACCOUNT_TYPE, to: TO_SALESFORCE_ACCOUNT_TYPE, fromFn: fromSalesforceAccountType, toFn: (p) => toSalesforceAccountType(p), covers: ['status'] },
  { name: 'Salesforce lead status', values: SALESFORCE_LEAD_STATUSES, from: FROM_SALESFORCE_LEAD_STATUS, to: TO_SALESFORCE_LEAD_STATUS, fromFn: fromSalesforceLeadStatus, toFn: (p) => toSalesforceLeadStatus(p), covers: ['status'] },
  { name: 'WukongCRM level', values: WUKONG_LEVELS, from: FROM_WUKONG_LEVEL, to: TO_WUKONG_LEVEL, fromFn: fromWukongLevel, toFn: (p) => toWukongLevel(p), covers: ['abc_class', 'value_tier'] },
  { name: 'WukongCRM source', values: WUKONG_SOURCES, from: FROM_WUKONG_SOURCE, to: TO_WUKONG_SOURCE, fromFn: fromWukongSource, toFn: (p) => toWukongSource(p), covers: ['acquisition_source'] },
  { name: 'WukongCRM deal end', values: [0, 1, 2, 3], from: FROM_WUKONG_DEAL_END, to: TO_WUKONG_DEAL_END, fromFn: fromWukongDealEnd, toFn: (p) => toWukongDealEnd(p), covers: [] },
];

const back = (s: System, profile: InteropProfile): unknown => {
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

  it('maps every value of the dimensions it covers to a value of the other system, or null, with a note', () => {
    const allowed = new Set(s.values.map((v) => JSON.stringify(v)));
    for (const d of s.covers) {
      for (const v of list(d as never)) {
        const result = s.toFn({ [d]: v.id } as InteropProfile);
        if (result.value !== null) expect(allowed.has(JSON.stringify(result.value)), `${d}.${v.id} → ${JSON.stringify(result.value)}`).toBe(true);
        expect(result.note.length, `${d}.${v.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses only taxonomy values', () => {
    for (const r of s.from) for (const [d, v] of Object.entries(r.profile)) expect(is(d as never, v), `${d}.${String(v)}`).toBe(true);
    for (const r of s.to) for (const [d, v] of Object.entries(r.when)) expect(is(d as never, v), `${d}.${String(v)}`).toBe(true);
  });

  it.each(s.from.map((r) => [JSON.stringify(r.value), r] as const))('from %s: a lossless row comes back unchanged', (_k, row) => {
    const result = s.fromFn(row.value as never);
    expect(result).toEqual({ profile: row.profile, lossy: row.lossy, note: row.note });
    if (!row.lossy) expect(JSON.stringify(back(s, result.profile))).toBe(JSON.stringify(row.value));
  });

  it.each(s.to.map((r) => [JSON.stringify(r.when), r] as const))('to %s: a lossless row comes back with its values', (_k, row) => {
    const result = s.toFn(row.when);
    expect(result).toMatchObject({ value: row.value, lossy: row.lossy, note: row.note });
    if (!row.lossy) {
      const restored = s.fromFn(row.value as never).profile as Record<string, unknown>;
      for (const [d, v] of Object.entries(row.when)) expect(restored[d], `${d}`).toBe(v);
    }
  });

  it('refuses unknown values with the allowed ones, in words', () => {
    const error = thrown(() => s.fromFn('nope' as never));
    expect([error.code, error.details]).toMatchObject(['invalid_argument', { expected: 'one_of' }]);
    expect(message(error, 'zh-Hans')).not.toMatch(/undefined|\[object/);
  });
});

describe('HubSpot', () => {
  it('moves forward only: a stage before the current one is ignored, so lossy', () => {
    expect(toHubSpotLifecycleStage({ status: 'current' }, { current: 'lead' })).toMatchObject({ value: 'customer', ignored: false, lossy: false });
    expect(toHubSpotLifecycleStage({ status: 'current' }, { current: 'customer' })).toMatchObject({ ignored: false });
    const backwards = toHubSpotLifecycleStage({ status: 'target' }, { current: 'customer' });
    expect(backwards).toMatchObject({ value: 'salesqualifiedlead', ignored: true, lossy: true });
    expect(backwards.note).toMatch(/forward only/);
    expect(toHubSpotLifecycleStage({ status: 'lost' }, { current: 'customer' })).toMatchObject({ value: 'other', ignored: false });
  });
  it('takes a portal’s custom stages and order', () => {
    const order = ['subscriber', 'lead', 'customer', '1093475', 'other'];
    const rows = [{ when: { status: 'lost' }, value: '1093475', lossy: false, note: 'Custom churned stage' }] as const;
    expect(toHubSpotLifecycleStage({ status: 'lost' }, { current: 'customer', rows, order })).toMatchObject({ value: '1093475', ignored: false, lossy: false });
    expect(toHubSpotLifecycleStage({ status: 'current' }, { current: '1093475', rows, order }).ignored).toBe(true);
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'current' }, { current: 'unknown', order })).path).toEqual(['options', 'current']);
    const from = [{ value: '1093475', profile: { status: 'lost' }, lossy: false, note: 'Custom churned stage' }] as const;
    expect(fromHubSpotLifecycleStage('1093475', { rows: from }).profile).toEqual({ status: 'lost' });
  });
  it('marks evangelist ↔ loyal lossy both ways: loyal does not need referrals', () => {
    expect(fromHubSpotLifecycleStage('evangelist').lossy).toBe(true);
    expect(toHubSpotLifecycleStage({ status: 'current', loyalty: 'loyal' }).lossy).toBe(true);
  });
  it('reads stages and statuses in any case', () => {
    expect(fromHubSpotLifecycleStage('MarketingQualifiedLead').profile).toEqual({ status: 'target' });
    expect(fromHubSpotLeadStatus('bad_timing').profile).toEqual({ status: 'target', purchase_intent: 'not_now' });
  });
});

describe('Salesforce', () => {
  it('reads lead statuses, an org’s converted status included', () => {
    expect(fromSalesforceLeadStatus('Closed - Converted')).toMatchObject({ profile: { status: 'target' }, lossy: true });
    expect(fromSalesforceLeadStatus('Qualified', { isConverted: true }).profile).toEqual({ status: 'target' });
    expect(thrown(() => fromSalesforceLeadStatus('Qualified')).path).toEqual(['status']);
  });
  it('reads opportunities from their stage flags and forecast category', () => {
    for (const s of SALESFORCE_OPPORTUNITY_STAGES) expect(fromSalesforceOpportunity({ stage: s.stage }).profile).toBeDefined();
    expect(fromSalesforceOpportunity({ stage: 'Closed Lost' })).toMatchObject({ profile: { purchase_intent: 'never' }, lossy: true });
    expect(fromSalesforceOpportunity({ stage: 'Prospecting' }).profile).toEqual({ status: 'target', purchase_intent: 'hesitating' });
    expect(fromSalesforceOpportunity({ stage: 'Signed', isClosed: true, isWon: true }).profile).toEqual({ status: 'current' });
    expect(thrown(() => fromSalesforceOpportunity({ stage: 'Signed' })).path).toEqual(['opportunity', 'isClosed']);
    expect(thrown(() => fromSalesforceOpportunity({ stage: 'Odd', isClosed: false, isWon: true })).path).toEqual(['opportunity', 'isClosed']);
    expect(toSalesforceForecastCategory({ status: 'target', purchase_intent: 'hesitating' }).value).toBe('Pipeline');
    for (const r of TO_SALESFORCE_FORECAST) expect(toSalesforceForecastCategory(r.when).value).toBe(r.value);
  });
  it('Hot ↔ interested; never → Cold is lossy', () => {
    expect(fromSalesforceRating('Hot').profile).toEqual({ purchase_intent: 'interested' });
    expect(toSalesforceRating({ purchase_intent: 'never' })).toMatchObject({ value: 'Cold', lossy: true });
    expect(toSalesforceAccountType({ relationship_to_firm: 'intermediary', status: 'lost' }).value).toBe('Channel Partner / Reseller');
  });
});

describe('WukongCRM', () => {
  it('maps B（普通客户） to the seeds’ ordinary customer, not key', () => {
    expect(fromWukongLevel('B（普通客户）').profile).toEqual({ abc_class: 'b', value_tier: 'ordinary' });
    expect(fromWukongLevel('A（重点客户）').profile).toEqual({ abc_class: 'a', value_tier: 'key' });
    expect(fromWukongLevel('b(普通客户)').profile).toEqual({ abc_class: 'b', value_tier: 'ordinary' });
    expect(fromWukongLevel(' C ').profile).toEqual({ abc_class: 'c' });
    expect(thrown(() => fromWukongLevel('A（普通客户）')).code).toBe('invalid_argument');
    expect(thrown(() => fromWukongLevel(1 as never)).code).toBe('invalid_argument');
    expect(toWukongLevel({ abc_class: 'c', value_tier: 'vip' }).value).toBe('C（非优先客户）');
  });
  it('maps follow-up methods to contact kinds and back', () => {
    // WukongCRM 11's five, then WukongCRM 9's name of a visit (docs/crm9.sql:25-27), which maps back to 11's.
    expect(FROM_WUKONG_FOLLOW_UP.map((r) => r.value)).toEqual([...WUKONG_FOLLOW_UP_TYPES, '上门拜访']);
    expect(toWukongFollowUpType(fromWukongFollowUpType('上门拜访').kind).value).toBe('见面拜访');
    for (const t of WUKONG_FOLLOW_UP_TYPES) expect(toWukongFollowUpType(fromWukongFollowUpType(t).kind).value).toBe(t);
    expect(toWukongFollowUpType('complaint')).toMatchObject({ value: null, lossy: true });
    expect(thrown(() => fromWukongFollowUpType('微信')).path).toEqual(['type']);
    // Not a contact kind at all: refused with the kinds there are, not answered "an outcome".
    for (const kind of ['Call', ' call', 'cal', '__proto__']) expect(thrown(() => toWukongFollowUpType(kind))).toMatchObject({ code: 'invalid_argument', path: ['kind'], details: { expected: 'one_of' } });
  });
  it('reads a profile’s own fields only, and a host’s converted status trimmed like every value', () => {
    expect(thrown(() => toHubSpotLifecycleStage(Object.create({ status: 'lost' }) as never)).path).toEqual(['profile', 'status']);
    const rows = [{ value: ' Mine ', profile: { status: 'potential' }, lossy: false, note: 'host' }] as const;
    expect(fromSalesforceLeadStatus('Mine', { isConverted: true, rows } as never).profile).toEqual({ status: 'potential' });
  });
  it('keeps a re-claimed target a target although followup was reset to 0', () => {
    expect(fromWukongState({ dealStatus: 0, followup: 0, isReceive: 2 }).profile).toEqual({ status: 'target' });
    expect(fromWukongState({ dealStatus: 0, followup: 0, isReceive: 1 }).profile).toEqual({ status: 'target' });
    // WukongCRM 11 writes last_time at creation (CrmCustomerServiceImpl.java:411): a new row is potential.
    expect(fromWukongState({ dealStatus: 0, followup: 0, lastTime: '2026-01-01 09:00:00' }).profile).toEqual({ status: 'potential' });
    expect(fromWukongState({ dealStatus: 0, followup: 0, lastTime: null, isReceive: null }).profile).toEqual({ status: 'potential' });
    expect(fromWukongState({ dealStatus: 1, followup: 0 }).profile).toEqual({ status: 'current' });
    expect(fromWukongState({ dealStatus: 0, followup: 1, status: 3 })).toMatchObject({ profile: {}, lossy: true });
    for (const r of TO_WUKONG_STATE) if (r.value !== null && !r.lossy) expect(fromWukongState(r.value).profile).toEqual(r.when);
  });
  it('reads a customer row into a profile and the pool’s facts', () => {
    const row = { dealStatus: 0, followup: 0, status: 2, isReceive: 2, receiveTime: '2026-05-01 09:00:00', lastTime: null, level: 'A（重点客户）', source: '陌拜', hasBusiness: true } as const;
    const read = fromWukongCustomer(row);
    expect(read.profile).toEqual({ status: 'target', abc_class: 'a', value_tier: 'key', acquisition_source: 'cold_visit' });
    expect(read.poolFacts).toEqual({ receivedAt: '2026-05-01 09:00:00', receivedFromPool: true, lastFollowUpAt: null, locked: true, hasDeal: false, hasOpportunity: true, abcClass: 'a', valueTier: 'key' });
    expect(reclaimStatus(read.poolFacts!, { asOf: '2027-01-01' }).exempt).toBe(true);
    expect(fromWukongCustomer({ ...row, status: 3 }).poolFacts).toBeNull();
    expect(thrown(() => fromWukongCustomer({ ...row, receiveTime: undefined as never })).path).toEqual(['row', 'receiveTime']);
    // A deleted opportunity still exempts under business_handle: the row says so through hasAnyBusiness.
    const deleted = fromWukongCustomer({ ...row, status: 1, hasBusiness: false, hasAnyBusiness: true }).poolFacts!;
    expect(deleted).toMatchObject({ hasOpportunity: false, hasAnyOpportunity: true });
    const handle = { counting: 'calendar_days', rules: [{ id: 'followup', conditions: [{ kind: 'no_followup', days: 30 }], exemptWithOpportunity: true }] } as const;
    expect(reclaimStatus(deleted, { asOf: '2027-01-01', policy: handle }).due).toBe(false);
    expect(thrown(() => fromWukongCustomer({ ...row, hasAnyBusiness: 'yes' as never })).path).toEqual(['row', 'hasAnyBusiness']);
  });
});

describe('host rows', () => {
  it('come before the built-in ones and are checked', () => {
    const rows = [{ value: 'A（重点客户）', profile: { value_tier: 'vip' }, lossy: false, note: 'Our A is VIP' }] as const;
    expect(fromWukongLevel('A（重点客户）', { rows }).profile).toEqual({ value_tier: 'vip' });
    expect(thrown(() => fromWukongLevel('x', { rows: [{ value: 'x', profile: { value_tier: 'gold' }, lossy: false, note: 'n' }] as never })).path).toEqual(['options', 'rows', 0, 'profile', 'value_tier']);
    expect(thrown(() => toWukongSource({ acquisition_source: 'flyer' }, { rows: [{ when: {}, value: 3, lossy: false, note: 'n' }] as never })).path).toEqual(['options', 'rows', 0, 'value']);
    expect(thrown(() => fromHubSpotLeadStatus('NEW', { rows: 'x' as never })).path).toEqual(['options', 'rows']);
  });
});

describe('profiles', () => {
  it('refuses bad profiles at their path', () => {
    // An empty profile: the dimension the mapping needs, and its values.
    expect(thrown(() => toHubSpotLifecycleStage({}))).toMatchObject({ path: ['profile', 'status'], details: { expected: 'one_of', received: '(none)' } });
    expect(thrown(() => toHubSpotLifecycleStage(null as never)).path).toEqual(['profile']);
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'churned' } as never)).path).toEqual(['profile', 'status']);
    expect(thrown(() => toSalesforceRating({ mood: 'happy' } as never)).path).toEqual(['profile', 'mood']);
    expect(thrown(() => toSalesforceRating({ __proto__: 'x' } as never)).code).toBe('invalid_argument');
    expect(toSalesforceRating({ purchase_intent: 'interested', status: undefined } as never).value).toBe('Hot');
    expect(toWukongState({ status: 'lost' }).lossy).toBe(true);
  });
});
