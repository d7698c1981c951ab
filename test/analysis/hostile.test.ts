/**
 * Every public analysis checks its input at the boundary: hostile values get a typed
 * CrmTaxonomyError with a path — never NaN, Infinity, a TypeError or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerValue, differentiate, profitView, reviewMembership, type CustomerAccount } from '../../src/analysis/index.js';
import { CrmTaxonomyError } from '../../src/errors/index.js';
import { thrown } from '../support/thrown.js';

const asOf = '1998-06-30';
const HOSTILE: readonly unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, '', {}, null, [], '__proto__', () => 0, Symbol('x'), 10n, new Date(Number.NaN)];
const good = (): Record<string, unknown> => ({
  customerId: 'c1',
  transactions: [{ at: '1998-01-01', amount: 100, profit: 30, category: 'jazz' }],
  serviceContacts: { agent: 1 },
  costToServe: 5,
  complaints: ['1997-05-01'],
  elsewhere: { spend: 50, categories: 3 },
  predictedValue: 120,
  membershipTier: 'ordinary',
});
const unitCosts = { agent: 500, ivr: 36 };
const calls: readonly [string, (account: unknown) => unknown][] = [
  ['customerValue', (a) => customerValue(a as CustomerAccount, { asOf })],
  ['profitView', (a) => profitView(a as CustomerAccount, { asOf, unitCosts })],
  ['differentiate', (a) => differentiate([a as CustomerAccount], { asOf, unitCosts })],
  ['reviewMembership', (a) => reviewMembership(a as CustomerAccount, { asOf })],
];
const set = (account: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> => {
  const copy = structuredClone(account);
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = value;
  return copy;
};

/** Fields and the hostile values each must refuse (`undefined` is "not known" for optional fields). */
const FIELDS: readonly { path: readonly (string | number)[]; accepts?: (v: unknown) => boolean }[] = [
  { path: ['customerId'], accepts: (v) => (typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v)) },
  { path: ['transactions'] },
  { path: ['transactions', 0] },
  { path: ['transactions', 0, 'at'] },
  { path: ['transactions', 0, 'amount'] },
  { path: ['transactions', 0, 'profit'] },
  { path: ['transactions', 0, 'category'], accepts: (v) => typeof v === 'string' && v !== '' },
  { path: ['serviceContacts'] },
  { path: ['serviceContacts', 'agent'] },
  { path: ['costToServe'] },
  { path: ['complaints'] },
  { path: ['complaints', 0] },
  { path: ['elsewhere'] },
  { path: ['elsewhere', 'spend'] },
  { path: ['elsewhere', 'categories'] },
  { path: ['predictedValue'] },
  { path: ['membershipTier'] },
];

describe('hostile accounts', () => {
  for (const [name, call] of calls) {
    it(`${name}: refuses every hostile value of every field with a typed error at its path`, () => {
      for (const field of FIELDS) {
        for (const value of HOSTILE) {
          if (field.accepts?.(value) === true) continue;
          if (typeof value === 'symbol' || typeof value === 'function' || typeof value === 'bigint') continue; // structuredClone cannot copy these; see below
          const account = set(good(), field.path, value);
          const where = `${name} ${field.path.join('.')} = ${String(value)}`;
          let error: unknown;
          try {
            call(account);
          } catch (caught) {
            error = caught;
          }
          if (error === undefined) {
            // Only a few values are valid for a field: an empty list (transactions, complaints), {} for an optional record.
            expect([[], {}], where).toContainEqual(value);
            continue;
          }
          expect(error, where).toBeInstanceOf(CrmTaxonomyError);
          const e = error as CrmTaxonomyError;
          const path = name === 'differentiate' ? e.path.slice(2) : e.path.slice(1);
          expect(path.slice(0, field.path.length), where).toEqual(field.path.slice(0, path.length));
        }
      }
    });
  }

  it('refuses a Map or a Date where a record of figures belongs', () => {
    for (const value of [new Map([['agent', 2]]), new Date(0)]) {
      expect(thrown(() => profitView({ ...(good() as unknown as CustomerAccount), serviceContacts: value as never }, { unitCosts })).path).toEqual(['account', 'serviceContacts']);
      expect(thrown(() => customerValue({ ...(good() as unknown as CustomerAccount), elsewhere: value as never })).path).toEqual(['account', 'elsewhere']);
      expect(thrown(() => profitView(good() as unknown as CustomerAccount, { unitCosts: value as never })).path).toEqual(['options', 'unitCosts']);
    }
  });

  it('refuses functions, symbols and bigints where numbers, dates or ids belong', () => {
    for (const value of [() => 0, Symbol('x'), 10n]) {
      for (const path of [['customerId'], ['transactions', 0, 'amount'], ['transactions', 0, 'at'], ['predictedValue']] as const) {
        const account = { ...good(), transactions: [{ ...(good().transactions as object[])[0] }] } as Record<string, unknown>;
        if (path.length === 1) account[path[0]] = value;
        else ((account.transactions as Record<string, unknown>[])[0] as Record<string, unknown>)[path[2]] = value;
        for (const [, call] of calls) expect(thrown(() => call(account))).toBeInstanceOf(CrmTaxonomyError);
      }
    }
  });

  it('takes __proto__ and constructor as data: customer ids, channels and categories', () => {
    const account = JSON.parse('{"customerId":"__proto__","transactions":[{"at":"1998-01-01","amount":10,"category":"__proto__"},{"at":"1998-01-02","amount":5,"category":"constructor"}],"serviceContacts":{"__proto__":2,"constructor":1},"elsewhere":{"categories":7}}') as CustomerAccount;
    const costs = JSON.parse('{"__proto__":3,"constructor":4,"toString":1}') as Record<string, number>;
    const view = profitView(account, { unitCosts: costs, marginRate: 0.5 });
    expect(view).toMatchObject({ customerId: '__proto__', revenue: 15, totalProfit: 7.5, costToServe: 10, netProfit: -2.5 });
    expect(view.advice[0]?.params).toEqual({ from: 'constructor', to: 'toString', count: 1, saving: 3 });
    const result = differentiate([account, { customerId: 'constructor', transactions: [] }], { asOf, unitCosts: costs, marginRate: 0.5 });
    expect(result.customers.map((c) => c.customerId)).toEqual(['__proto__', 'constructor']);
    expect(result.answers.narrowBuyers).toEqual(['__proto__']);
    expect(customerValue(account).realized).toBe(15);
    expect(reviewMembership(account, { asOf }).to).toBe('ordinary');
    expect(thrown(() => profitView(account, { unitCosts: { agent: 1 } })).path).toEqual(['account', 'serviceContacts', '__proto__']);
  });

  it('refuses hostile options', () => {
    const account = good() as unknown as CustomerAccount;
    for (const value of HOSTILE) {
      expect(thrown(() => profitView(account, { unitCosts: { agent: value as number } }))).toBeInstanceOf(CrmTaxonomyError);
      if (value !== null) expect(thrown(() => profitView(account, { unitCosts, marginRate: value as number }))).toBeInstanceOf(CrmTaxonomyError);
      expect(thrown(() => differentiate([], { asOf: value as string }))).toBeInstanceOf(CrmTaxonomyError);
      expect(thrown(() => reviewMembership(account, { asOf, policy: { windowDays: value as number } }))).toBeInstanceOf(CrmTaxonomyError);
      if (value !== null) expect(thrown(() => reviewMembership(account, { asOf, policy: { silver: { minAverageSpend: value as number } } }))).toBeInstanceOf(CrmTaxonomyError);
      expect(thrown(() => customerValue(account, { timeZone: value as string }))).toBeInstanceOf(CrmTaxonomyError);
      if (value !== null && !(typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))) {
        expect(thrown(() => differentiate([], { asOf, abc: value as never }))).toBeInstanceOf(CrmTaxonomyError);
      }
    }
    for (const options of ['', 1, [], null, () => 0]) {
      expect(thrown(() => customerValue(account, options as never)).path).toEqual(['options']);
      expect(thrown(() => differentiate([], options as never)).path[0]).toBe('options');
    }
    for (const accounts of [null, undefined, 1, {}, '']) expect(thrown(() => differentiate(accounts as never, { asOf })).path).toEqual(['accounts']);
  });

  it('never answers NaN or Infinity, whatever finite amounts within the bounds it is given', () => {
    const amount = fc.oneof(fc.double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true }), fc.integer());
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount, profit: amount }), { maxLength: 20 }),
        fc.nat({ max: 1_000_000_000 }),
        fc.double({ min: 0, max: Number.MAX_SAFE_INTEGER, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, contacts, unit, rate) => {
          const account: CustomerAccount = { customerId: 'c', transactions: rows.map((r, i) => ({ at: `1998-01-${String((i % 28) + 1).padStart(2, '0')}`, ...r })), serviceContacts: { agent: contacts }, elsewhere: { spend: unit } };
          const view = profitView(account, { unitCosts: { agent: unit }, marginRate: rate });
          const value = customerValue(account);
          const review = reviewMembership(account, { asOf });
          const numbers = [view.revenue, view.totalProfit, view.marginalProfit, view.marginRate, view.costToServe, view.netProfit, value.realized, value.potential, value.shareOfWallet, ...Object.values(review.figures)];
          for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
          const batch = differentiate([account], { asOf, unitCosts: { agent: unit }, marginRate: rate, basis: 'net_profit' });
          expect(Number.isFinite(batch.customers[0]?.value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
