import type { LocaleTables } from '../i18n/index.js';
import { taxonomyEn } from './en/taxonomy.js';

/** Labels and descriptions of the built-in taxonomy, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const TAXONOMY_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(taxonomyEn) });
