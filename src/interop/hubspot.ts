import { inputError, isRecord } from '../errors/index.js';
import { deepFreeze } from '../shape/index.js';
import { fromTable, hostRows, isText, mapFrom, mapTo, toTable, type FromResult, type FromRow, type InteropProfile, type ToResult, type ToRow } from './mapping.js';

/**
 * HubSpot's default lifecycle stages (internal values), in HubSpot's order: the order its
 * forward-only rule follows. A portal may add custom stages (since 2022, with numeric internal
 * ids) and reorder them: pass its order to {@link toHubSpotLifecycleStage}.
 *
 * @example
 * ```ts
 * import { HUBSPOT_LIFECYCLE_STAGES } from 'crm-taxonomy/interop';
 *
 * HUBSPOT_LIFECYCLE_STAGES.slice(-3); //=> ['customer', 'evangelist', 'other']
 * ```
 */
export const HUBSPOT_LIFECYCLE_STAGES = /* @__PURE__ */ deepFreeze([
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
] as const);

/** One of HubSpot's default lifecycle stages. */
export type HubSpotLifecycleStage = (typeof HUBSPOT_LIFECYCLE_STAGES)[number];

/**
 * HubSpot lifecycle stage → taxonomy profile, one row per default stage. Add a portal's custom
 * stages with `rows` (they come first).
 *
 * @example
 * ```ts
 * import { FROM_HUBSPOT_LIFECYCLE } from 'crm-taxonomy/interop';
 *
 * FROM_HUBSPOT_LIFECYCLE.filter((r) => !r.lossy).map((r) => r.value); //=> ['lead', 'salesqualifiedlead', 'customer']
 * ```
 */
export const FROM_HUBSPOT_LIFECYCLE: readonly FromRow<HubSpotLifecycleStage>[] = /* @__PURE__ */ deepFreeze([
  { value: 'subscriber', profile: { status: 'potential' }, lossy: true, note: 'Opted in to content only; the taxonomy does not tell a subscriber from a lead (both potential)' },
  { value: 'lead', profile: { status: 'potential' }, lossy: false, note: 'Converted beyond a subscription, not yet qualified: a potential customer' },
  { value: 'marketingqualifiedlead', profile: { status: 'target' }, lossy: true, note: 'Qualified by marketing: a target customer; the taxonomy does not tell MQL from SQL' },
  { value: 'salesqualifiedlead', profile: { status: 'target' }, lossy: false, note: 'Qualified by sales: a target customer the firm works to convert' },
  { value: 'opportunity', profile: { status: 'target', purchase_intent: 'interested' }, lossy: true, note: 'Associated with an open deal: a target interested in buying; maps back to opportunity while the intent holds (the deal itself is not kept), to salesqualifiedlead once it does not' },
  { value: 'customer', profile: { status: 'current' }, lossy: false, note: 'Has a closed-won deal; HubSpot keeps the stage after churn (a high-water mark), so check recency before trusting "current"' },
  {
    value: 'evangelist',
    profile: { status: 'current', loyalty: 'loyal' },
    lossy: true,
    note: 'A customer who advocates for you: referral is one of the four loyal behaviours, but loyal needs more of them (loyalMinBehaviours); check the others',
  },
  { value: 'other', profile: {}, lossy: true, note: 'A wildcard stage: no information on the customer' },
] as const satisfies readonly FromRow<HubSpotLifecycleStage>[]);

/**
 * Taxonomy profile → HubSpot lifecycle stage: the first row whose values match applies. Add a
 * portal's custom stages (a churned stage for `lost`) with `rows`.
 *
 * @example
 * ```ts
 * import { TO_HUBSPOT_LIFECYCLE } from 'crm-taxonomy/interop';
 *
 * TO_HUBSPOT_LIFECYCLE[0]; //=> { when: { status: 'current', loyalty: 'loyal' }, value: 'evangelist', lossy: true }
 * ```
 */
export const TO_HUBSPOT_LIFECYCLE: readonly ToRow<HubSpotLifecycleStage>[] = /* @__PURE__ */ deepFreeze([
  { when: { status: 'current', loyalty: 'loyal' }, value: 'evangelist', lossy: true, note: 'A loyal customer need not advocate (loyal asks three of four behaviours): evangelist claims a referral you may not have' },
  { when: { status: 'current' }, value: 'customer', lossy: false, note: 'Buys now' },
  { when: { status: 'target', purchase_intent: 'interested' }, value: 'opportunity', lossy: true, note: 'Interested and being converted; HubSpot sets opportunity when a deal is open — comes back as an interested target only if a deal is associated' },
  { when: { status: 'target' }, value: 'salesqualifiedlead', lossy: false, note: 'The firm works to convert it' },
  { when: { status: 'potential' }, value: 'lead', lossy: false, note: 'Has a need, has not bought' },
  { when: { status: 'lost' }, value: 'other', lossy: true, note: 'HubSpot has no former-customer stage by default: add a custom churned stage (rows) and clear the field first, since HubSpot moves forward only' },
  { when: { status: 'non_customer' }, value: 'other', lossy: true, note: 'HubSpot has no stage for a contact who cannot buy' },
] as const satisfies readonly ToRow<HubSpotLifecycleStage>[]);

/** A lead status as matched: trimmed, upper case. */
const leadStatusKey = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().toUpperCase() : undefined);
/** HubSpot's internal values are lowercase; a custom stage's id is compared as written. */
const stageKey = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : undefined);

/**
 * Maps a HubSpot lifecycle stage (internal value, any case) to a partial taxonomy profile. A
 * portal's custom stages map through `rows`; an unknown stage is `invalid_argument` with the
 * allowed ones.
 *
 * @example
 * ```ts
 * import { fromHubSpotLifecycleStage } from 'crm-taxonomy/interop';
 *
 * fromHubSpotLifecycleStage('marketingqualifiedlead'); //=> { profile: { status: 'target' }, lossy: true }
 * const rows = [{ value: '1093475', profile: { status: 'lost' }, lossy: false, note: 'Our custom "Churned" stage' }] as const;
 * fromHubSpotLifecycleStage('1093475', { rows }).profile; //=> { status: 'lost' }
 * ```
 */
export function fromHubSpotLifecycleStage(stage: HubSpotLifecycleStage | (string & {}), options?: { readonly rows?: readonly FromRow<string>[] }): FromResult {
  return mapFrom<string>(fromTable<string>(FROM_HUBSPOT_LIFECYCLE, options, isText), stage, stageKey, ['stage']);
}

/** What {@link toHubSpotLifecycleStage} answers: the stage to write, and whether HubSpot would ignore the write. */
export interface HubSpotStageResult extends ToResult<string> {
  /** `true` when the stage lies before the current one: HubSpot moves forward only and silently keeps the current stage unless the field is cleared first. */
  readonly ignored: boolean;
}

/**
 * Maps a profile (its `status`, `loyalty` and `purchase_intent`) to a HubSpot lifecycle stage.
 * With the contact's `current` stage, it models HubSpot's forward-only rule: a stage before the
 * current one (in `order`, HubSpot's default order unless the portal has its own) is `ignored` —
 * HubSpot answers 204 and keeps the current stage — and therefore lossy. Custom stages map through
 * `rows` and take their place in `order`.
 *
 * @example
 * ```ts
 * import { toHubSpotLifecycleStage } from 'crm-taxonomy/interop';
 *
 * toHubSpotLifecycleStage({ status: 'current' }).value; //=> 'customer'
 * toHubSpotLifecycleStage({ status: 'potential' }, { current: 'customer' }); //=> { value: 'lead', lossy: true, ignored: true }
 * const rows = [{ when: { status: 'lost' }, value: 'churned', lossy: false, note: 'Custom stage' }] as const;
 * const order = ['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'churned', 'evangelist', 'other'];
 * toHubSpotLifecycleStage({ status: 'lost' }, { current: 'customer', rows, order }); //=> { value: 'churned', lossy: false, ignored: false }
 * ```
 */
export function toHubSpotLifecycleStage(
  profile: InteropProfile,
  options?: { readonly current?: string | null; readonly rows?: readonly ToRow<string>[]; readonly order?: readonly string[] },
): HubSpotStageResult {
  const mapped = mapTo<string>(toTable<string>(TO_HUBSPOT_LIFECYCLE, options, isText, ['current', 'order']), profile, { table: FROM_HUBSPOT_LIFECYCLE, key: stageKey, rows: TO_HUBSPOT_LIFECYCLE });
  // Each option read once (the rows were read by toTable).
  const { current, order: orderIn } = isRecord(options) ? options : {};
  // The order is checked whenever it is given, as the rows are, not only when `current` reads it.
  let order: readonly string[] = HUBSPOT_LIFECYCLE_STAGES;
  if (orderIn !== undefined) {
    order = hostRows(orderIn, ['options', 'order'], 1000).map((s, i) => {
      if (!isText(s)) throw inputError('invalid_argument', ['options', 'order', i], 'non_empty_string', s);
      return s.toLowerCase();
    });
    // A stage twice would have two places in the order.
    const seen = new Set<string>();
    order.forEach((s, i) => {
      if (seen.has(s)) throw inputError('invalid_argument', ['options', 'order', i], 'unique', s);
      seen.add(s);
    });
  }
  if (current === undefined || current === null) return { ...mapped, ignored: false };
  const at = (stage: unknown, path: readonly (string | number)[]): number => {
    const i = order.indexOf(stageKey(stage) ?? '');
    if (i < 0) throw inputError('invalid_argument', path, 'one_of', stage, { allowed: order });
    return i;
  };
  // `current` is checked whenever it is given, whether or not there is a value to write over it.
  const from = at(current, ['options', 'current']);
  if (mapped.value === null) return { ...mapped, ignored: false };
  const to = at(mapped.value, ['options', 'order']);
  if (to >= from) return { ...mapped, ignored: false };
  return {
    value: mapped.value,
    lossy: true,
    ignored: true,
    note: `HubSpot moves lifecycle stages forward only: writing ${mapped.value} over ${order[from]!} is ignored (204, no change) unless the field is cleared first`,
  };
}

/**
 * HubSpot's default lead status values (`hs_lead_status`): where a lead stands in sales' work,
 * within the lifecycle stage.
 *
 * @example
 * ```ts
 * import { HUBSPOT_LEAD_STATUSES } from 'crm-taxonomy/interop';
 *
 * HUBSPOT_LEAD_STATUSES.length; //=> 8
 * ```
 */
export const HUBSPOT_LEAD_STATUSES = /* @__PURE__ */ deepFreeze(['NEW', 'OPEN', 'IN_PROGRESS', 'OPEN_DEAL', 'UNQUALIFIED', 'ATTEMPTED_TO_CONTACT', 'CONNECTED', 'BAD_TIMING'] as const);

/** One of HubSpot's default lead status values. */
export type HubSpotLeadStatus = (typeof HUBSPOT_LEAD_STATUSES)[number];

/**
 * HubSpot lead status → taxonomy profile (`status` and `purchase_intent`).
 *
 * @example
 * ```ts
 * import { FROM_HUBSPOT_LEAD_STATUS } from 'crm-taxonomy/interop';
 *
 * FROM_HUBSPOT_LEAD_STATUS.find((r) => r.value === 'BAD_TIMING')?.profile; //=> { status: 'target', purchase_intent: 'not_now' }
 * ```
 */
export const FROM_HUBSPOT_LEAD_STATUS: readonly FromRow<HubSpotLeadStatus>[] = /* @__PURE__ */ deepFreeze([
  { value: 'NEW', profile: { status: 'potential' }, lossy: false, note: 'Not contacted by sales yet: a potential customer' },
  { value: 'OPEN', profile: { status: 'potential' }, lossy: true, note: 'Open, not worked on yet: the taxonomy does not tell it from NEW' },
  { value: 'IN_PROGRESS', profile: { status: 'target' }, lossy: false, note: 'Sales is working on it: a target customer' },
  { value: 'OPEN_DEAL', profile: { status: 'target', purchase_intent: 'interested' }, lossy: false, note: 'A deal is open: an interested target' },
  { value: 'UNQUALIFIED', profile: { status: 'non_customer' }, lossy: false, note: 'Not a fit: cannot buy (or will not: record why)' },
  { value: 'ATTEMPTED_TO_CONTACT', profile: { status: 'target' }, lossy: true, note: 'Sales tried and got no answer: a target; comes back as IN_PROGRESS' },
  { value: 'CONNECTED', profile: { status: 'target', purchase_intent: 'hesitating' }, lossy: false, note: 'In conversation, not decided: a hesitating target' },
  { value: 'BAD_TIMING', profile: { status: 'target', purchase_intent: 'not_now' }, lossy: false, note: 'Not now: keep in touch and record when it expects to buy' },
] as const satisfies readonly FromRow<HubSpotLeadStatus>[]);

/**
 * Taxonomy profile → HubSpot lead status: the first row whose values match applies.
 *
 * @example
 * ```ts
 * import { TO_HUBSPOT_LEAD_STATUS } from 'crm-taxonomy/interop';
 *
 * TO_HUBSPOT_LEAD_STATUS.filter((r) => r.value === null).length; //=> 2
 * ```
 */
export const TO_HUBSPOT_LEAD_STATUS: readonly ToRow<HubSpotLeadStatus>[] = /* @__PURE__ */ deepFreeze([
  // Customers first: whatever their purchase intent, a customer has no lead status.
  { when: { status: 'current' }, value: null, lossy: true, note: 'Lead status describes leads, not customers: clear it' },
  { when: { status: 'lost' }, value: null, lossy: true, note: 'Lead status describes leads: a lost customer has none (use a custom value to win it back)' },
  { when: { purchase_intent: 'interested' }, value: 'OPEN_DEAL', lossy: true, note: 'Interested: OPEN_DEAL once a deal is open; comes back as an interested target' },
  { when: { purchase_intent: 'not_now' }, value: 'BAD_TIMING', lossy: true, note: 'Not now; comes back as a target' },
  { when: { purchase_intent: 'hesitating' }, value: 'CONNECTED', lossy: true, note: 'Hesitating, in conversation; comes back as a target' },
  { when: { purchase_intent: 'never' }, value: 'UNQUALIFIED', lossy: true, note: 'Will not buy; comes back as a non-customer' },
  { when: { purchase_intent: 'quoted_no_reply' }, value: 'ATTEMPTED_TO_CONTACT', lossy: true, note: 'Quoted, no reply: sales tries to reach it; comes back as a plain target' },
  { when: { status: 'target' }, value: 'IN_PROGRESS', lossy: false, note: 'Being worked on' },
  { when: { status: 'potential' }, value: 'NEW', lossy: false, note: 'Not contacted yet' },
  { when: { status: 'non_customer' }, value: 'UNQUALIFIED', lossy: false, note: 'Cannot buy' },
] as const satisfies readonly ToRow<HubSpotLeadStatus>[]);

/**
 * Maps a HubSpot lead status (any case) to a partial profile; custom statuses through `rows`.
 *
 * @example
 * ```ts
 * import { fromHubSpotLeadStatus } from 'crm-taxonomy/interop';
 *
 * fromHubSpotLeadStatus('CONNECTED').profile; //=> { status: 'target', purchase_intent: 'hesitating' }
 * ```
 */
export function fromHubSpotLeadStatus(status: HubSpotLeadStatus | (string & {}), options?: { readonly rows?: readonly FromRow<string>[] }): FromResult {
  return mapFrom<string>(fromTable<string>(FROM_HUBSPOT_LEAD_STATUS, options, isText), status, leadStatusKey, ['status']);
}

/**
 * Maps a profile to a HubSpot lead status: `null` for customers, current or lost, whom lead status
 * does not describe; otherwise from its `purchase_intent` (first) or its `status`.
 *
 * @example
 * ```ts
 * import { toHubSpotLeadStatus } from 'crm-taxonomy/interop';
 *
 * toHubSpotLeadStatus({ status: 'target', purchase_intent: 'not_now' }).value; //=> 'BAD_TIMING'
 * toHubSpotLeadStatus({ status: 'current' }); //=> { value: null, lossy: true }
 * ```
 */
export function toHubSpotLeadStatus(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_HUBSPOT_LEAD_STATUS, options, isText), profile, { table: FROM_HUBSPOT_LEAD_STATUS, key: leadStatusKey, rows: TO_HUBSPOT_LEAD_STATUS });
}
