import type { TextTable } from '../../i18n/index.js';

/** Words every renderer uses, in zh-Hans. */
export const wordsZhHans: TextTable = {
  'word.list_separator': '、',
  'word.none': '无',
  'word.amount_unit': ' 金额单位',
  'word.not_given': '未提供',
  'word.input': '输入本身',
  'word.flag.true': '是',
  'word.flag.false': '否',
  'word.value.none': '（空）',
  'word.value.unknown': '（未知）',
  'word.value.object': '（对象）',
  'word.value.array': '（列表）',
  'word.value.function': '（函数）',
  'word.value.symbol': '（符号）',
};
