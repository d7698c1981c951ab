import type { LocaleTables } from '../i18n/index.js';

/** Words every renderer uses: the list separator, "none", the unit of amounts without a currency. @internal */
export const WORDS: LocaleTables = {
  en: { 'word.list_separator': ', ', 'word.none': 'none', 'word.amount_unit': ' amount units', 'word.not_given': 'not given' },
  'zh-Hans': { 'word.list_separator': '、', 'word.none': '无', 'word.amount_unit': ' 金额单位', 'word.not_given': '未提供' },
  'zh-Hant': { 'word.list_separator': '、', 'word.none': '無', 'word.amount_unit': ' 金額單位', 'word.not_given': '未提供' },
};
