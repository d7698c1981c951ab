import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAIWAN_VOCABULARY, toHant } from '../support/hant.js';

/**
 * Every Traditional Chinese table is the OpenCC `cn → tw` conversion of its Simplified sibling,
 * with the Taiwan vocabulary of test/support/hant.ts (scripts/zh-hant.ts writes them this way).
 */
const dir = new URL('../../src/locales/zh-Hans/', import.meta.url);
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('zh-Hant message tables', () => {
  const used = new Set<string>();
  for (const file of modules) {
    it(`${file}: every text is the OpenCC Taiwan conversion of zh-Hans, key for key`, async () => {
      const hans = Object.values(await import(new URL(file, dir).pathname))[0] as Record<string, string>;
      const hant = Object.values(await import(new URL(`../zh-Hant/${file}`, dir).pathname))[0] as Record<string, string>;
      expect(Object.keys(hant)).toEqual(Object.keys(hans));
      for (const [key, text] of Object.entries(hans)) {
        expect(hant[key], key).toBe(toHant(text));
        for (const word of TAIWAN_VOCABULARY) if (text.includes(word.hans)) used.add(word.hans);
      }
    });
  }
  it('every Taiwan vocabulary entry is needed somewhere', () => {
    expect(TAIWAN_VOCABULARY.filter((w) => !used.has(w.hans)).map((w) => w.hans)).toEqual([]);
  });
});
