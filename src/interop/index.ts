/**
 * Mappings between crm-taxonomy and other CRMs' fields (HubSpot, Salesforce, WukongCRM), as data
 * tables with a note per row, in both directions, lossy rows marked.
 *
 * @packageDocumentation
 */
export type { FromResult, FromRow, InteropProfile, ToResult, ToRow } from './mapping.js';
export {
  FROM_HUBSPOT_LIFECYCLE,
  HUBSPOT_LIFECYCLE_STAGES,
  TO_HUBSPOT_LIFECYCLE,
  fromHubSpotLifecycleStage,
  toHubSpotLifecycleStage,
  type HubSpotLifecycleStage,
} from './hubspot.js';
export {
  FROM_SALESFORCE_ACCOUNT_TYPE,
  FROM_SALESFORCE_RATING,
  SALESFORCE_ACCOUNT_TYPES,
  SALESFORCE_RATINGS,
  TO_SALESFORCE_ACCOUNT_TYPE,
  TO_SALESFORCE_RATING,
  fromSalesforceAccountType,
  fromSalesforceRating,
  toSalesforceAccountType,
  toSalesforceRating,
  type SalesforceAccountType,
  type SalesforceRating,
} from './salesforce.js';
export {
  FROM_WUKONG_LEVEL,
  FROM_WUKONG_SOURCE,
  FROM_WUKONG_STATE,
  TO_WUKONG_LEVEL,
  TO_WUKONG_SOURCE,
  TO_WUKONG_STATE,
  WUKONG_LEVELS,
  WUKONG_SOURCES,
  fromWukongLevel,
  fromWukongSource,
  fromWukongState,
  toWukongLevel,
  toWukongSource,
  toWukongState,
  type WukongCustomerState,
  type WukongLevel,
  type WukongSource,
} from './wukong.js';
