import type { LocaleTables } from '../i18n/index.js';
import { chartsEn } from './en/charts.js';

/** The charts' built-in texts (the `crm-taxonomy/charts` entry only), in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const CHARTS_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(chartsEn) });
