import type { LocaleTables } from '../i18n/index.js';
import { lifecycleEn } from './en/lifecycle.js';

/** Refusals, history issues, machine and guard texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const LIFECYCLE_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(lifecycleEn) });
