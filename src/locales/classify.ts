import type { LocaleTables } from '../i18n/index.js';
import { classifyEn } from './en/classify.js';
import { classifyZhHans } from './zh-Hans/classify.js';
import { classifyZhHant } from './zh-Hant/classify.js';

/** The classify module's messages and texts, by locale. @internal */
export const CLASSIFY_TEXTS: LocaleTables = { en: classifyEn, 'zh-Hans': classifyZhHans, 'zh-Hant': classifyZhHant };
