import type { LocaleTables } from '../i18n/index.js';
import { lifecycleEn } from './en/lifecycle.js';
import { lifecycleZhHans } from './zh-Hans/lifecycle.js';
import { lifecycleZhHant } from './zh-Hant/lifecycle.js';

/** Refusals, history issues, machine and guard texts, by locale. @internal */
export const LIFECYCLE_TEXTS: LocaleTables = { en: lifecycleEn, 'zh-Hans': lifecycleZhHans, 'zh-Hant': lifecycleZhHant };
