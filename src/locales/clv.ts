import type { LocaleTables } from '../i18n/index.js';
import { clvEn } from './en/clv.js';
import { clvZhHans } from './zh-Hans/clv.js';
import { clvZhHant } from './zh-Hant/clv.js';

/** The clv module's messages and texts, by locale. @internal */
export const CLV_TEXTS: LocaleTables = { en: clvEn, 'zh-Hans': clvZhHans, 'zh-Hant': clvZhHant };
