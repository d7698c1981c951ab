/**
 * The Simplified Chinese texts of crm-taxonomy, as a module (`crm-taxonomy/locales/zh-Hans`): every label,
 * description, reason, refusal, error message and chart text, for the root entry and
 * `crm-taxonomy/charts`. The root entry speaks English alone, so an app that shows only English
 * never bundles these; a Chinese app passes them as `texts` wherever text is rendered.
 * @module
 */
import { markLibrary, type LocaleTables } from '../../i18n/index.js';
import { errorsZhHans } from '../zh-Hans/errors.js';
import { wordsZhHans } from '../zh-Hans/words.js';
import { taxonomyZhHans } from '../zh-Hans/taxonomy.js';
import { lifecycleZhHans } from '../zh-Hans/lifecycle.js';
import { classifyZhHans } from '../zh-Hans/classify.js';
import { scoringZhHans } from '../zh-Hans/scoring.js';
import { clvZhHans } from '../zh-Hans/clv.js';
import { relationshipZhHans } from '../zh-Hans/relationship.js';
import { playbookZhHans } from '../zh-Hans/playbook.js';
import { poolZhHans } from '../zh-Hans/pool.js';
import { analysisZhHans } from '../zh-Hans/analysis.js';
import { chartsZhHans } from '../zh-Hans/charts.js';

/**
 * Every Simplified Chinese text, keyed by its locale tag (`'zh-Hans'`), to pass as `texts` with the locale to
 * `message`, `explain`, `label`, `description`, `list`, `toMermaid`, `machineToJSON`, the playbook,
 * the charts, or to `taxonomy.extend({ texts })`. Tables combine by spreading:
 * `{ ...zhHans, ...zhHant }` carries both scripts, and the locale chain picks one (`zh-TW` →
 * `zh-Hant`, `zh` → `zh-Hans`).
 *
 * @example
 * ```ts
 * import { can, label, message, statusMachine } from 'crm-taxonomy';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 *
 * const zh = { locale: 'zh-Hans', texts: zhHans };
 * const refused = can(statusMachine, 'target', 'first_purchase', { facts: { hasPurchase: false } });
 * message(refused, zh); //=> '无法从目标客户变为现实客户（首次购买）：尚无购买记录（事实 hasPurchase 或 purchaseCount）'
 * label('value_tier', 'vip', zh); //=> '贵宾客户'
 * // Without the tables a Chinese tag falls back to English:
 * message(refused, 'zh-Hans').startsWith('Cannot move'); //=> true
 * ```
 */
export const zhHans: LocaleTables = /* @__PURE__ */ Object.freeze(
  markLibrary({
    'zh-Hans': Object.freeze({
      ...errorsZhHans,
      ...wordsZhHans,
      ...taxonomyZhHans,
      ...lifecycleZhHans,
      ...classifyZhHans,
      ...scoringZhHans,
      ...clvZhHans,
      ...relationshipZhHans,
      ...playbookZhHans,
      ...poolZhHans,
      ...analysisZhHans,
      ...chartsZhHans,
    }),
  })
);
