import type { TextTable } from '../../i18n/index.js';

/** The scoring module's messages and texts, in zh-Hant. */
export const scoringZhHant: TextTable = {};
