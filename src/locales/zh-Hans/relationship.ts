import type { TextTable } from '../../i18n/index.js';

/** The relationship module's messages and texts, in zh-Hans. */
export const relationshipZhHans: TextTable = {};
