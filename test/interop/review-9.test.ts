import { describe, expect, it } from 'vitest';
import { message } from '../../src/index.js';
import { fromHubSpotLifecycleStage, fromWukongCustomer, fromWukongState, FROM_HUBSPOT_LIFECYCLE, toHubSpotLifecycleStage, toWukongDealEnd } from '../../src/interop/index.js';
import { thrown } from '../support/thrown.js';

// A review of the mappings against the CRMs' own sources.

describe('WukongCRM: a customer row as it is created', () => {
  // `followup int NULL DEFAULT NULL` (DB/wk_crm_single.sql:5518), and creating a customer does not
  // set it (CrmCustomerServiceImpl.java:401-413): NULL until the first follow-up, claim or transfer.
  it('reads followup NULL as never followed up', () => {
    expect(fromWukongState({ dealStatus: 0, followup: null }).profile).toEqual({ status: 'potential' });
    expect(fromWukongState({ dealStatus: 1, followup: null }).profile).toEqual({ status: 'current' });
    const row = { dealStatus: 0, followup: null, status: 1, isReceive: null, receiveTime: '2024-01-01 09:00:00', lastTime: '2024-01-01 09:00:00' } as const;
    expect(fromWukongCustomer(row).profile.status).toBe('potential');
  });

  it('still refuses any other value', () => {
    expect(() => fromWukongState({ dealStatus: 0, followup: 2 } as never)).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['state', 'followup'], details: { expected: 'one_of', received: '2', allowed: ['0', '1'] } }));
  });
});

describe("HubSpot's opportunity", () => {
  it('maps back to opportunity, as its note says', () => {
    const back = toHubSpotLifecycleStage(fromHubSpotLifecycleStage('opportunity').profile);
    expect(back.value).toBe('opportunity');
    expect(FROM_HUBSPOT_LIFECYCLE.find((r) => r.value === 'opportunity')!.note).toContain('maps back to opportunity');
  });
});

describe('a profile no row maps', () => {
  it('names the value no row reads, and the values the rows do', () => {
    expect(thrown(() => toWukongDealEnd({ status: 'lost' }))).toMatchObject({ code: 'invalid_argument', path: ['profile', 'status'], details: { expected: 'one_of', received: '"lost"', allowed: ['current', 'target'] } });
    expect(message(thrown(() => toWukongDealEnd({ status: 'lost' })))).toBe('Invalid profile.status: expected one of current, target, received "lost"');
  });

  it('names the dimension the rows need when the profile lacks it (a HubSpot "other" contact maps to nothing)', () => {
    expect(thrown(() => toHubSpotLifecycleStage(fromHubSpotLifecycleStage('other').profile))).toMatchObject({ path: ['profile', 'status'], details: { received: '(none)' } });
  });
});
