import type { LocaleTables } from '../i18n/index.js';
import { errorsEn } from './en/errors.js';
import { errorsZhHans } from './zh-Hans/errors.js';
import { errorsZhHant } from './zh-Hant/errors.js';

/** Messages of every error code, by locale. @internal */
export const ERROR_TEXTS: LocaleTables = { en: errorsEn, 'zh-Hans': errorsZhHans, 'zh-Hant': errorsZhHant };
