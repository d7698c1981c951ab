/** For an async input every error is a rejected Promise, a bad option included (it was thrown synchronously, past a caller's .catch). */
import { describe, expect, it } from 'vitest';
import { aggregateTransactions, classifyAll, fitAbc, fitRfm, fitRfmFromAggregates, isCrmTaxonomyError } from '../../src/index.js';
import { differentiate } from '../../src/analysis/index.js';
import { summarizeTransactions } from '../../src/clv/index.js';

async function* rows(): AsyncGenerator<{ customerId: string; at: string; amount: number }> {
  yield { customerId: 'a', at: '2024-01-05', amount: 100 };
}

/** Each call with one bad option, and the error it gives: its code and the option's path. */
const calls: [string, (input: AsyncIterable<never>) => unknown, string, readonly string[]][] = [
  ['fitRfm', (input) => fitRfm(input, { asOf: 'not a date' }), 'invalid_date', ['options', 'asOf']],
  ['fitRfmFromAggregates', (input) => fitRfmFromAggregates(input, { asOf: 'not a date' }), 'invalid_date', ['options', 'asOf']],
  ['fitAbc', (input) => fitAbc(input, { cut: 'nope' } as never), 'invalid_argument', ['options', 'cut']],
  ['aggregateTransactions', (input) => aggregateTransactions(input, { timeZone: 'Nowhere/City' }), 'invalid_argument', ['options', 'timeZone']],
  ['summarizeTransactions', (input) => summarizeTransactions(input, { calibrationEnd: 'not a date', timeUnit: 'weeks' } as never), 'invalid_date', ['options', 'calibrationEnd']],
  ['classifyAll', (input) => classifyAll(input, { asOf: 'not a date' } as never), 'invalid_date', ['options', 'asOf']],
  ['differentiate', (input) => differentiate(input, { asOf: 'not a date' } as never), 'invalid_date', ['options', 'asOf']],
];

describe('a batch function given an async iterable and a bad option', () => {
  it.each(calls)('%s answers with a rejected Promise, not a synchronous throw', async (_name, call, code, path) => {
    let answer: unknown;
    expect(() => (answer = call(rows() as AsyncIterable<never>))).not.toThrow();
    expect(answer).toBeInstanceOf(Promise);
    const error = await (answer as Promise<unknown>).then(() => undefined, (e: unknown) => e);
    expect(isCrmTaxonomyError(error) && [error.code, error.path]).toEqual([code, path]);
  });

  it('a sync input is still refused directly', () => {
    expect(() => fitRfm([], { asOf: 'not a date' })).toThrow(expect.objectContaining({ code: 'invalid_date', path: ['options', 'asOf'] }));
  });
});
