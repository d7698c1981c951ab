import { BUILTIN_LOCALES, pickText, resolveLocale, type BuiltinLocale } from '../i18n/legacy.js';
import { taxonomy, type DimensionId, type DimensionValue } from '../taxonomy/index.js';
import type { SourceRef } from '../taxonomy/index.js';
import { PLAYBOOK, type PlaybookEntry } from './data.js';

/**
 * The treatment {@link playbook} returns: the value, the treatment in the requested locale and the
 * seed passages it comes from.
 *
 * @example
 * ```ts
 * import { playbook, type PlaybookAdvice } from 'crm-taxonomy';
 *
 * const advice: PlaybookAdvice<'loyalty'> | undefined = playbook('loyalty', 'established', 'en');
 * advice?.locale; //=> 'en'
 * ```
 */
export interface PlaybookAdvice<K extends DimensionId = DimensionId> {
  readonly dimension: K;
  readonly value: DimensionValue<K>;
  /** The built-in locale the text is in (`zh-TW` resolves to `zh-Hant`). */
  readonly locale: BuiltinLocale;
  /** What to do with such a customer. */
  readonly treatment: string;
  /** The seed passages behind it. */
  readonly source: readonly SourceRef[];
}

/* @__NO_SIDE_EFFECTS__ */
function indexPlaybook(entries: readonly PlaybookEntry[]): ReadonlyMap<string, PlaybookEntry> {
  return new Map(entries.map((e) => [`${e.dimension}\u0000${e.value}`, e]));
}

const INDEX = /* @__PURE__ */ indexPlaybook(PLAYBOOK);

/**
 * The seeds' recommended treatment for a customer with a given dimension value (old customers:
 * maintain; new: care and deepen communication; hesitating: talk, do not push products; quoted
 * with no reply: follow up, price flexibility only against a return; …), in `en`, `zh-Hans` or
 * `zh-Hant` (regional tags fall back). Returns `undefined` for a value the seeds give no treatment
 * for. Throws `unknown_dimension`, `invalid_value` or `unknown_locale` for bad input.
 *
 * @example
 * ```ts
 * import { playbook } from 'crm-taxonomy';
 *
 * playbook('loyalty', 'new', 'en')?.treatment; //=> 'Care for them and deepen communication, so they become established customers'
 * playbook('loyalty', 'established', 'zh-Hans')?.treatment; //=> '以维护为主，关系一定要搞好；重视度最高'
 * playbook('purchase_intent', 'hesitating', 'zh-TW')?.source; //=> [{ seed: '002', term: '考慮、猶豫的客戶' }]
 * playbook('status', 'lost', 'en'); //=> undefined
 * ```
 */
export function playbook<K extends DimensionId>(dimension: K, value: DimensionValue<K>, locale: string = 'en'): PlaybookAdvice<K> | undefined {
  const id = taxonomy.parse(dimension, value);
  const resolved = resolveLocale(locale, BUILTIN_LOCALES) as BuiltinLocale;
  const found = INDEX.get(`${dimension}\u0000${id}`);
  if (found === undefined) return undefined;
  return { dimension, value: id as unknown as DimensionValue<K>, locale: resolved, treatment: pickText(found.treatment, resolved), source: found.source };
}

/**
 * Every treatment the playbook holds for one dimension, in value order, in one locale: a
 * dimension's whole page of the playbook. Values without a treatment are left out.
 *
 * @example
 * ```ts
 * import { playbookFor } from 'crm-taxonomy';
 *
 * playbookFor('loyalty', 'en').map((a) => a.value); //=> ['potential', 'new', 'established', 'loyal']
 * playbookFor('patronage_level', 'en'); //=> []
 * ```
 */
export function playbookFor<K extends DimensionId>(dimension: K, locale: string = 'en'): PlaybookAdvice<K>[] {
  const values = taxonomy.list(dimension).map((v) => v.id as unknown as DimensionValue<K>);
  resolveLocale(locale, BUILTIN_LOCALES);
  return values.flatMap((v) => {
    const advice = playbook(dimension, v, locale);
    return advice === undefined ? [] : [advice];
  });
}
