import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyAbc, type AbcOptions } from '../../src/scoring/index.js';
import { abcSql, type AbcSqlOptions } from '../../src/sql/index.js';
import { loadCdnow } from '../scoring/data.js';
import { duckdb, load, pglite, type Engine } from './engines.js';

const columns = { customerId: 'user id', at: 'created at', amount: 'total cents' };
const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await pglite(), await duckdb()];
  const rows = loadCdnow().map((r) => ({ id: r.id, day: iso(r.date), amount: r.cents }));
  for (const e of engines) await load(e, 'cdnow', rows, 'TEXT');
}, 120_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

const simplify = (rows: readonly Record<string, unknown>[]) =>
  rows.map((r) => [r.customer_id ?? r.customerId, Number(r.value), Number(r.rank), r.abc_class ?? r.abcClass, Boolean(r.negative)]);

type Cut = Omit<AbcSqlOptions, 'dialect' | 'table' | 'columns'>;
const cases: [string, Cut][] = [
  ['by value, default cuts', {}],
  ['by customers, top 5% / 20%, ten or fewer A', { by: 'customers', cuts: [0.05, 0.2], maxA: 10 }],
  ['by value 70/90, refunds ignored, up to asOf', { cuts: [0.7, 0.9], refunds: 'ignore', asOf: '1997-06-30', future: 'ignore' }],
];

describe('abcSql on CDNOW: in-memory == PGlite == DuckDB', () => {
  it.each(cases)('%s', async (_, cut) => {
    const rows = loadCdnow();
    const expected = classifyAbc(rows, { customerId: (r) => r.id, at: (r) => r.date, amount: (r) => r.cents }, cut as AbcOptions).customers;
    for (const engine of engines) {
      const got = await engine.raw(abcSql({ ...cut, dialect: engine.name, table: 'cdnow', columns }));
      expect(simplify(got), engine.name).toEqual(simplify(expected as never));
    }
  });

  it('matches on random data with ties, losses and zero values', async () => {
    const tx = fc.record({
      id: fc.constantFrom('a', 'b', 'B', 'é', 'c', 'd', 'e', 'f'),
      amount: fc.oneof(fc.integer({ min: -300, max: 1000 }), fc.constantFrom(0, 100, 100)),
    });
    const cut = fc.record({
      by: fc.constantFrom('value' as const, 'customers' as const),
      cuts: fc.constantFrom([0.5, 0.8] as const, [0.2, 0.6] as const, [0.8, 0.95] as const),
      maxA: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      refunds: fc.constantFrom('subtract' as const, 'ignore' as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tx, { minLength: 1, maxLength: 30 }), cut, async (list, c) => {
        const rows = list.map((t) => ({ id: t.id, day: '2024-01-01', amount: t.amount }));
        const options = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Cut;
        const expected = classifyAbc(rows, { customerId: (r) => r.id, at: (r) => r.day, amount: (r) => r.amount }, options as AbcOptions).customers;
        for (const engine of engines) {
          await load(engine, 'abc', rows, 'TEXT');
          expect(simplify(await engine.raw(abcSql({ ...options, dialect: engine.name, table: 'abc', columns })))).toEqual(simplify(expected as never));
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
