import type { LocaleTables } from '../i18n/index.js';
import { relationshipEn } from './en/relationship.js';
import { relationshipZhHans } from './zh-Hans/relationship.js';
import { relationshipZhHant } from './zh-Hant/relationship.js';

/** The relationship module's messages and texts, by locale. @internal */
export const RELATIONSHIP_TEXTS: LocaleTables = { en: relationshipEn, 'zh-Hans': relationshipZhHans, 'zh-Hant': relationshipZhHant };
