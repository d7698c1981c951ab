import type { LocaleTables } from '../i18n/index.js';
import { classifyEn } from './en/classify.js';

/** The classify module's messages and texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const CLASSIFY_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(classifyEn) });
