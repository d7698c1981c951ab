import { inputError, isRecord, optionsRecord, type ErrorPath } from '../errors/index.js';
import { array, checkShape, deepFreeze, int, object, oneOf, string, tuple, type ShapeIssue } from '../shape/index.js';
import { loyalty } from '../taxonomy/dimensions/loyalty.js';
import { status } from '../taxonomy/dimensions/status.js';
import { valueIds } from '../taxonomy/define.js';
import type { CustomerStatus, LoyaltyLevel } from '../taxonomy/aliases.js';
import { checkedOnce, shapeValid } from './checked.js';
import { readModelOrCenters } from './model.js';
import { RFM_METRICS_SHAPE } from './shapes.js';
import type { MetricCenters, RfmMetrics, RfmModel, RfmScores } from './types.js';

/** A segment of a segment map: its id, and the taxonomy values it coincides with (`lost` ↔ `status: lost`). Its label and action are texts (`segment.<id>.label`, `segment.<id>.action`). */
export interface SegmentDefinition<Id extends string = string> {
  readonly id: Id;
  readonly domain?: { readonly status?: CustomerStatus; readonly loyalty?: LoyaltyLevel };
}

/** One rule of a segment map: inclusive score ranges for R, F and M, and the segment they give. */
export interface SegmentRule<Id extends string = string> {
  readonly segment: Id;
  readonly r: readonly [number, number];
  readonly f: readonly [number, number];
  readonly m: readonly [number, number];
}

/** A segment map: the score scale it is written for, its segments, and rules tried in order (the first match wins). */
export interface SegmentMap<Id extends string = string> {
  readonly scale: number;
  readonly segments: readonly SegmentDefinition<Id>[];
  readonly rules: readonly SegmentRule<Id>[];
}

/** The ids of the 11-segment RFM map. */
export type RfmSegmentId =
  | 'champions'
  | 'loyal_customers'
  | 'potential_loyalists'
  | 'new_customers'
  | 'promising'
  | 'need_attention'
  | 'about_to_sleep'
  | 'at_risk'
  | 'cant_lose_them'
  | 'hibernating'
  | 'lost';

/**
 * The widely used 11-segment RFM map on 1..5 scores, as data: ids, the taxonomy values some
 * coincide with, and rules. The score bounds follow the R package `rfm` (`rfm_segment`'s example,
 * which takes the first matching rule in the order champions … lost, so that its `new customers`
 * and `promising` are shadowed by `potential loyalists`, `can't lose them` by `at risk`, and 36 of
 * the 125 combinations are "Others"); here the rules are ordered most specific first so that every
 * segment occurs (29 combinations R gives a segment get another one: docs/scoring.md lists them),
 * `hibernating` is split from `lost` by recency (R = 2 vs R = 1) among
 * the low spenders (F ≤ 2, M ≤ 2) — a closing rule also makes R = 1, F = 1 with M ≥ 3 `hibernating`
 * (`rfmSegment({ r: 1, f: 1, m: 3 })`), not `lost` — and closing rules make the map total: each of the 125 (R, F, M) combinations has a segment. Labels
 * and recommended actions are texts in every locale: `message({ code: 'segment.champions.label' }, locale)`.
 * Frozen.
 *
 * @example
 * ```ts
 * import { message, RFM_SEGMENTS } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * RFM_SEGMENTS.segments.map((s) => s.id).slice(0, 3); //=> ['champions', 'loyal_customers', 'potential_loyalists']
 * RFM_SEGMENTS.segments.find((s) => s.id === 'lost')?.domain; //=> { status: 'lost' }
 * message({ code: 'segment.cant_lose_them.label' }, { locale: 'zh-Hans', texts: zhHans }); //=> '不能失去的客户'
 * ```
 */
export const RFM_SEGMENTS: SegmentMap<RfmSegmentId> = /* @__PURE__ */ deepFreeze({
  scale: 5,
  segments: [
    { id: 'champions', domain: { loyalty: 'loyal' } },
    { id: 'loyal_customers', domain: { loyalty: 'loyal' } },
    { id: 'potential_loyalists' },
    { id: 'new_customers', domain: { loyalty: 'new' } },
    { id: 'promising' },
    { id: 'need_attention' },
    { id: 'about_to_sleep' },
    { id: 'at_risk' },
    { id: 'cant_lose_them' },
    { id: 'hibernating' },
    { id: 'lost', domain: { status: 'lost' } },
  ],
  rules: [
    { segment: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
    { segment: 'cant_lose_them', r: [1, 1], f: [4, 5], m: [4, 5] },
    { segment: 'lost', r: [1, 1], f: [1, 2], m: [1, 2] },
    { segment: 'hibernating', r: [2, 2], f: [1, 2], m: [1, 2] },
    { segment: 'at_risk', r: [1, 2], f: [2, 5], m: [2, 5] },
    { segment: 'new_customers', r: [4, 5], f: [1, 1], m: [1, 1] },
    { segment: 'promising', r: [3, 4], f: [1, 1], m: [1, 1] },
    { segment: 'about_to_sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
    { segment: 'need_attention', r: [2, 3], f: [2, 3], m: [2, 3] },
    { segment: 'loyal_customers', r: [2, 5], f: [3, 5], m: [3, 5] },
    { segment: 'potential_loyalists', r: [3, 5], f: [1, 3], m: [1, 3] },
    // Closing rules: the combinations the bounds above leave open.
    { segment: 'potential_loyalists', r: [4, 5], f: [1, 5], m: [1, 5] },
    { segment: 'need_attention', r: [3, 3], f: [1, 5], m: [1, 5] },
    { segment: 'hibernating', r: [1, 2], f: [1, 2], m: [1, 5] },
    { segment: 'at_risk', r: [1, 2], f: [1, 5], m: [1, 5] },
  ],
} as const satisfies SegmentMap<RfmSegmentId>);

const range = /* @__PURE__ */ tuple([/* @__PURE__ */ int({ min: 1, max: 100 }), /* @__PURE__ */ int({ min: 1, max: 100 })], { order: 'ascending' });

/**
 * What the fields alone do not say (each segment once is the list's `uniqueBy`): each rule's
 * segment one of them (a rule of an unlisted segment answered a segment of no definition), each
 * range within the scale.
 */
function mapIssue(map: SegmentMap): ShapeIssue | undefined {
  const segments = map.segments.map((s) => s.id);
  for (const [i, rule] of map.rules.entries()) {
    if (!segments.includes(rule.segment)) return { path: ['rules', i, 'segment'], expected: 'one_of', value: rule.segment, allowed: segments };
    for (const key of ['r', 'f', 'm'] as const) if (rule[key][1] > map.scale) return { path: ['rules', i, key, 1], expected: 'integer', value: rule[key][1], min: 1, max: map.scale };
  }
  return undefined;
}

/** A host's segment map: `rfmSegment` and `rfmSql` check one against it. @internal */
export const SEGMENT_MAP_SHAPE = /* @__PURE__ */ object(
  {
    scale: /* @__PURE__ */ int({ min: 2, max: 100 }),
    segments: /* @__PURE__ */ array(
      /* @__PURE__ */ object(
        { id: /* @__PURE__ */ string(), domain: /* @__PURE__ */ object({ status: /* @__PURE__ */ oneOf(valueIds(status)), loyalty: /* @__PURE__ */ oneOf(valueIds(loyalty)) }, { optional: ['status', 'loyalty'] }) },
        { optional: ['domain'] },
      ),
      { uniqueBy: 'id' },
    ),
    rules: /* @__PURE__ */ array(/* @__PURE__ */ object({ segment: /* @__PURE__ */ string(), r: range, f: range, m: range })),
  },
  { check: (m) => mapIssue(m as SegmentMap) },
);

/** Hosts' segment maps checked once, by object (see `checkedOnce`). */
const checkedMaps = new WeakMap<object, SegmentMap>();

function readMap(map: unknown, path: ErrorPath): SegmentMap {
  if (map === RFM_SEGMENTS) return RFM_SEGMENTS as SegmentMap;
  return checkedOnce(checkedMaps, map, () => checkShape(SEGMENT_MAP_SHAPE, map, 'invalid_argument', path) as SegmentMap);
}

function score(scores: Readonly<Record<string, unknown>>, key: 'r' | 'f' | 'm', scale: number): number {
  const value = scores[key] as number;
  // Number.isInteger is false for anything but an integer.
  if (!Number.isInteger(value) || value < 1 || value > scale) throw inputError('invalid_argument', ['scores', key], 'integer', value, { min: 1, max: scale });
  return value;
}

/** The options of `rfmSegment`: a host's segment map, and the scale the scores are on. */
export interface RfmSegmentOptions<Id extends string = RfmSegmentId> {
  /** A host's segment map (the 11-segment map `RFM_SEGMENTS` by default). */
  readonly segmentMap?: SegmentMap<Id> | undefined;
  /**
   * How many scores the scores are on: the `scores` of the model that gave them. When given it
   * must be the map's scale, so scores fitted on another scale are refused instead of being read
   * as the map's (a 3 of 3 is not a 3 of 5).
   */
  readonly scale?: number | undefined;
  /** Not an option: a segment map goes in `segmentMap` (keeps `rfmSegment(scores, map)` from compiling). */
  readonly segments?: never;
  /** Not an option: a segment map goes in `segmentMap`. */
  readonly rules?: never;
}

/**
 * The segment of R, F and M scores in a segment map (the 11-segment map on a scale of 5 by
 * default), or `undefined` when no rule of a host's map matches. Scores must be integers on the
 * map's scale (`invalid_argument` at `scores`); pass the model's `scores` as `scale` and scores of
 * another scale are refused (`invalid_argument` at `options.scale`); a host's map is checked
 * (`invalid_argument` at `options.segmentMap`).
 *
 * @example
 * ```ts
 * import { fitRfm, rfmSegment } from 'crm-taxonomy';
 *
 * rfmSegment({ r: 5, f: 5, m: 4 })?.id; //=> 'champions'
 * rfmSegment({ r: 1, f: 1, m: 1 }); //=> { id: 'lost', domain: { status: 'lost' } }
 * rfmSegment({ r: 1, f: 5, m: 5 })?.id; //=> 'cant_lose_them'
 * // Scores of a model on another scale are refused when the scale comes along
 * const { customers, model } = fitRfm([{ customerId: 'a', at: '2024-06-01', amount: 10 }], { asOf: '2024-06-30', scores: 3 });
 * try {
 *   rfmSegment(customers[0]!, { scale: model.scores });
 * } catch (error) {
 *   error; //=> { code: 'invalid_argument', path: ['options', 'scale'] }
 * }
 * ```
 */
export function rfmSegment<Id extends string = RfmSegmentId>(scores: RfmScores, options?: RfmSegmentOptions<Id>): SegmentDefinition<Id> | undefined {
  // Known keys only: a segment map passed where the options go is refused, not ignored.
  const o = optionsRecord(options as object | undefined, ['segmentMap', 'scale']) as Readonly<Record<string, unknown>>;
  const m = readMap(o.segmentMap ?? RFM_SEGMENTS, ['options', 'segmentMap']) as SegmentMap<Id>;
  const scale = o.scale;
  if (scale !== undefined && scale !== m.scale) throw inputError('invalid_argument', ['options', 'scale'], 'integer', scale, { min: m.scale, max: m.scale });
  if (!isRecord(scores)) throw inputError('invalid_argument', ['scores'], 'object', scores);
  const r = score(scores, 'r', m.scale);
  const f = score(scores, 'f', m.scale);
  const mm = score(scores, 'm', m.scale);
  for (const rule of m.rules) {
    if (r >= rule.r[0] && r <= rule.r[1] && f >= rule.f[0] && f <= rule.f[1] && mm >= rule.m[0] && mm <= rule.m[1]) {
      return m.segments.find((s) => s.id === rule.segment) ?? { id: rule.segment };
    }
  }
  return undefined;
}

/** The ids of the eight-class scheme (重要价值客户 … 一般挽留客户). */
export type EightClassId =
  | 'important_value'
  | 'important_development'
  | 'important_retention'
  | 'important_win_back'
  | 'general_value'
  | 'general_development'
  | 'general_retention'
  | 'general_win_back';

/** One class of the eight-class scheme: its id and whether R, F and M are high. Its label and action are texts (`segment.<id>.label`, `segment.<id>.action`). */
export interface EightClassDefinition {
  readonly id: EightClassId;
  readonly high: { readonly r: boolean; readonly f: boolean; readonly m: boolean };
}

/**
 * The eight-class RFM scheme Chinese CRM users expect: R, F and M each high or low against the
 * population's mean (or median). Labels and actions are texts in every locale
 * (`segment.<id>.label`, `segment.<id>.action`). Frozen.
 *
 * @example
 * ```ts
 * import { EIGHT_CLASS_SEGMENTS, message } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * EIGHT_CLASS_SEGMENTS[0]; //=> { id: 'important_value', high: { r: true, f: true, m: true } }
 * EIGHT_CLASS_SEGMENTS.slice(0, 4).map((c) => message({ code: `segment.${c.id}.label` }, { locale: 'zh-Hans', texts: zhHans }));
 * //=> ['重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户']
 * ```
 */
export const EIGHT_CLASS_SEGMENTS: readonly EightClassDefinition[] = /* @__PURE__ */ deepFreeze([
  { id: 'important_value', high: { r: true, f: true, m: true } },
  { id: 'important_development', high: { r: true, f: false, m: true } },
  { id: 'important_retention', high: { r: false, f: true, m: true } },
  { id: 'important_win_back', high: { r: false, f: false, m: true } },
  { id: 'general_value', high: { r: true, f: true, m: false } },
  { id: 'general_development', high: { r: true, f: false, m: false } },
  { id: 'general_retention', high: { r: false, f: true, m: false } },
  { id: 'general_win_back', high: { r: false, f: false, m: false } },
] as const satisfies readonly EightClassDefinition[]);

/**
 * The eight-class segment of one customer's raw metrics, against the population centres stored in
 * a fitted model (`center: 'mean'`, default, or `'median'`) or given directly. F and M are high
 * when strictly above the centre; R is high (recent) when the recency in days is strictly below it.
 * A model fitted on no customer has no centres (`empty_input`, as `scoreRfm` answers).
 *
 * @example
 * ```ts
 * import { eightClass } from 'crm-taxonomy';
 *
 * const centers = { recency: 60, frequency: 2, monetary: 300 };
 * eightClass({ recencyDays: 10, frequency: 1, monetary: 900 }, centers).id; //=> 'important_development'
 * eightClass({ recencyDays: 60, frequency: 2, monetary: 300 }, centers).id; //=> 'general_win_back'
 * ```
 */
export function eightClass(metrics: RfmMetrics, centers: MetricCenters | RfmModel, options?: { readonly center?: 'mean' | 'median' }): EightClassDefinition {
  const o = optionsRecord(options, ['center']);
  const center = o.center ?? 'mean';
  if (center !== 'mean' && center !== 'median') throw inputError('invalid_policy', ['options', 'center'], 'one_of', center, { allowed: ['mean', 'median'] });
  const c = readModelOrCenters(centers, center);
  if (!isRecord(metrics)) throw inputError('invalid_argument', ['metrics'], 'object', metrics);
  const m = { recencyDays: metrics.recencyDays, frequency: metrics.frequency, monetary: metrics.monetary };
  if (!shapeValid(RFM_METRICS_SHAPE, m)) checkShape(RFM_METRICS_SHAPE, metrics, 'invalid_argument', ['metrics']);
  const r = m.recencyDays < c.recency;
  const f = m.frequency > c.frequency;
  const mm = m.monetary > c.monetary;
  return EIGHT_CLASS_SEGMENTS.find((x) => x.high.r === r && x.high.f === f && x.high.m === mm)!;
}

/** The keys of the scoring module's texts: a label and a recommended action per segment and class. @internal */
export type ScoringTextKey = `segment.${RfmSegmentId | EightClassId}.${'label' | 'action'}`;
