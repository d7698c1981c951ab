import { describe, expect, it } from 'vitest';
import { aggregateTransactions, classify, classifyAll, fitAbcFromValues, fitValueModel } from '../../src/index.js';
import { thrown } from '../support/thrown.js';

// Where two readers of the same facts must agree: any order of the same contacts, classify and
// classifyAll, the value model and fitAbc.

describe('the same facts give the same answer', () => {
  it('two interests at one instant give one purchase intent in either order', () => {
    const far = { at: '2024-06-01', kind: 'interest' as const, expectedPurchaseAt: '2024-12-01' };
    const near = { at: '2024-06-01', kind: 'interest' as const, expectedPurchaseAt: '2024-06-20' };
    const intent = (contacts: readonly (typeof far)[]) => classify({ transactions: [], contacts }, { asOf: '2024-06-10' }).dimensions.purchase_intent;
    expect(intent([far, near])).toEqual(intent([near, far]));
  });

  it('a given value is read from the object itself: an inherited one never comes back as known', () => {
    const given = Object.create({ relationship_to_firm: 'bogus' }) as Record<string, string>;
    expect(classify({ given }, { asOf: '2024-01-01' }).dimensions.relationship_to_firm.known).toBe(false);
    const profiles = classifyAll([{ customerId: 'a', at: '2024-01-01', amount: 1 }], { asOf: '2024-01-01', facts: () => ({ given }) }).profiles;
    expect(profiles[0]!.dimensions.relationship_to_firm.known).toBe(false);
    // A getter is read once, and what was checked is what the profile says.
    let reads = 0;
    const flipping = { get relationship_to_firm() { return reads++ === 0 ? 'consumer' : 'bogus'; } };
    expect(classify({ given: flipping as never }, { asOf: '2024-01-01' }).dimensions.relationship_to_firm.value).toBe('consumer');
  });

  it('the value model cuts exactly where fitAbc cuts (exact sums, not compensated ones)', () => {
    const agree = (items: readonly { customerId: string; value: number }[], cuts: [number, number]) => {
      const abc = new Map(fitAbcFromValues(items, { cuts }).customers.map((c) => [c.customerId, c.abcClass]));
      const valueModel = fitValueModel(items, { policy: { value: { cuts } } });
      for (const { customerId, value } of items) {
        const cls = classify({ transactions: [{ at: '2024-01-01', amount: value }] }, { asOf: '2024-02-01', valueModel, policy: { value: { cuts } } }).dimensions.abc_class.value;
        expect([customerId, cls]).toEqual([customerId, abc.get(customerId)]);
      }
    };
    agree([{ customerId: 'x1', value: 7205759403792794 }, { customerId: 'x2', value: 1801439850948198 }, { customerId: 'one', value: 1 }, { customerId: 'tiny', value: 2 ** -60 }], [0.8, 0.95]);
    agree([{ customerId: 'big', value: 2 ** 53 }, { customerId: 'one', value: 1 }, { customerId: 'tiny', value: 2 ** -60 }], [0.9, 1]);
  });

  it('classifyAll gives a profile to a customer whose every row is after asOf, as classify does', () => {
    const rows = [{ customerId: 'a', at: '2024-01-01', amount: 1 }, { customerId: 'b', at: '2025-01-01', amount: 1 }];
    const all = classifyAll(rows, { asOf: '2024-06-01' }).profiles;
    expect(all.map((p) => p.customerId)).toEqual(['a', 'b']);
    const alone = classify({ customerId: 'b', transactions: [{ at: '2025-01-01', amount: 1 }] }, { asOf: '2024-06-01' });
    expect(all[1]!.dimensions.loyalty).toEqual(alone.dimensions.loyalty);
    expect(all[1]!.dimensions.status).toEqual(alone.dimensions.status);
  });

  it('classifyAll and classify return customer 0 for the id -0, whichever row comes first', () => {
    const rows = [{ customerId: 0, at: '2024-01-01', amount: 1 }, { customerId: -0, at: '2024-01-02', amount: 1 }];
    for (const list of [rows, [...rows].reverse()]) expect(Object.is(classifyAll(list, { asOf: '2024-06-01' }).profiles[0]!.customerId, 0)).toBe(true);
    expect(Object.is(classifyAll([], { asOf: '2024-06-01', customers: [-0] }).profiles[0]!.customerId, 0)).toBe(true);
    expect(Object.is(classify({ customerId: -0, transactions: [] }, { asOf: '2024-06-01' }).customerId, 0)).toBe(true);
  });

  it('null reads alike in twin readers: a category or directed flag of null is none given; a profit of null is refused', () => {
    const tx = { at: '2024-01-01', amount: 1, category: null, directed: null };
    const plain = { at: '2024-01-01', amount: 1 };
    expect(classify({ transactions: [tx] }, { asOf: '2024-06-01' })).toEqual(classify({ transactions: [plain] }, { asOf: '2024-06-01' }));
    expect(classifyAll([{ customerId: 'a', ...tx }], { asOf: '2024-06-01' })).toEqual(classifyAll([{ customerId: 'a', ...plain }], { asOf: '2024-06-01' }));
    expect(thrown(() => aggregateTransactions([{ customerId: 'a', at: '2024-01-01', amount: 5, profit: null as never }]))).toMatchObject({ code: 'invalid_record', path: ['transactions', 0, 'profit'] });
  });
});
