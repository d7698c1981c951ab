import type { LocaleTables } from '../i18n/index.js';
import { clvEn } from './en/clv.js';

/** The clv module's messages and texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const CLV_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(clvEn) });
