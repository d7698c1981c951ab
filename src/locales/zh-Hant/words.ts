import type { TextTable } from '../../i18n/index.js';

/** Words every renderer uses, in zh-Hant. */
export const wordsZhHant: TextTable = {
  'word.list_separator': '、',
  'word.none': '無',
  'word.amount_unit': ' 金額單位',
  'word.not_given': '未提供',
  'word.input': '輸入本身',
  'word.flag.true': '是',
  'word.flag.false': '否',
  'word.value.none': '（空）',
  'word.value.unknown': '（未知）',
  'word.value.object': '（物件）',
  'word.value.array': '（清單）',
  'word.value.function': '（函式）',
  'word.value.symbol': '（符號）',
};
