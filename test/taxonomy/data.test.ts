import { taxonomyEn } from '../../src/locales/en/taxonomy.js';
import { taxonomyZhHans } from '../../src/locales/zh-Hans/taxonomy.js';
import { taxonomyZhHant } from '../../src/locales/zh-Hant/taxonomy.js';
import { withChinese } from '../support/locales.js';
import { describe, expect, it } from 'vitest';
import domainIds from '../fixtures/domain-ids.json';
import { TAXONOMY_TEXTS } from '../../src/locales/taxonomy.js';
import { BUILTIN_DIMENSIONS } from '../../src/taxonomy/dimensions/index.js';
import { PROVENANCE } from '../../src/taxonomy/provenance.js';

const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
const ID = /^[a-z][a-z0-9_]*$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

const expected = new Map<string, readonly string[]>(Object.entries(domainIds));
const dimensions = new Map(BUILTIN_DIMENSIONS.map((d) => [d.id as string, d]));

/** The rank of each ordered dimension, lowest first, as the domain spec states it. */
const LOW_TO_HIGH = new Map<string, readonly string[]>([
  ['value_tier', ['ordinary', 'key', 'vip']],
  ['abc_class', ['c', 'b', 'a']],
  ['membership_tier', ['ordinary', 'silver', 'vip']],
  ['loyalty', ['potential', 'new', 'established', 'loyal']],
  ['acquaintance', ['unknown', 'potential', 'target', 'existing']],
  ['kotler_level', ['basic', 'reactive', 'accountable', 'proactive', 'partnership']],
  [
    'b2b_relationship',
    ['transactional', 'preferred_supplier', 'partnership', 'strategic_alliance'],
  ],
  ['bond_layer', ['trust', 'value', 'emotion', 'vision']],
  ['patronage_level', ['passer_by', 'customer', 'regular', 'honored', 'devotee']],
]);

/** Every text of the built-in data, by locale, from the message tables. */
const textOf = (key: string): Readonly<Record<string, string | undefined>> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, withChinese(TAXONOMY_TEXTS)[locale]?.[key]]));
const texts = BUILTIN_DIMENSIONS.flatMap((d) => [
  { path: `${d.id}.label`, text: textOf(`taxonomy.${d.id}.label`) },
  { path: `${d.id}.description`, text: textOf(`taxonomy.${d.id}.description`) },
  ...d.values.flatMap((v) => [
    { path: `${d.id}.${v.id}.label`, text: textOf(`taxonomy.${d.id}.${v.id}.label`) },
    { path: `${d.id}.${v.id}.description`, text: textOf(`taxonomy.${d.id}.${v.id}.description`) },
  ]),
]);

describe('built-in taxonomy data', () => {
  it('has exactly the dimensions of the domain spec, in its order', () => {
    expect(BUILTIN_DIMENSIONS.map((d) => d.id)).toEqual([...expected.keys()]);
    expect(dimensions.size).toBe(BUILTIN_DIMENSIONS.length);
  });

  it.each([...expected])('%s has the values of the domain spec', (id, ids) => {
    const dimension = dimensions.get(id);
    expect(dimension, id).toBeDefined();
    const actual = dimension!.values.map((v) => v.id as string);
    if (dimension!.ordered) {
      expect([...actual].sort()).toEqual([...ids].sort());
    } else {
      expect(actual).toEqual(ids);
    }
  });

  it('marks exactly the ranked dimensions as ordered, from the lowest rank to the highest', () => {
    expect(
      BUILTIN_DIMENSIONS.filter((d) => d.ordered)
        .map((d) => d.id)
        .sort(),
    ).toEqual([...LOW_TO_HIGH.keys()].sort());
    for (const [id, order] of LOW_TO_HIGH) {
      expect(
        dimensions.get(id)!.values.map((v) => v.id),
        id,
      ).toEqual(order);
    }
  });

  it('has the kinds of the domain spec', () => {
    const kinds = new Map(BUILTIN_DIMENSIONS.map((d) => [d.id as string, d.kind]));
    for (const id of ['kotler_level', 'b2b_relationship', 'bond_layer', 'patronage_level']) {
      expect(kinds.get(id), id).toBe('relationship');
    }
    expect(kinds.get('breakdown_cause')).toBe('reason');
    const classification = [...expected.keys()].slice(0, 15);
    for (const id of classification) expect(kinds.get(id), id).toBe('classification');
  });

  it('uses snake_case ASCII ids with no duplicates within a dimension', () => {
    for (const d of BUILTIN_DIMENSIONS) {
      expect(d.id, d.id).toMatch(ID);
      const ids = d.values.map((v) => v.id as string);
      for (const id of ids) expect(id, `${d.id}.${id}`).toMatch(ID);
      expect(new Set(ids).size, d.id).toBe(ids.length);
    }
  });

  it('has a non-empty label and description in every locale', () => {
    for (const { path, text } of texts) {
      for (const locale of LOCALES) {
        expect(text[locale]?.trim(), `${path}.${locale}`).toBeTruthy();
      }
    }
  });

  it('writes Chinese in the Chinese locales and none in English', () => {
    for (const { path, text } of texts) {
      expect(text['zh-Hans'], `${path}.zh-Hans`).toMatch(CJK);
      expect(text['zh-Hant'], `${path}.zh-Hant`).toMatch(CJK);
      expect(text.en, `${path}.en`).not.toMatch(CJK);
    }
  });

  it('has no text for an id the data does not hold', () => {
    const keys = new Set(texts.map((t) => `taxonomy.${t.path}`));
    for (const [locale, table] of Object.entries({ en: taxonomyEn, 'zh-Hans': taxonomyZhHans, 'zh-Hant': taxonomyZhHant })) expect(Object.keys(table).filter((k) => !keys.has(k)), locale).toEqual([]);
  });

  it('cites a source for every value', () => {
    for (const d of BUILTIN_DIMENSIONS) {
      for (const v of d.values) {
        const provenance = PROVENANCE as unknown as Record<string, { values: Record<string, readonly { seed: string }[]> }>;
        const seeds = (provenance[d.id]?.values[v.id] ?? []).map((s) => s.seed);
        expect(seeds.length, `${d.id}.${v.id}`).toBeGreaterThan(0);
        for (const seed of seeds) expect(seed, `${d.id}.${v.id}`).toMatch(/^(00[0-4]|added)$/);
      }
    }
  });
});
