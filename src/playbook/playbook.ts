import { inputError } from '../errors/index.js';
import { find, localeChain, type Locale, type RenderContext } from '../i18n/index.js';
import { PLAYBOOK_TEXTS } from '../locales/playbook.js';
import { contextFor, readMessageOptions, type MessageOptions } from '../messages/message.js';
import { builtinIndex, type DimensionId, type DimensionValue } from '../taxonomy/builtin.js';
import type { SourceRef } from '../taxonomy/provenance.js';
import { PLAYBOOK_ROWS } from './data.js';

/** A treatment of the playbook: what the seeds advise doing with a customer of this value, in one locale, and the seed passages behind it. */
export interface PlaybookAdvice<K extends DimensionId = DimensionId> {
  readonly dimension: K;
  readonly value: DimensionValue<K>;
  /** The locale the text is in, after negotiation (`zh-TW` → `zh-Hant`, `de` → `en`): the locale of the table that has it, so a host's `fr` table without this text reports `en`, the text it fell back to. */
  readonly locale: string;
  /** What to do with such a customer. */
  readonly treatment: string;
  /** The seed passages behind it, in the seeds' words. */
  readonly source: readonly SourceRef[];
}

/* @__NO_SIDE_EFFECTS__ */
function indexRows(): ReadonlyMap<string, ReadonlyMap<string, readonly SourceRef[]>> {
  const byDimension = new Map<string, Map<string, readonly SourceRef[]>>();
  for (const [dimension, value, source] of PLAYBOOK_ROWS) {
    let values = byDimension.get(dimension);
    if (values === undefined) byDimension.set(dimension, (values = new Map()));
    values.set(value, source);
  }
  return byDimension;
}

let rowIndex: ReturnType<typeof indexRows> | undefined;

/**
 * The text of a key and the locale it is in: the tag of the table that answered, in its
 * conventional form (`zh_TW` → `zh-TW`, `ZH-hant` → `zh-Hant`), as negotiation writes it (a host's
 * `fr` table without the key falls back to English, and says so). The context's locale and the key
 * itself when no table has it.
 */
function textAndLocale(ctx: RenderContext, key: string): readonly [text: string, locale: string] {
  const found = find(ctx, key);
  return found === undefined ? [key, ctx.locale] : [found[0], localeChain(found[1])[0] ?? found[1]];
}

/**
 * The seeds' recommended treatment for a customer with a given dimension value — old customers:
 * maintain; new ones: care and deepen communication; hesitating prospects: talk, do not push
 * products; a relationship broken by a change of the client's management: plan the management
 * contacts again; … — with the seed passages behind it. Without a value, the dimension's whole
 * page, in value order. `undefined` (or no entry) for a value the seeds give no treatment for.
 * The last argument is a locale (any BCP 47 tag negotiates) or message options (`locale`, a host's
 * `texts`). Throws `unknown_dimension` or `invalid_value` for ids the taxonomy lacks.
 *
 * @example
 * ```ts
 * import { playbook } from 'crm-taxonomy/playbook';
 * import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
 * import { zhHant } from 'crm-taxonomy/locales/zh-Hant';
 *
 * playbook('loyalty', 'new')?.treatment; //=> 'Care for them and deepen communication, so they become established customers'
 * playbook('loyalty', 'established', { locale: 'zh-Hans', texts: zhHans })?.treatment; //=> '以维护为主，关系一定要搞好；老客户、新客户、潜在客户三者中重视度最高'
 * playbook('breakdown_cause', 'own_operations', { locale: 'zh-TW', texts: zhHant })?.source[1]; //=> { seed: '000', term: '半年度较为理想' }
 * playbook('loyalty').map((a) => a.value); //=> ['potential', 'new', 'established', 'loyal']
 * playbook('status', 'lost'); //=> undefined
 * ```
 */
export function playbook<K extends DimensionId>(dimension: K, value: DimensionValue<K>, options?: Locale | MessageOptions): PlaybookAdvice<K> | undefined;
export function playbook<K extends DimensionId>(dimension: K, value?: undefined, options?: Locale | MessageOptions): readonly PlaybookAdvice<K>[];
export function playbook<K extends DimensionId>(
  dimension: K,
  value?: DimensionValue<K>,
  options?: Locale | MessageOptions,
): PlaybookAdvice<K> | undefined | readonly PlaybookAdvice<K>[] {
  const dimensions = builtinIndex();
  if (typeof dimension !== 'string') throw inputError('invalid_argument', ['dimension'], 'one_of', dimension, { allowed: [...dimensions.byId.keys()] });
  const ids = dimensions.get(dimension).ids as readonly DimensionValue<K>[];
  if (value !== undefined) {
    const checked = builtinIndex().check(dimension, value);
    if (!checked.ok) throw checked.error;
  }
  const ctx = contextFor(readMessageOptions(options), [PLAYBOOK_TEXTS]);
  const rows = (rowIndex ??= indexRows()).get(dimension);
  const advice = (v: DimensionValue<K>): PlaybookAdvice<K> | undefined => {
    const source = rows?.get(v);
    if (source === undefined) return undefined;
    const [treatment, locale] = textAndLocale(ctx, `playbook.${dimension}.${v}`);
    return { dimension, value: v, locale, treatment, source };
  };
  if (value !== undefined) return advice(value);
  return ids.flatMap((v) => {
    const a = advice(v);
    return a === undefined ? [] : [a];
  });
}
