import type { LocaleTables } from '../i18n/index.js';
import { wordsEn } from './en/words.js';

/** Words every renderer uses: the list separator, "none", the unit of amounts without a currency, "yes" and "no" (`word.flag.true`, `.false`), the kinds of a received value that has no text of its own; in English (the other locales are modules: `crm-taxonomy/locales/zh-Hans`, `…/zh-Hant`). @internal */
export const WORDS: LocaleTables = /* @__PURE__ */ Object.freeze({ en: /* @__PURE__ */ Object.freeze(wordsEn) });
