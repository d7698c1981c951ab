import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../src/index.js';
import { PROVENANCE, withSources, type SourceRef } from '../../src/taxonomy/provenance.js';
import { BUILTIN_DIMENSIONS } from '../../src/taxonomy/dimensions/index.js';

const all = (refs: readonly SourceRef[]): void => {
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) {
    if (ref.seed === 'added') expect(typeof ref.by, JSON.stringify(ref)).toBe('string');
    else expect(typeof ref.term, JSON.stringify(ref)).toBe('string');
  }
};

describe('provenance', () => {
  it('names a source for every built-in dimension and value: a seed with its term, an outside system, or the library', () => {
    const provenance = PROVENANCE as unknown as Record<string, { source: readonly SourceRef[]; values: Record<string, readonly SourceRef[]> }>;
    for (const d of BUILTIN_DIMENSIONS) {
      all(provenance[d.id]!.source);
      expect(Object.keys(provenance[d.id]!.values).sort()).toEqual(d.values.map((v) => v.id as string).sort());
      for (const v of d.values) all(provenance[d.id]!.values[v.id]!);
    }
  });

  it('says what the library designed where the seeds give only names', () => {
    const doc = withSources(taxonomy.toJSON());
    const dim = (id: string) => doc.dimensions.find((d) => d.id === id)!;
    const byLibrary = (refs: readonly SourceRef[]) => refs.filter((r) => r.by === 'crm-taxonomy').flatMap((r) => r.covers ?? []);
    expect(byLibrary(dim('patronage_level').source!)).toEqual(['definition', 'classifier']);
    expect(byLibrary(dim('acquaintance').source!)).toEqual(['order', 'definition']);
    expect(byLibrary(dim('membership_tier').source!)).toEqual(['order']);
    expect(byLibrary(dim('patronage_level').values.find((v) => v.id === 'devotee')!.source!)).toEqual(['definition']);
    expect(dim('acquisition_source').values.find((v) => v.id === 'cold_visit')!.source!).toEqual([
      { seed: 'added', by: 'WukongCRM', term: '陌拜', where: 'WukongCRM-11.0-JAVA DB/wk_crm_single.sql:5928 (客户来源)' },
    ]);
    expect(dim('acquisition_source').values.find((v) => v.id === 'flyer')!.source!).toEqual([{ seed: '003', term: '传单派发' }]);
  });

  it('marks every dimension the classifier assigns as the library’s rule', () => {
    const doc = withSources(taxonomy.toJSON());
    for (const id of ['loyalty', 'status', 'time_state', 'purchase_intent', 'effectiveness', 'abc_class', 'value_tier', 'patronage_level']) {
      const refs = doc.dimensions.find((d) => d.id === id)!.source!;
      expect(refs.some((r) => r.by === 'crm-taxonomy' && r.covers?.includes('classifier')), id).toBe(true);
    }
  });
});
