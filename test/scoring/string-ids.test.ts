import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCustomerIds, type CustomerId } from '../../src/records/index.js';
import { fitRfm } from '../../src/scoring/index.js';

// fitRfm keeps string ids in a hash table of short key rows (ids of at most 11 one-byte code units
// held in the row, longer or wider ones compared as strings) and orders them by their code units.
// These tests hold every kind of id against a Map-based reference, through the table's growth.

const DAY = 86_400_000;
const AS_OF = '2024-12-31';
const AS_OF_DAY = Date.UTC(2024, 11, 31) / DAY;

interface Row {
  readonly customerId: CustomerId;
  readonly at: number;
  readonly amount: number;
}

/** Per customer, in id order: recency, purchases (zero amounts count, the default) and net amount, straight from the rows. */
function reference(rows: readonly Row[]) {
  const byId = new Map<CustomerId, { last: number; lastAny: number; purchases: number; net: number }>();
  for (const r of rows) {
    const day = Math.floor(r.at / DAY);
    const c = byId.get(r.customerId) ?? { last: -Infinity, lastAny: -Infinity, purchases: 0, net: 0 };
    c.lastAny = Math.max(c.lastAny, day);
    if (r.amount >= 0) {
      c.purchases++;
      c.last = Math.max(c.last, day);
    }
    c.net += r.amount;
    byId.set(r.customerId, c);
  }
  return [...byId.entries()]
    .sort(([a], [b]) => compareCustomerIds(a, b))
    .map(([customerId, c]) => ({
      customerId,
      recencyDays: Math.max(0, AS_OF_DAY - (c.last === -Infinity ? c.lastAny : c.last)),
      frequency: c.purchases,
      monetary: c.net,
    }));
}

function fitted(rows: readonly Row[]) {
  return fitRfm(rows, { asOf: AS_OF, scores: 5, method: 'ntile' }).customers.map(({ customerId, recencyDays, frequency, monetary }) => ({ customerId, recencyDays, frequency, monetary }));
}

// Ids of every kind the table distinguishes: short one-byte ids (in the key row), ids of exactly
// 11 and 12 code units, ids that agree on their first 11 code units, wide code units (Chinese,
// emoji halves, lone surrogates), NUL, `__proto__`, and numbers.
const shortId = fc.string({ unit: fc.constantFrom('a', 'b', 'z', '0', '\u0000', '\u00ff'), minLength: 1, maxLength: 11 });
const longId = fc.string({ unit: fc.constantFrom('a', 'b', '\u00e9'), minLength: 12, maxLength: 20 });
const sharedPrefix = fc.string({ unit: fc.constantFrom('x', 'y'), minLength: 0, maxLength: 4 }).map((tail) => `abcdefghijk${tail}`);
const wideId = fc.string({ unit: fc.constantFrom('客', '户', '\ud83d', '\ude00', 'a', '\u0100'), minLength: 1, maxLength: 14 });
const anyId: fc.Arbitrary<CustomerId> = fc.oneof(
  shortId,
  longId,
  sharedPrefix,
  wideId,
  fc.constantFrom('__proto__', 'constructor', 'abcdefghijk', 'abcdefghijkl'),
  fc.integer({ min: -5, max: 3000 }),
  fc.constantFrom(0.5, -0.25, 2 ** 40, 1e300),
);
const row = fc.record({ customerId: anyId, at: fc.integer({ min: 19_000, max: 20_088 }).map((d) => d * DAY + 3_600_000), amount: fc.integer({ min: -300, max: 5_000 }) });

describe('fitRfm with string ids of every kind', () => {
  it('matches a Map-based reference, in id order', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 300 }), (rows) => {
        expect(fitted(rows)).toEqual(reference(rows));
      }),
    );
  });

  it('holds through the growth of the table: 20,000 ids, each given as a new string, in shuffled order', () => {
    const ids: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const k = String(i);
      // Short, long, wide and shared-prefix ids in one table.
      ids.push(i % 4 === 0 ? `c${k}` : i % 4 === 1 ? `customer-number-${k}` : i % 4 === 2 ? `客户${k}` : `abcdefghijk${k}`);
    }
    const rows: Row[] = [];
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 60_000; i++) {
      const id = ids[i < 20_000 ? i : Math.floor(rnd() * ids.length)]!;
      rows.push({ customerId: id.split('').join(''), at: (19_000 + Math.floor(rnd() * 1_000)) * DAY, amount: Math.floor(rnd() * 900) - 100 });
    }
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const got = fitted(rows);
    expect(got).toHaveLength(20_000);
    expect(got).toEqual(reference(rows));
  });
});

describe('fitRfm orders ids whose code units cover the whole UTF-16 range', () => {
  it('puts "\\uFFFF" after an id holding every other code unit (its rank is 65536, not 0)', () => {
    let every = '';
    for (let c = 0; c < 0xffff; c++) every += String.fromCharCode(c);
    const rows = [
      { customerId: every, at: '2024-01-01', amount: 1 },
      { customerId: '\uffff', at: '2024-01-02', amount: 2 },
      { customerId: 'a', at: '2024-01-03', amount: 3 },
      { customerId: 'a\uffff', at: '2024-01-04', amount: 4 },
    ];
    const { customers } = fitRfm(rows, { asOf: '2024-02-01', scores: 2, method: 'ntile' });
    expect(customers.map((c) => c.customerId)).toEqual([every, 'a', 'a\uffff', '\uffff']);
  });
});
