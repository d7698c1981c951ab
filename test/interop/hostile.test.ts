/**
 * Issue 11 for `crm-taxonomy/interop`: every function of the subpath, called with hostile values in
 * every argument and option (host rows included), answers a mapping or a CrmTaxonomyError with a
 * clean message; never a TypeError, a hole in a text, or a hang.
 */
import { describe, expect, it } from 'vitest';
import * as interop from '../../src/interop/index.js';
import { walk } from '../pool/hostile-walk.js';

const fromRows = { rows: [{ value: 'x', profile: { status: 'lost' }, lossy: false, note: 'n' }] };
const toRows = { rows: [{ when: { status: 'lost' }, value: 'x', lossy: false, note: 'n' }] };
const row = { dealStatus: 0, followup: 0, status: 1, isReceive: 2, receiveTime: '2026-05-01', createTime: '2026-04-01', lastTime: null, level: 'A', source: '陌拜', hasBusiness: false };

const CALLS: [string, (...args: never[]) => unknown, unknown[]][] = [
  ['fromHubSpotLifecycleStage', interop.fromHubSpotLifecycleStage, ['lead', fromRows]],
  ['toHubSpotLifecycleStage', interop.toHubSpotLifecycleStage, [{ status: 'target', loyalty: 'new' }, { current: 'lead', order: ['lead', 'salesqualifiedlead'], ...toRows }]],
  ['fromHubSpotLeadStatus', interop.fromHubSpotLeadStatus, ['NEW', fromRows]],
  ['toHubSpotLeadStatus', interop.toHubSpotLeadStatus, [{ status: 'target' }, toRows]],
  ['fromSalesforceRating', interop.fromSalesforceRating, ['Hot', fromRows]],
  ['toSalesforceRating', interop.toSalesforceRating, [{ purchase_intent: 'never' }, toRows]],
  ['fromSalesforceAccountType', interop.fromSalesforceAccountType, ['Prospect', fromRows]],
  ['toSalesforceAccountType', interop.toSalesforceAccountType, [{ status: 'current' }, toRows]],
  ['fromSalesforceLeadStatus', interop.fromSalesforceLeadStatus, ['Qualified', { isConverted: true, ...fromRows }]],
  ['toSalesforceLeadStatus', interop.toSalesforceLeadStatus, [{ status: 'target' }, toRows]],
  ['fromSalesforceOpportunity', interop.fromSalesforceOpportunity, [{ stage: 'Verbal', isClosed: false, isWon: false, forecastCategory: 'Commit' }]],
  ['toSalesforceForecastCategory', interop.toSalesforceForecastCategory, [{ purchase_intent: 'hesitating' }, toRows]],
  ['fromWukongLevel', interop.fromWukongLevel, ['B（普通客户）', fromRows]],
  ['toWukongLevel', interop.toWukongLevel, [{ abc_class: 'a' }, toRows]],
  ['fromWukongSource', interop.fromWukongSource, ['陌拜', fromRows]],
  ['toWukongSource', interop.toWukongSource, [{ acquisition_source: 'flyer' }, toRows]],
  ['fromWukongState', interop.fromWukongState, [{ dealStatus: 0, followup: 0, isReceive: 2, lastTime: '2026-01-01', status: 2 }]],
  ['toWukongState', interop.toWukongState, [{ status: 'lost' }]],
  ['fromWukongFollowUpType', interop.fromWukongFollowUpType, ['微信', { rows: [{ value: '微信', kind: 'message', lossy: false, note: 'WeChat' }] }]],
  ['toWukongFollowUpType', interop.toWukongFollowUpType, ['visit']],
  ['fromWukongDealEnd', interop.fromWukongDealEnd, [2]],
  ['toWukongDealEnd', interop.toWukongDealEnd, [{ status: 'target' }]],
  ['fromWukongCustomer', interop.fromWukongCustomer, [row, { levels: fromRows.rows, sources: fromRows.rows }]],
];

describe('hostile input (interop)', () => {
  it('covers every function the subpath exports', () => {
    const functions = Object.entries(interop).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(CALLS.map(([name]) => name).sort()).toEqual(functions);
  });
  it.each(CALLS)('%s', (name, fn, valid) => {
    expect(walk(name, fn, valid)).toBeGreaterThan(40);
  });
  it('leaves the exported tables frozen', () => {
    for (const [name, value] of Object.entries(interop)) if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value), name).toBe(true);
    expect(Object.isFrozen(interop.FROM_HUBSPOT_LIFECYCLE[0]!.profile)).toBe(true);
  });
});
