import type { TextTable } from '../../i18n/index.js';

/** The pool module's messages and texts, in en. */
export const poolEn: TextTable = {};
