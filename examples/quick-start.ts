/**
 * Quick start: validate a stored id, show it in the user's language, compare levels, and extend
 * the taxonomy with a host's own values. Run with `npx tsx examples/quick-start.ts`.
 */
import assert from 'node:assert/strict';
import { compare, label, message, next, safeParse, taxonomy, type ValueTier } from 'crm-taxonomy';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

// #region validate
const fromDatabase: unknown = 'key';
const checked = safeParse('value_tier', fromDatabase);
if (!checked.ok) throw checked.error;
const tier: ValueTier = checked.value;
// #endregion validate

// #region display
console.log(`${label('value_tier', tier, 'en')} / ${label('value_tier', tier, { locale: 'zh-Hans', texts: zhHans })} / ${label('value_tier', tier, { locale: 'zh-TW', texts: zhHant })}`);
console.log(`one step up: ${label('value_tier', next('value_tier', tier) ?? tier, 'en')}`);
assert.ok(compare('value_tier', 'vip', tier) > 0);
// #endregion display

// #region extend
const bank = taxonomy.extend({
  values: {
    loyalty: [{ id: 'ambassador', label: { en: 'Ambassador', 'zh-Hans': '推广大使', 'zh-Hant': '推廣大使' }, description: { en: 'Loyal, and brings in new customers' }, after: 'loyal' }],
  },
});
console.log(bank.ids('loyalty').join(' < '));
assert.equal(bank.next('loyalty', 'loyal'), 'ambassador');
// #endregion extend

// #region errors
const bad = safeParse('loyalty', 'gold');
assert.ok(!bad.ok);
console.log(`${bad.error.code} at ${JSON.stringify(bad.error.path)}: ${message(bad.error, 'en')}`);
console.log(message(bad.error, { locale: 'zh-Hans', texts: zhHans }));
// #endregion errors
