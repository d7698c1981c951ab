import { mapFrom, mapTo, type FromResult, type FromRow, type InteropProfile, type ToResult, type ToRow } from './mapping.js';

/**
 * Salesforce's standard lead and account rating values.
 *
 * @example
 * ```ts
 * import { SALESFORCE_RATINGS } from 'crm-taxonomy/interop';
 *
 * SALESFORCE_RATINGS; //=> ['Hot', 'Warm', 'Cold']
 * ```
 */
export const SALESFORCE_RATINGS = ['Hot', 'Warm', 'Cold'] as const;

/**
 * One of {@link SALESFORCE_RATINGS}.
 *
 * @example
 * ```ts
 * import type { SalesforceRating } from 'crm-taxonomy/interop';
 *
 * const rating: SalesforceRating = 'Warm';
 * rating; //=> 'Warm'
 * ```
 */
export type SalesforceRating = (typeof SALESFORCE_RATINGS)[number];

/**
 * Salesforce's standard Account Type picklist values.
 *
 * @example
 * ```ts
 * import { SALESFORCE_ACCOUNT_TYPES } from 'crm-taxonomy/interop';
 *
 * SALESFORCE_ACCOUNT_TYPES[0]; //=> 'Prospect'
 * ```
 */
export const SALESFORCE_ACCOUNT_TYPES = [
  'Prospect',
  'Customer - Direct',
  'Customer - Channel',
  'Channel Partner / Reseller',
  'Installation Partner',
  'Technology Partner',
  'Other',
] as const;

/**
 * One of {@link SALESFORCE_ACCOUNT_TYPES}.
 *
 * @example
 * ```ts
 * import type { SalesforceAccountType } from 'crm-taxonomy/interop';
 *
 * const type: SalesforceAccountType = 'Customer - Channel';
 * type; //=> 'Customer - Channel'
 * ```
 */
export type SalesforceAccountType = (typeof SALESFORCE_ACCOUNT_TYPES)[number];

/**
 * Salesforce rating → purchase intent. Every rating comes back unchanged, but Warm and Cold each
 * hold two intents: the profile names the more common one.
 *
 * @example
 * ```ts
 * import { FROM_SALESFORCE_RATING } from 'crm-taxonomy/interop';
 *
 * FROM_SALESFORCE_RATING.map((r) => r.profile.purchase_intent); //=> ['interested', 'hesitating', 'not_now']
 * ```
 */
export const FROM_SALESFORCE_RATING: readonly FromRow<SalesforceRating>[] = [
  { value: 'Hot', profile: { purchase_intent: 'interested' }, lossy: false, note: 'Ready to buy: speed up' },
  { value: 'Warm', profile: { purchase_intent: 'hesitating' }, lossy: false, note: 'Considering; may also be a quote with no reply (quoted_no_reply)' },
  { value: 'Cold', profile: { purchase_intent: 'not_now' }, lossy: false, note: 'Not buying now; may also be a firm no (never)' },
];

/**
 * Purchase intent → Salesforce rating.
 *
 * @example
 * ```ts
 * import { TO_SALESFORCE_RATING } from 'crm-taxonomy/interop';
 *
 * TO_SALESFORCE_RATING.filter((r) => r.lossy).map((r) => r.when.purchase_intent); //=> ['quoted_no_reply', 'never']
 * ```
 */
export const TO_SALESFORCE_RATING: readonly ToRow<SalesforceRating>[] = [
  { when: { purchase_intent: 'interested' }, value: 'Hot', lossy: false, note: 'Interested in buying' },
  { when: { purchase_intent: 'hesitating' }, value: 'Warm', lossy: false, note: 'Considering, hesitating' },
  { when: { purchase_intent: 'quoted_no_reply' }, value: 'Warm', lossy: true, note: 'Salesforce has no rating for a quote with no reply; comes back as hesitating' },
  { when: { purchase_intent: 'not_now' }, value: 'Cold', lossy: false, note: 'Not buying for now' },
  { when: { purchase_intent: 'never' }, value: 'Cold', lossy: true, note: 'Salesforce does not tell "never" from "not now"; comes back as not_now' },
];

/**
 * Salesforce Account Type → taxonomy profile.
 *
 * @example
 * ```ts
 * import { FROM_SALESFORCE_ACCOUNT_TYPE } from 'crm-taxonomy/interop';
 *
 * FROM_SALESFORCE_ACCOUNT_TYPE.find((r) => r.value === 'Channel Partner / Reseller')?.profile;
 * //=> { relationship_to_firm: 'intermediary' }
 * ```
 */
export const FROM_SALESFORCE_ACCOUNT_TYPE: readonly FromRow<SalesforceAccountType>[] = [
  { value: 'Prospect', profile: { status: 'potential' }, lossy: false, note: 'Not a customer yet' },
  { value: 'Customer - Direct', profile: { status: 'current' }, lossy: false, note: 'Buys now, directly' },
  { value: 'Customer - Channel', profile: { status: 'current' }, lossy: true, note: 'Buys now, through a channel: the taxonomy does not record the route; comes back as Customer - Direct' },
  { value: 'Channel Partner / Reseller', profile: { relationship_to_firm: 'intermediary' }, lossy: false, note: 'Buys to resell: an intermediary customer' },
  { value: 'Installation Partner', profile: {}, lossy: true, note: 'A partner rather than a customer: no taxonomy value' },
  { value: 'Technology Partner', profile: {}, lossy: true, note: 'A partner rather than a customer: no taxonomy value' },
  { value: 'Other', profile: {}, lossy: true, note: 'No information' },
];

/**
 * Taxonomy profile → Salesforce Account Type: an intermediary first, then by status.
 *
 * @example
 * ```ts
 * import { TO_SALESFORCE_ACCOUNT_TYPE } from 'crm-taxonomy/interop';
 *
 * TO_SALESFORCE_ACCOUNT_TYPE.length; //=> 6
 * ```
 */
export const TO_SALESFORCE_ACCOUNT_TYPE: readonly ToRow<SalesforceAccountType>[] = [
  { when: { relationship_to_firm: 'intermediary' }, value: 'Channel Partner / Reseller', lossy: false, note: 'Buys to resell' },
  { when: { status: 'current' }, value: 'Customer - Direct', lossy: false, note: 'Buys now; use Customer - Channel by hand when it buys through a partner' },
  { when: { status: 'potential' }, value: 'Prospect', lossy: false, note: 'Has a need, has not bought' },
  { when: { status: 'target' }, value: 'Prospect', lossy: true, note: 'Salesforce does not tell target from potential; comes back as potential' },
  { when: { status: 'lost' }, value: 'Other', lossy: true, note: 'Salesforce has no former-customer type' },
  { when: { status: 'non_customer' }, value: 'Other', lossy: true, note: 'Cannot buy: no account type fits' },
];

/**
 * Maps a Salesforce rating to a purchase intent.
 *
 * @example
 * ```ts
 * import { fromSalesforceRating } from 'crm-taxonomy/interop';
 *
 * fromSalesforceRating('Warm'); //=> { profile: { purchase_intent: 'hesitating' }, lossy: false }
 * ```
 */
export function fromSalesforceRating(rating: SalesforceRating): FromResult {
  return mapFrom(FROM_SALESFORCE_RATING, rating, (v) => v, 'salesforceRating');
}

/**
 * Maps a profile's purchase intent to a Salesforce rating.
 *
 * @example
 * ```ts
 * import { toSalesforceRating } from 'crm-taxonomy/interop';
 *
 * toSalesforceRating({ purchase_intent: 'interested' }).value; //=> 'Hot'
 * ```
 */
export function toSalesforceRating(profile: InteropProfile): ToResult<SalesforceRating> {
  return mapTo(TO_SALESFORCE_RATING, profile, 'a Salesforce rating');
}

/**
 * Maps a Salesforce Account Type to a partial profile.
 *
 * @example
 * ```ts
 * import { fromSalesforceAccountType } from 'crm-taxonomy/interop';
 *
 * fromSalesforceAccountType('Customer - Channel'); //=> { profile: { status: 'current' }, lossy: true }
 * ```
 */
export function fromSalesforceAccountType(type: SalesforceAccountType): FromResult {
  return mapFrom(FROM_SALESFORCE_ACCOUNT_TYPE, type, (v) => v, 'salesforceAccountType');
}

/**
 * Maps a profile (`relationship_to_firm`, `status`) to a Salesforce Account Type.
 *
 * @example
 * ```ts
 * import { toSalesforceAccountType } from 'crm-taxonomy/interop';
 *
 * toSalesforceAccountType({ status: 'current', relationship_to_firm: 'intermediary' }).value; //=> 'Channel Partner / Reseller'
 * toSalesforceAccountType({ status: 'target' }); //=> { value: 'Prospect', lossy: true }
 * ```
 */
export function toSalesforceAccountType(profile: InteropProfile): ToResult<SalesforceAccountType> {
  return mapTo(TO_SALESFORCE_ACCOUNT_TYPE, profile, 'a Salesforce account type');
}
