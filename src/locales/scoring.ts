import type { LocaleTables } from '../i18n/index.js';
import { scoringEn } from './en/scoring.js';

/** The scoring module's messages and texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const SCORING_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(scoringEn) });
