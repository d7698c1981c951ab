import type { LocaleTables } from '../i18n/index.js';
import { taxonomyEn } from './en/taxonomy.js';
import { taxonomyZhHans } from './zh-Hans/taxonomy.js';
import { taxonomyZhHant } from './zh-Hant/taxonomy.js';

/** Labels and descriptions of the built-in taxonomy, by locale. @internal */
export const TAXONOMY_TEXTS: LocaleTables = { en: taxonomyEn, 'zh-Hans': taxonomyZhHans, 'zh-Hant': taxonomyZhHant };
