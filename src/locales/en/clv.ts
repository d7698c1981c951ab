import type { TextTable } from '../../i18n/index.js';

/** The clv module's messages and texts, in en. */
export const clvEn: TextTable = {};
