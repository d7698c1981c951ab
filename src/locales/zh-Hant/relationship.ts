import type { TextTable } from '../../i18n/index.js';

/** The relationship module's messages and texts, in zh-Hant. */
export const relationshipZhHant: TextTable = {};
