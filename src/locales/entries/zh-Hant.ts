/**
 * The Traditional Chinese (Taiwan usage) texts of crm-taxonomy, as a module (`crm-taxonomy/locales/zh-Hant`): every label,
 * description, reason, refusal, error message and chart text, for the root entry and
 * `crm-taxonomy/charts`. The root entry speaks English alone, so an app that shows only English
 * never bundles these; a Chinese app passes them as `texts` wherever text is rendered.
 * @module
 */
import { markLibrary, type LocaleTables } from '../../i18n/index.js';
import { errorsZhHant } from '../zh-Hant/errors.js';
import { wordsZhHant } from '../zh-Hant/words.js';
import { taxonomyZhHant } from '../zh-Hant/taxonomy.js';
import { lifecycleZhHant } from '../zh-Hant/lifecycle.js';
import { classifyZhHant } from '../zh-Hant/classify.js';
import { scoringZhHant } from '../zh-Hant/scoring.js';
import { clvZhHant } from '../zh-Hant/clv.js';
import { relationshipZhHant } from '../zh-Hant/relationship.js';
import { playbookZhHant } from '../zh-Hant/playbook.js';
import { poolZhHant } from '../zh-Hant/pool.js';
import { analysisZhHant } from '../zh-Hant/analysis.js';
import { chartsZhHant } from '../zh-Hant/charts.js';

/**
 * Every Traditional Chinese (Taiwan usage) text, keyed by its locale tag (`'zh-Hant'`), to pass as `texts` with the locale to
 * `message`, `explain`, `label`, `description`, `list`, `toMermaid`, `machineToJSON`, the playbook,
 * the charts, or to `taxonomy.extend({ texts })`. Tables combine by spreading:
 * `{ ...zhHans, ...zhHant }` carries both scripts, and the locale chain picks one (`zh-TW` →
 * `zh-Hant`, `zh` → `zh-Hans`).
 *
 * @example
 * ```ts
 * import { can, label, message, statusMachine } from 'crm-taxonomy';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * const zh = { locale: 'zh-Hant', texts: zhHant };
 * const refused = can(statusMachine, 'target', 'first_purchase', { facts: { hasPurchase: false } });
 * message(refused, zh); //=> '無法從目標客戶變為現實客戶（首次購買）：尚無購買記錄（事實 hasPurchase 或 purchaseCount）'
 * label('value_tier', 'vip', zh); //=> '貴賓客戶'
 * label('value_tier', 'vip', { locale: 'zh-HK', texts: zhHant }); //=> '貴賓客戶'
 * ```
 */
export const zhHant: LocaleTables = /* @__PURE__ */ Object.freeze(
  markLibrary({
    'zh-Hant': Object.freeze({
      ...errorsZhHant,
      ...wordsZhHant,
      ...taxonomyZhHant,
      ...lifecycleZhHant,
      ...classifyZhHant,
      ...scoringZhHant,
      ...clvZhHant,
      ...relationshipZhHant,
      ...playbookZhHant,
      ...poolZhHant,
      ...analysisZhHant,
      ...chartsZhHant,
    }),
  })
);
