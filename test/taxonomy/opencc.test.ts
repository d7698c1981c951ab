import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIMENSIONS } from '../../src/taxonomy/dimensions/index.js';

/** OpenCC, Simplified Chinese (mainland) to Traditional Chinese (Taiwan characters). */
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Where the zh-Hant data deliberately differs from OpenCC's `cn → tw` output: Taiwan vocabulary
 * that the character-level `tw` table does not choose. Applied to OpenCC's output, in order.
 */
const DELIBERATE_DIFFERENCES: readonly { from: string; to: string; reason: string }[] = [
  {
    from: '信息',
    to: '資訊',
    reason: 'Taiwan says 資訊 for information; `tw` keeps the mainland word',
  },
  {
    from: '合作伙伴',
    to: '合作夥伴',
    reason: 'Taiwan writes 夥伴 in every compound; OpenCC keeps 伙 here',
  },
  {
    from: '搜索引擎',
    to: '搜尋引擎',
    reason: 'Taiwan says 搜尋引擎; `tw` keeps the mainland word 搜索',
  },
];

const texts = BUILTIN_DIMENSIONS.flatMap((d) => [
  { path: `${d.id}.label`, text: d.label },
  { path: `${d.id}.description`, text: d.description },
  ...d.values.flatMap((v) => [
    { path: `${d.id}.${v.id}.label`, text: v.label },
    { path: `${d.id}.${v.id}.description`, text: v.description },
  ]),
]);

const used = new Set<string>();
const expectedHant = (hans: string): string =>
  DELIBERATE_DIFFERENCES.reduce((text, { from, to }) => {
    if (text.includes(from)) used.add(from);
    return text.replaceAll(from, to);
  }, toTaiwan(hans));

describe('zh-Hant texts', () => {
  it.each(texts)('$path is the OpenCC Taiwan conversion of zh-Hans', ({ text }) => {
    expect(text['zh-Hant']).toBe(expectedHant(text['zh-Hans'] ?? ''));
  });

  it('uses every deliberate difference (the table holds no stale entry)', () => {
    for (const { text } of texts) expectedHant(text['zh-Hans'] ?? '');
    expect([...used].sort()).toEqual(DELIBERATE_DIFFERENCES.map((d) => d.from).sort());
  });

  it('contains none of the mainland forms the table replaces', () => {
    for (const { path, text } of texts) {
      for (const { from } of DELIBERATE_DIFFERENCES) {
        expect(text['zh-Hant']?.includes(from), `${path}: ${from}`).toBe(false);
      }
    }
  });
});
