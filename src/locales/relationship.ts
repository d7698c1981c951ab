import type { LocaleTables } from '../i18n/index.js';
import { relationshipEn } from './en/relationship.js';

/** The relationship module's messages and texts, in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const RELATIONSHIP_TEXTS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(relationshipEn) });
