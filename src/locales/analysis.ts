import type { AnalysisReasonCode } from '../analysis/reasons.js';
import type { LocaleTables } from '../i18n/index.js';
import { analysisEn } from './en/analysis.js';

/** Every key of the analysis tables: one message per reason code and the phrases they use. @internal */
export type AnalysisTextKey =
  | AnalysisReasonCode
  | `analysis.channel.${'agent' | 'ivr'}`
  | `analysis.basis.${'realized' | 'net_profit' | 'model'}`
  | `analysis.met.${'true' | 'false'}`
  | `analysis.criterion.${'purchases' | 'spend' | 'average_spend' | 'cumulative_spend'}`;

/** The analyses' reasons and advice, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const ANALYSIS_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(analysisEn) });
