/** A hostile review of the schemas: they refuse what the core refuses, and nothing else. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusMachine, taxonomy, transition, validateHistory } from '../../src/index.js';
import { LifecycleEventSchema, machineEventSchema, TaxonomyDocumentSchema } from '../../src/schema/index.js';
import { thrown } from '../support/thrown.js';

describe('taxonomy document ids', () => {
  it('are snake_case as the core reads them: `gold_` and `tier__x` are refused by zod and by the published JSON Schema (both accepted them)', () => {
    const doc = taxonomy.toJSON();
    for (const id of ['gold_', 'tier__x', '_gold']) {
      const bad = { ...doc, dimensions: [...doc.dimensions, { ...doc.dimensions[0]!, id }] };
      expect(TaxonomyDocumentSchema.safeParse(bad).success, id).toBe(false);
      expect(thrown(() => taxonomy.extend({ dimensions: [{ id, kind: 'other', ordered: false, label: { en: 'X' }, values: [{ id: 'x', label: { en: 'X' } }] }] } as never)).code).toMatch(/^invalid_/);
    }
    expect(TaxonomyDocumentSchema.safeParse(doc).success).toBe(true);
    const published = readFileSync(resolve(import.meta.dirname, '../../spec/schemas/taxonomy.schema.json'), 'utf8');
    expect(published).not.toContain('^[a-z][a-z0-9_]*$');
    expect(published).toContain(JSON.stringify('^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$'));
  });
});

describe('event records read back', () => {
  const at = '2024-03-01T00:00:00.000Z';
  const record = transition(statusMachine, 'target', 'first_purchase', { at, facts: { hasPurchase: true } });

  it('a blank or empty reason, cause or actor is refused by the schemas and by validateHistory alike (the schemas refused "", validateHistory took it; "   " passed both)', () => {
    for (const field of ['reason', 'cause', 'actor'] as const) {
      for (const blank of ['', '   ']) {
        const stored = { ...record, [field]: blank };
        expect(LifecycleEventSchema.safeParse(stored).success, `${field} ${JSON.stringify(blank)}`).toBe(false);
        expect(machineEventSchema(statusMachine).safeParse(stored).success).toBe(false);
        const report = validateHistory(statusMachine, [stored], { from: 'target' });
        expect(report.ok).toBe(false);
        expect(report.issues[0]).toMatchObject({ code: 'invalid_record', params: { field, expected: 'non_empty_string' } });
      }
    }
    expect(thrown(() => transition(statusMachine, 'target', 'first_purchase', { at, facts: { hasPurchase: true }, reason: '   ' })).code).toBe('invalid_argument');
    expect(LifecycleEventSchema.safeParse({ ...record, reason: 'first order' }).success).toBe(true);
    expect(validateHistory(statusMachine, [{ ...record, reason: 'first order' }], { from: 'target' }).ok).toBe(true);
  });
});

describe('a customer id the schemas refuse', () => {
  it("gives the core's error (`customer_id`), not zod's union of types", async () => {
    const { foldTransaction } = await import('../../src/index.js');
    const { CustomerAggregateSchema, fromZodError } = await import('../../src/schema/index.js');
    const aggregate = JSON.parse(JSON.stringify(foldTransaction(undefined, { customerId: 'c1', at: '2024-01-05', amount: 1200 }))) as object;
    for (const id of [null, '', true]) {
      const bad = { ...aggregate, customerId: id };
      const error = fromZodError(CustomerAggregateSchema.safeParse(bad).error!, { input: bad });
      expect(error.details, JSON.stringify(id)).toMatchObject({ expected: 'customer_id' });
    }
  });
});
