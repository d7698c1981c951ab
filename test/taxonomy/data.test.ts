import { describe, expect, it } from 'vitest';
import domainIds from '../fixtures/domain-ids.json';
import { BUILTIN_DIMENSIONS } from '../../src/taxonomy/dimensions/index.js';

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

/** Every localized text of the built-in data, with a path for messages. */
const texts = BUILTIN_DIMENSIONS.flatMap((d) => [
  { path: `${d.id}.label`, text: d.label },
  { path: `${d.id}.description`, text: d.description },
  ...d.values.flatMap((v) => [
    { path: `${d.id}.${v.id}.label`, text: v.label },
    { path: `${d.id}.${v.id}.description`, text: v.description },
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

  it('cites a seed for every value', () => {
    for (const d of BUILTIN_DIMENSIONS) {
      for (const v of d.values) {
        const seeds = (v.source ?? []).map((s) => s.seed);
        expect(seeds.length, `${d.id}.${v.id}`).toBeGreaterThan(0);
        for (const seed of seeds) expect(seed, `${d.id}.${v.id}`).toMatch(/^(00[0-4]|added)$/);
      }
    }
  });
});
