import type { LocaleTables } from '../i18n/index.js';
import { playbookEn } from './en/playbook.js';

/** The playbook module's messages and texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const PLAYBOOK_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(playbookEn) });
