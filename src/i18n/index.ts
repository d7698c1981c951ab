export { LOCALES, localeChain, resolveLocale, tagKey, type BuiltinLocale, type Locale } from './negotiate.js';
export { checkTextTables, find, fixedShare, lookup, markHostWritten, markLibrary, readMoney, readTextOptions, render, renderContext, renderKey, textContext, type LocaleTables, type MoneyFormat, type RenderContext, type TextOptions, type TextTable } from './format.js';
export { checkTextInput, isLocaleTag, textTable, type TextInput } from './text.js';
