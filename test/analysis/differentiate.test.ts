import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differentiate, profitView, type CustomerAccount } from '../../src/analysis/index.js';
import { message } from '../../src/messages/message.js';
import { thrown } from '../support/thrown.js';
import { CHINESE, inLocale } from '../support/locales.js';

const asOf = '1998-06-30';
/** The periods of asOf 1998-06-30 with 365 days: previous 1996-07-01 … 1997-06-30, current 1997-07-01 … 1998-06-30. */
const buy = (at: string, amount: number, category?: string) => ({ at, amount, ...(category === undefined ? {} : { category }) });
const customers = (n: number, make: (i: number) => Partial<CustomerAccount>): CustomerAccount[] =>
  Array.from({ length: n }, (_, i) => ({ customerId: `c${String(i).padStart(3, '0')}`, transactions: [], ...make(i) }));

describe('differentiate: periods and A/B/C', () => {
  it('names its periods', () => {
    expect(differentiate([], { asOf })).toEqual({
      asOf,
      periods: { previous: { from: '1996-07-01', to: '1997-06-30' }, current: { from: '1997-07-01', to: '1998-06-30' } },
      basis: 'realized',
      customers: [],
      answers: { gold: [], causingCost: [], bigComplainers: [], lapsedBig: [], narrowBuyers: [] },
      unknown: { causingCost: 0, bigComplainers: 0, narrowBuyers: 0 },
    });
  });

  it('cuts the top 5 % of customers A and the next 15 % B by default (seed 002)', () => {
    const result = differentiate(customers(40, (i) => ({ transactions: [buy('1998-01-01', 1_000 - i)] })), { asOf });
    const classes = result.customers.map((c) => c.abcClass).join('');
    expect(classes).toBe(`aa${'b'.repeat(6)}${'c'.repeat(32)}`);
    expect(result.answers.gold).toEqual(['c000', 'c001']);
    expect(result.customers[0]?.findings[0]).toEqual({ code: 'abc_rank', params: { abcClass: 'a', rank: 1, customers: 40, value: 1_000, basis: 'realized' } });
    expect(message(result.customers[0]?.findings[0], inLocale('zh-Hans'))).toBe('A类客户：按既成价值在 40 位客户中排第 1（1,000 金额单位）');
  });

  it('a tie shares the rank and class of the first; a value of 0 or less is class C', () => {
    const result = differentiate(
      [
        { customerId: 'b', transactions: [buy('1998-01-01', 500)] },
        { customerId: 'a', transactions: [buy('1998-01-01', 500)] },
        { customerId: 'z', transactions: [] },
        { customerId: 'y', transactions: [buy('1998-01-01', -5)] },
      ],
      { asOf, abc: { cuts: [0.25, 0.5] } },
    );
    expect(result.customers.map((c) => [c.customerId, c.rank, c.abcClass])).toEqual([
      ['a', 1, 'a'],
      ['b', 1, 'a'],
      ['z', 3, 'c'],
      ['y', 4, 'c'],
    ]);
  });

  it('cuts by cumulative share of value: the customer crossing the cut is in the class', () => {
    const values = [500, 300, 100, 60, 40];
    const result = differentiate(customers(5, (i) => ({ transactions: [buy('1998-01-01', values[i] as number)] })), { asOf, abc: { by: 'value' } });
    // 0 before c000 → A; 500 (50 %) before c001 → A; 800 (80 %) before c002 → B; 900 (90 %) → B; 960 (96 %) → C.
    expect(result.customers.map((c) => c.abcClass)).toEqual(['a', 'a', 'b', 'b', 'c']);
  });

  it('ranks by net profit or by the model value when asked', () => {
    const accounts = [
      { customerId: 'rich-but-costly', transactions: [buy('1998-01-01', 1_000)], costToServe: 900, predictedValue: 10 },
      { customerId: 'modest', transactions: [buy('1998-01-01', 400)], predictedValue: 5_000 },
    ];
    const byProfit = differentiate(accounts, { asOf, basis: 'net_profit', marginRate: 0.5, abc: { cuts: [0.5, 1] } });
    expect(byProfit.customers.map((c) => [c.customerId, c.value])).toEqual([['modest', 200], ['rich-but-costly', -400]]);
    expect(byProfit.answers.causingCost).toEqual(['rich-but-costly']);
    const byModel = differentiate(accounts, { asOf, basis: 'model', abc: { cuts: [0.5, 1] } });
    expect(byModel.customers.map((c) => c.customerId)).toEqual(['modest', 'rich-but-costly']);
    expect(thrown(() => differentiate([{ customerId: 'x', transactions: [] }], { asOf, basis: 'model' })).path).toEqual(['accounts', 0, 'predictedValue']);
    const unknown = thrown(() => differentiate([{ customerId: 'x', transactions: [buy('1998-01-01', 1)] }], { asOf, basis: 'net_profit' }));
    expect(unknown.code).toBe('not_computable');
    expect(unknown.path).toEqual(['accounts', 0]);
  });
});

describe("differentiate: seed 002's questions", () => {
  const unitCosts = { agent: 500, ivr: 36 };

  it('customers who cause cost: a negative net profit, exactly as profitView computes it', () => {
    const accounts: CustomerAccount[] = [
      { customerId: 'caller', transactions: [buy('1998-01-01', 2_000)], serviceContacts: { agent: 3 } },
      { customerId: 'quiet', transactions: [buy('1998-01-01', 2_000)], serviceContacts: { ivr: 3 } },
      { customerId: 'even', transactions: [buy('1998-01-01', 2_000)], costToServe: 600 },
    ];
    const result = differentiate(accounts, { asOf, unitCosts, marginRate: 0.3 });
    expect(result.answers.causingCost).toEqual(['caller']);
    for (const c of result.customers) {
      const account = accounts.find((a) => a.customerId === c.customerId) as CustomerAccount;
      expect(c.netProfit).toBe(profitView(account, { unitCosts, marginRate: 0.3 }).netProfit);
    }
    expect(result.customers.find((c) => c.customerId === 'even')?.netProfit).toBe(0);
    expect(result.customers.find((c) => c.customerId === 'caller')?.findings[1]).toEqual({ code: 'causes_cost', params: { netProfit: -900, costToServe: 1_500 } });
    const unknown = differentiate(accounts, { asOf, unitCosts });
    expect(unknown.answers.causingCost).toEqual([]);
    expect(unknown.unknown.causingCost).toBe(3);
  });

  it("last year's big customers who complained repeatedly: class A last period, 2 complaints in it", () => {
    const big = (complaints: string[]) => ({ transactions: [buy('1997-03-01', 5_000), buy('1998-03-01', 5_000)], complaints });
    const accounts: CustomerAccount[] = [
      { customerId: 'twice', ...big(['1996-07-01', '1997-06-30']) },
      { customerId: 'once', ...big(['1997-06-30', '1997-07-01']) },
      { customerId: 'small', transactions: [buy('1997-03-01', 10)], complaints: ['1997-01-01', '1997-02-01', '1997-03-01'] },
      ...customers(7, () => ({ transactions: [buy('1997-03-01', 100)] })),
    ];
    const result = differentiate(accounts, { asOf, abc: { cuts: [0.2, 0.5] } });
    expect(result.answers.bigComplainers).toEqual(['twice']);
    const twice = result.customers.find((c) => c.customerId === 'twice');
    expect(twice).toMatchObject({ previousClass: 'a', complaints: 2 });
    expect(twice?.findings.find((f) => f.code === 'complained_repeatedly')?.params).toEqual({ complaints: 2, minComplaints: 2, previousRevenue: 5_000, periodDays: 365 });
    expect(result.customers.find((c) => c.customerId === 'once')?.complaints).toBe(1);
    expect(differentiate(accounts, { asOf, abc: { cuts: [0.2, 0.5] }, repeatedComplaints: 1 }).answers.bigComplainers).toEqual(['once', 'twice']);
  });

  it("whether last year's biggest still order: kept from half of last year's revenue, declined below, stopped at none", () => {
    const accounts: CustomerAccount[] = [
      { customerId: 'kept', transactions: [buy('1997-06-30', 1_000), buy('1997-07-01', 500)] },
      { customerId: 'declined', transactions: [buy('1997-01-01', 1_000), buy('1998-06-30', 499)] },
      { customerId: 'stopped', transactions: [buy('1997-01-01', 1_000), buy('1998-07-01', 9_999)] },
      ...customers(7, () => ({ transactions: [buy('1997-03-01', 100), buy('1998-03-01', 100)] })),
    ];
    const result = differentiate(accounts, { asOf, abc: { cuts: [0.3, 0.5] }, futureTransactions: 'ignore' });
    const finding = (id: string) => result.customers.find((c) => c.customerId === id)?.findings.find((f) => f.code.startsWith('biggest_'));
    expect(finding('kept')).toEqual({ code: 'biggest_kept', params: { previous: 1_000, current: 500, ratio: 0.5, keepShare: 0.5 } });
    expect(finding('declined')?.code).toBe('biggest_declined');
    expect(finding('stopped')).toEqual({ code: 'biggest_stopped', params: { previous: 1_000, current: 0 } });
    expect(result.answers.lapsedBig).toEqual(['declined', 'stopped']);
    expect(message(finding('stopped'), 'en')).toBe("One of the previous period's biggest customers has stopped ordering: 0 amount units this period after 1,000 amount units in the previous one");
  });

  it('who buys one or two kinds here and many elsewhere (only when the host knows both)', () => {
    const result = differentiate(
      [
        { customerId: 'narrow', transactions: [buy('1998-01-01', 10, 'jazz'), buy('1998-02-01', 10, 'rock')], elsewhere: { categories: 3 } },
        { customerId: 'broad', transactions: [buy('1998-01-01', 10, 'jazz'), buy('1998-02-01', 10, 'rock'), buy('1998-03-01', 10, 'pop')], elsewhere: { categories: 9 } },
        { customerId: 'loyal', transactions: [buy('1998-01-01', 10, 'jazz')], elsewhere: { categories: 2 } },
        { customerId: 'untagged', transactions: [buy('1998-01-01', 10, 'jazz'), buy('1998-02-01', 10)], elsewhere: { categories: 8 } },
        { customerId: 'unasked', transactions: [buy('1998-01-01', 10, 'jazz')] },
        { customerId: 'refund-only', transactions: [buy('1998-01-01', -10)], elsewhere: { categories: 8 } },
      ],
      { asOf },
    );
    expect(result.answers.narrowBuyers).toEqual(['narrow']);
    expect(result.unknown.narrowBuyers).toBe(2);
    expect(result.customers.find((c) => c.customerId === 'untagged')?.categories).toBeNull();
    expect(message(result.customers.find((c) => c.customerId === 'narrow')?.findings.at(-1), inLocale('zh-Hans'))).toBe('从我们这里只购买 2 种产品（不超过 2 种算作少），却从别处购买 3 种（至少 3 种算作多）');
  });

  it('reports the share of wallet as customerValue does', () => {
    const result = differentiate([{ customerId: 'c', transactions: [buy('1998-01-01', 250)], elsewhere: { spend: 750 } }], { asOf });
    expect(result.customers[0]?.shareOfWallet).toBe(0.25);
  });
});

describe('differentiate: input', () => {
  const accounts = customers(30, (i) => ({
    transactions: [buy('1997-02-01', (i * 37) % 11), buy('1998-02-01', (i * 13) % 7, i % 2 === 0 ? 'a' : 'b')],
    complaints: i % 4 === 0 ? ['1997-01-01', '1997-02-01'] : [],
    serviceContacts: { agent: i % 3, ivr: i % 5 },
    elsewhere: { categories: i % 6 },
  }));
  const options = { asOf, unitCosts: { agent: 2, ivr: 1 }, marginRate: 0.4, abc: { cuts: [0.1, 0.3] as const } };

  it('does not depend on the order of the accounts or of their transactions', () => {
    const expected = differentiate(accounts, options);
    fc.assert(
      fc.property(fc.shuffledSubarray(accounts, { minLength: accounts.length, maxLength: accounts.length }), (order) => {
        expect(differentiate(order.map((a) => ({ ...a, transactions: [...a.transactions].reverse() })), options)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('takes any iterable, and an async iterable with a Promise', async () => {
    const expected = differentiate(accounts, options);
    expect(differentiate(new Set(accounts), options)).toEqual(expected);
    async function* stream(): AsyncGenerator<CustomerAccount> {
      for (const a of accounts) yield a;
    }
    await expect(differentiate(stream(), options)).resolves.toEqual(expected);
    async function* broken(): AsyncGenerator<unknown> {
      yield { customerId: '' };
    }
    await expect(differentiate(broken() as AsyncIterable<CustomerAccount>, options)).rejects.toMatchObject({ code: 'invalid_argument', path: ['accounts', 0, 'customerId'] });
  });

  it('refuses duplicate customers; 42 and "42" are two, as in every function (ids are data)', () => {
    const error = thrown(() => differentiate([{ customerId: 42, transactions: [] }, { customerId: 42, transactions: [] }], { asOf }));
    expect(error.path).toEqual(['accounts', 1, 'customerId']);
    expect(error.details).toMatchObject({ expected: 'unique' });
    const both = differentiate([{ customerId: '42', transactions: [] }, { customerId: 42, transactions: [] }], { asOf });
    expect(both.customers.map((c) => c.customerId)).toEqual([42, '42']);
  });

  it('needs asOf, and checks every threshold', () => {
    expect(thrown(() => differentiate([], {} as never)).path).toEqual(['options', 'asOf']);
    expect(thrown(() => differentiate([], { asOf, periodDays: 0 })).path).toEqual(['options', 'periodDays']);
    expect(thrown(() => differentiate([], { asOf, keepShare: 1.5 })).path).toEqual(['options', 'keepShare']);
    expect(thrown(() => differentiate([], { asOf, abc: { cuts: [0.5, 0.2] } })).path).toEqual(['options', 'abc', 'cuts', 1]);
    expect(thrown(() => differentiate([], { asOf, abc: { cuts: [0, 0.2] } })).path).toEqual(['options', 'abc', 'cuts', 0]);
    expect(thrown(() => differentiate([], { asOf, abc: { by: 'revenue' as never } })).details).toMatchObject({ expected: 'one_of', allowed: ['customers', 'value'] });
    expect(thrown(() => differentiate([], { asOf, basis: 'revenue' as never })).path).toEqual(['options', 'basis']);
    expect(thrown(() => differentiate([], { asOf, repeatedComplaints: 0 })).path).toEqual(['options', 'repeatedComplaints']);
    expect(thrown(() => differentiate('abc' as never, { asOf })).details).toMatchObject({ expected: 'iterable' });
  });

  it('refuses more accounts than it serves (1,000,000), at the first one too many', () => {
    let made = 0;
    function* endless(): Generator<CustomerAccount> {
      for (;;) {
        made++;
        yield { customerId: made, transactions: [] };
      }
    }
    const error = thrown(() => differentiate(endless(), { asOf }));
    expect(error.code).toBe('input_too_large');
    expect(error.details).toEqual({ what: 'accounts', limit: 1_000_000, received: 1_000_001 });
    expect(made).toBe(1_000_001);
  }, 120_000);
});

describe('differentiate keeps its reasons finite', () => {
  it('a biggest customer of subnormal previous revenue keeps a finite ratio (at most 1.8e308)', () => {
    const result = differentiate(
      [
        { customerId: 'x', transactions: [{ at: '2023-03-01', amount: 5e-324 }, { at: '2024-03-01', amount: 100 }] },
        { customerId: 'y', transactions: [{ at: '2024-03-01', amount: 1 }] },
      ],
      { asOf: '2024-06-30', abc: { cuts: [0.5, 0.9] } },
    );
    const kept: { code: string; params: { ratio?: number } }[] = [];
    JSON.stringify(result, (_, value: unknown) => {
      if (typeof value === 'object' && value !== null && (value as { code?: unknown }).code === 'biggest_kept') kept.push(value as (typeof kept)[number]);
      return value;
    });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.params.ratio).toBe(Number.MAX_VALUE);
  });
});

describe('differentiate: complaints a host does not keep', () => {
  const accounts = (complaints: (readonly string[] | undefined)[]): CustomerAccount[] =>
    complaints.map((c, i) => ({ customerId: `c${i}`, transactions: [buy('1997-01-15', 10_000 - i)], ...(c === undefined ? {} : { complaints: c }) }));
  it('an account without complaints leaves last year\'s big customer unanswered, not "made none"', () => {
    const result = differentiate(accounts([undefined, [], ['1997-02-01', '1997-03-01']]), { asOf, abc: { cuts: [0.9, 0.95] } });
    expect(result.customers.map((c) => [c.customerId, c.previousClass, c.complaints])).toEqual([
      ['c0', 'a', null],
      ['c1', 'a', 0],
      ['c2', 'a', 2],
    ]);
    expect(result.answers.bigComplainers).toEqual(['c2']);
    expect(result.unknown.bigComplainers).toBe(1);
  });
});
