import type { TextTable } from '../../i18n/index.js';

/** The playbook module's messages and texts, in zh-Hant. */
export const playbookZhHant: TextTable = {};
