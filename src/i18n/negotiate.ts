/**
 * The locales every built-in label, description and message is written in: English (in the root
 * entry), Simplified Chinese and Traditional Chinese (Taiwan usage), the latter two as the locale
 * modules `crm-taxonomy/locales/zh-Hans` and `…/zh-Hant`.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'crm-taxonomy';
 *
 * LOCALES; //=> ['en', 'zh-Hans', 'zh-Hant']
 * ```
 */
export const LOCALES = /* @__PURE__ */ Object.freeze(['en', 'zh-Hans', 'zh-Hant'] as const);

/** A locale the library ships text for. */
export type BuiltinLocale = (typeof LOCALES)[number];

/** A BCP 47 locale tag: the built-in ones autocomplete; any other tag is accepted and negotiated. */
export type Locale = BuiltinLocale | (string & {});

/** Chinese regions written in Traditional characters, by letter and UN M.49 code (Taiwan, Hong Kong, Macao). */
const HANT_REGIONS = ['TW', 'HK', 'MO', '158', '344', '446'];
/** Mainland China, by letter and UN M.49 code. */
const MAINLAND = ['CN', '156'];

/**
 * Languages written in Chinese characters: `zh` and the members of the `zh` macrolanguage a
 * browser or a user setting may send (Mandarin, Cantonese, Wu, Hakka, Min Nan, …, and Classical).
 * Cantonese (`yue`) is written in Traditional characters unless the tag says otherwise.
 */
const CHINESE = ['zh', 'cmn', 'yue', 'wuu', 'hak', 'nan', 'gan', 'hsn', 'cdo', 'cjy', 'cpx', 'czh', 'czo', 'mnp', 'lzh'];

/**
 * The subtags of a tag in BCP 47's conventional case (`zh-hant-tw` → `zh`, `Hant`, `TW`), `_`
 * read as `-` (`zh_TW` is common in hosts' settings).
 */
function subtags(tag: string): string[] {
  return tag
    .trim()
    .split(/[-_]/)
    .map((part, i) => {
      if (i === 0) return part.toLowerCase();
      if (part.length === 4 && /^[A-Za-z]+$/.test(part)) return `${part[0]?.toUpperCase()}${part.slice(1).toLowerCase()}`;
      if (part.length === 2) return part.toUpperCase();
      return part;
    });
}

/**
 * The subtags of a usable tag (each 1 to 8 letters or digits; at most 8 before the first
 * singleton, the extensions `-u-…`, `-x-…` cut off when there are more than 32 in all: a
 * browser's `zh-TW-u-ca-roc-co-stroke-nu-hanidec` is `zh-TW`); `undefined` for anything else.
 */
function usable(tag: unknown): string[] | undefined {
  let parts = typeof tag === 'string' ? subtags(tag) : [];
  if (parts.length === 0 || parts.some((p) => !/^[A-Za-z0-9]{1,8}$/.test(p))) return undefined;
  const end = parts.findIndex((p, i) => i > 0 && p.length === 1);
  if (end > 8 || (end < 0 && parts.length > 8)) return undefined;
  if (parts.length > 32) parts = parts.slice(0, end);
  return parts;
}

/**
 * What a tag is matched by: its subtags in lower case, joined by `-` (`pt_BR`, `PT-br` → `pt-br`);
 * `undefined` when it is not a usable tag (`__proto__`, `''`, a number).
 * @internal
 */
export const tagKey = (tag: unknown): string | undefined => usable(tag)?.join('-').toLowerCase();

/**
 * The chain of tags to try for a requested tag, most specific first, always ending in `en`:
 * the tag itself; for Chinese with a region, the tag with and without the script the region is
 * written in; for Chinese, the script (`Hant` for TW, HK and MO, `Hans` otherwise and for a
 * bare `zh`) and that script's regional tags; then the tag with its last subtags dropped one at a
 * time; for Chinese, the other script and its regional tags; then `en`.
 *
 * `zh-HK` → `zh-HK`, `zh-Hant-HK`, `zh-Hant`, `zh-Hant-TW`, `zh-TW`, `zh-Hant-MO`, `zh-MO`, `zh`,
 * `zh-Hans`, `zh-Hans-CN`, `zh-CN`, `zh-Hans-SG`, `zh-SG`, `en`; `de-DE` → `de-DE`, `de`, `en`;
 * `pt_BR` → `pt-BR`, `pt`, `en`.
 * @internal
 */
export function localeChain(tag: unknown): readonly string[] {
  const parts = usable(tag);
  if (parts === undefined) return ['en'];
  const chain: string[] = [];
  const push = (t: string): void => {
    if (!chain.some((c) => c.toLowerCase() === t.toLowerCase())) chain.push(t);
  };
  push(parts.join('-'));
  // The language, and an extended language subtag read as the language it names (`zh-yue` is `yue`).
  let language = (parts[0] as string).toLowerCase();
  const extlang = parts[1]?.toLowerCase();
  if (language === 'zh' && extlang !== undefined && /^[a-z]{3}$/.test(extlang) && CHINESE.includes(extlang)) language = extlang;
  const chinese = CHINESE.includes(language);
  if (chinese) {
    // Script and region come before the first singleton (`-u-…`, `-x-…` extensions say neither).
    const end = parts.findIndex((p, i) => i > 0 && p.length === 1);
    const rest = parts.slice(1, end < 0 ? parts.length : end);
    const script = rest.find((p) => p.length === 4 && /^[A-Za-z]+$/.test(p));
    const region = rest.find((p) => p.length === 2 || /^\d{3}$/.test(p));
    const traditional = region === undefined ? language === 'yue' : HANT_REGIONS.includes(region) || (language === 'yue' && !MAINLAND.includes(region));
    // Bopomofo is written beside Traditional characters; another script than Han's two reads the region's.
    const hant = script === 'Hant' || script === 'Bopo' || (script !== 'Hans' && traditional);
    // A region with the script it is written in is the region alone: `zh-Hant-TW` is `zh-TW`,
    // `zh-CN` is `zh-Hans-CN`, and `cmn-TW`, `yue-HK` reach a host's `zh-TW`, `zh-HK` (a script the
    // region is not written in, `zh-Latn-CN`, `zh-Hans-TW`, is not the region's).
    if (region !== undefined && (script === undefined || script === (traditional ? 'Hant' : 'Hans'))) {
      const written = hant ? 'Hant' : 'Hans';
      for (const lang of new Set([parts[0] as string, 'zh'])) {
        push(`${lang}-${written}-${region}`);
        push(`${lang}-${region}`);
      }
    }
    push(hant ? 'zh-Hant' : 'zh-Hans');
    // Then a host's tables of that script keyed by another region (`zh-Hant` reaches `zh-TW`, `zh` reaches `zh-CN`).
    regions(hant);
  }
  for (let n = parts.length - 1; n >= 1; n--) push(parts.slice(0, n).join('-'));
  // A Chinese reader reads the other script sooner than English (a host's text written in one only).
  if (chinese) {
    const other = !chain.includes('zh-Hant');
    push(other ? 'zh-Hant' : 'zh-Hans');
    regions(other);
  }
  push('en');
  return chain;

  function regions(hant: boolean): void {
    for (const region of hant ? ['TW', 'HK', 'MO'] : ['CN', 'SG']) {
      push(`zh-${hant ? 'Hant' : 'Hans'}-${region}`);
      push(`zh-${region}`);
    }
  }
}

/**
 * The locale to speak for a requested BCP 47 tag: the first tag of the fallback chain that is
 * available. Never throws: anything unusable (a typo, `undefined`, a number) negotiates to `en`.
 *
 * The chain (documented in docs/i18n.md): the tag itself; for Chinese (`zh`, and the languages
 * of the `zh` macrolanguage: `cmn`, `yue`, …, also as `zh-yue`) with a region, the tag with and without
 * the script the region is written in (`zh-Hant-TW` reaches a host's `zh-TW` table, `zh-TW` its
 * `zh-Hant-TW`); for Chinese, the script, Traditional for Taiwan,
 * Hong Kong and Macao (`TW`, `HK`, `MO` or `158`, `344`, `446`) and for Cantonese outside mainland
 * China, Simplified otherwise (`zh` alone is Simplified; extensions such as `-x-…` say nothing),
 * then that script's tags of a region (`zh-Hant` reaches a host's `zh-TW`, `zh` its `zh-CN`); then the
 * tag without its last subtags; for Chinese, the other script and its regions; finally `en`. Tags match case-insensitively, and `_` reads as `-`,
 * in the requested tag and in `available` alike (`pt_BR` is offered for `pt-BR`, and is what is returned).
 * Locales a host adds join the search through `available`.
 *
 * @param tag - the requested tag (`navigator.language`, an `Accept-Language` entry, a user setting).
 * @param available - the locales to choose from (an array or any iterable): the built-in three by
 * default, plus any a host adds (entries that are not locale tags are ignored). When the chain
 * reaches none of them, the first is the answer.
 * @example
 * ```ts
 * import { resolveLocale } from 'crm-taxonomy';
 *
 * resolveLocale('zh-HK'); //=> 'zh-Hant'
 * resolveLocale('zh'); //=> 'zh-Hans'
 * resolveLocale('de-DE'); //=> 'en'
 * resolveLocale('ja-JP', ['en', 'zh-Hans', 'zh-Hant', 'ja']); //=> 'ja'
 * ```
 */
export function resolveLocale(tag: unknown, available: Iterable<string> = LOCALES): string {
  // Any iterable (a `Set` was read as no list at all, and answered from the built-in three).
  const list: unknown = typeof available === 'object' && available !== null && Symbol.iterator in available ? [...available] : LOCALES;
  const offered = (list as unknown[]).filter((a): a is string => tagKey(a) !== undefined);
  for (const candidate of localeChain(tag)) {
    const match = offered.find((a) => tagKey(a) === candidate.toLowerCase());
    if (match !== undefined) return match;
  }
  // The chain ends in `en`: none is offered.
  return offered[0] ?? 'en';
}
