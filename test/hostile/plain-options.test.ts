/**
 * Options must be a plain object everywhere: a `Map` (or a `Date`, an array) has no own keys to
 * read, so taking it would answer as if no option were given (`asOf` dropped, the default policy).
 * The analyses, classification, scoring and charts refuse one through `optionsRecord`; these are
 * the entries of the subpaths that check their options on their own.
 */
import { describe, expect, it } from 'vitest';
import { customerForecast, expectedPurchases, probabilityOfPurchases, projectRetention } from '../../src/clv/index.js';
import { fromSalesforceLeadStatus, fromWukongCustomer, toHubSpotLifecycleStage } from '../../src/interop/index.js';
import { canClaim, reclaimStatus } from '../../src/pool/index.js';
import { rfmSql } from '../../src/sql/index.js';
import { CDNOW_BG_NBD } from '../support/models.js';
import { thrown } from '../support/thrown.js';

const bgNbd = { model: 'bg-nbd', timeUnit: 'weeks', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } } as const;
const sbg = { model: 'sbg', params: { alpha: 0.704, beta: 1.182 } } as const;
const customer = { x: 2, tx: 30.43, T: 38.86 };
const horizon = { value: 39, unit: 'weeks' } as const;
const policy = { counting: 'calendar_days', rules: [{ id: 'followup', conditions: [{ kind: 'no_followup', days: 31 }] }] } as const;

describe('options that are not a plain object are refused, not read as none', () => {
  const calls: Record<string, (options: never) => unknown> = {
    expectedPurchases: (o) => expectedPurchases(bgNbd, customer, o),
    probabilityOfPurchases: (o) => probabilityOfPurchases(bgNbd, customer, o),
    customerForecast: (o) => customerForecast({ purchases: CDNOW_BG_NBD }, customer, o),
    projectRetention: (o) => projectRetention(sbg, o),
    reclaimStatus: (o) => reclaimStatus({ receivedAt: '2026-03-01', lastFollowUpAt: '2026-03-10' }, o),
    canClaim: (o) => canClaim({ action: 'claim', holdings: 0 } as never, o),
    rfmSql: (o) => rfmSql(o),
    fromWukongCustomer: (o) => fromWukongCustomer({ dealStatus: 0, followup: 0, status: 2, isReceive: 2, receiveTime: '2026-05-01 09:00:00', lastTime: null, level: 'B（普通客户）' }, o),
    toHubSpotLifecycleStage: (o) => toHubSpotLifecycleStage({ status: 'current' }, o),
    fromSalesforceLeadStatus: (o) => fromSalesforceLeadStatus('Qualified', o),
  };
  it.each(Object.keys(calls))('%s', (name) => {
    for (const options of [new Map<string, unknown>([['asOf', '2026-04-08'], ['policy', policy], ['horizon', horizon], ['purchases', 1]]), new Date(0), [horizon]]) {
      expect(thrown(() => calls[name]!(options as never))).toMatchObject({ code: 'invalid_argument', path: ['options'] });
    }
  });
});
