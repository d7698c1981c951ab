import { inputError, isPlainRecord, isRecord, knownKeys, type ErrorPath } from '../errors/index.js';
import type { PoolFacts } from '../pool/reclaim.js';
import { CONTACT_KINDS } from '../classify/types.js';
import { toEpochMs, type DateInput } from '../records/index.js';
import { deepFreeze } from '../shape/index.js';
import { fromRows, fromTable, hostRow, hostRows, isText, mapFrom, mapTo, rowsOption, toTable, type FromResult, type FromRow, type InteropProfile, type ToResult, type ToRow } from './mapping.js';

/**
 * WukongCRM's default customer level options (admin-editable strings, full-width parentheses;
 * `wk_crm_field` 1101833 in `DB/wk_crm_single.sql`).
 *
 * @example
 * ```ts
 * import { WUKONG_LEVELS } from 'crm-taxonomy/interop';
 *
 * WUKONG_LEVELS; //=> ['A（重点客户）', 'B（普通客户）', 'C（非优先客户）']
 * ```
 */
export const WUKONG_LEVELS = /* @__PURE__ */ deepFreeze(['A（重点客户）', 'B（普通客户）', 'C（非优先客户）'] as const);

/** One of WukongCRM's default customer level options. */
export type WukongLevel = (typeof WUKONG_LEVELS)[number];

/**
 * WukongCRM level → ABC class and value tier: A, B, C are the seeds' A, B, C classes; 重点客户 is
 * the seeds' key customer (重要客户) and 普通客户 their ordinary customer; 非优先客户 names no
 * value tier. A renamed option maps through `rows`.
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_LEVEL } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_LEVEL[1]; //=> { value: 'B（普通客户）', profile: { abc_class: 'b', value_tier: 'ordinary' }, lossy: false }
 * ```
 */
export const FROM_WUKONG_LEVEL: readonly FromRow<WukongLevel>[] = /* @__PURE__ */ deepFreeze([
  { value: 'A（重点客户）', profile: { abc_class: 'a', value_tier: 'key' }, lossy: false, note: 'Class A; 重点客户 is the seeds’ key customer (重要客户)' },
  { value: 'B（普通客户）', profile: { abc_class: 'b', value_tier: 'ordinary' }, lossy: false, note: 'Class B; 普通客户 is the seeds’ ordinary customer' },
  { value: 'C（非优先客户）', profile: { abc_class: 'c' }, lossy: false, note: 'Class C, not a priority: the seeds have no tier for it' },
] as const satisfies readonly FromRow<WukongLevel>[]);

/**
 * ABC class or value tier → WukongCRM level (the ABC class first).
 *
 * @example
 * ```ts
 * import { TO_WUKONG_LEVEL } from 'crm-taxonomy/interop';
 *
 * TO_WUKONG_LEVEL.filter((r) => r.lossy).map((r) => r.when); //=> [{ value_tier: 'vip' }]
 * ```
 */
export const TO_WUKONG_LEVEL: readonly ToRow<WukongLevel>[] = /* @__PURE__ */ deepFreeze([
  { when: { abc_class: 'a' }, value: 'A（重点客户）', lossy: false, note: 'Class A' },
  { when: { abc_class: 'b' }, value: 'B（普通客户）', lossy: false, note: 'Class B' },
  { when: { abc_class: 'c' }, value: 'C（非优先客户）', lossy: false, note: 'Class C' },
  { when: { value_tier: 'vip' }, value: 'A（重点客户）', lossy: true, note: 'WukongCRM has no level above A: VIP and key customers share it; comes back as key' },
  { when: { value_tier: 'key' }, value: 'A（重点客户）', lossy: false, note: '重点客户 is the key customer' },
  { when: { value_tier: 'ordinary' }, value: 'B（普通客户）', lossy: false, note: '普通客户 is the ordinary customer' },
] as const satisfies readonly ToRow<WukongLevel>[]);

/** Reads a level option: as shipped, with half-width parentheses, or the bare letter. */
function levelKey(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const m = /^\s*([ABC])\s*(?:[（(]\s*(重点客户|普通客户|非优先客户)\s*[)）])?\s*$/i.exec(value);
  if (m === null) return value.trim() === '' ? undefined : value.trim();
  const option = WUKONG_LEVELS.find((l) => l.startsWith((m[1] ?? '').toUpperCase()));
  if (m[2] !== undefined && option !== undefined && !option.includes(m[2])) return value.trim();
  return option;
}

/**
 * Maps a WukongCRM customer level option to an ABC class and value tier: the option as shipped,
 * with half-width parentheses, or the bare letter. A renamed option (WukongCRM's level is free
 * text) maps through `rows`; anything else is `invalid_argument`.
 *
 * @example
 * ```ts
 * import { fromWukongLevel } from 'crm-taxonomy/interop';
 *
 * fromWukongLevel('B（普通客户）').profile; //=> { abc_class: 'b', value_tier: 'ordinary' }
 * fromWukongLevel('a').profile; //=> { abc_class: 'a', value_tier: 'key' }
 * fromWukongLevel('VIP客户', { rows: [{ value: 'VIP客户', profile: { value_tier: 'vip' }, lossy: false, note: 'Our own level' }] }).profile; //=> { value_tier: 'vip' }
 * ```
 */
export function fromWukongLevel(level: WukongLevel | (string & {}), options?: { readonly rows?: readonly FromRow<string>[] }): FromResult {
  return mapFrom<string>(fromTable<string>(FROM_WUKONG_LEVEL, options, isText), level, levelKey, ['level']);
}

/**
 * Maps a profile's ABC class (or, failing that, its value tier) to a WukongCRM level option.
 *
 * @example
 * ```ts
 * import { toWukongLevel } from 'crm-taxonomy/interop';
 *
 * toWukongLevel({ value_tier: 'ordinary' }).value; //=> 'B（普通客户）'
 * toWukongLevel({ value_tier: 'vip' }); //=> { value: 'A（重点客户）', lossy: true }
 * ```
 */
export function toWukongLevel(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_WUKONG_LEVEL, options, isText), profile, { table: FROM_WUKONG_LEVEL, key: levelKey, rows: TO_WUKONG_LEVEL });
}

/**
 * WukongCRM's default customer source options (客户来源, `wk_crm_field` 1101828).
 *
 * @example
 * ```ts
 * import { WUKONG_SOURCES } from 'crm-taxonomy/interop';
 *
 * WUKONG_SOURCES.length; //=> 10
 * ```
 */
export const WUKONG_SOURCES = /* @__PURE__ */ deepFreeze(['促销', '搜索引擎', '广告', '转介绍', '线上注册', '线上询价', '预约上门', '陌拜', '电话咨询', '邮件咨询'] as const);

/** One of WukongCRM's default source options. */
export type WukongSource = (typeof WUKONG_SOURCES)[number];

/**
 * WukongCRM source → acquisition source (the ten default options, one to one).
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_SOURCE } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_SOURCE[3]; //=> { value: '转介绍', profile: { acquisition_source: 'referral' } }
 * ```
 */
export const FROM_WUKONG_SOURCE: readonly FromRow<WukongSource>[] = /* @__PURE__ */ deepFreeze([
  { value: '促销', profile: { acquisition_source: 'promotion' }, lossy: false, note: 'Promotion' },
  { value: '搜索引擎', profile: { acquisition_source: 'search_engine' }, lossy: false, note: 'Search engine' },
  { value: '广告', profile: { acquisition_source: 'advertising' }, lossy: false, note: 'Advertising' },
  { value: '转介绍', profile: { acquisition_source: 'referral' }, lossy: false, note: 'Referral' },
  { value: '线上注册', profile: { acquisition_source: 'online_signup' }, lossy: false, note: 'Online sign-up' },
  { value: '线上询价', profile: { acquisition_source: 'online_inquiry' }, lossy: false, note: 'Online inquiry' },
  { value: '预约上门', profile: { acquisition_source: 'appointment_visit' }, lossy: false, note: 'Visit by appointment' },
  { value: '陌拜', profile: { acquisition_source: 'cold_visit' }, lossy: false, note: 'Cold visit' },
  { value: '电话咨询', profile: { acquisition_source: 'phone_inquiry' }, lossy: false, note: 'Phone inquiry' },
  { value: '邮件咨询', profile: { acquisition_source: 'email_inquiry' }, lossy: false, note: 'Email inquiry' },
] as const satisfies readonly FromRow<WukongSource>[]);

/**
 * Acquisition source → WukongCRM source. The five channels WukongCRM has no default option for map
 * to `null` (lossy): add the option in WukongCRM's admin and map it with `rows`.
 *
 * @example
 * ```ts
 * import { TO_WUKONG_SOURCE } from 'crm-taxonomy/interop';
 *
 * TO_WUKONG_SOURCE.filter((r) => r.value === null).length; //=> 5
 * ```
 */
export const TO_WUKONG_SOURCE: readonly ToRow<WukongSource>[] = /* @__PURE__ */ deepFreeze([
  ...FROM_WUKONG_SOURCE.map((r) => ({ when: r.profile, value: r.value, lossy: false, note: r.note })),
  { when: { acquisition_source: 'outdoor_ads' }, value: null, lossy: true, note: 'No default WukongCRM option for outdoor ads' },
  { when: { acquisition_source: 'flyer' }, value: null, lossy: true, note: 'No default WukongCRM option for flyers' },
  { when: { acquisition_source: 'radio' }, value: null, lossy: true, note: 'No default WukongCRM option for radio' },
  { when: { acquisition_source: 'telemarketing' }, value: null, lossy: true, note: 'No default WukongCRM option for telemarketing (电话咨询 is inbound)' },
  { when: { acquisition_source: 'social_local' }, value: null, lossy: true, note: 'No default WukongCRM option for local social promotion' },
] satisfies readonly ToRow<WukongSource>[]);

const trimmed = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * Maps a WukongCRM source option to an acquisition source; the host's own options through `rows`.
 *
 * @example
 * ```ts
 * import { fromWukongSource } from 'crm-taxonomy/interop';
 *
 * fromWukongSource('陌拜').profile; //=> { acquisition_source: 'cold_visit' }
 * ```
 */
export function fromWukongSource(source: WukongSource | (string & {}), options?: { readonly rows?: readonly FromRow<string>[] }): FromResult {
  return mapFrom<string>(fromTable<string>(FROM_WUKONG_SOURCE, options, isText), source, trimmed, ['source']);
}

/**
 * Maps a profile's acquisition source to a WukongCRM source option.
 *
 * @example
 * ```ts
 * import { toWukongSource } from 'crm-taxonomy/interop';
 *
 * toWukongSource({ acquisition_source: 'referral' }).value; //=> '转介绍'
 * toWukongSource({ acquisition_source: 'flyer' }); //=> { value: null, lossy: true }
 * ```
 */
export function toWukongSource(profile: InteropProfile, options?: { readonly rows?: readonly ToRow<string>[] }): ToResult<string> {
  return mapTo<string>(toTable<string>(TO_WUKONG_SOURCE, options, isText), profile, { table: FROM_WUKONG_SOURCE, key: trimmed, rows: TO_WUKONG_SOURCE });
}

/**
 * A WukongCRM customer's state, as its customer row holds it (`wk_crm_customer`): `deal_status`
 * (0 未成交, 1 已成交), `followup` (0 未跟进, 1 已跟进 — reset to 0 on every claim, assignment or
 * transfer), and, to read `followup` right, `is_receive` (1 assigned or transferred, 2 claimed: set
 * by each of them) and `status` (1 normal, 2 locked, 3 deleted). `last_time` is read for the pool's
 * facts, not for the state: WukongCRM 11 writes it when the customer is created
 * (`CrmCustomerServiceImpl.java:411`), so it does not tell a followed-up customer.
 */
export interface WukongCustomerState {
  readonly dealStatus: 0 | 1;
  /** `NULL` in a row created and never followed up, claimed or transferred (the column has no default): read as 0. */
  readonly followup: 0 | 1 | null;
  readonly lastTime?: DateInput | null;
  readonly isReceive?: 1 | 2 | null;
  readonly status?: 1 | 2 | 3;
}

/**
 * WukongCRM customer state → lifecycle status, one row per case `fromWukongState` tells apart.
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_STATE } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_STATE.map((r) => r.profile.status ?? null); //=> ['current', 'current', 'target', 'target', 'potential', null]
 * ```
 */
export const FROM_WUKONG_STATE: readonly FromRow<WukongCustomerState>[] = /* @__PURE__ */ deepFreeze([
  { value: { dealStatus: 1, followup: 1 }, profile: { status: 'current' }, lossy: false, note: 'Has a deal: current (WukongCRM keeps 已成交 after the customer stops buying; check recency for lost)' },
  { value: { dealStatus: 1, followup: 0 }, profile: { status: 'current' }, lossy: true, note: 'A deal, the follow-up flag reset by a claim: current; comes back with followup 1' },
  { value: { dealStatus: 0, followup: 1 }, profile: { status: 'target' }, lossy: false, note: 'Followed up, no deal yet: a target customer being converted' },
  {
    value: { dealStatus: 0, followup: 0, isReceive: 2 },
    profile: { status: 'target' },
    lossy: true,
    note: 'No deal and the flag at 0, but claimed, assigned or transferred (is_receive): WukongCRM resets followup on each, so it is still a target; comes back with followup 1',
  },
  { value: { dealStatus: 0, followup: 0 }, profile: { status: 'potential' }, lossy: false, note: 'Never followed up and never taken from the pool, no deal: potential' },
  { value: { dealStatus: 0, followup: 0, status: 3 }, profile: {}, lossy: true, note: 'Deleted (status 3): no longer a customer record' },
] as const satisfies readonly FromRow<WukongCustomerState>[]);

/**
 * Lifecycle status → WukongCRM `deal_status` / `followup`.
 *
 * @example
 * ```ts
 * import { TO_WUKONG_STATE } from 'crm-taxonomy/interop';
 *
 * TO_WUKONG_STATE.find((r) => r.when.status === 'non_customer')?.value; //=> null
 * ```
 */
export const TO_WUKONG_STATE: readonly ToRow<WukongCustomerState>[] = /* @__PURE__ */ deepFreeze([
  { when: { status: 'current' }, value: { dealStatus: 1, followup: 1 }, lossy: false, note: '已成交, 已跟进' },
  { when: { status: 'target' }, value: { dealStatus: 0, followup: 1 }, lossy: false, note: '未成交, 已跟进' },
  { when: { status: 'potential' }, value: { dealStatus: 0, followup: 0 }, lossy: false, note: '未成交, 未跟进' },
  { when: { status: 'lost' }, value: { dealStatus: 1, followup: 1 }, lossy: true, note: 'WukongCRM has no lost state: a former buyer keeps 已成交; comes back as current' },
  { when: { status: 'non_customer' }, value: null, lossy: true, note: 'Cannot buy: not a WukongCRM customer row' },
] as const satisfies readonly ToRow<WukongCustomerState>[]);

function oneOf<T>(value: unknown, path: ErrorPath, allowed: readonly T[], optional: boolean): T | undefined {
  if (optional && (value === undefined || value === null)) return undefined;
  if (!allowed.includes(value as T)) throw inputError('invalid_argument', path, 'one_of', value, { allowed: allowed.map(String) });
  return value as T;
}

/** A date the pool's rules read later, refused now at the row's own path (`invalid_date`, the library's date reader). */
function checkDate(value: unknown, path: ErrorPath): void {
  toEpochMs(value, path);
}

/** A state's fields, each read once and checked, and the row of `FROM_WUKONG_STATE` they make. */
function readState(state: unknown, root: string) {
  if (!isRecord(state)) throw inputError('invalid_argument', [root], 'object', state);
  const { dealStatus, followup: followupIn, isReceive: isReceiveIn, status: statusIn, lastTime } = state;
  const deal = oneOf(dealStatus, [root, 'dealStatus'], [0, 1], false);
  // NULL until the first follow-up, claim or transfer (`followup int NULL DEFAULT NULL`, DB/wk_crm_single.sql:5518).
  const followup = followupIn === null ? 0 : oneOf(followupIn, [root, 'followup'], [0, 1], false);
  const isReceive = oneOf(isReceiveIn, [root, 'isReceive'], [1, 2], true);
  const status = oneOf(statusIn, [root, 'status'], [1, 2, 3], true);
  if (lastTime !== undefined && lastTime !== null) checkDate(lastTime, [root, 'lastTime']);
  const rows = FROM_WUKONG_STATE;
  // followup is reset only where is_receive is set: without it, a 0 means never followed up.
  const index = status === 3 ? 5 : deal === 1 ? (followup === 1 ? 0 : 1) : followup === 1 ? 2 : isReceive !== undefined ? 3 : 4;
  return { row: rows[index] as FromRow<WukongCustomerState>, deal, isReceive, status, lastTime: lastTime as DateInput | null | undefined };
}

/**
 * Maps a WukongCRM customer's state to a lifecycle status. WukongCRM resets `followup` to 0 on
 * every claim, assignment and transfer (`CrmCustomerServiceImpl.getCustomersByIds`), each of which
 * sets `is_receive`, so a customer with `followup` 0 and an `isReceive` stays a target rather than
 * falling back to potential. `lastTime` says nothing here (WukongCRM 11 writes it at creation). A
 * deleted customer (`status` 3) maps to nothing.
 *
 * @example
 * ```ts
 * import { fromWukongState } from 'crm-taxonomy/interop';
 *
 * fromWukongState({ dealStatus: 0, followup: 1 }).profile; //=> { status: 'target' }
 * fromWukongState({ dealStatus: 0, followup: 0, isReceive: 2 }).profile; //=> { status: 'target' }
 * fromWukongState({ dealStatus: 0, followup: 0 }).profile; //=> { status: 'potential' }
 * ```
 */
export function fromWukongState(state: WukongCustomerState): FromResult {
  const { row } = readState(state, 'state');
  return { profile: row.profile, lossy: row.lossy, note: row.note };
}

/**
 * Maps a profile's status to WukongCRM's `deal_status` and `followup` flags (`null` for a
 * non-customer).
 *
 * @example
 * ```ts
 * import { toWukongState } from 'crm-taxonomy/interop';
 *
 * toWukongState({ status: 'lost' }); //=> { value: { dealStatus: 1, followup: 1 }, lossy: true }
 * ```
 */
export function toWukongState(profile: InteropProfile): ToResult<WukongCustomerState> {
  return mapTo(TO_WUKONG_STATE, profile);
}

/**
 * WukongCRM 11's default follow-up methods (跟进记录选项, `wk_admin_config` `followRecordOption`).
 *
 * @example
 * ```ts
 * import { WUKONG_FOLLOW_UP_TYPES } from 'crm-taxonomy/interop';
 *
 * WUKONG_FOLLOW_UP_TYPES; //=> ['打电话', '发邮件', '发短信', '见面拜访', '活动']
 * ```
 */
export const WUKONG_FOLLOW_UP_TYPES = /* @__PURE__ */ deepFreeze(['打电话', '发邮件', '发短信', '见面拜访', '活动'] as const);

/** One of WukongCRM's default follow-up methods. */
export type WukongFollowUpType = (typeof WUKONG_FOLLOW_UP_TYPES)[number];

/** The contact kinds of the classifier's facts that a follow-up method maps to. */
export type ContactKindId = 'call' | 'email' | 'message' | 'visit' | 'activity';

/** A row of the follow-up mapping: a WukongCRM method and the classifier's contact kind. */
export interface FollowUpRow {
  readonly value: string;
  readonly kind: ContactKindId;
  readonly lossy: boolean;
  readonly note: string;
}

/**
 * WukongCRM follow-up method → the contact kind of the classifier's facts (`contacts[].kind`):
 * WukongCRM 11's five defaults, and WukongCRM 9's 上门拜访.
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_FOLLOW_UP } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_FOLLOW_UP.map((r) => r.kind); //=> ['call', 'email', 'message', 'visit', 'activity', 'visit']
 * ```
 */
export const FROM_WUKONG_FOLLOW_UP: readonly FollowUpRow[] = /* @__PURE__ */ deepFreeze([
  { value: '打电话', kind: 'call', lossy: false, note: 'A phone call' },
  { value: '发邮件', kind: 'email', lossy: false, note: 'An email' },
  { value: '发短信', kind: 'message', lossy: false, note: 'A text message' },
  { value: '见面拜访', kind: 'visit', lossy: false, note: 'A visit in person' },
  { value: '活动', kind: 'activity', lossy: false, note: 'An event or campaign the customer took part in' },
  // WukongCRM 9's default methods are 打电话, 发短信, 上门拜访 (docs/crm9.sql:25-27): its visit too.
  { value: '上门拜访', kind: 'visit', lossy: false, note: 'A visit in person (WukongCRM 9’s name)' },
] as const satisfies readonly FollowUpRow[]);

/**
 * Maps a WukongCRM follow-up method to a contact kind; the host's own methods through `rows`.
 *
 * @example
 * ```ts
 * import { fromWukongFollowUpType } from 'crm-taxonomy/interop';
 *
 * fromWukongFollowUpType('见面拜访'); //=> { kind: 'visit', lossy: false, note: 'A visit in person' }
 * fromWukongFollowUpType('上门拜访').kind; //=> 'visit'
 * fromWukongFollowUpType('微信', { rows: [{ value: '微信', kind: 'message', lossy: false, note: 'WeChat' }] }).kind; //=> 'message'
 * ```
 */
export function fromWukongFollowUpType(
  type: WukongFollowUpType | (string & {}),
  options?: { readonly rows?: readonly FollowUpRow[] },
): { readonly kind: ContactKindId; readonly lossy: boolean; readonly note: string } {
  const path = ['options', 'rows'];
  const kinds = FROM_WUKONG_FOLLOW_UP.map((r) => r.kind);
  const rows = hostRows(rowsOption(options), path).map((row, i): FollowUpRow => {
    const r = hostRow(row, [...path, i], 'kind');
    if (!isText(r.value)) throw inputError('invalid_argument', [...path, i, 'value'], 'non_empty_string', r.value);
    if (!kinds.includes(r.field as ContactKindId)) throw inputError('invalid_argument', [...path, i, 'kind'], 'one_of', r.field, { allowed: kinds });
    // Matched as the type is, trimmed: ' 微信 ' and '微信' are one method.
    return { value: r.value.trim(), kind: r.field as ContactKindId, lossy: r.lossy, note: r.note };
  });
  const wanted = trimmed(type);
  const row = [...rows, ...FROM_WUKONG_FOLLOW_UP].find((r) => r.value === wanted);
  if (row === undefined) throw inputError('invalid_argument', ['type'], 'one_of', type, { allowed: [...rows, ...FROM_WUKONG_FOLLOW_UP].map((r) => r.value) });
  return { kind: row.kind, lossy: row.lossy, note: row.note };
}

/**
 * Maps a contact kind to a WukongCRM follow-up method (`null` for kinds that are outcomes, not
 * methods: a quote sent, a complaint, …).
 *
 * @throws CrmTaxonomyError `invalid_argument` (`one_of`, with `CONTACT_KINDS`) for anything that is
 * not a contact kind, exactly (`'Call'` and `' call'` are not).
 * @example
 * ```ts
 * import { toWukongFollowUpType } from 'crm-taxonomy/interop';
 *
 * toWukongFollowUpType('call').value; //=> '打电话'
 * toWukongFollowUpType('quote_sent'); //=> { value: null, lossy: true }
 * ```
 */
export function toWukongFollowUpType(kind: ContactKindId | (string & {})): ToResult<WukongFollowUpType> {
  if (typeof kind !== 'string' || kind === '' || kind.length > 200) throw inputError('invalid_argument', ['kind'], 'non_empty_string', kind);
  // A contact kind of the classifier's facts, exactly: 'Call' or ' call' is not one.
  if (!(CONTACT_KINDS as readonly string[]).includes(kind)) throw inputError('invalid_argument', ['kind'], 'one_of', kind, { allowed: [...CONTACT_KINDS] });
  const row = FROM_WUKONG_FOLLOW_UP.find((r) => r.kind === kind);
  if (row !== undefined) return { value: row.value as WukongFollowUpType, lossy: row.lossy, note: row.note };
  return { value: null, lossy: true, note: 'Not a follow-up method in WukongCRM (an outcome such as a quote or a complaint): record it in the follow-up’s content' };
}

/**
 * WukongCRM opportunity end state (`wk_crm_business.is_end`: 0 open, 1 赢单 won, 2 输单 lost,
 * 3 无效 invalid) → taxonomy profile.
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_DEAL_END } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_DEAL_END.map((r) => r.value); //=> [0, 1, 2, 3]
 * ```
 */
export const FROM_WUKONG_DEAL_END: readonly FromRow<0 | 1 | 2 | 3>[] = /* @__PURE__ */ deepFreeze([
  { value: 0, profile: { status: 'target' }, lossy: true, note: 'Open: a target customer being converted; the intent is unknown' },
  { value: 1, profile: { status: 'current' }, lossy: false, note: '赢单, won: the customer bought' },
  { value: 2, profile: { purchase_intent: 'never' }, lossy: true, note: '输单, lost: the nearest intent is never (learn why); it may be not_now' },
  { value: 3, profile: {}, lossy: true, note: '无效, invalid: the opportunity says nothing about the customer' },
] as const satisfies readonly FromRow<0 | 1 | 2 | 3>[]);

/**
 * Maps a WukongCRM opportunity's end state to a partial profile. Any opportunity that is not
 * deleted — open, won, lost or invalid — counts for the pool's opportunity rules.
 *
 * @example
 * ```ts
 * import { fromWukongDealEnd } from 'crm-taxonomy/interop';
 *
 * fromWukongDealEnd(1).profile; //=> { status: 'current' }
 * fromWukongDealEnd(3); //=> { profile: {}, lossy: true }
 * ```
 */
export function fromWukongDealEnd(isEnd: 0 | 1 | 2 | 3): FromResult {
  return mapFrom(FROM_WUKONG_DEAL_END, isEnd, dealEndKey, ['isEnd']);
}

/** An `is_end` value as a key (`undefined` for anything else). */
const dealEndKey = (v: unknown): string | undefined => (v === 0 || v === 1 || v === 2 || v === 3 ? String(v) : undefined);

/**
 * Taxonomy profile → the end state to give the customer's WukongCRM opportunity.
 *
 * @example
 * ```ts
 * import { TO_WUKONG_DEAL_END } from 'crm-taxonomy/interop';
 *
 * TO_WUKONG_DEAL_END[0]; //=> { when: { status: 'current' }, value: 1, lossy: false }
 * ```
 */
export const TO_WUKONG_DEAL_END: readonly ToRow<0 | 1 | 2 | 3>[] = /* @__PURE__ */ deepFreeze([
  { when: { status: 'current' }, value: 1, lossy: false, note: 'Bought: 赢单' },
  { when: { purchase_intent: 'never' }, value: 2, lossy: false, note: 'Will not buy: 输单' },
  { when: { purchase_intent: 'not_now' }, value: 2, lossy: true, note: 'Not now: close it lost (输单) or leave it open; comes back as never' },
  { when: { status: 'target' }, value: 0, lossy: false, note: 'Being converted: leave it open' },
] as const satisfies readonly ToRow<0 | 1 | 2 | 3>[]);

/**
 * Maps a profile to the end state of the customer's WukongCRM opportunity (`is_end`).
 *
 * @example
 * ```ts
 * import { toWukongDealEnd } from 'crm-taxonomy/interop';
 *
 * toWukongDealEnd({ status: 'current' }).value; //=> 1
 * ```
 */
export function toWukongDealEnd(profile: InteropProfile): ToResult<0 | 1 | 2 | 3> {
  return mapTo(TO_WUKONG_DEAL_END, profile, { table: FROM_WUKONG_DEAL_END, key: dealEndKey, rows: TO_WUKONG_DEAL_END });
}

/** A WukongCRM customer row (`wk_crm_customer`, as its REST API names the columns), the fields the library reads. */
export interface WukongCustomerRow extends WukongCustomerState {
  /** `receive_time`: when the owner received the customer. */
  readonly receiveTime: DateInput;
  /** `create_time`. */
  readonly createTime?: DateInput;
  /** The level option (`level` in `wk_crm_customer_data`). */
  readonly level?: string;
  /** The source option (`source`). */
  readonly source?: string;
  /** Whether any opportunity (`wk_crm_business`, not deleted) belongs to the customer. */
  readonly hasBusiness?: boolean;
  /** Whether any row of `wk_crm_business` belongs to the customer, deleted ones (`status` 3) too: what `business_handle` counts. */
  readonly hasAnyBusiness?: boolean;
}

/**
 * Reads a WukongCRM customer row: its profile (lifecycle status, ABC class and value tier from its
 * level, acquisition source) and the facts the pool rules read (`reclaimStatus`) — `null` for a
 * deleted customer. `is_receive` 2 (claimed) marks a customer taken from the pool; 1 (assigned) is
 * ambiguous in WukongCRM 11 (a transfer sets it too), so it does not.
 *
 * @example
 * ```ts
 * import { fromWukongCustomer } from 'crm-taxonomy/interop';
 *
 * const row = { dealStatus: 0, followup: 0, status: 2, isReceive: 2, receiveTime: '2026-05-01 09:00:00', lastTime: null, level: 'B（普通客户）' } as const;
 * fromWukongCustomer(row).profile; //=> { status: 'target', abc_class: 'b', value_tier: 'ordinary' }
 * fromWukongCustomer(row).poolFacts; //=> { receivedAt: '2026-05-01 09:00:00', receivedFromPool: true, locked: true, hasDeal: false }
 * // Only a deleted opportunity: not live, yet a row `business_handle` counts
 * fromWukongCustomer({ ...row, hasBusiness: false, hasAnyBusiness: true }).poolFacts; //=> { hasOpportunity: false, hasAnyOpportunity: true }
 * ```
 */
export function fromWukongCustomer(row: WukongCustomerRow, options?: { readonly levels?: readonly FromRow<string>[]; readonly sources?: readonly FromRow<string>[] }): {
  readonly profile: InteropProfile;
  readonly poolFacts: PoolFacts | null;
  readonly lossy: boolean;
  readonly notes: readonly string[];
} {
  const state = readState(row, 'row');
  // Each field and option read once: what is checked is what the result holds.
  const { receiveTime, createTime, level, source, hasBusiness, hasAnyBusiness } = row as unknown as Readonly<Record<string, unknown>>;
  if (options !== undefined && !isPlainRecord(options)) throw inputError('invalid_argument', ['options'], 'object', options);
  if (options !== undefined) knownKeys(options, ['levels', 'sources'], ['options']);
  const { levels, sources } = (options ?? {}) as Readonly<Record<string, unknown>>;
  const levelTable = fromRows<string>(FROM_WUKONG_LEVEL, levels, isText, ['options', 'levels']);
  const sourceTable = fromRows<string>(FROM_WUKONG_SOURCE, sources, isText, ['options', 'sources']);
  const parts: FromResult[] = [{ profile: state.row.profile, lossy: state.row.lossy, note: state.row.note }];
  if (level !== undefined && level !== null) parts.push(mapFrom(levelTable, level, levelKey, ['row', 'level']));
  if (source !== undefined && source !== null) parts.push(mapFrom(sourceTable, source, trimmed, ['row', 'source']));
  const profile = Object.assign({}, ...parts.map((p) => p.profile)) as InteropProfile;
  if (hasBusiness !== undefined && typeof hasBusiness !== 'boolean') throw inputError('invalid_argument', ['row', 'hasBusiness'], 'boolean', hasBusiness);
  if (hasAnyBusiness !== undefined && typeof hasAnyBusiness !== 'boolean') throw inputError('invalid_argument', ['row', 'hasAnyBusiness'], 'boolean', hasAnyBusiness);
  if (receiveTime === undefined || receiveTime === null) throw inputError('invalid_argument', ['row', 'receiveTime'], 'date', receiveTime);
  checkDate(receiveTime, ['row', 'receiveTime']);
  if (createTime !== undefined) checkDate(createTime, ['row', 'createTime']);
  const poolFacts: PoolFacts | null =
    state.status === 3
      ? null
      : {
          receivedAt: receiveTime as DateInput,
          receivedFromPool: state.isReceive === 2,
          ...(createTime === undefined ? {} : { createdAt: createTime as DateInput }),
          ...(state.lastTime === undefined ? {} : { lastFollowUpAt: state.lastTime }),
          locked: state.status === 2,
          hasDeal: state.deal === 1,
          ...(hasBusiness === undefined ? {} : { hasOpportunity: hasBusiness }),
          ...(hasAnyBusiness === undefined ? {} : { hasAnyOpportunity: hasAnyBusiness }),
          ...(profile.abc_class === undefined ? {} : { abcClass: profile.abc_class }),
          ...(profile.value_tier === undefined ? {} : { valueTier: profile.value_tier }),
        };
  return { profile, poolFacts, lossy: parts.some((p) => p.lossy), notes: parts.map((p) => p.note) };
}
