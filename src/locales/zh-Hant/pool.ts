import type { TextTable } from '../../i18n/index.js';

/** The pool module's messages and texts, in zh-Hant. */
export const poolZhHant: TextTable = {};
