import { describe, expect, it } from 'vitest';
import { createTaxonomy, taxonomy, type AnyDimension, type Taxonomy } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

const tier = { id: 'tier', kind: 'classification', ordered: true, values: [{ id: 'low', label: { en: 'Low' } }, { id: 'high', label: { en: 'High' } }] } as const;
/** A taxonomy built from untyped input: any dimension and value id. */
const loose = (t: unknown): Taxonomy<readonly AnyDimension[]> => t as Taxonomy<readonly AnyDimension[]>;
const labelOf = (t: { toJSON(): { dimensions: readonly { id: string; values: readonly { id: string; label: Readonly<Record<string, string>> }[] }[] } }, d: string, v: string) =>
  t.toJSON().dimensions.find((x) => x.id === d)!.values.find((x) => x.id === v)!.label;

describe('a later extend keeps earlier overrides', () => {
  it('keeps a label override when values are added to the dimension later', () => {
    const t2 = createTaxonomy([tier]).extend({ labels: { tier: { low: { en: 'Bronze' } } } });
    const t3 = t2.extend({ values: { tier: [{ id: 'top', label: { en: 'Top' } }] } });
    expect(t3.label('tier', 'low')).toBe('Bronze');
    expect(t3.label('tier', 'top')).toBe('Top');
    expect(labelOf(t3, 'tier', 'low')).toEqual({ en: 'Bronze' });
  });

  it('keeps an override given through texts, and a description override', () => {
    const t2 = createTaxonomy([tier]).extend({
      texts: { en: { 'taxonomy.tier.low.label': 'Bronze' }, fr: { 'taxonomy.tier.low.label': 'Bronze FR' } },
      descriptions: { tier: { high: { en: 'The best' } } },
    });
    const t3 = t2.extend({ values: { tier: [{ id: 'mid', label: { en: 'Mid' }, after: 'low' }] } });
    expect([t3.label('tier', 'low'), t3.label('tier', 'low', 'fr'), t3.description('tier', 'high')]).toEqual(['Bronze', 'Bronze FR', 'The best']);
    expect(labelOf(t3, 'tier', 'low')).toEqual({ en: 'Bronze', fr: 'Bronze FR' });
  });

  it('lets a later override win over an earlier one, and a built-in dimension’s texts stay', () => {
    const t2 = createTaxonomy([tier]).extend({ labels: { tier: { low: { en: 'Bronze' } } } });
    const t3 = t2.extend({ values: { tier: [{ id: 'top', label: { en: 'Top' } }] }, labels: { tier: { low: { en: 'Copper' } } } });
    expect(t3.label('tier', 'low')).toBe('Copper');
    expect(t3.extend({ values: { tier: [{ id: 'peak', label: { en: 'Peak' } }] } }).label('tier', 'low')).toBe('Copper');
    const host = taxonomy.extend({ labels: { loyalty: { new: { en: 'Newcomer' } } } }).extend({ values: { loyalty: [{ id: 'fan', label: { en: 'Fan' } }] } });
    expect([host.label('loyalty', 'new'), host.label('loyalty', 'loyal'), host.dimensionLabel('loyalty')]).toEqual(['Newcomer', 'Loyal customer', 'Loyalty']);
  });
});

describe('ids that name Object.prototype members are data', () => {
  const names = ['constructor', 'to_string', 'has_own_property', 'value_of', 'is_prototype_of'] as const;
  // `toString` and `hasOwnProperty` are not snake_case; their snake_case cousins and `constructor` are ids.
  it.each(names)('extends a host dimension called %s', (name) => {
    const t = loose(createTaxonomy([{ id: name, kind: 'classification', ordered: true, values: [{ id: 'a', label: { en: 'A' } }] }]));
    expect(t.extend({}).ids(name)).toEqual(['a']);
    const more = loose(t.extend({ values: { [name]: [{ id: 'b', label: { en: 'B' } }] }, labels: { [name]: { a: { en: 'Aa' } } } } as never));
    expect([more.ids(name), more.label(name, 'a' as never)]).toEqual([['a', 'b'], 'Aa']);
  });

  it('extends with values called constructor and placed after one', () => {
    const t = loose(createTaxonomy([{ id: 'constructor', kind: 'classification', ordered: true, values: [{ id: 'constructor', label: { en: 'C' } }] }]));
    const more = loose(t.extend({
      values: { constructor: [{ id: 'value_of', label: { en: 'V' } }, { id: 'to_string', label: { en: 'S' }, after: 'constructor' }] },
      descriptions: { constructor: { constructor: { en: 'Desc' } } },
    } as never));
    expect(more.ids('constructor')).toEqual(['constructor', 'to_string', 'value_of']);
    expect([more.label('constructor', 'to_string' as never), more.description('constructor', 'constructor' as never)]).toEqual(['S', 'Desc']);
  });

  it('refuses toString, hasOwnProperty and __proto__ as ids, and an added-values table keyed by an unknown one', () => {
    for (const id of ['toString', 'hasOwnProperty', '__proto__']) {
      const dim = thrown(() => createTaxonomy([{ id, kind: 'classification', ordered: false, values: [] }] as never));
      expect([dim.code, dim.path]).toEqual(['invalid_definition', ['dimensions', 0, 'id']]);
      const value = thrown(() => taxonomy.extend({ values: { loyalty: [{ id, label: { en: 'X' } }] } } as never));
      expect([value.code, value.path]).toEqual(['invalid_extension', ['values', 'loyalty', 0, 'id']]);
    }
    const proto = thrown(() => taxonomy.extend(JSON.parse('{"values":{"__proto__":[{"id":"x","label":{"en":"X"}}]}}') as never));
    expect([proto.code, proto.path]).toEqual(['invalid_extension', ['values', '__proto__']]);
    const ctor = thrown(() => taxonomy.extend({ values: { constructor: [] } } as never));
    expect([ctor.code, ctor.path]).toEqual(['invalid_extension', ['values', 'constructor']]);
  });

  it('reads only a table’s own entries: an inherited one adds nothing', () => {
    const values = Object.create({ loyalty: [{ id: 'fan', label: { en: 'Fan' } }] }) as object;
    expect(loose(taxonomy.extend({ values } as never)).ids('loyalty')).toEqual(['potential', 'new', 'established', 'loyal']);
  });
});

describe('a definition is kept as its checked fields, never through JSON', () => {
  const dim = { id: 'tier', kind: 'classification', ordered: false, values: [{ id: 'low' }] } as const;

  it('drops unknown fields, a BigInt or a cycle included, on dimensions and values', () => {
    const cyclic: Record<string, unknown> = { ...dim };
    cyclic.self = cyclic;
    for (const definition of [{ ...dim, extra: 10n }, cyclic, { ...dim, values: [{ id: 'low', extra: 10n, source: [{ seed: '000' }] }] }]) {
      for (const t of [createTaxonomy([definition] as never), taxonomy.extend({ dimensions: [definition] } as never)].map(loose)) {
        expect(t.dimension('tier')).toEqual({ id: 'tier', kind: 'classification', ordered: false, values: [{ id: 'low' }] });
      }
    }
    const added = loose(taxonomy.extend({ values: { loyalty: [{ id: 'fan', label: { en: 'Fan' }, extra: 10n, after: 'new' }] } } as never));
    expect(added.dimensions.find((d) => d.id === 'loyalty')!.values[2]).toEqual({ id: 'fan', label: { en: 'Fan' } });
  });

  it('ignores a toJSON: what was checked is what is kept', () => {
    const evil = () => ({ id: 'Evil Id', kind: 'classification', ordered: false, values: [{ id: 'A B' }, { id: 'A B' }] });
    for (const t of [createTaxonomy([{ ...dim, toJSON: evil }] as never), taxonomy.extend({ dimensions: [{ ...dim, toJSON: evil }] } as never)].map(loose)) {
      expect(t.hasDimension('Evil Id')).toBe(false);
      expect(t.ids('tier')).toEqual(['low']);
    }
    const value = loose(taxonomy.extend({ values: { loyalty: [{ id: 'fan', label: { en: 'Fan' }, toJSON: () => ({ id: 'A B' }) }] } } as never));
    expect(value.ids('loyalty').at(-1)).toBe('fan');
  });

  it('reads each field once: a getter cannot change it after the check', () => {
    let idReads = 0;
    let enReads = 0;
    const shifty = {
      kind: 'classification',
      ordered: false,
      values: [{ id: 'low', label: { get en() { return enReads++ === 0 ? 'Low' : ''; } } }],
      get id() {
        return idReads++ === 0 ? 'tier' : 'Evil Id';
      },
    };
    const t = loose(createTaxonomy([shifty] as never));
    expect([t.dimensions.map((d) => d.id), t.label('tier', 'low' as never), idReads, enReads]).toEqual([['tier'], 'Low', 1, 1]);
    // Extending with a new dimension: its id is checked for clashes as read, once.
    idReads = 0;
    enReads = 0;
    const again = loose(taxonomy.extend({ dimensions: [shifty] } as never));
    expect([again.hasDimension('tier'), again.hasDimension('Evil Id'), again.label('tier', 'low' as never)]).toEqual([true, false, 'Low']);
  });

  it('keeps frozen copies of texts, and refuses a text whose English is inherited', () => {
    const label = { en: 'Low', fr: 'Bas' };
    const t = createTaxonomy([{ ...dim, values: [{ id: 'low', label }] }]);
    label.en = 'Changed';
    expect(t.label('tier', 'low')).toBe('Low');
    expect(Object.isFrozen(t.dimension('tier').values[0]!.label)).toBe(true);
    const inherited = thrown(() => createTaxonomy([{ ...dim, label: Object.create({ en: 'Tier' }) }] as never));
    expect([inherited.code, inherited.path]).toEqual(['invalid_definition', ['dimensions', 0, 'label']]);
  });

  it('reads an extension’s overrides once: a getter cannot swap in an unchecked table', () => {
    let reads = 0;
    const extension = {
      get labels() {
        return reads++ === 0 ? { loyalty: { loyal: { en: 'Devoted' } } } : JSON.parse('{"loyalty":{"loyal":{"__proto__":"POLLUTED"}}}');
      },
    };
    const t = taxonomy.extend(extension as never) as unknown as typeof taxonomy;
    expect([reads, t.label('loyalty', 'loyal')]).toEqual([1, 'Devoted']);
    expect(Object.prototype).not.toHaveProperty(['taxonomy.loyalty.loyal.label']);
    expect(Object.isFrozen(t.texts[0])).toBe(true);
    for (const table of Object.values(t.texts[0]!)) expect(Object.isFrozen(table)).toBe(true);
  });
});

describe('a host text table is kept as checked', () => {
  it('editing the table after extend changes nothing', () => {
    const table: Record<string, string> = { 'taxonomy.status.current.label': 'Kunde' };
    const extended = taxonomy.extend({ texts: { de: table } });
    table['taxonomy.status.current.label'] = 'geändert';
    expect(extended.label('status', 'current', 'de')).toBe('Kunde');
  });
});
