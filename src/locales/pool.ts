import type { LocaleTables } from '../i18n/index.js';
import { poolEn } from './en/pool.js';

/** The pool module's messages and texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const POOL_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(poolEn) });
