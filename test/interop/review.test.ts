/**
 * The interop review's findings, each pinned: holes in a host's rows, host values read once (rows,
 * profiles, `order`, a WukongCRM row), and fromWukongCustomer's paths and dates.
 */
import { describe, expect, it } from 'vitest';
import * as interop from '../../src/interop/index.js';
import { thrown } from '../support/thrown.js';

const {
  fromHubSpotLifecycleStage,
  fromWukongCustomer,
  fromWukongFollowUpType,
  fromWukongLevel,
  toHubSpotLeadStatus,
  toHubSpotLifecycleStage,
  toWukongSource,
  fromSalesforceOpportunity,
} = interop;

/** A record whose `key` answers `first` once, then `later`. */
function fickle(key: string, first: unknown, later: unknown, rest: object = {}): Record<string, unknown> {
  let calls = 0;
  return Object.defineProperty({ ...rest }, key, { enumerable: true, get: () => (calls++ === 0 ? first : later) });
}

const row = { dealStatus: 0, followup: 0, receiveTime: '2026-01-01' } as const;

describe('a hole in a host list is refused at its index', () => {
  it('in every mapping with rows', () => {
    const hole = [, { value: 'x', profile: {}, lossy: false, note: 'n' }];
    const cases: [string, () => unknown][] = [
      ['fromHubSpotLifecycleStage', () => fromHubSpotLifecycleStage('lead', { rows: hole as never })],
      ['toHubSpotLeadStatus', () => toHubSpotLeadStatus({ status: 'target' }, { rows: hole as never })],
      ['toWukongSource', () => toWukongSource({ acquisition_source: 'flyer' }, { rows: hole as never })],
      ['fromWukongFollowUpType', () => fromWukongFollowUpType('打电话', { rows: hole as never })],
    ];
    for (const [name, call] of cases) expect(thrown(call), name).toMatchObject({ code: 'invalid_argument', path: ['options', 'rows', 0], details: { expected: 'object' } });
    expect(thrown(() => fromWukongCustomer(row, { levels: hole as never }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'levels', 0] });
    expect(thrown(() => fromWukongCustomer(row, { sources: hole as never }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'sources', 0] });
    const order = ['lead', , 'customer'];
    expect(thrown(() => toHubSpotLifecycleStage({ status: 'current' }, { current: 'lead', order: order as never }))).toMatchObject({ path: ['options', 'order', 1] });
  });
});

describe('host values are read once', () => {
  it('a host row: what was checked is what maps', () => {
    const profile = fickle('profile', { status: 'lost' }, { status: 'bogus' }, { value: 'churned', lossy: false, note: 'n' });
    expect(fromHubSpotLifecycleStage('churned', { rows: [profile as never] }).profile).toEqual({ status: 'lost' });
    const lossy = fickle('lossy', false, 'maybe', { value: 'churned', profile: { status: 'lost' }, note: 'n' });
    expect(fromHubSpotLifecycleStage('churned', { rows: [lossy as never] }).lossy).toBe(false);
    const when = fickle('status', 'lost', 'bogus');
    expect(toHubSpotLeadStatus({ status: 'lost' }, { rows: [{ when: when as never, value: 'GONE', lossy: false, note: 'n' }] }).value).toBe('GONE');
  });

  it('a profile: what was checked is what matches', () => {
    expect(toHubSpotLeadStatus(fickle('status', 'target', 'bogus') as never).value).toBe('IN_PROGRESS');
  });

  it("HubSpot's order and current stage", () => {
    const order = ['subscriber', 'lead', 'customer'];
    const options = fickle('order', order, 42, { current: 'customer' });
    expect(toHubSpotLifecycleStage({ status: 'potential' }, options as never)).toMatchObject({ value: 'lead', ignored: true });
    const current = fickle('current', 'customer', 'nope');
    expect(toHubSpotLifecycleStage({ status: 'potential' }, current as never)).toMatchObject({ value: 'lead', ignored: true });
  });

  it("a Salesforce opportunity's stage", () => {
    expect(fromSalesforceOpportunity(fickle('stage', 'Closed Won', 42) as never).profile).toEqual({ status: 'current' });
  });

  it('a WukongCRM row: each field once', () => {
    const reads = new Map<string, number>();
    const counted = new Proxy(
      { ...row, status: 2, isReceive: 2, lastTime: '2026-01-02', createTime: '2025-12-01', level: 'A', source: '陌拜', hasBusiness: true, hasAnyBusiness: true },
      {
        get(t, key, receiver) {
          if (typeof key === 'string') reads.set(key, (reads.get(key) ?? 0) + 1);
          return Reflect.get(t, key, receiver) as unknown;
        },
      },
    );
    const read = fromWukongCustomer(counted as never);
    expect(read.poolFacts).toMatchObject({ locked: true, receivedFromPool: true, lastFollowUpAt: '2026-01-02' });
    for (const [key, n] of reads) expect(n, key).toBe(1);
    expect(fromWukongCustomer(fickle('status', 1, 3, row) as never).poolFacts).not.toBeNull();
  });
});

describe('fromWukongCustomer names what the caller wrote', () => {
  it('the row’s level and source, and the options’ levels and sources', () => {
    expect(thrown(() => fromWukongCustomer({ ...row, level: 42 as never }))).toMatchObject({ code: 'invalid_argument', path: ['row', 'level'] });
    expect(thrown(() => fromWukongCustomer({ ...row, source: 42 as never }))).toMatchObject({ code: 'invalid_argument', path: ['row', 'source'] });
    expect(thrown(() => fromWukongCustomer({ ...row, level: 'A' }, { levels: [{ value: 'A' }] as never }))).toMatchObject({ path: ['options', 'levels', 0, 'lossy'] });
    expect(thrown(() => fromWukongCustomer({ ...row, source: 'x' }, { sources: [{ value: 'x' }] as never }))).toMatchObject({ path: ['options', 'sources', 0, 'lossy'] });
    expect(thrown(() => fromWukongCustomer(row, { levels: 'A' as never }))).toMatchObject({ path: ['options', 'levels'] });
    const levels = [{ value: 'VIP', profile: { value_tier: 'vip' }, lossy: false, note: 'Ours' }] as const;
    expect(fromWukongCustomer({ ...row, level: 'VIP' }, { levels }).profile).toMatchObject({ value_tier: 'vip' });
    expect(fromWukongLevel('VIP', { rows: levels }).profile).toEqual({ value_tier: 'vip' });
  });

  it('refuses a date the pool rules could not read, at the row’s field', () => {
    const bad: [string, unknown][] = [
      ['receiveTime', 'yesterday'],
      ['receiveTime', new Date(Number.NaN)],
      ['receiveTime', 1e300],
      ['createTime', '2024-02-30'],
      ['lastTime', '2026-13-01'],
      ['lastTime', {}],
    ];
    for (const [key, value] of bad) expect(thrown(() => fromWukongCustomer({ ...row, [key]: value } as never)), key).toMatchObject({ code: 'invalid_date', path: ['row', key] });
    expect(thrown(() => interop.fromWukongState({ dealStatus: 0, followup: 0, lastTime: 'yesterday' }))).toMatchObject({ code: 'invalid_date', path: ['state', 'lastTime'] });
    expect(thrown(() => fromWukongCustomer({ ...row, receiveTime: null as never }))).toMatchObject({ code: 'invalid_argument', path: ['row', 'receiveTime'] });
    expect(fromWukongCustomer({ ...row, receiveTime: '2026-01-01 09:30:00', createTime: new Date(0), lastTime: 0 }).poolFacts).toMatchObject({ receivedAt: '2026-01-01 09:30:00' });
  });
});
