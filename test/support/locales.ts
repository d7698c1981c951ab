import { zhHans } from '../../src/locales/entries/zh-Hans.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';

/** Both Chinese locale modules in one table, as a Chinese host passes them. */
export const CHINESE = { ...zhHans, ...zhHant };

/** Render options for a locale tag with every built-in locale's texts (the root entry carries English alone). */
export const inLocale = (locale: string): { readonly locale: string; readonly texts: typeof CHINESE } => ({ locale, texts: CHINESE });

/** A module's built-in tables with the Chinese ones beside them, by locale (as the spec publishes them). */
export const withChinese = <T extends object>(tables: T): T => ({ ...CHINESE, ...tables }) as T;
