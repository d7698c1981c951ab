import { mapFrom, mapTo, type FromResult, type FromRow, type InteropProfile, type ToResult, type ToRow } from './mapping.js';

/**
 * WukongCRM's default customer level options (admin-editable strings, full-width parentheses).
 *
 * @example
 * ```ts
 * import { WUKONG_LEVELS } from 'crm-taxonomy/interop';
 *
 * WUKONG_LEVELS; //=> ['A（重点客户）', 'B（普通客户）', 'C（非优先客户）']
 * ```
 */
export const WUKONG_LEVELS = ['A（重点客户）', 'B（普通客户）', 'C（非优先客户）'] as const;

/**
 * One of {@link WUKONG_LEVELS}.
 *
 * @example
 * ```ts
 * import type { WukongLevel } from 'crm-taxonomy/interop';
 *
 * const level: WukongLevel = 'A（重点客户）';
 * level; //=> 'A（重点客户）'
 * ```
 */
export type WukongLevel = (typeof WUKONG_LEVELS)[number];

/**
 * WukongCRM's customer state as two flags of its customer row: `deal_status` (0 未成交, 1 已成交)
 * and `followup` (0 未跟进, 1 已跟进).
 *
 * @example
 * ```ts
 * import type { WukongCustomerState } from 'crm-taxonomy/interop';
 *
 * const state: WukongCustomerState = { dealStatus: 1, followup: 1 };
 * state.dealStatus; //=> 1
 * ```
 */
export interface WukongCustomerState {
  readonly dealStatus: 0 | 1;
  readonly followup: 0 | 1;
}

/**
 * WukongCRM's default customer source options (客户来源).
 *
 * @example
 * ```ts
 * import { WUKONG_SOURCES } from 'crm-taxonomy/interop';
 *
 * WUKONG_SOURCES.length; //=> 10
 * ```
 */
export const WUKONG_SOURCES = ['促销', '搜索引擎', '广告', '转介绍', '线上注册', '线上询价', '预约上门', '陌拜', '电话咨询', '邮件咨询'] as const;

/**
 * One of {@link WUKONG_SOURCES}.
 *
 * @example
 * ```ts
 * import type { WukongSource } from 'crm-taxonomy/interop';
 *
 * const source: WukongSource = '转介绍';
 * source; //=> '转介绍'
 * ```
 */
export type WukongSource = (typeof WUKONG_SOURCES)[number];

/**
 * WukongCRM level → ABC class: A, B, C are the seeds' A, B, C classes by value.
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_LEVEL } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_LEVEL.map((r) => r.profile.abc_class); //=> ['a', 'b', 'c']
 * ```
 */
export const FROM_WUKONG_LEVEL: readonly FromRow<WukongLevel>[] = [
  { value: 'A（重点客户）', profile: { abc_class: 'a' }, lossy: false, note: 'Key customer: the top of the ABC pyramid' },
  { value: 'B（普通客户）', profile: { abc_class: 'b' }, lossy: false, note: 'Ordinary customer: class B' },
  { value: 'C（非优先客户）', profile: { abc_class: 'c' }, lossy: false, note: 'Non-priority customer: class C' },
];

/**
 * ABC class or value tier → WukongCRM level (the ABC class first). Value tiers come back as ABC
 * classes, so those rows are lossy.
 *
 * @example
 * ```ts
 * import { TO_WUKONG_LEVEL } from 'crm-taxonomy/interop';
 *
 * TO_WUKONG_LEVEL.filter((r) => r.when.value_tier !== undefined).every((r) => r.lossy); //=> true
 * ```
 */
export const TO_WUKONG_LEVEL: readonly ToRow<WukongLevel>[] = [
  { when: { abc_class: 'a' }, value: 'A（重点客户）', lossy: false, note: 'Class A' },
  { when: { abc_class: 'b' }, value: 'B（普通客户）', lossy: false, note: 'Class B' },
  { when: { abc_class: 'c' }, value: 'C（非优先客户）', lossy: false, note: 'Class C' },
  { when: { value_tier: 'vip' }, value: 'A（重点客户）', lossy: true, note: 'WukongCRM has no level above A: VIP and key customers share it; comes back as class a' },
  { when: { value_tier: 'key' }, value: 'A（重点客户）', lossy: true, note: '重点客户 is the key customer; comes back as class a' },
  { when: { value_tier: 'ordinary' }, value: 'B（普通客户）', lossy: true, note: '普通客户 is the ordinary customer; comes back as class b' },
];

const stateKey = (s: WukongCustomerState): string => `${s.dealStatus}/${s.followup}`;

/**
 * WukongCRM `deal_status` / `followup` → lifecycle status.
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_STATE } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_STATE.length; //=> 4
 * ```
 */
export const FROM_WUKONG_STATE: readonly FromRow<WukongCustomerState>[] = [
  { value: { dealStatus: 1, followup: 1 }, profile: { status: 'current' }, lossy: false, note: 'Has a closed deal: current (WukongCRM keeps 已成交 after the customer stops buying; check recency for lost)' },
  { value: { dealStatus: 1, followup: 0 }, profile: { status: 'current' }, lossy: true, note: 'A deal without a recorded follow-up: current; comes back with followup 1' },
  { value: { dealStatus: 0, followup: 1 }, profile: { status: 'target' }, lossy: false, note: 'Followed up, no deal yet: a target customer being converted' },
  { value: { dealStatus: 0, followup: 0 }, profile: { status: 'potential' }, lossy: false, note: 'Neither followed up nor closed: potential' },
];

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
export const TO_WUKONG_STATE: readonly ToRow<WukongCustomerState>[] = [
  { when: { status: 'current' }, value: { dealStatus: 1, followup: 1 }, lossy: false, note: '已成交, 已跟进' },
  { when: { status: 'target' }, value: { dealStatus: 0, followup: 1 }, lossy: false, note: '未成交, 已跟进' },
  { when: { status: 'potential' }, value: { dealStatus: 0, followup: 0 }, lossy: false, note: '未成交, 未跟进' },
  { when: { status: 'lost' }, value: { dealStatus: 1, followup: 1 }, lossy: true, note: 'WukongCRM has no lost state: a former buyer keeps 已成交; comes back as current' },
  { when: { status: 'non_customer' }, value: null, lossy: true, note: 'Cannot buy: not a WukongCRM customer row' },
];

/**
 * WukongCRM source → acquisition source (the ten default options, all one to one).
 *
 * @example
 * ```ts
 * import { FROM_WUKONG_SOURCE } from 'crm-taxonomy/interop';
 *
 * FROM_WUKONG_SOURCE[3]; //=> { value: '转介绍', profile: { acquisition_source: 'referral' } }
 * ```
 */
export const FROM_WUKONG_SOURCE: readonly FromRow<WukongSource>[] = [
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
];

/**
 * Acquisition source → WukongCRM source. The five channels WukongCRM has no default option for
 * map to `null` (lossy): add the option in WukongCRM's admin, or keep them in a custom field.
 *
 * @example
 * ```ts
 * import { TO_WUKONG_SOURCE } from 'crm-taxonomy/interop';
 *
 * TO_WUKONG_SOURCE.filter((r) => r.value === null).length; //=> 5
 * ```
 */
export const TO_WUKONG_SOURCE: readonly ToRow<WukongSource>[] = [
  ...FROM_WUKONG_SOURCE.map((r) => ({ when: r.profile, value: r.value, lossy: false, note: r.note })),
  { when: { acquisition_source: 'outdoor_ads' }, value: null, lossy: true, note: 'No default WukongCRM option for outdoor ads' },
  { when: { acquisition_source: 'flyer' }, value: null, lossy: true, note: 'No default WukongCRM option for flyers' },
  { when: { acquisition_source: 'radio' }, value: null, lossy: true, note: 'No default WukongCRM option for radio' },
  { when: { acquisition_source: 'telemarketing' }, value: null, lossy: true, note: 'No default WukongCRM option for telemarketing (电话咨询 is inbound)' },
  { when: { acquisition_source: 'social_local' }, value: null, lossy: true, note: 'No default WukongCRM option for local social promotion' },
];

/** Reads a level option: the exact option, half-width parentheses, or the bare letter. */
function levelKey(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*([ABC])\s*(?:[（(]\s*(重点客户|普通客户|非优先客户)\s*[)）])?\s*$/i.exec(value);
  if (m === null) return undefined;
  const letter = (m[1] ?? '').toUpperCase();
  const option = WUKONG_LEVELS.find((l) => l.startsWith(letter));
  if (m[2] !== undefined && option !== undefined && !option.includes(m[2])) return undefined;
  return option;
}

/**
 * Maps a WukongCRM customer level option to an ABC class. Accepts the option as shipped
 * (`A（重点客户）`), with half-width parentheses, or the bare letter; throws `invalid_value` for
 * anything else (a renamed option must be mapped by the host: WukongCRM's level is free text).
 *
 * @example
 * ```ts
 * import { fromWukongLevel } from 'crm-taxonomy/interop';
 *
 * fromWukongLevel('A（重点客户）').profile; //=> { abc_class: 'a' }
 * fromWukongLevel('C').profile; //=> { abc_class: 'c' }
 * ```
 */
export function fromWukongLevel(level: WukongLevel | 'A' | 'B' | 'C'): FromResult {
  return mapFrom(FROM_WUKONG_LEVEL, level, (v) => v, 'wukongLevel', levelKey);
}

/**
 * Maps a profile's ABC class (or, failing that, its value tier) to a WukongCRM level option.
 *
 * @example
 * ```ts
 * import { toWukongLevel } from 'crm-taxonomy/interop';
 *
 * toWukongLevel({ abc_class: 'b' }); //=> { value: 'B（普通客户）', lossy: false }
 * toWukongLevel({ value_tier: 'vip' }); //=> { value: 'A（重点客户）', lossy: true }
 * ```
 */
export function toWukongLevel(profile: InteropProfile): ToResult<WukongLevel> {
  return mapTo(TO_WUKONG_LEVEL, profile, 'a WukongCRM level');
}

/**
 * Maps WukongCRM's `deal_status` and `followup` flags to a lifecycle status.
 *
 * @example
 * ```ts
 * import { fromWukongState } from 'crm-taxonomy/interop';
 *
 * fromWukongState({ dealStatus: 0, followup: 1 }).profile; //=> { status: 'target' }
 * ```
 */
export function fromWukongState(state: WukongCustomerState): FromResult {
  return mapFrom(FROM_WUKONG_STATE, state, stateKey, 'wukongState', (v) =>
    typeof v === 'object' && v !== null ? stateKey(v as WukongCustomerState) : undefined,
  );
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
  return mapTo(TO_WUKONG_STATE, profile, 'a WukongCRM customer state');
}

/**
 * Maps a WukongCRM source option to an acquisition source.
 *
 * @example
 * ```ts
 * import { fromWukongSource } from 'crm-taxonomy/interop';
 *
 * fromWukongSource('陌拜').profile; //=> { acquisition_source: 'cold_visit' }
 * ```
 */
export function fromWukongSource(source: WukongSource): FromResult {
  return mapFrom(FROM_WUKONG_SOURCE, source, (v) => v, 'wukongSource');
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
export function toWukongSource(profile: InteropProfile): ToResult<WukongSource> {
  return mapTo(TO_WUKONG_SOURCE, profile, 'a WukongCRM source');
}
