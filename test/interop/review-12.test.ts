/** A hostile review of the mappings: `lossy` is for the profile mapped, against what the value reads back as. */
import { describe, expect, it } from 'vitest';
import { fromWukongLevel, toHubSpotLeadStatus, toSalesforceForecastCategory, toWukongLevel } from '../../src/interop/index.js';

describe('a to… mapping is lossy for the profile it maps', () => {
  it('when the value reads back contradicting another value of the profile', () => {
    // Before: lossy false, though A（重点客户） reads back as a key customer.
    const level = toWukongLevel({ abc_class: 'a', value_tier: 'ordinary' });
    expect(level).toMatchObject({ value: 'A（重点客户）', lossy: true });
    expect(level.note).toMatch(/reads back as value_tier key, not ordinary$/);
    expect(fromWukongLevel('A（重点客户）').profile).toEqual({ abc_class: 'a', value_tier: 'key' });
    // Commit reads back as a target customer: not a potential one.
    expect(toSalesforceForecastCategory({ status: 'potential', purchase_intent: 'interested' })).toMatchObject({ value: 'Commit', lossy: true });
  });

  it('and not when a row marked lossy gives this profile back exactly', () => {
    // OPEN_DEAL reads back as exactly a target customer who is interested (the row covers other intents too).
    expect(toHubSpotLeadStatus({ status: 'target', purchase_intent: 'interested' })).toMatchObject({ value: 'OPEN_DEAL', lossy: false });
    // The profile consistent with the value: as before.
    expect(toWukongLevel({ abc_class: 'a', value_tier: 'key' })).toMatchObject({ value: 'A（重点客户）', lossy: false });
  });
});

describe('lossy per profile, as read back', () => {
  it('stays lossy when a value the row reads does not come back', async () => {
    const { toHubSpotLeadStatus: lead, toWukongLevel: level } = await import('../../src/interop/index.js');
    // UNQUALIFIED reads back as a non-customer only: purchase_intent never is lost.
    expect(lead({ status: 'non_customer', purchase_intent: 'never' })).toMatchObject({ value: 'UNQUALIFIED', lossy: true });
    // A host's own row keeps the lossy it says, either way.
    const rows = [{ when: { abc_class: 'a' }, value: 'A（重点客户）', lossy: true, note: 'Our A is reserved for contracts' }] as const;
    expect(level({ abc_class: 'a', value_tier: 'key' }, { rows })).toMatchObject({ lossy: true, note: 'Our A is reserved for contracts' });
    const lossless = [{ when: { value_tier: 'vip' }, value: 'A（重点客户）', lossy: false, note: 'Ours' }] as const;
    expect(level({ value_tier: 'vip' }, { rows: lossless })).toEqual({ value: 'A（重点客户）', lossy: false, note: 'Ours' });
  });
});
