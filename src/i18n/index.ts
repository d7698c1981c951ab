export {
  BUILTIN_LOCALES,
  formatMessage,
  localeFallbacks,
  localize,
  localizeAll,
  pickText,
  resolveLocale,
  type BuiltinLocale,
  type Locale,
  type LocalizedMessage,
  type LocalizedText,
  type TextInput,
} from './locale.js';
export { reason, type Reason, type ReasonParams } from './reason.js';
