import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  PLAYBOOK,
  assessB2bRelationship,
  is,
  playbook,
  playbookFor,
  recommendKotlerLevel,
  taxonomy,
  type DimensionId,
} from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Where zh-Hant deliberately differs from OpenCC's character-level `cn → tw`: Taiwan vocabulary. */
const DELIBERATE_DIFFERENCES: readonly { from: string; to: string; reason: string }[] = [
  { from: '信息', to: '資訊', reason: 'Taiwan says 資訊 for information' },
  { from: '合作伙伴', to: '合作夥伴', reason: 'Taiwan writes 夥伴 in every compound; OpenCC keeps 伙 here' },
  { from: '軟件', to: '軟體', reason: 'Taiwan says 軟體 for software' },
  { from: '營銷', to: '行銷', reason: 'Taiwan says 行銷 for marketing' },
];
const used = new Set<string>();
const expectedHant = (hans: string): string =>
  DELIBERATE_DIFFERENCES.reduce((text, { from, to }) => {
    if (text.includes(from)) used.add(from);
    return text.replaceAll(from, to);
  }, toTaiwan(hans));

describe('playbook data', () => {
  it('holds only values of the taxonomy, once each, with a source seed', () => {
    const keys = new Set<string>();
    for (const e of PLAYBOOK) {
      expect(is(e.dimension, e.value), `${e.dimension}.${e.value}`).toBe(true);
      const key = `${e.dimension}.${e.value}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(e.source.length).toBeGreaterThan(0);
      for (const s of e.source) expect(['000', '001', '002', '003', '004']).toContain(s.seed);
      for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) expect(e.treatment[locale].length).toBeGreaterThan(0);
    }
  });

  it('covers every value of the dimensions the seeds treat in full', () => {
    const full: DimensionId[] = ['loyalty', 'purchase_intent', 'value_tier', 'kotler_level', 'b2b_relationship', 'bond_layer', 'effectiveness'];
    for (const d of full) {
      expect(playbookFor(d).map((a) => a.value)).toEqual(taxonomy.list(d).map((v) => v.id));
    }
  });

  it.each(PLAYBOOK.map((e) => [`${e.dimension}.${e.value}`, e] as const))('%s zh-Hant is the Taiwan conversion of zh-Hans', (_k, e) => {
    expect(e.treatment['zh-Hant']).toBe(expectedHant(e.treatment['zh-Hans']));
  });

  it('renders relationship reasons in Taiwan Traditional too', () => {
    const messages = [
      ...recommendKotlerLevel({ customers: 1e6, unitMargin: 0.01 }).reasons,
      ...recommendKotlerLevel({ customers: 500, unitMargin: 0.2 }).reasons,
      ...assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true, alignedVision: true }).reasons,
      ...assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: true, mutualNeed: true, highSwitchingCost: true }).reasons,
      ...assessB2bRelationship({ mutualImportance: false, balancedBargainingPower: false, mutualNeed: false, highSwitchingCost: false }).reasons,
      ...assessB2bRelationship({ mutualImportance: true, balancedBargainingPower: false, mutualNeed: false, highSwitchingCost: false, relationshipCost: 2, expectedReturn: 1 }).reasons,
    ].map((r) => r.message);
    // 「」 are Taiwan's quotation marks; OpenCC leaves “” as they are.
    for (const m of messages) expect(m['zh-Hant']).toBe(expectedHant(m['zh-Hans']).replace('“', '「').replace('”', '」'));
  });

  it('uses every deliberate difference (no stale entry)', () => {
    expect([...used].sort()).toEqual(DELIBERATE_DIFFERENCES.map((d) => d.from).sort());
  });
});

describe('playbook()', () => {
  it('gives the seeds’ treatments', () => {
    expect(playbook('loyalty', 'established', 'en')?.treatment).toMatch(/^Maintain/);
    expect(playbook('loyalty', 'new', 'zh-Hans')?.treatment).toBe('注意关怀，加深沟通，使其变为老客户');
    expect(playbook('purchase_intent', 'hesitating', 'en')?.treatment).toMatch(/do not push products/);
    expect(playbook('purchase_intent', 'quoted_no_reply', 'zh-Hant')?.treatment).toMatch(/強調回報/);
    expect(playbook('value_tier', 'ordinary', 'en')?.treatment).toMatch(/USD 0\.36/);
    expect(playbook('purchase_intent', 'quoted_no_reply', 'zh-HK')).toMatchObject({ locale: 'zh-Hant', source: [{ seed: '002' }] });
  });

  it('defaults to English and returns undefined where the seeds give no treatment', () => {
    expect(playbook('kotler_level', 'basic')?.locale).toBe('en');
    expect(playbook('status', 'lost')).toBeUndefined();
    expect(playbook('patronage_level', 'devotee', 'zh-Hans')).toBeUndefined();
    expect(playbookFor('demeanor', 'zh-Hans').map((a) => a.value)).toEqual(['confused']);
  });

  it('rejects unknown dimensions, values and locales', () => {
    expect(thrown(() => playbook('tier' as never, 'vip' as never)).code).toBe('unknown_dimension');
    expect(thrown(() => playbook('loyalty', 'gold' as never)).code).toBe('invalid_value');
    expect(thrown(() => playbook('loyalty', 'new', 'fr')).code).toBe('unknown_locale');
    expect(thrown(() => playbookFor('loyalty', 'zh_CN')).code).toBe('unknown_locale');
  });
});
