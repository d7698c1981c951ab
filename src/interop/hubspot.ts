import { mapFrom, mapTo, type FromResult, type FromRow, type InteropProfile, type ToResult, type ToRow } from './mapping.js';

/**
 * HubSpot's default lifecycle stages (internal values), in HubSpot's order.
 *
 * @example
 * ```ts
 * import { HUBSPOT_LIFECYCLE_STAGES } from 'crm-taxonomy/interop';
 *
 * HUBSPOT_LIFECYCLE_STAGES.length; //=> 8
 * ```
 */
export const HUBSPOT_LIFECYCLE_STAGES = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const;

/**
 * One of {@link HUBSPOT_LIFECYCLE_STAGES}.
 *
 * @example
 * ```ts
 * import type { HubSpotLifecycleStage } from 'crm-taxonomy/interop';
 *
 * const stage: HubSpotLifecycleStage = 'evangelist';
 * stage; //=> 'evangelist'
 * ```
 */
export type HubSpotLifecycleStage = (typeof HUBSPOT_LIFECYCLE_STAGES)[number];

/**
 * HubSpot lifecycle stage → taxonomy profile, one row per stage with a note.
 *
 * @example
 * ```ts
 * import { FROM_HUBSPOT_LIFECYCLE } from 'crm-taxonomy/interop';
 *
 * FROM_HUBSPOT_LIFECYCLE.filter((r) => !r.lossy).map((r) => r.value); //=> ['lead', 'salesqualifiedlead', 'customer', 'evangelist']
 * ```
 */
export const FROM_HUBSPOT_LIFECYCLE: readonly FromRow<HubSpotLifecycleStage>[] = [
  { value: 'subscriber', profile: { status: 'potential' }, lossy: true, note: 'Opted in to content only; the taxonomy does not tell a subscriber from a lead (both potential)' },
  { value: 'lead', profile: { status: 'potential' }, lossy: false, note: 'Shown interest, not yet qualified: a potential customer' },
  { value: 'marketingqualifiedlead', profile: { status: 'target' }, lossy: true, note: 'Qualified by marketing: a target customer; the taxonomy does not tell MQL from SQL' },
  { value: 'salesqualifiedlead', profile: { status: 'target' }, lossy: false, note: 'Qualified by sales: a target customer the firm works to convert' },
  { value: 'opportunity', profile: { status: 'target', purchase_intent: 'interested' }, lossy: true, note: 'An open deal: a target customer interested in buying; maps back to salesqualifiedlead' },
  { value: 'customer', profile: { status: 'current' }, lossy: false, note: 'Has bought; HubSpot keeps the stage after churn (a high-water mark), so check recency before trusting "current"' },
  { value: 'evangelist', profile: { status: 'current', loyalty: 'loyal' }, lossy: false, note: 'A customer who promotes you: referral purchase is one of the loyal customer’s four behaviours' },
  { value: 'other', profile: {}, lossy: true, note: 'No information on the customer' },
];

/**
 * Taxonomy profile → HubSpot lifecycle stage: the first row whose values match applies.
 *
 * @example
 * ```ts
 * import { TO_HUBSPOT_LIFECYCLE } from 'crm-taxonomy/interop';
 *
 * TO_HUBSPOT_LIFECYCLE[0]; //=> { when: { status: 'current', loyalty: 'loyal' }, value: 'evangelist' }
 * ```
 */
export const TO_HUBSPOT_LIFECYCLE: readonly ToRow<HubSpotLifecycleStage>[] = [
  { when: { status: 'current', loyalty: 'loyal' }, value: 'evangelist', lossy: false, note: 'A loyal current customer' },
  { when: { status: 'current' }, value: 'customer', lossy: false, note: 'Buys now' },
  { when: { status: 'target' }, value: 'salesqualifiedlead', lossy: false, note: 'The firm works to convert it; use opportunity once a deal is open' },
  { when: { status: 'potential' }, value: 'lead', lossy: false, note: 'Has a need, has not bought' },
  { when: { status: 'lost' }, value: 'other', lossy: true, note: 'HubSpot has no former-customer stage and ignores backward moves (clear the field first, or add a custom churned stage)' },
  { when: { status: 'non_customer' }, value: 'other', lossy: true, note: 'HubSpot has no stage for a contact who cannot buy' },
];

/**
 * Maps a HubSpot lifecycle stage (internal value) to a partial taxonomy profile; throws
 * `invalid_value` (with the allowed stages) for an unknown one.
 *
 * @example
 * ```ts
 * import { fromHubSpotLifecycleStage } from 'crm-taxonomy/interop';
 *
 * fromHubSpotLifecycleStage('marketingqualifiedlead');
 * //=> { profile: { status: 'target' }, lossy: true }
 * fromHubSpotLifecycleStage('evangelist').profile; //=> { status: 'current', loyalty: 'loyal' }
 * ```
 */
export function fromHubSpotLifecycleStage(stage: HubSpotLifecycleStage): FromResult {
  return mapFrom(FROM_HUBSPOT_LIFECYCLE, stage, (v) => v, 'hubspotLifecycleStage', (v) => (typeof v === 'string' ? v.toLowerCase() : undefined));
}

/**
 * Maps a profile (its `status`, and `loyalty` for evangelists) to a HubSpot lifecycle stage.
 * Throws `invalid_argument` when the profile has no `status`.
 *
 * @example
 * ```ts
 * import { toHubSpotLifecycleStage } from 'crm-taxonomy/interop';
 *
 * toHubSpotLifecycleStage({ status: 'current', loyalty: 'loyal' }).value; //=> 'evangelist'
 * toHubSpotLifecycleStage({ status: 'lost' }); //=> { value: 'other', lossy: true }
 * ```
 */
export function toHubSpotLifecycleStage(profile: InteropProfile): ToResult<HubSpotLifecycleStage> {
  return mapTo(TO_HUBSPOT_LIFECYCLE, profile, 'a HubSpot lifecycle stage');
}
