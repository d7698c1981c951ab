import { describe, expect, it } from 'vitest';
import { is, list, type DimensionId } from '../../src/index.js';
import { playbook } from '../../src/playbook/index.js';
import { playbookEn } from '../../src/locales/en/playbook.js';
import { playbookZhHans } from '../../src/locales/zh-Hans/playbook.js';
import { playbookZhHant } from '../../src/locales/zh-Hant/playbook.js';
import { poolEn } from '../../src/locales/en/pool.js';
import { poolZhHans } from '../../src/locales/zh-Hans/pool.js';
import { poolZhHant } from '../../src/locales/zh-Hant/pool.js';
import { relationshipEn } from '../../src/locales/en/relationship.js';
import { relationshipZhHans } from '../../src/locales/zh-Hans/relationship.js';
import { relationshipZhHant } from '../../src/locales/zh-Hant/relationship.js';
import { PLAYBOOK_ROWS } from '../../src/playbook/data.js';
import { BUILTIN_DIMENSIONS } from '../../src/taxonomy/dimensions/index.js';
import { toHant } from '../support/hant.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

describe('playbook data', () => {
  it('holds only values of the taxonomy, once each, each with a seed passage and a text in every locale', () => {
    const keys = new Set<string>();
    for (const [dimension, value, source] of PLAYBOOK_ROWS) {
      expect(is(dimension, value), `${dimension}.${value}`).toBe(true);
      const key = `playbook.${dimension}.${value}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(source.length).toBeGreaterThan(0);
      for (const s of source) expect(['000', '001', '002', '003', '004']).toContain(s.seed);
    }
    for (const table of [playbookEn, playbookZhHans, playbookZhHant]) expect(Object.keys(table).sort()).toEqual([...keys].sort());
  });

  it('covers every value of the dimensions the seeds treat in full, every breakdown cause included', () => {
    const full: DimensionId[] = ['loyalty', 'purchase_intent', 'value_tier', 'kotler_level', 'b2b_relationship', 'bond_layer', 'effectiveness', 'breakdown_cause'];
    for (const d of full) expect(playbook(d).map((a) => a.value)).toEqual(list(d).map((v) => v.id));
    expect(playbook('breakdown_cause')).toHaveLength(11);
  });

  it('says so where the seed gives no remedy of its own', () => {
    const general = playbook('breakdown_cause').filter((a) => a.treatment.startsWith('The source names no remedy of its own'));
    expect(general.map((a) => a.value)).toEqual(['merger_acquisition', 'competitor', 'captive_supplier', 'price_war']);
    for (const a of general) expect(playbook('breakdown_cause', a.value, inLocale('zh-Hans'))?.treatment).toMatch(/^来源文档没有给出专门的对策/);
  });

  it.each(Object.keys(playbookZhHans))('%s: zh-Hant is the OpenCC Taiwan conversion of zh-Hans', (key) => {
    expect(playbookZhHant[key]).toBe(toHant(playbookZhHans[key] ?? ''));
  });
});

describe.each([
  ['pool', poolEn, poolZhHans, poolZhHant],
  ['relationship', relationshipEn, relationshipZhHans, relationshipZhHant],
])('the %s message tables', (_name, en, hans, hant) => {
  it('have the same keys in every locale', () => {
    expect(Object.keys(hans).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(hant).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(hans))('%s: zh-Hant is the OpenCC Taiwan conversion of zh-Hans', (key) => {
    expect(hant[key]).toBe(toHant(hans[key] ?? ''));
  });
});

describe('playbook()', () => {
  it('gives the seeds’ treatments in any locale', () => {
    expect(playbook('loyalty', 'established')?.treatment).toMatch(/^Maintain/);
    expect(playbook('loyalty', 'new', inLocale('zh-Hans'))?.treatment).toBe('注意关怀，加深沟通，使其变为老客户');
    expect(playbook('purchase_intent', 'hesitating', { locale: 'en' })?.treatment).toMatch(/do not push products/);
    expect(playbook('purchase_intent', 'quoted_no_reply', inLocale('zh-Hant'))?.treatment).toMatch(/強調回報/);
    expect(playbook('value_tier', 'ordinary')?.treatment).toMatch(/USD 0\.36/);
    expect(playbook('breakdown_cause', 'layer_breakdown', inLocale('zh-Hans'))?.treatment).toMatch(/^减少客户层级/);
    expect(playbook('purchase_intent', 'quoted_no_reply', inLocale('zh-HK'))).toMatchObject({ locale: 'zh-Hant', source: [{ seed: '002' }] });
    expect(playbook('loyalty', 'new', 'de-DE')?.locale).toBe('en');
  });

  it('takes a host’s wording and locale', () => {
    const texts = { ja: { 'playbook.loyalty.new': '関係を深める' } };
    expect(playbook('loyalty', 'new', { locale: 'ja', texts })?.treatment).toBe('関係を深める');
  });

  it('returns undefined, or no entry, where the seeds give no treatment', () => {
    expect(playbook('status', 'lost')).toBeUndefined();
    expect(playbook('patronage_level', 'devotee', inLocale('zh-Hans'))).toBeUndefined();
    expect(playbook('demeanor', undefined, inLocale('zh-Hans')).map((a) => a.value)).toEqual(['confused']);
    expect(playbook('patronage_level')).toEqual([]);
  });

  it('refuses unknown dimensions and values', () => {
    expect(thrown(() => playbook('tier' as never, 'vip' as never)).code).toBe('unknown_dimension');
    expect(thrown(() => playbook('tier' as never)).code).toBe('unknown_dimension');
    expect(thrown(() => playbook('loyalty', 'gold' as never)).code).toBe('invalid_value');
    expect(thrown(() => playbook('loyalty', '__proto__' as never)).code).toBe('invalid_value');
  });

  it('has a page for every dimension (empty where the seeds treat nothing)', () => {
    for (const d of BUILTIN_DIMENSIONS) expect(Array.isArray(playbook(d.id as DimensionId))).toBe(true);
  });
});
