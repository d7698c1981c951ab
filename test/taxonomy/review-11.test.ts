/** A hostile review of the taxonomy and its texts: a place in an order a dimension lacks, texts of a host's source that are no tables. */
import { describe, expect, it } from 'vitest';
import { createTaxonomy, message, parse, taxonomy } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

describe('after, in a dimension without an order', () => {
  it('is refused (not_ordered at the value), where the value was placed after it anyway', () => {
    const error = thrown(() => taxonomy.extend({ values: { status: [{ id: 'dormant', after: 'current' }] } }));
    expect([error.code, error.path, error.details]).toEqual(['not_ordered', ['values', 'status', 0, 'after'], { dimension: 'status' }]);
    expect(message(error)).toBe('Status has no order: its values cannot be ranked');
    // A host's own dimension without an order, extended later: the same.
    const needs = createTaxonomy([{ id: 'needs', kind: 'classification', ordered: false, label: { en: 'Needs' }, values: [{ id: 'savings', label: { en: 'Savings' } }] }]);
    expect(thrown(() => needs.extend({ values: { needs: [{ id: 'wealth', label: { en: 'Wealth' }, after: 'savings' }] } })).code).toBe('not_ordered');
    // Added without a place, it is appended, as before.
    expect(taxonomy.extend({ values: { status: [{ id: 'dormant' }] } }).ids('status').at(-1)).toBe('dormant');
  });
});

it("message skips what is no table in a taxonomy's or machine's texts (a null, a hole), as it does in a call's texts", () => {
  const error = thrown(() => parse('value_tier', 'gold'));
  const plain = message(error);
  expect(message(error, { taxonomy: { texts: [null as never] } })).toBe(plain);
  expect(message(error, { machine: { texts: new Array(2) } })).toBe(plain);
  expect(message(error, { texts: [null as never] })).toBe(plain);
});
