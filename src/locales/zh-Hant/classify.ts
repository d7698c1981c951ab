import type { TextTable } from '../../i18n/index.js';

/** The classify module's messages and texts, in zh-Hant. */
export const classifyZhHant: TextTable = {};
