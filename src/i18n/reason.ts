import { localizeAll, type LocalizedMessage, type LocalizedText } from './locale.js';

/**
 * Parameters of a reason or message: plain JSON scalars, so a reason stores and travels as JSON.
 *
 * @example
 * ```ts
 * import type { ReasonParams } from 'crm-taxonomy';
 *
 * const params: ReasonParams = { purchases: 14, years: 3, referred: true };
 * params.purchases; //=> 14
 * ```
 */
export type ReasonParams = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Why the library answered what it did, as data a host can store, test and translate: a stable
 * `code`, the `params` behind it, and the message rendered in the three built-in locales.
 *
 * @example
 * ```ts
 * import { reason } from 'crm-taxonomy';
 *
 * const why = reason('repeat_purchases', { en: '{count} purchases', 'zh-Hans': '购买 {count} 次', 'zh-Hant': '購買 {count} 次' }, { count: 14 });
 * why; //=> { code: 'repeat_purchases', params: { count: 14 }, message: { en: '14 purchases', 'zh-Hans': '购买 14 次' } }
 * ```
 */
export interface Reason<Code extends string = string> {
  readonly code: Code;
  readonly params: ReasonParams;
  readonly message: LocalizedMessage;
}

/**
 * Builds a {@link Reason} from a code, a localized template and its parameters.
 *
 * @example
 * ```ts
 * import { reason } from 'crm-taxonomy';
 *
 * reason('no_purchase', { en: 'No purchase yet', 'zh-Hans': '尚无购买', 'zh-Hant': '尚無購買' }).message.en;
 * //=> 'No purchase yet'
 * ```
 */
export function reason<const Code extends string>(code: Code, template: LocalizedText, params: ReasonParams = {}): Reason<Code> {
  return { code, params, message: localizeAll(template, params) };
}
