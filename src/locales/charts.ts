import type { LocaleTables } from '../i18n/index.js';
import { chartsEn } from './en/charts.js';
import { chartsZhHans } from './zh-Hans/charts.js';
import { chartsZhHant } from './zh-Hant/charts.js';

/** The charts' built-in texts, by locale (the `crm-taxonomy/charts` entry only). @internal */
export const CHARTS_TEXTS: LocaleTables = { en: chartsEn, 'zh-Hans': chartsZhHans, 'zh-Hant': chartsZhHant };
