import { inputError, isRecord } from '../errors/index.js';
import { deepFreeze } from '../shape/index.js';
import { fromTable, isText, mapFrom, mapTo, toTable, type FromResult, type FromRow, type InteropProfile, type ToResult, type ToRow } from './mapping.js';

/** Picklist values are compared as written, trimmed. */
const exact = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

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
export const SALESFORCE_RATINGS = /* @__PURE__ */ deepFreeze(['Hot', 'Warm', 'Cold'] as const);

/** One of Salesforce's standard ratings. */
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
export const SALESFORCE_ACCOUNT_TYPES = /* @__PURE__ */ deepFreeze([
  'Prospect',
  'Customer - Direct',
  'Customer - Channel',
  'Channel Partner / Reseller',
  'Installation Partner',
  'Technology Partner',
  'Other',
] as const);

/** One of Salesforce's standard Account Type values. */
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
export const FROM_SALESFORCE_RATING: readonly FromRow<SalesforceRating>[] = /* @__PURE__ */ deepFreeze([
  { value: 'Hot', profile: { purchase_intent: 'interested' }, lossy: false, note: 'Ready to buy: speed up' },
  { value: 'Warm', profile: { purchase_intent: 'hesitating' }, lossy: false, note: 'Considering; may also be a quote with no reply (quoted_no_reply)' },
  { value: 'Cold', profile: { purchase_intent: 'not_now' }, lossy: false, note: 'Not buying now; may also be a firm no (never)' },
] as const satisfies readonly FromRow<SalesforceRating>[]);

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
export const TO_SALESFORCE_RATING: readonly ToRow<SalesforceRating>[] = /* @__PURE__ */ deepFreeze([
  { when: { purchase_intent: 'interested' }, value: 'Hot', lossy: false, note: 'Interested in buying' },
  { when: { purchase_intent: 'hesitating' }, value: 'Warm', lossy: false, note: 'Considering, hesitating' },
  { when: { purchase_intent: 'quoted_no_reply' }, value: 'Warm', lossy: true, note: 'Salesforce has no rating for a quote with no reply; comes back as hesitating' },
  { when: { purchase_intent: 'not_now' }, value: 'Cold', lossy: false, note: 'Not buying for now' },
  { when: { purchase_intent: 'never' }, value: 'Cold', lossy: true, note: 'Salesforce does not tell "never" from "not now"; comes back as not_now' },
] as const satisfies readonly ToRow<SalesforceRating>[]);

/**
 * Salesforce Account Type → taxonomy profile.
 *
 * @example
 * ```ts
 * import { FROM_SALESFORCE_ACCOUNT_TYPE } from 'crm-taxonomy/interop';
 *
 * FROM_SALESFORCE_ACCOUNT_TYPE.find((r) => r.value === 'Channel Partner / Reseller')?.profile; //=> { relationship_to_firm: 'intermediary' }
 * ```
 */
export const FROM_SALESFORCE_ACCOUNT_TYPE: readonly FromRow<SalesforceAccountType>[] = /* @__PURE__ */ deepFreeze([
  { value: 'Prospect', profile: { status: 'potential' }, lossy: false, note: 'Not a customer yet' },
  { value: 'Customer - Direct', profile: { status: 'current' }, lossy: false, note: 'Buys now, directly' },
  { value: 'Customer - Channel', profile: { status: 'current' }, lossy: true, note: 'Buys now, through a channel: the taxonomy does not record the route; comes back as Customer - Direct' },
  { value: 'Channel Partner / Reseller', profile: { relationship_to_firm: 'intermediary' }, lossy: false, note: 'Buys to resell: an intermediary customer' },
  { value: 'Installation Partner', profile: {}, lossy: true, note: 'A partner rather than a customer: no taxonomy value' },
  { value: 'Technology Partner', profile: {}, lossy: true, note: 'A partner rather than a customer: no taxonomy value' },
  { value: 'Other', profile: {}, lossy: true, note: 'No information' },
] as const satisfies readonly FromRow<SalesforceAccountType>[]);

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
export const TO_SALESFORCE_ACCOUNT_TYPE: readonly ToRow<SalesforceAccountType>[] = /* @__PURE__ */ deepFreeze([
  { when: { relationship_to_firm: 'intermediary' }, value: 'Channel Partner / Reseller', lossy: false, note: 'Buys to resell' },
  { when: { status: 'current' }, value: 'Customer - Direct', lossy: false, note: 'Buys now; use Customer - Channel by hand when it buys through a partner' },
  { when: { status: 'potential' }, value: 'Prospect', lossy: false, note: 'Has a need, has not bought' },
  { when: { status: 'target' }, value: 'Prospect', lossy: true, note: 'Salesforce does not tell target from potential; comes back as potential' },
  { when: { status: 'lost' }, value: 'Other', lossy: true, note: 'Salesforce has no former-customer type' },
  { when: { status: 'non_customer' }, value: 'Other', lossy: true, note: 'Cannot buy: no account type fits' },
] as const satisfies readonly ToRow<SalesforceAccountType>[]);

/**
 * Maps a Salesforce rating to a purchase intent; a host's own picklist values through `rows`.
 *
 * @example
 * ```ts
 * import { fromSalesforceRating } from 'crm-taxonomy/interop';
 *
 * fromSalesforceRating('Warm'); //=> { profile: { purchase_intent: 'hesitating' }, lossy: false }
 * ```
 */
export function fromSalesforceRating(rating: SalesforceRating | (string & {}), options?: { readonly rows?: readonly FromRow<string>[] }): FromResult {
  return mapFrom<string>(fromTable<string>(FROM_SALESFORCE_RATING, options, isText), rating, exact, ['rating']);
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
export function toSalesforceRating(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_SALESFORCE_RATING, options, isText), profile, { table: FROM_SALESFORCE_RATING, key: exact, rows: TO_SALESFORCE_RATING });
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
export function fromSalesforceAccountType(type: SalesforceAccountType | (string & {}), options?: { readonly rows?: readonly FromRow<string>[] }): FromResult {
  return mapFrom<string>(fromTable<string>(FROM_SALESFORCE_ACCOUNT_TYPE, options, isText), type, exact, ['type']);
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
export function toSalesforceAccountType(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_SALESFORCE_ACCOUNT_TYPE, options, isText), profile, { table: FROM_SALESFORCE_ACCOUNT_TYPE, key: exact, rows: TO_SALESFORCE_ACCOUNT_TYPE });
}

/**
 * Salesforce's default Lead Status picklist. Each value of an org's picklist carries `IsConverted`
 * (the `LeadStatus` object): the status a lead takes when it is converted into an account.
 *
 * @example
 * ```ts
 * import { SALESFORCE_LEAD_STATUSES } from 'crm-taxonomy/interop';
 *
 * SALESFORCE_LEAD_STATUSES[2]; //=> 'Closed - Converted'
 * ```
 */
export const SALESFORCE_LEAD_STATUSES = /* @__PURE__ */ deepFreeze(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'] as const);

/** One of Salesforce's default Lead Status values. */
export type SalesforceLeadStatus = (typeof SALESFORCE_LEAD_STATUSES)[number];

/**
 * Salesforce Lead Status → taxonomy profile.
 *
 * @example
 * ```ts
 * import { FROM_SALESFORCE_LEAD_STATUS } from 'crm-taxonomy/interop';
 *
 * FROM_SALESFORCE_LEAD_STATUS.map((r) => r.profile.status); //=> ['potential', 'target', 'target', 'non_customer']
 * ```
 */
export const FROM_SALESFORCE_LEAD_STATUS: readonly FromRow<SalesforceLeadStatus>[] = /* @__PURE__ */ deepFreeze([
  { value: 'Open - Not Contacted', profile: { status: 'potential' }, lossy: false, note: 'Not contacted yet: a potential customer' },
  { value: 'Working - Contacted', profile: { status: 'target' }, lossy: false, note: 'Being worked on: a target customer' },
  {
    value: 'Closed - Converted',
    profile: { status: 'target' },
    lossy: true,
    note: 'Converted (IsConverted): the lead became an account, a contact and often an opportunity, a qualified target; the purchase itself is on the opportunity',
  },
  { value: 'Closed - Not Converted', profile: { status: 'non_customer' }, lossy: false, note: 'Closed without conversion: disqualified; record whether it cannot or will not buy' },
] as const satisfies readonly FromRow<SalesforceLeadStatus>[]);

/**
 * Taxonomy profile → Salesforce Lead Status.
 *
 * @example
 * ```ts
 * import { TO_SALESFORCE_LEAD_STATUS } from 'crm-taxonomy/interop';
 *
 * TO_SALESFORCE_LEAD_STATUS.find((r) => r.when.status === 'current')?.value; //=> 'Closed - Converted'
 * ```
 */
export const TO_SALESFORCE_LEAD_STATUS: readonly ToRow<SalesforceLeadStatus>[] = /* @__PURE__ */ deepFreeze([
  { when: { status: 'potential' }, value: 'Open - Not Contacted', lossy: false, note: 'Not contacted yet' },
  { when: { status: 'target' }, value: 'Working - Contacted', lossy: false, note: 'Being worked on' },
  { when: { status: 'non_customer' }, value: 'Closed - Not Converted', lossy: false, note: 'Disqualified' },
  { when: { status: 'current' }, value: 'Closed - Converted', lossy: true, note: 'A buying customer’s lead was converted; comes back as a target (the purchase is not on the lead)' },
  { when: { status: 'lost' }, value: null, lossy: true, note: 'A lost customer is an account, not a lead' },
] as const satisfies readonly ToRow<SalesforceLeadStatus>[]);

/**
 * Maps a Salesforce Lead Status to a partial profile. An org's own status maps through `rows`, or,
 * when it is the converted status, through `isConverted: true` (the `LeadStatus.IsConverted` of
 * the picklist value).
 *
 * @example
 * ```ts
 * import { fromSalesforceLeadStatus } from 'crm-taxonomy/interop';
 *
 * fromSalesforceLeadStatus('Working - Contacted').profile; //=> { status: 'target' }
 * fromSalesforceLeadStatus('Qualified', { isConverted: true }).profile; //=> { status: 'target' }
 * ```
 */
export function fromSalesforceLeadStatus(status: SalesforceLeadStatus | (string & {}), options?: { readonly isConverted?: boolean; readonly rows?: readonly FromRow<string>[] }): FromResult {
  const table = fromTable<string>(FROM_SALESFORCE_LEAD_STATUS, options, isText, ['isConverted']);
  const converted = isRecord(options) ? options.isConverted : undefined;
  if (converted !== undefined && typeof converted !== 'boolean') throw inputError('invalid_argument', ['options', 'isConverted'], 'boolean', converted);
  if (converted === true && !table.some((r) => exact(r.value) === exact(status))) {
    if (exact(status) === undefined) throw inputError('invalid_argument', ['status'], 'non_empty_string', status);
    return mapFrom(FROM_SALESFORCE_LEAD_STATUS, 'Closed - Converted', exact, ['status']);
  }
  return mapFrom<string>(table, status, exact, ['status']);
}

/**
 * Maps a profile's status to a Salesforce Lead Status (`null` for a lost customer).
 *
 * @example
 * ```ts
 * import { toSalesforceLeadStatus } from 'crm-taxonomy/interop';
 *
 * toSalesforceLeadStatus({ status: 'non_customer' }).value; //=> 'Closed - Not Converted'
 * ```
 */
export function toSalesforceLeadStatus(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_SALESFORCE_LEAD_STATUS, options, isText), profile, { table: FROM_SALESFORCE_LEAD_STATUS, key: exact, rows: TO_SALESFORCE_LEAD_STATUS });
}

/**
 * Salesforce's forecast categories (`ForecastCategoryName`), which every opportunity stage carries
 * and which decide where an opportunity is totalled in a forecast.
 *
 * @example
 * ```ts
 * import { SALESFORCE_FORECAST_CATEGORIES } from 'crm-taxonomy/interop';
 *
 * SALESFORCE_FORECAST_CATEGORIES; //=> ['Pipeline', 'Best Case', 'Commit', 'Omitted', 'Closed']
 * ```
 */
export const SALESFORCE_FORECAST_CATEGORIES = /* @__PURE__ */ deepFreeze(['Pipeline', 'Best Case', 'Commit', 'Omitted', 'Closed'] as const);

/** One of Salesforce's forecast categories. */
export type SalesforceForecastCategory = (typeof SALESFORCE_FORECAST_CATEGORIES)[number];

/**
 * Salesforce's default opportunity stages and what each is (`OpportunityStage`: `IsClosed`,
 * `IsWon`, the default forecast category). An org's stages are its own: pass their flags.
 *
 * @example
 * ```ts
 * import { SALESFORCE_OPPORTUNITY_STAGES } from 'crm-taxonomy/interop';
 *
 * SALESFORCE_OPPORTUNITY_STAGES.at(-1); //=> { stage: 'Closed Lost', isClosed: true, isWon: false, forecastCategory: 'Omitted' }
 * ```
 */
export const SALESFORCE_OPPORTUNITY_STAGES: readonly {
  readonly stage: string;
  readonly isClosed: boolean;
  readonly isWon: boolean;
  readonly forecastCategory: SalesforceForecastCategory;
}[] = /* @__PURE__ */ deepFreeze([
  { stage: 'Prospecting', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Qualification', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Needs Analysis', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Value Proposition', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Id. Decision Makers', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Perception Analysis', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Proposal/Price Quote', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Negotiation/Review', isClosed: false, isWon: false, forecastCategory: 'Pipeline' },
  { stage: 'Closed Won', isClosed: true, isWon: true, forecastCategory: 'Closed' },
  { stage: 'Closed Lost', isClosed: true, isWon: false, forecastCategory: 'Omitted' },
] as const);

/**
 * Salesforce opportunity (its forecast category, closed and won flags) → taxonomy profile.
 *
 * @example
 * ```ts
 * import { FROM_SALESFORCE_FORECAST } from 'crm-taxonomy/interop';
 *
 * FROM_SALESFORCE_FORECAST.find((r) => r.value === 'Commit')?.profile; //=> { status: 'target', purchase_intent: 'interested' }
 * ```
 */
export const FROM_SALESFORCE_FORECAST: readonly FromRow<SalesforceForecastCategory | 'Closed Lost'>[] = /* @__PURE__ */ deepFreeze([
  { value: 'Pipeline', profile: { status: 'target', purchase_intent: 'hesitating' }, lossy: true, note: 'An open opportunity not yet counted on: a target still deciding' },
  { value: 'Best Case', profile: { status: 'target', purchase_intent: 'interested' }, lossy: true, note: 'Likely to close: an interested target; comes back as Commit' },
  { value: 'Commit', profile: { status: 'target', purchase_intent: 'interested' }, lossy: false, note: 'The rep commits to closing it: an interested target' },
  { value: 'Omitted', profile: { status: 'target', purchase_intent: 'not_now' }, lossy: true, note: 'Open but left out of the forecast: not now' },
  { value: 'Closed', profile: { status: 'current' }, lossy: false, note: 'Closed won (IsWon): the customer bought' },
  { value: 'Closed Lost', profile: { purchase_intent: 'never' }, lossy: true, note: 'Closed lost (IsClosed, not IsWon): the nearest intent is never; learn why, and it may be not_now' },
] as const satisfies readonly FromRow<SalesforceForecastCategory | 'Closed Lost'>[]);

/**
 * Taxonomy profile → forecast category of the customer's opportunity.
 *
 * @example
 * ```ts
 * import { TO_SALESFORCE_FORECAST } from 'crm-taxonomy/interop';
 *
 * TO_SALESFORCE_FORECAST[0]; //=> { when: { status: 'current' }, value: 'Closed', lossy: false }
 * ```
 */
export const TO_SALESFORCE_FORECAST: readonly ToRow<SalesforceForecastCategory>[] = /* @__PURE__ */ deepFreeze([
  { when: { status: 'current' }, value: 'Closed', lossy: false, note: 'Buys now: a won opportunity' },
  { when: { purchase_intent: 'interested' }, value: 'Commit', lossy: false, note: 'Interested: committed' },
  { when: { purchase_intent: 'hesitating' }, value: 'Pipeline', lossy: true, note: 'Still deciding; comes back as a hesitating target' },
  { when: { purchase_intent: 'quoted_no_reply' }, value: 'Pipeline', lossy: true, note: 'Quoted, no reply: in the pipeline; comes back as hesitating' },
  { when: { purchase_intent: 'not_now' }, value: 'Omitted', lossy: true, note: 'Not now: left out of the forecast; comes back as a target' },
  { when: { purchase_intent: 'never' }, value: 'Omitted', lossy: true, note: 'Will not buy: close it lost; Omitted comes back as not_now' },
  { when: { status: 'target' }, value: 'Pipeline', lossy: true, note: 'Being converted, intent unknown; comes back as hesitating' },
] as const satisfies readonly ToRow<SalesforceForecastCategory>[]);

/**
 * Maps a Salesforce opportunity to a partial profile, from its stage's flags: a won stage
 * (`IsWon`) is a purchase, a lost one (`IsClosed`, not `IsWon`) the nearest intent `never`, an
 * open one by its forecast category. The default stages know their flags; an org's own stage needs
 * `isClosed`, `isWon` and `forecastCategory`.
 *
 * @example
 * ```ts
 * import { fromSalesforceOpportunity } from 'crm-taxonomy/interop';
 *
 * fromSalesforceOpportunity({ stage: 'Closed Won' }).profile; //=> { status: 'current' }
 * fromSalesforceOpportunity({ stage: 'Negotiation/Review', forecastCategory: 'Commit' }).profile; //=> { status: 'target', purchase_intent: 'interested' }
 * fromSalesforceOpportunity({ stage: 'Verbal Yes', isClosed: false, isWon: false, forecastCategory: 'Best Case' }).lossy; //=> true
 * ```
 */
export function fromSalesforceOpportunity(opportunity: {
  readonly stage: string;
  readonly isClosed?: boolean;
  readonly isWon?: boolean;
  readonly forecastCategory?: SalesforceForecastCategory;
}): FromResult {
  if (!isRecord(opportunity)) throw inputError('invalid_argument', ['opportunity'], 'object', opportunity);
  const stage = opportunity.stage;
  const known = SALESFORCE_OPPORTUNITY_STAGES.find((s) => s.stage === exact(stage));
  if (known === undefined && !isText(stage)) throw inputError('invalid_argument', ['opportunity', 'stage'], 'non_empty_string', stage);
  const flag = (key: 'isClosed' | 'isWon'): boolean => {
    const value = opportunity[key];
    if (value === undefined) {
      if (known === undefined) throw inputError('invalid_argument', ['opportunity', key], 'boolean', value);
      return known[key];
    }
    if (typeof value !== 'boolean') throw inputError('invalid_argument', ['opportunity', key], 'boolean', value);
    return value;
  };
  const isClosed = flag('isClosed');
  const isWon = flag('isWon');
  if (isWon && !isClosed) throw inputError('invalid_argument', ['opportunity', 'isClosed'], 'one_of', false, { allowed: ['true'] });
  if (isClosed) return mapFrom<string>(FROM_SALESFORCE_FORECAST, isWon ? 'Closed' : 'Closed Lost', exact, ['opportunity', 'forecastCategory']);
  const category = opportunity.forecastCategory ?? known?.forecastCategory;
  if (category === undefined) throw inputError('invalid_argument', ['opportunity', 'forecastCategory'], 'one_of', category, { allowed: SALESFORCE_FORECAST_CATEGORIES });
  const open = FROM_SALESFORCE_FORECAST.filter((r) => r.value !== 'Closed' && r.value !== 'Closed Lost');
  return mapFrom<string>(open, category, exact, ['opportunity', 'forecastCategory']);
}

/**
 * Maps a profile to the forecast category of the customer's opportunity.
 *
 * @example
 * ```ts
 * import { toSalesforceForecastCategory } from 'crm-taxonomy/interop';
 *
 * toSalesforceForecastCategory({ status: 'target', purchase_intent: 'interested' }).value; //=> 'Commit'
 * ```
 */
export function toSalesforceForecastCategory(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_SALESFORCE_FORECAST, options, isText), profile, { table: FROM_SALESFORCE_FORECAST, key: exact, rows: TO_SALESFORCE_FORECAST });
}
