import type { LocaleTables } from '../i18n/index.js';

/** Words every renderer uses: the list separator, "none", the unit of amounts without a currency, the kinds of a received value that has no text of its own. @internal */
export const WORDS: LocaleTables = {
  en: { 'word.list_separator': ', ', 'word.none': 'none', 'word.amount_unit': ' amount units', 'word.not_given': 'not given', 'word.value.none': '(nothing)', 'word.value.object': '(an object)', 'word.value.array': '(a list)', 'word.value.function': '(a function)', 'word.value.symbol': '(a symbol)' },
  'zh-Hans': { 'word.list_separator': '、', 'word.none': '无', 'word.amount_unit': ' 金额单位', 'word.not_given': '未提供', 'word.value.none': '（空）', 'word.value.object': '（对象）', 'word.value.array': '（列表）', 'word.value.function': '（函数）', 'word.value.symbol': '（符号）' },
  'zh-Hant': { 'word.list_separator': '、', 'word.none': '無', 'word.amount_unit': ' 金額單位', 'word.not_given': '未提供', 'word.value.none': '（空）', 'word.value.object': '（物件）', 'word.value.array': '（清單）', 'word.value.function': '（函式）', 'word.value.symbol': '（符號）' },
};
