/** The review of crm-taxonomy/schema: fromZodError's code, its received value, the order of its issues, the edge refusal of machineEventSchema. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { message, statusMachine } from '../../src/index.js';
import { fromZodError, machineEventSchema, RfmModelSchema } from '../../src/schema/index.js';
import { fitRfm } from '../../src/scoring/index.js';
import { thrown } from '../support/thrown.js';

describe('fromZodError', () => {
  it('takes only the codes of an input error', () => {
    const error = z.object({ a: z.number() }).safeParse({ a: 'x' }).error!;
    expect(thrown(() => fromZodError(error, 'bogus' as never))).toMatchObject({ code: 'invalid_argument', path: ['options'], details: { expected: 'one_of' } });
    expect(thrown(() => fromZodError(error, { code: 'missing_customer_id' as never }))).toMatchObject({ code: 'invalid_argument', path: ['options', 'code'] });
  });
  it('says a value it was not given is not known, not "nothing"', () => {
    const error = z.object({ a: z.number() }).safeParse({ a: 'x' }).error!;
    expect(fromZodError(error).details.received).toBe('(unknown)');
    expect(message(fromZodError(error))).toBe('Invalid a: expected a finite number, received (not known)');
    expect(fromZodError(error, { input: { a: 'x' } }).details.received).toBe('"x"');
  });
  it('names an unknown key of an object before its fields, as the core does', () => {
    const model = fitRfm([{ customerId: 'a', at: '2024-01-01', amount: 5 }, { customerId: 'b', at: '2024-02-01', amount: 9 }], { asOf: '2024-03-01' }).model;
    const input = { ...model, zzz: 1, scores: 0 };
    const result = RfmModelSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(fromZodError(result.error!, { code: 'invalid_model', input }).path).toEqual(['zzz']);
  });
});

describe('machineEventSchema', () => {
  it('refuses an event with no such edge as one of the events that lead there', () => {
    const record = { machine: 'status', from: 'lost', to: 'lost', event: 'churn', at: '2024-06-30' };
    const result = machineEventSchema(statusMachine).safeParse(record);
    expect(result.success).toBe(false);
    const error = fromZodError(result.error!, { input: record });
    expect(error).toMatchObject({ path: ['event'], details: { expected: 'one_of', received: '"churn"', allowed: [] } });
    expect(message(error)).not.toContain('required');
  });
});
