import { describe, expect, it } from 'vitest';
import { fromHubSpotLifecycleStage, fromWukongCustomer, fromWukongState, FROM_HUBSPOT_LIFECYCLE, toHubSpotLifecycleStage } from '../../src/interop/index.js';

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
    expect(() => fromWukongState({ dealStatus: 0, followup: 2 } as never)).toThrow(expect.objectContaining({ code: 'invalid_argument', path: ['state', 'followup'] }));
  });
});

describe("HubSpot's opportunity", () => {
  it('maps back to opportunity, as its note says', () => {
    const back = toHubSpotLifecycleStage(fromHubSpotLifecycleStage('opportunity').profile);
    expect(back.value).toBe('opportunity');
    expect(FROM_HUBSPOT_LIFECYCLE.find((r) => r.value === 'opportunity')!.note).toContain('maps back to opportunity');
  });
});
