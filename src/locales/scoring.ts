import type { LocaleTables } from '../i18n/index.js';
import { scoringEn } from './en/scoring.js';
import { scoringZhHans } from './zh-Hans/scoring.js';
import { scoringZhHant } from './zh-Hant/scoring.js';

/** The scoring module's messages and texts, by locale. @internal */
export const SCORING_TEXTS: LocaleTables = { en: scoringEn, 'zh-Hans': scoringZhHans, 'zh-Hant': scoringZhHant };
