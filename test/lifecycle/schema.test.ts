import { describe, expect, it } from 'vitest';
import { loyaltyMachine, statusMachine, transition } from '../../src/index.js';
import { LifecycleEventSchema, machineEventSchema } from '../../src/schema/index.js';

const record = transition(statusMachine, 'current', 'churn', {
  at: '2024-06-30',
  customerId: 'c-1',
  facts: { daysSinceLastPurchase: 400 },
  actor: 'nightly',
});

describe('event record schemas', () => {
  it('accept what transition returns, after a JSON round trip', () => {
    const stored: unknown = JSON.parse(JSON.stringify(record));
    expect(LifecycleEventSchema.parse(stored)).toEqual(record);
    expect(machineEventSchema(statusMachine).parse(stored)).toEqual(record);
  });

  it('keep a host column, accept numeric customer ids, offsets and expanded years', () => {
    expect(LifecycleEventSchema.parse({ ...record, rowId: 9 })).toEqual({ ...record, rowId: 9 });
    const far = transition(statusMachine, 'potential', 'select_target', { at: '9999-12-31T23:00:00-05:00' });
    expect(LifecycleEventSchema.parse(JSON.parse(JSON.stringify(far)))).toEqual(far);
    expect(LifecycleEventSchema.safeParse({ ...record, customerId: 7, at: '2024-06-30T08:00:00+08:00' }).success).toBe(true);
  });

  it('refuse a bad shape', () => {
    for (const bad of [
      { ...record, at: '2024-06-31' },
      { ...record, at: '2024-06-30T00:00:00+19:00' },
      { ...record, machine: 'Status' },
      { ...record, to: '' },
      { ...record, customerId: '' },
      { ...record, reason: 3 },
      null,
    ]) {
      expect(LifecycleEventSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('per machine: the machine id, known states and events, and an existing edge', () => {
    const schema = machineEventSchema(statusMachine);
    expect(schema.safeParse({ ...record, machine: 'loyalty' }).success).toBe(false);
    expect(schema.safeParse({ ...record, to: 'gold' }).success).toBe(false);
    expect(schema.safeParse({ ...record, event: 'explode' }).success).toBe(false);
    const result = schema.safeParse({ ...record, to: 'target' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['event']);
    expect(result.error?.issues[0]?.message).toBe('status has no edge churn from current to target');
    expect(machineEventSchema(loyaltyMachine).safeParse({ ...record, machine: 'loyalty', from: 'potential', to: 'new', event: 'first_purchase' }).success).toBe(true);
  });
});
