import { CrmTaxonomyError, inputError, isRecord } from '../errors/index.js';
import { checkShape, deepFreeze } from '../shape/index.js';
import { fitMetric } from './binning.js';
import { checkedOnce, shapeValid } from './checked.js';
import type { ResolvedScoring } from './options.js';
import { RFM_CENTERS_SHAPE, RFM_MODEL_SHAPE } from './shapes.js';
import type { MetricCenters, RfmModel } from './types.js';

/** Metric columns of a population, in customer-id order. @internal */
export interface MetricColumns {
  readonly recency: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
}

/** A fitted model and the scores of the population it was fitted on (in the columns' order). @internal */
export interface FittedScores {
  readonly model: RfmModel;
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
}

/** Models the library made: deeply frozen and known good, so `scoreRfm` need not check them again. */
const made = new WeakSet<object>();

/** Whether the library made this model (it is frozen and valid). @internal */
export function isMadeModel(model: unknown): boolean {
  return typeof model === 'object' && model !== null && made.has(model);
}

/** Freezes a model the library made and remembers it. @internal */
export function sealModel(model: RfmModel): RfmModel {
  deepFreeze(model);
  made.add(model);
  return model;
}

/**
 * Scores three metric columns (in id order) and fits the model; `scratch` is memory the caller
 * lends the fits (see `fitMetric`), overlapping none of the columns.
 * @internal
 */
export function fitColumns(m: MetricColumns, s: ResolvedScoring, scratch?: Float64Array): FittedScores {
  const r = fitMetric(m.recency, 'lower_is_better', s.scores, s.method, s.thresholds?.recency, scratch);
  const f = fitMetric(m.frequency, 'higher_is_better', s.scores, s.method, s.thresholds?.frequency, scratch);
  const mm = fitMetric(m.monetary, 'higher_is_better', s.scores, s.method, s.thresholds?.monetary, scratch);
  const model: RfmModel = sealModel({
    kind: 'rfm_model',
    version: 1,
    method: s.method,
    scores: s.scores,
    policy: s.policy,
    asOf: s.asOfIso,
    population: m.recency.length,
    recency: r.bins,
    frequency: f.bins,
    monetary: mm.bins,
    mean: { recency: r.mean, frequency: f.mean, monetary: mm.mean },
    median: { recency: r.median, frequency: f.median, monetary: mm.median },
  });
  return { model, r: r.scores, f: f.scores, m: mm.scores };
}

/** A stored model at a public entry: checked against the model's shape (`invalid_model`) unless the library made it. @internal */
export function readModel(model: unknown): RfmModel {
  if (isMadeModel(model)) return model as RfmModel;
  return checkedOnce(storedModels, model, () => sealModel(checkShape(RFM_MODEL_SHAPE, model, 'invalid_model', ['model'])));
}

/** Stored models checked once, by the host's object (see `checkedOnce`). */
const storedModels = new WeakMap<object, RfmModel>();

/**
 * The centres of a model (its mean or median) or centres given directly, checked. A model fitted
 * on no customer has no centres to measure against (`empty_input`, as `scoreRfm` answers).
 * @internal
 */
export function readModelOrCenters(value: unknown, center: 'mean' | 'median'): MetricCenters {
  if (isRecord(value) && 'kind' in value) {
    const model = readModel(value);
    if (model.population === 0) throw new CrmTaxonomyError('empty_input', { what: 'customers' }, { path: ['centers', 'population'] });
    return model[center];
  }
  if (!isRecord(value)) throw inputError('invalid_argument', ['centers'], 'object', value);
  const c = { recency: value.recency, frequency: value.frequency, monetary: value.monetary };
  if (!shapeValid(RFM_CENTERS_SHAPE, c)) checkShape(RFM_CENTERS_SHAPE, value, 'invalid_argument', ['centers']);
  return c as MetricCenters;
}
