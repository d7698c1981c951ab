import type { TextTable } from '../../i18n/index.js';

/** The clv module's messages and texts, in zh-Hans. */
export const clvZhHans: TextTable = {};
