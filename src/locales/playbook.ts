import type { LocaleTables } from '../i18n/index.js';
import { playbookEn } from './en/playbook.js';
import { playbookZhHans } from './zh-Hans/playbook.js';
import { playbookZhHant } from './zh-Hant/playbook.js';

/** The playbook module's messages and texts, by locale. @internal */
export const PLAYBOOK_TEXTS: LocaleTables = { en: playbookEn, 'zh-Hans': playbookZhHans, 'zh-Hant': playbookZhHant };
