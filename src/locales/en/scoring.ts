import type { TextTable } from '../../i18n/index.js';

/** The scoring module's messages and texts, in en. */
export const scoringEn: TextTable = {};
