export { LOCALES, localeChain, resolveLocale, type BuiltinLocale, type Locale } from './negotiate.js';
export { lookup, render, renderContext, type LocaleTables, type MoneyFormat, type RenderContext, type TextTable } from './format.js';
export type { TextInput } from './text.js';
