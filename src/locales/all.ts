import type { LocaleTables } from '../i18n/index.js';
import { ANALYSIS_TEXTS } from './analysis.js';
import { CLASSIFY_TEXTS } from './classify.js';
import { CLV_TEXTS } from './clv.js';
import { ERROR_TEXTS } from './errors.js';
import { LIFECYCLE_TEXTS } from './lifecycle.js';
import { POOL_TEXTS } from './pool.js';
import { RELATIONSHIP_TEXTS } from './relationship.js';
import { SCORING_TEXTS } from './scoring.js';
import { TAXONOMY_TEXTS } from './taxonomy.js';
import { WORDS } from './words.js';

/**
 * Every built-in text table `message` renders from, by module: the decisions, labels and errors
 * of every entry. The playbook's treatments and the charts' texts are not decisions: `playbook`
 * and the charts render them from their own tables (`PLAYBOOK_TEXTS`, `CHARTS_TEXTS`), so
 * `message` does not carry them. @internal
 */
export const ALL_TEXTS: readonly LocaleTables[] = /* @__PURE__ */ Object.freeze([
  ERROR_TEXTS,
  LIFECYCLE_TEXTS,
  CLASSIFY_TEXTS,
  SCORING_TEXTS,
  CLV_TEXTS,
  RELATIONSHIP_TEXTS,
  POOL_TEXTS,
  ANALYSIS_TEXTS,
  TAXONOMY_TEXTS,
  WORDS,
]);
