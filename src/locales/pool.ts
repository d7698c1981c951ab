import type { LocaleTables } from '../i18n/index.js';
import { poolEn } from './en/pool.js';
import { poolZhHans } from './zh-Hans/pool.js';
import { poolZhHant } from './zh-Hant/pool.js';

/** The pool module's messages and texts, by locale. @internal */
export const POOL_TEXTS: LocaleTables = { en: poolEn, 'zh-Hans': poolZhHans, 'zh-Hant': poolZhHant };
