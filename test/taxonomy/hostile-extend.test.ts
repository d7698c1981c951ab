import { describe, expect, it } from 'vitest';
import { createTaxonomy, fitRfmColumns, label, taxonomy } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

describe('the taxonomy under hostile extensions', () => {
  it('refuses an override keyed __proto__ instead of writing Object.prototype', () => {
    const error = thrown(() => taxonomy.extend(JSON.parse('{"labels":{"loyalty":{"loyal":{"__proto__":"POLLUTED"}}}}') as never));
    expect([error.code, error.path]).toEqual(['invalid_extension', ['labels', 'loyalty', 'loyal', '__proto__']]);
    expect(Object.prototype).not.toHaveProperty(['taxonomy.loyalty.loyal.label']);
  });

  it('is frozen, texts included: no host can change what label() answers for everyone', () => {
    expect(Object.isFrozen(taxonomy)).toBe(true);
    expect(Object.isFrozen(taxonomy.texts)).toBe(true);
    for (const tables of taxonomy.texts) for (const table of Object.values(tables)) expect(Object.isFrozen(table)).toBe(true);
    expect(() => {
      (taxonomy as { label: unknown }).label = () => 'x';
    }).toThrow(TypeError);
    expect(label('loyalty', 'loyal')).toBe('Loyal customer');
  });

  it('keeps a copy of a host’s definitions: editing them afterwards changes nothing', () => {
    const definition = { id: 'tier_x', kind: 'classification', ordered: true, label: { en: 'Tier' }, values: [{ id: 'a', label: { en: 'A' } }, { id: 'b', label: { en: 'B' } }] };
    const extended = taxonomy.extend({ dimensions: [definition] } as never);
    const created = createTaxonomy([definition] as never);
    definition.values.push({ id: 'c', label: { en: 'C' } });
    definition.ordered = false;
    for (const t of [extended, created] as const) {
      const doc = t.toJSON().dimensions.find((d) => d.id === 'tier_x')!;
      expect([doc.values.map((v) => v.id), doc.ordered]).toEqual([['a', 'b'], true]);
    }
  });

  it('places many added values in linear time, in the order one-by-one insertion gives', () => {
    const t = taxonomy.extend({
      values: {
        loyalty: [
          { id: 'x', after: 'new', label: { en: 'X' } },
          { id: 'y', after: 'new', label: { en: 'Y' } },
          { id: 'z', after: 'x', label: { en: 'Z' } },
          { id: 'w', label: { en: 'W' } },
        ],
      },
    } as never);
    expect((t as typeof taxonomy).ids('loyalty')).toEqual(['potential', 'new', 'y', 'x', 'z', 'established', 'loyal', 'w']);
    // 60,000 values in an ordered dimension, half of them placed after another: a quadratic pass took 12 s.
    const many = Array.from({ length: 60_000 }, (_, i) => ({ id: `v${i}`, label: { en: 'V' }, ...(i % 2 === 1 ? { after: `v${i - 1}` } : {}) }));
    expect(taxonomy.extend({ values: { patronage_level: many } } as never).ids('patronage_level' as never)).toHaveLength(60_005);
  });

  it('refuses a hole in what sort is given, and a customer id columns cannot count', () => {
    expect(thrown(() => taxonomy.sort('loyalty', [, 'new'] as never)).code).toBe('invalid_value');
    const error = thrown(() => fitRfmColumns({ customer: Uint32Array.from([2 ** 32 - 1]), day: Int32Array.from([0]), amount: Float64Array.from([1]) } as never, { asOf: '2024-01-01' }));
    expect([error.code, error.path]).toEqual(['invalid_record', ['input', 'customer', 0]]);
  });
});
