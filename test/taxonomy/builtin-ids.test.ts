/** A built-in dimension's id names that dimension: every text table holds its labels and descriptions under it. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIMENSIONS, createTaxonomy, defineMachine, message, taxonomy } from '../../src/index.js';
import { zhHans } from '../../src/locales/entries/zh-Hans.js';
import { zhHant } from '../../src/locales/entries/zh-Hant.js';
import { thrown } from '../support/thrown.js';

const stage = (values: readonly string[], extra: object = {}) => ({
  id: 'status',
  kind: 'classification',
  ordered: false,
  label: { en: 'Stage' },
  values: values.map((id) => ({ id, label: { en: `Stage ${id}` } })),
  ...extra,
});

describe("a host's dimension under a built-in id", () => {
  it('is refused without all the built-in values in their order (it would read their labels and descriptions)', () => {
    // Before: 'current' labelled "Active" by the host read 现实客户 in Chinese and the built-in description in English.
    const error = thrown(() => createTaxonomy([stage(['current', 'paused'])] as never));
    expect([error.code, error.path, error.details]).toEqual(['invalid_definition', ['dimensions', 0, 'id'], { expected: 'builtin_dimension', received: '"status"' }]);
    expect(message(error)).toBe(
      'Invalid definition at dimensions[0].id: expected an id no built-in dimension has, or that dimension as built in (the same kind and order, all its values in their order, yours among them; or add values with extend), received "status"',
    );
    for (const texts of [zhHans, zhHant]) expect(message(error, { locale: texts === zhHans ? 'zh-Hans' : 'zh-Hant', texts })).toMatch(/extend/);
    // Also through an extension of a taxonomy that lacks the built-in one.
    const own = createTaxonomy([{ id: 'needs', kind: 'classification', ordered: false, label: { en: 'Needs' }, values: [{ id: 'savings', label: { en: 'Savings' } }] }]);
    const viaExtend = thrown(() => own.extend({ dimensions: [stage(['current'])] } as never));
    expect([viaExtend.code, viaExtend.path]).toEqual(['invalid_extension', ['dimensions', 0, 'id']]);
  });

  it('is refused with another kind or order than the built-in one', () => {
    const status = BUILTIN_DIMENSIONS.find((d) => d.id === 'status')!;
    const ids = status.values.map((v) => v.id);
    expect(thrown(() => createTaxonomy([stage(ids, { kind: 'relationship', ordered: status.ordered })] as never)).details).toMatchObject({ expected: 'builtin_dimension' });
    expect(thrown(() => createTaxonomy([stage(ids, { kind: status.kind, ordered: !status.ordered })] as never)).details).toMatchObject({ expected: 'builtin_dimension' });
  });

  it('is accepted as an extended built-in dimension, a value placed among the built-in ones (an ordered dimension), and rebuilt', () => {
    const extended = taxonomy.extend({ values: { value_tier: [{ id: 'gold', label: { en: 'Gold customer' }, after: 'key' }] } });
    const rebuilt = createTaxonomy(extended.dimensions as never);
    expect(rebuilt.ids('value_tier' as never)).toEqual(['ordinary', 'key', 'gold', 'vip']);
    // Not so with a built-in value missing, or the built-in ones reordered.
    const tier = BUILTIN_DIMENSIONS.find((d) => d.id === 'value_tier')!;
    expect(thrown(() => createTaxonomy([{ ...tier, values: tier.values.slice(1) }] as never)).details).toMatchObject({ expected: 'builtin_dimension' });
    expect(thrown(() => createTaxonomy([{ ...tier, values: [...tier.values].reverse() }] as never)).details).toMatchObject({ expected: 'builtin_dimension' });
  });

  it("holds defineMachine's inline dimension to the same rule", () => {
    const inline = { id: 'status', values: [{ id: 'current', label: { en: 'Active' } }, { id: 'paused', label: { en: 'Paused' } }] };
    const events = { pause: { label: { en: 'Pause' }, edges: [{ from: ['current'], to: 'paused', source: [{ seed: 'x' }] }] } };
    // Before: accepted, its state current labelled 现实客户 in Chinese.
    const error = thrown(() => defineMachine({ id: 'm', dimension: inline, events } as never));
    expect([error.code, error.path]).toEqual(['invalid_definition', ['dimension', 'id']]);
  });

  it('is accepted as the built-in dimension, or with values of its own after the built-in ones', () => {
    expect(createTaxonomy(BUILTIN_DIMENSIONS).ids('status')).toEqual(BUILTIN_DIMENSIONS.find((d) => d.id === 'status')!.values.map((v) => v.id));
    const status = BUILTIN_DIMENSIONS.find((d) => d.id === 'status')!;
    const more = createTaxonomy([{ ...status, values: [...status.values, { id: 'dormant', label: { en: 'Dormant customer' } }] }] as never);
    expect(more.label('status' as never, 'dormant' as never)).toBe('Dormant customer');
    expect(more.label('status' as never, 'current' as never, { locale: 'zh-Hans', texts: zhHans })).toBe('现实客户');
  });
});
