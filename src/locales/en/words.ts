import type { TextTable } from '../../i18n/index.js';

/** Words every renderer uses, in English. */
export const wordsEn: TextTable = {
  'word.list_separator': ', ',
  'word.none': 'none',
  'word.amount_unit': ' amount units',
  'word.not_given': 'not given',
  'word.input': '(the input)',
  'word.flag.true': 'yes',
  'word.flag.false': 'no',
  'word.value.none': '(nothing)',
  'word.value.unknown': '(not known)',
  'word.value.object': '(an object)',
  'word.value.array': '(a list)',
  'word.value.function': '(a function)',
  'word.value.symbol': '(a symbol)',
};
