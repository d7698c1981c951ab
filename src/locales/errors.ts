import type { LocaleTables } from '../i18n/index.js';
import { errorsEn } from './en/errors.js';

/** Messages of every error code, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const ERROR_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(errorsEn) });
